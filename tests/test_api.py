"""The package as a researcher's own notebook uses it: the README's example, figures that show
themselves, and a read side that never loads spaCy."""

import json
import re
import subprocess
import sys

import pytest

from .paths import ROOT

# Every module of views/, and what the views read: the store, the schema, the model's description.
READ_SIDE = (*sorted(f"views.{p.stem}" for p in (ROOT / "analysis" / "views").glob("*.py") if p.stem != "__init__"),
             "tables.store", "tables.schema", "nlp.model_info")


def test_the_read_side_imports_no_spacy():
    code = (f"import sys\nimport {', '.join('analysis.' + m for m in READ_SIDE)}\n"
            "from analysis.nlp.model_info import resolve_model, versions\nversions(resolve_model(None))\n"
            "import analysis\nanalysis.TableStore, analysis.figures, analysis.speaker_sentiment\n"
            "print(sorted(m for m in ('spacy', 'thinc') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_readmes_own_notebook_example_runs(tmp_path, seeds_annotations):
    from analysis.tables.schema import write_tables

    block = re.search(r"## Your own notebook.*?```python\n(.*?)```", (ROOT / "README.md").read_text(), re.S).group(1)
    write_tables(seeds_annotations, tmp_path / "tables")  # the example on tables, as after a report
    code = block.replace('analysis.open_annotations("seeds")', f'analysis.open_annotations(None, r"{tmp_path}/tables")')
    code = "from IPython.core.interactiveshell import InteractiveShell\nshell = InteractiveShell.instance()\n" + \
        code.rsplit("\n", 2)[0] + "\nfig = analysis.figures.top_entities_bars(top)\n" + \
        "shown = shell.display_formatter.format(fig)[0]\nprint(sorted(shown), len(summary) > 0)\n"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr[-2000:]
    assert "did you mean Vladimir Putin" in out.stdout
    assert "['image/png', 'text/plain'] True" in out.stdout  # the picture, not "<Figure size ...>"


def test_the_notebooks_are_committed_clean():
    """No outputs (nbstripout strips them on commit) and the kernel's full language_info, so
    that opening a notebook in JupyterLab does not mark it modified."""
    import nbformat

    from analysis.report.build import notebook_paths

    for path in notebook_paths():
        nb = nbformat.read(path, as_version=4)
        assert not [c for c in nb.cells if c.cell_type == "code" and (c.outputs or c.execution_count)], path.name
        assert {"codemirror_mode", "mimetype", "pygments_lexer"} <= set(nb.metadata["language_info"]), path.name
        assert nb.metadata["kernelspec"]["name"] == "news-analysis"
    assert "*.ipynb filter=nbstripout" in (ROOT / ".gitattributes").read_text()


def test_an_interrupted_annotation_is_one_line_in_a_notebook(tmp_path):
    code = f"""
from IPython.core.interactiveshell import InteractiveShell
import analysis.run.annotate
shell = InteractiveShell.instance()
def stop(*args, **kwargs):
    raise KeyboardInterrupt
analysis.run.annotate.annotate = stop
shell.run_cell("from analysis.tables.store import open_annotations\\nopen_annotations(r'{ROOT / 'seeds'}')")
"""
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    lines = [line for line in (out.stdout + out.stderr).splitlines() if line.strip()]
    assert lines == ["annotation interrupted; the documents parsed so far stay cached: run the cell again to go "
                     "on from there"], lines


@pytest.mark.slow
@pytest.mark.parametrize("notebook", ["entity_frequency", "sentiment_by_speaker"])
def test_tables_alone_are_enough_for_a_notebook(notebook, tmp_path, seeds_annotations):
    import nbformat
    import papermill

    from analysis.tables.schema import write_tables

    write_tables(seeds_annotations, tmp_path / "tables", corpus=ROOT / "seeds")
    out = tmp_path / "run.ipynb"
    papermill.execute_notebook(str(ROOT / "notebooks" / f"{notebook}.ipynb"), str(out), kernel_name="news-analysis",
                               parameters={"tables": str(tmp_path / "tables"), "corpus": "/no/such/corpus",
                                           "interactive": False}, cwd=str(ROOT / "notebooks"), progress_bar=False)
    shown = json.dumps([o for c in nbformat.read(out, as_version=4).cells for o in c.get("outputs", [])])
    assert str(ROOT / "seeds") in shown and "/no/such/corpus" not in shown  # the header names the tables' corpus
    assert "Kim Jong Un" in shown and "<mark" in shown  # the entity view, or the statements in context


@pytest.mark.slow
def test_a_non_editable_install_ships_every_module_and_data_file(tmp_path):
    """``pip install .`` (not ``-e``) into a folder of its own, then ``annotate`` on the seeds from
    there: a module or data file left out of the package would fail here, not on a user's machine."""
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps",
                    "--target", str(target), str(ROOT)], check=True, capture_output=True)
    code = ("import analysis, sys; assert analysis.__file__.startswith(sys.argv[1]), analysis.__file__;"
            "from analysis.cli import main; sys.exit(main(['annotate', sys.argv[2], '--out', sys.argv[3], '-q',"
            "'--format', 'csv', '--no-cache']))")
    out = subprocess.run([sys.executable, "-c", code, str(target), str(ROOT / "seeds"), str(tmp_path / "out")],
                         cwd=tmp_path, env={"PYTHONPATH": str(target), "PATH": "/usr/bin:/bin"},
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stderr[-2000:]
    assert "annotated 2 of 2 documents" in out.stdout
    assert (tmp_path / "out" / "terms.csv").exists()
    # every module, data file and template of the source tree, sub-packages included
    shipped = {p.relative_to(target).as_posix() for p in (target / "analysis").rglob("*") if p.is_file()}
    source = {p.relative_to(ROOT).as_posix() for p in (ROOT / "analysis").rglob("*")
              if p.is_file() and "__pycache__" not in p.parts}
    assert source - shipped == set()


def test_no_public_name_shadows_a_submodule():
    import analysis

    modules = {p.stem for p in (ROOT / "analysis").glob("*.py")} | {p.name for p in (ROOT / "analysis").iterdir()
                                                                    if (p / "__init__.py").exists()}
    assert not (set(analysis._API) | set(analysis._VIEWS)) & modules


@pytest.mark.parametrize("name", ["entity_frequency", "sentiment_by_speaker", "timeline", "outlet_comparison"])
def test_a_report_header_shows_every_parameter_of_its_notebook(name):
    """The header's parameters are read from the notebook's own parameters cell (the copies the
    notebooks once kept had dropped show_doc, max_events and top_entities)."""
    import papermill

    from analysis.views.notebook import HOUSEKEEPING, parameter_names

    path = ROOT / "notebooks" / f"{name}.ipynb"
    assert parameter_names(path, {}) == list(papermill.inspect_notebook(str(path)))
    source = "".join("".join(c["source"]) for c in json.loads(path.read_text(encoding="utf-8"))["cells"])
    assert f'"{name}.ipynb", globals()' in source  # each notebook opens with open_report on itself
    assert not {"max_events", "top_entities", "show_doc"} & set(HOUSEKEEPING)

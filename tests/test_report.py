"""Reports: the notebooks under papermill on the seeds, rendered to HTML."""

import json
import os
import re

import nbformat
import pytest

from analysis.report.build import build_reports, notebook_paths
from analysis.settings import Settings

from .paths import ROOT, SEEDS

pytestmark = pytest.mark.slow  # papermill runs every notebook


@pytest.fixture(scope="module")
def reports(seed_reports):
    return seed_reports


def test_every_notebook_renders(reports):
    out, results = reports
    assert [r.name for r in results] == [p.stem for p in notebook_paths()]
    assert all(r.ok for r in results), [r.error for r in results if not r.ok]
    index = (out / "index.html").read_text(encoding="utf-8")
    for r in results:
        assert f'href="{r.name}.html"' in index
    assert "spacy" in index and str(SEEDS) in index


def test_entity_report_content(reports):
    out, _ = reports
    html = (out / "entity_frequency.html").read_text(encoding="utf-8")
    assert "Kim Jong Un" in html and "Leif-Eric Easley" in html
    assert html.count("data:image/png;base64") >= 2
    assert "open_annotations(corpus" not in html  # code hidden by default
    executed = nbformat.read(out / "_executed" / "entity_frequency.ipynb", as_version=4)
    errors = [o for c in executed.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert not errors
    injected = [c for c in executed.cells if "injected-parameters" in c.metadata.get("tags", [])]
    assert "interactive = False" in injected[0].source  # a report draws once, with no widget
    assert "widget" not in json.dumps([o for c in executed.cells for o in c.get("outputs", [])])
    assert "application/vnd.jupyter.widget" not in html
    assert 'top_n = 5' in injected[0].source and json.dumps(["PERSON"]) in injected[0].source.replace("'", '"')


def test_notebooks_read_the_tables_the_report_wrote(reports, seeds_annotations):
    out, _ = reports
    import pandas as pd

    on_disk = pd.read_parquet(out / "tables" / "entities.parquet")
    assert len(on_disk) == len(seeds_annotations.entities)
    executed = nbformat.read(out / "_executed" / "timeline.ipynb", as_version=4)
    injected = [c for c in executed.cells if "injected-parameters" in c.metadata.get("tags", [])][0].source
    assert f'tables = "{out / "tables"}"' in injected


def test_failing_notebook_does_not_stop_the_others(tmp_path, cache_dir):
    folder = tmp_path / "nbs"
    folder.mkdir()
    good = nbformat.read(ROOT / "notebooks" / "entity_frequency.ipynb", as_version=4)
    nbformat.write(good, folder / "a_good.ipynb")
    bad = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("corpus = None", metadata={"tags": ["parameters"]}),
                                          nbformat.v4.new_code_cell("raise ValueError('broken on purpose')")])
    bad.metadata["kernelspec"] = good.metadata["kernelspec"]
    nbformat.write(bad, folder / "b_bad.ipynb")
    nbformat.write(nbformat.v4.new_notebook(), folder / "c_no_kernel.ipynb")
    results = build_reports(SEEDS, tmp_path / "out", settings=Settings(cache_dir=cache_dir), notebooks=folder)
    assert [(r.name, r.ok) for r in results] == [("a_good", True), ("b_bad", False), ("c_no_kernel", True)]
    assert "broken on purpose" in results[1].error
    assert (tmp_path / "out" / "a_good.html").exists() and not (tmp_path / "out" / "b_bad.html").exists()
    assert "failed: ValueError: broken on purpose" in (tmp_path / "out" / "index.html").read_text()


def test_entity_view_from_the_tables_skips_the_wrapper(seeds_annotations):
    from analysis.tables.store import TableStore
    from analysis.views.render import entities_html

    store = TableStore.from_annotations(seeds_annotations)
    doc_id = "000_3bec237e4760e33f"
    html = entities_html(store.texts([doc_id])[doc_id], store.document_mentions(doc_id), title="x")
    # the first thing shown is the article's own headline, not the list's wrapper
    assert re.search(r'class="entities"[^>]*><mark[^>]*title="North Korea">North Korea<span', html)
    assert "Salon" not in html and "MHonArc" not in html
    assert 'title="Kim Jong Un">Kim</mark>' not in html  # the label tag sits inside every mark
    assert re.search(r'title="Kim Jong Un">Kim<span[^>]*>PERSON</span></mark>', html)
    only = entities_html(store.texts([doc_id])[doc_id], store.document_mentions(doc_id), ["GPE"])
    assert "PERSON</span>" not in only and "GPE</span>" in only


def test_timeline_report_content(reports):
    out, _ = reports
    html = (out / "timeline.html").read_text(encoding="utf-8")
    executed = nbformat.read(out / "_executed" / "timeline.ipynb", as_version=4)
    assert not [o for c in executed.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert html.count("data:image/png;base64") >= 3  # timeline, articles, mentions over time
    for value in ("1961", "2006", "2011", "2022-02", "2023-09", "2024-05", "2024-06-19", "2024-07"):
        assert f">{value}<" in html, value  # in the events table
    assert "eight years later" in html and "Dates that could not be placed" in html


def test_timeline_filters(tmp_path, cache_dir):
    folder = tmp_path / "nbs"
    folder.mkdir()
    nbformat.write(nbformat.read(ROOT / "notebooks" / "timeline.ipynb", as_version=4), folder / "timeline.ipynb")
    params = {"min_precision": '"day"', "entity": '["Vladimir Putin"]', "start": '"2024"'}
    [result] = build_reports(SEEDS, tmp_path / "out", parameters=params, settings=Settings(cache_dir=cache_dir),
                             notebooks=folder)
    assert result.ok, result.error
    html = (tmp_path / "out" / "timeline.html").read_text(encoding="utf-8")
    assert ">2024-06-19<" in html and ">2023-09<" not in html and ">1961<" not in html


def test_sentiment_report_content(reports):
    out, _ = reports
    html = (out / "sentiment_by_speaker.html").read_text(encoding="utf-8")
    executed = nbformat.read(out / "_executed" / "sentiment_by_speaker.ipynb", as_version=4)
    assert not [o for c in executed.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert html.count("data:image/png;base64") >= 1  # the dot-and-whisker plot
    for speaker in ("Chun In-bum", "Leif-Eric Easley", "Korean Central News Agency", "Ramon Pacheco Pardo"):
        assert speaker in html
    assert "<mark>" in html and "What these scores can and cannot say" in html
    assert ">analysts<" not in html  # generic sources are left out by default


def test_sentiment_filters(tmp_path, cache_dir):
    folder = tmp_path / "nbs"
    folder.mkdir()
    nbformat.write(nbformat.read(ROOT / "notebooks" / "sentiment_by_speaker.ipynb", as_version=4),
                   folder / "sentiment_by_speaker.ipynb")
    params = {"kind": '"direct"', "speakers": '["Leif-Eric Easley", "Chun In-bum"]', "min_quotes": "1",
              "scorer": '"vader"', "cue_types": '["speech", "writing", "belief"]'}
    [result] = build_reports(SEEDS, tmp_path / "out", parameters=params, settings=Settings(cache_dir=cache_dir),
                             notebooks=folder)
    assert result.ok, result.error
    html = (tmp_path / "out" / "sentiment_by_speaker.html").read_text(encoding="utf-8")
    assert "Chun In-bum" in html and "Kim Jong Un" not in html.split("Speakers compared")[1]
    assert ">indirect<" not in html.split("What each speaker said")[1].split("Direct quotes and reported")[0]
    bad = build_reports(SEEDS, tmp_path / "bad", parameters={"kind": '"quoted"'},
                        settings=Settings(cache_dir=cache_dir), notebooks=folder)
    assert not bad[0].ok and "kind must be one of" in bad[0].error
    bad = build_reports(SEEDS, tmp_path / "bad", parameters={"cue_types": '["rumour"]'},
                        settings=Settings(cache_dir=cache_dir), notebooks=folder)
    assert not bad[0].ok and "cue_types must be among" in bad[0].error


def test_an_interrupted_report_leaves_the_previous_one_intact(tmp_path, cache_dir):
    """Ctrl-C (SIGINT to the whole process group, as a terminal sends it) while the second
    notebook runs: the previous reports, tables and figures stay byte for byte, no staging
    folder is left, the exit is one line, and the cache still serves the next run."""
    import os
    import signal
    import subprocess
    import sys
    import time

    folder = tmp_path / "nbs"
    folder.mkdir()
    nb = nbformat.read(ROOT / "notebooks" / "entity_frequency.ipynb", as_version=4)
    nbformat.write(nb, folder / "a_first.ipynb")
    # The second notebook waits for the interrupt, so it cannot finish first on a fast machine.
    nb.cells.append(nbformat.v4.new_code_cell("import os, time\nif os.environ.get('SLOW_SECOND'):\n    time.sleep(60)"))
    nbformat.write(nb, folder / "b_second.ipynb")
    out = tmp_path / "out"
    command = [sys.executable, "-m", "analysis", "report", str(SEEDS), "--out", str(out), "--cache-dir",
               str(cache_dir), "--notebooks", str(folder), "-q"]
    first = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    assert first.returncode == 0
    assert "IPKernelApp" not in first.stderr  # the kernels' own log stays off the console
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file() and "_executed" not in p.parts}
    assert out / "a_first_files" / "top_entities.png" in before

    # A shell's background job starts with SIGINT ignored, and Python keeps it so; a terminal's
    # Ctrl-C reaches a foreground command, so the child gets the default disposition back.
    run = subprocess.Popen(command, cwd=ROOT, stderr=subprocess.PIPE, text=True, start_new_session=True,
                           env={**os.environ, "SLOW_SECOND": "1"},
                           preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 120
    while not list(out.glob(".building-*/a_first.html")) and time.monotonic() < deadline and run.poll() is None:
        time.sleep(0.2)
    assert run.poll() is None, "the run ended before it could be interrupted"
    os.killpg(run.pid, signal.SIGINT)
    _, err = run.communicate(timeout=120)
    assert run.returncode == 130, err
    assert "Traceback" not in err and "interrupted" in err
    after = {p: p.read_bytes() for p in out.rglob("*") if p.is_file() and "_executed" not in p.parts}
    assert after == before
    assert not list(out.glob(".building-*"))
    again = subprocess.run(command[:3] + ["annotate"] + command[4:9] + ["--format", "csv"], cwd=ROOT,
                           capture_output=True, text=True)
    assert again.returncode == 0, again.stderr


def test_scratch_notebooks_do_not_become_reports():
    from analysis.report.build import NOTEBOOKS, REPORTS

    scratch = NOTEBOOKS / "Untitled.ipynb"
    scratch.write_text(nbformat.writes(nbformat.v4.new_notebook()), encoding="utf-8")
    try:
        assert [p.stem for p in notebook_paths()] == list(REPORTS)
        assert all(p.exists() for p in notebook_paths())
    finally:
        scratch.unlink()


def test_the_kernel_gets_the_project_path_and_this_process_keeps_its_own(tmp_path, monkeypatch):
    from analysis.report.build import PROJECT, run_notebook

    monkeypatch.setenv("PYTHONPATH", "/elsewhere")
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("import os; print(os.environ['PYTHONPATH'])")])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    path = tmp_path / "env.ipynb"
    nbformat.write(nb, path)
    for _ in range(2):  # a long-lived process builds reports again and again
        assert run_notebook(path, tmp_path / "out", {}, show_code=False, kernel="python3").ok
    printed = nbformat.read(tmp_path / "out" / "_executed" / "env.ipynb", as_version=4).cells[0].outputs[0].text
    assert printed.strip() == f"{PROJECT}:/elsewhere"
    assert os.environ["PYTHONPATH"] == "/elsewhere"

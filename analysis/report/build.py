"""Batch reports: run every notebook on a corpus with papermill, render each to HTML.

The corpus is annotated once up front (with a progress bar) and its tables are written as
Parquet to ``out/tables``; every notebook reads them from there, lazily (:mod:`analysis.tables.store`).
Notebooks run one after the other in fresh kernels; one failing does not stop the rest. Every
HTML file is written to a temporary name and renamed, so a reader never sees a half-written report.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import jinja2
import nbformat
import papermill
from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import AsyncKernelManager
from nbconvert import HTMLExporter
from tqdm import tqdm

from analysis.ingest.corpus import Reading, load_corpus
from analysis.nlp.model import model_language, resolve_model, versions
from analysis.run.annotate import annotate_documents
from analysis.settings import Settings
from analysis.tables.canonical import read_aliases
from analysis.tables.schema import COLUMNS, atomic_write, write_tables
from analysis.tables.store import TableStore
from analysis.views.names import check_parameters
from analysis.views.overview import status_summary
from analysis.views.render import generated

PROJECT = Path(__file__).resolve().parents[2]
NOTEBOOKS = PROJECT / "notebooks"
KERNEL = "news-analysis"
# Set by the report command itself, not through -p: what to use instead.
RESERVED = {"corpus": "the CORPUS argument", "model": "--model", "alias_file": "--aliases",
            "cache_dir": "--cache-dir", "tables": "nothing: the report writes them to OUT/tables",
            "output_dir": "--out", "interactive": "nothing: reports are static (widgets need scripts)"}
TEMPLATES = Path(__file__).resolve().parent / "templates"


def csp(images: str) -> str:
    """The pages' Content-Security-Policy: no script, nothing fetched; pictures from ``images``
    (a report's are inline; the index shows the reports' first figures from their folders)."""
    return (f"default-src 'none'; img-src {images}; style-src 'unsafe-inline'; font-src data:; "
            "base-uri 'none'; form-action 'none'")


class ReportError(Exception):
    """The reports cannot be started (bad parameter, no notebooks); one line for the user."""


@dataclass
class NotebookResult:
    name: str
    ok: bool
    html: Path | None = None
    error: str = ""
    parameters: dict = field(default_factory=dict)


# The suite's reports: scratch notebooks a researcher saves in notebooks/ never become one.
REPORTS = ("entity_frequency", "outlet_comparison", "sentiment_by_speaker", "timeline")


def notebook_paths(folder: Path | None = None) -> list[Path]:
    """The notebooks ``report`` runs: the suite's own, or every notebook of another ``folder``."""
    if folder is None:
        return [NOTEBOOKS / f"{name}.ipynb" for name in REPORTS]
    folder = Path(folder)
    paths = sorted(p for p in folder.glob("*.ipynb") if not p.name.startswith(("_", ".")))
    if not paths:
        raise ReportError(f"no notebooks in {folder}")
    return paths


def parse_value(text: str) -> object:
    """A ``-p`` value: JSON when it parses (numbers, lists, null), else the text itself."""
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return text


def _kernel_name() -> str:
    """The project's kernel when registered (``make``), else the running Python's own."""
    return KERNEL if KERNEL in KernelSpecManager().find_kernel_specs() else "python3"


def render_html(notebook: nbformat.NotebookNode, show_code: bool = False) -> str:
    """The executed notebook as one self-contained page (``templates/report``: no network, no
    scripts), with a table of contents after its title."""
    exporter = HTMLExporter(template_name="report", extra_template_basedirs=[str(TEMPLATES)],
                            exclude_input=not show_code, exclude_input_prompt=True, exclude_output_prompt=True)
    body, _ = exporter.from_notebook_node(notebook, resources={"content_security_policy": csp("data:")})
    return add_contents(body)


def add_contents(page: str) -> str:
    """A table of contents of the page's second-level headings, inserted after its first heading."""
    found = re.findall(r'<h2 id="([^"]+)">(.*?)<a class="anchor-link"', page)
    first = re.search(r"</h1>", page)
    if not found or not first:
        return page
    items = "".join(f'<li><a href="#{i}">{t}</a></li>' for i, t in found)  # both already HTML from nbconvert
    nav = f'<nav class="toc" aria-label="Contents"><b>Contents</b><ol>{items}</ol></nav>'
    return page[:first.end()] + nav + page[first.end():]


# The kernel's own log stays off the console: its "running over TCP without encryption" warning
# (the kernel only listens on localhost) came three times per report, and "KeyboardInterrupt
# caught in kernel" when papermill stops a kernel that has finished. A cell's error reaches the
# report and the index through papermill, not through this log.
KERNEL_ARGUMENTS = ["--IPKernelApp.log_level=CRITICAL"]


class ProjectKernelManager(AsyncKernelManager):
    """Starts the kernel with the project on its ``PYTHONPATH``, so that it imports this package
    even when it is not installed. The environment is the kernel's own: this process's
    ``os.environ`` is left as it was (it grew by one entry per report in a long-lived process)."""

    async def _async_pre_start_kernel(self, **kw):
        env = dict(kw.get("env") or os.environ)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(PROJECT), env.get("PYTHONPATH", "")]))
        return await super()._async_pre_start_kernel(**{**kw, "env": env})


def run_notebook(path: Path, out: Path, parameters: dict, show_code: bool, kernel: str) -> NotebookResult:
    """Execute one notebook and write ``out/<name>.html``; failures are returned, not raised."""
    name = path.stem
    executed = out / "_executed" / f"{name}.ipynb"
    executed.parent.mkdir(parents=True, exist_ok=True)
    try:
        nb = papermill.execute_notebook(str(path), str(executed), parameters=parameters, kernel_name=kernel,
                                        cwd=str(path.parent), progress_bar=False, log_output=False,
                                        extra_arguments=KERNEL_ARGUMENTS,
                                        kernel_manager_class=ProjectKernelManager)
    except papermill.PapermillExecutionError as e:
        return NotebookResult(name, False, error=f"{e.ename}: {e.evalue}".strip()[:300], parameters=parameters)
    except Exception as e:  # a kernel that dies or cannot start must not stop the other notebooks
        return NotebookResult(name, False, error=f"{type(e).__name__}: {e}"[:300], parameters=parameters)
    target = out / f"{name}.html"
    text = render_html(nb, show_code)
    atomic_write(target, lambda p: Path(p).write_text(text, encoding="utf-8"))
    return NotebookResult(name, True, html=target, parameters=parameters)


def _thumbnail(out: Path, r: NotebookResult) -> str:
    """The report's first figure (written by the notebook as PNG), as a link relative to ``out``."""
    folder = out / f"{r.name}_files"
    pngs = sorted(folder.glob("*.png"), key=lambda p: p.stat().st_mtime) if r.ok and folder.is_dir() else []
    return f"{quote(folder.name)}/{quote(pngs[0].name)}" if pngs else ""


def write_index(out: Path, corpus: Path, results: list[NotebookResult], info: dict[str, str],
                summary: str) -> Path:
    hidden = ("cache_dir", "tables", "output_dir", "interactive")
    rows = [{"name": r.name, "ok": r.ok, "error": r.error, "href": quote(r.html.name) if r.html else "",
             "thumbnail": _thumbnail(out, r),
             "parameters": json.dumps({k: v for k, v in r.parameters.items() if k not in hidden})} for r in results]
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES / "index"), autoescape=True)
    page = env.get_template("index.html.j2").render(
        content_security_policy=csp("'self' data:"), corpus=str(corpus), summary=summary, generated=generated(),
        versions=info, tables=list(COLUMNS), rows=rows)
    target = out / "index.html"
    atomic_write(target, lambda p: Path(p).write_text(page, encoding="utf-8"))
    return target


def publish(stage: Path, out: Path) -> None:
    """Move everything built in ``stage`` into ``out``, replacing what was there, index last.
    The executed notebooks' parameters are pointed at ``out`` so that they can be re-run."""
    for nb in (stage / "_executed").glob("*.ipynb"):
        nb.write_text(nb.read_text(encoding="utf-8").replace(json.dumps(str(stage))[1:-1], json.dumps(str(out))[1:-1]),
                      encoding="utf-8")
    entries = sorted(stage.iterdir(), key=lambda p: p.name == "index.html")
    for entry in entries:
        target = out / entry.name
        if entry.is_dir() and target.is_dir():
            old = stage / f".old-{entry.name}"
            os.replace(target, old)  # a directory cannot be replaced in one step; this is the short gap
        os.replace(entry, target)


def build_reports(corpus: str | Path, out: str | Path, parameters: dict[str, str] | None = None,
                  settings: Settings | None = None, show_code: bool = False,
                  notebooks: str | Path | None = None) -> list[NotebookResult]:
    """Run every notebook on ``corpus`` and write ``out/<notebook>.html`` and ``out/index.html``;
    ``settings`` say how the corpus is annotated (once, before the notebooks run)."""
    settings = settings or Settings(progress=True)
    corpus, out = Path(corpus).expanduser().resolve(), Path(out).expanduser().resolve()
    paths = notebook_paths(Path(notebooks) if notebooks else None)
    accepted, broken = {}, {}
    for p in paths:
        try:
            accepted[p] = papermill.inspect_notebook(str(p))
        except Exception as e:  # an unreadable notebook fails alone, like one that fails to run
            broken[p] = f"cannot read the notebook: {type(e).__name__}: {e}"[:300]
    known = set().union(*accepted.values())
    given = {k: parse_value(v) for k, v in (parameters or {}).items()}
    for name in given:
        if name in RESERVED:
            raise ReportError(f"parameter {name!r} is set by the command itself; use {RESERVED[name]}")
        if name not in known:
            accepted_names = ", ".join(sorted(known - set(RESERVED)))
            raise ReportError(f"unknown parameter {name!r}; the notebooks take: {accepted_names}")
    try:  # checked before any work, not after the whole corpus is annotated
        # A reference date changes how relative dates are read, so it belongs to the annotation.
        settings = settings.but(reference_date=given.get("reference_date")).check()
    except ValueError as e:
        raise ReportError(str(e)) from None
    model = resolve_model(settings.model)
    docs = load_corpus(corpus, Reading(dict(settings.columns), model_language(model)))
    read_aliases(settings.aliases)  # a bad alias file is one error now, not one per notebook
    alias_path = str(Path(settings.aliases).expanduser().resolve()) if settings.aliases else None

    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob(".building-*"):  # left by a run that was killed outright
        shutil.rmtree(old, ignore_errors=True)
    # Everything is built in a staging folder and moved into place at the end, so a run that
    # fails or is interrupted leaves the previous reports, tables and figures as they were.
    stage = Path(tempfile.mkdtemp(prefix=".building-", dir=out))
    try:
        with tempfile.TemporaryDirectory(prefix="news-analysis-cache-") as scratch:
            # --no-cache still annotates once: into a cache that lives as long as this run.
            cache_dir, use_cache = settings.cache_dir, settings.use_cache
            cache = str(Path(cache_dir).expanduser().resolve()) if cache_dir and use_cache else \
                (None if use_cache else scratch)
            ann = annotate_documents(docs, settings.but(model=model, cache_dir=cache, use_cache=True))
            summary = status_summary(ann.documents)
            for line in check_parameters(given, TableStore.from_annotations(ann)):
                print(f"warning: {line}", file=sys.stderr)  # the notebook says so too
            tables = stage / "tables"
            write_tables(ann, tables, corpus=corpus)
            del ann  # the notebooks read the tables from disk
            kernel = _kernel_name()
            results = []
            for path in tqdm(paths, desc="reports", unit="notebook", disable=None if settings.progress else True):
                if path in broken:
                    results.append(NotebookResult(path.stem, False, error=broken[path]))
                    continue
                params = {"corpus": str(corpus), "model": model, "alias_file": alias_path, "cache_dir": cache,
                          "tables": str(tables), "output_dir": str(stage / f"{path.stem}_files"),
                          "interactive": False, **given}
                params = {k: v for k, v in params.items() if k in accepted[path]}
                results.append(run_notebook(path, stage, params, show_code, kernel))
        write_index(stage, corpus, results, versions(model), summary)
        publish(stage, out)
    finally:
        shutil.rmtree(stage, ignore_errors=True)
    for r in results:
        r.html = out / r.html.name if r.html else None
    return results

"""The opening of every notebook, written once: its parameters, output folder, tables, documents
and header. Three hand-kept copies had drifted (headers left out ``show_doc``, ``max_events``,
``top_entities``); here the header shows every parameter the notebook's parameters cell defines,
read from that cell, so a new parameter cannot be missed.
"""

from __future__ import annotations

import ast
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from analysis.tables.store import TableStore, open_annotations
from analysis.views import copy_groups
from analysis.views.names import check_parameters
from analysis.views.render import Output, report_header

# Parameters every notebook has that say where things are, not what is analysed: the header
# shows the corpus and versions itself, and the rest would only show local paths.
HOUSEKEEPING = ("corpus", "tables", "model", "cache_dir", "interactive", "output_dir")
# What annotating the corpus (when there are no tables yet) takes from the parameters.
_ANNOTATION = {"model": "model", "alias_file": "aliases", "cache_dir": "cache_dir", "reference_date": "reference_date"}


@dataclass
class Report:
    """What a notebook's sections work on."""

    out: Output
    store: TableStore  # selected to ``documents``
    all_documents: pd.DataFrame  # every input, with its status: what the header and overview show
    documents: pd.DataFrame  # analysed and selected, each copy group once unless dedupe is off
    parameters: dict = field(default_factory=dict)


_PLAIN = (str, int, float, bool, list, dict, type(None))


def parameter_names(notebook: str | Path, namespace: dict) -> list[str]:
    """The names the notebook's ``parameters`` cell assigns, in order. A notebook saved under
    another name (the file is not there) shows the plain values of its namespace instead.
    ``papermill.inspect_notebook`` reads the same cell, but importing papermill costs every
    kernel 1.7 s here; this reads the cell with ``ast``."""
    if not Path(notebook).is_file():
        return [k for k, v in namespace.items() if not k.startswith("_") and isinstance(v, _PLAIN)
                and k not in ("In", "Out")]
    cells = json.loads(Path(notebook).read_text(encoding="utf-8"))["cells"]
    cell = next(c for c in cells if "parameters" in c.get("metadata", {}).get("tags", []))
    source = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
    return [t.id for node in ast.parse(source).body if isinstance(node, ast.Assign)
            for t in node.targets if isinstance(t, ast.Name)]


def open_report(title: str, notebook: str | Path, namespace: dict,
                select: Callable[[pd.DataFrame], pd.DataFrame] | None = None) -> Report:
    """Open a notebook's tables (or annotate its corpus) and show its header.

    ``notebook``: the notebook's file, whose parameters cell names the parameters (run from its
    folder, as JupyterLab and papermill do); ``namespace``: where their values are (``globals()``);
    ``select``: the notebook's own filter of the documents (sources, a doc_id pattern), if any.
    """
    params = {name: namespace[name] for name in parameter_names(notebook, namespace) if name in namespace}
    out = Output(params.get("output_dir"), params.get("interactive", True))
    store = open_annotations(params["corpus"], params.get("tables"), progress=True,
                             **{arg: params[name] for name, arg in _ANNOTATION.items() if name in params})
    all_documents = store.documents()
    if select is not None:
        all_documents = select(all_documents)
    dedupe = params.get("dedupe", True)
    documents = copy_groups.analysed(all_documents, dedupe)
    store.select(documents["doc_id"])
    shown = {k: v for k, v in params.items() if k not in HOUSEKEEPING}
    report_header(title, store.corpus or params["corpus"], all_documents, shown, params.get("model"))
    print(copy_groups.set_aside(all_documents, dedupe))
    for line in check_parameters(params, store):
        print(line)
    return Report(out, store, all_documents, documents, params)

"""News-analysis notebook suite: corpus loading, cached spaCy annotation and the analyses
behind the notebooks (entity frequency, sentiment by speaker, timelines, outlet comparison).

For one's own notebook (README, "Your own notebook")::

    import analysis
    store = analysis.open_annotations("seeds")          # or open_annotations(None, "reports/tables")
    top = store.top_entities(["PERSON"], top_n=10)
    analysis.views.figures.top_entities_bars(top)             # a figure shows as a cell's last expression

Names are imported on first use, so ``import analysis`` loads neither spaCy nor pandas. No name
here shadows a submodule (``analysis.run.annotate`` stays the module; its ``annotate`` is
``from analysis.run.annotate import annotate``, or ``open_annotations`` for the tables).
"""

from importlib import import_module

__version__ = "0.1.0"

# name -> module that defines it; modules themselves are listed with None
_API = {
    "build_tables": "tables.build", "load_corpus": "ingest.corpus", "Reading": "ingest.corpus",
    "open_annotations": "tables.store", "TableStore": "tables.store", "read_tables": "tables.schema",
    "write_tables": "tables.schema", "Annotations": "tables.schema", "score_texts": "sentiment",
    "build_reports": "report", "Settings": "settings",
}
# The read side's modules by their short names: ``analysis.figures`` is ``analysis.views.figures``.
_VIEWS = ("figures", "outlet_figures", "outlets", "timeline", "speaker_sentiment", "copy_groups", "overview", "names",
          "controls", "render")
__all__ = sorted([*_API, *_VIEWS])


def __getattr__(name: str):
    if name in _VIEWS:
        value = import_module(f".views.{name}", __name__)
    elif name in _API:
        value = getattr(import_module(f".{_API[name]}", __name__), name)
    else:
        raise AttributeError(f"module 'analysis' has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])

"""News-analysis notebook suite: corpus loading, cached spaCy annotation and the analyses
behind the notebooks (entity frequency, sentiment by speaker, timelines, outlet comparison).

For one's own notebook (README, "Your own notebook")::

    import analysis
    store = analysis.open_annotations("seeds")          # or open_annotations(None, "reports/tables")
    top = store.top_entities(["PERSON"], top_n=10)
    analysis.figures.top_entities_bars(top)             # a figure shows as a cell's last expression

Names are imported on first use, so ``import analysis`` loads neither spaCy nor pandas. No name
here shadows a submodule (``analysis.annotate`` stays the module; its ``annotate`` is
``from analysis.annotate import annotate``, or ``open_annotations`` for the tables).
"""

from importlib import import_module

__version__ = "0.1.0"

# name -> module that defines it; modules themselves are listed with None
_API = {
    "build_tables": "annotate", "load_corpus": "corpus", "Reading": "corpus",
    "open_annotations": "store", "TableStore": "store", "read_tables": "tables", "write_tables": "tables",
    "Annotations": "tables", "score_texts": "sentiment", "build_reports": "report", "Settings": "settings",
    "figures": None, "outlet_figures": None, "outlets": None, "timeline": None, "speaker_sentiment": None,
    "copy_groups": None, "frequency": None, "names": None,
}
__all__ = sorted(_API)


def __getattr__(name: str):
    if name not in _API:
        raise AttributeError(f"module 'analysis' has no attribute {name!r}")
    module = import_module(f".{_API[name] or name}", __name__)
    value = module if _API[name] is None else getattr(module, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])

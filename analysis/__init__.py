"""News-analysis notebook suite: corpus loading, cached spaCy annotation and the analyses
behind the notebooks (entity frequency, sentiment by speaker, timelines)."""

__version__ = "0.1.0"

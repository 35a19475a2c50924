"""One parsed document -> its records for the entities, quotes and timexes tables.

A module of its own because it runs wherever documents are parsed: in this process, in
local worker processes and on Dask workers (:mod:`analysis.engine`).
"""

from __future__ import annotations

from spacy.tokens import Doc

from .entities import doc_entities
from .quotes import doc_quotes
from .sentiment import score_quotes
from .timexes import doc_timexes


def extract(doc: Doc) -> dict[str, list[dict]]:
    """Everything the tables need from one parsed document, as JSON-able records."""
    quotes = doc_quotes(doc)
    for quote, score in zip(quotes, score_quotes(doc, quotes)):
        quote["sentiment"] = score
    return {"entities": doc_entities(doc), "quotes": quotes, "timexes": doc_timexes(doc)}

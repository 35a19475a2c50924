"""Parsed documents -> their records for the entities, quotes, timexes and terms tables.

A module of its own because it runs wherever documents are parsed: in this process, in
local worker processes and on Dask workers (:mod:`analysis.run.engine`).

Extraction has two steps so that many documents share one call of the sentiment model:
:func:`extract_unscored` reads one ``Doc`` (which can then be dropped) and keeps its quotes'
sentiment features; :func:`with_sentiment` scores the quotes of a whole batch at once. One call of the
model costs about 20 ms whatever its size (scikit-learn's per-call checks, its OpenMP thread
pool); with two worker processes on two cores those pools fought for the CPU, and scoring per
partition took two local workers from 174 s to 125 s on PolNeAR train.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

import numpy as np
from spacy.tokens import Doc

from analysis.extract.entities import doc_entities
from analysis.extract.quotes import doc_quotes
from analysis.extract.terms import doc_terms
from analysis.extract.timexes import doc_timexes
from analysis.failures import failure
from analysis.sentiment.score import QuoteFeatures, quote_features, score_features


class Unscored(NamedTuple):
    records: dict[str, list[dict]]
    features: QuoteFeatures  # of records["quotes"], in order


STEPS = (("entities", doc_entities), ("quotes", doc_quotes), ("timexes", doc_timexes), ("terms", doc_terms))


def failed(reason: str) -> Unscored:
    """A document whose analysis broke: no records, and ``error`` says why; the run goes on."""
    return Unscored({"error": reason, "entities": [], "quotes": [], "timexes": [], "terms": []},
                    QuoteFeatures([], np.empty((0, 0))))


def extract_unscored(doc: Doc) -> Unscored:
    """Every record of one document; its quotes' ``sentiment`` is filled in by :func:`with_sentiment`.

    An exception in one step fails this document alone (its records say which step and why),
    so a rule that breaks on one unforeseen text never costs the rest of the corpus."""
    records: dict[str, list[dict]] = {}
    for step, extractor in STEPS:
        try:
            records[step] = extractor(doc)
        except Exception as e:  # noqa: BLE001 - any rule may meet a text it was not written for
            return failed(failure(step, e))
    try:
        features = quote_features(doc, records["quotes"])
    except Exception as e:  # noqa: BLE001
        return failed(failure("sentiment features", e))
    return Unscored(records, features)


def with_sentiment(batch: Sequence[Unscored]) -> list[dict[str, list[dict]]]:
    """The records of a batch of documents with every quote's sentiment, from one model call."""
    texts = [text for u in batch for text in u.features.texts]
    if texts:  # a failed document has no quotes and no features
        x = np.vstack([u.features.matrix for u in batch if u.features.texts])
        scores = iter(score_features(texts, x))
        for u in batch:
            for quote in u.records["quotes"]:
                quote["sentiment"] = next(scores)
    return [u.records for u in batch]


def extract(doc: Doc) -> dict[str, list[dict]]:
    """Everything the tables need from one parsed document, as JSON-able records."""
    return with_sentiment([extract_unscored(doc)])[0]

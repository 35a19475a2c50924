"""Entity-frequency analyses over the ``documents`` and ``entities`` tables."""

from __future__ import annotations

import re
from collections import Counter

import pandas as pd

from analysis.failures import is_ok

OVERVIEW_COLUMNS = ["doc_id", "status", "error", "title", "source", "published", "n_words"]


def select_documents(documents: pd.DataFrame, doc_filter: str | None = None) -> pd.DataFrame:
    """Documents whose doc_id, title or source contains ``doc_filter`` (a case-insensitive regex)."""
    if not doc_filter:
        return documents
    try:
        pattern = re.compile(doc_filter, re.I)
    except re.error:
        pattern = re.compile(re.escape(doc_filter), re.I)
    text = documents[["doc_id", "title", "source"]].fillna("").astype(str).agg(" ".join, axis=1)
    return documents[text.map(lambda t: bool(pattern.search(t)))]


def corpus_overview(documents: pd.DataFrame) -> pd.DataFrame:
    """One row per document, the columns a reader checks first."""
    return documents.reindex(columns=OVERVIEW_COLUMNS).fillna("").sort_values(["published", "doc_id"])


def status_summary(documents: pd.DataFrame) -> str:
    ok = int((is_ok(documents["status"])).sum())
    failed = documents[~is_ok(documents["status"])]
    reasons = Counter(failed["error"])
    extra = "; ".join(f"{n}× {reason}" for reason, n in reasons.most_common(5))
    words = int(documents["n_words"].sum())
    return (f"{len(documents)} documents, {ok} analysed ({words:,} words)"
            + (f", {len(failed)} not analysed: {extra}" if len(failed) else ""))

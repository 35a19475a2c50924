"""Entity-frequency analyses over the ``documents`` and ``entities`` tables."""

from __future__ import annotations

import re
from collections import Counter

import pandas as pd

OVERVIEW_COLUMNS = ["doc_id", "title", "source", "published", "n_words", "status", "error"]


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
    ok = int((documents["status"] == "ok").sum())
    failed = documents[documents["status"] != "ok"]
    reasons = Counter(failed["error"])
    extra = "; ".join(f"{n}× {reason}" for reason, n in reasons.most_common(5))
    words = int(documents["n_words"].sum())
    return (f"{len(documents)} documents, {ok} analysed ({words:,} words)"
            + (f", {len(failed)} not analysed: {extra}" if len(failed) else ""))


def entities_in(entities: pd.DataFrame, documents: pd.DataFrame, labels: list[str] | None = None) -> pd.DataFrame:
    """Mentions in the selected documents, restricted to ``labels`` (all when None/empty)."""
    ents = entities[entities["doc_id"].isin(documents["doc_id"])]
    return ents[ents["label"].isin(labels)] if labels else ents


def top_entities(entities: pd.DataFrame, top_n: int = 15, min_count: int = 1) -> pd.DataFrame:
    """Per label, the ``top_n`` entities by mentions (at least ``min_count``), with document counts."""
    cols = ["label", "entity", "mentions", "documents"]
    if entities.empty:
        return pd.DataFrame(columns=cols)
    counts = (entities.groupby(["label", "entity"])
              .agg(mentions=("doc_id", "size"), documents=("doc_id", "nunique")).reset_index())
    counts = counts[counts["mentions"] >= min_count]
    counts = counts.sort_values(["label", "mentions", "entity"], ascending=[True, False, True])
    return counts.groupby("label").head(top_n).reset_index(drop=True)[cols]


def entity_by_document(entities: pd.DataFrame, names: list[str]) -> pd.DataFrame:
    """Mentions of each entity in ``names`` (rows) per document (columns)."""
    sub = entities[entities["entity"].isin(names)]
    table = pd.crosstab(sub["entity"], sub["doc_id"])
    return table.reindex(index=[n for n in names if n in table.index])


def alias_audit(entities: pd.DataFrame, min_forms: int = 1) -> pd.DataFrame:
    """Which written forms went into each entity, and by which rule, most-mentioned first."""
    cols = ["entity", "label", "mentions", "documents", "forms", "resolved_by"]
    if entities.empty:
        return pd.DataFrame(columns=cols)

    def forms(texts: pd.Series) -> str:
        return "; ".join(f"{f} ×{n}" for f, n in Counter(re.sub(r"\s+", " ", t) for t in texts).most_common())

    def rules(group: pd.DataFrame) -> str:
        how = Counter(group["resolution"]) + Counter(m for m in group["merged_by"] if m)
        return ", ".join(f"{k} ×{n}" for k, n in how.most_common())

    grouped = entities.groupby("entity")
    audit = pd.DataFrame({
        "label": grouped["label"].first(),
        "mentions": grouped.size(),
        "documents": grouped["doc_id"].nunique(),
        "forms": grouped["text"].agg(forms),
        "n_forms": grouped["text"].agg(lambda t: len(set(t))),
        "resolved_by": grouped[["resolution", "merged_by"]].apply(rules),
    }).reset_index()
    audit = audit[audit["n_forms"] >= min_forms].sort_values(["mentions", "entity"], ascending=[False, True])
    return audit[cols].reset_index(drop=True)

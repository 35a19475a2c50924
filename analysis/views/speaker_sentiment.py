"""Sentiment by speaker: the quotes table selected, aggregated and put back in context.

Means come with percentile-bootstrap 95% intervals (quotes resampled with replacement within
each speaker), because most speakers in a news corpus are quoted a handful of times and a bare
mean of three quotes says little. The bootstrap is seeded, so a report is reproducible.
"""

from __future__ import annotations

import html

import numpy as np
import pandas as pd

from analysis.sentiment.score import DEFAULT_SCORER, score_texts

KINDS = ("direct", "indirect", "both")


CUE_TYPES = ("speech", "writing", "belief", "intention", "finding")


def select_quotes(quotes: pd.DataFrame, documents: pd.DataFrame, kind: str = "both",
                  include_generic: bool = False, speakers: list[str] | None = None,
                  scorer: str = DEFAULT_SCORER, cue_types: list[str] | None = ("speech", "writing")) -> pd.DataFrame:
    """Attributed quotes of the selected documents, with each document's source and title.

    ``kind``: direct, indirect or both; ``include_generic``: keep "analysts", "officials";
    ``speakers``: canonical speaker names to keep ([] or None for all); ``scorer``: the
    default keeps the annotation's scores; another registered name (or a callable) rescores;
    ``cue_types``: what the statements report (default what was said or written, not what a
    source believes, plans or a poll finds; [] or None for all).
    """
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
    if unknown := set(cue_types or ()) - set(CUE_TYPES):
        raise ValueError(f"cue_types must be among {', '.join(CUE_TYPES)}, not {sorted(unknown)}")
    q = quotes[quotes["doc_id"].isin(documents["doc_id"]) & (quotes["speaker_entity"] != "")]
    if cue_types and "cue_type" in q:
        q = q[q["cue_type"].isin(list(cue_types))]
    if kind != "both":
        q = q[q["kind"] == kind]
    if not include_generic and "generic" in q:
        q = q[~q["generic"].astype(bool)]
    if speakers:
        q = q[q["speaker_entity"].isin([speakers] if isinstance(speakers, str) else list(speakers))]
    q = q.merge(documents[["doc_id", "source", "title"]], on="doc_id", how="left")
    if scorer != DEFAULT_SCORER and len(q):
        q = q.assign(sentiment=score_texts(q["text"].tolist(), scorer))
    return q.reset_index(drop=True)


def bootstrap_interval(values: np.ndarray, n_boot: int = 2000, seed: int = 0,
                       level: float = 0.95) -> tuple[float, float]:
    """Percentile bootstrap interval of the mean; a single value has no interval (nan)."""
    if len(values) < 2:
        return float("nan"), float("nan")
    rng = np.random.default_rng(seed)
    means = rng.choice(values, size=(n_boot, len(values)), replace=True).mean(axis=1)
    tail = (1 - level) / 2 * 100
    return float(np.percentile(means, tail)), float(np.percentile(means, 100 - tail))


def speaker_summary(quotes: pd.DataFrame, min_quotes: int = 1, n_boot: int = 2000, seed: int = 0) -> pd.DataFrame:
    """One row per speaker with at least ``min_quotes`` quotes: counts, mean and its 95% interval,
    most-quoted first."""
    columns = ["speaker", "quotes", "direct", "indirect", "documents", "mean", "ci_low", "ci_high", "generic"]
    rows = []
    for name, g in quotes.groupby("speaker_entity", sort=False):
        if len(g) < min_quotes:
            continue
        low, high = bootstrap_interval(g["sentiment"].to_numpy(dtype=float), n_boot, seed)
        rows.append({"speaker": name, "quotes": len(g), "direct": int((g["kind"] == "direct").sum()),
                     "indirect": int((g["kind"] == "indirect").sum()), "documents": g["doc_id"].nunique(),
                     "mean": float(g["sentiment"].mean()), "ci_low": low, "ci_high": high,
                     "generic": bool(g["generic"].any()) if "generic" in g else False})
    out = pd.DataFrame(rows, columns=columns)
    return out.sort_values(["quotes", "speaker"], ascending=[False, True]).reset_index(drop=True)


def kind_comparison(quotes: pd.DataFrame, speakers: list[str]) -> pd.DataFrame:
    """Mean sentiment and count of direct and of indirect quotes, per speaker in ``speakers``."""
    q = quotes[quotes["speaker_entity"].isin(speakers)]
    table = q.pivot_table(index="speaker_entity", columns="kind", values="sentiment", aggfunc=["mean", "count"])
    table.columns = [f"{kind} {stat}" if stat == "mean" else f"{kind} n" for stat, kind in table.columns]
    table = table.reindex(speakers).rename_axis("speaker").reset_index()
    for kind in ("direct", "indirect"):
        if f"{kind} n" in table:
            table[f"{kind} n"] = table[f"{kind} n"].fillna(0).astype(int)
    return table


def by_source(quotes: pd.DataFrame, speakers: list[str]) -> pd.DataFrame:
    """Mean sentiment of each speaker (rows) in each source (columns); empty where not quoted."""
    q = quotes[quotes["speaker_entity"].isin(speakers)]
    table = q.pivot_table(index="speaker_entity", columns="source", values="sentiment", aggfunc="mean")
    return table.reindex([s for s in speakers if s in table.index]).rename_axis("speaker")


def in_context(quotes: pd.DataFrame, texts: dict[str, str], width: int = 160) -> pd.DataFrame:
    """Quotes with their surrounding text as escaped HTML, the quote itself marked.

    Corpus text is escaped before the mark is added, so nothing in an article can become live
    markup in a report.
    """
    def context(row) -> str:
        text = texts.get(row.doc_id, "")
        start, end = int(row.start_char), int(row.end_char)
        left = text[max(0, start - width):start]
        right = text[end:end + width]
        return ("…" + html.escape(left) + "<mark>" + html.escape(text[start:end]) + "</mark>"
                + html.escape(right) + "…")

    out = quotes.copy()
    out["in context"] = [context(r) for r in quotes.itertuples()] if len(quotes) else []
    return out

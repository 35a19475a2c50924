"""Timelines: dated events from the ``timexes`` table, and coverage over time from ``published``.

An *event* is a temporal expression with a calendar value, shown with the sentence it sits
in. Its value is a period at the precision the text gives — a day, a month or a year — and
stays one: "in 2000" is drawn as the year 2000, never as 1 January 2000.
"""

from __future__ import annotations

import re

import pandas as pd

from analysis.failures import is_ok

PRECISIONS = ("year", "month", "day")
DRAWABLE_YEARS = (1678, 2261)
_FREQ = {"day": "D", "week": "W-MON", "month": "MS", "year": "YS"}


def period_bounds(value: str) -> tuple[pd.Timestamp, pd.Timestamp]:
    """First day and the day after the last of a ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` value."""
    value = str(value).strip()
    try:
        if not re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", value):
            raise ValueError
        start = pd.Timestamp(value if len(value) > 4 else f"{value}-01-01")
    except ValueError:
        raise ValueError(f"{value!r} is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD") from None
    step = {4: pd.DateOffset(years=1), 7: pd.DateOffset(months=1), 10: pd.DateOffset(days=1)}[len(value)]
    return start, start + step


def event_text(sentence: str, expression: str, width: int = 70) -> str:
    """A short label for a timeline: the sentence around the expression, cut at words."""
    s = re.sub(r"\s+", " ", sentence).strip()
    if len(s) <= width:
        return s
    at = max(s.find(expression), 0)
    start = max(0, min(at - width // 3, len(s) - width))
    if start:
        start = s.find(" ", start) + 1 or start
    cut = s[start:start + width]
    if start + width < len(s):
        cut = cut[:cut.rfind(" ")] if " " in cut else cut
    return ("…" if start else "") + cut + ("…" if start + len(cut) < len(s) else "")


def events(timexes: pd.DataFrame, documents: pd.DataFrame, min_precision: str = "year",
           start: str | None = None, end: str | None = None, sources: list[str] | None = None,
           entities: pd.DataFrame | None = None, entity: list[str] | None = None) -> pd.DataFrame:
    """Dated expressions with their document's source and title, one row each, in date order.

    ``min_precision``: "year" keeps all, "month" drops year-only dates, "day" keeps days only.
    ``start``/``end``: keep events whose period overlaps this range (``YYYY[-MM[-DD]]``).
    ``entity``: keep events whose sentence mentions one of these canonical entities
    (needs the ``entities`` table).
    """
    if min_precision not in PRECISIONS:
        raise ValueError(f"min_precision must be one of {', '.join(PRECISIONS)}, not {min_precision!r}")
    cols = ["doc_id", "start_char", "end_char", "text", "type", "value", "precision", "resolved_by", "sentence",
            "sentence_start_char", "sentence_end_char"]
    ev = timexes.loc[timexes["value"].fillna("").astype(str) != "", [c for c in cols if c in timexes]].copy()
    ev = ev[ev["precision"].map(lambda p: PRECISIONS.index(p) if p in PRECISIONS else -1)
            >= PRECISIONS.index(min_precision)]
    # pandas dates span 1678-2261; a year outside ("1018" in a mail archive) cannot be drawn.
    years = pd.to_numeric(ev["value"].astype(str).str[:4], errors="coerce")
    ev = ev[years.between(*DRAWABLE_YEARS)]
    meta = documents[["doc_id", "title", "source", "published"]]
    ev = ev.merge(meta, on="doc_id", how="left")
    if sources:
        ev = ev[ev["source"].isin(sources)]
    bounds = ev["value"].map(period_bounds)
    ev["period_start"] = [b[0] for b in bounds]
    ev["period_end"] = [b[1] for b in bounds]
    if start:
        ev = ev[ev["period_end"] > period_bounds(start)[0]]
    if end:
        ev = ev[ev["period_start"] < period_bounds(end)[1]]
    if entity:
        if entities is None:
            raise ValueError("filtering events by entity needs the entities table")
        hits = entities[entities["entity"].isin(entity)][["doc_id", "start_char"]]
        keep = ev.reset_index().merge(hits, on="doc_id", suffixes=("", "_entity"))
        keep = keep[(keep["start_char_entity"] >= keep["sentence_start_char"])
                    & (keep["start_char_entity"] < keep["sentence_end_char"])]
        ev = ev.loc[ev.index.isin(keep["index"])]
    ev["event"] = [event_text(s, t) for s, t in zip(ev["sentence"], ev["text"])]
    return ev.sort_values(["period_start", "period_end", "doc_id", "start_char"]).reset_index(drop=True)


def distinct_events(ev: pd.DataFrame, limit: int | None = 25) -> pd.DataFrame:
    """One row per date: how many mentions and documents, the first mention's label and source.

    ``limit`` keeps the most-mentioned dates (the rest stay in the full events table)."""
    if ev.empty:
        return ev.assign(mentions=pd.Series(dtype=int), documents=pd.Series(dtype=int))
    # Label each date with its most telling mention: a sentence about it alone ("Putin's visit
    # ... following one in 2000") beats a list of dates ("documents from 1961, 2000 and 2001").
    dates_in_sentence = ev.groupby(["doc_id", "sentence_start_char"])["value"].transform("size")
    ev = ev.assign(_n=dates_in_sentence, _len=ev["sentence"].str.len()).sort_values(["_n", "_len"])
    grouped = ev.groupby("value", sort=False)
    out = grouped.first()[["precision", "period_start", "period_end", "event", "text", "doc_id", "source"]]
    out["mentions"] = grouped.size()
    out["documents"] = grouped["doc_id"].nunique()
    out = out.reset_index()
    if limit is not None and len(out) > limit:
        out = out.sort_values(["mentions", "period_start"], ascending=[False, False]).head(limit)
    return out.sort_values(["period_start", "period_end"]).reset_index(drop=True)


def auto_frequency(dates: pd.Series) -> str:
    """Day, week or month bins, whichever gives a readable number of bars for the span."""
    dates = pd.to_datetime(dates, errors="coerce").dropna()
    if dates.empty:
        return "day"
    days = (dates.max() - dates.min()).days
    return "day" if days <= 45 else "week" if days <= 365 else "month"


def per_period(rows: pd.DataFrame, dates: pd.Series, column: str, freq: str, weight: str | None = None
               ) -> pd.DataFrame:
    """Rows counted (or their ``weight`` summed) per period of ``dates`` (index) and value of
    ``column``; empty periods are rows of zeros, so gaps show."""
    freq = auto_frequency(dates) if freq == "auto" else freq
    rows = rows.assign(period=dates.dt.to_period(_FREQ[freq][0]).dt.start_time, _n=rows[weight] if weight else 1)
    table = rows.pivot_table(index="period", columns=column, values="_n", aggfunc="sum", fill_value=0)
    full = pd.date_range(table.index.min(), table.index.max(), freq=_FREQ[freq])
    table = table.reindex(full.union(table.index), fill_value=0)
    table.index.name = freq
    return table


def coverage(documents: pd.DataFrame, freq: str = "auto", by: str = "source") -> pd.DataFrame:
    """Articles per period of ``published`` (rows) and ``by`` group (columns). Undated documents
    are left out (the notebook says how many)."""
    docs = documents[is_ok(documents["status"])].copy()
    docs["date"] = pd.to_datetime(docs["published"], errors="coerce")
    docs = docs.dropna(subset=["date"])
    if docs.empty:
        return pd.DataFrame()
    docs[by] = docs[by].fillna("").replace("", "(unknown)")
    return per_period(docs, docs["date"], by, freq)


def per_articles(mentions: pd.DataFrame, articles: pd.DataFrame, per: int = 100) -> pd.DataFrame:
    """Mentions per ``per`` articles published in the same period: raw counts follow how much
    was published, so a busy week looks like a surge of interest. Both tables must use the
    same bins; periods without articles are left out."""
    if mentions.empty or articles.empty:
        return pd.DataFrame()
    total = articles.sum(axis=1)
    total = total[total > 0]
    rate = mentions.reindex(total.index, fill_value=0).div(total, axis=0) * per
    rate.index.name = mentions.index.name
    return rate

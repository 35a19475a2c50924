"""Records -> the SPEC tables: one function, so that a new reference date or alias file rebuilds
the tables from cached records without the model (:func:`build_tables`)."""

from __future__ import annotations

import pandas as pd

from analysis.extract.timexes import check_reference_date, place_timexes
from analysis.ingest.corpus import Document, documents_frame
from analysis.tables.canonical import canonicalise
from analysis.tables.copies import with_copies
from analysis.tables.schema import Annotations, frame, public, term_table
from analysis.tables.speaker_names import resolve_speakers, writer_name


def _writers(docs: list[Document]) -> dict[str, str]:
    """The writer of each post that is its sender's own words: a message whose author its From
    header gave, not one forwarding an article (its first line the article's address)."""
    return {d.doc_id: name for d in docs if d.ok and d.meta.get("author_from") == "message"
            and not d.meta.get("url") and (name := writer_name(d.meta.get("author", "")))}


def _as_written(table: pd.DataFrame, texts: dict[str, str], bodies: dict[str, str]) -> pd.DataFrame:
    """Each row's ``text`` (and a quote's ``speaker``) as the document's text has it. The parse
    read the body, where wrappers and datelines are blanks, so a span that reaches into one
    would otherwise show the blanks where the text has words. A timex's ``sentence`` keeps the
    body's blanks (no wrapper or dateline on a timeline) and the text's other characters: the
    body's apostrophes are ASCII where the text's may not be."""
    if table.empty or "start_char" not in table.columns:
        return table
    table = table.copy()
    table["text"] = [texts[d][s:e] for d, s, e in zip(table["doc_id"], table["start_char"], table["end_char"])]
    if "speaker_start_char" in table.columns:
        table["speaker"] = [texts[d][s:e] if s >= 0 else w for d, s, e, w in zip(
            table["doc_id"], table["speaker_start_char"], table["speaker_end_char"], table["speaker"])]
    if "sentence_start_char" in table.columns:
        spans = zip(table["doc_id"], table["sentence_start_char"], table["sentence_end_char"])
        table["sentence"] = ["".join(b if b == " " else t for b, t in zip(bodies[d][s:e], texts[d][s:e])).strip()
                             for d, s, e in spans]
    return table


def _fail(doc: Document, reason: str) -> None:
    doc.status, doc.error = "error", reason


def build_tables(docs: list[Document], records: dict[str, dict], aliases: dict[tuple[str, ...], str],
                 reference_date: str | None = None) -> Annotations:
    """The tables from each analysable document's extracted ``records`` (by doc_id).

    A document whose extraction failed, or whose records break a table-building step, gets
    status ``error`` and the reason, and none of its rows; the other documents are unaffected.
    """
    check_reference_date(reference_date)
    for d in docs:
        if d.ok and records[d.doc_id].get("error"):
            _fail(d, records[d.doc_id]["error"])
    rows: dict[str, list[dict]] = {"entities": [], "quotes": [], "timexes": []}
    for d in docs:
        if d.ok:
            for table in rows:
                rows[table].extend({"doc_id": d.doc_id, **r} for r in records[d.doc_id].get(table, []))
    timexes = place_timexes(frame("timexes", rows["timexes"]), documents_frame(docs), reference_date)
    broken = dict(zip(timexes["doc_id"], timexes["error"])) if len(timexes) else {}
    broken = {doc_id: reason for doc_id, reason in broken.items() if reason}
    if broken:
        for d in docs:
            if d.doc_id in broken:
                _fail(d, broken[d.doc_id])
        timexes = timexes[~timexes["doc_id"].isin(broken)]
        rows = {t: [r for r in rs if r["doc_id"] not in broken] for t, rs in rows.items()}
    entities = canonicalise(pd.DataFrame(rows["entities"]), aliases) if rows["entities"] else \
        pd.DataFrame(columns=["entity", "merged_by"])
    quotes = resolve_speakers(frame("quotes", rows["quotes"]), entities, _writers(docs))
    texts = {d.doc_id: d.text for d in docs if d.ok}
    bodies = {d.doc_id: d.body for d in docs if d.ok}
    entities, quotes, timexes = (_as_written(t, texts, bodies) for t in (entities, quotes, timexes))
    words = [(d.doc_id, r["term"], r["count"]) for d in docs if d.ok and d.doc_id not in broken
             for r in records[d.doc_id].get("terms", [])]
    tables = {"documents": with_copies(documents_frame(docs), bodies, quotes),
              "entities": frame("entities", entities.to_dict("records")), "quotes": quotes,
              "timexes": timexes.reset_index(drop=True),
              "texts": frame("texts", [{"doc_id": d.doc_id, "text": d.text} for d in docs if d.ok]),
              "terms": term_table(words, entities)}
    return Annotations(**{name: public(name, table) for name, table in tables.items()})

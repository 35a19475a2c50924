"""Corpus -> cached spaCy parse -> per-document records -> the SPEC tables.

Every document is parsed once per (text, model, pipeline version); its records are
extracted once per extraction version; both are kept in :class:`AnnotationCache`. A
warm run therefore neither loads the model nor parses anything, which is what lets
every notebook of a report call :func:`annotate` on the same corpus cheaply.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
from spacy.vocab import Vocab
from tqdm.auto import tqdm  # a widget bar in JupyterLab, text in a terminal

from .cache import EXTRACT_VERSION, AnnotationCache, default_cache_dir, parse_key
from .canonical import EVIDENCE_COLUMNS, canonicalise, read_aliases
from .copies import with_copies
from .corpus import Document, Reading, documents_frame, load_corpus
from .engine import BATCH_SIZE, finished_partitions, read_partition, write_partition
from .engine import run as engine_run
from .extract import extract_unscored, scored
from .model import load_model, model_language, model_version, resolve_model
from .settings import Settings
from .speakers import resolve_speakers
from .tables import Annotations, frame, term_table
from .timexes import check_reference_date, place_timexes


def _open_cache(cache_dir: str | Path | None, use_cache: bool) -> AnnotationCache:
    return AnnotationCache((cache_dir or default_cache_dir()) if use_cache else None)


def _extract_cached(keys: list[str], cache: AnnotationCache, vocab: Vocab) -> Iterator[tuple[str, dict]]:
    """Documents parsed before but extracted by older code: read back and extracted again, a
    batch at a time (one sentiment model call and one commit per batch)."""
    for i in range(0, len(keys), BATCH_SIZE):
        batch = keys[i:i + BATCH_SIZE]
        for key, records in zip(batch, scored([extract_unscored(cache.doc(key, vocab)) for key in batch])):
            cache.put(key, None, records)
            yield key, records
        cache.commit()


def _merge(data: bytes, cache: AnnotationCache, saved: Path | None = None) -> Iterator[tuple[str, dict]]:
    """One finished partition's table into the cache, in one transaction. Until the commit the
    table stays on disk (``saved`` by an earlier run, or written now), so a run killed in
    between loses nothing; the next run merges it."""
    rows = read_partition(data)
    if saved is None and cache.folder is not None:
        saved = write_partition(cache.folder / "partitions", data, f"{EXTRACT_VERSION}-{rows[0][0][:16]}")
    for key, records, doc in rows:
        if doc is not None:  # a document that failed is tried again next run, not remembered as failed
            cache.put(key, doc, records)
    cache.commit()
    if saved is not None:
        saved.unlink()
    yield from ((key, json.loads(records)) for key, records, _ in rows)


def _annotate_missing(todo: list[tuple[str, Document]], model: str, cache: AnnotationCache, progress: bool,
                      engine: str, workers: int, scheduler: str | None) -> Iterator[tuple[str, dict]]:
    bar = tqdm(total=sum(d.n_words for _, d in todo), unit="word", unit_scale=True, desc="annotate",
               disable=None if progress else True)
    words = {key: d.n_words for key, d in todo}

    def done(merged: Iterator[tuple[str, dict]]) -> Iterator[tuple[str, dict]]:
        for key, records in merged:
            if key in words:
                bar.update(words.pop(key))
                yield key, records

    try:
        if cache.folder is not None:
            for path in finished_partitions(cache.folder / "partitions", EXTRACT_VERSION):
                yield from done(_merge(path.read_bytes(), cache, saved=path))
        cached = cache.parsed(list(words))
        if cached:
            yield from done(_extract_cached([k for k in words if k in cached], cache, load_model(model).vocab))
        items = [(key, d.body, d.n_words) for key, d in todo if key in words]
        for data in engine_run(items, model, engine, workers, scheduler) if items else ():
            yield from done(_merge(data, cache))
    finally:
        cache.commit()
        bar.close()


def annotate_documents(docs: list[Document], settings: Settings | None = None) -> Annotations:
    """Annotate already-loaded documents; see :func:`annotate`."""
    settings = (settings or Settings()).check()
    model = resolve_model(settings.model)
    version = model_version(model)
    alias_table = read_aliases(settings.aliases)
    keys = {d.doc_id: parse_key(d.body, model, version) for d in docs if d.ok}
    cache = _open_cache(settings.cache_dir, settings.use_cache)
    try:
        records = cache.records(list(set(keys.values())))
        todo = list({keys[d.doc_id]: d for d in docs if d.ok and keys[d.doc_id] not in records}.items())
        if todo:
            records.update(_annotate_missing(todo, model, cache, settings.progress, settings.engine,
                                             settings.workers, settings.scheduler))
    finally:
        cache.close()
    return build_tables(docs, {d.doc_id: records[keys[d.doc_id]] for d in docs if d.ok}, alias_table,
                        settings.reference_date)


# What placing dates needs and the public table does not: the recipe, the anchor, the verb's tense.
TIMEX_WORKINGS = ("recipe", "anchor", "error", "tense")


def _as_written(table: pd.DataFrame, texts: dict[str, str]) -> pd.DataFrame:
    """Each row's ``text`` (and a quote's ``speaker``) as the document's text has it. The parse
    read the body, where wrappers and datelines are blanks, so a span that reaches into one
    would otherwise show the blanks where the text has words."""
    if table.empty or "start_char" not in table.columns:
        return table
    table = table.copy()
    table["text"] = [texts[d][s:e] for d, s, e in zip(table["doc_id"], table["start_char"], table["end_char"])]
    if "speaker_start_char" in table.columns:
        table["speaker"] = [texts[d][s:e] if s >= 0 else w for d, s, e, w in zip(
            table["doc_id"], table["speaker_start_char"], table["speaker_end_char"], table["speaker"])]
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
    quotes = resolve_speakers(frame("quotes", rows["quotes"]), entities)
    texts = {d.doc_id: d.text for d in docs if d.ok}
    entities, quotes, timexes = (_as_written(t, texts) for t in (entities, quotes, timexes))
    words = [(d.doc_id, r["term"], r["count"]) for d in docs if d.ok and d.doc_id not in broken
             for r in records[d.doc_id].get("terms", [])]
    return Annotations(documents=with_copies(documents_frame(docs), {d.doc_id: d.body for d in docs if d.ok}, quotes),
                       entities=frame("entities", entities.to_dict("records"))
                       .drop(columns=list(EVIDENCE_COLUMNS), errors="ignore"),
                       quotes=quotes,
                       timexes=timexes.drop(columns=list(TIMEX_WORKINGS), errors="ignore")
                       .reset_index(drop=True),
                       texts=frame("texts", [{"doc_id": d.doc_id, "text": d.text} for d in docs if d.ok]),
                       terms=term_table(words, entities))


def annotate(corpus: str | Path, settings: Settings | None = None, **changes) -> Annotations:
    """Load the corpus at ``corpus`` and return its SPEC tables.

    ``settings`` (:class:`~analysis.settings.Settings`) say how; keyword ``changes`` override
    single settings, as a notebook passes them (``annotate(corpus, model=..., cache_dir=...)``).
    The tables are the same whichever engine runs the parsing.
    """
    settings = (settings or Settings()).but(**changes).check()
    model = resolve_model(settings.model)
    docs = load_corpus(corpus, Reading(dict(settings.columns), model_language(model)))
    return annotate_documents(docs, settings.but(model=model))

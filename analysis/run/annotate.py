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

from spacy.vocab import Vocab
from tqdm.auto import tqdm  # a widget bar in JupyterLab, text in a terminal

from analysis.extract.records import extract_unscored, with_sentiment
from analysis.ingest.corpus import Document, Reading, load_corpus
from analysis.nlp.model import load_model, model_language, model_version, resolve_model
from analysis.run.cache import EXTRACT_VERSION, AnnotationCache, default_cache_dir, parse_key
from analysis.run.engine import BATCH_SIZE, finished_partitions, parse_and_extract, read_partition, write_partition
from analysis.settings import Settings
from analysis.tables.build import build_tables
from analysis.tables.canonical import read_aliases
from analysis.tables.schema import Annotations


def _open_cache(cache_dir: str | Path | None, use_cache: bool) -> AnnotationCache:
    return AnnotationCache((cache_dir or default_cache_dir()) if use_cache else None)


def _extract_cached(keys: list[str], cache: AnnotationCache, vocab: Vocab) -> Iterator[tuple[str, dict]]:
    """Documents parsed before but extracted by older code: read back and extracted again, a
    batch at a time (one sentiment model call and one commit per batch)."""
    for i in range(0, len(keys), BATCH_SIZE):
        batch = keys[i:i + BATCH_SIZE]
        for key, records in zip(batch, with_sentiment([extract_unscored(cache.doc(key, vocab)) for key in batch])):
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
        for data in parse_and_extract(items, model, engine, workers, scheduler) if items else ():
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

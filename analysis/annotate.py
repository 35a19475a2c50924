"""Corpus -> cached spaCy parse -> per-document records -> the four SPEC tables.

Every document is parsed once per (text, model, pipeline version); its records are
extracted once per extraction version; both are kept in :class:`AnnotationCache`. A
warm run therefore neither loads the model nor parses anything, which is what lets
every notebook of a report call :func:`annotate` on the same corpus cheaply.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import chain
from pathlib import Path

import pandas as pd
from spacy.tokens import Doc
from tqdm import tqdm

from .cache import AnnotationCache, default_cache_dir, parse_key
from .canonical import canonicalise, read_aliases
from .corpus import Document, documents_frame, load_corpus
from .entities import doc_entities
from .model import load_model, model_version, resolve_model
from .quotes import doc_quotes
from .sentiment import score_quotes
from .speakers import resolve_speakers
from .tables import Annotations, frame
from .timexes import doc_timexes, place_timexes

BATCH_SIZE = 64


def extract(doc: Doc) -> dict[str, list[dict]]:
    """Everything the tables need from one parsed document, as JSON-able records."""
    quotes = doc_quotes(doc)
    for quote, score in zip(quotes, score_quotes(doc, quotes)):
        quote["sentiment"] = score
    return {"entities": doc_entities(doc), "quotes": quotes, "timexes": doc_timexes(doc)}


def _open_cache(cache_dir: str | Path | None, use_cache: bool) -> AnnotationCache:
    return AnnotationCache((cache_dir or default_cache_dir()) if use_cache else None)


def _parse_missing(todo: list[tuple[str, Document]], model: str, cache: AnnotationCache,
                   progress: bool) -> Iterable[tuple[str, dict]]:
    nlp = load_model(model)
    bar = tqdm(total=sum(d.n_words for _, d in todo), unit="word", unit_scale=True, desc="annotate",
               disable=None if progress else True)
    # Documents parsed before but extracted by older code are read back, not parsed again.
    cached = cache.parsed([key for key, _ in todo])
    reuse = [(key, d) for key, d in todo if key in cached]
    parse = [(key, d) for key, d in todo if key not in cached]
    docs = chain((cache.doc(key, nlp.vocab) for key, _ in reuse),
                 nlp.pipe((d.body for _, d in parse), batch_size=BATCH_SIZE))
    try:
        for i, ((key, d), doc) in enumerate(zip(reuse + parse, docs)):
            records = extract(doc)
            cache.put(key, None if key in cached else doc, records)
            if i % BATCH_SIZE == BATCH_SIZE - 1:
                cache.commit()
            bar.update(d.n_words)
            yield key, records
    finally:
        cache.commit()
        bar.close()


def annotate_documents(docs: list[Document], model: str | None = None, cache_dir: str | Path | None = None,
                       use_cache: bool = True, aliases: str | Path | None = None,
                       progress: bool = False, reference_date: str | None = None) -> Annotations:
    """Annotate already-loaded documents; see :func:`annotate`."""
    model = resolve_model(model)
    version = model_version(model)
    alias_table = read_aliases(aliases)
    keys = {d.doc_id: parse_key(d.body, model, version) for d in docs if d.ok}
    cache = _open_cache(cache_dir, use_cache)
    try:
        records = cache.records(list(set(keys.values())))
        todo = list({keys[d.doc_id]: d for d in docs if d.ok and keys[d.doc_id] not in records}.items())
        if todo:
            records.update(_parse_missing(todo, model, cache, progress))
    finally:
        cache.close()
    rows: dict[str, list[dict]] = {"entities": [], "quotes": [], "timexes": []}
    for d in docs:
        if d.ok:
            for table, recs in records[keys[d.doc_id]].items():
                rows[table].extend({"doc_id": d.doc_id, **r} for r in recs)
    entities = canonicalise(pd.DataFrame(rows["entities"]), alias_table) if rows["entities"] else \
        pd.DataFrame(columns=["entity", "merged_by"])
    documents = documents_frame(docs)
    timexes = place_timexes(frame("timexes", rows["timexes"]), documents, reference_date)
    return Annotations(documents=documents, entities=frame("entities", entities.to_dict("records"))
                       .drop(columns=["cluster", "cluster_words"], errors="ignore"),
                       quotes=resolve_speakers(frame("quotes", rows["quotes"]), entities),
                       timexes=timexes.drop(columns=["recipe", "anchor"], errors="ignore"))


def annotate(corpus: str | Path, model: str | None = None, cache_dir: str | Path | None = None,
             use_cache: bool = True, aliases: str | Path | None = None, progress: bool = False,
             reference_date: str | None = None) -> Annotations:
    """Load the corpus at ``corpus`` and return its four SPEC tables.

    ``model``: spaCy model name (default: the installed English small model);
    ``cache_dir``/``use_cache``: where parses are kept (default: the user's cache folder);
    ``aliases``: a CSV ``alias,canonical`` that extends the built-in alias table;
    ``reference_date``: ``YYYY-MM-DD`` that relative dates ("last month") are read on in
    documents without a ``published`` date.
    """
    return annotate_documents(load_corpus(corpus), model, cache_dir, use_cache, aliases, progress, reference_date)


def parsed_doc(corpus: str | Path, doc_id: str, model: str | None = None,
               cache_dir: str | Path | None = None) -> Doc:
    """The parsed ``Doc`` of one document (from the cache when there; for displaCy)."""
    docs = {d.doc_id: d for d in load_corpus(corpus)}
    if doc_id not in docs or not docs[doc_id].ok:
        raise KeyError(f"no analysable document {doc_id!r} in {corpus}")
    model = resolve_model(model)
    nlp = load_model(model)
    cache = _open_cache(cache_dir, True)
    try:
        doc = cache.doc(parse_key(docs[doc_id].body, model, model_version(model)), nlp.vocab)
    finally:
        cache.close()
    return doc if doc is not None else nlp(docs[doc_id].body)

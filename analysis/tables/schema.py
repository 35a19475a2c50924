"""The SPEC tables: their columns, and writing and reading them atomically.

``texts`` holds the analysed text of each document (for a web page the extracted article, for
a post the message), which every offset of the other tables indexes."""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

COLUMNS = {
    "documents": ["doc_id", "title", "source", "url", "published", "author", "n_words", "status", "error"],
    "entities": ["doc_id", "start_char", "end_char", "text", "label", "entity", "ner_label", "resolution",
                 "merged_by", "local_name", "refers_to"],
    "quotes": ["doc_id", "quote_id", "start_char", "end_char", "text", "kind", "speaker", "speaker_start_char",
               "speaker_end_char", "speaker_entity", "cue", "sentiment", "cue_type"],
    "timexes": ["doc_id", "start_char", "end_char", "text", "type", "value", "sentence"],
    "texts": ["doc_id", "text"],
    "terms": ["doc_id", "term", "kind", "count"],
}
# This project's columns beyond the SPEC (the README lists them). A column a step computes for
# its own use (merge evidence, date recipes, speaker references) is in neither list and is never
# written; the documents table also keeps the corpus's own metadata columns.
EXTENSIONS = {
    "documents": ["warning", "dateline", "published_from", "title_from", "author_from", "mailing_list", "copy_of",
                  "copy_kind", "copy_similarity", "spun_signs", "spun"],
    "entities": [],
    "quotes": ["generic", "quote_inside"],
    "timexes": ["sentence_start_char", "sentence_end_char", "precision", "resolved_by"],
    "texts": [],
    "terms": [],
}
FORMATS = ("parquet", "csv")
OPTIONAL = ("texts", "terms")
CORPUS_NOTE = "corpus.json"  # tables that older runs did not write
_UMASK = os.umask(0)
os.umask(_UMASK)


@dataclass
class Annotations:
    """The annotation of a corpus: one DataFrame per SPEC table."""

    documents: pd.DataFrame
    entities: pd.DataFrame
    quotes: pd.DataFrame
    timexes: pd.DataFrame
    texts: pd.DataFrame = field(default_factory=lambda: frame("texts", []))
    terms: pd.DataFrame = field(default_factory=lambda: frame("terms", []))

    def tables(self) -> dict[str, pd.DataFrame]:
        return {name: getattr(self, name) for name in COLUMNS}


NUMBERS = {"count": "int64", "start_char": "int64", "end_char": "int64", "n_words": "int64",
           "speaker_start_char": "int64", "speaker_end_char": "int64", "sentiment": "float64"}


def public(name: str, table: pd.DataFrame) -> pd.DataFrame:
    """``table`` with only the columns a reader gets (:data:`COLUMNS` and :data:`EXTENSIONS`),
    in their order; documents keep their metadata columns too."""
    known = COLUMNS[name] + EXTENSIONS[name]
    return table[[c for c in table.columns if c in known or name == "documents"]]


def frame(name: str, rows: list[dict]) -> pd.DataFrame:
    """A table from records, with the SPEC columns first even when there are no rows (then
    typed, so that an empty table written to Parquet still has text and number columns)."""
    df = pd.DataFrame(rows)
    extra = [c for c in df.columns if c not in COLUMNS[name]]
    df = df.reindex(columns=COLUMNS[name] + extra)
    if df.empty:
        df = df.astype({c: NUMBERS.get(c, "string") for c in COLUMNS[name]})
    return df


def term_table(words: list[tuple[str, str, int]], entities: pd.DataFrame) -> pd.DataFrame:
    """The ``terms`` table: ``(doc_id, lemma, count)`` word counts, and each canonical entity
    counted per document as a term of its own (``kind`` says which)."""
    table = pd.DataFrame(words, columns=["doc_id", "term", "count"]).assign(kind="word")
    if len(entities) and "entity" in entities.columns:
        named = entities[entities["entity"].fillna("") != ""]
        counts = named.groupby(["doc_id", "entity"]).size().rename("count").reset_index()
        table = pd.concat([table, counts.rename(columns={"entity": "term"}).assign(kind="entity")], ignore_index=True)
    if table.empty:
        return frame("terms", [])
    return table[COLUMNS["terms"]].astype({"count": "int64"})


def atomic_write(path: Path, write) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    try:
        write(tmp)
        os.chmod(tmp, 0o666 & ~_UMASK)  # mkstemp makes it private; outputs are ordinary files
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_tables(ann: Annotations, out: str | Path, fmt: str = "parquet", corpus: str | Path | None = None
                 ) -> list[Path]:
    """Write each table to ``out/NAME.{fmt}``; a file is either the old one or the complete new one.
    ``corpus`` is noted in ``out/corpus.json``, so a notebook given only the tables names it."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r} (choose {' or '.join(FORMATS)})")
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, df in ann.tables().items():
        path = out / f"{name}.{fmt}"
        if fmt == "csv":
            atomic_write(path, lambda p, df=df: df.to_csv(p, index=False))
        else:
            atomic_write(path, lambda p, df=df: df.to_parquet(p, index=False))
        paths.append(path)
    if corpus is not None:
        note = json.dumps({"corpus": str(Path(corpus).expanduser().resolve())})
        atomic_write(out / CORPUS_NOTE, lambda p: Path(p).write_text(note, encoding="utf-8"))
    return paths


def tables_corpus(folder: str | Path) -> str | None:
    """The corpus the tables in ``folder`` were made from, when they say."""
    try:
        return json.loads((Path(folder) / CORPUS_NOTE).read_text(encoding="utf-8"))["corpus"]
    except (OSError, ValueError, KeyError):
        return None


def read_tables(folder: str | Path) -> Annotations:
    """Tables written by :func:`write_tables` (either format)."""
    folder = Path(folder)
    tables = {}
    for name in COLUMNS:
        pq, csv = folder / f"{name}.parquet", folder / f"{name}.csv"
        if not pq.exists() and not csv.exists() and name in OPTIONAL:  # written before the table existed
            tables[name] = frame(name, [])
            continue
        tables[name] = pd.read_parquet(pq) if pq.exists() else pd.read_csv(csv, keep_default_na=False)
    return Annotations(**tables)

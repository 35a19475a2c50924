"""On-disk cache of parsed documents and their extracted records.

One SQLite file holds two tables: the parse (a ``DocBin`` per document, keyed by the
text's hash, the model's name and version, and the version of the project's spaCy
components) and the records extracted from it (keyed by the parse key and the version of
the extraction code). Changing extraction code therefore re-extracts from cached parses
without re-parsing. SQLite rather than one file per document: a single file, atomic
commits (a killed run leaves every finished document usable), and no 100k-file folders.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from pathlib import Path

from platformdirs import user_cache_dir
from spacy.tokens import Doc, DocBin
from spacy.vocab import Vocab

PACKAGE = Path(__file__).resolve().parent.parent


def _source_hash(*parts: str) -> str:
    """Version of the code that produces a cached artefact: a hash of every file under the
    package's folders and files ``parts``, so a changed rule can never be served stale results
    from an older cache entry."""
    h = hashlib.sha256()
    for part in parts:
        path = PACKAGE / part
        for f in sorted(path.rglob("*") if path.is_dir() else [path]):
            if f.is_file() and "__pycache__" not in f.parts:
                h.update(f.relative_to(PACKAGE).as_posix().encode() + b"\0" + f.read_bytes())
    return h.hexdigest()[:16]


# A parse depends on the model's loading and the project's spaCy components (``nlp/``) and
# the character classes, honorifics, titles and lemma fixes they read (``lexicon.py``,
# ``data/honorifics.txt``, ``data/person_titles.csv``, ``data/source_nouns.csv``,
# ``data/eponym_titles.txt``, ``data/post_nominals.txt``, ``data/opening_prepositions.txt``,
# ``data/lemma_fixes.csv``).
PIPELINE_VERSION = _source_hash("nlp", "lexicon.py", "data/honorifics.txt", "data/person_titles.csv",
                                "data/source_nouns.csv", "data/eponym_titles.txt", "data/post_nominals.txt",
                                "data/opening_prepositions.txt", "data/lemma_fixes.csv")
# What is extracted depends on the code that runs on the workers, by folder, not on a
# hand-kept list (one once missed sentiment.py): the extraction and sentiment code, what they
# share, and the data files (lexicons, the sentiment model). A change there costs a
# re-extraction, never a re-parse; table building (``tables/``) is not part of it.
EXTRACTION_CODE = ("extract", "sentiment", "nlp", "lexicon.py", "failures.py", "data")
EXTRACT_VERSION = _source_hash(*EXTRACTION_CODE)


def default_cache_dir() -> Path:
    return Path(os.environ.get("NEWS_ANALYSIS_CACHE") or user_cache_dir("news-analysis"))


def parse_key(text: str, model: str, version: str) -> str:
    h = hashlib.sha256(f"{model}\0{version}\0{PIPELINE_VERSION}\0".encode())
    h.update(text.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


class AnnotationCache:
    """Parses and records by key; ``AnnotationCache(None)`` caches nothing (``--no-cache``)."""

    def __init__(self, folder: str | Path | None):
        self.db = None
        self.folder = Path(folder).expanduser() if folder is not None else None
        if self.folder is not None:
            self.folder.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(self.folder / "annotations.sqlite3", timeout=60)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("CREATE TABLE IF NOT EXISTS parses (key TEXT PRIMARY KEY, doc BLOB)")
            self.db.execute("CREATE TABLE IF NOT EXISTS records (key TEXT PRIMARY KEY, data TEXT)")

    @staticmethod
    def _rkey(key: str) -> str:
        return f"{key}:{EXTRACT_VERSION}"

    def _select(self, query: str, keys: list[str]) -> list[tuple]:
        """Rows of ``query`` (with ``{keys}`` for the placeholders) for ``keys``, in chunks that
        stay under SQLite's limit on bound parameters."""
        if self.db is None:
            return []
        rows = []
        for i in range(0, len(keys), 500):
            chunk = keys[i:i + 500]
            rows += self.db.execute(query.format(keys=",".join("?" * len(chunk))), chunk).fetchall()
        return rows

    def records(self, keys: list[str]) -> dict[str, dict]:
        """The cached records of those ``keys`` that have them."""
        rows = self._select("SELECT key, data FROM records WHERE key IN ({keys})", [self._rkey(k) for k in keys])
        return {k.rsplit(":", 1)[0]: json.loads(v) for k, v in rows}

    def parsed(self, keys: list[str]) -> set[str]:
        """Those of ``keys`` whose parse is cached."""
        return {k for (k,) in self._select("SELECT key FROM parses WHERE key IN ({keys})", keys)}

    def doc(self, key: str, vocab: Vocab) -> Doc | None:
        if self.db is None:
            return None
        row = self.db.execute("SELECT doc FROM parses WHERE key = ?", (key,)).fetchone()
        return next(DocBin().from_bytes(row[0]).get_docs(vocab)) if row else None

    def put(self, key: str, doc: Doc | bytes | None, records: dict | str) -> None:
        """Store a document's records (or their JSON), and its parse unless ``doc`` is None (a
        ``Doc`` or the bytes of a one-document ``DocBin``, as workers send them)."""
        if self.db is None:
            return
        if doc is not None:
            data = doc if isinstance(doc, bytes) else DocBin(docs=[doc]).to_bytes()
            self.db.execute("INSERT OR REPLACE INTO parses VALUES (?, ?)", (key, data))
        data = records if isinstance(records, str) else json.dumps(records)
        self.db.execute("INSERT OR REPLACE INTO records VALUES (?, ?)", (self._rkey(key), data))

    def commit(self) -> None:
        if self.db is not None:
            self.db.commit()

    def close(self) -> None:
        if self.db is not None:
            self.db.commit()
            self.db.close()
            self.db = None

"""Read a corpus (SPEC §1) into :class:`Document` objects, one per input, failures included.

A corpus is a folder of ``*.txt`` files (recursive, optional ``metadata.csv``/``.tsv``)
or one ``.csv``/``.tsv``/``.jsonl``/``.parquet`` table with a ``text`` column. Problems
with a single input become that document's ``status``/``error``; only problems with the
corpus as a whole (missing path, unreadable metadata, a table without ``text``) raise
:class:`CorpusError`, whose message is one line meant for the user.
"""

from __future__ import annotations

import codecs
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path

import pandas as pd

from .wrappers import mask_dateline, mask_html, strip_wrapper

META_COLUMNS = ("title", "source", "url", "published", "author")
# spaCy's own default limit: a longer text needs ~1 GB per 100k words to parse, and is more
# likely a dump or a concatenation than an article.
MAX_CHARS = 1_000_000
TABLE_SUFFIXES = {".csv", ".tsv", ".jsonl", ".parquet"}
METADATA_NAMES = ("metadata.csv", "metadata.tsv")
_WORD = re.compile(r"\w+(?:[-'’]\w+)*")
# Characters that never occur in prose; many of them mean the bytes were not text.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")


class CorpusError(Exception):
    """The corpus as a whole cannot be read; the message is one line for the user."""


@dataclass
class Document:
    """One input of the corpus. ``body`` has the length of ``text`` with wrappers masked."""

    doc_id: str
    text: str = ""
    body: str = ""
    meta: dict[str, str] = field(default_factory=dict)
    status: str = "ok"
    error: str = ""
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.status == "ok"

    @property
    def n_words(self) -> int:
        return len(_WORD.findall(self.body)) if self.ok else 0


def decode_bytes(raw: bytes) -> tuple[str, str]:
    """Decode file bytes as UTF-8, UTF-16 (BOM or NUL pattern) or cp1252, in that order.

    Returns ``(text, warning)``; raises ``ValueError`` for bytes that are not text.
    """
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16"), "decoded as UTF-16"
    if b"\x00" in raw[:4096]:
        head = raw[:4096]
        # ASCII-range text in UTF-16 without BOM has a NUL in every other byte.
        for codec, nuls in (("utf-16-le", head[1::2]), ("utf-16-be", head[0::2])):
            if nuls.count(0) > 0.9 * len(nuls):
                try:
                    return raw.decode(codec), f"decoded as {codec.upper()} (no byte-order mark)"
                except UnicodeDecodeError:
                    break
        raise ValueError("binary file (contains NUL bytes)")
    try:
        text, warning = raw.decode("utf-8"), ""
    except UnicodeDecodeError:
        text, warning = raw.decode("cp1252", errors="replace"), "not valid UTF-8; decoded as cp1252"
    if len(_CONTROL.findall(text[:20000])) > 0.01 * min(len(text), 20000) + 2:
        raise ValueError("binary file (control characters)")
    return text, warning


def normalise_date(value: object) -> tuple[str, str]:
    """``YYYY-MM-DD`` from a date, ISO datetime or timestamp; ``("", warning)`` if unreadable."""
    if value is None or (isinstance(value, float) and pd.isna(value)) or str(value).strip() == "":
        return "", ""
    if isinstance(value, (pd.Timestamp, datetime)):
        return value.strftime("%Y-%m-%d"), ""
    s = str(value).strip()
    try:
        return datetime.fromisoformat(s.replace("Z", "+00:00")).strftime("%Y-%m-%d"), ""
    except ValueError:
        pass
    if re.fullmatch(r"\d{9,10}", s):  # epoch seconds
        return datetime.fromtimestamp(int(s), tz=UTC).strftime("%Y-%m-%d"), ""
    try:  # RFC 2822, "June 19, 2024", "19 June 2024": a full date with a month name or in RFC form
        if re.search(r"[A-Za-z]{3}", s) and re.search(r"\b\d{4}\b", s) and re.search(r"\b\d{1,2}\b", s):
            return parsedate_or_text(s).strftime("%Y-%m-%d"), ""
    except (ValueError, OverflowError):
        pass
    return "", f"unreadable published date {s[:40]!r} (expected YYYY-MM-DD)"


def parsedate_or_text(s: str) -> datetime:
    """An e-mail date (RFC 2822), else a written one ("June 19, 2024"), by the standard library
    and dateutil; raises ValueError when neither reads it."""
    try:
        return parsedate_to_datetime(s)
    except (TypeError, ValueError, IndexError):
        from dateutil import parser

        return parser.parse(s, default=datetime(1, 1, 1))


def _clean_meta(row: dict) -> tuple[dict[str, str], list[str]]:
    meta = {str(k): "" if v is None or (isinstance(v, float) and pd.isna(v)) else str(v) for k, v in row.items()}
    for col in META_COLUMNS:
        meta.setdefault(col, "")
    meta["published"], warning = normalise_date(row.get("published"))
    return meta, [warning] if warning else []


def _finish(doc: Document) -> Document:
    """Detect wrappers and emptiness once the text is known."""
    if not doc.ok:
        return doc
    if not doc.text.strip():
        doc.status, doc.error = "empty", "no text"
        return doc
    if len(doc.text) > MAX_CHARS:
        doc.status, doc.error = "error", (f"too long: {len(doc.text):,} characters (the limit is {MAX_CHARS:,}; "
                                          f"split the file into articles)")
        return doc
    wrapper = strip_wrapper(doc.text)
    doc.body = wrapper.body
    page = mask_html(doc.body)
    if page is not None:
        doc.body = page
        doc.warnings.append("HTML page: markup masked, text analysed")
    doc.body, dateline = mask_dateline(doc.body)
    doc.meta["dateline"] = dateline
    if wrapper.subject and not doc.meta.get("title"):
        doc.meta["title"] = wrapper.subject
    if wrapper.url and not doc.meta.get("url"):
        doc.meta["url"] = wrapper.url
    if wrapper.list_name:
        doc.meta.setdefault("mailing_list", wrapper.list_name)
    if not doc.body.strip():
        doc.status, doc.error = "empty", "no article text once the mailing-list wrapper is removed"
    return doc


def _read_metadata(folder: Path) -> tuple[dict[str, dict], list[str]]:
    for name in METADATA_NAMES:
        path = folder / name
        if path.is_file():
            break
    else:
        return {}, []
    try:
        table = pd.read_csv(path, sep="\t" if path.suffix == ".tsv" else ",", dtype=str, keep_default_na=False)
    except (ValueError, UnicodeDecodeError, pd.errors.ParserError) as e:
        raise CorpusError(f"cannot read {path}: {str(e).splitlines()[0]}") from None
    if "doc_id" not in table.columns:
        raise CorpusError(f"{path} has no doc_id column (columns: {', '.join(table.columns)})")
    dupes = sorted(set(table.doc_id[table.doc_id.duplicated()]))
    warnings = [f"{name}: duplicate rows for {', '.join(dupes[:5])} (first kept)"] if dupes else []
    rows = table.drop_duplicates("doc_id").set_index("doc_id", drop=False).to_dict("index")
    return rows, warnings


def _is_hidden(rel: Path) -> bool:
    return any(part.startswith(".") for part in rel.parts)


def load_folder(folder: Path) -> list[Document]:
    metadata, meta_warnings = _read_metadata(folder)
    docs: list[Document] = []
    seen: set[str] = set()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        rel = path.relative_to(folder)
        if _is_hidden(rel) or (len(rel.parts) == 1 and rel.name in METADATA_NAMES):
            continue
        if path.suffix.lower() != ".txt":
            docs.append(Document(rel.as_posix(), status="error",
                                 error=f"not a .txt file ({path.suffix or 'no extension'}); skipped"))
            continue
        doc_id = rel.with_suffix("").as_posix()
        seen.add(doc_id)
        meta, warnings = _clean_meta(metadata.get(doc_id, {"doc_id": doc_id}))
        doc = Document(doc_id, meta=meta, warnings=warnings)
        try:
            size = path.stat().st_size
            if size > 4 * MAX_CHARS:  # no need to read it to know (UTF-8 takes at most 4 bytes a character)
                doc.status, doc.error = "error", (f"too long: {size / 2**20:,.1f} MB (the limit is {MAX_CHARS:,} "
                                                  f"characters; split the file into articles)")
                docs.append(doc)
                continue
            doc.text, warning = decode_bytes(path.read_bytes())
            if warning:
                doc.warnings.append(warning)
        except OSError as e:
            doc.status, doc.error = "error", f"unreadable: {e.strerror or e}"
        except ValueError as e:
            doc.status, doc.error = "error", str(e)
        docs.append(_finish(doc))
    for doc_id in sorted(set(metadata) - seen):
        meta, _ = _clean_meta(metadata[doc_id])
        docs.append(Document(doc_id, meta=meta, status="error", error="listed in metadata but no such .txt file"))
    if docs and meta_warnings:
        docs[0].warnings.extend(meta_warnings)
    return docs


def _read_table(path: Path) -> pd.DataFrame:
    suffix = path.suffix.lower()
    try:
        if suffix == ".parquet":
            return pd.read_parquet(path)
        if suffix == ".jsonl":
            return pd.read_json(path, lines=True, dtype=False)
        return pd.read_csv(path, sep="\t" if suffix == ".tsv" else ",", dtype=str, keep_default_na=False)
    except Exception as e:  # pandas/pyarrow raise many types for malformed files
        reason = str(e).splitlines()[0] if str(e) else type(e).__name__
        raise CorpusError(f"cannot read {path.name}: {reason}") from None


# Column names news exports use for the SPEC's columns, in order of preference (the SPEC's own
# name first). A column is taken only where the SPEC's name is absent.
COLUMN_NAMES = {
    "text": ("text", "body", "content", "article", "article_text", "full_text", "story", "maintext"),
    "title": ("title", "headline", "heading"),
    "published": ("published", "date", "publish_date", "published_at", "pubdate", "publication_date",
                  "date_published", "datetime", "timestamp"),
    "source": ("source", "outlet", "publication", "media_name", "publisher", "site_name", "domain"),
    "url": ("url", "link", "article_url"),
    "author": ("author", "authors", "byline", "creator"),
}


def recognise_columns(columns: list[str]) -> dict[str, str]:
    """``{SPEC name: column}`` for the SPEC columns a table names otherwise ("content" for text)."""
    lower = {str(c).lower(): str(c) for c in columns}
    found = {}
    for spec, names in COLUMN_NAMES.items():
        if spec in columns:
            continue
        for name in names[1:]:
            if name in lower:
                found[spec] = lower[name]
                break
    return found


def load_table(path: Path) -> list[Document]:
    table = _read_table(path)
    mapping = recognise_columns(list(table.columns))
    if mapping:
        table = table.drop(columns=[c for c in mapping if c in table.columns]) \
            .rename(columns={v: k for k, v in mapping.items()})
        print(f"{path.name}: reading " + ", ".join(f"{k} from {v!r}" for k, v in mapping.items()), file=sys.stderr)
    if "text" not in table.columns:
        raise CorpusError(f"{path.name} has no 'text' column (columns: {', '.join(map(str, table.columns))})")
    ids = table["doc_id"].astype(str) if "doc_id" in table.columns else pd.Series(range(len(table))).astype(str)
    docs, seen = [], set()
    for doc_id, row in zip(ids, table.to_dict("records")):
        text = row.pop("text")
        row.pop("doc_id", None)
        meta, warnings = _clean_meta(row)
        doc = Document(doc_id, meta=meta, warnings=warnings)
        if doc_id in seen:
            doc.status, doc.error = "error", "duplicate doc_id (the first row with it is analysed)"
        elif text is None or (isinstance(text, float) and pd.isna(text)):
            doc.status, doc.error = "empty", "no text"
        elif not isinstance(text, str):
            doc.status, doc.error = "error", f"text is {type(text).__name__}, not a string"
        else:
            doc.text = text
        seen.add(doc_id)
        docs.append(_finish(doc))
    return docs


def load_corpus(path: str | Path) -> list[Document]:
    """Every input of the corpus at ``path`` as a :class:`Document`, in a stable order."""
    path = Path(path).expanduser()
    if not path.exists():
        raise CorpusError(f"corpus not found: {path}")
    if path.is_dir():
        return load_folder(path)
    if path.suffix.lower() in TABLE_SUFFIXES:
        return load_table(path)
    if path.suffix.lower() == ".txt":
        raise CorpusError(f"{path} is a single .txt file; put it in a folder and pass the folder")
    raise CorpusError(f"unsupported corpus {path.name}: expected a folder or a .csv/.tsv/.jsonl/.parquet file")


def documents_frame(docs: list[Document]) -> pd.DataFrame:
    """The SPEC ``documents`` table, plus ``warning`` and any extra metadata columns."""
    rows = []
    for d in docs:
        row = {"doc_id": d.doc_id, **{c: d.meta.get(c, "") for c in META_COLUMNS},
               "n_words": d.n_words, "status": d.status, "error": d.error, "warning": "; ".join(d.warnings),
               "dateline": d.meta.get("dateline", "")}
        row.update({k: v for k, v in d.meta.items() if k not in row and k != "doc_id"})
        rows.append(row)
    cols = ["doc_id", *META_COLUMNS, "n_words", "status", "error", "warning", "dateline"]
    frame = pd.DataFrame(rows, columns=cols + sorted({k for r in rows for k in r} - set(cols)))
    return frame.astype({"n_words": "int64"})


def not_analysed(documents: pd.DataFrame, where: str) -> str:
    """One console line: how many documents were not analysed, the commonest reasons, and where
    the rest is (``where``: the documents table the user can open); empty when all were."""
    bad = documents[documents["status"] != "ok"]
    if bad.empty:
        return ""
    reasons = Counter(re.sub(r"'[^']*'|\d[\d,.]*", "…", ":".join(e.split(":")[:2]) if " failed: " in e else e)
                      for e in bad["error"].astype(str))
    common = "; ".join(f"{n}× {r}" for r, n in reasons.most_common(3))
    statuses = ", ".join(f"{n} {s}" for s, n in bad["status"].value_counts().items())
    return (f"warning: {len(bad)} of {len(documents)} documents not analysed ({statuses}: {common}); "
            f"each one's reason is in the status and error columns of {where}")

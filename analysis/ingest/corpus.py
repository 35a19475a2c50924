"""Read a corpus (SPEC §1) into :class:`Document` objects, one per input, failures included.

A corpus is a folder of ``*.txt`` files (recursive, optional ``metadata.csv``/``.tsv``)
or one ``.csv``/``.tsv``/``.jsonl``/``.parquet`` table with a ``text`` column. Problems
with a single input become that document's ``status``/``error``; only problems with the
corpus as a whole (missing path, unreadable metadata, a table without ``text``) raise
:class:`CorpusError`, whose message is one line meant for the user.
"""

from __future__ import annotations

import codecs
import gzip
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path

import pandas as pd

from analysis.failures import OK, is_ok
from analysis.ingest.language import other_language
from analysis.ingest.mail import (
    EML_SUFFIXES,
    MBOX_SUFFIXES,
    Message,
    is_archive_page,
    looks_like_email,
    looks_like_mbox,
    read_archive_page,
    read_email,
    read_mbox,
)
from analysis.ingest.webpage import is_html, is_html_name, page_bytes, read_page
from analysis.ingest.wrappers import mask_dateline, strip_wrapper

META_COLUMNS = ("title", "source", "url", "published", "author")
# spaCy's own default limit: a longer text needs ~1 GB per 100k words to parse, and is more
# likely a dump or a concatenation than an article.
MAX_CHARS = 1_000_000
TABLE_SUFFIXES = {".csv", ".tsv", ".jsonl", ".parquet"}
METADATA_NAMES = ("metadata.csv", "metadata.tsv")
_WORD = re.compile(r"\w+(?:[-'’]\w+)*")
# Characters that never occur in prose; many of them mean the bytes were not text.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")
# What the model reads as blanks: those, less the replacement character (mojibake keeps its
# letter's place: "Trump\ufffds"), and the form feeds and carriage returns text does have.
_BLANKED = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
# Spaces other than the ASCII one (no-break, thin, ideographic): the tokenizer splits on " " only.
_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
# A typographic apostrophe inside a word ("O’Malley", "don’t"), which the model reads as ASCII.
_INNER_APOSTROPHE = re.compile(r"(?<=[^\W\d_])[’ʼ](?=[^\W\d_])")


class CorpusError(Exception):
    """The corpus as a whole cannot be read; the message is one line for the user."""


@dataclass
class Document:
    """One input of the corpus. ``body`` has the length of ``text`` with wrappers masked."""

    doc_id: str
    text: str = ""
    body: str = ""
    meta: dict[str, str] = field(default_factory=dict)
    status: str = OK
    error: str = ""
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return is_ok(self.status)

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
    meta["title_from"] = "metadata" if meta["title"] else "none"
    meta["published_from"] = "metadata" if meta["published"] else "none"
    meta["author_from"] = "metadata" if meta["author"] else "none"
    return meta, [warning] if warning else []


def _found(doc: Document, name: str, value: str, where: str) -> None:
    """Take ``value`` for a metadata field the metadata left empty, and say where it came from."""
    value = (value or "").strip()
    if not value or doc.meta.get(name):
        return
    if name == "published":
        value, warning = normalise_date(value)
        if not value:
            doc.warnings.append(f"{warning} in the {where}")
            return
    doc.meta[name] = value
    if f"{name}_from" in doc.meta:
        doc.meta[f"{name}_from"] = where


# A headline: one short line without a sentence's full stop, then a blank line, then the article.
_HEADLINE = re.compile(r"\A\ufeff?[ \t]*(?P<line>[^\n]{3,200}?)[ \t]*\r?\n[ \t]*\r?\n\s*\S")
_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:/|[-_.]|$)")


def headline(text: str) -> str:
    """The first line of ``text`` when it reads as a headline (BBC-style files put it there)."""
    m = _HEADLINE.match(text)
    if not m:
        return ""
    line = m.group("line")
    words = line.split()
    if len(words) > 30 or line.endswith((".", ",", ";", ":")) or not line[0].isupper() or line.isupper():
        return ""
    return line


def url_date(url: str) -> str:
    """``YYYY-MM-DD`` from a dated URL path (``/2024/06/19/``), else ""."""
    m = _URL_DATE.search(url or "")
    return f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}" if m else ""


def _finish(doc: Document) -> Document:
    """Detect wrappers and emptiness once the text is known. A reader that masked parts of the
    text itself (mail replies) leaves them masked in ``body``."""
    if not doc.ok:
        return doc
    if not doc.text.strip():
        doc.status, doc.error = "empty", "no text"
        return doc
    if len(doc.text) > MAX_CHARS:
        doc.status, doc.error = "error", (f"too long: {len(doc.text):,} characters (the limit is {MAX_CHARS:,}; "
                                          f"split the file into articles)")
        return doc
    wrapper = strip_wrapper(doc.body if len(doc.body) == len(doc.text) else doc.text)
    doc.body, dateline = mask_dateline(_for_the_model(wrapper.body))
    doc.meta["dateline"] = dateline
    _found(doc, "title", wrapper.subject, "text")
    _found(doc, "url", wrapper.url, "text")
    if wrapper.list_name:
        doc.meta.setdefault("mailing_list", wrapper.list_name)
    _found(doc, "title", headline(doc.body.lstrip()), "text")
    _found(doc, "published", url_date(doc.meta.get("url", "")), "url")
    if not doc.body.strip():
        doc.status, doc.error = "empty", "no article text once the mailing-list wrapper is removed"
    return doc


def _for_the_model(text: str) -> str:
    """The text as the model reads it, one character for one so offsets are kept (the tables show
    the text as written). Carriage returns and other control characters are spaces: the tagger
    reads a name after a Windows line end ("...\\r\\n\\nMaria Fernanda Espinosa, the head of") as a
    body, and a wire's transmission codes (\\x01, \\x02) as words. A no-break or thin space is a
    space: the tokenizer makes it a token of its own, which the parser hangs inside the clause. A
    typographic apostrophe inside a word is the ASCII one the model was trained on: it tags
    "O’Malley" and "D’Souza" as common nouns and bodies, "O'Malley" and "D'Souza" as people, and
    "n’t" as a noun."""
    return _INNER_APOSTROPHE.sub("'", _SPACES.sub(" ", _BLANKED.sub(" ", text)))


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


def _kind(name: str) -> str:
    """How a file is read, by its name; the text of a ``.txt`` may still turn out to be a page or mail."""
    lower = name.lower()
    if lower.endswith(".txt"):
        return "text"
    if is_html_name(lower):
        return "page"
    if lower.endswith(MBOX_SUFFIXES):
        return "mbox"
    if lower.endswith(EML_SUFFIXES):
        return "eml"
    return ""


SUPPORTED = ".txt, .html, .htm, .html.gz, .eml or .mbox"
# A saved page carries scripts and markup several times the size of its article.
MAX_PAGE_BYTES = 20 * MAX_CHARS


def _from_message(msg: Message, doc: Document) -> Document:
    doc.text, doc.body = msg.text, msg.body
    doc.warnings.extend(msg.warnings)
    _found(doc, "title", msg.title, "message")
    _found(doc, "published", msg.date, "message")
    _found(doc, "author", msg.author, "message")
    _found(doc, "source", msg.list_name, "message")
    _found(doc, "url", msg.url, "message")
    if msg.list_name:
        doc.meta["mailing_list"] = msg.list_name
    return doc


def _from_page(html: str, doc: Document) -> Document:
    page = read_page(html, doc.meta.get("url", ""))
    doc.text = page.text
    for name, value in (("title", page.title), ("author", page.author), ("source", page.site),
                         ("url", page.url)):
        _found(doc, name, value, "page")
    # htmldate reads a dated URL too; say so when that is where the date came from.
    from_url = page.published and page.published == url_date(doc.meta.get("url", ""))
    _found(doc, "published", page.published, "url" if from_url else "page")
    if not page.text.strip():
        doc.status, doc.error = "empty", "web page without article text (a redirect, an index or a challenge page)"
    return doc


def _read_file(path: Path, rel: Path, metadata: dict[str, dict]) -> list[Document]:
    """The documents one file holds: one, or one per post of a mailbox."""
    kind = _kind(rel.name)
    doc_id = rel.with_suffix("").as_posix() if kind != "page" or not rel.name.lower().endswith(".gz") \
        else rel.with_suffix("").with_suffix("").as_posix()

    def new(doc_id: str) -> Document:
        meta, warnings = _clean_meta(metadata.get(doc_id, {"doc_id": doc_id}))
        return Document(doc_id, meta=meta, warnings=warnings)

    doc = new(doc_id)
    try:
        size = path.stat().st_size
        limit = MAX_PAGE_BYTES if kind in ("page", "mbox") else 4 * MAX_CHARS
        if size > limit and kind != "mbox":  # no need to read it to know
            doc.status, doc.error = "error", (f"too long: {size / 2**20:,.1f} MB (the limit is {MAX_CHARS:,} "
                                              f"characters of text; split the file into articles)")
            return [doc]
        raw = path.read_bytes()
        if kind == "eml":
            return [_from_message(read_email(raw, doc_id), doc)]
        text, warning = decode_bytes(page_bytes(raw, rel.name) if kind == "page" else raw)
        if warning:
            doc.warnings.append(warning)
        if kind == "mbox" or looks_like_mbox(text):
            return [_from_message(msg, new(msg.doc_id)) for msg in read_mbox(path, doc_id)]
        if looks_like_email(text):
            return [_from_message(read_email(raw, doc_id), doc)]
        if kind == "page" or is_html(text):
            if is_archive_page(text):
                return [_from_message(read_archive_page(text, doc_id), doc)]
            return [_from_page(text, doc)]
        doc.text = text
    except OSError as e:
        doc.status, doc.error = "error", f"unreadable: {e.strerror or e}"
    except (ValueError, EOFError, gzip.BadGzipFile) as e:
        doc.status, doc.error = "error", str(e) or type(e).__name__
    return [doc]


TITLES_SUFFIX = "_titles"


def _title_files(folder: Path, files: list[Path]) -> dict[Path, Path]:
    """Titles kept in a parallel folder (``Real_titles/12.txt`` beside ``Real/12.txt``, as some
    research datasets ship them): {article file: its title file}."""
    found = {}
    for path in files:
        rel = path.relative_to(folder)
        parent = rel.parts[-2] if len(rel.parts) > 1 else ""
        if parent.endswith(TITLES_SUFFIX) and len(parent) > len(TITLES_SUFFIX):
            article = path.parent.parent / parent[:-len(TITLES_SUFFIX)] / path.name
            if article.is_file():
                found[article] = path
    return found


def load_folder(folder: Path) -> list[Document]:
    metadata, meta_warnings = _read_metadata(folder)
    docs: list[Document] = []
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    titles = _title_files(folder, files)
    title_files = set(titles.values())
    for path in files:
        rel = path.relative_to(folder)
        if _is_hidden(rel) or (len(rel.parts) == 1 and rel.name in METADATA_NAMES) or path in title_files:
            continue
        if not _kind(rel.name):
            docs.append(Document(rel.as_posix(), status="error",
                                 error=f"not a supported file ({''.join(path.suffixes) or 'no extension'}; "
                                       f"expected {SUPPORTED}); skipped"))
            continue
        read = _read_file(path, rel, metadata)
        if path in titles and len(read) == 1:
            try:
                title, _ = decode_bytes(titles[path].read_bytes())
                _found(read[0], "title", " ".join(title.split()), "file")
            except (OSError, ValueError):
                read[0].warnings.append(f"unreadable title file {titles[path].name}")
        docs.extend(read)
    _mark_duplicates(docs)
    seen = {d.doc_id for d in docs}
    for doc_id in sorted(set(metadata) - seen):
        meta, _ = _clean_meta(metadata[doc_id])
        docs.append(Document(doc_id, meta=meta, status="error", error="listed in metadata but no such file"))
    if docs and meta_warnings:
        docs[0].warnings.extend(meta_warnings)
    return [_finish(d) for d in docs]


def _mark_duplicates(docs: list[Document]) -> None:
    """A doc_id seen before (a post archived twice, ``a.txt`` beside ``a.html``) is analysed once."""
    seen: set[str] = set()
    for d in docs:
        if d.doc_id in seen and d.ok:
            d.status, d.error = "skipped", "duplicate doc_id: the same message or file name appears earlier"
        seen.add(d.doc_id)


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


def parse_columns(text: str) -> dict[str, str]:
    """``"text=body,title=headline"`` -> ``{"text": "body", "title": "headline"}`` (SPEC name = column)."""
    mapping = {}
    for item in filter(None, (part.strip() for part in (text or "").split(","))):
        spec, sep, column = item.partition("=")
        spec, column = spec.strip(), column.strip()
        if not sep or not column or spec not in COLUMN_NAMES:
            raise CorpusError(f"bad column mapping {item!r}: expected NAME=COLUMN with NAME one of "
                              f"{', '.join(COLUMN_NAMES)}")
        mapping[spec] = column
    return mapping


@dataclass(frozen=True)
class Reading:
    """How a corpus is read: ``columns`` maps SPEC names to a table's own column names (the rest are
    recognised by their common names); ``language`` is the model's, documents surely in another
    are skipped rather than parsed by the wrong model."""

    columns: dict[str, str] = field(default_factory=dict)
    language: str = "en"


def recognise_columns(columns: list[str], given: dict[str, str] | None = None) -> dict[str, str]:
    """``{SPEC name: column}`` for the SPEC columns a table names otherwise ("content" for text);
    ``given`` mappings come first and must name existing columns."""
    given = dict(given or {})
    missing = [c for c in given.values() if c not in columns]
    if missing:
        raise CorpusError(f"no column {missing[0]!r} in the table (columns: {', '.join(map(str, columns))})")
    lower = {str(c).lower(): str(c) for c in columns}
    found = dict(given)
    for spec, names in COLUMN_NAMES.items():
        if spec in columns or spec in found:
            continue
        for name in names[1:]:
            if name in lower and lower[name] not in found.values():
                found[spec] = lower[name]
                break
    return {k: v for k, v in found.items() if k != v}


def load_table(path: Path, columns: dict[str, str] | None = None) -> list[Document]:
    table = _read_table(path)
    mapping = recognise_columns(list(table.columns), columns)
    if mapping:
        table = table.drop(columns=[c for c in mapping if c in table.columns]) \
            .rename(columns={v: k for k, v in mapping.items()})
        print(f"{path.name}: reading " + ", ".join(f"{k} from {v!r}" for k, v in mapping.items()), file=sys.stderr)
    if "text" not in table.columns:
        raise CorpusError(f"{path.name} has no 'text' column (columns: {', '.join(map(str, table.columns))}); "
                          f"name it with --columns text=COLUMN")
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
        elif is_html(text):
            _from_page(text, doc)
        else:
            doc.text = text
        seen.add(doc_id)
        docs.append(_finish(doc))
    return docs


def _check_language(docs: list[Document], language: str) -> None:
    """Skip each document surely written in another language than ``language`` ("": no check)."""
    for doc in docs if language else ():
        if doc.ok and (lang := other_language(doc.body, language)):
            doc.status, doc.error = "skipped", f"written in {lang}, not {language} (the model's language)"


def load_corpus(path: str | Path, reading: Reading | None = None) -> list[Document]:
    """Every input of the corpus at ``path`` as a :class:`Document`, in a stable order."""
    reading = reading or Reading()
    path = Path(path).expanduser()
    if not path.exists():
        raise CorpusError(f"corpus not found: {path}")
    if path.is_dir():
        docs = load_folder(path)
    elif path.suffix.lower() in TABLE_SUFFIXES:
        docs = load_table(path, reading.columns)
    elif path.suffix.lower() in (".mbox", ".eml") or is_html_name(path.name) or path.suffix.lower() == ".txt":
        raise CorpusError(f"{path} is a single file; put it in a folder and pass the folder")
    else:
        raise CorpusError(f"unsupported corpus {path.name}: expected a folder or a .csv/.tsv/.jsonl/.parquet file")
    _check_language(docs, reading.language)
    _mask_repeated_lines(docs)
    return docs


# A line of this many words or more that this share of a corpus's documents (and five at least)
# repeats word for word, each time between other lines, is the site's, not the article's.
_REPEATED_LINE_WORDS = 4
_REPEATED_LINE_SHARE = 0.05


def _mask_repeated_lines(docs: list[Document]) -> None:
    """Mask in the bodies a line that many documents of the corpus repeat word for word between
    lines of their own: a site's pasted promotion ("Headline: Bitcoin & Blockchain Searches
    Exceed Trump! Blockchain Stocks Are Next!" in half a news sample, whose "Blockchain Stocks"
    had been its most named person), a reader poll, a subscription line. Copies of one article
    repeat their lines too, but between the same lines, and stay. Offsets are kept, as for
    wrappers; a short heading ("FULL TEXT.") stays."""
    ok = [d for d in docs if d.ok]
    least = max(5, _REPEATED_LINE_SHARE * len(ok))
    places: dict[str, set[int]] = {}  # each line's distinct (line before, line after), hashed
    for d in ok:
        lines = ["", *(line.strip() for line in d.body.split("\n") if line.strip()), ""]
        for before, line, after in zip(lines, lines[1:], lines[2:]):
            if len(line.split()) >= _REPEATED_LINE_WORDS:
                places.setdefault(line, set()).add(hash((before, after)))
    repeated = {line for line, around in places.items() if len(around) >= least}
    if not repeated:
        return
    for d in ok:
        lines = d.body.split("\n")
        if any(line.strip() in repeated for line in lines):
            d.body = "\n".join(" " * len(line) if line.strip() in repeated else line for line in lines)


def reading_summary(documents: pd.DataFrame) -> str:
    """One console line counting the metadata that could not be read (dates, mostly), or ""."""
    warnings = documents.get("warning", pd.Series(dtype=str)).fillna("").astype(str)
    dates = int(warnings.str.contains("unreadable published date").sum())
    if not dates:
        return ""
    example = warnings[warnings.str.contains("unreadable published date")].iloc[0]
    example = re.search(r"unreadable published date ('[^']*'|\S+)", example).group(1)
    return (f"warning: {dates} of {len(documents)} documents have a publication date that could not be read "
            f"(e.g. {example}); they are analysed as undated (the warning column of documents says which)")


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
    bad = documents[~is_ok(documents["status"])]
    if bad.empty:
        return ""
    reasons = Counter(re.sub(r"'[^']*'|\d[\d,.]*", "…", ":".join(e.split(":")[:2]) if " failed: " in e else e)
                      for e in bad["error"].astype(str))
    common = "; ".join(f"{n}× {r}" for r, n in reasons.most_common(3))
    statuses = ", ".join(f"{n} {s}" for s, n in bad["status"].value_counts().items())
    return (f"warning: {len(bad)} of {len(documents)} documents not analysed ({statuses}: {common}); "
            f"each one's reason is in the status and error columns of {where}")

"""A corpus built to hurt: markup and script in titles and bodies, web pages and binary files
named .txt, UTF-16 and cp1252, a 20 MB file, empty files, metadata that disagrees with the
files, malformed dates, and unbalanced quotation marks. Generated, never committed."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

import pandas as pd

# Each payload marks the page if it ever runs; the browser test looks for the mark.
SCRIPT = "<script>document.documentElement.setAttribute('data-pwned', 'script')</script>"
IMG = "<img src=x onerror=\"document.documentElement.setAttribute('data-pwned', 'img')\">"

ARTICLE = ("Russian President Vladimir Putin arrived in Pyongyang on Wednesday, June 19, 2024. "
           "\u201cWe will support each other,\u201d Putin said. North Korean leader Kim Jong Un said "
           "the two countries had signed a new partnership. Analysts said the deal worried Seoul.\n\n"
           "\u201cThis is dangerous,\u201d said Leif-Eric Easley, a professor at Ewha Womans University.\n")

# doc_id -> (status, words in the reason) of every input, for the tests to check
EXPECTED = {
    "xss_body": ("ok", ""),
    "html_page": ("ok", ""),
    "binary": ("error", "binary"),
    "utf16": ("ok", ""),
    "cp1252": ("ok", ""),
    "huge": ("error", "too long"),
    "empty": ("empty", "no text"),
    "whitespace": ("empty", "no text"),
    "unbalanced": ("ok", ""),
    "no_metadata_row": ("ok", ""),
    "listed_but_missing": ("error", "no such file"),
    "notes.md": ("error", "not a supported file"),
}


def build(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "xss_body.txt").write_text(
        f"{SCRIPT} {IMG}\n\n\u201c{SCRIPT} is nothing to fear,\u201d said <b>Kim Jong Un</b> {IMG}.\n\n" + ARTICLE
        + f"\nOn June 20, 2024 <i>{IMG}</i> Putin left.\n", encoding="utf-8")
    (folder / "html_page.txt").write_text(
        "<!DOCTYPE html><html><head><title>Summit</title><style>p{color:red}</style>"
        "<script>var x = '\u201cnot a quote\u201d';</script></head><body><h1>Summit in Pyongyang</h1>"
        + "".join(f"<p>{para}</p>\n" for para in ARTICLE.split("\n\n")) + "</body></html>", encoding="utf-8")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 40 + os.urandom(2048))
    (folder / "utf16.txt").write_bytes(codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le"))
    (folder / "cp1252.txt").write_bytes(ARTICLE.encode("cp1252"))
    with open(folder / "huge.txt", "w", encoding="utf-8") as f:
        line = "Putin met Kim in Pyongyang, and the two leaders spoke at length about trade. " * 10 + "\n"
        for _ in range(20 * 2**20 // len(line) + 1):
            f.write(line)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "whitespace.txt").write_text("  \n\n \t \n", encoding="utf-8")
    (folder / "unbalanced.txt").write_text(
        "\u201cThis quote never closes, said Putin.\n\nKim said \"the talks went well. Easley said: \u201cWe will "
        "see\u201d\u201d\u201d and then \u201d stray closers.\n\n" + ARTICLE, encoding="utf-8")
    (folder / "no_metadata_row.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "notes.md").write_text("# not an article\n", encoding="utf-8")
    meta = pd.DataFrame([
        {"doc_id": "xss_body", "title": f"Putin {SCRIPT} in \"Pyongyang\",\nsecond line {IMG}",
         "source": f"Evil {IMG} News", "published": "2024-06-19", "author": SCRIPT},
        {"doc_id": "html_page", "title": "A web page saved as text", "source": "Web", "published": "19/06/2024"},
        {"doc_id": "utf16", "title": "UTF-16", "source": "Wire", "published": "2024-06-20T08:00:00Z"},
        {"doc_id": "cp1252", "title": "cp1252", "source": "Wire", "published": "not a date"},
        {"doc_id": "unbalanced", "title": "Odd quotes", "source": "Wire", "published": "2024-06-21"},
        {"doc_id": "listed_but_missing", "title": "Gone", "source": "Wire", "published": "2024-06-22"},
        {"doc_id": "utf16", "title": "a duplicate row", "source": "Wire", "published": "2024-06-23"},
    ])
    meta.to_csv(folder / "metadata.csv", index=False)
    return folder


def build_table(path: Path) -> Path:
    """The same troubles in a one-file corpus: duplicate doc_ids, newlines and quotes in cells."""
    rows = [
        {"doc_id": "a", "title": f"first {SCRIPT}", "published": "2024-06-19", "text": ARTICLE},
        {"doc_id": "a", "title": "duplicate id", "published": "2024-06-19", "text": ARTICLE},
        {"doc_id": "b", "title": "quotes \"inside\",\nand a newline", "published": "June 2024",
         "text": "He said, \"yes\",\nthen \"no\"\n\n" + ARTICLE},
        {"doc_id": "c", "title": "empty", "published": "", "text": ""},
    ]
    pd.DataFrame(rows).to_csv(path, index=False)
    return path

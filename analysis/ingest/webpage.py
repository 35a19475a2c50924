"""A saved web page -> its article: text, title, author, site and date.

Main-text extraction is trafilatura's (its own benchmark: F1 0.92 against 0.80 for newspaper4k),
with htmldate inside it for the publication date. Reader comments are left out: they are not the
article. Paragraphs come back separated by a blank line, which is what the pipeline takes for a
paragraph break.
"""

from __future__ import annotations

import gzip
import re
from dataclasses import dataclass

HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".html.gz", ".htm.gz")
# Dates from the page's markup and metadata only: htmldate's "extensive search" through the text
# finds more dates and more wrong ones (README, "Web pages").
DATE_SEARCH = {"extensive_search": False, "original_date": True}
_HTML_DOC = re.compile(r"<!doctype\s+html|<html[\s>]|<body[\s>]|<head[\s>]", re.I)


@dataclass
class Page:
    """What was read from one page; empty strings where the page does not say."""

    text: str
    title: str = ""
    author: str = ""
    site: str = ""
    published: str = ""
    url: str = ""


def is_html(text: str) -> bool:
    """A web page, whatever its file is called (pages are often saved as .txt)."""
    return bool(_HTML_DOC.search(text[:5000]))


def is_html_name(name: str) -> bool:
    return name.lower().endswith(HTML_SUFFIXES)


def page_bytes(raw: bytes, name: str) -> bytes:
    """The page's bytes, gunzipped when the file is ``.gz``."""
    return gzip.decompress(raw) if name.lower().endswith(".gz") else raw


def read_page(html: str, url: str = "") -> Page:
    """The article of ``html``; ``Page.text`` is empty when the page holds no article (a redirect,
    a bot challenge, a home page)."""
    import trafilatura

    found = trafilatura.bare_extraction(html, url=url or None, with_metadata=True, include_comments=False,
                                        date_extraction_params=DATE_SEARCH)
    if found is None:
        return Page(text="")
    meta = found.as_dict() if hasattr(found, "as_dict") else dict(found)
    lines = [line.strip() for line in (meta.get("text") or "").splitlines()]
    return Page(text="\n\n".join(line for line in lines if line),
                title=(meta.get("title") or "").strip(), author=(meta.get("author") or "").strip(),
                site=(meta.get("sitename") or "").strip(), published=(meta.get("date") or "").strip(),
                url=(meta.get("url") or "").strip())

"""Word lists and character classes that more than one step reads, each written once here
(the lists a linguist reviews are files in ``data/``; see its README)."""

from __future__ import annotations

from functools import cache
from importlib.resources import files

# Hyphen-minus, hyphen, en dash, em dash: what joins "Korea-Russia" and "In-bum".
DASHES = frozenset("-\u2010\u2013\u2014")
DASH_CLASS = "[" + "".join(sorted(DASHES)) + "]"  # for a regex: the hyphen-minus sorts first, so it is literal
# What a line ends with when its line break ends a paragraph (a sentence's end, a colon, a
# closing quote); a line break after anything else is a hard wrap inside a sentence.
SENTENCE_END_CHARS = ".!?:\"\u201d\u2019'"


def _words(name: str) -> frozenset[str]:
    text = (files("analysis") / "data" / name).read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@cache
def honorifics() -> frozenset[str]:
    """Honorifics, lower case, with and without their dot ("mrs", "mrs.")."""
    words = _words("honorifics.txt")
    return words | {f"{w}." for w in words}


@cache
def agencies() -> frozenset[str]:
    """Names of the agencies whose credits open wire copy (``data/news_agencies.txt``)."""
    return _words("news_agencies.txt")

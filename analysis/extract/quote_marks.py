"""Where quotations are in a text, from its quotation marks alone (no parse).

News uses curly (“ ”), straight (") and TeX-style (`` '', or '' on both sides) double quotes, often mixed in one
corpus and sometimes unbalanced. The rules, all local to a paragraph so that one stray mark
can never swallow the rest of an article:

- an opening mark opens a quote and the next closing mark closes it; single quotes inside are
  nested quotations and belong to it ("'Multipolar world' is code ...");
- a straight quote opens when no quote is open and closes otherwise; a closing mark with
  nothing open is a stray and is ignored, unless it sits between a space and a word; an opening
  mark between a word and a space closes (the wrong curl, typed by hand: ``here,“ said``, and
  ``said, ”The``);
- a quote still open at the end of its paragraph ends there. When the next paragraph opens
  with a quotation mark, the news convention says the quote goes on (``continues``);
  otherwise the mark was unbalanced, and the quote is cut at its first sentence end if the
  paragraph is long.

textacy's ``direct_quotations`` refuses a whole document with an odd number of marks; doing
the pairing here keeps every other quote of such a document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc

from analysis.lexicon import DASHES, INVISIBLE_MARKS, SENTENCE_END_CHARS

# The double quotation marks, as the tokenizer splits them off.
MARKS = frozenset({"``", "''", "“", "”", "„", "\""})
_MARKS = re.compile("|".join(re.escape(m) for m in sorted(MARKS, key=len, reverse=True)))
_OPENERS = frozenset({"“", "``", "„"})
# A blank line, or a line break after a sentence's end: a hard-wrapped line inside a
# sentence ("... a long\nquote," he said) is not a paragraph break.
PARAGRAPH_BREAK = re.compile(rf"\n[ \t\xa0]*\n\s*|(?<=[{re.escape(SENTENCE_END_CHARS)}])[ \t\xa0]*\n\s*")
# An unbalanced quote in a paragraph longer than this ends at its first sentence end.
_LONG_UNCLOSED = 400
_OPEN_AFTER = frozenset("([{") | DASHES
_INVISIBLE = re.compile(f"[{INVISIBLE_MARKS}]")
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z“\"`])")


@dataclass(frozen=True)
class QuoteMarks:
    start: int          # the opening mark
    end: int            # just after the closing mark (or the cut point when unclosed)
    closed: bool
    continues: bool     # unclosed at a paragraph end, and the next paragraph opens a quote


def _paragraphs(text: str) -> list[tuple[int, int]]:
    bounds, start = [], 0
    for m in PARAGRAPH_BREAK.finditer(text):
        if m.start() > start:
            bounds.append((start, m.start()))
        start = m.end()
    if start < len(text):
        bounds.append((start, len(text)))
    return bounds


def _opens(text: str, pos: int, mark: str) -> bool:
    """Whether a mark at ``pos`` opens a quote when none is open."""
    if mark in _OPENERS:
        return True
    if mark == "”":
        return _after_space(text, pos) and text[pos + 1:pos + 2].isalnum()
    # Straight quotes, and '' which the NYT uses on both sides (''Yes,'' he said), open after
    # a space, a bracket or a dash and close after anything else.
    return _after_space(text, pos) or text[pos - 1] in _OPEN_AFTER or _label_colon(text, pos)


def _after_space(text: str, pos: int) -> bool:
    """Whether ``pos`` opens the text or follows a space, or an invisible formatting mark that
    stands where a space would (the left-to-right embedding a web page's comment carries,
    "\u202a”Sorry Sarah, ...”")."""
    return pos == 0 or text[pos - 1].isspace() or _INVISIBLE.match(text, pos - 1) is not None


def _label_colon(text: str, pos: int) -> bool:
    """A colon glued to a name before it and a capital after the mark: a transcript's label
    ('Clinton:"We learned ..."', 'Gowdy (R-S.C.):"I have ...'), not a mail header's blob
    ('À :"3GPP_TSG ..."')."""
    return pos >= 2 and text[pos - 1] == ":" and (text[pos - 2].isalpha() or text[pos - 2] == ")") \
        and text[pos + 1:pos + 2].isupper()


def _closes_anyway(text: str, start: int, end: int) -> bool:
    """An opening mark typed where a closing one belongs: right after a word or its punctuation
    and before a space ("... for her here,“ said Jim Clyburn")."""
    return start > 0 and not text[start - 1].isspace() and (end == len(text) or text[end].isspace())


def _unclosed_end(text: str, start: int, para_end: int) -> int:
    end = para_end
    while end > start and text[end - 1].isspace():
        end -= 1
    if end - start > _LONG_UNCLOSED and (m := _SENTENCE_END.search(text, start, end)):
        return m.end()
    return end


def find_quotes(text: str) -> list[QuoteMarks]:
    """Every double-quoted span of ``text``, in order; offsets index ``text``."""
    paragraphs = _paragraphs(text)
    quotes: list[QuoteMarks] = []
    for n, (p_start, p_end) in enumerate(paragraphs):
        open_at: int | None = None
        for m in _MARKS.finditer(text, p_start, p_end):
            mark = m.group()
            if open_at is None:
                if _opens(text, m.start(), mark):
                    open_at = m.start()
            elif mark in _OPENERS and not _closes_anyway(text, m.start(), m.end()):
                # A second opener before any closer: the first quote was never closed.
                quotes.append(QuoteMarks(open_at, _unclosed_end(text, open_at, m.start()), False, False))
                open_at = m.start()
            else:
                quotes.append(QuoteMarks(open_at, m.end(), True, False))
                open_at = None
        if open_at is not None:
            nxt = paragraphs[n + 1][0] if n + 1 < len(paragraphs) else None
            continues = nxt is not None and _MARKS.match(text, nxt) is not None
            end = len(text[:p_end].rstrip()) if continues else _unclosed_end(text, open_at, p_end)
            quotes.append(QuoteMarks(open_at, end, False, continues))
    return quotes


@lru_cache(maxsize=1)
def quotations(doc: Doc) -> list[QuoteMarks]:
    """:func:`find_quotes` of a parsed document, once: its entities and its quotes both read them
    (``Doc.text`` is rebuilt from the tokens on every access; a ``Doc`` hashes by identity)."""
    return find_quotes(doc.text)

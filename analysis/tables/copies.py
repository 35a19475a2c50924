"""Copies in a corpus: reposts, edited wire copies and machine-"spun" rewrites, grouped.

Two kinds of evidence, each found without comparing all pairs:

- **Shared wording.** Reposts and edited wire copies keep most of their 5-word shingles;
  MinHash-LSH (datasketch) proposes pairs whose shingle sets are alike, and the exact overlap
  of the two sets (the share of the shorter text found in the longer) decides.
- **Shared content in other words.** A spinner swaps words for blind synonyms, so a spun copy
  keeps about a third of its shingles and hashing misses it. It keeps what a spinner cannot
  swap: names, numbers and rare words, in their order. A second LSH index over those proposes
  pairs; a pair is a copy when most sentences of one align, in order, with sentences of the
  other that share most of their words. Two outlets reporting the same event share names and
  a quote or two, not sentence after sentence in the same order: they stay apart.

Each group is led by its earliest-published member (ties by doc_id); every other member's
``copy_of`` names it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from difflib import SequenceMatcher
from functools import cached_property, lru_cache

import numpy as np
import pandas as pd

from analysis.failures import is_ok
from analysis.lexicon import common_word, rare_word

SHINGLE = 5
NUM_PERM = 128
# Share of the shorter text's shingles found in the longer: at least this is shared wording.
EDITED = 0.5
REPOST = 0.9
# Sentences of the shorter text aligned, in order, with a sentence sharing this share of words.
ALIGNED_SENTENCES = 0.6
SENTENCE_OVERLAP = 0.5
MIN_SENTENCE_WORDS = 6
# Share of the shorter text's sentences found word for word in the other: an edit keeps most.
VERBATIM_EDITED = 0.5
VERBATIM_REPOST = 0.9
# A spun copy's changed sentences are word swaps: every difference at most this many words,
# in at least this share of them.
MAX_SWAP = 3
SWAPPED = 0.6
MIN_LENGTH_RATIO = 0.25
MIN_OF_LONGER = 0.2
MIN_WORDS = 40  # shorter texts (captions, alerts) say too little to tell a copy from a coincidence
CHUNK = 1000  # documents hashed at a time
FINGERPRINTS = 1024  # fingerprints kept for deciding pairs
INDEXED_PER_GROUP = 8
_WORD = re.compile(r"\w+(?:['’]\w+)?")
_SENTENCE = re.compile(r"(?<=[.!?])[\"”’')\]]*\s+|\n\s*\n|\n(?=[A-Z“\"])")
_ANCHOR = re.compile(r"\b(?:[A-Z][\w'’-]*[a-z][\w'’-]*|[A-Z]{2,}|\d[\d,.:%]*)")


class Fingerprint:
    """What copy detection keeps of one text: shingles and anchors for hashing; its sentences,
    made on first use, for deciding a pair."""

    def __init__(self, text: str):
        self.text = text
        words = [w.lower() for w in _WORD.findall(text)]
        self.words = len(words)
        self.shingles = {" ".join(words[i:i + SHINGLE]).encode() for i in range(max(0, len(words) - SHINGLE + 1))}
        # Names, numbers and rare words: what a spinner has no synonym for. A capitalised common
        # word is left out, as it mostly opens a sentence (where a spinner changes it freely).
        self.anchors = {w for w in _ANCHOR.findall(text) if not common_word(w.lower())}
        self.anchors |= {w for w in words if len(w) > 3 and rare_word(w)}

    @cached_property
    def ordered(self) -> list[tuple[str, ...]]:
        split = [tuple(w.lower() for w in _WORD.findall(s)) for s in _SENTENCE.split(self.text)]
        return [s for s in split if len(set(s)) >= MIN_SENTENCE_WORDS]

    @cached_property
    def sentences(self) -> list[frozenset[str]]:
        return [frozenset(s) for s in self.ordered]

    @cached_property
    def verbatim(self) -> set[str]:
        return {" ".join(s) for s in self.ordered}


def fingerprint(text: str) -> Fingerprint:
    return Fingerprint(text)


def containment(a: set, b: set) -> float:
    """The share of the smaller set found in the larger."""
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def aligned(a: list[frozenset[str]], b: list[frozenset[str]]) -> float:
    """The share of the shorter text's sentences that align, in order, with the other's: each
    matched to its best partner by shared words, then the longest run in increasing order."""
    if len(a) > len(b):
        a, b = b, a
    if not a:
        return 0.0
    matches = []
    for s in a:
        best, where = 0.0, -1
        for j, t in enumerate(b):
            score = len(s & t) / min(len(s), len(t))
            if score > best:
                best, where = score, j
        if best >= SENTENCE_OVERLAP:
            matches.append(where)
    return _longest_increasing(matches) / len(a)


def swapped(a: Fingerprint, b: Fingerprint) -> float:
    """Of the shorter text's sentences not found word for word in the other, the share that are
    its partner sentence with words swapped and nothing else: the same length give or take,
    every difference a short replacement. A spinner works so; an editor who updates a story
    adds and drops clauses."""
    if len(a.ordered) > len(b.ordered):
        a, b = b, a
    changed = [s for s in a.ordered if " ".join(s) not in b.verbatim]
    if not changed:
        return 0.0
    hits = 0
    for s in changed:
        ws = frozenset(s)
        partner = max(b.ordered, key=lambda t: len(ws & frozenset(t)))
        ops = SequenceMatcher(None, s, partner, autojunk=False).get_opcodes()
        diffs = [(i2 - i1, j2 - j1) for tag, i1, i2, j1, j2 in ops if tag != "equal"]
        same = sum(i2 - i1 for tag, i1, i2, _, _ in ops if tag == "equal")
        if same >= len(s) / 3 and all(x <= MAX_SWAP and y <= MAX_SWAP for x, y in diffs):
            hits += 1
    return hits / len(changed)


def _longest_increasing(seq: list[int]) -> int:
    tails: list[int] = []
    for x in seq:
        i = bisect_left(tails, x)
        tails[i:i + 1] = [x]
    return len(tails)


def _minhashes(sets: list[set]) -> list:
    from datasketch import LeanMinHash, MinHash

    return [LeanMinHash(m) for m in MinHash.bulk([[x if isinstance(x, bytes) else x.encode() for x in s]
                                                   for s in sets], num_perm=NUM_PERM)]


def compare(a: Fingerprint, b: Fingerprint) -> tuple[str, float]:
    """``(kind, similarity)`` of two texts: repost, edited, spun, or "" when not copies. A text
    quoted whole inside one four times its length is not a copy of it.

    Similarity is the share of the shorter text's shingles found in the longer, or for a spun
    copy the share of its sentences aligned in order. Which kind: an edit leaves most sentences
    word for word and changes a few; a spinner changes a word or two in nearly every sentence,
    however many shingles survive."""
    if min(a.words, b.words) < MIN_LENGTH_RATIO * max(a.words, b.words):
        return "", 0.0
    shared = containment(a.shingles, b.shingles)
    # Shared boilerplate (a "Related:" block, a standard disclaimer) makes a short text look
    # contained in a long one; a copy shares a good part of the longer text too.
    of_longer = len(a.shingles & b.shingles) / max(len(a.shingles), len(b.shingles), 1)
    worded = shared >= EDITED and of_longer >= MIN_OF_LONGER
    order = 0.0 if worded else aligned(a.sentences, b.sentences)
    if not worded and order < ALIGNED_SENTENCES:
        return "", max(shared, order)
    same = containment(a.verbatim, b.verbatim)
    if same < VERBATIM_EDITED and swapped(a, b) >= SWAPPED:
        return "spun", round(order or aligned(a.sentences, b.sentences), 3)
    whole = shared >= REPOST and of_longer >= REPOST and same >= VERBATIM_REPOST  # nothing cut, nothing changed
    return ("repost" if whole else "edited"), shared


def find_copies(documents: pd.DataFrame, texts: dict[str, str]) -> pd.DataFrame:
    """``copy_of``, ``copy_kind`` and ``copy_similarity`` for each row of ``documents`` (by doc_id;
    ``published`` orders a group). ``texts`` holds the analysable documents' bodies.

    Memory stays bounded: each document keeps two MinHash signatures; the fingerprints that
    decide a pair are made again when needed, the recent ones kept (``FINGERPRINTS``)."""
    from datasketch import MinHashLSH

    out = pd.DataFrame({"doc_id": documents["doc_id"].to_numpy()})
    published = dict(zip(documents["doc_id"], documents["published"].fillna("").astype(str)))
    # Earliest first, undated last: an earlier document is never a copy of a later one.
    ok = is_ok(documents["status"]) if "status" in documents.columns else pd.Series(True, index=documents.index)
    dated = sorted((d for d in dict.fromkeys(documents.loc[ok, "doc_id"]) if d in texts),
                   key=lambda d: (published.get(d) or "9999", d))
    # A short text (a caption, a teaser, a stub) is a copy only word for word.
    order, first_of, short = [], {}, set()
    root: dict[str, str] = {}
    found: dict[str, tuple[str, float]] = {}
    for d in dated:
        words = [w.lower() for w in _WORD.findall(texts[d])]
        if len(words) >= MIN_WORDS:
            order.append(d)
        elif words:
            short.add(d)
            lead = first_of.setdefault(" ".join(words), d)
            root[d] = lead
            if lead != d:
                found[d] = ("repost", 1.0)
    prints = lru_cache(maxsize=FINGERPRINTS)(lambda d: fingerprint(texts[d]))
    by_wording = MinHashLSH(threshold=0.3, num_perm=NUM_PERM)
    by_content = MinHashLSH(threshold=0.4, num_perm=NUM_PERM)
    indexed: dict[str, int] = {}
    for start in range(0, len(order), CHUNK):
        chunk = order[start:start + CHUNK]
        wording = _minhashes([prints(d).shingles for d in chunk])
        content = _minhashes([prints(d).anchors for d in chunk])
        for i, d in enumerate(chunk):
            candidates = sorted(set(by_wording.query(wording[i])) | set(by_content.query(content[i])),
                                key=lambda c: (published.get(c) or "9999", c))
            for c in candidates:
                kind, similarity = compare(prints(d), prints(c))
                if kind:
                    root[d] = root[c]
                    found[d] = (kind, similarity)
                    break
            else:
                root[d] = d
            # A group is found through its leader and a few members worded otherwise (a spun
            # copy); an edit shares the leader's wording, and a group of a hundred wire copies
            # must not make a hundred index entries.
            lead = root[d]
            if lead == d or (found[d][0] == "spun" and indexed[lead] < INDEXED_PER_GROUP):
                indexed[lead] = indexed.get(lead, 0) + 1
                by_wording.insert(d, wording[i])
                by_content.insert(d, content[i])
    rows = {}
    for d, (kind, similarity) in found.items():
        if d not in short:  # the relation to the leader, where there is one
            direct = compare(prints(d), prints(root[d]))
            kind, similarity = direct if direct[0] else (kind, similarity)
        rows[d] = (root[d], kind, round(similarity, 3))
    keys = [d if good else None for d, good in zip(out["doc_id"], ok)]  # a duplicate doc_id copies nothing
    out["copy_of"] = [rows[d][0] if d in rows else "" for d in keys]
    out["copy_kind"] = [rows[d][1] if d in rows else "" for d in keys]
    out["copy_similarity"] = [rows[d][2] if d in rows else np.nan for d in keys]
    return out


def with_copies(documents: pd.DataFrame, texts: dict[str, str], quotes: pd.DataFrame) -> pd.DataFrame:
    """``documents`` with ``copy_of``, ``copy_kind``, ``copy_similarity``, ``spun`` and ``spun_signs``.

    ``spun`` is true for a spun copy of a document in the corpus, and for a text that shows
    the signs of spinning by itself (:mod:`analysis.tables.spun`); ``spun_signs`` lists those signs.
    """
    from analysis.tables.spun import spun_signs

    found = find_copies(documents, texts)
    signs = spun_signs(texts, quotes)
    out = documents.copy()
    for column in ("copy_of", "copy_kind", "copy_similarity"):
        out[column] = found[column].to_numpy()
    ok = is_ok(out["status"])
    out["spun_signs"] = ["; ".join(signs.get(d, [])) if good else "" for d, good in zip(out["doc_id"], ok)]
    out["spun"] = (out["copy_kind"] == "spun") | (out["spun_signs"] != "")
    return out

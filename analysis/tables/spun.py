"""Signs that a text was machine-paraphrased ("spun"), read from the text itself.

A spinner swaps words for thesaurus synonyms without reading them, so a spun text says what no
writer of news would: "said" has become "mentioned" or "stated" throughout, "the two men" has
become "the 2 males". Each sign is counted against how real news writes (PolNeAR's 15,000
attributions: "say" and "tell" are over half of them; AP style spells out numbers under ten),
and the phrases that gave the text away are kept for the reader to check. A copy whose original
is in the corpus is judged spun by :mod:`analysis.tables.copies` instead.
"""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files

import pandas as pd

# Say-synonyms are a sign only where "say" itself is rare and they stand for it: one repeated,
# and together a good part of the text's cues, in more than one word (a house style that prefers
# "stated" uses that one word).
MAX_SAY_SHARE = 0.25
MIN_REPEATS = 3
MIN_SHARE = 0.4
MIN_SYNONYMS = 2
MIN_DIGIT_PHRASES = 4  # a finance blog writes "these 2 shares", "the 6 months"
_DIGIT_PHRASE = re.compile(r"\b(?:the|these|those|its|their|his|her|our|all|both)[ \t]+[2-9][ \t]+"
                           r"(?!percent|per\b|p\.m|a\.m|million|billion|pm\b|am\b)[a-z]{3,}\b")


@cache
def say_synonyms() -> frozenset[str]:
    text = (files("analysis") / "data" / "say_synonyms.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def cue_signs(cues: pd.Series) -> list[str]:
    """The say-synonyms that stand in for "say" among one text's attribution cues (lemmas)."""
    cues = cues.astype(str).str.lower()
    cues = cues[cues.str.match(r"[a-z]")]
    if len(cues) < MIN_REPEATS or cues.isin(["say", "tell"]).mean() >= MAX_SAY_SHARE:
        return []
    counts = cues[cues.isin(say_synonyms())].value_counts()
    if len(counts) < MIN_SYNONYMS or counts.iloc[0] < MIN_REPEATS or counts.sum() < MIN_SHARE * len(cues):
        return []
    return [f"{cue} ×{n} as a reporting verb" for cue, n in counts.items()]


def digit_signs(text: str) -> list[str]:
    """Small numbers written as digits inside prose ("the 2 males"), where news spells them out."""
    found = pd.Series([m.group() for m in _DIGIT_PHRASE.finditer(text)], dtype=str)
    if len(found) < MIN_DIGIT_PHRASES:
        return []
    return [f"“{phrase}”" + (f" ×{n}" if n > 1 else "") for phrase, n in found.value_counts().items()]


def spun_signs(texts: dict[str, str], quotes: pd.DataFrame) -> dict[str, list[str]]:
    """doc_id -> the signs of spinning found in it (empty lists left out)."""
    cues = quotes.groupby("doc_id")["cue"] if len(quotes) else None
    signs = {}
    for doc_id, text in texts.items():
        found = digit_signs(text)
        if cues is not None and doc_id in cues.groups:
            found = cue_signs(cues.get_group(doc_id)) + found
        if found:
            signs[doc_id] = found
    return signs

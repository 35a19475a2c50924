"""Temporal expressions of a parsed document, and their place on the calendar.

Who does what:

- **spaCy's NER** finds the spans (DATE and TIME entities): on TimeBank they overlap 632 of
  the 634 gold calendar dates.
- **A spaCy Matcher** adds or widens what NER misses or cuts short: a modifier with a month,
  weekday or unit ("final month" and "final September" of spun text, where NER sees only
  "September"), and offsets with their direction ("two months" + "after").
- **The grammar around a span** (its governing verb's tense and auxiliaries) says whether a
  bare weekday or month points back or forward.
- **:mod:`analysis.timex_rules`** turns the text into a recipe and, with dateparser for
  explicit dates in unusual formats, into a value.

Extraction (:func:`doc_timexes`) depends only on the text, so its records are cached with the
parse; placement (:func:`place_timexes`) applies each document's ``published`` date, or the
user's ``reference_date``, when the tables are built.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

import pandas as pd
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from .timex_rules import MONTHS, NEXT, PAST, THIS, UNITS, WEEKDAYS, recipe, resolve, resolve_anchored

_MODIFIERS = sorted(PAST | NEXT | THIS)
_NAMES = [w for w in list(MONTHS) + list(WEEKDAYS) if len(w) > 3] + ["sept"]
_OFFSET_WORDS = ["ago", "later", "earlier", "after", "before", "afterwards", "previously"]
_FUTURE_HEADS = {"plan", "expect", "schedule", "due", "intend", "aim", "set", "prepare", "go", "hope", "likely",
                 "scheduled", "expected", "slated", "poised"}
_TIME_WORDS = re.compile(r"\b(?:morning|afternoon|evening|night|midnight|noon|dawn|dusk|a\.m\.|p\.m\.|am|pm|"
                         r"o'clock|hours?|minutes?|tonight|overnight)\b|\d:\d\d", re.I)
_SET_WORDS = re.compile(r"^(?:every|each|per)\b|\b(?:annually|daily|weekly|monthly|yearly|quarterly|nightly)$|"
                        r"^(?:once|twice|\w+ times) (?:a|an|per|every)\b", re.I)
_DURATION_WORDS = re.compile(r"\b(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?|"
                             r"centur(?:y|ies)|millenni(?:um|a))\b|-(?:day|week|month|year)\b", re.I)


@lru_cache(maxsize=4)
def _matcher(vocab: Vocab) -> Matcher:
    """Patterns for what NER misses; built once per vocabulary (i.e. per loaded model)."""
    m = Matcher(vocab)
    m.add("MODIFIED", [[{"LOWER": {"IN": _MODIFIERS}}, {"LOWER": {"IN": _NAMES + list(UNITS)}}],
                       [{"LOWER": "this"}, {"LOWER": "coming"}, {"LOWER": {"IN": _NAMES}}]])
    count = {"LOWER": {"IN": ["a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                              "ten", "several", "few"]}}
    m.add("OFFSET", [[count, {"LOWER": {"IN": list(UNITS)}}, {"LOWER": {"IN": _OFFSET_WORDS}}],
                     [{"LIKE_NUM": True}, {"LOWER": {"IN": list(UNITS)}}, {"LOWER": {"IN": _OFFSET_WORDS}}],
                     [{"LOWER": {"IN": ["year", "month", "week"]}}, {"ORTH": "-"},
                      {"LOWER": {"IN": ["ago", "earlier"]}}]])
    m.add("WEEKDAY", [[{"LOWER": {"IN": [w for w in WEEKDAYS if len(w) > 3]}, "POS": "PROPN"}]])
    month = {"LOWER": {"IN": [w for w in MONTHS if len(w) > 3 or w == "may"] + [f"{w}." for w in MONTHS]}}
    day = {"TEXT": {"REGEX": r"^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$"}}
    m.add("MONTH_DAY", [[month, day], [month, {"ORTH": "."}, day]])
    m.add("DEICTIC", [[{"LOWER": {"IN": ["yesterday", "tomorrow"]}}]])
    return m


def _spans(doc: Doc) -> list[tuple[Span, str]]:
    """NER's DATE/TIME entities united with the Matcher's spans; overlapping ones merge."""
    found = [(e.start, e.end, e.label_) for e in doc.ents if e.label_ in ("DATE", "TIME")]
    found += [(s, e, "DATE") for _, s, e in _matcher(doc.vocab)(doc)]
    merged: list[list] = []
    for start, end, label in sorted(found):
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
            merged[-1][2] = "DATE" if "DATE" in (label, merged[-1][2]) else label
        else:
            merged.append([start, end, label])
    spans = []
    for start, end, label in merged:
        while end - start > 1 and (doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].tag_ == "POS"):
            end -= 1
        spans.append((doc[start:end], label))
    return spans


def _placeable(rec: dict | None) -> bool:
    return rec is not None and rec["kind"] not in ("vague", "duration")


def _split(span: Span) -> list[tuple[Span, dict | None]]:
    """``(span, recipe)`` for the date(s) in NER's entity. Where the entity has no reading of its
    own, "from Sept. 14 to Thursday" becomes one span per date, and words NER took in on the
    left ("the quarter ended Sept. 30", "sometime next year") are dropped."""
    whole = recipe(span.text)
    if whole is not None:
        return [(span, whole)]
    parts, start = [], span.start
    for tok in span:
        if tok.lower_ in ("and", "or", "to", "through", "until", "till", "-", "–", ",", "&"):
            if tok.i > start:
                parts.append(span.doc[start:tok.i])
            start = tok.i + 1
    if start < span.end:
        parts.append(span.doc[start:span.end])
    good = [(p, rec) for p in parts if _placeable(rec := recipe(p.text))]
    if len(good) > 1:
        return good
    for i in range(span.start + 1, span.end):
        if _placeable(rec := recipe(span.doc[i:span.end].text)):
            return [(span.doc[i:span.end], rec)]
    return good or [(span, None)]


def tense(span: Span) -> str | None:
    """'past', 'future', 'present' or None (no verb) for the clause a time expression sits in."""
    tok = span.root
    if span.end < len(span.doc) and span.doc[span.end].tag_ == "POS" or span[-1].tag_ == "POS":
        return None  # "Tuesday's declaration": the clause's tense is not the date's
    for _ in range(5):
        if tok.pos_ in ("VERB", "AUX") or tok.head is tok:
            break
        tok = tok.head
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    words = {c.lower_ for c in aux}
    if words & {"will", "shall", "'ll", "wo"}:
        return "future"
    if "to" in words and (tok.head.lemma_ in _FUTURE_HEADS or tok.head.lower_ in _FUTURE_HEADS
                          or tok.head.lemma_ == "be" and tok.head.tag_ in ("VBZ", "VBP")):
        return "future"  # "plans to visit on Friday", "is to meet in September"
    present_aux = any(c.tag_ in ("VBZ", "VBP") for c in aux)
    if tok.lemma_ in _FUTURE_HEADS and (present_aux or tok.tag_ in ("VBZ", "VBP")):
        return "future"  # "is expected in December", "plans a summit next month"
    if tok.tag_ == "VBD" or any(c.tag_ == "VBD" for c in aux):
        return "past"
    if tok.tag_ == "VBN":
        # "has signed" (perfect) and "the quarter ended Sept. 30" (reduced relative) are past;
        # "is scheduled" (present passive) says nothing.
        return "past" if words & {"has", "have", "'ve"} or not present_aux else None
    if tok.tag_ == "VBG" and words & {"is", "are", "'s", "'re", "am"}:
        return "future"  # "is visiting on Friday": the present progressive of a plan
    if tok.tag_ in ("VBZ", "VBP") and tok.lemma_ not in ("be", "have", "say"):
        return "present"
    return None


def timex_type(text: str, rec: dict | None, ner_label: str) -> str:
    """TimeML's four types, from the recipe and the wording."""
    kind = (rec or {}).get("kind")
    if _SET_WORDS.search(text.strip()):
        return "SET"
    if kind == "duration" or kind in (None, "vague") and _DURATION_WORDS.search(text) \
            and not re.search(r"\b(?:ago|later|earlier|last|this|next|recent|latest|past|coming)\b", text, re.I) \
            or kind is None and re.match(r"(?:for|over|within|in) the (?:past|last|next)\b", text, re.I):
        return "DURATION"
    return "TIME" if ner_label == "TIME" or kind is None and _TIME_WORDS.search(text) else "DATE"


def doc_timexes(doc: Doc) -> list[dict]:
    """One record per temporal expression: span, type, sentence, and what is needed to place it
    (recipe, tense, and for offsets like "eight years later" the date in the sentence they count from)."""
    records = []
    for span, label in _spans(doc):
        for part, rec in _split(span):
            sent = part.sent
            records.append({
                "start_char": part.start_char, "end_char": part.end_char, "text": part.text,
                "type": timex_type(part.text, rec, label), "sentence": sent.text.strip(),
                "sentence_start_char": sent.start_char, "sentence_end_char": sent.end_char,
                "recipe": rec if _placeable(rec) else None,
                "tense": tense(part), "anchor": None,
            })
    for r in records:
        if r["recipe"] and r["recipe"]["kind"] == "anchored":
            # The nearest date of the same sentence that stands on its own; none -> no value.
            others = [o for o in records if o is not r and o["sentence_start_char"] == r["sentence_start_char"]
                      and o["recipe"] and o["recipe"]["kind"] != "anchored"]
            if others:
                r["anchor"] = min(others, key=lambda o: abs(o["start_char"] - r["start_char"]))["start_char"]
    return records


def _as_date(value: object) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value not in (None, "") and not pd.isna(value) else None
    except ValueError:
        return None


def place_timexes(timexes: pd.DataFrame, documents: pd.DataFrame,
                  reference_date: str | date | None = None) -> pd.DataFrame:
    """Add ``value``, ``precision`` and ``resolved_by`` to the records of :func:`doc_timexes`.

    Relative expressions are read on the document's ``published`` date, or on
    ``reference_date`` where a document has none; without either they stay without value,
    while explicit dates ("June 19, 2024", "in 1961") are always placed.
    """
    out = timexes.copy()
    if out.empty:
        for col in ("value", "precision", "resolved_by"):
            out[col] = ""
        return out
    fallback = _as_date(reference_date)
    if reference_date not in (None, "") and fallback is None:
        raise ValueError(f"reference_date {reference_date!r} is not a YYYY-MM-DD date")
    published = {d: _as_date(p) for d, p in zip(documents["doc_id"], documents["published"], strict=True)}
    rows = out[["doc_id", "start_char", "recipe", "tense", "anchor"]].to_dict("records")
    placed = [("", "", "")] * len(rows)  # value, precision, resolved_by
    values: dict[tuple[str, int], str] = {}
    for second_pass in (False, True):  # anchored offsets need their anchor's value first
        for i, row in enumerate(rows):
            r = row["recipe"]
            if not isinstance(r, dict) or (r["kind"] == "anchored") != second_pass:
                continue
            ref = published.get(row["doc_id"]) or fallback
            if r["kind"] == "anchored":
                anchor = values.get((row["doc_id"], row["anchor"])) if pd.notna(row["anchor"]) else None
                value, precision = resolve_anchored(r, anchor) if anchor else ("", "")
                how = "sentence" if value else ""
            else:
                value, precision = resolve(r, ref, row["tense"])
                how = "explicit" if r["kind"] == "abs" else \
                    ("published" if published.get(row["doc_id"]) else "reference_date") if value else ""
            placed[i] = (value, precision, how)
            values[(row["doc_id"], row["start_char"])] = value
    for col, column in zip(("value", "precision", "resolved_by"), zip(*placed)):
        out[col] = list(column)
    return out

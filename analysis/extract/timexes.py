"""Temporal expressions of a parsed document, and their place on the calendar.

Who does what:

- **spaCy's NER** finds the spans (DATE and TIME entities): on TimeBank they overlap 632 of
  the 634 gold calendar dates.
- **A spaCy Matcher** adds or widens what NER misses or cuts short: a modifier with a month,
  weekday or unit ("final month" and "final September" of spun text, where NER sees only
  "September"), and offsets with their direction ("two months" + "after").
- **The grammar around a span** (its governing verb's tense and auxiliaries) says whether a
  bare weekday or month points back or forward.
- **:mod:`analysis.extract.timex_rules`** turns the text into a recipe and, with dateparser for
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
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from analysis.extract.record_types import Recipe, TimexRecord
from analysis.extract.timex_rules import MONTHS, NEXT, PAST, THIS, UNITS, WEEKDAYS, recipe, resolve, resolve_anchored
from analysis.failures import failure

_MODIFIERS = sorted(PAST | NEXT | THIS)
_NAMES = [w for w in list(MONTHS) + list(WEEKDAYS) if len(w) > 3] + ["sept"]
_OFFSET_WORDS = ["ago", "later", "earlier", "after", "before", "afterwards", "previously"]
_FUTURE_HEADS = {"plan", "expect", "schedule", "due", "intend", "aim", "set", "prepare", "go", "hope", "likely",
                 "scheduled", "expected", "slated", "poised"}
_MODALS = {"would", "could", "might", "may", "can", "should", "must", "'d"}
# Verbs that move an event to a later day: "postponed until Tuesday", "delayed to Friday".
_PUT_OFF = {"postpone", "delay", "adjourn", "defer", "push", "reschedule", "suspend", "extend", "move", "put",
            "recess", "continue", "hold", "keep"}
_TOWARD = {"to", "until", "till", "through", "untill"}
# Nouns and units around a four-digit number that make it something other than a year.
_NUMBER_NOUNS = {"resolution", "no", "no.", "number", "nos", "flight", "model", "route", "room", "page", "article",
                 "chapter", "section", "item", "code", "bus", "highway", "interstate", "version", "rule", "form",
                 "bill", "h.r.", "s.", "paragraph", "line", "exit", "unit", "suite", "box", "apt", "#", "tel",
                 "phone", "call", "dial", "fax", "ext", "order", "decree", "directive", "regulation", "lot"}
_CLOCK_WORDS = {"gmt", "utc", "est", "edt", "cet", "cest", "bst", "et", "pt", "pst", "pdt", "cst", "cdt", "mst",
                "mdt", "hrs", "hours", "h", "local", "z", "jst", "ist", "msk"}
_COMPARED = re.compile(r"\b(?:compared (?:with|to)|from|than|versus|vs\.?|against)\b", re.I)
_DAY_NUMBER = re.compile(r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?")
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


def _placeable(rec: Recipe | None) -> bool:
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
    good, month = [], None
    for p in parts:
        rec = recipe(p.text)
        if not _placeable(rec) and month and _DAY_NUMBER.fullmatch(p.text.strip()):
            rec = {**month, "d": int(re.match(r"\d+", p.text.strip())[0])}  # "April 24 and 25": the 25th of April
            rec = rec if rec["kind"] != "abs" or _valid_day(rec) else None
        if _placeable(rec):
            good.append((p, rec))
            month = rec if rec["kind"] in ("abs", "month") and rec.get("m") and rec.get("d") else None
    if len(good) > 1:
        return good
    for i in range(span.start + 1, span.end):
        if _placeable(rec := recipe(span.doc[i:span.end].text)):
            return [(span.doc[i:span.end], rec)]
    return good or [(span, None)]


def _valid_day(rec: Recipe) -> bool:
    try:
        date(rec["y"], rec["m"], rec["d"])
    except ValueError:
        return False
    return True


def not_a_year(span: Span) -> bool:
    """A four-digit number NER took for a year that the words around it say is not one: a clock
    time ("1405 GMT", "from 1130" in a TIME), a resolution or model number ("resolution 1441"),
    part of a phone number ("0800 028 9276")."""
    digits = [t for t in span if t.like_num]
    if len(digits) != 1 or not re.fullmatch(r"\d{4}", digits[0].text) or \
            any(t.lower_ in MONTHS or t.lower_.rstrip(".") in MONTHS for t in span):
        return False
    tok, doc = digits[0], span.doc
    before = doc[tok.i - 1] if tok.i > 0 else None
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return span.label_ == "TIME" or after is not None and (after.lower_ in _CLOCK_WORDS or after.like_num) or \
        before is not None and (before.lower_ in _NUMBER_NOUNS or before.like_num or before.text in ("#", "№"))


def tense(span: Span) -> str | None:
    """'past', 'future', 'present', 'toward' (a past verb moving something to the date:
    "extended to Nov. 20") or None (no verb) for the clause a time expression sits in."""
    tok = span.root
    if span.end < len(span.doc) and span.doc[span.end].tag_ == "POS" or span[-1].tag_ == "POS":
        return None  # "Tuesday's declaration": the clause's tense is not the date's
    head = tok.head.head if tok.head.pos_ == "ADP" else tok.head
    # The date of a thing rather than of the verb ("told of a cutback in September", "payable
    # Dec. 7"): a past verb says nothing of it, a future one still does ("will name the
    # commander of a mission in December").
    of_thing = head.i != tok.i and head.pos_ in ("NOUN", "PROPN", "ADJ", "NUM")
    found = _clause_tense(span, tok)
    return None if of_thing and found == "past" else found


def _clause_tense(span: Span, tok: Token) -> str | None:
    for _ in range(5):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            break
        tok = tok.head
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    words = {c.lower_ for c in aux}
    if words & {"will", "shall", "'ll", "wo"} or words & _MODALS and "have" not in words:
        return "future"  # "will meet", and modals of what is to come: "would travel", "could come"
    prep = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    if prep in _TOWARD and (tok.lemma_ in _PUT_OFF or prep != "to" and tok.tag_ in ("VBD", "VBN")):
        # "postponed until Tuesday" is a coming Tuesday; "extended to Nov. 20" the nearest
        return "future" if tok.lemma_ in _PUT_OFF and prep in ("until", "till", "untill") else "toward"
    if "to" in words and "be" in words and tok.tag_ == "VBN":
        return "future"  # "guidelines to be published in early November"
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


def timex_type(text: str, rec: Recipe | None, ner_label: str) -> str:
    """TimeML's four types, from the recipe and the wording."""
    kind = (rec or {}).get("kind")
    if _SET_WORDS.search(text.strip()):
        return "SET"
    if kind == "duration" or kind in (None, "vague") and _DURATION_WORDS.search(text) \
            and not re.search(r"\b(?:ago|later|earlier|last|this|next|recent|latest|past|coming)\b", text, re.I) \
            or kind is None and re.match(r"(?:for|over|within|in) the (?:past|last|next)\b", text, re.I):
        return "DURATION"
    return "TIME" if ner_label == "TIME" or kind is None and _TIME_WORDS.search(text) else "DATE"


def doc_timexes(doc: Doc) -> list[TimexRecord]:
    """One record per temporal expression: span, type, sentence, and what is needed to place it
    (recipe, tense, and for offsets like "eight years later" the date in the sentence they count from)."""
    records = []
    for span, label in _spans(doc):
        if not_a_year(span):
            continue
        for part, rec in _split(span):
            if part.start > 0 and doc[part.start - 1].lower_ == "of" and part.text.lower() in ("today", "tomorrow"):
                rec = None  # "the people of tomorrow", "the chips of today": an era, not a day
            sent = part.sent
            records.append({
                "start_char": part.start_char, "end_char": part.end_char, "text": part.text,
                "type": timex_type(part.text, rec, label), "sentence": sent.text.strip(),
                "sentence_start_char": sent.start_char, "sentence_end_char": sent.end_char,
                "recipe": rec if _placeable(rec) else None,
                "tense": tense(part), "anchor": None,
            })
    text = doc.text
    for r in records:
        if r["recipe"] and r["recipe"]["kind"] == "anchored":
            # An offset counts from the nearest date of its sentence that stands on its own; "that
            # year" from the last such date of its paragraph; none -> no value.
            own = [o for o in records if o is not r and o["recipe"] and o["recipe"]["kind"] != "anchored"]
            para = max(text.rfind("\n\n", 0, r["start_char"]), text.rfind("\n", 0, r["sentence_start_char"]))
            earlier = [o for o in own if para < o["start_char"] < r["start_char"]]
            if r["recipe"].get("scope") == "paragraph":
                if earlier:
                    r["anchor"] = earlier[-1]["start_char"]
                continue
            others = [o for o in own if o["sentence_start_char"] == r["sentence_start_char"]]
            if others:
                r["anchor"] = min(others, key=lambda o: abs(o["start_char"] - r["start_char"]))["start_char"]
            elif r["recipe"].get("definite") and earlier:  # "The following month, ..." after a dated sentence
                r["anchor"] = earlier[-1]["start_char"]
                r["recipe"] = {**r["recipe"], "scope": "paragraph"}  # so resolved_by says where it counted from
            elif r["recipe"]["n"] < 0 and _COMPARED.search(text[r["sentence_start_char"]:r["start_char"]][-80:]):
                # "up from $4 a year earlier", "compared with 40% a year earlier": the same period
                # a year before the one reported, i.e. counted from the publication date
                r["recipe"] = {**r["recipe"], "fallback": "reference"}
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
        for col in ("value", "precision", "resolved_by", "error"):
            out[col] = ""
        return out
    check_reference_date(reference_date)
    fallback = _as_date(reference_date)
    published = {d: _as_date(p) for d, p in zip(documents["doc_id"], documents["published"], strict=True)}
    rows = out[["doc_id", "start_char", "recipe", "tense", "anchor"]].to_dict("records")
    placed = [("", "", "", "")] * len(rows)  # value, precision, resolved_by, error
    values: dict[tuple[str, int], str] = {}
    texts = out["text"].tolist()
    for second_pass in (False, True):  # anchored offsets need their anchor's value first
        for i, row in enumerate(rows):
            r = row["recipe"]
            if not isinstance(r, dict) or (r.get("kind") == "anchored") != second_pass:
                continue
            try:
                placed[i] = _place(row, r, published, fallback, values)
            except Exception as e:  # noqa: BLE001 - fails this row's document, not the corpus
                placed[i] = ("", "", "", f"{failure('dates', e)} (placing {texts[i]!r})")
            values[(row["doc_id"], row["start_char"])] = placed[i][0]
    for col, column in zip(("value", "precision", "resolved_by", "error"), zip(*placed)):
        out[col] = list(column)
    return out


def check_reference_date(reference_date: str | date | None) -> None:
    if reference_date not in (None, "") and _as_date(reference_date) is None:
        raise ValueError(f"reference_date {reference_date!r} is not a YYYY-MM-DD date")


def _place(row: dict, r: Recipe, published: dict, fallback: date | None,
           values: dict[tuple[str, int], str]) -> tuple[str, str, str, str]:
    """One row's (value, precision, resolved_by, error)."""
    ref = published.get(row["doc_id"]) or fallback
    if r["kind"] == "anchored":
        anchor = values.get((row["doc_id"], row["anchor"])) if pd.notna(row["anchor"]) else None
        value, precision = resolve_anchored(r, anchor) if anchor else ("", "")
        how = ("paragraph" if r.get("scope") == "paragraph" else "sentence") if value else ""
        if not anchor and r.get("fallback") == "reference" and ref is not None:
            value, precision = resolve({**r, "kind": "rel"}, ref)  # "the year": the current one
            how = "published" if published.get(row["doc_id"]) else "reference_date"
    else:
        value, precision = resolve(r, ref, row["tense"])
        how = "explicit" if r["kind"] == "abs" else \
            ("published" if published.get(row["doc_id"]) else "reference_date") if value else ""
    return value, precision, how, ""

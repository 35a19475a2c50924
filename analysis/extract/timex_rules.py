"""What a temporal expression means, as a reference-free *recipe*, and its calendar value.

Two pure steps, no spaCy: :func:`recipe` reads the text of one expression (found by
:mod:`analysis.extract.timexes`) and says how to place it — an explicit date, an offset from the
publication date, a weekday or month looked up before or after it, or an offset from
another date in the same sentence. :func:`resolve` applies a recipe to a reference date.
Keeping them apart lets the cache hold recipes (they depend only on the text) while the
value follows the document's ``published`` date or a user's ``reference_date``.

Why own rules rather than dateparser for the relative part: dateparser resolves "Friday"
and "September" one fixed way whatever the tense, reads "final month" as nothing, and has
no notion of precision for "last year" (it returns a day). It is used for what it does
well — explicit dates in formats the rules below do not spell out (``19.06.2024``,
``6/19/2024``, ``the 19th of June, 2024``) — and only when the text carries a year.
"""

from __future__ import annotations

import csv
import re
from datetime import date, timedelta
from functools import lru_cache
from importlib.resources import files

from dateutil.easter import easter

from analysis.extract.record_types import Recipe

MONTHS = {m: i for i, names in enumerate(
    [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
     ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
     ("october", "oct"), ("november", "nov"), ("december", "dec")], start=1) for m in names}
WEEKDAYS = {d: i for i, names in enumerate(
    [("monday", "mon"), ("tuesday", "tue", "tues"), ("wednesday", "wed"), ("thursday", "thu", "thurs"),
     ("friday", "fri"), ("saturday", "sat"), ("sunday", "sun")]) for d in names}
UNITS = {"day": "day", "days": "day", "week": "week", "weeks": "week", "fortnight": "week2",
         "month": "month", "months": "month", "year": "year", "years": "year"}
# Spun text swaps "last" for its synonyms ("final month", "final September").
PAST = {"last", "final", "past", "previous", "preceding"}
NEXT = {"next", "coming", "upcoming"}
THIS = {"this", "current", "present"}
PRECISION = {"year": 1, "month": 2, "day": 3}
# Recognised, and deliberately without a calendar value.
VAGUE = {"kind": "vague"}
DURATION = {"kind": "duration"}

_ONES = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen".split())}
_TENS = {w: 10 * i for i, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if i > 1}
_ORDINALS = {w: i for i, w in enumerate(
    "_ first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
    "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split()) if i}
_ORDINALS |= {"thirtieth": 30}
_FEW = {"a": 1, "an": 1, "one": 1, "a couple of": 2, "a couple": 2, "couple of": 2, "a few": 3, "few": 3,
        "several": 3, "a half": 0.5, "half a": 0.5}
_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY_RE = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_UNIT_RE = "|".join(sorted(UNITS, key=len, reverse=True))
_NUM_RE = r"\d+(?:\.\d+)?|a couple of|a few|several|a half|half a|an?|one|two|three|four|five|six|seven|eight|" \
          r"nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred"
# Words that qualify a date without changing its calendar value at the table's precision.
_HEDGES = r"(?:simply|just|only|nearly|almost|about|around|some|roughly|more than|less than|over|under|" \
          r"at least|at most|barely|precisely|exactly|or so|approximately)"
_EDGES = r"(?:early|earlier|late|later|mid|middle|the middle of|the end of|end of|the start of|the beginning of|" \
         r"beginning of|start of|the first half of|the second half of|the rest of|the remainder of|" \
         r"the close of|the turn of)"


def words_to_number(text: str) -> float | None:
    """'twenty-five' -> 25, 'nineteen ninety-six' -> 1996, 'two thousand one' -> 2001, '12' -> 12."""
    text = text.strip().lower().replace("-", " ")
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        return float(text)
    if text in _FEW:
        return _FEW[text]
    words = [w for w in text.split() if w != "and"]
    if not words:
        return None
    for word, scale in (("thousand", 1000), ("hundred", 100)):  # "two thousand (and) one"
        if word in words:
            i = words.index(word)
            head = words_to_number(" ".join(words[:i]) or "one")
            rest = words_to_number(" ".join(words[i + 1:])) if words[i + 1:] else 0
            return None if head is None or rest is None else head * scale + rest
    values = []
    for w in words:
        if w in _ONES:
            if values and values[-1] >= 20 and values[-1] % 10 == 0 and _ONES[w] < 10:
                values[-1] += _ONES[w]
            else:
                values.append(_ONES[w])
        elif w in _TENS:
            values.append(_TENS[w])
        else:
            return None
    if len(values) == 1:
        return float(values[0])
    if len(values) == 2 and all(v < 100 for v in values) and values[0] >= 10:  # "nineteen ninety-six"
        return float(values[0] * 100 + values[1])
    return None


def _year(text: str) -> int | None:
    """A year written in digits or words: '1961', 'nineteen sixty-one', 'two thousand'."""
    if re.fullmatch(r"1\d{3}|20\d{2}", text):
        return int(text)
    n = words_to_number(text)
    return int(n) if n is not None and 1000 <= n <= 2099 and n == int(n) else None


def _day(text: str) -> int | None:
    text = text.lower().strip()
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?", text)
    if m:
        return int(m.group(1)) if 1 <= int(m.group(1)) <= 31 else None
    words = text.replace("-", " ").split()
    if words and words[-1] in _ORDINALS:
        lead = words_to_number(" ".join(words[:-1])) if len(words) > 1 else 0
        return int(lead or 0) + _ORDINALS[words[-1]]
    return None


def _clean(text: str) -> str:
    t = text.lower().replace("\u2019", "'").replace("\u2013", "-").replace("\u2014", "-")
    t = re.sub(r"\s+", " ", t).strip(" ,;:'\"()")
    t = re.sub(r"'s?$", "", t).rstrip(" ,.") if not re.search(r"\b[a-z]\.[a-z]\.$", t) else t
    t = re.sub(rf"^(?:{_HEDGES} )+", "", t)
    t = re.sub(rf" {_HEDGES}$", "", t)
    return t


def _strip_the(t: str) -> str:
    return re.sub(r"^(?:the|that) ", "", t)


# Recipes are small dicts (JSON-able, so they can live in the annotation cache):
#   {"kind": "abs", "y": 2024, "m": 6, "d": 19}             explicit; m and d optional
#   {"kind": "month", "m": 9, "d": None, "dir": "past"}      month (and day) without a year
#   {"kind": "weekday", "wd": 2, "dir": "past"}              a weekday of the reference's week
#   {"kind": "rel", "unit": "month", "n": -1, "gran": "month", "m": None}   offset from the reference
#   {"kind": "anchored", "unit": "year", "n": 8, "gran": "year"}            offset from a date in the sentence
# "dir" is "past", "future", "past_strict" ("last Friday"), "future_strict" ("next Friday") or
# "tense": decided by the grammar around the expression (see analysis.extract.timexes).


def recipe(text: str) -> Recipe | None:
    """How to place ``text`` on the calendar, or None when it cannot be (durations, "recent years")."""
    t = re.sub(r"^(?:between|from|since|until|till|by|before|after|in|on|at|during|of|for) ", "", _clean(text))
    t = re.sub(rf"^(?:{_EDGES})[ -]+", "", t)
    # "the next day" and "the previous year" count from another date; "next year" from today.
    definite = t.startswith(("the ", "that "))
    t = re.sub(rf"^(?:{_EDGES})[ -]+", "", _strip_the(t))
    if not t:
        return None
    if definite and (m := re.fullmatch(rf"(next|previous|preceding|prior) ({_UNIT_RE})", t)):
        unit = UNITS[m[2]]
        return {"kind": "anchored", "unit": unit, "n": 1 if m[1] == "next" else -1, "gran": _gran(unit),
                "definite": True}
    if definite and (m := re.fullmatch(rf"following ({_UNIT_RE})", t)):
        unit = UNITS[m[1]]
        return {"kind": "anchored", "unit": unit, "n": 1, "gran": _gran(unit), "definite": True}
    if re.fullmatch(r"year[- ]end|year's end|current (?:fiscal |calendar )?year", t):
        return {"kind": "rel", "unit": "year", "n": 0, "gran": "year"}  # news: the current year('s end)
    if _YEAR_RANGE.search(t) and not _ISO_DAY.fullmatch(t):
        return VAGUE  # "1996-97", "the 2010-11 budget", "2018-27 estimates": a span of years, never a month
    if (r := _that_period(text)) is not None:
        return r
    if definite and t in ("year", "month", "day", "same day", "same year", "same month", "week"):
        return VAGUE  # "the same day": anaphoric, its antecedent is not known here
    for rule in (_explicit, _deictic, _ago, _anchored, _modified, _holiday, _bare):
        r = rule(t)
        if r is not None:
            return r
    return None


_YEAR_RANGE = re.compile(r"(?<![\d.])(?:1\d{3}|20\d{2}) ?[-/] ?\d{1,4}(?![\d.])")
_ISO_DAY = re.compile(r"(\d{4})[-/](\d{2})[-/](\d{2})")
# "that year", "later that month", "the same year": the period of the last date the paragraph gave.
# "the year", "the full year", "the end of the year": that too, or the current year where the
# paragraph gave none (news writes of the year it is in).
_THAT = re.compile(r"(?:(?:early|earlier|late|later|mid|the end of|the start of|the beginning of|the rest of) )?"
                   r"(?:that|that same|the same) (year|month)")
_THE = re.compile(r"(?:(?:early|earlier|late|later|the end of|the start of|the beginning of|the rest of|"
                  r"the middle of) (?:in )?)?the (?:full |whole |entire |calendar |fiscal |current )?year|"
                  r"(?:(?:earlier|later) in|the end of|the rest of|the start of|the beginning of) the (day|month)")


def _that_period(text: str) -> Recipe | None:
    t = re.sub(rf"^(?:{_HEDGES} )+", "", re.sub(r"\s+", " ", text.lower()).strip(" ,;:.'\"()"))
    t = re.sub(r"^(?:in|during|by|for|of|at|until|through) ", "", t)
    if m := _THAT.fullmatch(t):
        return {"kind": "anchored", "unit": m[1], "n": 0, "gran": m[1], "scope": "paragraph"}
    if m := _THE.fullmatch(t):
        unit = m[1] or "year"
        return {"kind": "anchored", "unit": unit, "n": 0, "gran": unit, "scope": "paragraph", "fallback": "reference"}
    return None


_MD = rf"({_MONTH_RE})\.? (\d{{1,2}}(?:st|nd|rd|th)?|[a-z]+(?:[- ][a-z]+)?)"
_DM = rf"(\d{{1,2}})(?:st|nd|rd|th)? (?:of )?({_MONTH_RE})\.?"
_YEAR_TAIL = r"(?:,? (\d{4}|[a-z]+(?:[- ][a-z]+){0,3}))?"


def _explicit(t: str) -> Recipe | None:
    # "Saturday, April 25": the weekday picks the year; "this coming Sunday, March 8" points forward.
    wd = re.match(rf"((?:this coming|this|next|last|coming) )?({_DAY_RE})\.?,? (?=\S)", t)
    if wd:
        t = t[wd.end():]
    r = _explicit_date(t)
    if wd and r and r.get("kind") == "month" and r.get("d"):
        r = {**r, "wd": WEEKDAYS[wd[2]]}
        if wd[1] and wd[1].strip() in ("this coming", "next", "coming"):
            r["dir"] = "future"
    return r


def _explicit_date(t: str) -> Recipe | None:
    if m := _ISO_DAY.fullmatch(t):
        return _abs(int(m[1]), int(m[2]), int(m[3]))
    if m := re.fullmatch(_MD + _YEAR_TAIL, t):
        d = _day(m[2])
        y = _year(m[3]) if m[3] else None
        if d is not None and (m[3] is None or y is not None):
            return _abs(y, MONTHS[m[1]], d) if y else {"kind": "month", "m": MONTHS[m[1]], "d": d, "dir": "tense"}
    if m := re.fullmatch(_DM + _YEAR_TAIL, t):
        y = _year(m[3]) if m[3] else None
        if m[3] is None or y is not None:
            d = int(m[1])
            return _abs(y, MONTHS[m[2]], d) if y else {"kind": "month", "m": MONTHS[m[2]], "d": d, "dir": "tense"}
    if m := re.fullmatch(rf"({_MONTH_RE})\.?,?(?: of)? (\d{{4}}|[a-z]+(?:[- ][a-z]+){{1,3}})", t):
        if (y := _year(m[2])) is not None:
            return _abs(y, MONTHS[m[1]])
    if m := re.fullmatch(r"(?:fiscal year|fiscal|calendar year|calendar|the year|year|model year) (.+)", t):
        if (y := _year(m[1])) is not None:
            return _abs(y)
    if (y := _year(t)) is not None:
        return _abs(y)
    if re.fullmatch(r"'\d0s|\d{2,4}s|the \d{2,4}s|[a-z]+ties", t):  # decades: not a YYYY value
        return VAGUE
    if _DATE_SHAPE.search(t) and not re.search(_UNIT_RE, t):
        return _dateparser(t)
    return None


# What dateparser may read: a year with a month name or in a numeric date ("19.06.2024",
# "6/19/2024"). A bare number with a year-like part is a clock time ("1405 GMT"), a phone
# number or a count, and dateparser would make a year of it.
_DATE_SHAPE = re.compile(rf"\b(?:{_MONTH_RE})\b.*\d{{4}}|\d{{4}}.*\b(?:{_MONTH_RE})\b|"
                         r"\b\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})\b|\b\d{4}[./-]\d{1,2}[./-]\d{1,2}\b")


def _abs(y: int | None, m: int | None = None, d: int | None = None) -> Recipe | None:
    if y is None:
        return None
    if m is not None and not 1 <= m <= 12:
        return VAGUE
    if d is not None:
        try:
            date(y, m, d)
        except (ValueError, TypeError):
            return VAGUE
    return {"kind": "abs", "y": y, "m": m, "d": d}


@lru_cache(maxsize=4096)
def _dateparser_cached(t: str) -> tuple | None:
    from dateparser.date import DateDataParser  # imported late: ~0.5 s, and most corpora never need it

    data = DateDataParser(languages=["en"], settings={"REQUIRE_PARTS": ["year"]}).get_date_data(t)
    if data is None or data.date_obj is None or data.period not in ("day", "month", "year"):
        return None
    dt = data.date_obj
    return dt.year, dt.month if data.period != "year" else None, dt.day if data.period == "day" else None


def _dateparser(t: str) -> Recipe | None:
    got = _dateparser_cached(t)
    return _abs(*got) if got else None


_DEICTIC = {"today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
            "yesterday": -1, "last night": -1, "tomorrow": 1, "the day before yesterday": -2,
            "day before yesterday": -2, "the day after tomorrow": 2, "day after tomorrow": 2}


def _deictic(t: str) -> Recipe | None:
    if t not in _DEICTIC:  # "this morning", "last night" are in the table as they stand
        t = re.sub(r" (?:morning|afternoon|evening|night)$", "", t)
    if t in _DEICTIC:
        return {"kind": "rel", "unit": "day", "n": _DEICTIC[t], "gran": "day"}
    if t in ("now", "currently", "nowadays", "at present", "present"):
        return VAGUE
    return None


def _gran(unit: str) -> str | None:
    return {"day": "day", "week": "day", "week2": "day", "month": "month", "year": "year"}.get(unit)


def _count(num: str, unit: str) -> tuple[float | None, str]:
    n = words_to_number(num)
    if unit == "week2":
        return (None if n is None else n * 2), "week"
    return n, unit


def _ago(t: str) -> Recipe | None:
    m = re.fullmatch(rf"(?:(?:{_HEDGES}) )*({_NUM_RE}|[a-z]+(?:[- ][a-z]+)?) ({_UNIT_RE})(?: or so)? ago", t)
    if m is None:
        m2 = re.fullmatch(rf"(?:a |the )?({_UNIT_RE})[- ]ago", t)  # "year-ago" (adjective)
        return {"kind": "rel", "unit": UNITS[m2[1]], "n": -1, "gran": _gran(UNITS[m2[1]])} if m2 else None
    n, unit = _count(m[1], UNITS[m[2]])
    if n is None or n != int(n):
        return None if n is None else VAGUE  # None: let the caller try the words on their own
    return {"kind": "rel", "unit": unit, "n": -int(n), "gran": _gran(unit)}


def _anchored(t: str) -> Recipe | None:
    """'two months after', 'eight years later', 'a year earlier', 'the following year', 'year-earlier'."""
    m = re.fullmatch(rf"({_NUM_RE}|[a-z]+(?:[- ][a-z]+)?) ({_UNIT_RE}) (later|after|afterwards|earlier|before|"
                     r"previously|prior|on)(?: than| to)?", t)
    if m:
        n, unit = _count(m[1], UNITS[m[2]])
        if n is None or n != int(n):
            return None if n is None else VAGUE
        sign = 1 if m[3] in ("later", "after", "afterwards", "on") else -1
        return {"kind": "anchored", "unit": unit, "n": sign * int(n), "gran": _gran(unit)}
    if m := re.fullmatch(rf"following ({_UNIT_RE})", t):
        unit = UNITS[m[1]]
        return {"kind": "anchored", "unit": unit, "n": 1, "gran": _gran(unit)}
    if m := re.fullmatch(rf"({_UNIT_RE})-earlier", t):  # "year-earlier profit": the same period a year ago
        unit = UNITS[m[1]]
        return {"kind": "rel", "unit": unit, "n": -1, "gran": _gran(unit)}
    if m := re.fullmatch(rf"({_UNIT_RE}) earlier", t):
        unit = UNITS[m[1]]
        return {"kind": "anchored", "unit": unit, "n": -1, "gran": _gran(unit)}
    return None


def _modified(t: str) -> Recipe | None:
    """'last month', 'final September', 'next Tuesday', 'this year', 'June last year', 'earlier this month'."""
    if m := re.fullmatch(rf"({_MONTH_RE})\.?,? (?:of )?(this|last|next|past|previous|final|current) year", t):
        off = {"this": 0, "current": 0, "next": 1}.get(m[2], -1)
        return {"kind": "rel", "unit": "year", "n": off, "gran": "month", "m": MONTHS[m[1]]}
    words = t.split(" ", 1)
    if len(words) != 2:
        return None
    mod, rest = words
    rest = re.sub(rf"^(?:{_EDGES})[ -]+", "", rest)
    rest = re.sub(r" (?:morning|afternoon|evening|night)$", "", rest)
    if mod == "this" and rest.startswith("coming "):
        mod, rest = "coming", rest[len("coming "):]
    if mod not in PAST | NEXT | THIS:
        return None
    sign = -1 if mod in PAST else 1 if mod in NEXT else 0
    if rest in UNITS and UNITS[rest] in ("day", "month", "year"):
        unit = UNITS[rest]
        if unit == "day":  # "the past day" is a duration; "this day" is anaphoric
            return VAGUE
        return {"kind": "rel", "unit": unit, "n": sign, "gran": unit}
    if rest in UNITS:  # "last week", "this week": a week is not a calendar value of this table
        return VAGUE
    if m := re.fullmatch(rf"({_MONTH_RE})\.?(?: (\d{{1,2}}|[a-z]+))?", rest):
        d = _day(m[2]) if m[2] else None
        if m[2] and d is None:
            return None
        direction = {-1: "past_strict", 1: "future_strict", 0: "this"}[sign]
        return {"kind": "month", "m": MONTHS[m[1]], "d": d, "dir": direction}
    if rest in WEEKDAYS:
        direction = {-1: "past_strict", 1: "future_strict", 0: "tense"}[sign]
        return {"kind": "weekday", "wd": WEEKDAYS[rest], "dir": direction}
    # "the past three months", "the last two years": durations
    if re.fullmatch(rf"(?:{_NUM_RE}|[a-z]+) ({_UNIT_RE})", rest):
        return DURATION
    return None


@lru_cache(maxsize=1)
def holidays() -> dict[str, str]:
    """Holiday names -> rule, from ``data/holidays.csv`` (a list a reader can check and extend)."""
    with (files("analysis") / "data" / "holidays.csv").open(encoding="utf-8") as f:
        return {name.strip(): row["rule"] for row in csv.DictReader(f) for name in row["names"].split("|")}


def _holiday(t: str) -> Recipe | None:
    """'Thanksgiving', 'Christmas Eve', 'last Christmas', 'Election Day 2016'."""
    m = re.fullmatch(r"(?:(last|next|this|past|coming|previous) )?(.+?)(?:,? (\d{4}))?", t)
    name = m[2] if m else ""
    if name not in holidays():
        return None
    if m[3]:
        return {"kind": "holiday", "rule": holidays()[name], "y": int(m[3]), "dir": "tense"}
    direction = {"last": "past", "past": "past", "previous": "past", "next": "future", "coming": "future"}
    return {"kind": "holiday", "rule": holidays()[name], "y": None, "dir": direction.get(m[1], "tense")}


def holiday_date(rule: str, year: int) -> date:
    """The day a holiday rule ("12-25", "11/thu/4", "05/mon/-1", "11/tue/1@2", "easter-2") gives in ``year``."""
    if rule.startswith("easter"):
        return easter(year) + timedelta(days=int(rule[6:] or 0))
    if m := re.fullmatch(r"(\d{2})-(\d{2})", rule):
        return date(year, int(m[1]), int(m[2]))
    month, wd, nth = rule.split("/")
    nth, _, first = nth.partition("@")
    n, weekday = int(nth), WEEKDAYS[wd]
    if n > 0:
        start = date(year, int(month), int(first or 1))
        return start + timedelta(days=(weekday - start.weekday()) % 7 + 7 * (n - 1))
    end = _add_months(date(year, int(month), 1), 1) - timedelta(days=1)
    return end - timedelta(days=(end.weekday() - weekday) % 7)


def _bare(t: str) -> Recipe | None:
    t = re.sub(r" (?:morning|afternoon|evening|night)$", "", t)
    t = re.sub(rf"^(?:{_EDGES})[ -]+", "", t)
    if t in WEEKDAYS and len(t) > 3:
        return {"kind": "weekday", "wd": WEEKDAYS[t], "dir": "tense"}
    # "may" and "march" are months here: the span comes from NER's DATE or a date pattern.
    if t in MONTHS and (len(t) > 3 or t in ("may", "jan", "feb", "aug", "sept", "oct", "nov", "dec")):
        return {"kind": "month", "m": MONTHS[t], "d": None, "dir": "tense"}
    if m := re.fullmatch(rf"({_DAY_RE}),? ({_MONTH_RE})\.? (\d{{1,2}}|[a-z]+)", t):
        return _explicit(f"{m[2]} {m[3]}")
    return None


# --- resolution ------------------------------------------------------------------------

def _add_months(d: date, n: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    return date(d.year + y, m + 1, 1)


def shift(d: date, unit: str, n: int) -> date:
    if unit == "day":
        return d + timedelta(days=n)
    if unit == "week":
        return d + timedelta(weeks=n)
    if unit == "month":
        return _add_months(d, n)
    return date(d.year + n, d.month, 1) if unit == "year" else d


def fmt(d: date, gran: str) -> str:
    return {"year": f"{d.year:04d}", "month": f"{d.year:04d}-{d.month:02d}", "day": d.isoformat()}[gran]


def coarser(a: str, b: str) -> str:
    return a if PRECISION[a] <= PRECISION[b] else b


def resolve(r: Recipe, reference: date | None, tense: str | None = None) -> tuple[str, str]:
    """``(value, precision)`` of recipe ``r`` read on ``reference`` (the publication date).

    ``tense`` ("past", "future", "present", "toward" or None, from :func:`analysis.extract.timexes.tense`)
    decides weekdays and months whose recipe says "tense". Returns ``("", "")`` when the
    recipe needs a reference and there is none, or names no real day (a 31st of a short month,
    a year out of range): an impossible date is no value, never an exception. Anything else a
    recipe breaks is a bug, and fails its document with the reason (:mod:`analysis.extract.timexes`).
    """
    try:
        return _resolve(r, reference, tense)
    except (ValueError, OverflowError):
        return "", ""


def _resolve(r: Recipe, reference: date | None, tense: str | None) -> tuple[str, str]:
    kind = r.get("kind")
    if kind == "abs":
        gran = "day" if r.get("d") else "month" if r.get("m") else "year"
        return fmt(date(r["y"], r.get("m") or 1, r.get("d") or 1), gran), gran
    if kind == "holiday" and r.get("y"):
        return holiday_date(r["rule"], r["y"]).isoformat(), "day"
    if reference is None:
        return "", ""
    direction = r.get("dir")
    if direction == "tense":
        # Weekdays are this week's: past unless the verb points forward (future, modal, or the
        # present of plans: "meets Friday"). A month, month and day, or holiday with a past verb
        # is its last occurrence ("issued a travel ban in January" written in December); a
        # future verb, the next one; a date something moves to ("extended to Nov. 20") or no
        # tense, the nearest.
        if kind == "weekday":
            direction = "future" if tense in ("future", "present", "toward") else "past"
        elif tense == "future":
            direction = "future"
        elif tense == "past":
            direction = "past"
        else:
            direction = "near"
    if kind == "holiday":
        days = [holiday_date(r["rule"], reference.year + k) for k in (-1, 0, 1)]
        if direction in ("past", "past_strict"):
            pick = max(d for d in days if d <= reference)
        elif direction in ("future", "future_strict"):
            pick = min(d for d in days if d >= reference)
        else:
            pick = min(days, key=lambda d: abs((d - reference).days))
        return pick.isoformat(), "day"
    if kind == "weekday":
        delta = (r["wd"] - reference.weekday()) % 7  # days forward to the next such weekday (0: today)
        if direction in ("future", "future_strict"):
            days = delta if delta or direction == "future" else 7
        elif direction == "near":
            days = delta if delta <= 3 else delta - 7
        else:
            days = delta - 7 if delta or direction == "past_strict" else 0
        return (reference + timedelta(days=days)).isoformat(), "day"
    if kind == "month":
        month, day = r["m"], r.get("d")
        candidates = [date(reference.year + k, month, 1) for k in (-1, 0, 1)]
        this_month = date(reference.year, reference.month, 1)
        if direction == "this":
            pick = candidates[1]
        elif direction in ("future", "future_strict"):
            pick = min(c for c in candidates if c > this_month or c == this_month and direction == "future"
                       and (day is None or day >= reference.day))
        elif direction in ("past", "past_strict"):
            pick = max(c for c in candidates if c < this_month or c == this_month and direction == "past"
                       and (day is None or day <= reference.day))
        else:  # nearest: within six months either way
            pick = min(candidates, key=lambda c: abs((c - this_month).days))
        if day is not None and r.get("wd") is not None:  # "Saturday, April 25": the year it was a Saturday
            fits = [c for c in candidates if _weekday_of(c.year, month, day) == r["wd"]]
            pick = fits[0] if len(fits) == 1 else pick
        if day is None:
            return fmt(pick, "month"), "month"
        try:
            return date(pick.year, month, day).isoformat(), "day"
        except ValueError:
            return "", ""
    if kind == "rel":
        d = shift(reference, r["unit"], r["n"])
        gran = r["gran"]
        if r.get("m"):
            d, gran = date(d.year, r["m"], 1), "month"
        return fmt(d, gran), gran
    return "", ""


def _weekday_of(y: int, m: int, d: int) -> int | None:
    try:
        return date(y, m, d).weekday()
    except ValueError:
        return None


def resolve_anchored(r: Recipe, anchor_value: str) -> tuple[str, str]:
    """An offset ("eight years later") from the value of another date in its sentence."""
    try:
        return _resolve_anchored(r, anchor_value)
    except (ValueError, OverflowError):
        return "", ""


def _resolve_anchored(r: Recipe, anchor_value: str) -> tuple[str, str]:
    parts = [int(p) for p in anchor_value.split("-")]
    anchor_gran = {1: "year", 2: "month", 3: "day"}[len(parts)]
    d = shift(date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1),
              r["unit"], r["n"])
    gran = coarser(anchor_gran, r["gran"])
    return fmt(d, gran), gran

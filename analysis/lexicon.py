"""Word lists and character classes that more than one step reads, each written once here
(the lists a linguist reviews are files in ``data/``; see its README)."""

from __future__ import annotations

import csv
from functools import cache
from importlib.resources import files

# Hyphen-minus, hyphen, en dash, em dash: what joins "Korea-Russia" and "In-bum".
DASHES = frozenset("-\u2010\u2013\u2014")
DASH_CLASS = "[" + "".join(sorted(DASHES)) + "]"  # for a regex: the hyphen-minus sorts first, so it is literal
# What a line ends with when its line break ends a paragraph (a sentence's end, a colon, a
# closing quote); a line break after anything else is a hard wrap inside a sentence.
SENTENCE_END_CHARS = ".!?:\"\u201d\u2019'"
# The invisible formatting marks web text carries beside a word: zero-width spaces and joiners,
# directional marks and embeddings, the word joiner, the byte-order mark (ranges, for a regex class).
INVISIBLE_MARKS = "\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff"
# Generic last words of a body's name, dropped in running text ("Labour" for the Labour Party),
# and never a person's ("Dr Pepper Snapple Group" is no doctor).
BODY_WORDS = frozenset({"party", "corporation", "corp", "inc", "co", "ltd", "plc", "group", "company"})


@cache
def _zipf(word: str) -> float:
    """How common a word is in English at large, on wordfreq's Zipf scale (log10 per billion words)."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en")


def rare_word(word: str) -> bool:
    """A word rare in English at large (below 2.5, about once in three million words): no common
    noun a capital can make look like a name, and no word a thesaurus has a synonym for, in practice."""
    return _zipf(word) < 2.5


def common_word(word: str) -> bool:
    """A word among English's most common (5.0 and above, once in a hundred thousand words or more)."""
    return _zipf(word) >= 5.0


def _lines(name: str) -> list[str]:
    """The lines of a data file, without blank lines and ``#`` comments."""
    text = (files("analysis") / "data" / name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def words(name: str) -> frozenset[str]:
    """A word list of ``data/`` (one per line)."""
    return frozenset(_lines(name))


def rows(name: str) -> list[dict[str, str]]:
    """The rows of a CSV table of ``data/`` (a header line, then rows; ``#`` lines are notes)."""
    return list(csv.DictReader(_lines(name)))


@cache
def first_names():
    """gender-guesser's table of first names; it ships in the wheel (nothing is downloaded). Why a
    table and not the text alone: most articles never say "Mr." or "Mrs." before a name."""
    from gender_guesser.detector import Detector

    return Detector(case_sensitive=False)


@cache
def adverb_of_common_word(word: str) -> bool:
    """Whether a word is an "-ly" adverb of a common word ("Majorly", "Simply", "Realistically",
    "Happily"), not a name with that ending ("Kelly", "Italy", "Schlafly", "Scully")."""
    w = word.lower()
    if not w.endswith("ly") or is_first_name(word):
        return False
    stems = [w[:-2]]  # major-ly
    if len(w) > 4 and w[-3] in "bcdgkptz":
        stems.append(w[:-1] + "e")  # simpl(e)-y, gentl(e)-y
    if w.endswith("ily") and len(w) > 5:
        stems.append(w[:-3] + "y")  # happ(y)-ily
    if w.endswith("ically"):
        stems.append(w[:-4])  # realistic-ally
    return any(len(s) > 2 and _zipf(s) >= 3.5 for s in stems)


def is_first_name(name: str) -> bool:
    """Whether the table knows ``name`` as anyone's first name ("Antony" yes, "Atletico" no)."""
    return first_names().get_gender(name) != "unknown"


@cache
def opening_prepositions() -> frozenset[str]:
    """Prepositions that open a sentence and that the tagger may read as a name ("Amongst";
    ``data/opening_prepositions.txt``)."""
    return words("opening_prepositions.txt")


@cache
def post_nominals() -> frozenset[str]:
    """Letters after a person's name ("QC", "MP"; ``data/post_nominals.txt``), as written."""
    return words("post_nominals.txt")


@cache
def honorifics() -> frozenset[str]:
    """Honorifics, lower case, with and without their dot ("mrs", "mrs.")."""
    words_ = words("honorifics.txt")
    return words_ | {f"{w}." for w in words_}


@cache
def titles() -> dict[str, str]:
    """Title word (lower case, no dot) -> the gender it implies, or "" (``data/person_titles.csv``)."""
    return {row["title"]: row["gender"] for row in rows("person_titles.csv")}


@cache
def agencies() -> frozenset[str]:
    """Names of the agencies whose credits open wire copy (``data/news_agencies.txt``)."""
    return words("news_agencies.txt")


@cache
def place_abbreviations() -> dict[str, str]:
    """Short forms of places, without their final dot ("Fla" -> "Florida", "WI" -> "Wisconsin")."""
    return {r["abbreviation"].rstrip("."): r["place"] for r in rows("place_abbreviations.csv")}

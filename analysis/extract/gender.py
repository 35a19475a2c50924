"""Whether a name, an honorific or a pronoun says "male" or "female": shared by entity
resolution (which person a bare surname is) and speaker resolution (whom "she said" is).

The titles that may stand before a person's name are a data file a reader can review
(``data/person_titles.csv``: the title, and the gender it implies where it implies one).
"""

from __future__ import annotations

from functools import cache

from analysis.lexicon import titles

PRONOUN_GENDER = {"he": "male", "him": "male", "his": "male", "himself": "male",
                  "she": "female", "her": "female", "hers": "female", "herself": "female"}


def title_word(word: str) -> str | None:
    """``word`` as a title ("Mrs." -> "mrs", "President" -> "president"), or None."""
    w = word.lower().rstrip(".")
    if w == "miss" and word.endswith("."):
        return None  # "Miss." is Mississippi; the honorific has no dot
    return w if w in titles() else None


@cache
def _detector():
    # gender-guesser ships its name table in the wheel (nothing is downloaded); why a table and
    # not the text alone: most articles never say "Mr." or "Mrs." before a name.
    from gender_guesser.detector import Detector

    return Detector(case_sensitive=False)


@cache
def first_name_gender(name: str) -> str:
    """"male", "female" or "" (unknown, or a name used by both) of a first name. The news is in
    English, so the table's American and British usage decides where it is sure ("Juli" is a
    woman there, a man worldwide), else its worldwide guess unless English usage leans the other
    way ("Jean")."""
    detector = _detector()
    english = [detector.get_gender(name, country) for country in ("usa", "great_britain")]
    sure = {g for g in english if g in ("male", "female")}
    if sure:
        return sure.pop() if len(sure) == 1 else ""
    guess = detector.get_gender(name)
    leans = {g.removeprefix("mostly_") for g in english}
    return guess if guess in ("male", "female") and not leans & ({"male", "female"} - {guess}) else ""


@cache
def is_first_name(name: str) -> bool:
    """Whether the table knows ``name`` as anyone's first name ("Antony" yes, "Atletico" no)."""
    return _detector().get_gender(name) != "unknown"

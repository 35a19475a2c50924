"""Whether a name, an honorific or a pronoun says "male" or "female": shared by entity
resolution (which person a bare surname is) and speaker resolution (whom "she said" is).

The titles that may stand before a person's name are a data file a reader can review
(``data/person_titles.csv``: the title, and the gender it implies where it implies one).
"""

from __future__ import annotations

from functools import cache

from analysis.lexicon import first_names, is_first_name, titles

__all__ = ["PRONOUN_GENDER", "first_name_gender", "is_first_name", "title_word"]

PRONOUN_GENDER = {"he": "male", "him": "male", "his": "male", "himself": "male",
                  "she": "female", "her": "female", "hers": "female", "herself": "female"}


def title_word(word: str) -> str | None:
    """``word`` as a title ("Mrs." -> "mrs", "President" -> "president"), or None."""
    w = word.lower().rstrip(".")
    if w == "miss" and word.endswith("."):
        return None  # "Miss." is Mississippi; the honorific has no dot
    return w if w in titles() else None


@cache
def first_name_gender(name: str) -> str:
    """"male", "female" or "" (unknown, or a name used by both) of a first name. The news is in
    English, so the table's American and British usage decides where it is sure ("Juli" is a
    woman there, a man worldwide), else its worldwide guess unless English usage leans the other
    way ("Jean")."""
    detector = first_names()
    english = [detector.get_gender(name, country) for country in ("usa", "great_britain")]
    sure = {g for g in english if g in ("male", "female")}
    if sure:
        return sure.pop() if len(sure) == 1 else ""
    guess = detector.get_gender(name)
    leans = {g.removeprefix("mostly_") for g in english}
    return guess if guess in ("male", "female") and not leans & ({"male", "female"} - {guess}) else ""

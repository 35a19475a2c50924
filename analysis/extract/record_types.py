"""The records extraction hands to table building, one per mention, statement or date: what each
holds, written down once (the cache stores them as JSON; :mod:`analysis.tables.build` reads them).
Offsets index the document's analysed text; ``doc_id`` is added when the tables are built."""

from __future__ import annotations

from typing import NotRequired, TypedDict


class EntityRecord(TypedDict):
    """A name mention, resolved to the entity it names in its article."""

    start_char: int
    end_char: int
    text: str
    ner_label: str  # the statistical NER's label
    label: str  # the label after the article's evidence (a "person" who is a place is a GPE)
    local_name: str  # the article's fullest name for it ("Kim" -> "Kim Jong Un")
    cluster: int  # mentions of one entity in the article share it
    resolution: str  # how this mention joined its cluster (exact, surname, acronym, ...)
    cluster_words: str
    cluster_titles: str  # evidence the corpus-wide merge reads (titles, gender, longer names)
    cluster_gender: str
    in_longer_name: bool
    ambiguous_with: str  # "|"-joined other people a bare name may be, where the article does not say


class QuoteRecord(TypedDict):
    """An attributed statement: a direct quote, reported speech or a "Name: ..." line."""

    start_char: int
    end_char: int
    text: str
    kind: str  # "direct" (holds quoted words) or "indirect"
    speaker: str  # the source as written, "" when none was found
    speaker_start_char: int  # -1 when there is no speaker span
    speaker_end_char: int
    cue: str  # the reporting verb's lemma, "according to", ":" or ""
    cue_type: str  # speech, writing, belief, intention or finding
    generic: bool  # a plural or indefinite source ("analysts")
    speaker_ref: int  # start_char of the name mention the speaker stands for, -1 for none
    speaker_stands_for: str  # a generic source a relative pronoun stands for ("many people, who said")
    quote_inside: bool  # a reported statement that holds quoted words (and so is of kind direct)
    quote_id: NotRequired[int]
    sentiment: NotRequired[float]  # filled in per batch (:func:`analysis.extract.records.with_sentiment`)


class Recipe(TypedDict, total=False):
    """How to place a date without knowing the reference date (``timex_rules``): ``kind`` says
    which other keys are set: ``abs`` (y, m, d), ``month`` (m, d, dir), ``weekday`` (wd, dir),
    ``rel`` (unit, n, gran, m), ``anchored`` (unit, n, gran, scope, fallback, definite),
    ``holiday`` (rule, y, dir), ``vague`` and ``duration`` (none: not placed)."""

    kind: str
    y: int | None
    m: int | None
    d: int | None
    wd: int
    dir: str  # "past", "future" or "tense" (read from the verb)
    unit: str
    n: int
    gran: str
    scope: str
    fallback: str
    definite: bool
    rule: str


class TimexRecord(TypedDict):
    """A temporal expression and what placing it needs."""

    start_char: int
    end_char: int
    text: str
    type: str  # DATE, TIME, DURATION or SET
    sentence: str
    sentence_start_char: int
    sentence_end_char: int
    recipe: Recipe | None  # None: not placeable
    tense: str  # of the governing verb; a working column, not in the table
    anchor: int | None  # start_char of the date an "anchored" offset counts from

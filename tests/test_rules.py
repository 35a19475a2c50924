"""The rules alone, without a model: quotation marks, date recipes and their calendar values,
and the project's spaCy components on ``spacy.blank("en")`` docs with entities set by hand."""

from datetime import date

import pytest
import spacy
from spacy.tokens import Doc, Span

import analysis.nlp.components  # noqa: F401  (registers the components)
from analysis.extract.quote_marks import find_quotes
from analysis.extract.timex_rules import recipe, resolve

PUBLISHED = date(2024, 6, 19)  # a Wednesday


@pytest.mark.parametrize("text,quotes", [
    ('He said “we will win.” Then left.', ["“we will win.”"]),
    ('He said "we will win" and left.', ['"we will win"']),
    ("''We will,'' he said.", ["''We will,''"]),  # the NYT's marks
    ("“A ‘nested’ one,” he said.", ["“A ‘nested’ one,”"]),  # single marks inside stay inside
    ("“Left open at the paragraph's end.\n\nNext paragraph.", ["“Left open at the paragraph's end."]),
    ("It’s Kim’s ‘plan’, not a quote.", []),  # apostrophes and single marks open nothing
])
def test_quotation_marks(text, quotes):
    assert [text[q.start:q.end] for q in find_quotes(text)] == quotes


@pytest.mark.parametrize("text,value", [
    ("yesterday", ("2024-06-18", "day")),
    ("last September", ("2023-09", "month")),
    ("June 19, 2024", ("2024-06-19", "day")),
    ("two years ago", ("2022", "year")),
    ("next month", ("2024-07", "month")),
    ("Tuesday", ("2024-06-18", "day")),  # in a past-tense sentence: the one before
    ("Christmas", ("2023-12-25", "day")),
    ("1996-97", ("", "")),  # a span of years: never a month, never a crash
    ("2018-27 estimates", ("", "")),
    ("the next day", ("", "")),  # counts from a date of its sentence, which a recipe alone lacks
])
def test_date_recipes_on_a_publication_date(text, value):
    r = recipe(text)
    assert r is not None and resolve(r, PUBLISHED, "past") == value


@pytest.mark.parametrize("text", ["for three years", "recent years", "the past"])
def test_what_is_not_a_date_has_no_recipe_or_no_value(text):
    r = recipe(text)
    assert r is None or resolve(r, PUBLISHED, "past") == ("", "")


def _entity_spans(text: str, ents: list[tuple[int, int, str]]) -> list[tuple[str, str]]:
    nlp = spacy.blank("en")
    doc = nlp.make_doc(text)
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    return [(e.text, e.label_) for e in nlp.add_pipe("news_entity_spans")(doc).ents]


def _entities(text: str, start: int, end: int, label: str) -> list[tuple[str, str]]:
    return _entity_spans(text, [(start, end, label)])


@pytest.mark.parametrize("text,span,found", [
    ("the United Nations said", (0, 3, "ORG"), [("United Nations", "ORG")]),  # no leading determiner
    ("Trump's plan", (0, 2, "PERSON"), [("Trump", "PERSON")]),  # no trailing possessive
    ("at Kim Il Sung Sq. today", (1, 5, "PERSON"), [("Kim Il Sung Sq.", "FAC")]),  # a square, with its dot
    ("Mr. Putin arrived", (0, 2, "PERSON"), [("Putin", "PERSON")]),  # no honorific
])
def test_entity_spans_repaired(text, span, found):
    assert _entities(text, *span) == found


@pytest.mark.parametrize("text,ents,found", [
    # wild Wikinews 2019: "The Alachua Sheriff's Office tweeted" had been "Office"'s
    ("The Alachua Sheriff's Office tweeted", [(1, 5, "ORG")], [("Alachua Sheriff's Office", "ORG")]),
    ("in the People's Daily", [(2, 5, "ORG")], [("People's Daily", "ORG")]),
    # a plural's bare apostrophe (the seed's "North Korea's Workers' Party"), not a closing quote
    ("the Workers' Party met", [(1, 4, "ORG")], [("Workers' Party", "ORG")]),
    ("the 'Republican' Party met", [(2, 5, "ORG")], [("Republican", "ORG"), ("Party", "ORG")]),
    # a person's or a place's possessive is theirs, not the name's; nor one before two words
    ("Theresa May spoke. May's Government said", [(0, 2, "PERSON"), (4, 7, "ORG")],
     [("Theresa May", "PERSON"), ("May", "ORG"), ("Government", "ORG")]),
    ("Trump's Office said", [(0, 3, "ORG")], [("Trump", "ORG"), ("Office", "ORG")]),
    ("the Sheriff's White House", [(1, 5, "ORG")], [("Sheriff", "ORG"), ("White House", "ORG")]),
])
def test_a_possessive_inside_a_name_is_kept_only_between_common_words(text, ents, found):
    assert _entity_spans(text, ents) == found


def _modal_names(words: list[str], tags: list[str], heads: list[int], deps: list[str]) -> list[tuple[str, str, str]]:
    nlp = spacy.blank("en")
    doc = Doc(nlp.vocab, words=words, tags=tags, heads=heads, deps=deps)
    return [(t.text, t.tag_, t.dep_) for t in nlp.add_pipe("modal_names")(doc)][:1]


@pytest.mark.parametrize("words,tags,heads,deps,first", [
    # Reuters style: "May said ..." is Theresa May, the tagger's modal before a past tense
    (["May", "said", "it"], ["MD", "VBD", "PRP"], [1, 1, 1], ["aux", "ROOT", "dobj"], ("May", "NNP", "nsubj")),
    (["Will", "also", "urged", "it"], ["MD", "RB", "VBD", "PRP"], [2, 2, 2, 2], ["aux", "advmod", "ROOT", "dobj"],
     ("Will", "NNP", "nsubj")),
    # a modal before a base form stays one, and so does one whose verb has a subject
    (["May", "I", "say"], ["MD", "PRP", "VB"], [2, 2, 2], ["aux", "nsubj", "ROOT"], ("May", "MD", "aux")),
    (["Can", "he", "said"], ["MD", "PRP", "VBD"], [2, 2, 2], ["aux", "nsubj", "ROOT"], ("Can", "MD", "aux")),
    (["May", "have", "said"], ["MD", "VB", "VBN"], [2, 2, 2], ["aux", "aux", "ROOT"], ("May", "MD", "aux")),
])
def test_a_modal_before_a_finite_verb_is_a_name(words, tags, heads, deps, first):
    assert _modal_names(words, tags, heads, deps) == [first]


@pytest.mark.parametrize("ents,labels", [
    # "Theresa May ... May said": the month the parse made a subject is the person the article names
    ([(1, 3, "PERSON"), (4, 5, "DATE")], [("Theresa May", "PERSON"), ("May", "PERSON")]),
    # with no such person it stays a date ("May was a busy month")
    ([(4, 5, "DATE")], [("May", "DATE")]),
])
def test_a_month_as_a_subject_is_the_person_of_that_name(ents, labels):
    nlp = spacy.blank("en")
    words = ["Minister", "Theresa", "May", "spoke", "May", "said", "it"]
    doc = Doc(nlp.vocab, words=words, tags=["NNP", "NNP", "NNP", "VBD", "NNP", "VBD", "PRP"],
              heads=[2, 2, 3, 3, 5, 5, 5], deps=["compound", "compound", "nsubj", "ROOT", "nsubj", "ROOT", "dobj"])
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    assert [(e.text, e.label_) for e in nlp.add_pipe("news_entity_spans")(doc).ents] == labels


def test_paragraph_breaks_start_sentences_but_hard_wraps_do_not():
    nlp = spacy.blank("en")
    nlp.add_pipe("paragraph_breaks")
    doc = nlp("First line ends here.\nSecond line\ngoes on.\n\nThird paragraph")
    starts = [t.text for t in doc if t.is_sent_start]
    assert "Second" in starts and "Third" in starts and "goes" not in starts


def test_a_subheading_on_its_own_line_ends_its_sentence():
    # Horne 2017: "Huma Abedin challenges the FBI" had opened the judge's sentence; a line as long
    # as a hard-wrapped one, or one the next line continues in lower case, goes on
    nlp = spacy.blank("en")
    nlp.add_pipe("paragraph_breaks")
    doc = nlp("It was unsealed.\n\nHuma Abedin challenges the FBI\nIn deciding whether to unseal the warrant, the "
              "judge noted it.\n\nOutside the Capitol, protesters from across the country met with\nDonald Trump's "
              "aides.\n\nThe senator said that the\nbill would pass.")
    starts = [t.text for t in doc if t.is_sent_start]
    assert "In" in starts and "Donald" not in starts and "bill" not in starts


@pytest.mark.parametrize("short,full,expected", [
    ("KCNA", "Korean Central News Agency", True),
    ("U.N.", "United Nations", True),
    ("EU", "European Union", True),
    ("U.S.", "US Senate", False),  # a name holding an acronym is not spelled out by its initials
])
def test_acronyms(short, full, expected):
    from analysis.extract.entities import acronym_of

    assert acronym_of(short, full) is expected

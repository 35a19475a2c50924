"""spaCy components the project adds to the model's pipeline.

``news_entity_spans`` repairs the boundaries and labels of the statistical NER's name
spans in ways news text needs, before anything counts them:

* leading determiners, honorifics and lowercase words go ("the United Nations",
  "the Trump campaign" -> "Trump"), and so do trailing possessives and punctuation;
* a span is cut at a possessive inside it ("Trump’s White House"), unless the possessive is the
  name's own ("Alachua Sheriff's Office", "People's Daily");
* hyphenated and particle names are whole ("Chun" + "In-bum", "de" + "Blasio");
* abbreviated street types keep their dot and make the name a place
  ("Kim Il Sung Sq." is a FAC, not a person);
* spans glued across brackets or hyphens of two places are split ("[North Korea]-Russia");
* a month the parse made a verb's subject is the person the article names so ("Theresa May
  ... May said");
* a body's or a place's span that ends in an office's title and a name is that person
  ("Rockland County Executive Ed Day"), letters after a name are no part of it ("Kama Melly
  QC"), and a name NER ended one word short takes the rare word it is a compound of ("Yoon Suk"
  + "Yeol");
* a first name and a surname NER gave a body's or a place's label, joined by "and" to a
  person's name, are a person ("officers Antoine Quirin and Nicolas Redouane"), a
  preposition opening a sentence is no name ("Amongst reported incidents ..."), nor is a verb
  opening a person's span ("Follow Jeff Poor").

``modal_names`` makes a capitalised "modal" before a past tense its verb's subject ("Will
urged", George Will), and ``paragraph_breaks`` starts a sentence at a paragraph.

It is a component rather than a post-processing step so that the cached ``Doc`` and
displaCy renderings show the same entities as the tables.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from analysis.lexicon import (
    BODY_WORDS,
    DASHES,
    SENTENCE_END_CHARS,
    adverb_of_common_word,
    common_word,
    honorifics,
    is_first_name,
    opening_prepositions,
    post_nominals,
    rare_word,
    rows,
    titles,
    words,
)

NAME_LABELS = frozenset({"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT",
                         "WORK_OF_ART", "LAW", "LANGUAGE"})
PARTICLES = frozenset({"de", "da", "di", "du", "del", "della", "der", "den", "van", "von", "la", "le", "bin",
                       "ibn", "al", "el", "dos", "das", "ter", "ten"})
# Abbreviations whose dot belongs to the name ("Sq." ends the name, not the sentence).
ABBREVIATIONS = frozenset({"Sq", "St", "Ave", "Blvd", "Rd", "Jr", "Sr", "Co", "Inc", "Corp", "Ltd", "Mt"})
PLACE_WORDS = frozenset({"sq", "square", "st", "street", "ave", "avenue", "blvd", "boulevard", "rd", "road",
                         "bridge", "airport", "stadium", "station", "park", "hall", "tower", "memorial",
                         "palace", "plaza", "cosmodrome"})
ORG_WORDS = frozenset({"university", "college", "school", "institute", "foundation", "council", "agency",
                       "ministry", "department", "party", "committee", "commission"})
_BRACKETS = frozenset("[](){}")
_PLACE_OR_BODY = frozenset({"ORG", "GPE", "FAC", "LOC", "NORP"})
_NO_TRAILING_NUMBER = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC"})
_DETERMINERS = frozenset({"the", "his", "her", "their", "its", "our", "my", "your", "a", "an"})
POSSESSIVES = frozenset({"'s", "’s", "'", "’"})
# One syllable of Revised Romanization, as given names are written ("Jae", "myung", "hyun", "Seong").
_KOREAN_SYLLABLE = re.compile(r"(?i)^(?:[gkndrmbsjchtp]{0,2}|ss|jj)"
                              r"(?:a|ae|ya|yae|eo|e|ee|yeo|ye|o|oo|wa|wae|oe|yo|u|wo|we|wi|yu|eu|ui|i)(?:ng|n|m|l|k|p|t)?$")


def _is_name_token(tok) -> bool:
    return tok.text[:1].isupper() or tok.text[:1].isdigit()


def _junk(tok) -> bool:
    """A token with no letter or digit ("&", "(", "-", "‘"): never the edge of a name."""
    return not any(c.isalnum() for c in tok.text)


def _drop_last(doc: Doc, start: int, end: int, label: str) -> bool:
    tok = doc[end - 1]
    if label == "PERSON" and tok.text in post_nominals():  # "Kama Melly QC"
        return True
    if tok.like_num and label in _NO_TRAILING_NUMBER:  # "Trump 47.3" in a poll table
        return True
    if tok.text == ".":  # keep the dot of "Sq." when the tokenizer split it off
        return not (end - 2 >= start and doc[end - 2].text in ABBREVIATIONS and not doc[end - 2].whitespace_)
    return tok.is_punct or tok.is_space or _junk(tok) or tok.lower_ in POSSESSIVES or not _is_name_token(tok)


def _trim(doc: Doc, start: int, end: int, label: str) -> tuple[int, int]:
    while start < end:
        tok = doc[start]
        particle = tok.lower_ in PARTICLES and start + 1 < end and _is_name_token(doc[start + 1])
        if tok.is_punct or tok.is_space or _junk(tok) or tok.lower_ in honorifics() or tok.lower_ in _DETERMINERS or (
                not _is_name_token(tok) and not particle):
            start += 1
        else:
            break
    while end > start and _drop_last(doc, start, end, label):
        end -= 1
    return start, end


def _named_with_possessive(doc: Doc, ent: Span, i: int, named: list[Span]) -> bool:
    """Whether the possessive at ``i`` belongs to one name: a title's or a common word's office
    or paper, one common word after it ("Alachua Sheriff's Office", "People's Daily"); not a
    person's or a place's ("Trump’s White House"; "May's Government", "News’ Washington" where the
    text names May or Washington)."""
    owner, owned = doc[i - 1], doc[i + 1]
    # (a plural's bare apostrophe is a body's name: "Workers' Party", "Veterans' Affairs")
    plural = doc[i].text in ("'", "’") and owner.lower_.endswith("s")
    return i + 2 == ent.end and owned.is_title and common_word(owned.lower_) \
        and (owner.lower_ in titles() or common_word(owner.lower_) or plural) \
        and not any(t.text in (owner.text, owned.text) for e in named if e != ent for t in e)


def _pieces(doc: Doc, ent: Span, named: list[Span]) -> list[tuple[int, int]]:
    """Split a span at brackets, at a possessive inside it ("Trump’s White House" is Trump and
    the White House) unless the possessive is the name's own, a GPE at hyphens between two
    capitalised names, a person's name at a dash set off by spaces, which no name holds
    ("Deborah Jordan Reynolds - Santilli's girlfriend ..."), and a body's name at a comma after a
    person's full name ("Aparna Garg, Mysore Divisional Railway")."""
    cuts = [ent.start]
    people = {e.text for e in named if e.label_ == "PERSON" and len(e) > 1}
    for i in range(ent.start + 1, ent.end - 1):
        tok = doc[i]
        spaced = tok.text in DASHES and tok.whitespace_ and doc[i - 1].whitespace_
        possessive = tok.lower_ in POSSESSIVES and not _named_with_possessive(doc, ent, i, named)
        # a person's full name the text gives elsewhere, then a comma and their employer
        person = tok.text == "," and ent.label_ != "PERSON" and doc[ent.start:i].text in people
        if tok.text in _BRACKETS or possessive or person or (ent.label_ == "PERSON" and spaced) or (
                ent.label_ == "GPE" and tok.text in DASHES and _is_name_token(doc[i + 1])
                and _is_name_token(doc[i - 1])):
            cuts += [i, i + 1]
    cuts.append(ent.end)
    return [(cuts[k], cuts[k + 1]) for k in range(0, len(cuts), 2)] if len(cuts) > 2 else [(ent.start, ent.end)]


@cache
def _roles() -> frozenset[str]:
    """Titles and words for a person's office that stand before a name ("Mayor", "Executive",
    "Spokesperson"; ``data/person_titles.csv`` and the person nouns of ``data/source_nouns.csv``),
    not the titles things are named after a person with ("King James Bible"; ``data/eponym_titles.txt``)."""
    offices = frozenset(titles()) | {r["noun"] for r in rows("source_nouns.csv") if r["kind"] == "person"}
    return offices - words("eponym_titles.txt")


def _titled_person(ent: Span) -> int | None:
    """Where the first of a title's words stands in a span NER gave a body's, a place's or a work's
    label that ends in a title and a first name and surname ("Rockland County Executive Ed Day",
    "Phoenix Mayor Greg Stanton", "Presidential Spokesperson Harry Roque"): the person is the
    name, and whatever stands before the title keeps the span's label where that is a body's or a
    place's. Not a name that ends in a body's or a place's word ("President Lincoln Memorial")."""
    if ent.label_ == "PERSON" or len(ent) < 3 or not all(t.is_alpha and t.is_title for t in ent[-3:]):
        return None
    role, first, last = (t.lower_ for t in ent[-3:])
    if role not in _roles() or first in _roles() or last in _roles() or not is_first_name(ent[-2].text) \
            or last in ORG_WORDS | PLACE_WORDS | BODY_WORDS:
        return None
    k = ent.end - 3
    while k > ent.start and ent.doc[k - 1].is_title and ent.doc[k - 1].lower_ in _roles():
        k -= 1
    return k


def sentence_opening(tok: Token | Span) -> int:
    """The index of the first word of a token's or a span's sentence (past spaces and punctuation)."""
    return next((t.i for t in tok.sent if not (t.is_space or t.is_punct)), tok.sent.start)


def _joined_to_a_person(ent: Span, named_often: frozenset[str]) -> bool:
    """Whether a span NER gave a body's or a place's label is a first name and a surname joined by
    "and" to a person's full name: "officers Antoine Quirin and Nicolas Redouane" (Wikinews 2019,
    "Antoine Quirin" tagged a body). Not words the text names something by more than once ("Morgan
    Stanley and Jamie Dimon"), nor a name that ends in a body's or a place's word or follows a
    determiner."""
    if ent.label_ == "PERSON" or ent.label_ not in NAME_LABELS or not 2 <= len(ent) <= 3 \
            or not all(t.is_alpha and t.is_title for t in ent) or not is_first_name(ent[0].text) \
            or ent[-1].lower_ in ORG_WORDS | PLACE_WORDS | BODY_WORDS | _roles() or ent.text in named_often:
        return False
    doc = ent.doc
    if ent[0].lower_ in _DETERMINERS or ent.start > 0 and doc[ent.start - 1].lower_ in _DETERMINERS:
        return False  # "The Washington Post and Neela Banerjee": a thing's name
    root = ent.root
    joined = [root.head] if root.dep_ == "conj" else [c for c in root.children if c.dep_ == "conj"]
    # (the person's name beside it, past an "and", an "or", a comma or a description in apposition
    # only: not "Warner Music; Ronnie Cameron", nor "Meihua Holdings (China), Kemin (US), ..." in a
    # list of companies)
    return any(t.ent_type_ == "PERSON" and t.ent_iob_ == "I" and all(
        w.lower_ in (",", "and", "or", "&") or w.i in _described(t) | _described(root)
        for w in (doc[ent.end:t.left_edge.i] if t.i > ent.start else doc[t.i + 1:ent.start])) for t in joined)


def _described(tok) -> set[int]:
    """The words of what stands in apposition to a name ("Diane Hendricks, the billionaire chief
    executive of ...,")."""
    return {w.i for c in tok.children if c.dep_ == "appos" for w in c.subtree}


def _extend(doc: Doc, start: int, end: int, label: str, alone: frozenset[str] = frozenset()) -> tuple[int, int]:
    """``alone``: the one-word names of people in the text, which a name's last word may be."""
    n = len(doc)
    if label == "PERSON":
        if start > 0 and doc[start - 1].lower_ in PARTICLES and doc[start - 1].text.islower():
            start -= 1
        # the rare capitalised word the name's last word is a compound of, which NER left out:
        # "Yoon Suk" + "Yeol" (not "Trump Tower", "Clinton Foundation", nor a role: "Clinton Pollster"),
        # unless the text names the person by that last word alone ("Wanda Vázquez" + "Garced", then
        # "Vázquez said": a double surname, of which the text uses the first)
        if end < n and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i == end and doc[end].is_title \
                and doc[end].is_alpha and not doc[end].ent_type_ and doc[end - 1].whitespace_ \
                and rare_word(doc[end].lower_) and doc[end].lower_ not in _roles() \
                and not (end - start > 1 and doc[end - 1].text in alone):
            end += 1
        # Korean given names: "Chun" + "In-bum", "Kim Jong" + "-un".
        if end + 2 < n and doc[end].is_title and not doc[end].whitespace_ and doc[end + 1].text in DASHES \
                and not doc[end + 1].whitespace_ and doc[end + 2].is_alpha and doc[end].is_alpha:
            end += 3
        # ... but not a word glued on with a hyphen: "Clinton-led", "Trump-backed". Two
        # syllables of romanised Korean are a given name whatever their length ("Lee Jae-myung").
        while end + 1 < n and not doc[end - 1].whitespace_ and doc[end].text in DASHES \
                and not doc[end].whitespace_ and doc[end + 1].is_alpha \
                and (doc[end + 1].is_title or len(doc[end - 1]) <= 5 and len(doc[end + 1]) <= 4
                     or _KOREAN_SYLLABLE.match(doc[end - 1].text) and _KOREAN_SYLLABLE.match(doc[end + 1].text)):
            end += 2
    if end < n and doc[end].text == "." and not doc[end - 1].whitespace_ and doc[end - 1].text in ABBREVIATIONS:
        end += 1
    return start, end


def _relabel(span: Span) -> str:
    last = span[-1].lower_.rstrip(".") if span[-1].text != "." else span[-2].lower_
    lettered = span.end < len(span.doc) and span.doc[span.end].text in post_nominals()  # "Durham Hall QC"
    if span.label_ == "PERSON" and len(span) > 1 and not lettered:
        if last in PLACE_WORDS:
            return "FAC"
        if last in ORG_WORDS:
            return "ORG"
    return span.label_


def _subject_date(ent: Span) -> bool:
    """A month the parse made a verb's subject ("May said on Tuesday ..."): a name, where the
    article names a person so ("May was a busy month" stays a date)."""
    return ent.label_ == "DATE" and len(ent) == 1 and ent[0].tag_ == "NNP" and ent[0].dep_ in ("nsubj", "nsubjpass")


@Language.component("news_entity_spans")
def news_entity_spans(doc: Doc) -> Doc:
    spans: list[Span] = []
    ents = list(doc.ents)  # (``doc.ents`` builds its spans anew on each access)
    named = [e for e in ents if e.label_ in ("PERSON", "GPE", "LOC")]
    surnames = {e[-1].text for e in ents if e.label_ == "PERSON"}
    alone = {e.text: e.label_ for e in ents if e.label_ in _PLACE_OR_BODY}
    people_alone = frozenset(e.text for e in ents if e.label_ == "PERSON" and len(e) == 1)
    times = Counter(e.text for e in ents)
    named_often = frozenset(e.text for e in ents if e.label_ != "PERSON" and len(e) > 1 and times[e.text] > 1)
    for ent in ents:
        if _subject_date(ent) and ent.text in surnames:
            spans.append(Span(doc, ent.start, ent.end, label="PERSON"))  # "Theresa May ... May said": hers
            continue
        if ent.label_ not in NAME_LABELS:
            spans.append(ent)
            continue
        if _opening_word_no_name(ent):
            continue  # "Amongst reported incidents of ...", "Majorly, thinking that life will stay ..."
        if _opening_verb_before_name(ent):
            ent = Span(doc, ent.start + 1, ent.end, label="PERSON")  # "Follow Jeff Poor on Twitter"
        if len(ent) > 1 and ent[-1].text in post_nominals():
            ent = Span(doc, ent.start, ent.end, label="PERSON")  # "Kama Melly QC", tagged a body
        if _joined_to_a_person(ent, named_often):
            ent = Span(doc, ent.start, ent.end, label="PERSON")  # "officers Antoine Quirin and Nicolas Redouane"
        k = _titled_person(ent)
        if k is not None:
            start, end = _trim(doc, ent.start, k, ent.label_)
            if start < end and ent.label_ in _PLACE_OR_BODY:
                # (with the label NER gives the same words alone elsewhere: "Rockland County", a place)
                spans.append(Span(doc, start, end, label=alone.get(doc[start:end].text, ent.label_)))
            spans.append(Span(doc, ent.end - 2, ent.end, label="PERSON"))
            continue
        for start, end in _pieces(doc, ent, named):
            start, end = _trim(doc, start, end, ent.label_)
            if start >= end:
                continue
            start, end = _extend(doc, start, end, ent.label_, people_alone)
            span = Span(doc, start, end, label=ent.label_)
            if any(_is_name_token(t) for t in span):
                spans.append(Span(doc, start, end, label=_relabel(span)))
    doc.ents = filter_spans(spans)
    return doc


def opening_preposition(tok: Token) -> bool:
    """A preposition opening its sentence, which the tagger may read as a name ("Amongst reported
    incidents of ..."; ``data/opening_prepositions.txt``)."""
    return tok.lower_ in opening_prepositions() and tok.i == sentence_opening(tok)


def _opening_word_no_name(ent: Span) -> bool:
    """A one-word name that is no name: a preposition opening its sentence, or a sentence adverb,
    an "-ly" adverb of a common word opening its sentence before a comma ("Majorly, thinking ...",
    "Realistically, ...")."""
    if len(ent) != 1:
        return False
    doc = ent.doc
    return opening_preposition(ent[0]) or ent.start == sentence_opening(ent) and ent.end < len(doc) \
        and doc[ent.end].text == "," and adverb_of_common_word(ent.text)


def _opening_verb_before_name(ent: Span) -> bool:
    """A person's span that opens its sentence with a verb or an adverb, which the tagger read as
    such, before a first name: the verb or adverb is no part of the name ("Follow Jeff Poor on
    Twitter"). Not a name's own word ("Little Richard", tagged a proper noun)."""
    first = ent[0]
    return ent.label_ == "PERSON" and len(ent) > 2 and first.tag_ in ("VB", "RB") and common_word(first.lower_) \
        and not is_first_name(first.text) and is_first_name(ent[1].text) and ent.start == sentence_opening(ent)


_HEADING_CHARS = 50


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after a blank line, or after a line break that follows a sentence's end
    (the paragraphs of :mod:`analysis.extract.quote_marks`). The parser respects preset boundaries;
    without them it runs a quote's attribution on into the next paragraph's quote. A line break
    inside a sentence (hard-wrapped text, "Donald\n Trump") is left alone."""
    line_start = 0
    for tok in doc[1:-1]:
        if not (tok.is_space and "\n" in tok.text):
            continue
        blank = tok.text.count("\n") > 1
        if blank or doc[tok.i - 1].text[-1:] in SENTENCE_END_CHARS or _heading(doc[line_start:tok.i]):
            doc[tok.i + 1].is_sent_start = True
        line_start = tok.i + 1
    return doc


def _heading(line: Span) -> bool:
    """A subheading on a line of its own, after a blank line, with no closing punctuation ("Huma
    Abedin challenges the FBI"): too short to be the first line of hard-wrapped text."""
    doc = line.doc
    after_blank = line.start == 0 or doc[line.start - 1].is_space and doc[line.start - 1].text.count("\n") > 1
    return after_blank and 2 <= len(line) and len(line.text) <= _HEADING_CHARS and line[0].text[:1].isupper() \
        and line.end + 1 < len(doc) and doc[line.end + 1].text[:1].isupper()


# A modal takes a verb's base form; before a past tense, a participle or a third person it is a
# name the tagger took for a modal ("May said", "Will urged": Theresa May, George Will).
_NO_BASE_FORM = frozenset({"VBD", "VBZ", "VBN"})


@Language.component("modal_names")
def modal_names(doc: Doc) -> Doc:
    """Make a capitalised "modal" right before a verb in no base form that has no subject that
    verb's subject, a proper noun: "May said on Tuesday that ..." is Theresa May speaking, not a
    modal with no subject (the parse then gave the quote to the clause's "Britain"). Adverbs may
    stand between ("Will also urged")."""
    for tok in doc:
        if tok.tag_ != "MD" or not tok.is_title or tok.dep_ != "aux":
            continue
        verb = tok.head
        if verb.tag_ not in _NO_BASE_FORM or verb.i < tok.i \
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
                or any(not t.tag_.startswith("RB") for t in doc[tok.i + 1:verb.i]):
            continue
        tok.tag_, tok.dep_ = "NNP", "nsubj"  # (the attribute ruler after the parser maps the tag to PROPN)
    return doc

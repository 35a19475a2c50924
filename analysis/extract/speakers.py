"""Whose words a statement is: the source token of a cue, and the speaker it names.

:func:`speaker_of` gives the cue's source as written, and the name mention it stands for: itself
when it is a name; for "he"/"she", the person of that gender its paragraph or the one before
is about (no one where two could be); a body whose name holds the noun for "the ministry"-like
descriptions; the owner for "Trump's spokesman". Plural or indefinite sources ("analysts",
"a source") are *generic*: they keep their own text and are flagged so analyses can leave them
out; a description that names no one the article names ("the official") stands for no one.
"""

from __future__ import annotations

import math
import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from analysis.extract.cue_words import (
    ADDRESSED_CUES,
    CONTROL_VERBS,
    EVIDENCE_NOUNS,
    FINDING_CUES,
    GENERIC_WORDS,
    HEARER_CUES,
    INVERTED_NOUNS,
    ISSUING_VERBS,
    MEDIA_NOUNS,
    MEDIA_WORDS,
    MEDIUMS,
    OBJECT_CUES,
    ORG_NOUNS,
    ORG_PRONOUNS,
    OTHER_WORDS,
    PART_WORDS,
    PERSON_ENDINGS,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    POLL_SHARES,
    PORTFOLIO_WORDS,
    QUANTITY_WORDS,
    RAISING_ADJECTIVES,
    RANK_WORDS,
    SOURCE_NOUNS,
    TEXT_NOUNS,
    THING_PRONOUNS,
    TITLE_NOUNS,
    VOICE_NOUNS,
    cue_nouns,
    cue_types,
    is_cue,
    says,
)
from analysis.extract.entities import acronym_of, aged, agreed_gender, full_names_surname, pronoun_after, surname
from analysis.extract.gender import PRONOUN_GENDER, first_name_gender, is_first_name, title_word, titles
from analysis.extract.quote_marks import MARKS
from analysis.lexicon import (
    DASHES,
    INVISIBLE_MARKS,
    agencies,
    common_word,
    honorifics,
    place_abbreviations,
    rare_word,
)
from analysis.nlp.components import opening_preposition

# Space within a line, and the invisible marks web pages leave beside it ("— \u200dAparna Garg").
_GAP = f"[ \t\xa0{INVISIBLE_MARKS}]"
# "― Name" (or "-- Name") closing a line that ends a quote: a sign-off.
_NAME_WORD = r"(?:[A-Z]\.|(?:Mr|Mrs|Ms|Dr|Jr|Sr|Rev|Gen|Sen|Rep|Gov)\.|[A-Z][\w’'-]*)"
# Two writers may sign together, and the work quoted may follow ("– Strauss & Howe – The Fourth Turning").
_NAMES = rf"{_NAME_WORD}(?:[ \xa0]+{_NAME_WORD}){{0,5}}?" \
    rf"(?:[ \xa0]+(?:&|and)[ \xa0]+{_NAME_WORD}(?:[ \xa0]+{_NAME_WORD}){{0,5}}?)?"
_SIGN_OFF = re.compile(rf"[”\"’']{_GAP}*(?:[―—–]|--?){_GAP}*(?P<name>{_NAMES})\.?"
                       rf"(?:{_GAP}*(?:[―—–,]|--?){_GAP}*[A-Z][^\n]*)?{_GAP}*$")
# "-Name, Place." alone on the line after a quote that is a line of its own (blogs' "quotable").
_SIGN_OFF_LINE = re.compile(rf"{_GAP}*(?:[―—–]|--?){_GAP}*(?P<name>{_NAME_WORD}(?:[ \xa0]+{_NAME_WORD}){{0,5}}?)"
                            rf"(?:,[^\n]*)?\.?{_GAP}*$", re.M)
# "... the GAO reported. — Joana Suleiman": a paragraph's own sentence signed with a name, as
# digests sign each item with its writer's.
_SIGNED_ITEM = re.compile(rf"[.!?]{_GAP}*(?:[―—–]|--?){_GAP}*{_NAME_WORD}(?:[ \xa0]+{_NAME_WORD}){{1,5}}"
                          rf"{_GAP}*$", re.M)
_STATES = frozenset(place_abbreviations().values())
_NOT_SOURCES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})
_INDEFINITE = frozenset({"a", "an", "another", "any", "some", "every", "each", "no"})
_OBJECT_PERSONS = frozenset({"him", "her", "them", "me", "us"})
# Quantifiers that float beside a subject ("actions that all demand", "who both said"): the
# subject beside them, when the parse gives the verb both, is who acts.
_FLOATING = frozenset({"all", "both", "each"})
SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
# the places in a clause where a word names someone who acts or is acted on
_PERSON_ROLES = SUBJECTS | {"dobj", "dative", "poss", "attr"}
# A head that passes a subject on to a cue without one ("..., describing X as 'Y'").
_SUBJECT_CHAIN = frozenset({"advcl", "xcomp", "conj", "acl", "pcomp"})
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "PRODUCT", "WORK_OF_ART", "LOC"})
# How far back a person pronoun may look where the text has no paragraph breaks.
_SENTENCES_BACK = 6


@dataclass
class Speaker:
    text: str = ""
    start_char: int = -1
    end_char: int = -1
    ref_start: int = -1        # start_char of the name mention the speaker stands for
    generic: bool = False
    stands_for: str = ""       # a generic source a relative pronoun stands for ("many people, who")


def cue_subject(cue: Token, quoted: list[tuple[int, int]]) -> Token | None:
    """The cue's subject, taken from the verb it hangs on when it has none of its own; never a
    word inside a quote the cue is outside of (a misparse hangs '..., Chief Jordan said' on the
    quoted verb, whose subject is the quote's "We")."""
    outside = not in_quotes(cue, quoted)
    if _extraposed(cue):
        # "it is hard to say", "It seems unfair to tell the communities: “...”": the "it", which
        # is no one (see speaker_of), unless the sentence says whose ("It's been common for news
        # accounts to portray ... as “...”")
        return _for_whom(cue) or next(c for c in cue.head.children if c.dep_ in SUBJECTS and c.lower_ == "it")
    if cue.dep_ == "acl" and cue.tag_ == "VBG" and not (outside and in_quotes(cue.head, quoted)):
        if (holder := _participle_holder(cue.head, quoted) or _person_right_before(cue)) is not None:
            return holder
    if cue.dep_ == "acl" and (named := _relative_object_name(cue)) is not None:
        return named
    if cue.dep_ == "acl" and cue.tag_ == "VBD" and cue.head.pos_ in ("NOUN", "PROPN", "PRON") and cue.head.i < cue.i \
            and not any(c.dep_ in SUBJECTS for c in cue.children) and not (outside and in_quotes(cue.head, quoted)):
        return cue.head  # a past tense the parser hung on the noun before it: "a man yelled “...”"
    if cue.dep_ == "acl" and cue.tag_ == "VBN" and cue.head.ent_type_ == "PERSON" and cue.head.i < cue.i \
            and says(cue.lemma_.lower()) and cue.lemma_.lower() not in HEARER_CUES and cue.head.dep_ == "ROOT" \
            and not any(c.dep_ in (*SUBJECTS, "agent", "dobj") for c in cue.children):
        # the same, tagged a participle: "“...,” Nate Silver, the polling guru who founded
        # fivethirtyeight.com tweeted on Wednesday", where the name is the sentence's root
        return cue.head
    if (described := _unclosed_apposition(cue)) is not None:
        return described
    if cue.dep_ in ("relcl", "acl") and cue.head.lemma_.lower() in TEXT_NOUNS \
            and any(c.dep_ in SUBJECTS and c.lower_ in RELATIVE_PRONOUNS for c in cue.children) \
            and (issuer := _participle_holder(cue.head, quoted)) is not None and is_named_source(issuer):
        return issuer  # "Trump released a marketing video that said ...", "hoisted a sign that read"
    if cue.dep_ == "advcl" and cue.tag_ == "VBG" and not any(c.dep_ in SUBJECTS for c in cue.children):
        if held_by_noun(cue.head) and (reporter := _speaking_subject_above(cue, quoted)) is not None:
            return reporter  # "Paul addressed reports that Tillerson has emerged ..., saying": Paul's
        if (reporter := _reporter_going_on(cue, quoted) or _speaker_past_time_clause(cue, quoted)) is not None:
            return reporter
        if (text := _text_received(cue) or _text_undergone(cue)) is not None:
            return text
        subject = _subject_above(cue, quoted)
        if subject is not None and not is_named_source(subject):
            # "The first incident came ..., when Sanders protesters interrupted her speech,
            # shouting “...”": the parse hangs the participle on a clause about a thing; the
            # nearest clause before it with a person or body as subject is who shouted
            return _nearest_speaking_subject(cue, quoted) or _speaking_subject_above(cue, quoted) or subject
        return subject
    return _subject_above(cue, quoted)


# Verbs whose "it" subject can stand for an infinitive after them: "it seems unfair to tell".
_EXTRAPOSING = frozenset({"be", "seem", "appear"})


def expletive(tok: Token) -> bool:
    """Whether ``tok`` is the "it" that stands for an infinitive after its verb."""
    return tok.lower_ == "it" and tok.dep_ in SUBJECTS and any(_extraposed(c) for c in tok.head.children)


def _extraposed(cue: Token) -> bool:
    """Whether the cue is an infinitive the subject "it" of a copula stands for ("it is hard to
    say", "It's been common for news accounts to portray"): that "it" is no one."""
    verb = cue.head
    infinitive = cue.dep_ == "xcomp" or cue.dep_ == "advcl" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in cue.children)
    return infinitive and verb.i != cue.i and verb.lemma_ in _EXTRAPOSING \
        and not any(c.dep_ in SUBJECTS for c in cue.children) \
        and any(c.dep_ in ("acomp", "oprd") and c.i < cue.i and c.lemma_.lower() not in RAISING_ADJECTIVES
                for c in verb.children) \
        and any(c.dep_ in SUBJECTS and c.lower_ == "it" for c in verb.children)


def _for_whom(cue: Token) -> Token | None:
    """Who the infinitive of an extraposed "it" is said of, with "for": "common for news accounts
    to portray"."""
    verb = cue.head
    fors = [c for a in verb.children if a.dep_ in ("acomp", "oprd") for c in a.children
            if c.dep_ == "prep" and c.lower_ == "for"]
    return next((o for f in fors for o in f.children if o.dep_ == "pobj" and o.i < cue.i), None)


# Verbs whose subject receives their object: "I got an email ..., saying" is the email's saying.
_RECEIVING = frozenset({"get", "receive"})


def _text_received(cue: Token) -> Token | None:
    """The text a participle of saying goes on from, where its clause's subject received it: in "I
    just got an email from @home yesterday, saying that all customers should back up" the email
    says it, not I."""
    if cue.head.lemma_.lower() not in _RECEIVING:
        return None
    return next((c for c in cue.head.children if c.dep_ == "dobj" and c.lemma_.lower() in TEXT_NOUNS
                 and c.i < cue.i), None)


def _text_undergone(cue: Token) -> Token | None:
    """The text a participle of saying right after it belongs to, where the clause's subject
    undergoes what the text brings: in "I was arrested on a felony warrant arising out of Riverside
    County alleging 22 counts" the warrant alleges, not I (but in "He responded in a letter saying
    ..." he says it, and in "She was quoted in a statement ... saying" the words are hers)."""
    verb = cue.head
    if not any(c.dep_ == "auxpass" for c in verb.children) or any(c.dep_ == "agent" for c in verb.children) \
            or is_cue(verb) or verb.lemma_.lower() in CONTROL_VERBS or cue.i == 0 or cue.doc[cue.i - 1].is_punct:
        return None
    node = cue.doc[cue.i - 1]
    while node.i != verb.i and node.head.i != node.i:
        if node.dep_ == "pobj" and node.lemma_.lower() in TEXT_NOUNS and node.right_edge.i == cue.i - 1:
            return node
        node = node.head
    return None


def compound_subject(tok: Token) -> bool:
    """A name the parser glued to the verb after it as a compound ("“Cruz,” Beck joked, ...")."""
    return tok.dep_ == "compound" and tok.head.pos_ == "VERB" and tok.i == tok.head.i - 1 \
        and tok.ent_type_ == "PERSON"


def _nearest_speaking_subject(cue: Token, quoted: list[tuple[int, int]]) -> Token | None:
    """The subject of the nearest clause before ``cue`` in its sentence, when a person or body."""
    for verb in reversed(cue.doc[cue.sent.start:cue.i]):
        if verb.pos_ in ("VERB", "AUX") and not in_quotes(verb, quoted):
            subject = next((c for c in verb.children if c.dep_ == "nsubj" and not in_quotes(c, quoted)), None)
            if subject is not None:
                return subject if is_named_source(subject) else None
    return None


_DISTRIBUTIVE = frozenset({"each", "every", "either", "neither", "any", "another"})


def _speaking_subject_above(cue: Token, quoted: list[tuple[int, int]]) -> Token | None:
    """The subject of the verb above the clause ``cue`` hangs on, when that clause is what the
    verb or its object reports and the subject is a person or body: "Bennett denied the notion
    that a campaign shakeup is coming, explaining that ..." is Bennett's explaining, which the
    parse hangs on what he denied."""
    content = cue.head
    if content.dep_ not in ("acl", "ccomp"):
        return None  # not "as a maintenance guy walks in front of her, saying": his
    # over a thing only: "the creditors are drawing an ultimatum, threatening ..." and "each side
    # will attack them saying ..." are theirs, whatever the lexicon knows of creditors and sides;
    # but a noun's "that" clause is only what the noun holds, whoever its subject ("Paul addressed
    # reports that Rex Tillerson has emerged as a likely pick, saying ..." is Paul's)
    below = next((c for c in content.children if c.dep_ in SUBJECTS), None)
    if below is not None and not held_by_noun(content) \
            and (below.tag_ not in ("NN", "CD") or any(d.lower_ in _DISTRIBUTIVE for d in below.children)):
        return None
    verb = content.head.head if content.head.pos_ in ("NOUN", "PROPN") else content.head
    if verb.i > content.i or in_quotes(verb, quoted):
        return None  # a clause the parse hung on a later one is not what that one reports
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and not in_quotes(c, quoted)), None)
    thing = subject is not None and subject.pos_ == "PRON" and subject.lower_ not in PERSON_PRONOUNS  # "that's why"
    return subject if subject is not None and is_named_source(subject) and not thing else None


def _reporter_going_on(cue: Token, quoted: list[tuple[int, int]]) -> Token | None:
    """Who says a participle of saying that the parse hung on what an earlier speech verb
    reports: the one who reports ("Sanders has said repeatedly that the Clinton campaign ... are
    unfairly maligning his record on guns, pointing to his “D-minus” rating" is Sanders pointing;
    "Khalif said some of Clinton's rhetoric has been patronizing, noting ..."), under a refusal
    too ("Schumer wouldn't say how the party would prioritize gun control, saying only that"). Not
    where the clause is itself a statement ("..., the source recalled, adding", "will make a case
    ..., highlighting"), nor for a participle of intent or belief ("Tsipras said the creditors
    are drawing an ultimatum, threatening ...")."""
    clause = cue.head
    verb = _speech_verb_over(cue, "ccomp", quoted)
    if verb is None or is_cue(clause):
        return None
    # set off by a comma or a dash ("Forbes said Hurun included a family's fortune when identifying a
    # billionaire" is Hurun identifying), and not going on from a statement the clause makes
    # ("Aides said Obama will make a familiar case ..., highlighting" is Obama's)
    before = cue.doc[max(cue.left_edge.i - 1, 0)]
    if before.is_quote and before.i:  # the comma inside a closing mark: 'that is a "distortion," describing'
        before = cue.doc[before.i - 1]
    if before.i >= cue.left_edge.i or not (before.text == "," or before.text in DASHES) or any(
            c.dep_ == "dobj" and c.lemma_.lower() in cue_nouns() for c in clause.children):
        return None
    # nor what words the clause is about do ("Strang acknowledges that some of Trump's comments
    # were tactless and crude, often attacking his detractors": the comments attack)
    said = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    while said is not None and said.pos_ == "PRON":  # "some of Trump's comments"
        said = next((g for c in said.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj"), None)
    if said is not None and said.lemma_.lower() in cue_nouns():
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and not in_quotes(c, quoted)), None)
    return subject if subject is not None and is_named_source(subject) else None


def _speech_verb_over(cue: Token, dep: str, quoted: list[tuple[int, int]]) -> Token | None:
    """The speech verb before a participle of saying, over the clause (of relation ``dep``) that
    the parse hung the participle on, for the rules that look there for who goes on speaking."""
    clause = cue.head
    verb = clause.head
    if clause.dep_ != dep or verb.i > clause.i or not says(cue.lemma_.lower()) \
            or not is_cue(verb) or not says(verb.lemma_.lower()) or in_quotes(verb, quoted):
        return None
    return verb


# what opens a clause of earlier or later time, which says when, not who (not "as" or "when":
# "Clinton asks as a maintenance guy walks in front of her, saying ..." is his saying)
_SEQUENCE_MARKS = frozenset({"after", "before", "since", "until", "once"})


def _speaker_past_time_clause(cue: Token, quoted: list[tuple[int, int]]) -> Token | None:
    """Who says a participle of saying that the parse hung on a clause of earlier or later time
    under a speech verb: the speech verb's subject ("Hannity said during a panel after the
    first-term senator easily won his primary, remarking that ..." is Hannity remarking)."""
    verb = _speech_verb_over(cue, "advcl", quoted)
    if verb is None or not any(c.dep_ == "mark" and c.lower_ in _SEQUENCE_MARKS for c in cue.head.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and not in_quotes(c, quoted)), None)
    # (a surname the tagger took for a common noun: '..., " Hannity said')
    return subject if subject is not None and (is_named_source(subject) or subject.text[:1].isupper()
                                               and subject.lower_ in known_names(subject.doc)) else None


def held_by_noun(clause: Token) -> bool:
    """Whether a clause is a noun's "that" clause ("reports that Tillerson has emerged ...")."""
    return clause.dep_ == "acl" and clause.head.pos_ == "NOUN" \
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _subject_above(cue: Token, quoted: list[tuple[int, int]]) -> Token | None:
    """The cue's own subject, or the one of the verb it hangs on (see :func:`cue_subject`)."""
    if (joined := _joined_subject_before(cue)) is not None:
        return joined
    if cue.dep_ in ("conj", "xcomp", "pcomp") and any(c.dep_ == "auxpass" for c in cue.children) \
            and not any(c.dep_ in SUBJECTS for c in cue.children) or _shares_passive(cue):
        # a passive that borrows its subject names who undergoes it: "Zimbabwe had a strong economy
        # and ... was called the “breadbasket”", "only to be told to wait", "being described as",
        # and one that shares the passive it is coordinated with, "Trump's efforts to “drain the
        # swamp” have been derided and scoffed at": so called by someone else, its own agent if
        # named ("mocked by Democrats"; not the first verb's: "fermented by a colony ..., also known
        # as the “mother”")
        return _agent(cue)
    node = cue
    outside = not in_quotes(cue, quoted)
    for _ in range(3):
        # The nearest, when a misparse gives two ("flags fluttered ..., KCNA said"), a person
        # first ("said study co-author Ted Scambos" parsed with "co" and "Scambos" as subjects).
        # not a clause ("While discussing a tweet, ... Ryan said", parsed as the clausal subject)
        # (but the name after a verb of telling is who hears it: "“...,” Hayden, who also directed
        # the NSA, told Erin Burnett", parsed with two subjects; and "he" before the verb is as good
        # as a name: "Asked who he would like to see “go away,” he said Michelle Obama"); and one in
        # the clause its word of subordination opens ("Yanukovych, who owed his election to, as an
        # American diplomat put it, ...", parsed with Yanukovych a subject of "put" too)
        hearer = node.lemma_.lower() in HEARER_CUES
        mark = next((c.i for c in node.children if c.dep_ == "mark" and c.i < node.i), -1)
        subj = min((c for c in node.children if (c.dep_ in SUBJECTS or compound_subject(c))
                    and not _subjectless_clause(c) and not _heading(c, node) and not _object_read_as_subject(c, node)
                    and not (outside and in_quotes(c, quoted))),
                   key=lambda c: (c.lower_ in _FLOATING, hearer and c.i > node.i, c.i < mark,
                                  c.ent_type_ != "PERSON" and not (c.lower_ in PERSON_PRONOUNS and c.i < node.i),
                                  abs(c.i - node.i)), default=None)
        if subj is None and node is cue and cue.tag_ == "VBN" and cue.dep_ in ("advcl", "pcomp", "ROOT") \
                and (agent := _agent(cue)) is not None:
            # a passive clause with no subject: "– as described by FBI Director James Comey –",
            # "As reported by Western Journalism, ...", "Asked by Thrush if ..." (not a noun's
            # modifier: in "rebel groups backed by Ankara" Ankara says nothing)
            return agent
        if subj is not None and subj.dep_ == "nsubjpass" and node is cue:
            # "Sanders was endorsed by Warren": the agent is the source; with none, there is none
            # ("Trump was told that ..." names who heard it, not who said it)
            return _agent(cue)
        if subj is not None and node is cue and subj.dep_ == "nsubj" and (agent := _misread_agent(cue)) is not None:
            return agent
        if subj is not None and subj.dep_ == "nsubjpass" and node.i == cue.head.i and cue.dep_ == "conj" \
                and cue.lemma_.lower() in HEARER_CUES and not any(c.dep_ in ("dobj", "dative") for c in cue.children):
            # "Trump has been taken into a room and told the military calls the shots": told, as
            # he was taken, by no one named (not "was arrested and told reporters ...")
            return _agent(cue)
        if subj is not None and subj.dep_ == "nsubjpass" and node.i == cue.head.i and cue.tag_ == "VBG" \
                and cue.dep_ == "advcl" and _a_thing(subj) and (agent := _agent(node)) is not None \
                and not any(t.pos_ in ("VERB", "AUX") for t in cue.doc[agent.i + 1:cue.i]):
            # "Election implications ... were described by Johnson as a “historic mandate”, saying
            # he intends to leave": what was described says nothing; who described it does (not
            # after a clause of the agent's own: "were echoed by her campaign and Democrats ..., who
            # highlighted comments Trump made in 2006 saying he “sort of hopes”" is Trump's saying)
            return agent
        if subj is not None:
            return _misread_subject(subj)
        if node.dep_ not in _SUBJECT_CHAIN or node.head.i == node.i:
            return None
        # "That prompted Rubio to ... call Trump “very flexible”", "a win that led her to declare
        # that ...": the one prompted; "Politico quoted Tim Manning ... as saying", "quoted one of
        # Carson's advisers as saying": whoever is quoted; a noun with a name in apposition is
        # someone named ("prompting Cruz's former college roommate, Craig Mazin, to tweet")
        quoting = node.dep_ == "pcomp" and node.head.lower_ == "as"
        controller = node.head.head if quoting else node.head if node.dep_ == "xcomp" else None
        if quoting and controller.i > node.i:
            # "cited Budi Gunawan, chief of ..., as saying the suspects were linked to the network,
            # which was related to ...": the parse hung the "as" on a verb after it; the verb of
            # quoting above that one is whose object speaks
            controller = next((a for a in controller.ancestors if a.lemma_.lower() in CONTROL_VERBS), controller)
        if controller is not None and controller.lemma_.lower() in CONTROL_VERBS \
                and (obj := next((c for c in controller.children if c.dep_ == "dobj" and c.i < node.i
                                  and (quoting or c.pos_ in ("PROPN", "NOUN") and (is_named_source(c) or any(
                                      a.dep_ == "appos" and a.ent_type_ in ("PERSON", "ORG") for a in c.children))
                                       or c.lower_ in _OBJECT_PERSONS)), None)) is not None:
            return obj
        first = node
        while first.dep_ == "conj" and node is cue:
            first = first.head
        if first is not node and first.dep_ == "ccomp" and not is_cue(first) \
                and is_cue(first.head) and not in_quotes(first.head, quoted):
            # "A judge agreed the book may have contained ... but ruled that ...", "saying that
            # the bill had ... but was waylaid ... - and arguing that ...": a reporting verb the
            # parser coordinated with what the reporting verb before it reports is that one's
            node = first
        node = node.head
        if node.pos_ == "ADP" and node.dep_ == "prep" and node.head.pos_ in ("VERB", "AUX"):
            node = node.head  # "they played to voters by criticizing the fact-checkers"
        elif node.pos_ == "ADV" and node.dep_ == "advmod" and node.head.pos_ in ("VERB", "AUX") \
                and any(c.lower_ in ("as", "so") for c in node.children):
            # "One of them even went as far to say": the degree the infinitive hangs on (not "too
            # soon to say", "enough to see": what is not yet said)
            node = node.head
        if outside and in_quotes(node, quoted):
            # Hung on a quoted verb ("..., telling the crowd, “Some people get ...”"): the
            # sentence's own verb outside the quote is what the cue belongs to.
            root = cue.sent.root
            if in_quotes(root, quoted) or root.i == cue.i:
                return None
            node = root
    return None


def _common_noun(tok: Token) -> bool:
    """A common noun outside any name that is no word for a person ("the official") nor a generic
    source ("people")."""
    return tok.pos_ == "NOUN" and not tok.ent_type_ and tok.lemma_.lower() not in PERSON_NOUNS | GENERIC_WORDS


def _a_thing(tok: Token) -> bool:
    """Whether a subject is a thing that cannot speak: a common noun that is no word for a person
    or a body, outside any name."""
    return _common_noun(tok) and tok.lemma_.lower() not in ORG_NOUNS


def undergone(cue: Token) -> bool:
    """A passive participle of a verb of addressing, or of one whose object is who or what is
    spoken of, with neither subject nor agent ("Asked whether ..., a spokesman said only ...", "who
    told Congress when asked about ...", 'Dubbed "DisGrace" ..., she enjoyed'): the subject of the
    verb it hangs on is who was asked or named, not who asks or names, and no one named does it.
    (Not one whose subject speaks: "remarks focused on scandals", "has mocked a reporter, referred
    to immigrants as ...", nor one of believing: "Worried the nation might miss its target, ...".)"""
    lemma = cue.lemma_.lower()
    # (a subjectless "Asked" opening the sentence is often tagged a past tense)
    participle = cue.tag_ in ("VBN", "VBD") if lemma in ADDRESSED_CUES else cue.tag_ == "VBN" and lemma in OBJECT_CUES
    return participle and (cue.dep_ == "advcl" or _passive_coordinate(cue)) and _agent(cue) is None \
        and not any(c.dep_ in SUBJECTS or c.dep_ in ("aux", "auxpass") for c in cue.children)


def _passive_coordinate(cue: Token) -> bool:
    """Whether a participle with no one spoken to is joined by its "and" to a passive just before,
    wherever the parse hung it ("Goleman describes an experiment in which kids are left in a room
    alone and told they can have two marshmallows", "volunteers were shown photos and told the
    faces were of criminals": they are told, by no one named)."""
    cc = cue.doc[cue.i - 1] if cue.i else cue
    passive = cc.head
    return cue.dep_ == "conj" and cc.dep_ == "cc" and passive.i < cue.i \
        and passive.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in passive.children) \
        and not any(c.dep_ in ("dobj", "dative") for c in cue.children)  # not "was asked ... and told reporters"


def _misread_agent(cue: Token) -> Token | None:
    """A name after "by" that a participle the parse took for a past tense reports: in "Ola Bini -
    the Swedish computer programmer branded as a “hacker” by Morales - was arrested" Morales
    brands, and the parse's subject is who was branded. Not a perfect ("has branded")."""
    if cue.tag_ != "VBN" or any(c.dep_ == "aux" for c in cue.children):
        return None
    for tok in cue.doc[cue.i + 1:cue.right_edge.i + 1]:
        if tok.pos_ in ("VERB", "AUX") or tok.is_punct and tok.text not in MARKS:
            return None
        if tok.lower_ == "by" and tok.dep_ in ("prep", "agent"):
            name = next((c for c in tok.children if c.dep_ == "pobj"), None)
            return name if name is not None and name.ent_type_ in ("PERSON", "ORG") else None
    return None


def _shares_passive(cue: Token) -> bool:
    """Whether a participle coordinated with a passive is passive too, its auxiliaries and subject
    the first verb's: "was criticized and mocked"; not "was booed and called the crowd losers"
    (tagged a past tense, or with an object), "had been asked and said" (a past tense)."""
    head = cue.head
    return cue.dep_ == "conj" and cue.tag_ == "VBN" and head.i < cue.i \
        and not any(c.dep_ in SUBJECTS | {"aux", "auxpass", "dobj", "dative", "ccomp"} for c in cue.children) \
        and any(c.dep_ == "auxpass" for c in head.children) and any(c.dep_ == "nsubjpass" for c in head.children)


def _agent(verb: Token) -> Token | None:
    """Who a passive verb names after "by" ("endorsed by Warren" -> Warren)."""
    by = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None


def _heading(subj: Token, verb: Token) -> bool:
    """A subject that is a line of its own above its verb's: a heading the parse read into the
    list under it ("Policies ⏎ – Make all speeches ... to emphasize that ...")."""
    doc = subj.doc
    return subj.i < verb.i and line_start(doc, subj.left_edge.i) and subj.i + 1 < len(doc) \
        and line_start(doc, subj.i + 1 + (doc[subj.i + 1].is_space and "\n" in doc[subj.i + 1].text))


def _object_read_as_subject(subj: Token, verb: Token) -> bool:
    """A thing right after a verb, with no object of its own, that the parse made the subject of a
    participle of saying after it: in "The governor tweeted her reasoning saying, “...”" the
    governor says it, not her reasoning (a person, a source, a text or evidence there is the
    participle's: "..., his spokesman saying", "a poll showing")."""
    above = verb.head
    return verb.tag_ == "VBG" and verb.dep_ == "advcl" and subj.dep_ == "nsubj" and subj.tag_ == "NN" \
        and subj.lemma_.lower() not in PERSON_NOUNS | SOURCE_NOUNS | EVIDENCE_NOUNS | TEXT_NOUNS \
        and above.pos_ == "VERB" and subj.left_edge.i == above.i + 1 \
        and not any(c.dep_ == "dobj" for c in above.children)


def _subjectless_clause(subj: Token) -> bool:
    """A clause parsed as the subject with no subject of its own ("While discussing a tweet,
    ... Ryan said"); "Large majorities of voters going to the polls said" keeps its own."""
    return subj.dep_ == "csubj" and subj.pos_ == "VERB" and not any(c.dep_ in SUBJECTS for c in subj.children)


def _coordinated_modifier(subj: Token) -> bool:
    """Whether a subject is an adjective the parse coordinated with the noun it modifies, along with
    that noun's other modifier: "Current and former officials" (tagged an adjective, or a proper
    noun that names nothing when it opens a line; not a name the article knows: "Facebook and other
    tech companies")."""
    modifier = subj.pos_ == "ADJ" or subj.pos_ == "PROPN" and not subj.ent_type_ \
        and all(c.dep_ in ("cc", "conj") for c in subj.children) and subj.lower_ not in known_names(subj.doc)
    return modifier and subj.dep_ in SUBJECTS and any(
        c.dep_ == "conj" and c.tag_ in ("NNS", "NN") and any(g.dep_ == "amod" and g.i < c.i for g in c.children)
        for c in subj.children)


def _cleft_doer(subj: Token) -> Token | None:
    """Who does what a pseudo-cleft names: "all she could do was shout “Yessss!”", "All he
    wanted was to shout" are theirs, not "all"'s."""
    if subj.lower_ not in ("all", "what") or subj.head.lemma_ != "be":
        return None
    clause = next((c for c in subj.children if c.dep_ == "relcl"), None)
    return next((c for c in clause.children if c.dep_ == "nsubj"), None) if clause is not None else None


def _misread_subject(subj: Token) -> Token | None:
    """A subject the parser made of an opening preposition or date ("Of Carson, Levine said",
    "Saturday at the convention Sen. Elizabeth Warren said"): the person named within it, or none."""
    if _dateline(subj):  # "RANGOON, Burma - Aung San Suu Kyi's political allies on Monday predicted"
        return next((c for c in subj.children if c.dep_ == "appos"), None)
    if _coordinated_modifier(subj):
        # "Current and former national security officials say": the officials, not "Current"
        return next(c for c in subj.children if c.dep_ == "conj")
    if (owned := _owned_across_name(subj)) is not None:
        return owned
    if (contrasted := _contrasted_subject(subj)) is not None:
        return contrasted
    if _unfinished_copula(subj) or opening_preposition(subj):
        return None  # (a preposition read as a name: "Amongst reported incidents of ...")
    if (doer := _cleft_doer(subj)) is not None:
        return doer
    if (person := _campus_person(subj)) is not None:
        return person
    preposition = subj.pos_ == "ADP" and any(c.dep_ in ("pobj", "nmod") for c in subj.children)  # not "Al From said"
    if not preposition and not (subj.pos_ == "PROPN" and subj.ent_type_ in ("DATE", "TIME")):
        return subj
    clause = {t.i for c in subj.subtree if c.dep_ == "relcl" for t in c.subtree}
    names = [t for t in subj.subtree if t.ent_type_ in ("PERSON", "ORG") and t.dep_ != "compound"
             and t.i not in clause and t.i > subj.i]
    return max(names, key=lambda t: (t.ent_type_ == "PERSON", t.i), default=None)


def _contrasted_subject(subj: Token) -> Token | None:
    """The subject after a "but" the parse coordinated with the clause before it: in "the company
    invested in e-commerce ..., but Gazeta Prawna reports ..." only the newspaper reports (people
    who say something together are joined by "and", not "but")."""
    but = next((c for c in subj.children if c.dep_ == "cc" and c.lower_ in ("but", "yet")), None)
    if but is None:
        return None
    after = next((c for c in subj.children if c.dep_ == "conj" and c.i > but.i), None)
    return after if after is not None and after.i < subj.head.i else None


def _campus_person(subj: Token) -> Token | None:
    """The person whose body's name ends in a place after a comma, where the parse made the place
    the subject: in "Jo Anne Van Tilburg of the University of California, Los Angeles disagreed"
    it hung "Los Angeles disagreed" on Van Tilburg, who disagrees."""
    cue, comma = subj.head, subj.left_edge.i - 1
    if subj.ent_type_ not in ("GPE", "LOC") or cue.head.ent_type_ != "PERSON" or cue.head.i > subj.i \
            or comma < 1 or subj.doc[comma].text != ",":
        return None
    body = subj.doc[comma - 1]
    return cue.head if body.ent_type_ == "ORG" and body in cue.head.subtree and body.i > cue.head.i else None


def _unfinished_copula(subj: Token) -> bool:
    """Whether the subject is what the clause the cue reports is missing: in "The G40 figures are
    cabinet ministers Jonathan Moyo and Saviour Kasukuwere, ..., the source ... told Reuters" the
    parse made the ministers the subject of "told", leaving "are" right before them with no
    complement (a finished clause ends before the subject: "The figures are final, Moyo said")."""
    before = subj.left_edge.i - 1
    if before < 0:
        return False
    verb = subj.doc[before]
    return verb.lemma_ == "be" and verb.dep_ == "ccomp" and verb.head == subj.head


def _owned_across_name(subj: Token) -> Token | None:
    """The noun a body's name owns, where the parse coordinated it with the name at the "and"
    inside that name: in "The National Institute of Allergy and Infectious Disease's director,
    Dr. Anthony Fauci, said" the director speaks, not the institute."""
    if not any(c.dep_ == "cc" for c in subj.children) or (name := name_span(subj.doc, subj)) is None \
            or not any(c.dep_ == "cc" and name.start <= c.i < name.end for c in subj.children):
        return None
    return next((c for c in subj.children if c.dep_ == "conj" and c.i >= name.end and c.pos_ == "NOUN"
                 and name[-1].dep_ == "poss" and name[-1].head.i == c.i), None)


def _dateline(tok: Token) -> bool:
    """A place in capitals opening a line, then a comma or a dash: a wire story's dateline. The
    reader masks the one that opens a story (:func:`analysis.ingest.wrappers.mask_dateline`);
    this catches a parse of text that did not come through it, or a dateline further down."""
    doc = tok.doc
    return line_start(doc, tok.i) and tok.is_upper and tok.is_alpha and len(tok) > 2 and tok.i + 1 < len(doc) \
        and (doc[tok.i + 1].text == "," or doc[tok.i + 1].text in DASHES)


def _relative_object_name(cue: Token) -> Token | None:
    """'Bannon, who Beck on Wednesday called “a horrible, despicable human being”': the parse
    hangs "called" on Bannon; the name after the relative pronoun is who called him that."""
    between = cue.doc[cue.head.i + 1:cue.i]
    relative = next((t for t in between if t.lower_ in ("who", "whom")), None)
    if cue.head.i >= cue.i or relative is None:
        return None
    return next((t for t in reversed(between) if t.i > relative.i and t.ent_type_ in ("PERSON", "ORG")
                 and t.ent_iob_ != "O" and (t.i + 1 == cue.i or t.doc[t.i + 1].ent_iob_ != "I")), None)


def _participle_holder(noun: Token, quoted: list[tuple[int, int]]) -> Token | None:
    """Whose view a participle after a noun reports: the people or evidence it names ("outside
    groups supporting Christie", "recent polls showing a tightening"), or for a text, who issued
    it ("Trump issued a statement saying ...", "This prompted the tabloid to do a cover saying
    ..."), never who only judged or found it ("discrediting a report from Bloomberg saying ...");
    not an abstraction ("the notion suggesting")."""
    lemma = noun.lemma_.lower()
    if noun.dep_ == "pobj" and noun.head.lower_ in ("on", "in") and noun.head.head.lemma_.lower() in TEXT_NOUNS:
        # "posted a message on Twitter blaming Iran": the message blames, where it was posted does not
        return _participle_holder(noun.head.head, quoted)
    if lemma in TEXT_NOUNS:
        issued = noun.dep_ == "dobj" and noun.head.lemma_.lower() in ISSUING_VERBS
        return cue_subject(noun.head, quoted) if issued else None
    if noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.lemma_.lower() in ISSUING_VERBS \
            and any(c.dep_ == "dobj" and c.lemma_.lower() in TEXT_NOUNS for c in noun.head.head.children):
        return cue_subject(noun.head.head, quoted)  # "blasted out an email to supporters stating": the sender
    if noun.pos_ in ("PROPN", "PRON", "NUM") or noun.tag_ == "NNS" or lemma in SOURCE_NOUNS or lemma in EVIDENCE_NOUNS:
        return noun
    return None


def _person_right_before(participle: Token) -> Token | None:
    """A person noun right before a participle of saying that the parse hung on a noun further
    back, an abstraction: in "the murder of Karlov at the hands of a Turkish police officer
    shouting, “Allahu akbar,”" the officer shouts, not the murder."""
    if not says(participle.lemma_.lower()):
        return None
    before = next((t for t in reversed(participle.doc[participle.head.i + 1:participle.i]) if not t.is_punct), None)
    if before is None or before.dep_ != "pobj" or before not in participle.head.subtree:
        return None
    return before if before.lemma_.lower() in SOURCE_NOUNS or before.ent_type_ == "PERSON" else None


def _joined_subject_before(cue: Token) -> Token | None:
    """The people right before a verb the parse joined to an earlier one with no subject of its
    own, where it joined them to a noun before instead: in "the National Weather Service has
    issued a flash flood warning covering an area ... to New Orleans and other forecasters
    predicted a storm surge" the forecasters predict, not the Weather Service."""
    if cue.dep_ != "conj" or any(c.dep_ in SUBJECTS for c in cue.children):
        return None
    before = cue.doc[cue.i - 1]
    if before.dep_ != "conj" or before.head.i == cue.head.i or before.i <= cue.head.i \
            or not (before.lemma_.lower() in SOURCE_NOUNS or before.ent_type_ in ("PERSON", "ORG")):
        return None
    return before


def _according_to(tok: Token) -> Token | None:
    """The source in "according to X"; of a text, its author where the text is said to be by a
    name ("according to a tweet on Monday by US Secretary of State Mike Pompeo")."""
    if tok.lower_ != "according":
        return None
    to = next((c for c in tok.children if c.lower_ == "to"), None)
    source = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    return (_author(source) or source) if source is not None else None


def _author(source: Token) -> Token | None:
    """Who a text or words are said to be by ("a tweet on Monday by US Secretary of State Mike
    Pompeo", "the revealing comments by Newt Gingrich saying"): "by" on the noun itself or on a
    verb of issuing it ("a lawsuit filed ... by"), not on one of getting it ("an email ... obtained
    by The Huffington Post"); a person or a body only."""
    lemma = source.lemma_.lower()
    if lemma not in TEXT_NOUNS and cue_nouns().get(lemma, ("",))[0] != "speech":
        return None
    author = _by_whom(source)
    return author if author is not None and author.ent_type_ in ("PERSON", "ORG") else None


def _by_whom(source: Token) -> Token | None:
    """The object of "by" on a noun itself or on a verb of issuing it ("a lawsuit filed ... by"),
    or of "from" on the noun itself ("a recent report from Bloomberg New Energy Finance"); not on
    a verb of getting it ("an email ... obtained by The Huffington Post", "obtained from WikiLeaks")."""
    by = next((t for t in source.subtree if t.lower_ == "by" and t.dep_ in ("prep", "agent")
               and (t.head.i == source.i or t.head.lemma_.lower() in ISSUING_VERBS)
               or t.lower_ == "from" and t.dep_ == "prep" and t.head.i == source.i), None)
    return next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None


def _evidence_author(source: Token) -> Span | None:
    """The named person or body a study, a poll or an analysis is by ("A study by the liberal
    watchdog group Media Matters", "a survey conducted by independent analyst Elena Sadovskaya",
    "a study by an influential Russian sociologist, Mikhail E. Dmitriyev"): "by" on the noun or
    on a verb of issuing it, as for a text's author; not one it was done for or obtained by."""
    if source.lemma_.lower() not in EVIDENCE_NOUNS or (author := _by_whom(source)) is None:
        return None
    for tok in (author, *(c for c in author.children if c.dep_ == "appos")):
        if (name := name_span(source.doc, tok)) is not None and name.label_ in ("PERSON", "ORG"):
            return name
    return None


def _inverted_subject(cue: Token) -> Token | None:
    """The name after a cue that follows a quote (", said Democrat Elijah Cummings"), for when
    the parser, misled by the inversion, gave the cue no subject."""
    doc = cue.doc
    if cue.i == 0 or not (doc[cue.i - 1].is_quote or doc[cue.i - 1].text == ",") or cue.lemma_.lower() in HEARER_CUES:
        return None
    window = [t for t in doc[cue.i + 1:min(cue.i + 8, cue.sent.end)]]
    # never past an opening quotation mark ("put it, ''Senate Republicans should ...''" is the
    # quote) or into a clause of its own ("said when Boyle asked him a question")
    window = window[:next((k for k, t in enumerate(window) if t.is_quote or t.tag_ == "WRB" or t.dep_ == "mark"),
                          len(window))]
    # Titles may come first ("said Democrat Elijah Cummings"); a date or a place after a
    # preposition is not the speaker ("said Thursday morning on Fox News").
    start = next((k for k, t in enumerate(window[:4]) if t.pos_ == "PROPN" and t.ent_type_ not in _NOT_SOURCES), None)
    if start is None and window and window[0].text[:1].isupper() and window[0].lower_ in known_names(doc):
        start = 0  # '“...,” said Skelly, explaining ...', the name tagged as an adverb
    if start is not None and any(t.pos_ == "ADP" for t in window[:start]):
        start = None
    if start is None and window and window[0].lower_ in ("one", "another") and window[0].head.i == cue.i \
            and (len(window) == 1 or window[1].is_punct):
        return window[0]  # '“America is great! Trump is disgusting,” read one.' (of the messages)
    if start is None:
        # A source or a text read as the object ("..., read the email", "said the spokesman").
        return next((t for t in window[:3] if t.pos_ == "NOUN" and t.head.i == cue.i
                     and t.lemma_.lower() in INVERTED_NOUNS), None)
    end = start
    while end + 1 < len(window) and window[end + 1].pos_ == "PROPN" and window[end + 1].text[:1].isupper():
        end += 1
    # "..., exhorted Clinton's introducer, actress Jamie Lee Curtis": the one the name owns
    if window[end].dep_ == "poss" and window[end].head.i > window[end].i:
        # only right after a quote: "..., who served ..., called Trump's statements “childish”"
        after_quote = doc[cue.i - 1].is_quote or cue.i > 1 and doc[cue.i - 2].is_quote
        return window[end].head if after_quote else None
    return window[end]


def known_names(doc: Doc) -> set[str]:
    """The last words of the people and bodies the article names ("trump" of "Donald Trump")."""
    return {e[-1].lower_ for e in doc.ents if e.label_ in ("PERSON", "ORG")}


@lru_cache(maxsize=1)
def known_people(doc: Doc) -> frozenset[str]:
    """The last words of the people the article names."""
    return frozenset(e[-1].lower_ for e in doc.ents if e.label_ == "PERSON")


def _unclosed_apposition(cue: Token) -> Token | None:
    """"Clinton, a top aide said, “...”": a description the parser put in apposition to a name,
    right before the cue with no comma to close it, is the subject of a reporting clause set in
    the sentence."""
    if cue.i == 0:
        return None
    noun = cue.doc[cue.i - 1]
    if noun.dep_ == "appos" and noun.pos_ == "NOUN" and noun.head.i < noun.i and noun.lemma_.lower() in SOURCE_NOUNS \
            and all(c.i == noun.head.i for c in cue.children if c.dep_ in SUBJECTS):
        return noun
    return None


def _preceding_name(cue: Token) -> Token | None:
    """The name just before a cue the parser gave no subject ("..., Tulsa police Chief Chuck
    Jordan said Monday" read as the quote's object; '...,” Flynn, a top Trump surrogate, said'
    read as an apposition inside the quote's sentence)."""
    doc = cue.doc
    i = cue.i - 1
    while i >= 0 and doc[i].text == ",":
        i -= 1
    if i > 0 and doc[i].text == ")":  # "Rep. Paul Ryan (R-WI) said"
        opening = next((k for k in range(i - 1, max(i - 6, -1), -1) if doc[k].text == "("), None)
        i = opening - 1 if opening is not None else i
    if i < 0:
        return None
    prev = doc[i]
    # "Col. Steven H. Warren, a military spokesman in Baghdad, said": with a comma between, and no
    # subject after the cue ("said Kristen Day, ..., reports USA Today")
    if prev.dep_ == "pobj" and i < cue.i - 1 and _inverted_subject(cue) is None:
        while prev.dep_ == "pobj" and prev.head.dep_ == "prep" and prev.head.head.pos_ == "NOUN" \
                and prev.head.head.dep_ == "appos":
            prev = prev.head.head
    description = prev
    while prev.dep_ == "conj" and prev.pos_ != "PROPN" and prev.head.i < prev.i:
        prev = prev.head  # "Jay DiPietro, the club's president and general manager, suggested"
    if prev.dep_ == "appos" and prev.pos_ != "PROPN":
        prev = prev.head
    elif prev is not description:
        return None  # "the State Department and her family's foundation, believing": no apposition
    if i == cue.i - 1 and prev.dep_ == "advmod" and prev.text[:1].isupper() and prev.lower_ in known_people(doc):
        return prev  # "Early described it as ...": the surname of a person named, read as an adverb
    # (the surname of a person the article names counts with a description set off after it,
    # whatever NER called it here: "In an emailed statement to the AP, Paladino, 70, claimed",
    # tagged a place; not a name addressed: "Mike Gleason: Well Greg, thank you")
    if prev.pos_ != "PROPN" or prev.ent_type_ not in ("PERSON", "ORG") \
            and (description is prev or prev.lower_ not in known_people(doc)):
        return None
    # A name inside a phrase of its own is not described: in "In an interview with ... Mika
    # Brzezinski, the Democratic presidential candidate stated" the description is the subject
    # (a preposition above the name, after the last quote mark). A person the parser hung on a
    # place in such a phrase is not in it ("At Boca West, where ..., Jay DiPietro, the club's
    # president, suggested").
    quote_mark = max((t.i for t in doc[cue.sent.start:prev.i] if t.is_quote), default=-1)
    # (or on a date: "in a conference call with reporters on Dec. 2, Col. Steven H. Warren, ...";
    # or made one with it: "Alarmed by the unrest in Nevada, Senator Harry Reid, the minority leader, said")
    hung_on_place = prev.dep_ in ("appos", "conj") and prev.ent_type_ == "PERSON" \
        and prev.head.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "TIME")
    if description is not prev and description.lemma_.lower() in SOURCE_NOUNS and not hung_on_place \
            and any(a.dep_ == "prep" and quote_mark < a.i < prev.i for a in prev.ancestors):
        return description
    return prev


def _apposed_name(cue: Token) -> Token | None:
    """The name opening the sentence, or opening it after a quote, when a long apposition stands
    between it and a cue the parser gave no subject: "Jeffrey Salkin, a Hollywood, Fla., rabbi
    helping to organize the boycott, said ...", '“...,” Gene Sperling, a top outside Clinton
    adviser, said ...'."""
    doc, sent = cue.doc, cue.sent
    first = doc[sent.start]
    closing = next((t for t in reversed(doc[sent.start:cue.i]) if t.is_quote and t.i > sent.start
                    and doc[t.i - 1].text == ","), None)
    if closing is not None and closing.i + 1 < cue.i:
        first = doc[closing.i + 1]
    # titles before the name: '“...,” Representative Steve Cohen, Democrat of Tennessee, told ...',
    # '“...,” Texas delegate Bill Eastland, wearing ..., said'
    start = first.i
    while first.i + 1 < cue.i and first.i - start < 3 and first.is_alpha and first.ent_type_ not in ("PERSON", "ORG") \
            and (first.text[:1].isupper() or first.pos_ == "NOUN"):
        first = doc[first.i + 1]
    name = name_span(doc, first) if first.ent_type_ in ("PERSON", "ORG") else None
    if name is None or name.end + 1 >= cue.i or doc[name.end].text != "," or doc[cue.i - 1].text != ",":
        return None
    return name[-1]


def source_token(cue: Token, quoted: list[tuple[int, int]]) -> Token | None:
    source = _source_token(cue, quoted)
    # a word in a script the English model does not read is no source: Wikinews's interview
    # gives its Hindi answers beside their translation, and the parse of them named "करता"; nor
    # is a year or a time the parse made a subject ("... when announcing the arrest in May, 2018
    # identified him only as “Mr. A”"), nor a question's "what" ("What is behind the renewed
    # propaganda calling for an invasion?")
    if source is not None and (not latin(source.text) or source.like_num and source.ent_type_ in ("DATE", "TIME")
                               or source.lower_ == "what"):
        return None
    return source


def latin(word: str) -> bool:
    """Whether a word has a Latin letter, or no letter at all ("70", "@")."""
    letters = [c for c in word if c.isalpha()]
    return not letters or any("LATIN" in unicodedata.name(c, "") for c in letters)


def _source_token(cue: Token, quoted: list[tuple[int, int]]) -> Token | None:
    if cue.lower_ == "according":
        return _according_to(cue)
    if (poll := poll_of_share(cue)) is not None:
        return poll
    subject = cue_subject(cue, quoted)
    if subject is not None and subject.i < cue.i and not is_named_source(subject) \
            and (name := _interposed_name(cue)) is not None:
        return name
    if subject is not None and (aside := _aside_before(cue)) is not None and subject.i < aside.left_edge.i:
        return aside
    if subject is not None and (whole := text_of_part(subject)) is not None:
        subject = whole  # "Part of the judge's statement reads": the statement, the judge's
    if subject is not None and subject.pos_ == "NOUN" and (author := _author(subject)) is not None:
        return author
    if subject is not None and subject.i < cue.i and (moved := _subject_after_own_clause(subject, cue)
                                                      or _subject_after_aside(subject)
                                                      or _subject_after_according(subject)) is not None:
        return moved  # where the parse lost the subject before the cue
    return subject or _as_name(cue) or _owner_of_whose_clause(cue) or _preceding_name(cue) \
        or _inverted_subject(cue) or _apposed_name(cue) or _phrase_after_quote(cue)


def _owner_of_whose_clause(cue: Token) -> Token | None:
    """A person named before a "whose" clause that the parse read as a clause of the name's own,
    the cue's complement: in "Mr. Slinker, whose latest start-up, Paradata, uses big data ...,
    said Mr. Trump was a candidate ..." Slinker is who said it, not "Mr. Trump" after the cue."""
    for clause in cue.children:
        if clause.dep_ != "ccomp" or clause.i > cue.i:
            continue
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.ent_type_ == "PERSON" \
                and any(t.tag_ == "WP$" and t.i > subject.i for t in subject.subtree):
            return subject
    return None


def text_of_part(subject: Token) -> Token | None:
    """The text a part of it stands for as a subject: "Part of Trump's tweet included", "Much of
    the report says"; not a part of anything else ("Part of the problem")."""
    if subject.lemma_.lower() not in PART_WORDS:
        return None
    of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    whole = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return whole if whole is not None and whole.lemma_.lower() in TEXT_NOUNS | EVIDENCE_NOUNS else None


def poll_of_share(cue: Token) -> Token | None:
    """The poll that reports what a share of its respondents said: in "In a September Post-ABC
    News poll, 75 percent of Republicans said ..." or "According to a survey, 51 percent of
    respondents said ..." the poll is the source (the respondents answered its question). Only a
    share ("Six in 10 Republicans"), not a counted group: in "In a video, two men said ..." or
    "over 20 men" the men speak."""
    subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if subject is None or not (subject.lemma_.lower() in POLL_SHARES or any(
            c.dep_ == "nummod" and any(q.dep_ == "quantmod" and q.like_num for q in c.children)
            for c in subject.children)):
        return None
    for prep in cue.children:
        if prep.dep_ != "prep" or prep.i > subject.i or prep.lower_ not in ("in", "according"):
            continue
        of = next((c for c in prep.children if c.lower_ == "to"), None) if prep.lower_ == "according" else prep
        poll = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if poll is not None and poll.lemma_.lower() in EVIDENCE_NOUNS:
            return poll
    return None


def _subject_after_aside(subject: Token) -> Token | None:
    """The noun after the closing dash of an aside that ends on the parse's subject: in "In the
    letter - addressed to the U.S. attorney ..., Channing D. Phillips - the Utah Republican asks"
    the parse made the attorney the subject and the Republican his apposition."""
    doc = subject.doc
    after = next((c for c in subject.children if c.dep_ == "appos" and c.i > subject.i), None)
    if after is None or not any(t.text in DASHES for t in doc[subject.i + 1:after.left_edge.i]):
        return None
    opened = any(t.text in DASHES and t.whitespace_ for t in doc[subject.sent.start:subject.left_edge.i])
    return after if opened else None


def _subject_after_according(subject: Token) -> Token | None:
    """The apposition after the source an opening "according to" names, where the parse made that
    source the subject: in "According to news agency ISNA, the prosecutor general of Tehran, Ali
    Alghasi Mehr, said ..." the prosecutor said; ISNA reports it."""
    doc = subject.doc
    to = doc[subject.left_edge.i - 1] if subject.left_edge.i > subject.sent.start else None
    if to is not None and to.text == "," and subject.ent_type_ == "PERSON" and to.i >= 1 \
            and _according_source(source := doc[to.i - 1]) and source.lemma_.lower() in PERSON_NOUNS:
        # "according to Assange's lawyer, Martinez, a female British barrister arrived": the
        # parse made the lawyer's name the subject and the barrister its apposition
        to = source.head
    if to is None or to.lower_ != "to" or to.head.lower_ != "according" or to.head.i != to.i - 1:
        return None
    return next((c for c in subject.children if c.dep_ == "appos" and c.i > subject.i
                 and doc[c.left_edge.i - 1].text == ","), None)


def _subject_after_own_clause(subject: Token, cue: Token) -> Token | None:
    """The last of coordinated subjects where the parse made the clause of the first a part of
    it: in "a group of rabbis called for a boycott of his speech, and the prominent Jewish civil
    rights organization the Anti-Defamation League strongly denounced Trump's rhetoric and said
    ..." the League denounced and said; the rabbis' "called", a past tense, hangs on "group"."""
    own = next((c for c in subject.children if c.dep_ == "acl" and c.tag_ in ("VBD", "VBZ")), None)
    last = next((c for c in reversed(list(subject.children)) if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")),
                None)
    return last if own is not None and last is not None and own.i < last.i and cue.i > last.i else None


_NOUN_PHRASE = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "ADP"})


def _phrase_after_quote(cue: Token) -> Token | None:
    """The noun phrase between a closing quotation mark and a cue the parser gave no subject,
    having hung the phrase on the quote ('“...,” a voice over says as a photo ... is shown')."""
    doc = cue.doc
    k = cue.i - 1
    while k > cue.sent.start and doc[k].pos_ in _NOUN_PHRASE and cue.i - k <= 4:
        k -= 1
    if k == cue.i - 1 or not (doc[k].is_quote and doc[k].whitespace_ and k and doc[k - 1].text == ","):
        return None
    return next((t for t in doc[k + 1:cue.i] if t.pos_ in ("NOUN", "PROPN")), None)


def _interposed_name(cue: Token) -> Token | None:
    """The person set off by commas after a speech verb that is itself set off: in "Any
    ''cleareyed'' interpretation of Mr. Kerry's actions, said Michael Kofman, an expert ...,
    would read this as ..." the parser makes "interpretation" the subject of "said"."""
    doc = cue.doc
    if cue.i == 0 or doc[cue.i - 1].text != "," or not says(cue.lemma_.lower()):
        return None
    name = _inverted_subject(cue)
    return name if name is not None and name.ent_type_ == "PERSON" and name.i + 1 < len(doc) \
        and doc[name.i + 1].text == "," else None


def _aside_before(cue: Token) -> Token | None:
    """The words between a comma and a cue set off in the sentence, its subject, which the
    parser joined to the name before the first comma: in "The source of the attraction to Mr.
    Trump, union members and leaders say, is manifold" the parser made "source" the subject."""
    if cue.dep_ != "parataxis":
        return None
    comma = next((t.i for t in reversed(cue.doc[cue.sent.start:cue.i]) if t.text == ","), None)
    phrase = cue.doc[comma + 1:cue.i] if comma is not None else None
    return next((t for t in phrase if not comma < t.head.i < cue.i), None) if phrase else None


def _as_name(cue: Token) -> Token | None:
    """The person an "as" clause names when the parser read "as" as a preposition: "As Akhil Amar,
    professor of constitutional law at Yale ..., put it, ''...''"."""
    mark = next((c for c in cue.children if c.dep_ == "mark" and c.lower_ == "as"), None)
    name = next((c for c in mark.children if c.dep_ == "pobj"), None) if mark is not None else None
    return name if name is not None and name.ent_type_ in ("PERSON", "ORG") else None


def _antecedent(tok: Token) -> Token:
    """What a relative pronoun subject stands for ("China, which has said ..." -> China), also
    in a second relative clause ("Eric Kingson, who is running ... and who worked the crowd")."""
    if tok.lower_ not in RELATIVE_PRONOUNS or tok.dep_ not in SUBJECTS:
        return tok
    clause = tok.head
    while clause.dep_ == "conj" and clause.head.i != clause.i and tok.lower_ == "who":  # "which" is a thing's
        clause = clause.head
    if clause.dep_ == "relcl" or clause.dep_ == "acl" and clause.head.i < tok.i < clause.i:
        return clause.head  # (a relative clause the parse read as a modifier: "actions that all demand")
    return _noun_before_relative(tok) or tok


def _noun_before_relative(tok: Token) -> Token | None:
    """The noun right before "who" or "which" (a comma between at most) whose clause the parse
    made a verb's conjunct or complement: in "according to police, who said officers arrived"
    and "according to CNN who reported that" the relative pronoun still stands for the noun."""
    if tok.lower_ not in ("who", "which"):
        return None
    doc = tok.doc
    i = tok.i - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    if i < 0:
        return None
    name = name_span(doc, doc[i])  # (whatever the tagger made of its words: "Hawaii News Now")
    if name is not None and name.end == i + 1:
        return name.root
    return doc[i] if doc[i].pos_ in ("NOUN", "PROPN") and doc[i].right_edge.i == i else None


def _age_nominal(tok: Token) -> bool:
    """Whether ``tok`` is a person named by their age: "The 83-year-old began to cry ... but he did
    say" is about no one named, not the apostle whose words he had just quoted."""
    return tok.lower_ == "old" and tok.dep_ in ("nsubj", "nsubjpass") \
        and any(c.lemma_ == "year" for c in tok.children)


def _of_a_person_noun(tok: Token) -> bool:
    """Whether a name is the object of "of" after a word for a person ("the widow of John Lennon",
    "the artist and widow of John Lennon")."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return False
    noun = tok.head.head  # (or a word coordinated with it: "the artist and widow of John Lennon")
    return any(n.lemma_.lower() in PERSON_NOUNS for n in [noun, *noun.conjuncts])


def _quoted_at(pos: int, spans: list[tuple[int, int]]) -> bool:
    """Whether a character offset lies in one of ``spans``, which :func:`find_quotes` gives
    sorted and disjoint: a binary search, since this runs for most tokens of every document."""
    i = bisect_right(spans, (pos, math.inf)) - 1
    return i >= 0 and pos < spans[i][1]


def in_quotes(tok: Token, spans: list[tuple[int, int]]) -> bool:
    return _quoted_at(tok.idx, spans)


def name_span(doc: Doc, tok: Token) -> Span | None:
    """The name entity around a token, read from the token's IOB tags (``doc.ents`` builds every
    span anew on each access)."""
    if tok.ent_type_ not in _NAME_LABELS:
        return None
    start, end = tok.i, tok.i + 1
    while doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=tok.ent_type_)


def _phrase(tok: Token) -> Span:
    """The source as written: the head noun with what precedes it in its phrase."""
    doc = tok.doc
    start = min((t.i for t in tok.subtree if t.i <= tok.i and t.dep_ not in ("punct", "cc", "prep")), default=tok.i)
    if tok.dep_ == "conj" and tok.head.i < start and _coordinated_modifier(tok.head):
        start = tok.head.i  # the adjective the parse made the subject opens the phrase: "Current and former officials"
    # not across a quotation mark (a misparse hangs the quote on its speaker's noun), into the
    # line before one that opens with a capital ("6:45\nThe official"; not a hard-wrapped "the\ngovernment")
    # or into a paragraph before (a mail's masked reply: "Perry Greenfield wrote:\n\n> ...\n\nyou ask"),
    # nor back across a label's colon ("June 6/7: (A Saturday/Sunday ...) Deutsche Bank's two CEO's announce")
    start = max((t.i + 1 for t in doc[start:tok.i] if t.text in MARKS or t.text == ":"
                 or "\n" in t.text and (doc[t.i + 1].text[:1].isupper() or t.is_space and t.text.count("\n") > 1)
                 or t.text in DASHES and t.whitespace_ and t.i and doc[t.i - 1].whitespace_), default=start)
    while start < tok.i and doc[start].is_space:
        start += 1  # a masked dateline before it ("SEOUL, Aug. 20 (Yonhap) -- North Korea's ...")
    if doc[start].text == "(" and (close := next((t.i for t in doc[start:tok.i] if t.text == ")"), None)) is not None:
        start = close + 1  # nor does it open with an aside in brackets (see above)
    while tok.pos_ in ("NOUN", "PROPN") and (prefix := _hyphen_prefix(doc[start])) is not None \
            and len(prefix) > 1:
        # a word the tokenizer split at its hyphen ("a co-owner", parsed as two subjects)
        glued = start = prefix.i
        while start > tok.sent.start and doc[start - 1].dep_ in ("det", "amod", "compound", "poss") \
                and doc[start - 1].head.i in (glued, tok.i):
            start -= 1
    # A compound name or title glued to the head's right stays ("said Leif-Eric Easley").
    end = tok.i + 1
    while end < len(doc) and doc[end].dep_ in ("compound", "flat") and doc[end].head.i == tok.i:
        end += 1
    return doc[start:end]


def _hyphen_prefix(tok: Token) -> Token | None:
    """The word the tokenizer split off before ``tok`` at a hyphen ("co" of "co-owner", "ex" of
    "ex-wife"), or None."""
    doc = tok.doc
    if tok.i < 2 or doc[tok.i - 1].text != "-" or doc[tok.i - 1].whitespace_ or doc[tok.i - 2].whitespace_ \
            or not doc[tok.i - 2].is_alpha:
        return None
    return doc[tok.i - 2]


def _new_body_above(source: Token, quoted: list[tuple[int, int]]) -> bool:
    """Whether the subject of the clause above an "it" is a body the text brings in unnamed ("the
    Times of Israel reported that an Egyptian newspaper published what it called transcripts"):
    "it" is that one, not the last body named."""
    governing = _governing_subject(source, quoted)
    return governing is not None and governing.pos_ == "NOUN" and not governing.ent_type_ \
        and governing.lemma_.lower() in ORG_NOUNS | MEDIA_NOUNS \
        and any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in governing.children)


def _last_org(doc: Doc, before: int, quoted: list[tuple[int, int]]) -> Span | None:
    """The last body named before a character offset, outside quotes, preferring the last one
    that was a subject."""
    found = None
    for ent in reversed([e for e in doc.ents if e.start_char < before and e.label_ == "ORG"]):
        if not _quoted_at(ent.start_char, quoted):
            found = found or ent
            if ent.root.dep_ in SUBJECTS:
                return ent
    return found


def _text_source_between(doc: Doc, body: Span, end: int) -> bool:
    """Whether a text that is not the body's speaks between the body and a token: the nearer thing
    an "it" may stand for, as a subject or after "according to" ("according to a statement posted
    to his account. It also stated"); not "the Newsweek article acknowledges as much. It ..."."""
    return any(t.lemma_.lower() in TEXT_NOUNS and not t.ent_type_ and t.left_edge.i > body.start and (
        t.dep_ in SUBJECTS or t.dep_ == "pobj" and t.head.head.lower_ == "according") for t in doc[body.end:end])


def line_start(doc: Doc, i: int) -> bool:
    """Whether token ``i`` opens a line."""
    return i == 0 or (doc[i - 1].is_space and "\n" in doc[i - 1].text) or "\n" in doc[i - 1].whitespace_


def paragraph_start(doc: Doc, i: int) -> int:
    """The first token of the line token ``i`` is on."""
    while i > 0 and not line_start(doc, i):
        i -= 1
    return i


def _window_start(tok: Token, quoted: list[tuple[int, int]]) -> int:
    """The first token a pronoun may refer back to: the start of the paragraph before its own,
    not counting paragraphs that only go on quoting (the one who spoke them is the topic), and
    no more than ``_SENTENCES_BACK`` sentences back (text without paragraph breaks)."""
    doc = tok.doc
    start, end, opened = tok.sent.start, tok.i, 0
    for _ in range(_SENTENCES_BACK):
        if start == 0:
            break
        if line_start(doc, start):
            if any(t.is_alpha and not _quoted_at(t.idx, quoted) for t in doc[start:end]):
                opened += 1
                if opened == 2:
                    break
            end = start
        start = doc[start - 1].sent.start
    return start


def _role(tok: Token) -> Token:
    """The word whose place in the clause a name has: "Leader" for "Senate Minority Leader Chuck
    Schumer, D-N.Y., said"; "Attorney" for "the U.S. Attorney for Atlanta, Sally Quillian Yates,
    was testifying", where the parse hung the person's name on the place the title is for."""
    if tok.dep_ != "appos":
        return tok
    head = tok.head
    if tok.ent_type_ == "PERSON" and (head.ent_type_ in ("GPE", "ORG", "LOC") or _thing_noun(head)) \
            and head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.lemma_.lower() in PERSON_NOUNS:
        # (and "The manager of the equipment dealership, Kaleb Rodgers, said")
        return head.head.head
    return head


@dataclass(frozen=True)
class _Mention:
    head: Token     # the mention's head word: whether it is a subject, and of what
    person: Span    # the fullest name the article gave the person ("Hillary Clinton" for "Clinton")
    open: bool = False  # a surname that may be another full name's than the one it matches


def _people(doc: Doc, start: int, before: int, quoted: list[tuple[int, int]]) -> list[_Mention]:
    """The person mentions from token ``start`` up to a character offset, outside quotes. A bare
    surname is the last full name before it that ends with it, also where NER tagged the surname
    as something else or nothing ("Sanders insisted", "Calabrese told the National Post")."""
    full = [e for e in _full_names(doc) if e.start_char < before]
    surnames = {surname(f).text for f in full}
    misread = {e.start for e in _misread_people(doc)}
    out = []
    for tok in doc[start:]:
        if tok.idx >= before:
            break
        if tok.ent_iob_ == "I" or tok.ent_type_ != "PERSON" and tok.text not in surnames and tok.i not in misread \
                or _quoted_at(tok.idx, quoted):
            continue
        ent = name_span(doc, tok) if tok.ent_type_ else None
        if ent is not None and len(ent) == 1 and ent.label_ == "PERSON" and tok.text not in surnames \
                and tok.text in _mostly_things(doc):
            continue  # "Minetest", tagged a person once and a body four times: a thing, not "he"
        if ent is not None and (ent.label_ == "PERSON" or ent in _misread_people(doc)):
            words = {t.lower_ for t in ent}
            out.append(_Mention(ent.root, _holder(ent, [f for f in full if words <= {t.lower_ for t in f}])))
        elif (ent is None or len(ent) == 1) and tok.pos_ in ("PROPN", "NOUN") and tok.text[:1].isupper():
            holders = [f for f in full if surname(f).text == tok.text]
            if holders:
                # a name NER gave another label may be the one meant ("Seddique Mir Mateen", read
                # as a work of art, beside his son Omar Mateen): then the surname stays as written
                other = any(at < tok.idx for at in _other_names(doc).get(tok.text, ()))
                out.append(_Mention(tok, doc[tok.i:tok.i + 1], True) if other
                           else _Mention(tok, _holder(doc[tok.i:tok.i + 1], holders)))
    return out


@lru_cache(maxsize=1)
def _full_names(doc: Doc) -> list[Span]:
    """The document's person names of two words or more, kept for the document's other pronouns
    (``doc.ents`` builds every span anew on each access; a ``Doc`` hashes by identity)."""
    return sorted([e for e in doc.ents if e.label_ == "PERSON" and len(e) > 1] + _misread_people(doc),
                  key=lambda e: e.start)


@lru_cache(maxsize=1)
def _misread_people(doc: Doc) -> list[Span]:
    """Person names NER called something else: a first name and a surname that a "he" or "she"
    follows somewhere as its subject ("Carly Fiorina", tagged ORG throughout an article on her,
    "Fiorina ..., she wrote"; the bare surname may be tagged anything: "Murad, who escaped
    captivity, ... She said", tagged a place), or that a title opens ("Patrol Chief James Hall",
    tagged a work of art), a name in apposition to a word for one person ("A Republican
    strategist, Harland Dorrinson") and one with an age after it ("D.T. Fillion, 56, of Clemson")."""
    ents = list(doc.ents)
    shaped = {e.start: k for e in ents if e.label_ != "PERSON" and e.label_ in _NAME_LABELS
              and (k := _first_name_at(e)) is not None and (k > 0 or e.label_ == "ORG")}
    surnames = {e[-1].text for e in ents if e.start in shaped}
    said = {e[-1].text for e in ents if e[-1].text in surnames and pronoun_after(e)}
    return [e for e in ents if e.start in shaped and (shaped[e.start] > 0 or e[-1].text in said)] \
        + [e for e in ents if _apposed_to_a_person_noun(e) or e.label_ != "PERSON" and len(e) > 1 and aged(e)]


def _first_name_at(ent: Span) -> int | None:
    """Where the first name starts in a name of capitalised words that is a first name and a
    surname ("Carly Fiorina": 0), a title and those ("Patrol Chief James Hall": 2) or a state
    and those, the end of a title ("Senator from Vermont Bernie Sanders", tagged a body: 1); else None."""
    if not all(t.is_alpha and t.is_title for t in ent):
        return None
    k = next((i for i, t in enumerate(ent) if is_first_name(t.text)), len(ent))
    return k if 2 <= len(ent) - k <= 3 and (k == 0 or title_word(ent[k - 1].text) is not None
                                            or ent[:k].text in _STATES) else None


def _apposed_to_a_person_noun(ent: Span) -> bool:
    """A name NER called a body that stands in apposition to a word for one person: "A Republican
    strategist, Harland Dorrinson, called ...", "Harland Dorrinson, a Republican strategist"."""
    if ent.label_ != "ORG" or not 2 <= len(ent) <= 3 or not all(t.is_alpha and t.is_title for t in ent):
        return False
    root = ent.root
    nouns = [root.head] if root.dep_ == "appos" else [c for c in root.children if c.dep_ == "appos"]
    return any(n.tag_ == "NN" and n.lemma_.lower() in PERSON_NOUNS for n in nouns)


@lru_cache(maxsize=1)
def _mostly_things(doc: Doc) -> frozenset[str]:
    """One-word names NER tags a person less often than something else in the document: a game,
    a company or a place the tagger once took for someone ("Minetest was an attempt by Ahola").
    Not one that a "who" follows anywhere, a person's relative ("Meanwhile Rihanna, who was
    honored with the prestigious Rockstar award", tagged a place twice)."""
    votes: dict[str, Counter] = {}
    who = set()
    for e in doc.ents:
        if len(e) == 1 and e.label_ in _NAME_LABELS:
            votes.setdefault(e.text, Counter())[e.label_ == "PERSON"] += 1
            after = e.end + (e.end < len(doc) and doc[e.end].text == ",")  # past a comma: "Rihanna, who"
            if after < len(doc) and doc[after].lower_ == "who":
                who.add(e.text)
    return frozenset(word for word, v in votes.items() if v[True] < v[False] and word not in who)


@lru_cache(maxsize=1)
def _other_names(doc: Doc) -> dict[str, list[int]]:
    """Where names of two words or more that NER did not call a person start, by their last word;
    not a title or its initials and a surname ("Impeach AG Lynch", tagged ORG, is Loretta Lynch's)."""
    out: dict[str, list[int]] = {}
    misread = {e.start for e in _misread_people(doc)}
    for e in doc.ents:
        if e.label_ != "PERSON" and len(e) > 1 and title_word(e[-2].text) is None and e.start not in misread \
                and not (e[-2].text.isupper() and len(e[-2].text) <= 3):
            out.setdefault(e[-1].text, []).append(e.start_char)
    return out


def _holder(mention: Span, names: list[Span]) -> Span:
    """The one full name among ``names`` before the mention, or the mention itself where there is
    none or two people's ("Clinton" in an article naming Bill and Hillary Clinton)."""
    before = {f.text.lower(): f for f in names if f.start <= mention.start}
    return next(iter(before.values())) if len(before) == 1 else mention


def _unsexed_word(mention: _Mention) -> bool:
    """A one-word "person" of no known gender (see :func:`_person_gender`) that nothing else shows
    to be anyone's name (no first name, no surname of a full name in the article) and that is no
    one who acts or is acted on there: a modifier, an object of a preposition, one of a list of things ("the
    Obama administration", "on Twitter", "in Monterrey", "Bread" in "Panem et Circenses, Bread and
    Circuses"). No "he" or "she" stands for it; a subject, an object, an owner or a source named
    by surname alone may be one ("Obama also addressed ...", "A reporter asked Sanders ...")."""
    word = mention.person
    if len(word) != 1 or is_first_name(word.text) or full_names_surname(word[0]):
        return False
    tok = mention.head
    while tok.dep_ == "conj" and tok.head.ent_type_ == "PERSON":
        tok = tok.head
    role = _role(tok)
    return role.dep_ not in _PERSON_ROLES and not _according_source(role) \
        and not (role.dep_ == "pobj" and role.head.dep_ == "agent")


def _person_gender(mention: _Mention) -> str:
    """"male", "female" or "": from an honorific before the mention or its full name, else from
    the full name's first name, else from the honorific the article gives that surname anywhere
    ("Ms. Nwanguma", "Mr. Trump"), when it always gives the same one."""
    doc = mention.person.doc
    for k in (*range(mention.head.left_edge.i, mention.head.i), mention.head.left_edge.i - 1, mention.person.start - 1):
        if k >= 0 and (gender := _honorific_gender(doc[k])):
            return gender
    if len(mention.person) > 1 and (gender := first_name_gender(mention.person[0].text)):
        return gender
    said = _surname_genders(doc).get(mention.person[-1].text, frozenset())
    if said:
        return next(iter(said)) if len(said) == 1 else ""
    return _pronoun_genders(doc).get(mention.person[-1].text, "")


@lru_cache(maxsize=1)
def _pronoun_genders(doc: Doc) -> dict[str, str]:
    """The gender the article's own "he" and "she" give a surname where its name leaves it open
    ("Bernie" is a man's name in the US, a woman's elsewhere): the subject pronouns right after
    the person as a subject, with no one else named between ("Sanders said ... He added"), when
    they agree at least two to one."""
    votes: dict[str, list[str]] = {}
    for e in doc.ents:
        if e.label_ == "PERSON":
            votes.setdefault(e[-1].text, []).append(pronoun_after(e))
    return {name: gender for name, genders in votes.items() if (gender := agreed_gender(genders))}


@lru_cache(maxsize=1)
def _surname_genders(doc: Doc) -> dict[str, frozenset[str]]:
    """The genders the honorifics right before each capitalised word imply ("Ms. Nwanguma");
    cached per document, so frozen."""
    out: dict[str, set[str]] = {}
    for tok in doc[:-1]:
        if (gender := _honorific_gender(tok)) and (name := doc[tok.i + 1]).text[:1].isupper():
            out.setdefault(name.text, set()).add(gender)
    return {name: frozenset(genders) for name, genders in out.items()}


def _honorific_gender(tok: Token) -> str:
    """The gender an honorific implies ("Ms." -> female), or ""; a title ("President") implies none."""
    word = tok.lower_.rstrip(".")
    return titles().get(word, "") if word in honorifics() else ""


def _main_subject(tok: Token) -> bool:
    """The subject of its sentence's main verb or of one coordinated with it, or the one a
    sentence brings in as its topic ("Then there's Axelrod. “...,” he wrote" is Axelrod's, not
    Obama's, the subject before)."""
    verb = tok.head
    return tok.dep_ in SUBJECTS and (verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT") \
        or _reported_before_its_cue(tok) \
        or _misread_main_verb(tok) is not None \
        or tok.dep_ == "attr" and verb.dep_ == "ROOT" and verb.lemma_ == "be" \
        and any(c.dep_ == "expl" for c in verb.children)


def _reported_before_its_cue(tok: Token) -> bool:
    """The subject of what a sentence reports before its cue, which is what the sentence is about
    ("Tom Perez ripped Trump's move ..., The Hill reported. He called it “cruel”" is Perez's), when
    the cue and its subject follow it (not "Trump, alleging that Obama wanted ..., said")."""
    verb = tok.head
    cue = verb.head
    return tok.dep_ in SUBJECTS and verb.dep_ == "ccomp" and cue.dep_ == "ROOT" and verb.i < cue.i \
        and is_cue(cue) and says(cue.lemma_.lower()) \
        and min((c.i for c in cue.children if c.dep_ in SUBJECTS), default=-1) > verb.right_edge.i


def _misread_main_verb(tok: Token) -> Token | None:
    """The main verb the parse hung on its subject as a clause of it: a past or present tense is
    no participle ("A Republican strategist, Harland Dorrinson, called ...", read as the strategist
    who called)."""
    if tok.dep_ != "ROOT" or tok.pos_ not in ("NOUN", "PROPN"):
        return None
    return next((c for c in tok.children if c.dep_ == "acl" and c.tag_ in ("VBD", "VBZ", "VBP")), None)


# What NER calls those who speak: a name it labels otherwise (or not at all) is a person it missed.
_SPEAKING_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _topic_person(source: Token, quoted: list[tuple[int, int]], before: int, hops: int = 2) -> Span | None:
    """The person a "he"/"she" source stands for: a person of that gender named (outside quotes)
    in its paragraph or the one before. First the subject of the clause the pronoun's clause
    belongs to: a name ("Mr. Ryan is shaping an agenda that he plans"), or a description that
    is no name ("a woman ... told him she worries": no one). When several fit, the topic: the
    last main-clause subject, the last source of a statement and a subject in the pronoun's
    sentence must be the same person; otherwise no one ("Trump said X. Cruz, meanwhile,
    campaigned in Iowa. “...,” he said" is either). Where no one fits, a "he" that is the
    subject there carries the topic on ("Kasich is trumpeting ... But he says ... He tells")."""
    doc = source.doc
    if _new_person_above(source) or _blamed_before(source):
        return None
    start = _window_start(source, quoted)
    wanted = PRONOUN_GENDER.get(source.lower_, "")
    people = _people(doc, start, before, quoted)
    gender_of = {m.head.i: _person_gender(m) for m in people}  # (one mention per head word)
    fits = [m for m in people
            if (gender := gender_of[m.head.i]) in ("", wanted) and (gender or not _unsexed_word(m))
            and not (m.head.tag_ in ("NNS", "NNPS") and len(m.person) == 1 and not full_names_surname(m.head))]
    # "he said Morales tore open his shirt": the subject of the clause the pronoun's verb reports
    # is someone else (not a name deeper in it: "He said the announcement, ... to get Carson
    # supporters to caucus for Cruz, was an insult" is Carson's)
    reported = {t.lower_ for c in source.head.children if c.dep_ == "ccomp" and c.i > source.i
                for t in c.children if t.dep_ in ("nsubj", "nsubjpass") and t.ent_type_ == "PERSON"
                and not _quoted_at(t.idx, quoted)}
    fits = [m for m in fits if m.person[-1].lower_ not in reported]
    # nor anyone the pronoun is joined with by name: in "both he and Pence have said" he is not
    # Pence (but "she and her husband, President Barack Obama" leaves Michelle Obama)
    joined = {c.lower_ for c in source.conjuncts if c.pos_ == "PROPN"}
    fits = [m for m in fits if m.person[-1].lower_ not in joined]
    later = _later_subject(source, quoted)
    if later is not None and (later.ent_type_ == "PERSON" or later.lemma_.lower() in PERSON_NOUNS) \
            and later.tag_ not in ("NNS", "NNPS"):  # "he" is not "some international relations experts"
        # "After making her mark ..., declaring she'd call ..., the spiritual guru has failed",
        # "Ever since she endorsed Mrs. Clinton this month, Ms. Warren has been ...": the person
        # after the phrase the pronoun opens is who it is, a name or no one we know
        name = name_span(doc, later) if later.ent_type_ == "PERSON" else None
        if name is None or first_name_gender(name[0].text) in ("", wanted) or len(name) == 1:
            return name
    preposed = _preposed_clause(source)
    if preposed is not None:
        # "While McConnell said that ..., he added": the subject of a clause of saying set before
        # the pronoun's is who it is; the people that clause reports on are not
        said = [m for m in fits if _role(m.head).head == preposed and _role(m.head).dep_ in ("nsubj", "nsubjpass")]
        if said:
            return name_span(doc, said[-1].head) if said[-1].head.ent_type_ == "PERSON" else said[-1].person
        fits = [m for m in fits if not preposed.left_edge.i <= m.head.i <= preposed.right_edge.i]
    if (opener := _time_clause_person(source, quoted)) is not None and _person_gender(opener) in ("", wanted):
        # (also where the clause is one of saying whose subject the window before "..., he said" left out)
        return name_span(doc, opener.head) if opener.head.ent_type_ == "PERSON" else opener.person
    governing = _governing_subject(source, quoted)
    owner = _relative_owner(source)
    if governing is not None and owner is not None and owner.i != governing.i \
            and {owner.i, governing.i} <= {m.head.i for m in fits}:
        # "Trump was responding to Obama's comments in an interview, in which he said ...", but
        # "Trump attacked Obama's plan, which he said would fail": either may be "he"
        return None
    if governing is not None:
        if governing.lower_ == source.lower_:
            return _topic_person(governing, quoted, governing.idx, hops - 1) if hops else None
        if (governing.pos_ == "NOUN" and governing.lemma_.lower() in PERSON_NOUNS | GENERIC_WORDS
                or _age_nominal(governing)) and not (governing.tag_ == "NNS" and source.lower_ in ("he", "she")):
            return None  # (but "Sources were able to confirm that he plans": not the sources)
        if governing.pos_ == "PROPN" and governing.ent_type_ not in _SPEAKING_LABELS \
                and says(governing.head.lemma_.lower()) \
                and next(a for a in (source, *source.ancestors) if a.head.i == governing.head.i).dep_ == "ccomp" \
                and not any(_role(m.head) == governing for m in fits):
            # "Fappy The Anti-Masturbation Dolphin, a mascot for ..., told ABC News he believes":
            # the one who tells, by a name NER did not tag as anyone who speaks (a work of art
            # there), not a person named before
            return None
        fits = [m for m in fits if _role(m.head) == governing] or fits
    if not fits:
        carrier = next((t for t in reversed(doc[start:source.i]) if t.lower_ == source.lower_ and _main_subject(t)
                        and not _quoted_at(t.idx, quoted)), None) if hops else None
        return _topic_person(carrier, quoted, carrier.idx, hops - 1) if carrier is not None else None
    # one person, however written: "Trump" and "Donald J. Trump" are one
    names = sorted({m.person.text: m.person for m in fits}.values(), key=len, reverse=True)
    person = {m: m.person if m.open else next(n for n in names if {t.lower_ for t in m.person} <= {t.lower_ for t in n})
              for m in fits}
    subject = next((m for m in reversed(fits) if _main_subject(_role(m.head))), None)
    # (an "according to" in the sentence just before names the source of that statement:
    # "Fitness was a big factor in that according to Kidston. “...,” he said.")
    speaker = next((m for m in reversed(fits) if (_main_clause_source(_role(m.head))
                                                  and says(_role(m.head).head.lemma_.lower())
                                                  or _says_by_participle(_role(m.head)))
                    or _according_source(_role(m.head)) and m.head.i >= _previous_sentence_start(source, 1)), None)
    # "... when Trump ... called immigrants “rapists” (although he allowed ...)": not Rubio, the last main subject
    near = next((m for m in reversed(fits) if _role(m.head).dep_ in SUBJECTS and m.head.sent == source.sent), None)
    topic = {person[fits[-1]]} if len(set(person.values())) == 1 \
        else {person[m] for m in (subject, speaker, near) if m is not None}
    topic_at = max((m.head.i for m in (subject, speaker, near) if m is not None), default=-1)
    # an owner just before the pronoun in its sentence is one more candidate, never the only one:
    # "For that she drew Trump's ire - he called her “weak”" is not Toomey, the last main subject
    owner = next((m for m in reversed(fits) if _role(m.head).dep_ == "poss" and m.head.sent == source.sent
                  and m.head.i < source.i), None)
    if topic and owner is not None:
        topic.add(person[owner])
    # so is a person named before it in the clause its own adverbial clause hangs on, where nothing
    # before it in the sentence carries a topic on (no subject named, no pronoun of its gender): "It
    # will be up to Donald Trump, after he becomes president, to decide" is not the whistleblower
    # quoted before; "Over the years, she said, email has helped her stay in close touch with
    # Clinton – although ... she laughed" stays hers
    carried = near is not None or any(PRONOUN_GENDER.get(t.lower_) == wanted for t in doc[source.sent.start:source.i])
    if topic and not carried and source.dep_ in SUBJECTS and source.head.dep_ == "advcl":
        main = source.head.head
        beside = next((m for m in reversed(fits) if m.head.sent == source.sent and m.head.i < source.i
                       and main in m.head.ancestors), None)
        if beside is not None:
            topic.add(person[beside])
    # A person that the sentence just before, or the pronoun's own, opens on as the one whose view
    # it gives is who the pronoun is ("For Martin, it does not make much of a difference. While he
    # believes ..." is not Eastman's, the last main subject), unless another person who fits is a
    # subject in either sentence: then either may be meant ("For Jonathan Chait, Williamson is
    # exposing .... “...,” he mocks").
    framed = next((m for m in reversed(fits) if m.head.i < source.i and _framing_person(_role(m.head))
                   and m.head.i >= _previous_sentence_start(source, 1)), None)
    if topic and framed is not None:
        rivals = [m for m in fits if person[m] != person[framed] and _role(m.head).dep_ in SUBJECTS
                  and m.head.sent in (framed.head.sent, source.sent)]
        if not rivals:
            topic = {person[framed]}
        else:
            topic.add(person[framed])
    if len(topic) != 1:
        return None
    chosen = topic.pop()
    # its last mention that is a name in the entities table, else its full name
    last = next(m for m in reversed(fits) if person[m] == chosen)
    if wanted and not any(gender_of[m.head.i] == wanted for m in fits if person[m] == chosen):
        # a topic whose gender the article never gives, and after the words that made it the topic
        # a person of the pronoun's gender as the subject of a clause of their own: either may be
        # meant ("... when Clinton was still Obama's first-term secretary of state. She has spoken
        # at length about her difference of opinion with Obama" is not Obama's); not one the
        # topic's own statement is about ("Cox says Obama is trying to distract ... He says")
        mentions = {_role(m.head).i for m in fits if person[m] == chosen}
        if any(gender_of[m.head.i] == wanted and m.head.i > topic_at and _own_clause_subject(m.head, mentions)
               for m in fits if person[m] != chosen):
            return None
    if _unnamed_person_between(last.head, source, quoted) \
            or last.head.sent != source.sent and _pronoun_over(last.head, wanted):
        return None
    if (described := _description_above(source)) is not None \
            and (meant := _described(doc, described, quoted, "PERSON")) is not None \
            and meant[-1].lower_ != chosen[-1].lower_:
        # "“...,” said Bolton ... The former ambassador also discussed the foreign policy of Clinton
        # versus GOP nominee Donald Trump. He stated that ...": the ambassador, not Trump
        return meant
    return name_span(doc, last.head) if last.head.ent_type_ == "PERSON" else chosen


def _framing_person(tok: Token) -> bool:
    """Whether a name is what an opening "For ...," or "To ...," sets its sentence about: "For
    Martin, it does not make much of a difference", "To Sanders, the answer is clear"."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in ("for", "to") or prep.dep_ != "prep" or prep.head.dep_ != "ROOT":
        return False
    opening = next((t for t in tok.sent if not (t.is_punct or t.is_space or t.pos_ == "CCONJ")), None)
    # (the phrase closes on a comma, which the parse may count in it: "For Major, a retiree ..., making")
    end = tok.right_edge
    return opening is not None and opening.i == prep.i \
        and (end.text == "," or end.i + 1 < len(tok.doc) and tok.doc[end.i + 1].text == ",")


def _own_clause_subject(tok: Token, reporters: set[int]) -> bool:
    """Whether a name is the subject of a finite clause that no one of ``reporters`` reports, nor
    holds in what they report ("Lewandowski said that the two jobs Trump had created were ...")."""
    role = _role(tok)
    verb = role.head
    if role.dep_ not in SUBJECTS or verb.pos_ not in ("VERB", "AUX") \
            or verb.tag_ in ("VB", "VBG", "VBN") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    return not any(a.dep_ in ("ccomp", "xcomp")
                   and any(c.dep_ in SUBJECTS and c.i in reporters for c in a.head.children)
                   for a in (verb, *verb.ancestors))


def _blamed_before(source: Token) -> bool:
    """Whether a possessive "his"/"her" stands in a "for" phrase of a verb whose object, before it,
    is a person: in "Obama took a veiled shot at Trump for his attacks on mail-in voting" and
    "criticized Trump for his remarks" the one blamed is likelier than the subject."""
    noun = source.head
    prep = noun.head
    if source.dep_ != "poss" or noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ != "for":
        return False
    verb = prep.head
    objects = [c for c in verb.children if c.dep_ == "dobj"] + [
        o for c in verb.children if c.dep_ == "prep" and c.lower_ in ("at", "against", "on")
        for o in c.children if o.dep_ == "pobj"]
    people = known_people(source.doc)
    return any(o.i < source.i and (o.ent_type_ == "PERSON" or o.pos_ == "PROPN" and o.lower_ in people)
               for o in objects)


def _subject_before(source: Token) -> Token | None:
    """The main subject of the sentence before the one a "he"/"she" opens as its subject."""
    doc = source.doc
    if not _main_subject(source) or source.sent.start == 0 or any(
            t.dep_ in SUBJECTS for t in doc[source.sent.start:source.i]):
        return None
    return next((t for t in doc[source.sent.start - 1].sent if t.dep_ in ("nsubj", "nsubjpass")
                 and t.head.dep_ == "ROOT"), None)


def _new_person_above(source: Token) -> bool:
    """Whether the sentence before the one a "he"/"she" opens is about a person it brings in
    unnamed ("a 70-year-old Swedish woman from Dalarna was prosecuted for inciting hatred. She
    did not like that ...", "One of the victims decided to allow her name to be made public. She
    said ..."): the pronoun is that person, not a name in a phrase of hers (the tagger called the
    province a person) nor a person named before (the judge). A name set beside the noun, or the
    one the sentence says it is, names her ("a spokeswoman, Hope Hicks,", "a woman named ...",
    "One of the men ... was Karl Rove"); a person the sentence speaks to may be the one who answers
    ("A reporter asked Sanders how he's feeling. He replied: ...")."""
    subject = _subject_before(source)
    return subject is not None and (_one_of_people(subject) or subject.tag_ == "NN"
                                    and subject.lemma_.lower() in PERSON_NOUNS
                                    and (any(c.dep_ == "det" and c.lower_ in ("a", "an", "another")
                                             for c in subject.children) or _someones(subject, source))) \
        and not any(c.dep_ == "appos" or c.dep_ == "acl" and c.lemma_ in ("name", "call") for c in subject.children) \
        and not any(c.dep_ in ("dobj", "dative", "attr") and c.ent_type_ == "PERSON" for c in subject.head.children)


def _someones(noun: Token, pronoun: Token) -> bool:
    """A person brought in as another's ("His father objected ... Aided by the ACLU he went to
    court": the father, not the son named before), of the pronoun's gender where the word has one.
    Not the writer's or the reader's ("Our president should have lost his right to govern": the
    president named before)."""
    gender = titles().get(noun.lemma_.lower(), "")
    return any(c.dep_ == "poss" and c.lower_ not in ("my", "our", "your") for c in noun.children) \
        and gender in ("", PRONOUN_GENDER.get(pronoun.lower_, ""))


def _one_of_people(subject: Token) -> bool:
    """"One of the victims", "one of the protesters": a person of a group, brought in unnamed."""
    return subject.lower_ == "one" and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(p.dep_ == "pobj" and p.tag_ == "NNS"
                                                      and p.lemma_.lower() in PERSON_NOUNS for p in c.children)
        for c in subject.children)


def _description_above(source: Token) -> Token | None:
    """The subject of the sentence before the one a "he"/"she" opens, when it is a person named
    by a description ("the incoming Republican president")."""
    subject = _subject_before(source)
    definite = subject is not None and subject.tag_ == "NN" and subject.lemma_.lower() in PERSON_NOUNS \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
    # (not one its sentence names: "The author of an explosive collection, ..., Jon was a candidate")
    named = definite and any(t.ent_type_ == "PERSON" for c in subject.head.children if c.dep_ in SUBJECTS
                             for t in c.subtree)
    return subject if definite and not named else None


def _pronoun_over(name: Token, wanted: str) -> bool:
    """Whether a "he" or "she" of the wanted gender is the subject of a clause that holds the name
    later on, so stands for someone else, whom a pronoun in a later sentence may mean as well: in
    "I was scared that she would do the same thing what Rajamma did. ... nothing she was asking me
    to do" the second "she" is the first's, not Rajamma. Not a name that owns or modifies a word,
    nor one in a clause coordinated with the pronoun's, where news writing names the person again
    ("He admits that ..., but ultimately Prager thinks")."""
    if not wanted or name.dep_ in ("poss", "compound"):
        return False
    for t in name.sent:
        if t.i >= name.i or t.lower_ not in ("he", "she") or PRONOUN_GENDER.get(t.lower_) != wanted \
                or t.dep_ not in ("nsubj", "nsubjpass") or name not in t.head.subtree:
            continue
        node = name
        while node.i != t.head.i and node.dep_ != "conj":
            node = node.head
        if node.i == t.head.i:
            return True
    return False


def _unnamed_person_between(name: Token, source: Token, quoted: list[tuple[int, int]]) -> bool:
    """Whether the pronoun's sentence acts on a person it brings in unnamed, after the name the
    pronoun would stand for ("We proposed the idea to the head of the High Energy Astrophysics group
    at NASA Goddard, and he agreed" is the head's agreeing, not Paul Barrett's, named before): an
    object that is a post in a body ("the head of", "a spokesman for" is the speaker's own voice),
    with no name beside it. A description of the one named ("the former secretary of State") is
    its sentence's subject or what someone became, not an object."""
    doc = source.doc
    for tok in doc[max(name.i + 1, source.sent.start):source.i]:
        if tok.tag_ == "NN" and tok.lemma_.lower() in PERSON_NOUNS and tok.dep_ in ("pobj", "dobj", "dative") \
                and not _quoted_at(tok.idx, quoted) \
                and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children) \
                and not any(c.dep_ in ("appos", "compound", "relcl", "acl") or c.ent_type_ == "PERSON"
                            for c in tok.children):
            return True
    return False


def _later_subject(tok: Token, quoted: list[tuple[int, int]]) -> Token | None:
    """The subject of the clause above ``tok``'s when it comes after the whole phrase holding
    ``tok``, before its clause: "After ..., declaring she'd call ..., the spiritual guru has
    failed" (a preposed phrase speaks of the subject that follows it; a quoted one is passed
    over, as the parse may hang the phrase on a verb inside a quote)."""
    child = tok.head
    for verb in child.ancestors:
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                        and not _quoted_at(c.idx, quoted)), None)
        if subject is not None:
            # the phrase opens the sentence (not "Yoko Ono shocked reporters when she admitted
            # ... 1970s\nHillary Clinton ...", a caption the parse ran on into)
            return subject if child.dep_ in ("advcl", "prep") and child.right_edge.i < subject.i \
                and subject.i < verb.i and child.left_edge.i <= child.sent.start + 1 else None
        child = verb
    return None


# What opens a clause of contrast, and one of time or contrast (shared with the quote rules).
CONCESSIVE_MARKS = frozenset({"although", "though", "while", "whereas"})
TIME_OR_CONTRAST_MARKS = CONCESSIVE_MARKS | {"as", "when"}


def _time_clause_person(source: Token, quoted: list[tuple[int, int]]) -> _Mention | None:
    """The person named as the subject of a clause of time or contrast right before a subject
    "he"/"she", the only person that clause names: "When the U.S. Attorney for Atlanta,
    Sally Quillian Yates, was testifying ..., she said", "While Mrs. Clinton has devoted ..., she
    can now embrace". Not a condition ("If Trump doesn't become the nominee, he said he would
    settle" is another's), nor a clause with someone else in it ("When Sanders criticized Trump,
    he responded")."""
    if source.dep_ != "nsubj":
        return None
    doc = source.doc
    # (right before the pronoun, whatever the parse hung it on: "According to The Crime Report,
    # when ..., she said")
    clause = next((c for c in doc[source.sent.start:source.i] if c.dep_ in ("advcl", "relcl")
                   and all(t.is_punct for t in doc[c.right_edge.i + 1:source.i])
                   and not any("\n" in t.text for t in doc[c.left_edge.i:source.i])
                   and any(m.dep_ in ("mark", "advmod") and m.lower_ in TIME_OR_CONTRAST_MARKS
                           for m in c.children)), None)
    if clause is None:
        return None
    people = _people(doc, clause.left_edge.i, clause.right_edge.idx + 1, quoted)
    subject = [m for m in people if _role(m.head).dep_ in ("nsubj", "nsubjpass") and _role(m.head).head == clause]
    return subject[0] if len(people) == 1 and subject else None



def _preposed_clause(tok: Token) -> Token | None:
    """The clause of saying with its own subject that opens the sentence before ``tok``, the
    subject of the clause it modifies ("While McConnell said ..., he added", "When Morales was
    asked ..., he confirmed it"); not a condition or a time ("If Trump doesn't become the
    nominee, he said", "When he took the stage"), which the window before a "..., he said" leaves out."""
    if tok.dep_ != "nsubj":
        return None
    return next((c for c in tok.head.children if c.dep_ == "advcl" and c.right_edge.i < tok.i
                 and c.left_edge.i <= tok.sent.start + 1 and is_cue(c) and says(c.lemma_.lower())
                 and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)), None)


def _relative_owner(tok: Token) -> Token | None:
    """The person who owns the noun a relative clause with ``tok`` as its subject modifies, or the
    noun that one hangs on: "Obama's comments in a podcast interview, in which he said"."""
    verb = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "relcl":
        return None
    noun = verb.head
    for _ in range(3):
        owner = next((c for c in noun.children if c.dep_ == "poss" and c.ent_type_ == "PERSON"), None)
        if owner is not None or noun.dep_ != "pobj" or noun.head.dep_ != "prep":
            return owner
        noun = noun.head.head
    return None


def _governing_subject(tok: Token, quoted: list[tuple[int, int]]) -> Token | None:
    """The subject before ``tok`` of the nearest clause above ``tok``'s in its sentence, passing
    over one inside a quote: in 'Cruz argued that if Trump is president “we will see ...” and that
    he fears ...' the parse hangs "he fears" on the quoted clause."""
    for verb in tok.ancestors:
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i
                        and not _quoted_at(c.idx, quoted)), None)
        if subject is not None:
            return subject
    return None


def _previous_sentence_start(tok: Token, back: int = 2) -> int:
    """Where the sentence ``back`` sentences before the token's begins (a quote the parser cut
    in two counts as two)."""
    start = tok.sent.start
    for _ in range(back):
        start = tok.doc[start - 1].sent.start if start > 0 else 0
    return start


def _titled_name(source: Token) -> Span | None:
    """The person a title phrase ends with, when the parse made a title word the subject
    ("said Army Capt. Christian Pardo", "former Pennsylvania Gov. and Democratic National
    Committee Chairman Ed Rendell"): a person's name at the right edge of the source's phrase,
    reached through title words only. Anything else between (a preposition, a verb, a
    possessive: "the wife of Bill Clinton", "a member who supports Trump") and it is not theirs.
    A pronoun is no title ("she and Melania Trump talked": two people)."""
    doc = source.doc
    if source.pos_ == "PRON":
        return None
    name = name_span(doc, source.right_edge)
    if name is None or name.label_ != "PERSON" or name.start <= source.i:
        return None
    between = doc[source.i + 1:name.start]
    # (an adjective is a title's too: "Fox News contributor and Republican strategist Barry King")
    titles_only = all(t.pos_ in ("PROPN", "NOUN", "CCONJ", "ADJ") or t.text in (".", ",") for t in between)
    # a title with a phrase of its own, the name hung on the title word: "Sirius XM Vice President
    # for news and talk Dave Gorab" (not "the wife of Bill Clinton", where the name is the object)
    hung = name.root.head.i == source.i and name.root.dep_ in ("conj", "appos", "compound") \
        and source.pos_ == "PROPN" and not any(t.dep_ == "relcl" or t.tag_ in ("WP", "WDT") for t in between)
    return name if titles_only or hung else None


def speaker_of(source: Token, quoted: list[tuple[int, int]], joint: bool = True) -> Speaker:
    """The speaker mention for a cue's source token, and the name it stands for. A relative
    pronoun is the mention as written and stands for what its clause modifies: a name, or a
    plural or indefinite source ("many people, who said"), which the table then shows instead
    of "who". ``joint``: whether people named together with the source are one source with it."""
    doc = source.doc
    if expletive(source):
        return Speaker()
    if source.pos_ == "PRON" and source.lower_.endswith(("self", "selves")) \
            and (named := next((c for c in source.children if c.dep_ == "appos"), None)) is not None:
        # "In the filing itself Ford also made this point, writing": the parse made the intensifier
        # the subject and the name its apposition
        return speaker_of(named, quoted, joint)
    antecedent = _antecedent(source)
    if antecedent is not source and (named := _apposed_to_name(antecedent)) is not None:
        # "Lloyd Grove, the Daily Beast editor who wrote ...": "who" is the description's, and the
        # description is the name's
        return Speaker(source.text, source.idx, source.idx + len(source.text), named.start_char)
    if antecedent is not source and source.lower_ == "who" and _of_a_person_noun(antecedent):
        # "The artist and widow of John Lennon, who is in Los Angeles to present": the widow's
        # clause or Lennon's, which the parse cannot tell
        return Speaker(source.text, source.idx, source.idx + len(source.text))
    if antecedent is not source:
        # (a relative clause on the first of names joined is that one's: "Bernie Sanders, who is
        # said to have pressed for ..., and Donald J. Trump")
        meant = speaker_of(antecedent, quoted, joint=False)
        return Speaker(source.text, source.idx, source.idx + len(source.text), meant.ref_start, meant.generic,
                       meant.text if meant.generic else "")
    name = name_span(doc, source) or _titled_name(source)
    if name is not None and (name.label_ in ("NORP", "GPE", "LOC") or name.label_ == "ORG" and _titled_after(name)) \
            and (person := _one_person_apposed(source)) is not None:
        # "a Republican, Mark Amodei, has voiced support", "said Kansas City, MO resident Angie
        # Hartnett" (the parse's subject the place): the person, not the party or the place
        name = person
    elif name is not None and name.label_ in ("NORP", "GPE", "LOC") and _titled_after(name):
        # "According to Connecticut Senator Richard Blumenthal", the parse's object the state
        name = name_span(doc, doc[name.end + 1])
    # "the Premier said", tagged a body, and "a New Hampshire Republican", tagged a group: a
    # description, not a name; a party's member is not told apart by the article's titles
    member = name is not None and len(name) == 1 and name.label_ == "NORP"
    if name is not None and len(name) == 1 and name.label_ != "PERSON" and source.lower_ in PERSON_NOUNS:
        name = None
    elif name is not None and name.label_ in ("ORG", "NORP") and name[-1].i == source.i \
            and source.lower_ in PERSON_NOUNS and (person := _one_person_apposed(source)) is not None:
        name = person  # "A Republican Assemblywoman, Jill Tolles, commented", the description tagged a body
    if name is not None and name.label_ in ("GPE", "LOC") \
            and (body := _body_before_place(name)) is not None:
        # "according to CNN Philippines": the body's edition for a country, not the country
        return Speaker(doc[body.start:name.end].text, body.start_char, name.end_char, body.start_char)
    if joint and name is not None and (names := _joint_names(source, name)) is not None:
        return Speaker(names.text, names.start_char, names.end_char, generic=True)
    if joint and source.pos_ == "PRON" and source.lower_ in PERSON_PRONOUNS and source.conjuncts \
            and (names := _joint_names(source, doc[source.i:source.i + 1])) is not None:
        return Speaker(names.text, names.start_char, names.end_char, generic=True)  # "She and Melania Trump said"
    if name is not None and _group_members(source, name):
        phrase = _phrase(source)
        return _generic(Speaker(phrase.text, phrase.start_char, phrase.end_char), source, phrase, quoted)
    if name is not None:
        return Speaker(name.text, name.start_char, name.end_char, name.start_char)
    phrase = _phrase(source)
    words = {t.lower_ for t in phrase}
    speaker = Speaker(phrase.text, phrase.start_char, phrase.end_char)
    if (surname := _surname_alone(source, phrase)) is not None:
        return surname
    if source.pos_ == "PRON" and source.lower_ in GENERIC_WORDS:  # "some", "many", "others"
        return _generic(speaker, source, phrase, quoted)
    if source.pos_ == "PRON":
        labels = {"PERSON"} if source.lower_ in PERSON_PRONOUNS else {"ORG"} if source.lower_ in ORG_PRONOUNS else None
        if labels == {"ORG"} and source.head.lemma_.lower() in FINDING_CUES:
            labels = None  # "it shows", "it may suggest": a finding's "it" is a study or a fact, not a body
        if labels:
            # "“...,” he wrote. “...?” He tweeted ...": the same pronoun as the last source just
            # before is the same person (see _same_pronoun_source)
            if (chain := _same_pronoun_source(source, quoted)) is not None:
                speaker.ref_start = speaker_of(chain, quoted).ref_start
                return speaker
            # "Trump isn't a conservative, he said": not the one the statement is about
            before = _content_start(source, quoted) if _after_its_content(source) else source.idx
            if labels == {"PERSON"}:
                ref = _topic_person(source, quoted, before)
            elif _new_body_above(source, quoted):
                ref = None
            else:
                ref = _last_org(doc, before, quoted)
                if ref is not None and ref.start < _previous_sentence_start(source):
                    ref = None  # "it" is a body named in this sentence or just before, or nothing sure
                elif ref is not None and _text_source_between(doc, ref, source.i):
                    ref = None  # "..., according to a statement posted to his account. It also stated"
            speaker.ref_start = ref.start_char if ref is not None else -1
        return speaker
    if (author := _evidence_author(source)) is not None:
        speaker.ref_start = author.start_char  # "A study by Media Matters found": Media Matters' finding
        return speaker
    # A name inside the phrase ("White House press secretary Josh Earnest", "Nikkei's editor").
    # (not an owner: "Aung San Suu Kyi's political allies" are not she, nor a modifier of the
    # noun that speaks: "Clinton aides", "Sanders protesters")
    inner = [e for e in doc.ents if e.start >= phrase.start and e.end <= phrase.end and e.label_ == "PERSON"
             and e.root.dep_ != "poss" and not (source.pos_ == "NOUN" and _modifies(e.root, source))]
    if inner:
        return Speaker(inner[-1].text, inner[-1].start_char, inner[-1].end_char, inner[-1].start_char)
    # A name in apposition ("the Democratic candidate Hillary Clinton", "his lawyer, Ty Cobb").
    # (not a group it is said to be made of: "His critics ..., many of them conservative Catholics, argue")
    named = next((n for c in source.children if c.dep_ == "appos" and (n := name_span(doc, c)) is not None
                  and n.label_ != "NORP" and not _nearer_person_before(source, n)), None) \
        or _appos_of_body(source) or _title_of_name(source) or _apposition_hung_below(source)
    if named is not None:
        return Speaker(named.text, named.start_char, named.end_char, named.start_char)
    lemma = source.lemma_.lower()
    plural = source.tag_ in ("NNS", "NNPS") and not _shaped_as_name(phrase) or source.lower_ in GENERIC_WORDS
    definite = phrase[0].lower_ in ("the", "this", "that") if len(phrase) else False
    owner = None if plural else _owner(source)
    owned_by = None if plural else next((c for c in source.children if c.dep_ == "poss"
                                         and c.lower_ in ("his", "her")), None)
    if owner is not None:  # "Trump's spokesman", "the ministry's spokeswoman": definite, and whose voice
        speaker.ref_start = owner.start_char
    elif owned_by is not None:
        # "his campaign", "Her statement continued:": the voice of whom the pronoun stands for; "his
        # wife" is someone, but not named here
        voice = lemma in VOICE_NOUNS | TEXT_NOUNS
        ref = _topic_person(owned_by, quoted, owned_by.idx) if voice else None
        speaker.ref_start = ref.start_char if ref is not None else -1
    elif not plural and any(c.dep_ == "poss" and c.pos_ == "PROPN" and c.left_edge.i == phrase.start
                            and phrase[0].pos_ == "PROPN" for c in source.children):
        pass  # "Assange's lawyer": one person, shown as written
    elif not plural and len(phrase) > 1 and is_first_name(phrase[0].text) \
            and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in phrase):
        pass  # a name NER missed ("Guillaume Long, the foreign minister"): one person, as written
    elif not plural and (titled := _name_after_title(source, phrase)) is not None:
        return titled  # "House Intelligence Committee Chair Adam Schiff", NER having missed the name
    elif not plural and (_proper_name(phrase) or _shaped_as_name(phrase)):
        pass  # "Geingob tweeted", NER having missed the name: someone named, as written
    elif _described_as_one(source, phrase):
        pass  # "Airfleets, a database detailing the aircraft ..., states": one thing, named
    elif plural or words & GENERIC_WORDS or not definite:
        return _generic(speaker, source, phrase, quoted)
    elif _told_apart(source):
        pass  # "the House committee investigating the Benghazi attack": shown as written
    elif lemma in ORG_NOUNS:
        ref = _described(doc, source, quoted, "ORG")
        speaker.ref_start = ref.start_char if ref is not None else -1
    elif lemma in PERSON_NOUNS and not member:
        ref = _described(doc, source, quoted, "PERSON")
        speaker.ref_start = ref.start_char if ref is not None else -1
    return speaker


def _apposition_hung_below(source: Token) -> Span | None:
    """A person named between commas that close a singular subject, which the parse hung inside
    the subject's own phrase: "Mr. Trump's pick for secretary of state, oil magnate Rex
    Tillerson, has said", "A spokesman for Sen. Marco Rubio, Alex Conant, said". Not where the
    word before the first comma is a word for someone the name may be (see
    :func:`_nearer_person_before`)."""
    doc = source.doc
    end = source.right_edge.i
    if source.tag_ != "NN" or doc[end].text != "," or source.i >= end:
        return None
    name = name_span(doc, doc[end - 1])
    if name is None or name.label_ != "PERSON" or name.end != end:
        return None
    opening = next((t.i for t in reversed(doc[source.i + 1:name.start]) if t.text == ","), None)
    # (only words that describe the name between: not "a longtime supporter of Clinton", nor a
    # second source joined to the subject, "The company and France's secretary of state, Pascale
    # Boistard, confirmed")
    if opening is None or any(t.pos_ in ("VERB", "AUX", "ADP", "CCONJ") or t.is_punct or t.tag_ == "POS"
                              for t in doc[opening + 1:name.start]) \
            or any(t.dep_ == "conj" for t in doc[source.i + 1:opening]):
        return None
    if opening - 1 == source.i or _nearer_person_before(source, name):
        return None
    return name


def _nearer_person_before(source: Token, name: Span) -> bool:
    """Whether a name set off by a comma after a subject follows a word for another person in the
    subject's phrase, whose name it may as well be: "A spokesman for the governor, Andrew Cuomo,
    said" (Cuomo is the governor), "The owner of the equipment dealer, Kaleb Rodgers, said". (After a
    name, a plural or a role it is the subject's: "a spokesman for Sen. Marco Rubio, Alex Conant,
    said", "One of the men, Jessie Elkins, said", "The head of the Super PAC backing Jeb Bush for
    president, Mike Murphy, praised".)"""
    comma = name.start - 1
    while comma > source.i and name.doc[comma].text != ",":
        comma -= 1
    before = name.doc[comma - 1]
    word = before.lemma_.lower()
    return comma > source.i + 1 and before.i != source.i and before.ent_type_ != "PERSON" \
        and before.tag_ == "NN" and (word in PERSON_NOUNS or word.endswith(PERSON_ENDINGS)) \
        and any(c.dep_ in ("det", "poss") for c in before.children)


def _described_as_one(source: Token, phrase: Span) -> bool:
    """Whether a capitalised source the tagger read as a plural is set off by a description of
    one thing ("Airfleets, a database detailing the aircraft ..., states"): a name. (A people's
    members stay a plural source, whatever describes them: see :func:`_group_members`.)"""
    return len(phrase) == 1 and source.text[:1].isupper() \
        and any(c.dep_ == "appos" and c.tag_ == "NN" and c.i > source.i + 1 and source.doc[source.i + 1].text == ","
                and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children) for c in source.children)


def _group_members(source: Token, name: Span) -> bool:
    """Whether a source is a party's or a people's members ("Republicans said", "Most Democrats
    say", "An American said"): a one-word group name, plural or indefinite. Not "The Tennessean
    reported", a newspaper NER took for a people, nor a party's name of more words ("the Social
    Democrats")."""
    if name.label_ != "NORP" or len(name) != 1 or name[-1].i != source.i:
        return False
    return source.tag_ in ("NNPS", "NNS") or any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in source.children)


def _proper_name(phrase: Span) -> bool:
    """Whether a source is written as a name: singular proper nouns, capitalised, none of them a
    word for a source or a text, and its last word capitalised somewhere else in the text where
    no sentence opens ("Hage Geingob ... Geingob tweeted"). A capital opening a sentence makes
    plurals and common words proper nouns to the tagger ("Inspectors also found", "SPECULATORS
    claimed", "Staff said", "Plenty embrace"): they are capitalised only there."""
    if not len(phrase) or not all(t.tag_ == "NNP" and t.text[:1].isupper() and t.lower_ not in INVERTED_NOUNS
                                  and t.lemma_.lower() not in INVERTED_NOUNS | EVIDENCE_NOUNS for t in phrase):
        return False
    last, doc = phrase[-1], phrase.doc
    itself = last.i > last.sent.start and not line_start(doc, last.i)
    return _capitalised_inside(doc)[last.text] > itself or _rare_name(phrase)


def _shaped_as_name(phrase: Span) -> bool:
    """Whether a one-word source has a shape no English word has: a capital after a small letter
    ("RealClearPolitics also reported", "CalPERS", "MoveOn") or two to five capitals in a sentence
    not written in capitals ("PETA said"), a name however the tagger read it (often a plural).
    Not a word for a source ("AIDES said"), a common word in capitals ("START Lebanon & Syria:
    ...") nor a headline's capitals ("MOMS SAID")."""
    if len(phrase) != 1 or {phrase[0].lower_, phrase[0].lower_.removesuffix("s")} & SOURCE_NOUNS:
        return False
    word = phrase[0].text
    camel = any(a.islower() and b.isupper() for a, b in zip(word, word[1:]))
    acronym = word.isalpha() and word.isupper() and 2 <= len(word) <= 5 and not common_word(word.lower()) \
        and not phrase[0].sent.text.isupper()
    return camel or acronym


def _rare_name(phrase: Span) -> bool:
    """Whether a source is words too rare in English to be common ones ("Rappler reported",
    "StockCharts explains"); not what may be a plural, misspelt or not ("Atendees wrote", no
    capital inside), nor a noun of an act with its object ("Perusal of the files reveals")."""
    return not any(c.dep_ == "prep" and c.lower_ == "of" for c in phrase.root.children) \
        and all(rare_word(t.lower_)
                and not (t.lower_.endswith("s") and t.text[1:].islower()) for t in phrase)


@lru_cache(maxsize=1)
def _capitalised_inside(doc: Doc) -> Counter[str]:
    """How often each capitalised word stands where no sentence or line opens (read once per
    document)."""
    return Counter(t.text for t in doc if t.text[:1].isupper() and t.i > t.sent.start and not line_start(doc, t.i))


def _told_apart(source: Token) -> bool:
    """Whether a description says by a participle after it which one it is ("the House committee
    investigating the Benghazi attack", "the official charged with the inquiry"): that, not the
    last name holding its noun, tells who it is, and the article may not name it. (Not one set off
    by a comma, which says more of one already known: "The mayor, still stinging over ..., agreed".)
    So does "only": "the only website dumb enough to actually believe their list" is the one the
    sentence goes on to name, not the last site the article named."""
    return any(c.dep_ == "acl" and c.tag_ in ("VBG", "VBN") and c.i > source.i
               and not any(t.is_punct for t in source.doc[source.i + 1:c.i])
               or c.dep_ == "amod" and c.lower_ == "only" for c in source.children)


def _titled_after(body: Span) -> bool:
    """Whether a body's or a place's name runs on into a title and a name ("African Export–Import
    Bank president Okey Oramah said", which the parse cut at the dash; "Connecticut Senator Richard
    Blumenthal"): the person is the source."""
    doc = body.doc
    return body.end + 1 < len(doc) and title_word(doc[body.end].text) is not None \
        and doc[body.end + 1].ent_type_ == "PERSON"


def _one_person_apposed(source: Token) -> Span | None:
    """The one person named in apposition to a singular source ("a Republican, Mark Amodei");
    not one of several ("the two leading Republicans, Donald J. Trump and Senator Ted Cruz")."""
    if source.tag_ in ("NNS", "NNPS"):
        return None
    return next((n for c in source.children if c.dep_ == "appos" and not any(g.dep_ == "conj" for g in c.children)
                 and (n := name_span(source.doc, c) or _known_surname(c)) is not None and n.label_ == "PERSON"), None)


def _known_surname(tok: Token) -> Span | None:
    """A lone proper noun NER left untagged that is the surname of a person the article names
    ("one Republican — Rubio — has criticized")."""
    if tok.pos_ != "PROPN" or tok.ent_type_ or tok.lower_ not in known_people(tok.doc) \
            or any(c.dep_ in ("compound", "flat") for c in tok.children):
        return None
    return Span(tok.doc, tok.i, tok.i + 1, label="PERSON")


def _joint_names(source: Token, name: Span) -> Span | None:
    """People named together as one source ("Hawkins, Blankenship, and Carroll all argued", "Jeb
    Bush and Chris Christie said"): the names as written, which stand for none of them alone, so
    that a joint statement is no one member's (a plural source, flagged generic)."""
    if name.label_ != "PERSON" and name.root.pos_ != "PRON":
        return None
    doc = source.doc
    last = name
    for conj in source.conjuncts:
        other = name_span(doc, conj)
        if conj.i < source.i or other is None or other.label_ != "PERSON":
            return None
        last = other if other.end > last.end else last
    return doc[name.start:last.end] if last is not name else None


def _a_persons_name(name: Span) -> bool:
    """A name tagged a person, or a first name and a surname whatever NER called them ("Sean
    Hannity", tagged a body; not "UN Samantha Power")."""
    return name.label_ == "PERSON" or len(name) == 2 and is_first_name(name[0].text)


def _opens_sentence(tok: Token) -> bool:
    """Whether only quote marks stand between a word and its sentence's or line's start (the
    closing mark in '“...,” Hannity said' does not)."""
    k = tok.i - 1
    while k >= tok.sent.start and tok.doc[k].is_quote:
        k -= 1
    return k < tok.sent.start or tok.doc[k].text in (".", "!", "?", ":") or line_start(tok.doc, k + 1)


def _surname_alone(source: Token, phrase: Span) -> Speaker | None:
    """A capitalised word NER gave no name's tag, after an honorific or alone, that ends a full
    name named before ("Dr Gazzola called it a “tipping point”", "Hannity said", "Will wrote"): a
    person's surname, not an indefinite description. After an honorific it stands for the last
    such name, whatever NER called it ("Valeria Gazzola", tagged a body). Alone it is a surname
    only where one such name has a first name before it ("Thames Valley Police said" leaves
    "Police said" a description), and stands for the one name ending so, a person's ("Sean
    Hannity"), or for no one where two names end so ("Tom Ebeling", "Betsy Ebeling", whatever NER
    called them) or where the name is more than a person's ("UN Samantha Power", a body)."""
    honoured = len(phrase) == 2 and phrase[0].lower_.rstrip(".") in honorifics()
    if len(phrase) != 1 + honoured or source.i != phrase.end - 1 or not source.is_title:
        return None
    doc = source.doc
    full = [e for e in doc.ents if len(e) > 1 and e[-1].text == source.text and e.end <= phrase.start
            and e.label_ in ("PERSON", "ORG", "NORP", "GPE", "WORK_OF_ART")]
    # a capital inside a sentence makes a name whatever the tagger read ("From said" of Al From,
    # "Hannity" tagged a noun); at a sentence's start only a proper noun is one, or the surname of
    # a person NER named in full ("Lou Dobbs ... ⏎ Dobbs points out", "Dobbs" tagged a noun)
    if source.pos_ != "PROPN" and (honoured or _opens_sentence(source) and not any(e.label_ == "PERSON" for e in full)):
        return None
    if honoured:
        return Speaker(phrase.text, phrase.start_char, phrase.end_char, full[-1].start_char if full else -1)
    if not any(e.label_ == "PERSON" or is_first_name(e[-2].text) for e in full):
        return None
    ref = full[-1].start_char if len({e.text for e in full}) == 1 and _a_persons_name(full[-1]) else -1
    return Speaker(phrase.text, phrase.start_char, phrase.end_char, ref)


def _name_after_title(source: Token, phrase: Span) -> Speaker | None:
    """A person's name NER missed after a title or a party that ends the phrase ("House
    Intelligence Committee Chair Adam Schiff", "Democrat Elijah Cummings"): one person, not a
    generic source. A first name and a surname, untagged or a person's, right after a word for a
    person or a party; not a body's name ("Right Wing Watch"). (:func:`_titled_name` finds the
    name NER did tag at the end of a title phrase.)"""
    doc = source.doc
    if source.pos_ != "PROPN" or not source.text[:1].isupper() or source.i < phrase.start + 2 \
            or source.ent_type_ not in ("", "PERSON"):
        return None
    first, title = doc[source.i - 1], doc[source.i - 2]
    if first.pos_ != "PROPN" or not is_first_name(first.text) or first.ent_type_ not in ("", "PERSON"):
        return None
    titled = any(part in PERSON_NOUNS or title_word(part) for part in title.lower_.split("-"))
    if not (titled or title.ent_type_ == "NORP"):
        return None
    return Speaker(doc[first.i:source.i + 1].text, first.idx, source.idx + len(source.text))


def _generic(speaker: Speaker, source: Token, phrase: Span, quoted: list[tuple[int, int]]) -> Speaker:
    """A plural or indefinite source, flagged generic and shown with what it is a share of."""
    speaker.generic = True
    if (share := _share_of(source, quoted)) is not None:
        speaker.text, speaker.end_char = source.doc[phrase.start:share.end].text, share.end_char
    return speaker


def _share_of(source: Token, quoted: list[tuple[int, int]]) -> Span | None:
    """The "of" phrase that says what a count or share is of ("47 of 73 Inspectors General pen a
    letter", "75 percent of Republicans said", "one of his aides", "A number of Senators
    condemned", ``data/quantity_words.txt``): a number alone names nobody. A short phrase up to
    that noun only: no verb, comma or quote in it."""
    if not (source.pos_ == "NUM" or source.lower_ in QUANTITY_WORDS
            or source.lower_ in GENERIC_WORDS and source.tag_ not in ("NNS", "NNPS")):
        return None
    of = next((c for c in source.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == source.i + 1), None)
    if of is None:
        return None
    obj = next((c for c in of.children if c.dep_ == "pobj"), None)
    if obj is None:
        return None
    # up to the noun it is of: "one of the Klansmen who spoke along the muddy lane"
    words = [t for t in of.subtree if not t.is_space and t.i <= obj.i]
    if len(words) > 8 or any(t.pos_ in ("VERB", "AUX") or t.is_punct or in_quotes(t, quoted) for t in words):
        return None
    return source.doc[of.i:words[-1].i + 1]


def _body_before_place(place: Span) -> Span | None:
    """The organisation whose name is compounded right before a place's ("CNN Philippines",
    "BBC Persian" tagged a place): the name of that body's branch or edition."""
    doc = place.doc
    if place.start == 0:
        return None
    body = name_span(doc, doc[place.start - 1])
    return body if body is not None and body.label_ == "ORG" and doc[place.start - 1].dep_ == "compound" \
        and doc[place.start - 1].head.i in range(place.start, place.end) else None


def _apposed_to_name(noun: Token) -> Span | None:
    """The person's name a singular description stands in apposition to, right after it and a
    comma ("Norm Coleman, the former senator from Minnesota")."""
    doc = noun.doc
    head = noun.head
    if noun.dep_ != "appos" or noun.tag_ in ("NNS", "NNPS") or head.ent_type_ != "PERSON" or head.i > noun.i:
        return None
    name = name_span(doc, head)
    return name if name is not None and name.end < len(doc) and doc[name.end].text == "," \
        and noun.left_edge.i == name.end + 1 else None


def _appos_of_body(source: Token) -> Span | None:
    """The person in apposition to the body a role belongs to, where the parse hung the name on
    the body: "The leader of Ennahda, Rachid Ghannouchi, condemned ..." (a body has no personal
    name in apposition; a person's would be a description of them: "the wife of Bill Clinton")."""
    if source.lemma_.lower() not in PERSON_NOUNS:
        return None
    for prep in (c for c in source.children if c.dep_ == "prep" and c.lower_ == "of"):
        for body in (c for c in prep.children if c.dep_ == "pobj" and (
                c.ent_type_ in ("ORG", "GPE", "NORP") or c.pos_ == "PROPN" and not c.ent_type_ or _thing_noun(c))):
            # (a place has no body in apposition: "The current president of Namibia, Hage Geingob"
            # is a person the tagger took for an organisation)
            name = next((n for c in body.children if c.dep_ == "appos" and (n := name_span(source.doc, c)) is not None
                         and (n.label_ == "PERSON" or n.label_ == "ORG" and body.ent_type_ == "GPE")), None)
            if name is not None:
                return name
    return None


def _thing_noun(noun: Token) -> bool:
    """A singular common noun that is no word for a person: "The manager of the equipment
    dealership, Kaleb Rodgers, said" (a dealership has no personal name in apposition)."""
    return _common_noun(noun) and noun.tag_ == "NN" and not noun.lemma_.lower().endswith(PERSON_ENDINGS)


def _title_of_name(source: Token) -> Span | None:
    """The person a title's "of" phrase ends in, where the parse ran the place into the name:
    "President of France Emmanuel Macron said" ("France Emmanuel Macron" read as one noun)."""
    if title_word(source.text) is None or source.tag_ in ("NNS", "NNPS"):
        return None  # not "Supporters of Republican Donald Trump"
    doc = source.doc
    for prep in (c for c in source.children if c.dep_ == "prep" and c.lower_ == "of"):
        name = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None)
        if name is None:
            continue
        first = next((t for t in name.subtree if t.i <= name.i and t.dep_ == "compound" and is_first_name(t.text)
                      and t.i > prep.i + 1 and doc[t.i - 1].ent_type_ in ("GPE", "NORP", "ORG")
                      and doc[t.i - 1].head.i == name.i), None)
        if first is not None and all(t.pos_ == "PROPN" for t in doc[first.i:name.i + 1]):
            return doc[first.i:name.i + 1]
    return None


def _same_pronoun_source(source: Token, quoted: list[tuple[int, int]]) -> Token | None:
    """The source of the last main clause before a person pronoun that is the source of a main
    clause, when it is the same pronoun, in the pronoun's sentence or the two before, and no
    person was the subject of a clause in between ("“...,” he wrote last October after the Times
    made Clinton more relatable. “...?” He tweeted" is one man; "In an example of how sensitive
    Obama is, he used" is Obama)."""
    if source.lower_ not in ("he", "she") or not _main_clause_source(source):
        return None
    doc = source.doc
    for tok in reversed(doc[_previous_sentence_start(source):source.i]):
        if _quoted_at(tok.idx, quoted) or tok.dep_ not in SUBJECTS:
            continue
        if tok.ent_type_ == "PERSON" and tok.head.pos_ in ("VERB", "AUX"):
            return None
        if _main_clause_source(tok):
            return tok if tok.lower_ == source.lower_ else None
    return None


def _according_source(tok: Token) -> bool:
    """Whether a word is who "according to" names."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according"


def _says_by_participle(tok: Token) -> bool:
    """Whether the subject of a main verb says something in a participle of it: "Tillerson tied
    the policy to that legal basis by noting ...", "Smith defended the bill, saying ..."."""
    verb = tok.head
    if tok.dep_ not in SUBJECTS or not (verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT"):
        return False
    participles = [c for c in verb.children if c.dep_ == "advcl"] \
        + [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "by" for p in c.children if p.dep_ == "pcomp"]
    # (a verb the reviewed list types as one of speech or writing: "says" takes any verb it does
    # not list for one, and "running as a conservative", "giving him a boost" say nothing)
    return any(p.tag_ == "VBG" and cue_types().get(p.lemma_.lower()) in ("speech", "writing")
               and not any(c.dep_ in SUBJECTS for c in p.children) for p in participles)


def _main_clause_source(tok: Token) -> bool:
    """The subject of a cue that is its sentence's main verb or one coordinated with it."""
    verb = tok.head
    if tok.dep_ in SUBJECTS and is_cue(verb) \
            and (verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT"):
        return True
    misread = _misread_main_verb(tok)
    return misread is not None and is_cue(misread)


def _after_its_content(source: Token) -> bool:
    """Whether a source comes after what it reports in its sentence: "..., he said" (not the
    subject of a clause that is itself reported: "added that if Streep were so concerned ...,
    she should have spoken out"), nor after a clause set before it whose verb reports what follows
    ("While McConnell said ..., he added that ...")."""
    doc = source.doc
    return source.i > source.sent.start and (doc[source.i - 1].text == "," or doc[source.i - 1].is_quote) \
        and not any(c.dep_ == "mark" for c in source.head.children) \
        and not (_preposed_clause(source) is not None
                 and any(c.dep_ in ("ccomp", "dobj") and c.i > source.head.i for c in source.head.children))


def _content_start(source: Token, quoted: list[tuple[int, int]]) -> int:
    """Where what a source after its content reports begins: the quote right before it
    ("Clinton suggested that ... - “...,” she said": Clinton may be "she"), else its sentence
    ("Trump isn't a conservative, he said": Trump is not "he")."""
    doc = source.doc
    # "Ms. Warren, she said, “exposes him”": the name the source interrupts is what is reported
    # on, not who reports it (nor, as below, anyone after it)
    subject = doc[source.i - 2] if source.i >= 2 and doc[source.i - 1].text == "," else None
    after = source.head.i + 1
    if subject is not None and subject.ent_type_ == "PERSON" and after < len(doc) and doc[after].text == "," \
            and (name := name_span(doc, subject)) is not None:
        return name.start_char
    i = bisect_right(quoted, (source.idx, math.inf)) - 1
    if i < 0:
        return source.sent.start_char
    k = source.i - 1
    while k >= 0 and doc[k].idx >= quoted[i][1]:  # only a comma or a line break between
        if doc[k].text != "," and not doc[k].is_space:
            return source.sent.start_char
        k -= 1
    return quoted[i][0]


def _modifies(name: Token, source: Token) -> bool:
    """Whether a name only qualifies the noun that speaks: compounded onto it ("Clinton aides"),
    or onto a noun compounded onto it ("Clinton-campaign sources"), where that noun is no voice
    ("the Clinton campaign spokesman" speaks for her)."""
    tok = name
    while tok.dep_ == "compound" and tok.head.i != tok.i:
        if tok.head.i == source.i:
            return tok is name or source.lemma_.lower() not in VOICE_NOUNS
        tok = tok.head
    return False


def _owner(source: Token) -> Span | None:
    """The person or body a description belongs to: "Trump's spokesman", "Clinton's campaign",
    "Ryan's office" and "Axelrod's memoir" are their owner's voice ("Assange's lawyer", "Trump's
    aide" and "Rubio's supporters" are people of their own)."""
    poss = next((c for c in source.children if c.dep_ == "poss"), None)
    if poss is None and source.lemma_.lower() in VOICE_NOUNS:
        # "the Biden campaign" as "Biden's campaign" (not "Clinton aides": a voice only)
        poss = next((c for c in source.children if c.dep_ == "compound" and c.ent_type_ == "PERSON"), None)
    lemma = source.lemma_.lower()
    if poss is None or lemma not in VOICE_NOUNS | TEXT_NOUNS:
        return None
    name = name_span(source.doc, poss)
    return name if name is not None and name.label_ in ("PERSON", "ORG", "GPE") else None


def _title_words(doc: Doc, ent: Span) -> set[str]:
    """The role noun of the title right before a name, short titles spelled out ("President
    Obama", "Sen. Cruz" -> "senator"), also across "of" and a place ("President of Argentina
    Alberto Fernández")."""
    k = ent.start - 1
    place = k
    while place >= max(ent.start - 3, 1) and doc[place].ent_type_ in ("GPE", "LOC", "ORG", "NORP"):
        place -= 1
    if place < k and doc[place].lower_ == "of":
        k = place - 1
    if k < 0:
        return set()
    word = doc[k].lower_.rstrip(".")
    return set(TITLE_NOUNS.get(word, {word})) | {doc[k].lemma_.lower()}


def _title_rank(doc: Doc, ent: Span) -> set[str]:
    """The rank word of the title before a name ("Vice President Joe Biden" -> vice), or of one
    in apposition ("Nickey Iyambo, former vice-president of Namibia"): "the president" does not
    describe him."""
    k = ent.start - 2
    ranks = {doc[k].lower_} if k >= 0 and doc[k].lower_ in RANK_WORDS else set()
    for t in (c for w in ent for c in w.children if c.dep_ == "appos"):
        before = doc[t.i - 2].lower_ if t.i >= 2 and doc[t.i - 1].text == "-" else ""
        ranks |= ({c.lower_ for c in t.children} | {before}) & RANK_WORDS
    return ranks


def _described(doc: Doc, source: Token, quoted: list[tuple[int, int]], label: str) -> Span | None:
    """The last name before ``source`` that its description describes, outside quotes: for a
    body, one whose name holds the noun ("the ministry" -> the Foreign Ministry, "the agency" ->
    the Korean Central News Agency) or, for a newspaper or channel, a news outlet that is not the
    agency that filed the copy; for a person, one with that title or in apposition with that noun
    ("President Obama" for "the president", "Josh Earnest, the spokesman"). Else None: "the
    official" or "the administration" is no one in particular, and the last name before it is a
    guess (it made the agency itself, "told Reuters", the speaker)."""
    noun = source.lemma_.lower()
    # "the Ohio governor" is not the last governor named ("former Florida Gov. Jeb Bush"), "the
    # French president" not President Obama, "the vice president" not the president, "the Carson
    # campaign" not the Campaign Legal Center: such a word must be in the name or its title.
    # A place may go unsaid where the name is introduced ("Sen. Bernie Sanders" for "the Vermont
    # senator"): failing a name with it, the last one whose title names no other place will do.
    modifiers = [c for c in source.children if c.dep_ in ("compound", "amod")]
    places = {c.lower_ for c in modifiers if c.ent_type_ in ("GPE", "LOC")}
    marks = places | {c.lower_ for c in modifiers if c.ent_type_ == "NORP" or c.lower_ in RANK_WORDS | OTHER_WORDS}
    if (prefix := _hyphen_prefix(source)) is not None and prefix.lower_ in RANK_WORDS | OTHER_WORDS:
        marks.add(prefix.lower_)  # split at its hyphen: "the ex-wife" is not "his new wife, Dena"
    portfolio = {c.lower_ for c in modifiers} & PORTFOLIO_WORDS if label == "PERSON" else set()
    in_name = {c.lower_ for c in modifiers if label == "ORG" and c.pos_ == "PROPN"} - marks
    unplaced = None
    contexts = [(ent, words) for ent, words in _name_contexts(doc, label) if ent.end_char <= source.idx]
    # the words around any mention of the same name ("Mexican President Enrique Peña Nieto" ...
    # "President Peña Nieto")
    around: dict[str, set[str]] = {}
    for ent, words in contexts:
        around.setdefault(ent[-1].lower_, set()).update(words)
    for ent, _ in reversed(contexts):
        if _quoted_at(ent.start_char, quoted) or not _describes(doc, noun, ent, label, bool(in_name)) \
                or not in_name <= {t.lower_ for t in ent} or not _title_rank(doc, ent) <= marks \
                or _other_portfolio(doc, ent, portfolio):
            continue
        words = around[ent[-1].lower_]
        if marks <= words:
            chosen = ent
            break
        other_place = any(t.ent_type_ in ("GPE", "LOC") and not ent.start <= t.i < ent.end for t in _title_window(ent))
        if unplaced is None and marks - places <= words and not other_place:
            unplaced = ent
    else:
        chosen = unplaced
    # a description with no place, nationality or rank is weak evidence: the paragraph's own
    # person may be the one meant
    if chosen is not None and not marks and _paragraph_about_another(contexts, chosen, around, source, quoted):
        return None
    # nor is it where the article has given that title to more than one person: then the chosen
    # one must be the only one of them named in the description's paragraph or the one before
    # ("the president" in a story on President Obama's briefings is not President George W. Bush,
    # named in passing paragraphs before; "World Bank President Jim Yong Kim ... Obama said ...
    # The president also said" is either)
    if chosen is not None and not marks and label == "PERSON":
        titled = {ent[-1].lower_ for ent, _ in contexts if _describes(doc, noun, ent, label)
                  and not _title_rank(doc, ent)}  # not "Vice President Joe Biden" for "the president"
        near = {t.lower_ for t in doc[_window_start(source, quoted):source.i]
                if t.lower_ in titled and not _quoted_at(t.idx, quoted)}
        if len(titled) > 1 and near != {chosen[-1].lower_}:
            return None
    return chosen


def _other_portfolio(doc: Doc, ent: Span, portfolio: set[str]) -> bool:
    """Whether a name's title has a portfolio other than the description's ("the local health
    minister" is not Civil Aviation Minister Hardeep Singh Puri)."""
    if not portfolio or ent.start == 0:
        return False
    title = doc[ent.start - 1]
    words = {t.lower_ for c in title.children if c.dep_ == "compound" and c.i < title.i for t in c.subtree}
    return bool(words & PORTFOLIO_WORDS) and not portfolio & words


def _paragraph_about_another(contexts: list[tuple[Span, frozenset[str]]], ent: Span, around: dict[str, set[str]],
                             source: Token, quoted: list[tuple[int, int]]) -> bool:
    """Whether a subject in the description's paragraph, before it, is another person or body,
    named after ``ent`` (a person with no role anywhere so far): the one the paragraph is about
    may be the one described ("Rubio stopped by his headquarters. ... the senator said" is not
    Sen. Ted Cruz, named paragraphs before)."""
    if source.dep_ not in ("nsubj", "nsubjpass"):
        return False  # "the president's request": no new subject whose topic it could continue
    paragraph = paragraph_start(source.doc, source.i)
    named = {t.lower_ for t in ent}

    def same(other: Span) -> bool:  # in any form, its acronym too ("the NTC ..., the commission")
        return bool(named & {t.lower_ for t in other}) or acronym_of(other.text, ent.text)

    # after the described one's last mention ("asked Bennett about ..., the campaign manager
    # said" is Bennett's)
    last = max(other.end for other, _ in contexts if same(other))
    person = ent.label_ == "PERSON"
    return any(
        other.start >= last and other.start >= paragraph and _subject_or_its_owner(other.root, person)
        # (a body inside a quote is mostly a capitalised word NER misread: "“The Candidate is a
        # natural born citizen,” the board said")
        and (person or not _quoted_at(other.start_char, quoted))
        and not same(other) and not (person and around[other[-1].lower_] & PERSON_NOUNS)
        for other, _ in contexts)


def _subject_or_its_owner(tok: Token, person: bool) -> bool:
    """Whether a name is a subject, or for a body also the owner of one: "A Whole Foods
    spokeswoman declined to comment. ... The company also said" is about Whole Foods, not the
    Dana F. Besecker Company named paragraphs before."""
    return tok.dep_ in SUBJECTS or not person and tok.dep_ in ("compound", "poss") and tok.head.dep_ in SUBJECTS


@lru_cache(maxsize=2)
def _name_contexts(doc: Doc, label: str) -> list[tuple[Span, frozenset[str]]]:
    """Each name of a label with the words around it in its sentence, places spelled out."""
    out = []
    for ent in doc.ents:
        if ent.label_ == label:
            out.append((ent, frozenset(w for t in _title_window(ent) for w in _place_words(t))))
    return out


def _title_window(ent: Span) -> Span:
    """The words a name's title or apposition may be in: a few before and after, in its sentence."""
    return ent.doc[max(ent.sent.start, ent.start - 4):min(ent.sent.end, ent.end + 6)]


def _place_words(tok: Token) -> list[str]:
    """The words of a place a token names, its short form spelled out ("Fla." -> florida)."""
    full = place_abbreviations().get(tok.text.rstrip("."))
    return full.lower().split() if full else [tok.lower_]


def _describes(doc: Doc, noun: str, ent: Span, label: str, named: bool = False) -> bool:
    """Whether a description's noun fits a name (see :func:`_described`); ``named``: whether the
    description holds a word of the name ("the Associated Press news agency"), which may then be
    the agency that filed the copy."""
    if label == "ORG":
        words = {t.lower_ for t in ent} | {t.lemma_.lower() for t in ent}
        if noun in words:
            # (not the noun alone, a common word NER took for a name: "Groups on the left are
            # ratcheting up their criticism" is no group "the group" can be)
            return len(ent) > 1
        names = words & MEDIA_WORDS
        if noun not in MEDIA_NOUNS or not names or _wire_agency(ent) and not named:
            return False
        media = [medium for medium in MEDIUMS if noun in medium]
        return not media or any(names & medium for medium in media)
    return noun in _title_words(doc, ent) or any(
        t.lemma_.lower() == noun and (t.dep_ == "appos" and t.head.i in range(ent.start, ent.end)
                                      or ent.root.dep_ == "appos" and ent.root.head.i == t.i)
        for t in ent.sent)


def _wire_agency(ent: Span) -> bool:
    """Whether a name is a wire agency's, as its credit writes it ("AP", "AFP") or spelt out ("The
    Associated Press", "Agence France-Presse"): the agency that filed the copy, never a "the
    agency" of the story ("in a brief email to The Associated Press ... The agency declined to
    comment" is the NSA's refusal)."""
    return ent.text in agencies() or any(acronym_of(credit, ent.text) for credit in agencies())


def dash_speaker(doc: Doc, text: str, quote_start: int, quote_end: int) -> Speaker | None:
    """The name signing off the quote's line ("“A.” ― Christina Lastra"); every quote on that
    line without a cue of its own shares it ("“A” and that is all he has “B” ― Name"). A quote
    that is a line of its own may be signed on the next line ("-Michelle Marks, Philadelphia.").
    Not in a text that signs a sentence of its own the same way: there the names are its writers'.

    Read on the text, not the tokens: the tokenizer glues the dash to the closing mark ("”―")
    and initials to their period ("Julie A. Diaz").
    """
    if _signs_items(text):
        return None  # the names sign their writers' items, whatever ends them
    line_end = text.find("\n", quote_end)
    line_end = line_end if line_end >= 0 else len(text)
    m = _SIGN_OFF.search(text, quote_end - 1, line_end)
    if m is None:
        own_line = not text[text.rfind("\n", 0, quote_start) + 1:quote_start].strip() \
            and not text[quote_end:line_end].strip(" \t\xa0.,;")
        next_line = len(text) - len(text[line_end:].lstrip())
        if not own_line or next_line >= len(text):
            return None
        next_end = text.find("\n", next_line)
        m = _SIGN_OFF_LINE.match(text, next_line, next_end if next_end >= 0 else len(text))
    if m is None:
        return None
    label = doc.char_span(m.start("name"), m.end("name"), alignment_mode="expand")
    name = name_span(doc, label[0]) if label else None
    return Speaker(m.group("name"), m.start("name"), m.end("name"), name.start_char if name is not None else -1)


@lru_cache(maxsize=4)
def _signs_items(text: str) -> bool:
    """Whether the text signs a sentence of its own with "— Name" (read once per document)."""
    return _SIGNED_ITEM.search(text) is not None


def is_named_source(tok: Token) -> bool:
    """Whether a source is a person or body rather than a thing ("footage shows")."""
    tok = _antecedent(tok)
    if tok.lower_ in THING_PRONOUNS:  # "anything which comes in the public purview to highlight ..."
        return False
    return tok.pos_ in ("PROPN", "PRON") or tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") \
        or tok.lemma_.lower() in SOURCE_NOUNS or tok.lower_ in SOURCE_NOUNS  # "analysts" is listed plural

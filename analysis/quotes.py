"""Who said what: direct and reported speech in a parsed document, with its speaker.

One function per step, all on the spaCy parse the document already has:

- :func:`direct_quotes` — spans in quotation marks (:mod:`analysis.quote_marks`), each given the
  reporting verb ("cue") that governs it in the dependency tree, or failing that the cue of its
  sentence (or of a sentence ending in a colon just before it, or a "― Name" after it). A quote
  with no cue of its own continues the quote just before it (a quote split by "she said", a
  paragraph that goes on quoting) or the statement reported in the sentence before. A short
  quote with no cue is a title, a heading or a scare quote and is dropped: it is not a statement.
- :func:`reported_speech` — "X said (that) ...", "X told Y that ...", "..., X said.",
  "according to X, ...", "X called for ...", "X vowed to ...": a cue with a source and a
  clause (or, for verbs of judgement and intent, an object or infinitive) of content.
- :func:`labelled_lines` — "Name: statement" headlines and transcript lines.
- :func:`speaker_of` — the cue's subject as written, and the name mention it stands for: itself
  when it is a name, the last person of that gender named outside quotes for "he"/"she", the last organisation
  for "the agency"-like descriptions. Plural or indefinite sources ("analysts", "a source") are
  *generic*: they keep their own text and are flagged so analyses can leave them out.

Why not textacy's ``direct_quotations``: it needs balanced marks (it refuses 22 of 84 PolNeAR
dev articles), knows only direct quotes and a short verb list, and does not resolve speakers.
The cue lexicon is wide on purpose, and includes the forms that spun copies of articles use
("mentioned", "advised", "famous" for "noted").
"""

from __future__ import annotations

import csv
import math
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from spacy.tokens import Doc, Span, Token

from .gender import PRONOUN_GENDER, first_name_gender
from .quote_marks import QuoteMarks, find_quotes
from .wrappers import agencies

_LINE_BREAKS = re.compile(r"\n\s*")
# "― Name" (or "-- Name") closing a line that ends a quote: a sign-off.
_NAME_WORD = r"(?:[A-Z]\.|(?:Mr|Mrs|Ms|Dr|Jr|Sr|Rev|Gen|Sen|Rep|Gov)\.|[A-Z][\w’'-]*)"
_SIGN_OFF = re.compile(rf"[”\"’'][ \t\xa0]*(?:[―—–]|--?)[ \t\xa0]*"
                       rf"(?P<name>{_NAME_WORD}(?:[ \xa0]+{_NAME_WORD}){{0,5}}?)\.?[ \t\xa0]*$")


def _lexicon() -> tuple[dict[str, frozenset[str]], dict[str, str], frozenset[str]]:
    """The reporting verbs by role, their object prepositions, and the evidence nouns, from the
    data files a linguist reviews (``data/cue_verbs.csv``, ``data/evidence_nouns.txt``)."""
    folder = files("analysis") / "data"
    lines = [line for line in folder.joinpath("cue_verbs.csv").read_text(encoding="utf-8").splitlines()
             if line and not line.startswith("#")]
    roles: dict[str, set[str]] = {}
    preps = {}
    for row in csv.DictReader(lines):
        for role in row["roles"].split():
            roles.setdefault(role, set()).add(row["verb"])
        if row["object_prep"]:
            preps[row["verb"]] = row["object_prep"]
    nouns = [line.strip() for line in folder.joinpath("evidence_nouns.txt").read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    return {role: frozenset(verbs) for role, verbs in roles.items()}, preps, frozenset(nouns)


_ROLES, _OBJECT_PREPS, EVIDENCE_NOUNS = _lexicon()
# Reporting verbs and nouns (lemmas, plus spun forms as written).
CUES = _ROLES["cue"]
# Verbs that govern a quoted phrase but report no clause ("called it a 'disaster'").
_PHRASE_ONLY = _ROLES["phrase_only"]
# Cues that are often not speech ("the footage shows", "both found themselves"): they report a
# clause only with "that", and a quote only when no speech verb governs it further up.
WEAK_CUES = _ROLES["weak"]
# Cues of intent that report an infinitive ("vowed to ...", "refuses to ...").
INTENT_CUES = _ROLES["intent"]
FOR_CUES = _ROLES["for"]
# Cues whose object is what is said about ("cited his endorsements", "attacked the plan"); what
# that object is said to be or to have done is in _OBJECT_PREPS ("described X as Y").
OBJECT_CUES = _ROLES["object"]
# What evidence (EVIDENCE_NOUNS: "a poll", "the footage") does to its object ("showed a lead").
_FINDING_CUES = _ROLES["finding"]
# How far a cue may stand from a quote the parser split from its sentence.
_NEAR_CUE = 4
_NOT_SOURCES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
_RELATIVE = frozenset({"who", "which", "that"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
_COMPLEMENTS = frozenset({"ccomp", "parataxis"})
# A head that passes a subject on to a cue without one ("..., describing X as 'Y'").
_SUBJECT_CHAIN = frozenset({"advcl", "xcomp", "conj", "acl", "pcomp"})

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
ORG_PRONOUNS = frozenset({"it"})
# "I" and "we" outside quotes are the writer; "they" and "you" have no single antecedent.
PRONOUNS = PERSON_PRONOUNS | ORG_PRONOUNS | {"i", "we", "they", "you"}
PERSON_NOUNS = frozenset("""
president leader minister secretary senator congressman congresswoman representative governor mayor chairman
chairwoman chair spokesman spokeswoman spokesperson professor candidate nominee official ambassador general
diplomat analyst expert director chief founder author economist lawmaker judge commander premier chancellor
king queen prince dictator attorney lawyer aide adviser advisor strategist pollster researcher fellow scholar
head ceo executive manager officer commissioner envoy politician democrat republican billionaire businessman
""".split())
ORG_NOUNS = frozenset("""
agency newspaper paper outlet network ministry company firm group department campaign committee organization
organisation government administration council office bank institute party union commission board court
broadcaster channel station magazine website service
""".split())
GENERIC_WORDS = frozenset({"some", "others", "other", "many", "several", "people", "critics", "experts",
                           "analysts", "officials", "sources", "observers", "diplomats", "residents", "few"})
# What is written and can be read from ("the email read", "reads the editorial").
_TEXT_NOUNS = frozenset({"statement", "letter", "message", "memo", "release", "tweet", "post", "editorial", "note",
                         "ad", "email", "e-mail", "sign", "banner", "caption", "headline", "description", "transcript",
                         "complaint", "lawsuit", "suit", "motion", "ruling", "report", "column", "book", "article"})
_SOURCE_NOUNS = PERSON_NOUNS | ORG_NOUNS | GENERIC_WORDS
_INVERTED_NOUNS = _SOURCE_NOUNS | _TEXT_NOUNS
_SECOND_TIER = INTENT_CUES | OBJECT_CUES | FOR_CUES
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "PRODUCT", "WORK_OF_ART", "LOC"})
# A quote of this few words with no cue is a title, heading or scare quote.
_MIN_STATEMENT_WORDS = 5


@dataclass
class Speaker:
    text: str = ""
    start_char: int = -1
    end_char: int = -1
    ref_start: int = -1        # start_char of the name mention the speaker stands for
    generic: bool = False


@dataclass
class Attribution:
    cue: Token | None
    speaker: Speaker


def _is_cue(tok: Token) -> bool:
    """A reporting verb ("show" the noun is not one; "famous" is the spun adjective for "noted")."""
    if tok.lower_ in ("according", "famous"):
        return True
    return tok.pos_ == "VERB" and tok.lemma_.lower() in CUES


def _weak(cue: Token) -> bool:
    return cue.lemma_.lower() in WEAK_CUES


def _subject(cue: Token, quoted: list[tuple[int, int]]) -> Token | None:
    """The cue's subject, taken from the verb it hangs on when it has none of its own; never a
    word inside a quote the cue is outside of (a misparse hangs '..., Chief Jordan said' on the
    quoted verb, whose subject is the quote's "We")."""
    node = cue
    outside = not _inside(cue, quoted)
    for _ in range(3):
        # The nearest, when a misparse gives two ("flags fluttered ..., KCNA said").
        subj = min((c for c in node.children if c.dep_ in _SUBJECTS and not (outside and _inside(c, quoted))),
                   key=lambda c: abs(c.i - node.i), default=None)
        if subj is not None:
            return subj
        if node.dep_ not in _SUBJECT_CHAIN or node.head is node:
            return None
        node = node.head
        if outside and _inside(node, quoted):
            # Hung on a quoted verb ("..., telling the crowd, “Some people get ...”"): the
            # sentence's own verb outside the quote is what the cue belongs to.
            root = cue.sent.root
            if _inside(root, quoted) or root.i == cue.i:
                return None
            node = root
    return None


def _according_to(tok: Token) -> Token | None:
    """The source in "according to X"."""
    if tok.lower_ != "according":
        return None
    to = next((c for c in tok.children if c.lower_ == "to"), None)
    return next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None


def _inverted_subject(cue: Token) -> Token | None:
    """The name after a cue that follows a quote (", said Democrat Elijah Cummings"), for when
    the parser, misled by the inversion, gave the cue no subject."""
    doc = cue.doc
    if cue.i == 0 or not (doc[cue.i - 1].is_quote or doc[cue.i - 1].text == ","):
        return None
    window = [t for t in doc[cue.i + 1:min(cue.i + 8, cue.sent.end)]]
    # Titles may come first ("said Democrat Elijah Cummings"); a date or a place after a
    # preposition is not the speaker ("said Thursday morning on Fox News").
    start = next((k for k, t in enumerate(window[:4]) if t.pos_ == "PROPN" and t.ent_type_ not in _NOT_SOURCES), None)
    if start is not None and any(t.pos_ == "ADP" for t in window[:start]):
        start = None
    if start is None:
        # A source or a text read as the object ("..., read the email", "said the spokesman").
        return next((t for t in window[:3] if t.pos_ == "NOUN" and t.head.i == cue.i
                     and t.lemma_.lower() in _INVERTED_NOUNS), None)
    end = start
    while end + 1 < len(window) and window[end + 1].pos_ == "PROPN" and window[end + 1].text[:1].isupper():
        end += 1
    return window[end]


def _preceding_name(cue: Token) -> Token | None:
    """The name just before a cue the parser gave no subject ("..., Tulsa police Chief Chuck
    Jordan said Monday" read as the quote's object; '...,” Flynn, a top Trump surrogate, said'
    read as an apposition inside the quote's sentence)."""
    i = cue.i - 1
    while i >= 0 and cue.doc[i].text == ",":
        i -= 1
    if i < 0:
        return None
    prev = cue.doc[i]
    if prev.dep_ == "appos" and prev.pos_ != "PROPN":
        prev = prev.head
    return prev if prev.pos_ == "PROPN" and prev.ent_type_ in ("PERSON", "ORG") else None


def _source_token(cue: Token, quoted: list[tuple[int, int]]) -> Token | None:
    if cue.lower_ == "according":
        return _according_to(cue)
    return _subject(cue, quoted) or _preceding_name(cue) or _inverted_subject(cue)


def _antecedent(tok: Token) -> Token:
    """What a relative pronoun subject stands for ("China, which has said ..." -> China)."""
    if tok.lower_ in _RELATIVE and tok.dep_ in _SUBJECTS and tok.head.dep_ == "relcl":
        return tok.head.head
    return tok


def _quoted_at(pos: int, spans: list[tuple[int, int]]) -> bool:
    """Whether a character offset lies in one of ``spans``, which :func:`find_quotes` gives
    sorted and disjoint: a binary search, since this runs for most tokens of every document."""
    i = bisect_right(spans, (pos, math.inf)) - 1
    return i >= 0 and pos < spans[i][1]


def _inside(tok: Token, spans: list[tuple[int, int]]) -> bool:
    return _quoted_at(tok.idx, spans)


def _name_span(doc: Doc, tok: Token) -> Span | None:
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
    # A compound name or title glued to the head's right stays ("said Leif-Eric Easley").
    end = tok.i + 1
    while end < len(doc) and doc[end].dep_ in ("compound", "flat") and doc[end].head.i == tok.i:
        end += 1
    return doc[start:end]


def _gender(ent: Span, full_names: list[Span]) -> str:
    """"male", "female" or "" (unknown, or a name used by both), from an honorific before the
    name or its first name; a bare surname takes the first name the article gave it."""
    doc = ent.doc
    before = doc[ent.start - 1].lower_.rstrip(".") if ent.start else ""
    if before in ("mr", "sir"):
        return "male"
    if before in ("mrs", "ms", "miss"):
        return "female"
    first = ent[0].text
    if len(ent) == 1:
        full = [e for e in full_names if e[-1].text == ent[0].text and e.start < ent.start]
        if not full:
            return ""
        first = full[-1][0].text
    return first_name_gender(first)


def _last_mention(doc: Doc, before: int, labels: frozenset[str], quoted: list[tuple[int, int]],
                  pronoun: str = "") -> Span | None:
    """The last name mention of ``labels`` before a character offset, outside quotes and
    compatible with the pronoun's gender, preferring the last one that was a subject (the
    salient one: "Clinton spoke after the shooting of Crutcher ... she said" is Clinton)."""
    found = None
    wanted = PRONOUN_GENDER.get(pronoun, "")
    ents = [e for e in doc.ents if e.start_char < before]
    full_names = [e for e in ents if e.label_ == "PERSON" and len(e) > 1]
    # Backwards, so that the search stops at the last subject (guessing a gender is the costly part).
    for ent in reversed(ents):
        if ent.label_ in labels and not _quoted_at(ent.start_char, quoted) \
                and not (wanted and _gender(ent, full_names) not in ("", wanted)):
            found = found or ent
            if ent.root.dep_ in _SUBJECTS:
                return ent
    return found


def speaker_of(source: Token, quoted: list[tuple[int, int]]) -> Speaker:
    """The speaker mention for a cue's source token, and the name it stands for. A relative
    pronoun is the mention as written and stands for what its clause modifies."""
    doc = source.doc
    antecedent = _antecedent(source)
    if antecedent is not source:
        meant = speaker_of(antecedent, quoted)
        return Speaker(source.text, source.idx, source.idx + len(source.text), meant.ref_start, meant.generic)
    name = _name_span(doc, source)
    if name is not None:
        return Speaker(name.text, name.start_char, name.end_char, name.start_char)
    phrase = _phrase(source)
    words = {t.lower_ for t in phrase}
    speaker = Speaker(phrase.text, phrase.start_char, phrase.end_char)
    if source.pos_ == "PRON":
        labels = {"PERSON"} if source.lower_ in PERSON_PRONOUNS else {"ORG"} if source.lower_ in ORG_PRONOUNS else None
        if labels:
            ref = _last_mention(doc, source.idx, frozenset(labels), quoted, source.lower_)
            speaker.ref_start = ref.start_char if ref is not None else -1
        return speaker
    # A name inside the phrase ("White House press secretary Josh Earnest", "Nikkei's editor").
    inner = [e for e in doc.ents if e.start >= phrase.start and e.end <= phrase.end and e.label_ == "PERSON"]
    if inner:
        return Speaker(inner[-1].text, inner[-1].start_char, inner[-1].end_char, inner[-1].start_char)
    # A name in apposition ("the Democratic candidate Hillary Clinton", "his lawyer, Ty Cobb").
    named = next((n for c in source.children if c.dep_ == "appos" and (n := _name_span(doc, c)) is not None), None)
    if named is not None:
        return Speaker(named.text, named.start_char, named.end_char, named.start_char)
    lemma = source.lemma_.lower()
    plural = source.tag_ in ("NNS", "NNPS") or source.lower_ in GENERIC_WORDS
    definite = phrase[0].lower_ in ("the", "this", "that") if len(phrase) else False
    owner = None if plural else _owner(source)
    if owner is not None:  # "Trump's spokesman", "the ministry's spokeswoman": definite, and whose voice
        speaker.ref_start = owner.start_char
    elif plural or words & GENERIC_WORDS or not definite:
        speaker.generic = True
    elif lemma in ORG_NOUNS:
        ref = _described(doc, source, quoted, "ORG")
        speaker.ref_start = ref.start_char if ref is not None else -1
    elif lemma in PERSON_NOUNS:
        ref = _described(doc, source, quoted, "PERSON")
        speaker.ref_start = ref.start_char if ref is not None else -1
    return speaker


# Titles written short before a name, as the nouns that describe the same people.
_TITLE_NOUNS = {"sen": "senator", "rep": "representative", "gov": "governor", "gen": "general",
                "pres": "president", "amb": "ambassador", "lt": "lieutenant", "col": "colonel", "adm": "admiral",
                "secy": "secretary", "supt": "superintendent", "atty": "attorney", "prof": "professor"}
_MEDIA_NOUNS = frozenset({"newspaper", "paper", "outlet", "network", "broadcaster", "channel", "station",
                          "magazine", "website", "agency"})
_MEDIA_WORDS = frozenset({"news", "times", "post", "journal", "tv", "radio", "herald", "tribune", "gazette",
                          "telegraph", "guardian", "press", "agency", "sinmun", "daily", "broadcasting", "network"})


def _owner(source: Token) -> Span | None:
    """The person or body a description belongs to: "Trump's spokesman" is Trump's voice."""
    poss = next((c for c in source.children if c.dep_ == "poss"), None)
    if poss is None or source.lemma_.lower() not in PERSON_NOUNS:
        return None
    name = _name_span(source.doc, poss)
    return name if name is not None and name.label_ in ("PERSON", "ORG", "GPE") else None


def _described(doc: Doc, source: Token, quoted: list[tuple[int, int]], label: str) -> Span | None:
    """The last name before ``source`` that its description describes, outside quotes: for a
    body, one whose name holds the noun ("the ministry" -> the Foreign Ministry, "the agency" ->
    the Korean Central News Agency) or, for a newspaper or channel, a news outlet that is not the
    agency that filed the copy; for a person, one with that title or in apposition with that noun
    ("President Obama" for "the president", "Josh Earnest, the spokesman"). Else None: "the
    official" or "the administration" is no one in particular, and the last name before it is a
    guess (it made the agency itself, "told Reuters", the speaker)."""
    noun = source.lemma_.lower()
    for ent in reversed([e for e in doc.ents if e.end_char <= source.idx and e.label_ == label]):
        if _quoted_at(ent.start_char, quoted):
            continue
        if label == "ORG":
            words = {t.lower_ for t in ent} | {t.lemma_.lower() for t in ent}
            if noun in words or noun in _MEDIA_NOUNS and words & _MEDIA_WORDS and ent.text not in agencies():
                return ent
            continue
        before = doc[ent.start - 1] if ent.start else None
        title = before.lower_.rstrip(".") if before is not None else ""
        if _TITLE_NOUNS.get(title, title) == noun or before is not None and before.lemma_.lower() == noun:
            return ent
        if any(t.lemma_.lower() == noun and (t.dep_ == "appos" and t.head.i in range(ent.start, ent.end)
                                             or ent.root.dep_ == "appos" and ent.root.head.i == t.i)
               for t in ent.sent):
            return ent
    return None


def _rank(cue: Token, quoted: list[tuple[int, int]]) -> tuple[int, bool]:
    """Verbs of saying first, then verbs of intent or judgement ("plans", "criticized"), then weak
    cues; people and bodies before things ("the spot concludes")."""
    lemma = cue.lemma_.lower()
    tier = 2 if _weak(cue) else 1 if lemma in _SECOND_TIER else 0
    return tier, not _named(_source_token(cue, quoted))


def _governing_cue(tokens: Span, quoted: list[tuple[int, int]]) -> Token | None:
    """The best cue above the span in the tree, outside any quote, with a source: the nearest
    speech verb with a named source, so "Obama said that a majority believe 'X'" is Obama's."""
    inside = {t.i for t in tokens}
    found: list[Token] = []
    for top in (t for t in tokens if t.head.i not in inside):
        node = top.head
        for _ in range(6):
            if node.i in inside:
                break
            if not _inside(node, quoted) and _is_cue(node) and _source_token(node, quoted) is not None:
                found.append(node)
            if node.head is node:
                break
            node = node.head
    # The outermost speech cue: in "Obama said that a majority believe 'X'" the quote is Obama's.
    return min(found, key=lambda c: (*_rank(c, quoted), -found.index(c)), default=None)


def _sentence_cue(tokens: Span, quoted: list[tuple[int, int]]) -> Token | None:
    """A cue with a source in the quote's sentences, outside quotes, nearest the quote."""
    doc = tokens.doc
    start, end = tokens[0].sent.start, tokens[-1].sent.end
    candidates = [t for t in doc[start:end]
                  if (t.i < tokens.start or t.i >= tokens.end) and not _inside(t, quoted)
                  and _is_cue(t) and _source_token(t, quoted) is not None]
    return min(candidates, key=lambda t: (*_rank(t, quoted), min(abs(t.i - tokens.start), abs(t.i - tokens.end))),
               default=None)


def _introducing_cue(span: Span, quoted: list[tuple[int, int]]) -> Token | None:
    """The cue of the sentence just before a quote that the parser split off: one ending in a
    colon ("He said:" and the quote as the next paragraph), or a cue right before the quote
    ("..., telling the crowd, “...”", "it reads, “...”")."""
    doc = span.doc
    i = span.start - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    if i < 0 or doc[i].sent == span[0].sent:
        return None
    sent = doc[i].sent
    cues = [t for t in sent if _is_cue(t) and not _inside(t, quoted) and _source_token(t, quoted) is not None]
    if doc[i].text == ":":
        if cues:
            return cues[-1]
        return sent.root if _subject(sent.root, quoted) is not None else None
    near = [t for t in cues if i - t.i <= _NEAR_CUE and not any(c.dep_ in _COMPLEMENTS for c in t.children)]
    return near[-1] if near and (doc[i].text == "," or doc[i] is near[-1]) else None


def _following_cue(span: Span, quoted: list[tuple[int, int]]) -> Token | None:
    """The cue of a sentence right after the quote, in its paragraph, that the parser split off
    and that opens with the attribution: "“...” / Nate Silver, the polling guru, tweeted on
    Wednesday." or "“...” / said Skelly, explaining ..."."""
    doc = span.doc
    if span.end >= len(doc) or "\n" in doc[span.end].text or span[-1].sent == doc[span.end].sent:
        return None
    sent = doc[span.end].sent
    for tok in sent:
        if _is_cue(tok) and not _inside(tok, quoted):
            source = _source_token(tok, quoted)
            opens = source is not None and (tok.i == sent.start or source.left_edge.i == sent.start)
            return tok if opens else None
    return None


def _preceding_cue(span: Span, quoted: list[tuple[int, int]]) -> Token | None:
    """For a quote that opens its sentence with no cue of its own: the speech cue of the sentence
    just before, when it reports a named source ("..., Schiff said. 'The other factor ...'")."""
    doc = span.doc
    first = span[0].sent
    if span.start - first.start > 1:
        return None
    i = first.start - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    if i < 0:
        return None
    cues = [t for t in doc[i].sent if _is_cue(t) and not _inside(t, quoted) and _source_token(t, quoted) is not None
            and _rank(t, quoted) in ((0, False), (1, False))]
    return cues[-1] if cues else None


def _dash_speaker(doc: Doc, text: str, quote_end: int) -> Speaker | None:
    """The name signing off the quote's line ("“A.” ― Christina Lastra"); every quote on that
    line without a cue of its own shares it ("“A” and that is all he has “B” ― Name").

    Read on the text, not the tokens: the tokenizer glues the dash to the closing mark ("”―")
    and initials to their period ("Julie A. Diaz").
    """
    line_end = text.find("\n", quote_end)
    m = _SIGN_OFF.search(text, quote_end - 1, line_end if line_end >= 0 else len(text))
    if m is None:
        return None
    label = doc.char_span(m.start("name"), m.end("name"), alignment_mode="expand")
    name = _name_span(doc, label[0]) if label else None
    return Speaker(m.group("name"), m.start("name"), m.end("name"), name.start_char if name is not None else -1)


def _statement(span: Span) -> bool:
    words = [t for t in span if t.is_alpha]
    return len(words) >= _MIN_STATEMENT_WORDS or any(t.pos_ in ("VERB", "AUX") for t in span)


@cache
def cue_types() -> dict[str, str]:
    """Cue -> what it reports: ``speech``, ``writing``, ``belief``, ``intention`` or ``finding``
    (``data/cue_types.csv``, a list a linguist can review)."""
    with (files("analysis") / "data" / "cue_types.csv").open(encoding="utf-8") as f:
        return {row["cue"]: row["type"] for row in csv.DictReader(f)}


def cue_type(cue: str, speaker: str = "") -> str:
    """What a statement is: what its cue reports, and a finding when its source is evidence
    ("a poll shows ..."); a quote without a cue is speech."""
    if speaker and speaker.split()[-1].lower().rstrip("s") in EVIDENCE_NOUNS:
        return "finding"
    return cue_types().get(cue, "speech")


def _quote_row(span: Span, kind: str, att: Attribution) -> dict:
    sp = att.speaker
    cue = _cue_text(att.cue)
    return {"start_char": span.start_char, "end_char": span.end_char, "text": span.text, "kind": kind,
            "speaker": sp.text, "speaker_start_char": sp.start_char, "speaker_end_char": sp.end_char,
            "cue": cue, "cue_type": cue_type(cue, sp.text), "generic": sp.generic, "speaker_ref": sp.ref_start,
            "quote_inside": False}


def _cue_text(cue: Token | None) -> str:
    if cue is None:
        return ""
    if cue.lower_ == "according":
        return "according to"
    lemma = cue.lemma_.lower()
    # The spun "famous" keeps its form whatever the tagger made of it ("famou" as a verb's lemma).
    return lemma if cue.pos_ in ("VERB", "AUX") and lemma in CUES else cue.lower_


def direct_quotes(doc: Doc, marks: list[QuoteMarks]) -> list[dict]:
    """Quoted spans (``marks``, from :func:`find_quotes`) that are statements, each with its
    attribution (possibly inherited)."""
    quoted = [(q.start, q.end) for q in marks]
    text = doc.text  # built anew from the tokens on every access
    rows: list[dict] = []
    pending: list[Span] = []  # unattributed quotes that run into the next paragraph
    previous: Attribution | None = None
    previous_end = -1
    for q in marks:
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        cue = (_governing_cue(span, quoted) or _sentence_cue(span, quoted) or _introducing_cue(span, quoted)
               or _following_cue(span, quoted))
        if cue is not None:
            att = Attribution(cue, speaker_of(_source_token(cue, quoted), quoted))
        elif (dashed := _dash_speaker(doc, text, q.end)) is not None:
            att = Attribution(None, dashed)
        elif previous is not None and _statement(span) and _adjacent(text, previous_end, q.start):
            att = previous
        elif _statement(span) and (cue := _preceding_cue(span, quoted)) is not None:
            att = Attribution(cue, speaker_of(_source_token(cue, quoted), quoted))
        elif q.continues:
            pending.append(span)
            continue
        elif _statement(span) and len(span) >= 2 * _MIN_STATEMENT_WORDS:
            att = Attribution(None, Speaker())  # a real quote whose speaker the rules cannot find
        else:
            continue  # a title, heading or scare quote
        # A quote opened in one paragraph and finished in the next has the later one's speaker.
        rows.extend(_quote_row(p, "direct", att) for p in pending)
        pending = []
        rows.append(_quote_row(span, "direct", att))
        if att.cue is not None or att is previous:
            previous, previous_end = att, q.end
    return rows


def _adjacent(text: str, previous_end: int, start: int) -> bool:
    """Whether a quote follows the previous attributed quote closely: same or next paragraph."""
    between = text[previous_end:start] if previous_end >= 0 else ""
    return previous_end >= 0 and len(_LINE_BREAKS.findall(between)) <= 1 and len(between) < 400


def _named(tok: Token) -> bool:
    """Whether a source is a person or body rather than a thing ("footage shows")."""
    tok = _antecedent(tok)
    return tok.pos_ in ("PROPN", "PRON") or tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") \
        or tok.lemma_.lower() in _SOURCE_NOUNS


def _without_new_clauses(head: Token) -> list[int]:
    """The head's subtree less coordinated clauses with a subject of their own: in "X said A is
    B, and he railed against C", only "A is B" is reported."""
    cut = [c for c in head.children if c.dep_ == "conj" and c.i > head.i
           and any(g.dep_ in _SUBJECTS for g in c.children)]
    end = min((c.left_edge.i for c in cut), default=head.right_edge.i + 1)
    return [t.i for t in head.subtree if t.i < end]


def _clause_tokens(cue: Token, source: Token) -> list[int]:
    """Token indices of what a cue reports, or none."""
    doc, sent = cue.doc, cue.sent
    comp = next((c for c in cue.children if c.dep_ in _COMPLEMENTS), None)
    if cue.lower_ == "according":
        # "X, according to Y" or "According to Y, X": the side of the clause without the source.
        clause = [t.i for t in cue.head.subtree if t.sent == sent]
        before = [i for i in clause if i < cue.left_edge.i]
        after = [i for i in clause if i > cue.right_edge.i]
        return max(before, after, key=len)
    if comp is not None:
        that = any(c.dep_ == "mark" and c.lower_ == "that" for c in comp.children)
        reports = that or not _weak(cue) or _named(source) or source.lemma_.lower() in EVIDENCE_NOUNS
        return _without_new_clauses(comp) if reports else []
    lemma = cue.lemma_.lower()
    if lemma in _FINDING_CUES and source.lemma_.lower() in EVIDENCE_NOUNS:
        obj = next((c for c in cue.children if c.dep_ == "dobj"), None)
        return [t.i for t in obj.subtree] if obj is not None else []
    if not _named(source):
        return []
    if lemma in FOR_CUES:  # "called for the repeal of Obamacare"
        for_ = next((c for c in cue.children if c.dep_ == "prep" and c.lower_ == "for"), None)
        obj = next((c for c in for_.children if c.dep_ in ("pobj", "pcomp")), None) if for_ is not None else None
        if obj is not None:
            return [t.i for t in obj.subtree]
    if lemma in OBJECT_CUES:  # "criticized the Affordable Care Act", "called the charges fabricated"
        parts = [c for c in cue.children if c.dep_ in ("dobj", "oprd") or (lemma == "call" and c.dep_ == "xcomp")
                 or (c.dep_ == "prep" and c.lower_ == _OBJECT_PREPS.get(lemma))]
        if any(c.dep_ == "dobj" for c in parts):
            return [t.i for c in parts for t in c.subtree]
    intent = next((c for c in cue.children if c.dep_ == "xcomp"), None)
    if intent is not None and lemma in INTENT_CUES:
        return [t.i for t in intent.subtree]  # "vowed to bring back mining jobs", "told aides to act"
    if _weak(cue):
        return []
    left = min(source.left_edge.i, cue.i)
    if cue.dep_ == "ROOT" and left - 1 > sent.start and doc[left - 1].text == ",":
        return list(range(sent.start, left - 1))  # "..., X said."
    if cue.dep_ == "parataxis":
        skip = {t.i for t in cue.subtree}  # "..., X said, ...": the sentence around it
        return [t.i for t in sent if t.i not in skip]
    return []


def _content(cue: Token, source: Token) -> Span | None:
    """The reported content of a cue as one span, trimmed of edge punctuation (not quote marks)."""
    doc = cue.doc
    tokens = _clause_tokens(cue, source)
    if not tokens:
        return None
    start, end = min(tokens), max(tokens) + 1
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].dep_ == "cc") \
            and doc[end - 1].text not in "”\"'’":
        end -= 1
    return doc[start:end] if end > start else None


def reported_speech(doc: Doc, quoted: list[tuple[int, int]]) -> list[dict]:
    """Reported statements: a cue outside quotes, with a source and a clause of content."""
    rows = []
    for tok in doc:
        if not _is_cue(tok) or tok.lemma_.lower() in _PHRASE_ONLY or _inside(tok, quoted):
            continue
        source = _source_token(tok, quoted)
        content = _content(tok, source) if source is not None else None
        if content is None or len([t for t in content if t.is_alpha]) < 3:
            continue
        if content.start <= source.i < content.end and source not in set(tok.subtree):
            continue
        in_quotes = sum(len(t.text) for t in content if _inside(t, quoted))
        if in_quotes > 0.6 * len(content.text):
            continue  # the direct quote is the statement
        rows.append(_quote_row(content, "indirect", Attribution(tok, speaker_of(source, quoted))))
    return rows


def _line_start(doc: Doc, i: int) -> bool:
    return i == 0 or (doc[i - 1].is_space and "\n" in doc[i - 1].text) or "\n" in doc[i - 1].whitespace_


def labelled_lines(doc: Doc) -> list[dict]:
    """"Name: statement" lines, as in headlines ("Pence: Trump Was 'Mocking' Clinton Camp") and
    transcripts ("PENCE: Well, ..."), where the colon is the cue."""
    rows = []
    for tok in doc:
        if not _line_start(doc, tok.i) or tok.is_space:
            continue
        start = tok.i + (1 if tok.is_quote else 0)
        colon = next((t for t in doc[start:start + 6] if t.text == ":"), None)
        if colon is None or colon.i == start:
            continue
        label = doc[start:colon.i]
        if not all(t.text[:1].isupper() for t in label if t.is_alpha) or not any(t.pos_ == "PROPN" for t in label):
            continue
        end = colon.i + 1
        while end < len(doc) and not (doc[end].is_space and "\n" in doc[end].text):
            end += 1
        content = doc[colon.i + 1:end]
        while len(content) and (content[-1].is_punct or content[-1].is_space) and not content[-1].is_quote:
            content = content[:-1]
        if len([t for t in content if t.is_alpha]) < 3:
            continue
        name = _name_span(doc, label[-1])
        speaker = Speaker(label.text, label.start_char, label.end_char, name.start_char if name is not None else -1)
        kind = "direct" if tok.is_quote else "indirect"
        span = doc[tok.i:end] if tok.is_quote else content
        row = _quote_row(span, kind, Attribution(None, speaker))
        row["cue"], row["cue_type"] = ":", "speech"
        rows.append(row)
    return rows


def doc_quotes(doc: Doc) -> list[dict]:
    """All attributed statements of a document, in text order, with quote ids."""
    marks = find_quotes(doc.text)
    direct = direct_quotes(doc, marks)
    quoted = [(q.start, q.end) for q in marks]
    # A transcript line in quotation marks ("PENCE: Well, ...") is one direct quote, spoken by
    # its label unless the quote's own attribution was found.
    attributed = {r["start_char"] for r in direct if r["speaker"]}
    lines = [r for r in labelled_lines(doc) if r["kind"] == "indirect" or r["start_char"] not in attributed]
    taken = {r["start_char"] for r in lines if r["kind"] == "direct"}
    direct = [r for r in direct if r["start_char"] not in taken]
    rows = _one_statement(sorted(direct + lines + reported_speech(doc, quoted),
                                 key=lambda r: (r["start_char"], r["end_char"])))
    for i, row in enumerate(rows):
        row["quote_id"] = i
    return rows


def _one_statement(rows: list[dict]) -> list[dict]:
    """A direct quote inside a reported statement of the same speaker ("X called it “bitter and
    personal”") is part of that statement, not a second one: one row, of kind ``direct`` (it
    holds quoted words) with ``quote_inside`` true."""
    reported = [r for r in rows if r["kind"] == "indirect"]
    inside: set[int] = set()
    for i, r in enumerate(rows):
        if r["kind"] != "direct":
            continue
        outer = next((o for o in reported if o["start_char"] <= r["start_char"] and r["end_char"] <= o["end_char"]
                      and (o["speaker_start_char"], o["speaker_ref"]) == (r["speaker_start_char"], r["speaker_ref"])),
                     None)
        if outer is not None:
            inside.add(i)
            outer["kind"], outer["quote_inside"] = "direct", True
    return [r for i, r in enumerate(rows) if i not in inside]

"""Who said what: direct and reported speech in a parsed document, with its speaker.

One function per step, all on the spaCy parse the document already has:

- :func:`direct_quotes` — spans in quotation marks (:mod:`analysis.extract.quote_marks`), each given the
  reporting verb ("cue") that governs it in the dependency tree, or failing that the cue of its
  sentence (or of a sentence ending in a colon just before it, or a "― Name" after it). A quote
  with no cue of its own continues the quote just before it (a quote split by "she said", a
  paragraph that goes on quoting) or the statement reported in the sentence before. A short
  quote with no cue is a title, a heading or a scare quote and is dropped: it is not a statement.
- :func:`reported_speech` — "X said (that) ...", "X told Y that ...", "..., X said.",
  "according to X, ...", "X called for ...", "X vowed to ...": a cue with a source and a
  clause (or, for verbs of judgement and intent, an object or infinitive) of content.
- :func:`labelled_lines` — "Name: statement" headlines and transcript lines.

Which words are cues is :mod:`analysis.extract.cue_words`; whose words a statement is,
:mod:`analysis.extract.speakers`.

Why not textacy's ``direct_quotations``: it needs balanced marks (it refuses 22 of 84 PolNeAR
dev articles), knows only direct quotes and a short verb list, and does not resolve speakers.
The cue lexicon is wide on purpose, and includes the forms that spun copies of articles use
("mentioned", "advised", "famous" for "noted").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from analysis.extract.cue_words import (
    ADDRESSED_CUES,
    CUES,
    EVIDENCE_NOUNS,
    FINDING_CUES,
    FOR_CUES,
    HEARER_CUES,
    INTENT_CUES,
    INVERTED_NOUNS,
    LIGHT_VERBS,
    NAMING_CUES,
    NOT_CUES,
    OBJECT_CUES,
    OBJECT_PREPS,
    OBJECT_WITH_PREP,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    PHRASAL,
    PHRASE_ONLY,
    RAISING_CUES,
    RANK_WORDS,
    SECOND_TIER,
    SLOGAN_CUES,
    SOURCE_NOUNS,
    TEXT_NOUNS,
    THAT_ONLY_CUES,
    THING_PRONOUNS,
    TOPIC_CUES,
    TOPIC_PREPS,
    cue_nouns,
    cue_type,
    discourse_marker,
    is_cue,
    is_weak_cue,
    phrasal_cue,
    says,
)
from analysis.extract.gender import is_first_name, title_word
from analysis.extract.quote_marks import MARKS, QuoteMarks, quotations
from analysis.extract.record_types import QuoteRecord
from analysis.extract.speakers import (
    CONCESSIVE_MARKS,
    RELATIVE_PRONOUNS,
    SUBJECTS,
    TIME_OR_CONTRAST_MARKS,
    Speaker,
    compound_subject,
    cue_subject,
    dash_speaker,
    expletive,
    held_by_noun,
    in_quotes,
    is_named_source,
    known_names,
    known_people,
    latin,
    line_start,
    name_span,
    paragraph_start,
    poll_of_share,
    source_token,
    speaker_of,
    text_of_part,
    undergone,
)
from analysis.lexicon import DASHES, place_abbreviations, words

_LINE_BREAKS = re.compile(r"\n\s*")
_BLANK_LINES = re.compile(r"\n[ \t\r]*\n\s*")
_CLOSING = "\"'”’»"  # closing marks, stripped to reach a quote's last word
_END_PUNCT = frozenset(".?!,;:…") | DASHES  # what ends a quoted sentence or says it goes on
# How far a cue may stand from a quote the parser split from its sentence.
_NEAR_CUE = 4
_COMPLEMENTS = frozenset({"ccomp", "parataxis"})
_MODIFIERS = frozenset({"prep", "advcl", "advmod", "npadvmod", "agent", "mark"})
# What a verb needs to complete it, and which a cue set into the verb's clause cannot take.
_STRAY_COMPLEMENTS = frozenset({"acomp", "attr", "dobj", "oprd"})
# How the parse hangs a quoted sentence before its cue on it ('"Let's go back ...," Sanders said').
_QUOTED_CLAUSES = frozenset({"ccomp", "advcl", "parataxis", "conj", "dep"})
_TAIL = ".,;:!?”\"’' "  # what may close a quote after the statement it ends
_MARK_CHARS = "".join(sorted({c for m in MARKS for c in m}))  # what quotation marks are made of
_WRITER = frozenset({"i", "we", "you"})  # outside quotes, the writer and the reader
_THINGS = frozenset({"it", "this", "that", "what", "whatever"})
# what opens a clause of time, cause, purpose or contrast, never one of reported content
_ADVERBIAL_MARKS = frozenset({"before", "after", "when", "while", "whereas", "because", "since", "until", "unless",
                              "although", "though", "so", "once"})
# how words a cue reports as written, chanted or called hang on it
_WHAT_A_CUE_TAKES = frozenset({"dobj", "ccomp", "oprd", "xcomp", "attr"})
# A quote of this few words with no cue is a title, heading or scare quote.
_MIN_STATEMENT_WORDS = 5
_INVERTED_SPEAKER_WORDS = 10  # the longest speaker phrase after a verb opening its sentence


@dataclass
class Attribution:
    cue: Token | None
    speaker: Speaker
    cue_word: str = ""  # the cue read from its form, where the tagger missed it


def _rank(cue: Token, quoted: list[tuple[int, int]]) -> tuple[int, bool]:
    """Verbs of saying first, then verbs of intent or judgement ("plans", "criticized"), then weak
    cues; people and bodies before things ("the spot concludes")."""
    lemma = cue.lemma_.lower()
    tier = 2 if is_weak_cue(cue) else 1 if lemma in SECOND_TIER else 0
    return tier, not is_named_source(source_token(cue, quoted))


def _governing_cue(tokens: Span, quoted: list[tuple[int, int]]) -> Token | None:
    """The best cue above the span in the tree, outside any quote, with a source: the nearest
    speech verb with a named source, so "Obama said that a majority believe 'X'" is Obama's."""
    inside = {t.i for t in tokens}
    found: list[Token] = []
    tops = [t for t in tokens if t.head.i not in inside]
    # An opening mark hung on the sentence before leads to that sentence's cue: the quote's own
    # cue comes first ("Kerry said .... ''What we gave up ...,'' he told Fox News.").
    settled = False
    for top in sorted(tops, key=lambda t: _hung_back(t, tokens)):
        # (nor, failing any other, where a cue follows the quote: "... but she wanted to be
        # realistic. ''I hate the term 'Manhattan poor,' '' she said")
        if settled or _hung_back(top, tokens) and (found or _following_cue(tokens, quoted) is not None):
            break
        node = top.head
        # A quoted clause coordinated with a cue is not what the cue reports: "Rhodes noted that
        # U.S. officials have long been talking with ..., and "we're in discussions ..."".
        beside = top.dep_ == "conj" and any(c.dep_ in SUBJECTS and c.i in inside for c in top.children)
        below_clause = False
        for step in range(6):
            if node.i in inside:
                break
            if not (beside and step == 0) and not in_quotes(node, quoted) and is_cue(node) \
                    and not _reports_a_clause_after(node, tokens, quoted) \
                    and (source := source_token(node, quoted)) is not None \
                    and not (is_weak_cue(node) and source.left_edge.i <= tokens.start < source.right_edge.i
                             and not source.left_edge.i <= node.i <= source.right_edge.i) \
                    and not any(t.dep_ == "appos" and t.head.i == source.i for t in tops):
                # (a quote inside a weak cue's own subject is part of who acts, not what is found:
                # "those voters, who officially register as “undeclared,” can determine ..."; under
                # a verb of speech its relative clause is the subject's words, however the parse
                # hung it: "Beck, who has in the past described Trump as “a pathological ...
                # sociopath” ..., clearly intended"; nor, under any cue, a quote set beside its
                # source as that source's name: "The term “black bloc” refers to a tactic")
                found.append(node)
                if _time_or_contrast(node) and is_named_source(source):
                    # "But even as Trump claimed that “...,” one of the prosecutors said"; where
                    # the clause's cue is one of speech, nor the verb the closing mark hangs on
                    # ("Netanyahu said ..., although he tweeted that he “rejects ...”"; not "fear
                    # that ... as we know it and would relegate ... “to the dark ages”")
                    settled = says(node.lemma_.lower())
                    break
                if (_absolute(node, quoted) or _shouted_by_noun(node, step)) \
                        and (is_named_source(source) or node.dep_ == "relcl") and not _reported_within(node):
                    # "..., with Steve Scalise calling ... and Ross Spano calling the process “...”":
                    # the words' own clause decides, whatever the quote's punctuation hangs on
                    return node
            if node.head.i == node.i:
                break
            if _own_subject(node, quoted) is not None:
                # "Obama decried X, and he foreshadowed ... by urging “...”": a clause of its own;
                # a cue above it reports something else, unless it closes the sentence on its
                # speaker (see :func:`_closing_cue`).
                if (closing := _closing_cue(node, tokens, quoted)) is not None:
                    found.append(closing)
                elif not found and not below_clause and node.lemma_ != "be" \
                        and (source := source_token(node, quoted)) is not None \
                        and is_named_source(source) and source.lower_ not in _WRITER:
                    found.append(node)
                break
            # (a clause below with a subject of its own is that subject's doing: "the court abrogated
            # Abdul because he ... didn't understand “no”" is not the court's, nor "Clinton leads ...
            # among those who are “somewhat liberal”" Clinton's)
            below_clause = below_clause or any(c.dep_ in SUBJECTS for c in node.children)
            node = node.head
    # (not a cue the parse hung a statement of its own on across a semicolon)
    cut = next((k + 1 for k in range(len(found) - 1) if _across_semicolon(found[k], found[k + 1])), len(found))
    found = found[:cut]
    # What a naming verb calls something is its subject's words under a cue that reports no
    # speech: "Cleveland sought the convention ... shedding what Gilbert called “a perception
    # problem”" (under a speech cue the outermost speaker stays, as below).
    named = next((c for c in found if any(t.dep_ == "oprd" and t.head.i == c.i for t in tokens)
                  and any(s.dep_ == "nsubj" for s in c.children)), None)
    if named is not None and not any(says(c.lemma_.lower()) for c in found if c.i != named.i):
        return named
    # A relative clause's own speech cue is the quote's: "said Beck, who said there were “...”",
    # "Bundy says to Santilli, who responds: “Okay!”" (the relative pronoun stands for its noun).
    relative = next((c for c in found if c.dep_ == "relcl" and says(c.lemma_.lower())
                     and any(s.dep_ in SUBJECTS and s.lower_ == "who" for s in c.children)), None)
    if relative is not None:
        return relative
    # The outermost speech cue: in "Obama said that a majority believe 'X'" the quote is Obama's.
    chosen = min(found, key=lambda c: (*_rank(c, quoted), -found.index(c)), default=None)
    # A denial, or a clause of time the parser made the root, reports no words of its subject's:
    # under "Comey cannot say that “from his perspective,” Lewandowski added, saying it should be
    # “up to the prosecutor ...”" and "When someone in the audience shouted, “Cruz,” Beck joked,
    # ..., “Amen, brother!”" the quotes are the speaker's whose name opens right after a closing
    # mark, unless a cue below names someone else ("..., the source recalled, adding that Grayson
    # said: “...”").
    if chosen is None or not any(c.dep_ == "neg" or c.dep_ in ("mark", "advmod") and c.lower_ in TIME_OR_CONTRAST_MARKS
                                 for c in chosen.children):
        return chosen
    below = found[:found.index(chosen)]
    for k, cue in enumerate(below):
        subject = _subject_after_quote(cue) if says(cue.lemma_.lower()) else None
        if subject is not None and is_named_source(subject):
            return cue if all(source_token(c, quoted) == subject for c in below[:k]) else chosen
    return chosen


def _reports_a_clause_after(cue: Token, tokens: Span, quoted: list[tuple[int, int]]) -> bool:
    """A cue after a quoted clause it reports, with a clause outside quotes after it as well: in
    "although O'Malley lamented ... - “does she ...?” - Democrats ... said they were unfazed" the
    parse hung O'Malley's question on "said" too, but what the Democrats said is after it."""
    clauses = [c for c in cue.children if c.dep_ == "ccomp"]
    return cue.i >= tokens.end and any(tokens.start <= c.i < tokens.end for c in clauses) \
        and any(_opens_after(c, cue) and not in_quotes(c, quoted) for c in clauses)


def _opens_after(clause: Token, cue: Token) -> bool:
    """Whether a clause opens right after the cue: "said they were unfazed", not "feel like in the
    end we want"."""
    return clause.left_edge.i == cue.i + 1


def _clause_of_time(clause: Token) -> bool:
    """A clause the parse took for a complement that a word of time, cause or contrast opens ("said
    before the voting began"): no words said."""
    first = clause.left_edge
    return first.dep_ == "mark" and first.head.i == clause.i and first.lower_ in _ADVERBIAL_MARKS


def _subject_after_quote(cue: Token) -> Token | None:
    """The cue's subject before it, where a closing quotation mark ends the text before it."""
    subject = next((c for c in cue.children if (c.dep_ == "nsubj" or compound_subject(c)) and c.i < cue.i), None)
    if subject is None:
        return None
    first = min(t.i for t in subject.subtree)
    mark = cue.doc[first - 1] if first else None
    return subject if mark is not None and mark.text in MARKS and mark.whitespace_ else None


def _absolute(cue: Token, quoted: list[tuple[int, int]]) -> bool:
    """A participle with a subject of its own, or a relative clause whose subject is not the noun
    it modifies: a clause apart from the verb it hangs on ("attacked the inquiry, with Steve
    Scalise calling ...", "In a meeting that White House aides described as “...,” Obama asked")."""
    subject = next((c for c in cue.children if c.dep_ == "nsubj" and not in_quotes(c, quoted)), None)
    if subject is None:
        return False
    if cue.dep_ == "relcl":
        # with a relative word of its own: not "Nothing the president said “will assuage ...,”
        # Rubio said", where the parse hung the quote on the clause inside the subject
        relative = any(t.tag_ in ("WDT", "WP", "WP$") or t.lower_ == "that" and t.dep_ in ("dobj", "nsubj")
                       for c in cue.children if c.dep_ not in ("nsubj", "ccomp") for t in c.subtree)
        return relative and subject.lower_ not in RELATIVE_PRONOUNS
    return cue.tag_ == "VBG" and cue.dep_ in ("pcomp", "advcl")


def _shouted_by_noun(cue: Token, step: int) -> bool:
    """A noun's participle of saying that takes the quote itself: "According to Gersh Kuntzman,
    the murder ... at the hands of a Turkish police officer shouting, “Allahu akbar,”" is the
    officer's cry, whatever cue frames the sentence. Not on a verb's object, where the parse
    misplaces the verb's own participle ("emailed supporters saying: “...”")."""
    return step == 0 and cue.dep_ == "acl" and cue.tag_ == "VBG" and says(cue.lemma_.lower()) \
        and cue.head.dep_ not in ("dobj", "dative")


def _reported_within(tok: Token) -> bool:
    """Whether a cue's content clause holds ``tok``: "Cross said he is left with two options: Vote
    for Clinton, whom he called “...”" is all Cross's statement."""
    child = tok
    for parent in tok.ancestors:
        if child.dep_ in ("ccomp", "xcomp") and is_cue(parent):
            return True
        child = parent
    return False


def _time_or_contrast(cue: Token) -> bool:
    """A cue with its own subject in a clause of time or contrast under a speech verb: it reports
    the quote inside it, the speech verb something else ("even as Trump claimed that “...,” one of
    the prosecutors said"). A reason ("because she believed “...”") is part of what is said."""
    return cue.dep_ == "advcl" and says(cue.head.lemma_.lower()) \
        and any(c.dep_ in SUBJECTS for c in cue.children) \
        and any(c.lower_ in TIME_OR_CONTRAST_MARKS for c in cue.children if c.dep_ in ("mark", "advmod"))


def _closing_cue(clause: Token, tokens: Span, quoted: list[tuple[int, int]]) -> Token | None:
    """The speech cue above ``clause`` that closes the sentence on its named speaker: in "...,
    and it has used “velvet gloves” in its dealings, said Nargis Kassenova" the whole sentence
    is hers."""
    for cue in clause.ancestors:
        if cue.i > tokens.end and is_cue(cue) and says(cue.lemma_.lower()) and not in_quotes(cue, quoted):
            source = source_token(cue, quoted)
            if source is not None and source.i > cue.i and is_named_source(source):
                return cue
    return None


def _owned_noun(span: Span, quoted: list[tuple[int, int]]) -> Attribution | None:
    """A quote inside what a cue noun reports, nearer than any cue verb: its owner speaks ("his
    warning that Britain would go to the “back of the queue”", "her assertion that “we now finally
    are where we need to be”"), whoever the sentence's verb is about."""
    inside = range(span.start, span.end)
    nouns = cue_nouns()
    if (before := _noun_before_that(span, quoted)) is not None:
        return before
    below = next((t for t in span if t.head.i not in inside), span[0])
    node = below.head
    for _ in range(6):
        if node.i in inside or in_quotes(node, quoted):
            return None
        if is_cue(node) and source_token(node, quoted) is not None:
            return None
        if node.lemma_ == "be" and below.dep_ in ("ccomp", "attr") \
                and any(t.lower_ == "that" for t in span.doc[node.i + 1:span.start + 1]):
            # "The Florida senator's answer was that “...”": what the noun reports is its copula's
            # (not "his remarks were priceless “propaganda”": what they are called)
            subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.pos_ == "NOUN" \
                    and "that" in nouns.get(subject.lemma_.lower(), ("", ""))[1]:
                return _owner_speaks(subject, quoted)
        if node.pos_ == "NOUN" and node.lemma_.lower() in nouns:
            # what the noun reports: its "that" clause or the object of one of its prepositions,
            # not a noun the quote describes ("called Trump's statements “childish”")
            where = nouns[node.lemma_.lower()][1]
            content = below.dep_ in ("acl", "ccomp") and "that" in where or below.dep_ == "prep" \
                and below.lower_ in where and span.start <= below.i + 1  # "his call for “a total ...”"
            return _owner_speaks(node, quoted) if content else None
        if node.head.i == node.i:
            break
        below, node = node, node.head
    return None


def _noun_before_that(span: Span, quoted: list[tuple[int, int]]) -> Attribution | None:
    """The parse often hangs a cue noun's "that" clause on the verb before it ("her assertion
    during the debate that “...”", "took issue with Obama's assertion last week that Reagan “would
    roll over ...”"): an owned noun a few words before "that", with no verb between, and the quote
    right after "that" or after its clause's subject."""
    doc = span.doc
    i = _word_before(doc, span.start)
    if i >= 1 and doc[i].text in (",", ":") and doc[i - 1].lower_ == "that":
        i -= 1  # "her March comment that, “We're going to put ...”"
    if i >= 0 and doc[i].lower_ != "that":
        # the quote's clause opens with "that" and its subject, and the quote follows the subject
        clause = next((t for t in span if t.head.i not in range(span.start, span.end)), span[0])
        subject = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
        if clause.pos_ not in ("VERB", "AUX") or subject is None or subject.right_edge.i != i \
                or not any(c.dep_ == "mark" and c.lower_ == "that" and c.i == subject.left_edge.i - 1
                           for c in clause.children):
            return None
        i = subject.left_edge.i - 1
    if i < 1 or doc[i].lower_ != "that":
        return None
    nouns = cue_nouns()
    for tok in reversed(doc[max(span.sent.start, i - 8):i]):
        if tok.pos_ in ("VERB", "AUX"):
            return None
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in nouns:
            return _owner_speaks(tok, quoted) if "that" in nouns[tok.lemma_.lower()][1] else None
    return None


def _owner_speaks(noun: Token, quoted: list[tuple[int, int]], owner: Token | None = None) -> Attribution | None:
    """The attribution of a cue noun to its owner ("his statement", or ``owner``, one named
    otherwise: "a statement from the king"), when the owner is a source other than the writer
    or reader."""
    owner = owner if owner is not None else next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None or not is_named_source(owner) or owner.lower_ in _WRITER:
        return None
    return Attribution(noun, speaker_of(owner, quoted), noun.lemma_.lower())


def _opening(span: Span) -> Token:
    """The quote's first token in its own sentence (see :func:`_hung_back`)."""
    return span[1] if _hung_back(span[0], span) else span[0]


def _opens_sentence(span: Span) -> bool:
    """Whether the quote opens its sentence (after at most one token: a dash, a bracket)."""
    return span.start - _opening(span).sent.start <= 1


def _hung_back(tok: Token, tokens: Span) -> bool:
    """An opening quotation mark the parser ended the sentence before with: in "Kerry said ....
    ''What we gave up ...,'' he told Fox News." the '' hangs on "said", which is not this quote's cue."""
    return tok.i == tokens.start and tok.is_punct and len(tokens) > 1 and tok.head.i < tok.i \
        and tok.sent != tokens[1].sent


def _own_subject(node: Token, quoted: list[tuple[int, int]]) -> Token | None:
    """The subject of a coordinated or adverbial clause that has one of its own ("..., and he
    foreshadowed", "..., although he tweeted")."""
    if node.pos_ not in ("VERB", "AUX") or in_quotes(node, quoted):
        return None
    # Not "if she gave ...", "because she stored ...": conditions and reasons are part of what is said.
    if node.dep_ != "conj" and not (node.dep_ == "advcl" and any(c.lower_ in CONCESSIVE_MARKS for c in node.children)):
        return None
    # "Reid said that he spoke with Sanders and that the Vermont senator faced a ''test ...''": a
    # second "that" clause is reported by the same verb as the first.
    if node.dep_ == "conj" and any(c.dep_ == "mark" and c.lower_ == "that" for c in node.children):
        return None
    return next((c for c in node.children if c.dep_ in SUBJECTS and not in_quotes(c, quoted)), None)


def _sentence_start(tok: Token) -> int:
    """Where ``tok``'s sentence starts, taking back a split the parser made before a lower-case
    word in the same paragraph ("... without owning a Boeing 757 / but it was a ''great luxury''")."""
    doc, start = tok.doc, tok.sent.start
    while start > 0 and doc[start].is_lower and doc[start].is_alpha and "\n" not in doc[start - 1].text_with_ws:
        start = doc[start - 1].sent.start
    return start


def _sentence_cue(tokens: Span, quoted: list[tuple[int, int]]) -> Token | None:
    """A cue with a source in the quote's sentences, outside quotes, nearest the quote."""
    doc = tokens.doc
    start, end = _sentence_start(_opening(tokens)), tokens[-1].sent.end
    # After the quote, not a relative clause: it tells what the quoted words name ("the ''undue
    # burden'' standard that the court announced in 1992"), not who said them; and nothing at all
    # for a phrase that is no statement ("is \"99.9\" percent certain he's going to vote for ...");
    # never a cue that reports only what it governs ("Miranda, “also known as 'SALAMI,'” was
    # arrested ... and the FBI agent determined they were ...").
    # Before it, not a relative clause whose own subject speaks of the noun it modifies ("the
    # slaves ..., whom Michelle Obama referred to in her address, were ''well fed''" is O'Reilly's).
    after_ok = _statement(tokens)
    candidates = [t for t in doc[start:end]
                  if (t.i < tokens.start and not _of_another_noun(t, tokens)
                      or t.i >= tokens.end and t.dep_ != "relcl" and after_ok)
                  and not in_quotes(t, quoted)
                  and is_cue(t) and t.lemma_.lower() not in THAT_ONLY_CUES and source_token(t, quoted) is not None]
    return min(candidates, key=lambda t: (*_rank(t, quoted), min(abs(t.i - tokens.start), abs(t.i - tokens.end))),
               default=None)


def _of_another_noun(cue: Token, tokens: Span) -> bool:
    """Whether a cue heads a relative clause that ends before the quote, the clause it modifies going
    on, and whose relative pronoun is not its subject ("whom ... referred to"): what someone said
    of the noun, not who says the quote."""
    if cue.dep_ != "relcl" or cue.left_edge.i <= tokens.start <= cue.right_edge.i \
            or not any(t.is_alpha for t in cue.doc[cue.right_edge.i + 1:tokens.start]):
        return False  # (a quote right after the clause is its: "an ad in which he declares, ''...''")
    subject = next((c for c in cue.children if c.dep_ in SUBJECTS), None)
    pronoun = next((t for t in cue.subtree if t.tag_ in ("WP", "WDT") and t.i < cue.i), None)
    return subject is not None and pronoun is not None and subject.i != pronoun.i


def _word_before(doc: Doc, i: int) -> int:
    """The index of the last token before ``i`` that is not white space, or -1."""
    i -= 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    return i


def _say_word_before(span: Span, quoted: list[tuple[int, int]]) -> Token | None:
    """A verb of saying right before the opening mark, on its line, with at most a colon or comma
    between, or its hearer ("telling reporters, “...”")."""
    doc = span.doc
    i = _word_before(doc, span.start)
    if i >= 0 and doc[i].text in (":", ","):
        i = _word_before(doc, i)
    if i < 0 or any("\n" in t.text_with_ws for t in doc[i:span.start]):
        return None
    hearer = doc[i]
    if hearer.dep_ in ("dobj", "dative") and hearer.head.lemma_.lower() in HEARER_CUES \
            and hearer.left_edge.i == hearer.head.i + 1 and hearer.right_edge.i == i:
        i = hearer.head.i
    tok = doc[i]
    if not is_cue(tok) or is_weak_cue(tok) or in_quotes(tok, quoted) or not says(tok.lemma_.lower()):
        return None
    return tok


def _cue_right_before(span: Span, quoted: list[tuple[int, int]]) -> Token | None:
    """A cue right before the opening mark, with at most a colon or comma between: the quote's
    own, whatever clause governs the sentence ("when Rubio ... said it was great to be home, a
    man yelled “Stay there!”", "Cruz said as the heckler yelled: “You suck!”")."""
    tok = _say_word_before(span, quoted)
    if tok is None or tok.dep_ == "relcl":  # "Nothing the president said “will assuage ...”" is not his
        return None
    # its own subject, not one a conjunct borrows ("De Blasio said the move was made ... and said, “...”")
    source = source_token(tok, quoted)
    # (or, for a participle telling its hearer, the subject of the verb it hangs on: "Barrow
    # responded, telling reporters, “...”"; "Clinton tweeted ..., adding “...”" keeps the tweet)
    told = tok.tag_ == "VBG" and tok.dep_ == "advcl" and span.doc[tok.i + 1].dep_ in ("dobj", "dative")
    # (and a participle on a verb that reports nothing: "Donald Trump took to Twitter, writing
    # "..."" is written; "Clinton tweeted ..., adding “...”" keeps the tweet, and "the RCMP
    # confirmed they seized the substance, stating "..."" the confirming)
    remarked = tok.tag_ == "VBG" and tok.dep_ == "advcl" and not is_cue(tok.head) \
        and not (tok.head.dep_ == "ccomp" and is_cue(tok.head.head))
    # (and a noun's own participle telling its hearer: "..., with one senior administration official
    # telling The Washington Post, “...”", whatever cue the parse hung the quote on)
    noun_told = tok.tag_ == "VBG" and tok.dep_ == "acl" and any(c.dep_ in ("dobj", "dative") for c in tok.children)
    own = source is not None and (source.head.i == tok.i or (tok.tag_ == "VBD" or noun_told) and source.i == tok.head.i
                                  or (told or remarked) and source.head.i == tok.head.i)
    return tok if own and is_named_source(source) and source.lower_ not in _THINGS | {"which", "who"} else None


def _closed_on(span: Span) -> str:
    """The punctuation inside a quote's closing mark ("," of '“...,”'), also inside an inner quote
    that closes with it ('"... 'give out information to the opposing side,'"'): a comma, question
    or exclamation mark leaves the sentence open for its attribution."""
    text = span.text.rstrip()
    if text[-1:] in ('"', "”"):
        return text[:-1].rstrip("'’")[-1:]
    if text.endswith("''"):  # the NYT's closing mark (",''"), also after an inner one (",'''")
        return text[:-2].rstrip("'’")[-1:]
    return text[-2:-1]


_OPEN_ENDINGS = (",", "?", "!")


def _after_determiner(span: Span) -> bool:
    """Whether a quote opens after a determiner of its sentence: a phrase in the writer's own
    sentence ("when he devoted his candidacy to the ''forgotten middle class,'' Mrs. Clinton
    hits ..."), which the name and verb after it do not say."""
    before = _word_before(span.doc, span.start)
    return before >= 0 and span.doc[before].pos_ == "DET" and span.doc[before].sent == _opening(span).sent


def _in_a_clause_before(span: Span, cue: Token) -> bool:
    """Whether a quote after a determiner lies in an adverbial clause of its own subject that the
    cue after it closes: "When he devoted his candidacy to the ''forgotten middle class,'' Mrs.
    Clinton hits ..." (not "Any ''cleareyed'' interpretation ..., said Michael Kofman, would")."""
    if not _after_determiner(span):
        return False
    node = span.root.head
    while node.i != cue.i and node.head.i != node.i:
        if node.dep_ == "advcl" and any(c.dep_ in SUBJECTS for c in node.children):
            return True
        node = node.head
    return False


def _cue_right_after(span: Span, quoted: list[tuple[int, int]]) -> Token | None:
    """A speech cue right after a quote closed on a comma, with its subject, in either order:
    '“...,” she said, but ... “...,” said Kunin' gives the first quote to "she", although the
    parser hangs her "said" under Kunin's."""
    doc = span.doc
    closing = _closed_on(span)
    if closing not in _OPEN_ENDINGS or span.end >= len(doc):
        return None
    j = span.end
    if j + 1 < len(doc) and doc[j].text in ("'", "’") and not doc[j - 1].whitespace_:
        j += 1  # an inner quote's closing mark after the outer one's ("... exploit it,''' he recalled")
    if _after_determiner(span):
        return None  # (before the inner cue, which costs a climb of the tree)
    before = _word_before(doc, span.start)
    if before >= 0 and doc[before].text not in (",", ":", ".", "?", "!") and doc[before].sent == _opening(span).sent \
            and (inner := _governing_cue(span, quoted)) is not None and is_named_source(source_token(inner, quoted)):
        # a quote inside a clause with a speaker of its own ("said he would “protect ...,” the
        # crowd applauded"); not one about a thing ("wage growth hit a high in “a further signal
        # ...,” Barclays economist Michael Gapen wrote")
        return None
    if closing != "," and not doc[j].is_lower:
        return None  # "“...!” She replied ...": a new sentence
    if closing == "," and doc[j].is_space and doc[j].text.count("\n") == 1 and j + 1 < len(doc):
        j += 1  # a hard-wrapped line ('“..., ”\nMcVay said.'): the comma says the sentence goes on
    for tok in doc[j:min(j + 6, len(doc))]:
        if tok.is_punct or "\n" in tok.text_with_ws[:-1] or in_quotes(tok, quoted):
            return None
        if not is_cue(tok):
            continue
        if is_weak_cue(tok) or not says(tok.lemma_.lower()):
            return None
        source = source_token(tok, quoted)
        adjacent = source is not None and (tok.i == j and source.i > tok.i or source.left_edge.i == j)
        # the subject of the cue, or of the verb it completes ("a reporter can be heard asking")
        own = source is not None and (source.head.i == tok.i or tok.dep_ == "xcomp" and source.head.i == tok.head.i)
        return tok if adjacent and own and is_named_source(source) else None
    return None


def _as_cue(span: Span, quoted: list[tuple[int, int]]) -> Token | None:
    """"As the LinkedIn chief executive, Jeff Weiner, put it in his memo ..., “...”", "“...,” as
    Ridge said": a cue in an "as" clause that the quote's own verb governs is the quote's source,
    whatever speech verb sits nearer in the sentence."""
    inside = range(span.start, span.end)
    for root in (t for t in span if t.head.i not in inside or t.head.i == t.i):
        for clause in root.children:
            if clause.i in inside or clause.dep_ != "advcl" or not any(c.lower_ == "as" for c in clause.children):
                continue
            if is_cue(clause) and not in_quotes(clause, quoted) \
                    and says(clause.lemma_.lower()) \
                    and (source := source_token(clause, quoted)) is not None and is_named_source(source):
                return clause
    return None


def _introducing_cue(span: Span, quoted: list[tuple[int, int]]) -> Token | None:
    """The cue of the sentence just before a quote that the parser split off: one ending in a
    colon ("He said:" and the quote as the next paragraph), or a cue right before the quote
    ("..., telling the crowd, “...”", "it reads, “...”")."""
    doc = span.doc
    i = _word_before(doc, span.start)
    if i < 0 or doc[i].sent == _opening(span).sent:
        return None
    sent = doc[i].sent
    cues = [t for t in sent if is_cue(t) and not in_quotes(t, quoted) and source_token(t, quoted) is not None]
    if doc[i].text == ":":
        if cues:
            return cues[-1]
        # (not a clause about a thing: "The rationale ... is a cultish blind faith in Obama's word:")
        return sent.root if _line_source(sent.root, quoted) is not None else None
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
        if is_cue(tok) and not in_quotes(tok, quoted):
            if _introduces_quote(tok, quoted):
                return None  # 'Asked what ..., she said: “...”' is the next quote's
            # (one later in the sentence may introduce another: '“Too forced?” He tweeted when
            # Clinton ended a debate ..., remarking, “...”')
            source = source_token(tok, quoted)
            # the source, or the description it is in apposition to ("the presumptive GOP
            # presidential nominee, Donald Trump, tweeted Sunday")
            phrase = source.head if source is not None and source.dep_ == "appos" else source
            opens = source is not None and (tok.i == sent.start or phrase.left_edge.i == sent.start)
            return tok if opens and not _says_something_else(tok, source) else None
    return None


def _says_something_else(cue: Token, source: Token) -> bool:
    """Whether a cue has words of its own after it, a clause or an object ("“...” She noted a
    planned Cruz rally ..."), so it does not attribute the quote before it (a hearer may follow:
    "“...” Trump told reporters.", and an inverted source: "''...'' wrote a man calling himself")."""
    own = ("ccomp", "xcomp") if cue.lemma_.lower() in HEARER_CUES else ("ccomp", "xcomp", "dobj")
    return any(c.dep_ in own and c.i > cue.i and c != source for c in cue.children)


def _after_cue(cue: Token) -> Token | None:
    """The token after a cue and the comma or colon that may follow it."""
    doc = cue.doc
    i = cue.i + 1
    if i < len(doc) and doc[i].text in (":", ","):
        i += 1
    return doc[i] if i < len(doc) else None


def _introduces_quote(cue: Token, quoted: list[tuple[int, int]]) -> bool:
    """Whether a quote opens right after the cue ("Mr. Zahed said: “...”")."""
    after = _after_cue(cue)
    return after is not None and after.is_punct and in_quotes(after, quoted)


def _named_after(span: Span, quoted: list[tuple[int, int]]) -> Attribution | None:
    """'“...,” Conway notes.', '“...,” Will wrote.': a quote closed on a comma, then a name the
    article knows and a cue that the tagger misread (the noun "notes", the auxiliary "Will"), so
    the parse has no subject for it."""
    doc = span.doc
    if _closed_on(span) not in _OPEN_ENDINGS:
        return None
    j, words = span.end, []
    while j < len(doc) and len(words) < 3 and doc[j].text[:1].isupper() and not doc[j].is_punct \
            and "\n" not in doc[j - 1].whitespace_:
        words.append(doc[j])
        j += 1
    described = not words and j + 2 < len(doc) and doc[j].lower_ == "the" \
        and doc[j + 1].lemma_.lower() in INVERTED_NOUNS  # '“...,” the editorial read.', "read" as a noun
    if described:
        words, j = [doc[j], doc[j + 1]], j + 2
    elif not words and (phrase := _description_after(doc, j)) is not None:
        return phrase
    if not words or j >= len(doc) or "\n" in doc[j - 1].whitespace_:
        return None
    if doc[j].text == "," and not described and (cue := _cue_after_description(doc, j)) is not None:
        j = cue  # '“...,” Nate Silver, the polling guru who founded fivethirtyeight.com tweeted on Wednesday.'
    word = doc[j].lemma_.lower() if is_cue(doc[j]) else _cue_form(doc[j].text)
    closes = j + 1 >= len(doc) or doc[j + 1].is_punct or doc[j + 1].pos_ == "ADP"
    name = words[-1]
    if not word or not closes \
            or not (described or name.ent_type_ in _SPEAKER_LABELS or name.lower_ in known_names(doc)):
        return None
    speaker = speaker_of(name, quoted)
    if described or speaker.end_char > doc[j].idx or speaker.start_char < words[0].idx:
        speaker = Speaker(doc[words[0].i:j].text, words[0].idx, name.idx + len(name), speaker.ref_start)
    return Attribution(doc[j], speaker, word)


def _cue_after_description(doc: Doc, comma: int) -> int | None:
    """The cue that ends a description set after a name with a comma, where the parse lost the
    sentence's shape (it hung "tweeted" on a preposition inside the quote): the first verb of
    saying within a dozen words, in the sentence and on its line, with nothing after it but
    punctuation or a preposition."""
    sentence_end = doc[comma].sent.end
    for k in range(comma + 1, min(comma + 13, sentence_end, len(doc) - 1)):
        tok = doc[k]
        if "\n" in tok.text or tok.is_quote:
            return None
        if tok.pos_ == "VERB" and says(tok.lemma_.lower()) and is_cue(tok):
            after = doc[k + 1]
            return k if after.is_punct or after.pos_ == "ADP" else None
    return None


def _person_after(span: Span, quoted: list[tuple[int, int]]) -> Attribution | None:
    """'“You know, it happens, right?” Trump went on, as if ...': a quote closed on a comma or
    question mark, then a person's name as the subject of a verb that is no cue. The quote is
    that person's, not the last speaker's."""
    doc = span.doc
    if _closed_on(span) not in _OPEN_ENDINGS or span.end >= len(doc) or _after_determiner(span):
        return None
    first = doc[span.end]
    name = name_span(doc, first)
    if name is None or name.label_ != "PERSON":  # a name the tagger missed here, known from elsewhere
        name = doc[span.end:span.end + 1] if first.pos_ == "PROPN" and first.lower_ in known_people(doc) else None
    if name is None or name.start != span.end or name.end >= len(doc) or "\n" in doc[span.end - 1].whitespace_:
        return None
    verb, subject = doc[name.end], doc[name.end - 1]
    if verb.pos_ != "VERB" or subject.head.i != verb.i or subject.dep_ != "nsubj" or in_quotes(verb, quoted) \
            or any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
        return None
    particle = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    return Attribution(verb, speaker_of(subject, quoted), " ".join([verb.lemma_.lower(), *particle]))


def _description_after(doc: Doc, j: int) -> Attribution | None:
    """'“...?” the 43-year-old asked in ...', '“...,” a voice-over in the ad states.': a short
    description right after the quote and a speech or writing verb that the tagger misread (an
    adjective's modifier, the plural noun "states"), so the parse has no subject for it."""
    if j >= len(doc) or doc[j].lower_ not in ("the", "a", "an"):
        return None
    head = None  # the description's noun: the first one, or the last of a hyphenated compound
    for k in range(j + 1, min(j + 8, len(doc) - 1)):
        tok = doc[k]
        if "\n" in doc[k - 1].whitespace_ or tok.is_space:
            return None
        word = (tok.lemma_.lower() if is_cue(tok) else _cue_form(tok.text)) if tok.is_lower and head else None
        if word and says(word) \
                and (doc[k + 1].is_punct or doc[k + 1].pos_ == "ADP" or doc[k + 1].like_num):
            phrase = doc[j:k]
            # a name stands for itself; an indefinite or plural description is generic; a
            # definite one ("the 43-year-old") is left as written (whose it is, the parse misread)
            name = name_span(doc, head) if head.ent_type_ in _SPEAKER_LABELS else None
            return Attribution(tok, Speaker(phrase.text, phrase.start_char, phrase.end_char,
                                            name.start_char if name is not None else -1,
                                            doc[j].lower_ != "the" or head.tag_ in ("NNS", "NNPS")), word)
        if tok.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") or tok.text in DASHES:
            if tok.pos_ in ("NOUN", "PROPN") and (head is None or doc[k - 1].text in DASHES):
                head = tok
        elif not (tok.pos_ == "ADP" and tok.lower_ in ("in", "of", "on", "at") and head is not None
                  or tok.pos_ == "DET" and doc[k - 1].pos_ == "ADP"):
            return None
    return None


def _colon_clause(span: Span, quoted: list[tuple[int, int]]) -> Attribution | None:
    """A quote after a colon that ends a clause about a person or a text: "She went on: “...”",
    "Article 33 affirms: “...”", "Clinton's response was: “...”". The clause's subject is the
    source, whatever its verb, unless the verb acts on someone's words (:func:`_owned_words`); a
    thing ("The reason is simple:") is not."""
    doc = span.doc
    i = _word_before(doc, span.start)
    if i < 1 or doc[i].text != ":":
        return None
    if (name := _label_before(doc[i - 1])) is not None:
        return Attribution(None, speaker_of(name, quoted), ":")
    if _topic_heading(doc, i):
        return None
    head_verb = doc[i].head
    while head_verb.pos_ not in ("VERB", "AUX") and head_verb.head.i != head_verb.i and head_verb.i < i:
        head_verb = head_verb.head
    # The verb the colon hangs on, or failing that one above the word before it ("Clinton has
    # since apologized for what happened:", where "happened" has the subject "what").
    # A contracted "is" the tagger read as a possessive ("Here’s Clinton in 1992:") still has a subject.
    above = [t for t in doc[i - 1].ancestors if t.pos_ in ("VERB", "AUX") or t.lower_ in ("'s", "’s")
             and any(c.dep_ in SUBJECTS for c in t.children)]
    for verb in dict.fromkeys((head_verb, *above)):
        if verb.i >= i or in_quotes(verb, quoted):
            continue
        if not is_cue(verb) and (owned := _owned_words(verb, i, quoted)) is not None:
            return owned
        if (subject := _line_source(verb, quoted)) is None:
            continue
        return Attribution(verb, speaker_of(subject, quoted), _cue_text(verb) if is_cue(verb) else ":")
    # A clause about a thing that ends on a person, its object: "The timing of Sanders’ surge
    # doesn’t surprise Republican pollster Daron Shaw: “...”" is Shaw's.
    name = name_span(doc, doc[i - 1])
    if name is not None and name.label_ == "PERSON" and name.root.dep_ in ("dobj", "pobj") \
            and name.root.head.i in {head_verb.i, *(t.i for t in head_verb.children)}:
        return Attribution(None, speaker_of(name.root, quoted), ":")
    return _text_that_reads(doc, i, quoted)


def _owned_words(verb: Token, before: int, quoted: list[tuple[int, int]]) -> Attribution | None:
    """The owner of the words a verb that is no cue acts on before a quote: in "the FBI
    promptly amended Comey's planned remarks to include this assertion ...: “...”" the quote is
    Comey's, not the FBI's, and in "The palace issued the following statement from the king:"
    the king's, in "She received a letter from the IRS:" the IRS's. Not the words a cue acts on:
    "Rachid Ghannouchi condemned Wednesday's attack, saying in a statement that it “...”" is
    his."""
    words = next((t for t in verb.children if t.dep_ == "dobj" and t.i < before
                  and (t.lemma_.lower() in cue_nouns() or t.lemma_.lower() in TEXT_NOUNS)), None)
    if words is None:
        return None
    # the owner named with "from" ("issued the following statement from the king:")
    sender = next((o for p in words.children if p.dep_ == "prep" and p.lower_ == "from"
                   for o in p.children if o.dep_ == "pobj" and o.i < before), None)
    return sender is not None and _owner_speaks(words, quoted, sender) or _owner_speaks(words, quoted)


def _text_that_reads(doc: Doc, colon: int, quoted: list[tuple[int, int]]) -> Attribution | None:
    """A text whose wording a colon introduces, where the parse lost the verb's subject: in "The
    summary of the decision read in part: “...”" it hung "read" on "decision" as a participle, in
    "The family's statement on the death read:" it took it for a noun. What opens the sentence reads,
    so it is a text, whatever its name: the source (and its issuer the speaker, as for any text)."""
    j = colon - 1
    if j >= 2 and doc[j - 1].lower_ == "in" and doc[j].lower_ in ("part", "full"):
        j -= 2
    verb = doc[j]
    if verb.lower_ not in ("read", "reads"):
        return None
    start = verb.sent.start
    text = next((t for t in doc[start:j] if t.pos_ == "NOUN" and t.left_edge.i == start), None)
    return Attribution(verb, speaker_of(text, quoted), "read") if text is not None else None


# What opens a line that only names the topic of the quote after its colon.
_TOPIC_OPENERS = frozenset({"about", "on", "regarding", "concerning"})


def _topic_heading(doc: Doc, colon: int) -> bool:
    """Whether the words before a colon are a phrase naming a topic, not a clause: "About the lack of
    disclosure about Trump's health and his being the oldest president: “...”", a line of an
    interview's quotes, is not Trump's (nor "his"), whoever gave the interview."""
    first = doc[_sentence_start(doc[colon])]
    while first.i < colon and (first.is_space or first.is_punct):
        first = doc[first.i + 1]
    return first.lower_ in _TOPIC_OPENERS and first.dep_ == "prep" and first.right_edge.i >= colon - 1


def _line_source(verb: Token, quoted: list[tuple[int, int]]) -> Token | None:
    """Who speaks in a clause that a colon ends: its subject when a person, a body, a text or a
    study ("The study itself outlined the correlation: “...”"), or the owner of a thing ("Clinton's
    response was:"); not a thing ("The reason is simple:")."""
    subject = cue_subject(verb, quoted)
    if subject is None:
        return None
    owner = next((c for c in subject.children if c.dep_ == "poss"), None)
    if owner is not None and not is_named_source(subject) and subject.lemma_.lower() not in TEXT_NOUNS:
        subject = owner
    return subject if subject.lower_ not in _THINGS and (
        is_named_source(subject) or subject.lemma_.lower() in TEXT_NOUNS | EVIDENCE_NOUNS) else None


def _text_before(span: Span, quoted: list[tuple[int, int]]) -> Attribution | None:
    """A quote that follows the text it is from: "Trump issued a statement, “Last night, ...”",
    "she posted a message, “...”": the text's issuer, the subject of the verb it is the object of."""
    doc = span.doc
    i = _word_before(doc, span.start)
    if i < 1 or doc[i].text != "," or doc[i - 1].lemma_.lower() not in TEXT_NOUNS:
        return None
    noun = doc[i - 1]
    verb = noun.head
    if noun.dep_ != "dobj" or in_quotes(verb, quoted) or (subject := cue_subject(verb, quoted)) is None:
        return None
    if (text := text_of_part(subject)) is not None:  # "Part of Trump's tweet included the statement, “...”"
        subject = next((c for c in text.children if c.dep_ == "poss"), text)
    if not is_named_source(subject) or subject.lower_ in _WRITER:
        return None
    return Attribution(verb, speaker_of(subject, quoted), _cue_text(verb) if is_cue(verb) else noun.lemma_.lower())


def _clause_subject(span: Span, quoted: list[tuple[int, int]]) -> Attribution | None:
    """A quote inside a clause with no cue, whose subject is a person or body: "Meg Whitman
    labeled Mr. Trump “unfit to be president.”", "he infamously referred to Mexican immigrants as
    “criminals”". The words are the subject's, whatever the verb; the quote before is not
    continued, for someone else is speaking."""
    inside = range(span.start, span.end)
    if _asked_by_writer(span, quoted):
        return None
    top = next((t for t in span if t.head.i not in inside), None)
    node = top.head if top is not None else None
    if top is not None and top.pos_ in ("VERB", "AUX") and top.dep_ in ("advcl", "ROOT") \
            and any(c.dep_ == "nsubj" and c.i not in inside for c in top.children):
        node = top  # the quoted words are a clause's verb: "while I've never “opted in” to Facebook" is mine
    for _ in range(4):
        if node is None or in_quotes(node, quoted) and node.pos_ in ("VERB", "AUX"):
            return None  # a clause of another quote ("“criminals” and “rapists”" climbs through a noun)
        if node.pos_ in ("VERB", "AUX"):
            # the nearest, when a misparse gives two ("Speaking in Salem, New Hampshire, Trump went
            # after Bush, calling him “a total stiff”")
            subject = min((c for c in node.children if c.dep_ == "nsubj" and not in_quotes(c, quoted)),
                          key=lambda c: abs(c.i - node.i), default=None)
            if subject is not None:
                # "To Sharp, Trump is the “kind-hearted and caring” man ...": who is described, not
                # who speaks, also where the quoted noun holds a clause ("Trump isn't “an old man the
                # way my grandfather was an old man.”", his doctor's words); but "The group is
                # “confident that Clinton will ...”" speaks
                described = node.lemma_ == "be" and (not any(t.dep_ in SUBJECTS for t in span)
                                                     or _noun_predicate(span, node))
                # the quotative "be like" is its subject's, the narrator's too: "And I'm like, “...”"
                quotative = node.lemma_ == "be" and any(c.lower_ == "like" and c.i < span.start for c in node.children)
                if quotative and subject.lower_ in _WRITER | {"he", "she", "they"}:  # not "it's like"
                    return Attribution(node, speaker_of(subject, quoted), "be like")
                if not is_named_source(subject) or subject.lower_ in _WRITER or subject.lower_ in _THINGS or described:
                    return None
                if not is_cue(node) and (owned := _owned_words(node, span.start, quoted)) is not None:
                    return owned
                return Attribution(node, speaker_of(subject, quoted), node.lemma_.lower())
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _noun_predicate(span: Span, verb: Token) -> bool:
    """Whether the quote is the noun a copula says its subject is ("Trump isn't “an old man the
    way my grandfather was an old man.”"): words about the subject, not the subject's."""
    predicate = next((t for t in span if t.head.i == verb.i and not t.is_punct), None)
    return verb.lemma_ == "be" and predicate is not None and predicate.dep_ == "attr" \
        and predicate.pos_ in ("NOUN", "PROPN")


def _asked_by_writer(span: Span, quoted: list[tuple[int, int]]) -> bool:
    """Whether the quote sits in a question its sentence asks, the question mark outside it: "So how
    did Obama and his helpers “clean this up”?" echoes another's words, which no one in the
    question is said to have spoken."""
    sent = span.sent
    last = next((t for t in reversed(sent) if not t.is_space and not t.is_quote), None)
    return last is not None and last.text == "?" and last.i >= span.end and not in_quotes(last, quoted)


def _subordinate_cue(span: Span, cue: Token, quoted: list[tuple[int, int]]) -> Attribution | None:
    """When the sentence's cue sits in an adverbial clause of the quote's own clause ("When Trump
    announced his candidacy, he referred to Mexican immigrants as “criminals”"), that clause's
    subject is the source, not the cue's."""
    if cue.dep_ != "advcl" or held_by_noun(cue.head) or any(t.i == span.root.i for t in cue.subtree):
        # (nor a noun's "that" clause: "addressed reports that Tillerson has emerged ..., saying";
        # nor a quote the cue itself reports: "Clinton celebrated ..., declaring it “another super
        # Tuesday”" is declared)
        return None
    att = _clause_subject(span, quoted)
    # (the clause's verb, or its object whose owner speaks: see :func:`_owned_words`)
    owned = att is not None and att.cue.dep_ == "dobj" and att.cue.head.i == cue.head.i
    return att if att is not None and (att.cue.i == cue.head.i or owned) else None


def _colon_after_cue(span: Span, cue: Token, quoted: list[tuple[int, int]]) -> Attribution | None:
    """A quote after a colon that closes a clause coordinated after the cue's: "Reid said both
    are “non-entities,” but he gave the Texan a back-handed compliment: “...”" is the second
    clause's subject's, whom the quote follows."""
    colon = _colon_clause(span, quoted)
    if colon is None or colon.cue is None or colon.cue.i <= cue.i or colon.cue.sent != cue.sent:
        return None
    doc = span.doc
    return colon if any(t.dep_ == "cc" and t.head.i == cue.i for t in doc[cue.i + 1:colon.cue.i]) else None


def _label_before(tok: Token) -> Token | None:
    """A name that labels a quote after a colon, not someone in a clause ("He turned to Clinton:"):
    "Clinton: “...” Bush: “...”", "More from Jones: “...”" (a roundup's "TOPIC - Author:" is
    :func:`_dashed_label`'s)."""
    doc = tok.doc
    name = name_span(doc, tok)
    if name is None or name.label_ not in _SPEAKER_LABELS or not tok.text[:1].isupper():
        return None
    head = name.root.head
    outside = not name.start <= head.i < name.end
    if outside and (head.pos_ in ("VERB", "AUX") or head.pos_ == "ADP" and head.lower_ != "from"):
        return None
    return tok


def _words_of(span: Span, quoted: list[tuple[int, int]]) -> Attribution | None:
    """"in the words of X, “...”": X, whatever the sentence's verb ("acted, in the words of
    Justice Antonin Scalia, “...”", "was, in the words of a senior adviser, “the torchbearer”")."""
    doc = span.doc
    i = _word_before(doc, span.start)
    if i > 0 and doc[i].text == ",":
        i -= 1
    owner = next((c for c in doc[i].children if c.dep_ == "poss"), None) if i >= 0 and doc[i].lower_ == "words" \
        else None
    if owner is None and i >= 2 and doc[i].lower_ == "words" and doc[i - 1].text in ("'", "’", "'s", "’s"):
        owner = doc[i - 2]  # "in Forbes’ words", the apostrophe parsed as punctuation
    if owner is not None and owner.left_edge.i > 0 and doc[owner.left_edge.i - 1].lower_ == "in" \
            and is_named_source(owner) and owner.lower_ not in _WRITER:
        return Attribution(None, speaker_of(owner, quoted), "in the words of")  # "in Forbes' words, “...”"
    for of in reversed(doc[max(span.sent.start, i - 8):i]):
        if of.lower_ == "of" and of.i >= 3 and doc[of.i - 1].lower_ == "words" and doc[of.i - 3].lower_ == "in":
            source = next((c for c in of.children if c.dep_ == "pobj"), None)
            if source is None or not source.right_edge.i == i or not is_named_source(source):
                return None
            return Attribution(None, speaker_of(source, quoted), "in the words of")
    return None


def _inverted_opening(span: Span, quoted: list[tuple[int, int]]) -> Attribution | None:
    """A sentence that opens on its verb of saying, its speaker after it and then a comma or colon
    before the quote ("Tweeted Trump: “...”", "Continued Stone: “...”", "Remarked Center for
    Biological Diversity scientist Tierra Curry, “...”"), which the parse reads as a compound noun.
    The verb is inflected ("Tell Congress, “...”" asks for words) and no "According"; the speaker
    has no verb or comma in it ("Said the mayor, a Democrat, “...”" is the mayor's)."""
    doc = span.doc
    i = _word_before(doc, span.start)
    if i < 2 or doc[i].text not in (",", ":"):
        return None
    start = i - 1
    while start > 0 and i - start <= _INVERTED_SPEAKER_WORDS and not doc[start - 1].is_space \
            and doc[start - 1].text not in (".", "!", "?") and not in_quotes(doc[start - 1], quoted):
        start -= 1
    verb, speaker = doc[start], doc[start + 1:i]
    if not len(speaker) or start > 0 and not (doc[start - 1].is_space or doc[start - 1].text in (".", "!", "?")):
        return None
    lemma = verb.lemma_.lower()
    if not verb.is_title or verb.lower_ == lemma or verb.tag_ == "VBG" or not says(lemma) or speaker[0].pos_ == "ADP" \
            or any(t.is_punct or t.pos_ in ("VERB", "AUX") for t in speaker) or not speaker[-1].text[:1].isupper():
        return None
    found = speaker_of(speaker[-1], quoted)
    if found.start_char < speaker.start_char:  # the parse took the verb into the name
        found = Speaker(speaker.text, speaker.start_char, speaker.end_char)
    return Attribution(None, found, lemma)


def _dashed_label(span: Span, quoted: list[tuple[int, int]]) -> Attribution | None:
    """A roundup's "TOPIC - Author: “...”": the name between a dash and the colon before the
    quote labels it, whatever cue the topic before the dash holds ("Pollsters agree - Carl
    Bialik:"). A name the tagger missed still counts when every word of it is capitalised."""
    doc = span.doc
    i = _word_before(doc, span.start)
    if i < 2 or doc[i].text != ":" or doc[i].sent != span[0].sent:
        return None
    j = i - 1
    while j > 0 and i - j <= 4 and doc[j].text not in DASHES:
        j -= 1
    words = doc[j + 1:i]
    if doc[j].text not in DASHES or not len(words) or any(not t.text[:1].isupper() or t.is_punct for t in words):
        return None
    name = name_span(doc, doc[i - 1])
    if name is not None and name.label_ in _SPEAKER_LABELS and name.start == words.start:
        return Attribution(None, speaker_of(doc[i - 1], quoted), ":")
    return Attribution(None, Speaker(words.text, words.start_char, words.end_char), ":")


def _signed_within(span: Span) -> Attribution | None:
    """A quote signed on its own last line, inside the marks, with the speaker's name and
    affiliation, as in an experts' roundup: '"I worry that we may see ....\\nDean Baker, Center
    for Economic and Policy Research."' (the quote found ends at the line break)."""
    doc = span.doc
    brk = doc[span.end] if span.end < len(doc) else None
    if brk is None or not brk.is_space or brk.text.count("\n") != 1 or brk.i + 1 >= len(doc):
        return None
    first = doc[brk.i + 1]
    name = name_span(doc, first) if first.ent_type_ == "PERSON" else None
    if name is None or name.start != first.i or len(name) < 2 or name.end >= len(doc) or doc[name.end].text != ",":
        return None
    rest = doc[name.end:min(name.end + 14, len(doc))]
    close = next((t for t in rest if t.is_space or t.is_quote), None)
    if close is None or not close.is_quote:
        return None  # the line must end the quote
    return _by_name(name)


def _by_name(name: Span) -> Attribution:
    """The attribution of a quote to a name set beside it, with no cue (its words are the speaker
    and the mention it refers to)."""
    return Attribution(None, Speaker(name.text, name.start_char, name.end_char, name.start_char))


def _cited_after(span: Span) -> Attribution | None:
    """A quote that ends its line with a person's name in brackets, as a citation: '“I don’t know
    the key to success, but the key to failure is trying to please everybody” (Bill Cosby)'
    (FakeNewsCorpus, a footnote's number after it) is Cosby's, not the last speaker's."""
    doc = span.doc
    i = span.end
    if i + 2 >= len(doc) or doc[i].text != "(" or doc[i + 1].ent_type_ != "PERSON":
        return None
    name = name_span(doc, doc[i + 1])
    if name is None or name.start != i + 1 or name.end >= len(doc) or doc[name.end].text != ")":
        return None
    after = next((t for t in doc[name.end + 1:] if not t.like_num), None)  # (past a footnote's number)
    if after is not None and not (after.is_space and "\n" in after.text):
        return None  # (a name in brackets inside a sentence: "called it “a disaster” (Trump) and left")
    return _by_name(name)


def _preceding_cue(span: Span, quoted: list[tuple[int, int]]) -> Token | None:
    """For a quote that opens its sentence with no cue of its own: the speech cue of the sentence
    just before, when it reports a named source ("..., Schiff said. 'The other factor ...'")."""
    doc = span.doc
    if not _opens_sentence(span):
        return None
    i = _word_before(doc, _opening(span).sent.start)
    if i < 0 or _aside(doc[i]):
        return None
    cues = [t for t in doc[i].sent if is_cue(t) and not in_quotes(t, quoted) and source_token(t, quoted) is not None
            and not _rank(t, quoted)[1]]
    # "“...,” Ebeling said, and her husband cut in. “Don't forget ...”": a speech cue that ends the
    # sentence after its quotes, with nothing it reports, introduces the quote after it
    last = cues[-1] if cues else None
    if last is not None and last.dep_ == "conj" and says(last.lemma_.lower()) \
            and not any(c.dep_ in ("ccomp", "dobj", "xcomp", "prep", "advcl") for c in last.children) \
            and not any(in_quotes(t, quoted) or is_cue(t) for t in doc[last.i + 1:doc[i].sent.end]):
        return last
    # "Greene added that the Fed wants ...": the speech verb, not what it reports; and the main
    # clause's, not one deep in a relative clause ('"...!" LeVell declared, a point he likes to
    # make after ... callers asked how much money he was getting to talk up Trump.')
    return min(reversed(cues), key=lambda t: (*_rank(t, quoted), t.dep_ != "ROOT" and t.head.dep_ != "ROOT"),
               default=None)


def _aside(close: Token) -> bool:
    """Whether a sentence ends an aside in parentheses that opened at or before its start ("(The
    laws require ... The legislation also mandates three separate appointments for women who want
    to obtain medication abortions.)"): it frames nothing after it."""
    if close.text != ")":
        return False
    depth = 0
    for tok in reversed(close.doc[:close.i]):
        depth += (tok.text == ")") - (tok.text == "(")
        if depth < 0:
            return tok.i <= close.sent.start
    return False


_TITLE_SMALL_WORDS = frozenset({"a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "with", "is", "are",
                                "how", "from", "by", "as", "vs"})


def _is_title(span: Span) -> bool:
    """A quoted name of a show, book or event ("“Fox News Sunday”", "“Orange is the New Black”",
    "''Chick Lit: The New Woman's Fiction''"): a few words, each capitalised but the small ones.
    A headline in capitals, a chant or a sentence is not one."""
    words = [t for t in span if t.is_alpha]
    capitalised = [t for t in words if t.text[:1].isupper() and not (t.is_upper and len(t) > 3)]
    small = [t for t in words if t.lower_ in _TITLE_SMALL_WORDS and t.is_lower]
    # a subtitle makes a longer title ("Backfire: Carly Fiorina's High-Stakes Battle for the Soul
    # of Hewlett-Packard")
    longest = 14 if any(t.text == ":" for t in span) else 8
    return 2 <= len(words) <= longest and len(capitalised) >= 2 and len(capitalised) + len(small) == len(words) \
        and "!" not in span.text  # "“USA! USA!”" is chanted


def _possessed_title(span: Span) -> bool:
    """A show's or a work's name owned by a network, a medium or a day ("Fox News Channel's
    “Hannity,”", "NBC's “Today”", "television's “Scandal,”"), one word or an acronym too. A
    person's word named so ("critics compared ... to Rick Perry's ''Oops''") is theirs, not a
    statement of whoever names it."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].tag_ != "POS":
        return False
    owner = doc[span.start - 2]  # not the marker's head: the parse may hang it on another noun
    if owner.pos_ == "PRON":
        return False
    words = [t for t in span if t.is_alpha]
    return 0 < len(words) <= 6 and "!" not in span.text and all(
        t.text[:1].isupper() or t.lower_ in _TITLE_SMALL_WORDS for t in words)


def _cued_words(span: Span, quoted: list[tuple[int, int]]) -> bool:
    """Words in title case that a cue reports as what was written, chanted or called: "a sign
    saying "Jews Against Trump"", "which read “Hispanics 4 Trump”", "he called Rubio “Little
    Marco”" (not what a verb of telling names as its hearer: "told “Fox News Sunday”")."""
    inside = {t.i for t in span}
    tops = [t for t in span if t.head.i not in inside and not t.is_punct]
    # (one word the cue takes, or several the parse hung on it: "a sign saying "Jews Against
    # Trump - Because We've Seen This Before."", its second part an adverbial clause)
    if not tops or len({t.head.i for t in tops}) != 1:
        return False
    top = next((t for t in tops if t.dep_ in _WHAT_A_CUE_TAKES), tops[0])
    head = top.head
    lemma = head.lemma_.lower()
    if top.dep_ not in _WHAT_A_CUE_TAKES or head.pos_ != "VERB" or in_quotes(head, quoted):
        return False
    if head.dep_ == "acl":
        # "signs calling Christie “...”", "a sign saying “...”"
        return head.tag_ == "VBG" and (lemma in SLOGAN_CUES or says(lemma))
    # a name is given by someone ("Jacobs called Merkel “...”"), not in the passive or a
    # participle ("a group called the “We The People Foundation”", "it's called “What, Me Worry?”")
    named = lemma not in OBJECT_PREPS or any(c.dep_ == "nsubj" for c in head.children)
    return lemma in SLOGAN_CUES and named


def _question_answered(span: Span, quoted: list[tuple[int, int]]) -> bool:
    """A question in title case that opens its sentence and that a cue after it reports, with a
    named speaker: a line of dialogue ('"Grizzly Adams?" Maddow repeated.'), not a title."""
    if _closed_on(span) != "?" or not _opens_sentence(span):
        return False
    cue = _following_cue(span, quoted) or _governing_cue(span, quoted)
    return cue is not None and cue.i >= span.end and says(cue.lemma_.lower()) \
        and is_named_source(source_token(cue, quoted))


def _name_given_by_participle(span: Span) -> bool:
    """A quote that a noun's participle gives it as its name ("in the spot titled "Dangerous,"",
    "a report entitled "Why We Must Act Now"", "The senator, nicknamed "the Hammer," said"):
    a name, not the words of the sentence's speaker. Not one given by someone named ("the deal,
    called "a disaster" by critics"), nor by a verb the parse took for a participle ("charges that
    Rush Limbaugh ... called ''liberal Democrat lingo''", "one lawmaker called Trump "the orange
    prince ...""): a subject or another object of its own."""
    inside = {t.i for t in span}
    return any(t.head.i not in inside and t.dep_ == "oprd" and t.head.dep_ == "acl" and t.head.tag_ == "VBN"
               and not any(c.dep_ in SUBJECTS | {"agent", "dobj", "oprd"} and c.i not in inside
                           for c in t.head.children) for t in span)


def _is_nickname(span: Span) -> bool:
    """A quoted word or two inside a name: Kang “TheShy” Seung-lok, Choi “Zeus” Woo-je."""
    doc = span.doc
    if span.start == 0 or span.end >= len(doc) or len([t for t in span if t.is_alpha]) > 2:
        return False
    before, after = doc[span.start - 1], doc[span.end]
    return before.text[:1].isupper() and after.text[:1].isupper() and before.is_alpha and after.is_alpha \
        and not before.is_sent_start and not after.is_sent_start


def _statement(span: Span) -> bool:
    words = [t for t in span if t.is_alpha]
    return len(words) >= _MIN_STATEMENT_WORDS or any(t.pos_ in ("VERB", "AUX") for t in span)


def _quote_row(span: Span, kind: str, att: Attribution) -> QuoteRecord:
    sp = att.speaker if latin(att.speaker.text) else Speaker()  # (see source_token)
    cue = att.cue_word or _cue_text(att.cue)
    return {"start_char": span.start_char, "end_char": span.end_char, "text": span.text, "kind": kind,
            "speaker": sp.text, "speaker_start_char": sp.start_char, "speaker_end_char": sp.end_char,
            "cue": cue, "cue_type": cue_type(cue, sp.text, _said_head(span, kind)), "generic": sp.generic,
            "speaker_ref": sp.ref_start,
            "speaker_stands_for": sp.stands_for,
            "quote_inside": False}


def _said_head(span: Span, kind: str) -> str:
    """The lemma of the noun that heads a reported statement ("his condolences" -> condolence), or
    "" for quoted words or a clause ("offered that Mr. Trump would sign"), which are said
    whatever the cue."""
    if kind == "direct" or any(t.is_quote for t in span) or span.root.pos_ not in ("NOUN", "PROPN"):
        return ""
    return span.root.lemma_.lower()


def _cue_text(cue: Token | None) -> str:
    if cue is None:
        return ""
    if cue.lower_ == "according":
        return "according to"
    lemma = cue.lemma_.lower()
    if (phrase := phrasal_cue(cue)) is not None:
        return phrase
    # The spun "famous" keeps its form whatever the tagger made of it ("famou" as a verb's lemma).
    return lemma if cue.pos_ in ("VERB", "AUX") and (lemma in CUES or lemma in RAISING_CUES) else cue.lower_


def direct_quotes(doc: Doc, marks: list[QuoteMarks]) -> list[QuoteRecord]:
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
        if span is None or not len(span) or (_is_title(span) or _is_nickname(span) or _possessed_title(span)) \
                and not _cued_words(span, quoted) and not _question_answered(span, quoted) \
                or _name_given_by_participle(span):
            continue
        labelled = _inverted_opening(span, quoted) or _dashed_label(span, quoted) or _signed_within(span) \
            or _cited_after(span) or _words_of(span, quoted) \
            or _owned_noun(span, quoted)
        right = None if labelled else \
            _cue_right_before(span, quoted) or _cue_right_after(span, quoted) or _as_cue(span, quoted)
        cue = None if labelled else \
            right or _governing_cue(span, quoted) or _sentence_cue(span, quoted) or _introducing_cue(span, quoted)
        if cue is not None and (_hunch(cue, quoted) or cue.i >= span.end and _in_a_clause_before(span, cue)):
            right = cue = None
        if labelled is not None:
            att = labelled
        elif (put := _question_put(span, quoted)) is not None:
            att = put
        elif (asked := _asked_in(span, quoted)) is not None and not _after_colon(span):
            att = Attribution(asked, Speaker())  # 'Asked who he would like to see “go away,” he said ...'
        elif cue is not None and undergone(cue) and _after_colon(span) and is_cue(cue.head) \
                and (source := source_token(cue.head, quoted)) is not None:
            # "who told Congress when asked about the inquiry: “...”": the answer, after the question
            att = Attribution(cue.head, speaker_of(source, quoted))
        elif cue is None and (cue := _following_cue(span, quoted)) is not None \
                and not _opens_sentence(span) and (subject := _clause_subject(span, quoted)):
            att = subject  # "Politifact rated it “True.” The news service pointed to ...": the clause's own
        elif cue is not None and cue is not right and (subject := _subordinate_cue(span, cue, quoted)
                                                        or _colon_after_cue(span, cue, quoted)) is not None:
            att = subject
        elif cue is not None:
            att = Attribution(cue, Speaker() if undergone(cue) else speaker_of(source_token(cue, quoted), quoted))
        elif (named := _named_after(span, quoted) or _colon_clause(span, quoted) or _text_before(span, quoted)) \
                is not None:
            att = named
        elif (dashed := dash_speaker(doc, text, q.start, q.end)) is not None:
            att = Attribution(None, dashed)
        elif _statement(span) and (subject := _clause_subject(span, quoted)) is not None:
            att = subject
        elif _statement(span) and (cue := _preceding_cue(span, quoted)) is not None \
                and (previous is None or cue.sent.start_char > previous_end
                     or cue.dep_ == "conj" and cue.idx > previous_end):
            # "..., Hunter said. “He's a liberal!”": a speaker named since the last quote
            att = Attribution(cue, speaker_of(source_token(cue, quoted), quoted))
        elif (acting := _person_after(span, quoted)) is not None:
            att = acting  # '“You know, it happens, right?” Trump went on': not the last speaker's
        elif previous is not None and _statement(span) and _adjacent(text, previous_end, q.start) \
                and not _pull_quote(text, q.start, q.end) and not _phrase_in_passing(span) \
                and not _asked_by_writer(span, quoted) and not _words_in_new_paragraph(span, text, previous_end):
            att = _new_name_before(span, quoted, previous) or (
                Attribution(None, Speaker()) if _new_paragraph_about_another(span, previous, previous_end, text)
                or _unsourced_cue_before(span, quoted) or _other_people_act(span, quoted, previous)
                else previous)  # a statement still, its speaker left open
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


def _pull_quote(text: str, start: int, end: int) -> bool:
    """Whether a quote is a line of its own with no end punctuation, or inside a short one: a pull
    quote or subheading set between paragraphs ('"I sense that this person offered him to
    collaborate"'), not the last speaker going on, whose words end a sentence or run on into the
    next paragraph unclosed."""
    line_end = text.find("\n", end)
    before, after = text[text.rfind("\n", 0, start) + 1:start], text[end:line_end if line_end >= 0 else len(text)]
    quote = text[start:end]
    if not before.strip() and not after.strip():
        return quote[-1:] in _CLOSING and quote.rstrip(_CLOSING)[-1:] not in _END_PUNCT
    # a subheading quoting a word ('Leftists are “kidnapping” electoral voters and holding them for
    # ransom'): a short paragraph of its own with no end punctuation (a wrapped line ends a paragraph
    # only at a blank line)
    breaks = _BLANK_LINES if _hard_wrapped(text) else _LINE_BREAKS
    # (looked for no further back than a heading's length, not from the top for every quote)
    window = max(0, start - _HEADING_CHARS)
    opening = max((m.end() for m in breaks.finditer(text, window, start)), default=0 if window == 0 else -1)
    if opening < 0:
        return False
    closing = next((m.start() for m in breaks.finditer(text, end)), len(text))
    line = text[opening:closing].strip()
    return len(line.split()) <= _HEADING_WORDS and line.rstrip(_CLOSING)[-1:] not in _END_PUNCT \
        and line[-1:] not in _CLOSING and start > opening


_HEADING_WORDS = 15
_HEADING_CHARS = 40 * _HEADING_WORDS


def _new_name_before(span: Span, quoted: list[tuple[int, int]], previous: Attribution) -> Attribution | None:
    """A quote inside a sentence that names someone else before it, as its subject or owner, is
    not the last quote's speaker's: "When Trump finally wrapped up — “I will fight for you” —",
    "From Bush's Facebook post: “...”" (an owner only of a text or a statement)."""
    opening = _opening(span)
    if _opens_sentence(span):
        return None
    doc = span.doc
    said = {w.lower() for w in previous.speaker.text.split()}
    for tok in reversed(doc[opening.sent.start:span.start]):
        if tok.ent_type_ not in ("PERSON", "ORG") or tok.ent_iob_ == "I" or in_quotes(tok, quoted):
            continue
        name = name_span(doc, tok)
        owner = name is not None and name.root.dep_ == "poss" and (
            name.root.head.lemma_.lower() in TEXT_NOUNS or name.root.head.lemma_.lower() in cue_nouns())
        if name is None or name.root.dep_ not in SUBJECTS and not owner:
            continue  # an owner only of a text or a statement: not "From Donald Trump's “coarse ...” effusion"
        if _noun_predicate(span, name.root.head):
            continue  # who the quote says someone is, not who says it
        if said & {t.lower_ for t in name}:
            return None  # the same speaker, named again
        return _by_name(name)
    return None


def _other_people_act(span: Span, quoted: list[tuple[int, int]], previous: Attribution) -> bool:
    """Whether a quote inside a sentence is what people the sentence names by a description, not
    the last speaker, do or undergo: in "One of them accused Lahav of ... “...”. Two of the
    security guards subsequently sued Adelson for causing them to “suffer injuries”" the
    words are the guards' complaint, not the accuser's going on. The subject of a verb above the
    quote, before it, is a person noun ("guards", "two of the guards") sharing no word with the
    last speaker; a name there is :func:`_new_name_before`'s, a pronoun or a thing may be the
    speaker's own ("The plan would “help millions”")."""
    if _opens_sentence(span):
        return False
    said = {w.lower() for w in previous.speaker.text.split()}
    verb = span.root.head  # (outside the quote, or the sentence's root itself)
    for node in (verb, *verb.ancestors):
        subject = next((c for c in node.children if c.dep_ in SUBJECTS and c.i < span.start
                        and not in_quotes(c, quoted)), None)
        if subject is None:
            continue
        noun = next((o for p in subject.children if p.dep_ == "prep" and p.lower_ == "of"
                     for o in p.children if o.dep_ == "pobj"), None) if subject.pos_ == "NUM" else subject
        return noun is not None and noun.pos_ == "NOUN" and noun.lemma_.lower() in PERSON_NOUNS \
            and not said & {t.lower_ for t in subject.subtree if t.is_alpha and not t.is_stop}
    return False


def _unsourced_cue_before(span: Span, quoted: list[tuple[int, int]]) -> bool:
    """Whether a verb of saying whose subject the parse lost introduces the quote: someone is
    introduced, not the last speaker going on ("He joined ..., calling out, “I’m nobody!” At
    which point the rabbi, nudging the cantor ..., pointed at the custodian and said, “Look ...”").
    A participle borrows its speaker from the clause around it ("Adding, “...”")."""
    tok = _say_word_before(span, quoted)
    if tok is None:  # "..., told Reuters “...”", the name hung on a phrase before it
        head = span.root.head
        tok = head if head.i < span.start and is_cue(head) and not in_quotes(head, quoted) \
            and says(head.lemma_.lower()) and head.sent == span.root.sent else None
    return tok is not None and tok.tag_ != "VBG" and source_token(tok, quoted) is None


def _asked_in(span: Span, quoted: list[tuple[int, int]]) -> Token | None:
    """The passive participle of saying whose clause holds the quote (see
    :func:`~analysis.extract.speakers.undergone`): the words of a question put to the subject, by
    no one named."""
    node = span.root.head
    for _ in range(4):
        if span.start <= node.i < span.end or in_quotes(node, quoted):
            return None
        if undergone(node):
            return node
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _question_put(span: Span, quoted: list[tuple[int, int]]) -> Attribution | None:
    """A question put to the passive subject right before it ("Obama was asked, “When did you
    first learn ...?” Obama responded ..."): the words of whoever asked, its agent or no one
    named; not the subject's, whose answer the next sentence gives."""
    tok = _say_word_before(span, quoted)
    # (an outer source outranks it: "According to the playbook, his salespersons were told, “...”")
    if tok is None or tok.lemma_.lower() not in ADDRESSED_CUES or not any(c.dep_ == "auxpass" for c in tok.children) \
            or any(c.lower_ == "according" for c in tok.children):
        return None
    source = source_token(tok, quoted)
    return Attribution(tok, Speaker() if source is None else speaker_of(source, quoted))


def _after_colon(span: Span) -> bool:
    """Whether a quote opens right after a colon."""
    k = _word_before(span.doc, span.start)
    return k >= 0 and span.doc[k].text == ":"


def _hunch(cue: Token, quoted: list[tuple[int, int]]) -> bool:
    """A cue whose subject is a thing ("Something tells me this isn't the type of “experience”
    ..."): the writer's own sentence, which reports no one."""
    if not any(t.lower_ in THING_PRONOUNS for t in cue.sent):
        return False
    source = source_token(cue, quoted)
    return source is not None and source.lower_ in THING_PRONOUNS


def _phrase_in_passing(span: Span) -> bool:
    """A few quoted words the writer's sentence uses as the object of a preposition: a name or a
    phrase ("Anna Franowska of “Have no fear”, an abuse victim support charity, told Reuters"),
    not the last speaker going on."""
    head = span.root.head
    words = [t for t in span if t.is_alpha]
    return head.pos_ == "ADP" and not span.start <= head.i < span.end and len(words) < _MIN_STATEMENT_WORDS


def _words_in_new_paragraph(span: Span, text: str, previous_end: int) -> bool:
    """Whether a quote in a paragraph after the last quote is words inside the writer's own
    sentence, which goes on after it: in "... eight years of the Obama administration's effort to
    “fundamentally transform the United States of America” into a socialist utopian paradise ...
    has enraged millions" the words are not those of the speaker quoted a paragraph before; nor
    are a few words that end it ("the president-elect is apparently over “drain the swamp.”"). (A
    quote that opens its sentence may be that speaker going on: '"...," tweeted another'.)"""
    if "\n" not in text[previous_end:span.start_char] or _opens_sentence(span) \
            or span.start <= span.root.head.i < span.end:
        return False
    sent = span[-1].sent
    return any(t.is_alpha for t in span.doc[span.end:sent.end]) \
        or sum(t.is_alpha for t in span) < _MIN_STATEMENT_WORDS


def _new_paragraph_about_another(span: Span, previous: Attribution, previous_end: int, text: str) -> bool:
    """Whether a quote inside a new paragraph follows sentences whose subject is someone other
    than the last quote's speaker: "That is pretty much what Mr. Trump has threatened to do. ...
    Then, the laugh line: ''...''" is not the worker quoted in the paragraph before. In the same
    paragraph, a whole sentence between them whose main subject is another person does the same:
    "... focused on “pushing the boundaries of fursuit technology.” ..., Grivik was demonstrating
    .... The maker has also developed “a way to install a camera ...”" is not the business's."""
    doc = span.doc
    said = _said_words(doc, previous)
    if "\n" not in text[previous_end:span.start_char]:
        return _another_subject_since(doc[:_opening(span).sent.start], previous_end, said)
    # (in the paragraph before, the same, counting only sentences begun after the last quote:
    # "..., tweet that his stance was “A new belief of his”. Another of Cruz's former roommates,
    # Matt Daemon, has come forward to corroborate Mazin's story. ⏎ “All Ted Cruz did was ...”"
    # is Daemon's, but the hearer in '“...,” Hayden ... told Erin Burnett' is no one new)
    if _another_subject_since(doc[:paragraph_start(doc, span.start)], previous_end, said, whole=True):
        return True
    # (a person's surname counts though the tagger missed it there: "Cruz, however, remains
    # undeterred by his detractors. “...”" is not Sarah Bradley's, quoted before)
    return any((t.ent_type_ in ("PERSON", "ORG") or t.pos_ == "PROPN" and t.lower_ in known_people(doc))
               and t.dep_ in SUBJECTS and t.lower_ not in said
               for t in doc[paragraph_start(doc, span.start):span.start])


def _another_subject_since(before: Span, previous_end: int, said: set[str], whole: bool = False) -> bool:
    """Whether a sentence after the last quote (only one begun after it, if ``whole``) has as its
    main subject a person other than the last speaker, by name or by a name in apposition
    ("Another of his roommates, Matt Daemon,")."""
    for t in reversed(before):
        if (t.sent.start_char if whole else t.idx) < previous_end:
            return False
        subject = t if t.dep_ in SUBJECTS else t.head if t.dep_ == "appos" and t.head.dep_ in SUBJECTS \
            and t.head.ent_type_ != "PERSON" else None  # (the name a description subject stands for)
        if t.ent_type_ == "PERSON" and subject is not None and subject.head.dep_ == "ROOT" and t.lower_ not in said:
            return True
    return False


def _said_words(doc: Doc, previous: Attribution) -> set[str]:
    """The words of the last quote's speaker, as written and as the name it stands for."""
    said = {w.lower() for w in previous.speaker.text.split()}
    ref = previous.speaker.ref_start
    if ref >= 0 and (tok := doc.char_span(ref, ref + 1, alignment_mode="expand")) is not None \
            and (name := name_span(doc, tok[0])) is not None:
        said |= {t.lower_ for t in name}  # "he" is the Trump the paragraph names
    return said


def _adjacent(text: str, previous_end: int, start: int) -> bool:
    """Whether a quote follows the previous attributed quote closely: same or next paragraph."""
    between = text[previous_end:start] if previous_end >= 0 else ""
    breaks = _BLANK_LINES if _hard_wrapped(text) else _LINE_BREAKS
    return previous_end >= 0 and len(breaks.findall(between)) <= 1 and len(between) < 400


@lru_cache(maxsize=4)
def _hard_wrapped(text: str) -> bool:
    """Whether the text's paragraphs end in a blank line and nine lines in ten are short: wire
    copy wrapped at 70 characters, where a single line break only wraps a line."""
    lines = [line for line in text.split("\n") if line.strip()]
    return len(lines) >= 4 and _BLANK_LINES.search(text) is not None \
        and sum(len(line) <= 100 for line in lines) >= 0.9 * len(lines)


def _without_new_clauses(head: Token) -> list[int]:
    """The head's subtree less coordinated clauses with a subject of their own, and a "with"
    phrase set off after it in which someone else speaks: in "X said A is B, and he railed against C",
    only "A is B" is reported, and in "warned that the ban could hurt him ..., with one senior
    administration official telling The Washington Post, “...”" what the official told is his."""
    cut = [c for c in head.children if c.dep_ == "conj" and c.i > head.i
           and any(g.dep_ in SUBJECTS for g in c.children)]
    cut += [c for c in head.children if c.dep_ == "prep" and c.lower_ == "with" and c.i > head.i
            and head.doc[c.i - 1].text == "," and any(
                is_named_source(o) and a.dep_ == "acl" and a.tag_ == "VBG" and is_cue(a) and says(a.lemma_.lower())
                for o in c.children if o.dep_ == "pobj" for a in o.children)]
    end = min((c.left_edge.i for c in cut), default=head.right_edge.i + 1)
    return [t.i for t in head.subtree if t.i < end]


def _clause_tokens(cue: Token, source: Token) -> list[int]:
    """Token indices of what a cue reports, or none."""
    doc, sent = cue.doc, cue.sent
    # The one opening right after the cue ("Clinton remarked that ..." after an opening clause the
    # parse hung on it too); else the one after, unless the one before holds a quote ("“...,” wrote
    # X, in a piece after ..."); never one that holds the source (a misparse of "X, a rabbi ..., said").
    comps = [c for c in cue.children if c.dep_ in _COMPLEMENTS and not _misread_relative(c, cue)
             and not _clause_of_time(c) and not _bare_aside(c)]
    if (particle := PHRASAL.get(cue.lemma_.lower())) is not None:
        # "made it clear that ...": the clause the second word takes, not that word
        second = [c for c in cue.children if c.lower_ == particle]
        comps = [c for c in comps if c.lower_ != particle] + [
            g for c in second for g in c.children if g.dep_ in _COMPLEMENTS or g.dep_ == "advcl"
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in g.children)]
    if len(comps) > 1:
        comps.sort(key=lambda c: (c.left_edge.i <= source.i <= c.right_edge.i, not _opens_after(c, cue),
                                  c.i < cue.i and not any(t.is_quote for t in c.subtree)))
    comp = next(iter(comps), None) or _stray_that_clause(cue)
    if cue.lower_ == "according":
        return _beside(cue)  # "X, according to Y" or "According to Y, X"
    if comp is not None and comp.i < cue.i and comp.right_edge.i < source.left_edge.i \
            and not any(t.is_punct for t in doc[comp.right_edge.i:source.left_edge.i + 1]) \
            and (any(c.dep_ == "dobj" for c in cue.children)
                 or any(t.lower_ == "than" for t in doc[max(0, source.left_edge.i - 2):source.left_edge.i])):
        # a clause run into the cue's subject with no mark between, where the cue has an object of
        # its own ("One Bernie Supporter named Juanita Mae Ish Poloskey wrote the following", one
        # noun phrase) or compares ("anger is deeper than many politicians realize"), is no one's
        # statement (unlike "Cruz is not only right ..., he is also the most able candidate Viguerie argues")
        return []
    if comp is not None:
        that = any(c.dep_ == "mark" and c.lower_ == "that" for c in comp.children)
        reports = that or cue.lemma_.lower() not in THAT_ONLY_CUES and (
            not is_weak_cue(cue) or is_named_source(source) or source.lemma_.lower() in EVIDENCE_NOUNS)
        return _without_new_clauses(comp) if reports else []
    lemma = cue.lemma_.lower()
    # (evidence whose author the source is: "New documents to be released by Assange could reveal ...")
    evidence = [source, *(c for c in cue.children if c.dep_ == "nsubj")]
    if lemma in FINDING_CUES and any(t.lemma_.lower() in EVIDENCE_NOUNS for t in evidence):
        obj = next((c for c in cue.children if c.dep_ == "dobj"), None)
        return [t.i for t in obj.subtree] if obj is not None else []
    if not is_named_source(source):
        return []
    called_out = any(c.dep_ == "prt" for c in cue.children)  # "calls out companies", "calling him out for"
    if lemma in FOR_CUES:  # "called for the repeal of Obamacare"
        # (a verb of naming not after its object: "called the election for Biden" declares a
        # winner; but "calling him out ... for his reliance on rehearsed talking points" and
        # "pushed him for specifics" say what is demanded or blamed)
        for_ = next((c for c in cue.children if c.dep_ == "prep" and c.lower_ == "for" and (
            lemma not in NAMING_CUES or called_out
            or not any(o.dep_ in ("dobj", "oprd") and o.i < c.i for o in cue.children))), None)
        obj = next((c for c in for_.children if c.dep_ in ("pobj", "pcomp")), None) if for_ is not None else None
        if obj is not None:
            return [t.i for t in obj.subtree]
        # "called on Obama to resign": who is to act, and the act
        on = next((c for c in cue.children if c.dep_ == "prep" and c.lower_ == "on"), None)
        act = next((c for c in cue.children if c.dep_ in ("xcomp", "advcl") and c.i > cue.i
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
        if on is not None and act is not None:
            return [t.i for c in (on, act) for t in c.subtree if t.i != on.i]
    passive = next((c for c in cue.children if c.dep_ == "nsubjpass"), None)
    # "Sanders was endorsed by Warren"; a verb that reports only what is called "for", with the
    # "for" left behind ("a recount was pushed for"; not "the hemp industry was pushed to the side")
    stranded = any(c.dep_ == "prep" and c.lower_ == "for" and not any(g.dep_ in ("pobj", "pcomp") for g in c.children)
                   for c in cue.children)
    if passive is not None and (lemma in OBJECT_CUES or lemma in FOR_CUES and stranded):
        return [t.i for t in passive.subtree]
    if lemma in OBJECT_CUES:  # "criticized the Affordable Care Act", "called the charges fabricated"
        parts = [c for c in cue.children if c.dep_ in ("dobj", "oprd") or (lemma == "call" and c.dep_ == "xcomp")
                 or (c.dep_ == "prep" and c.lower_ == OBJECT_PREPS.get(lemma))]
        # (the preposition may hang on the object: "portrayed undocumented immigrants as criminals")
        with_prep = any(c.dep_ == "prep" or c.dep_ == "dobj" and any(
            g.dep_ == "prep" and g.lower_ == OBJECT_PREPS.get(lemma) for g in c.children) for c in parts) \
            or lemma not in OBJECT_WITH_PREP | NAMING_CUES or lemma in NAMING_CUES and (called_out or _named(parts))
        if lemma in HEARER_CUES and len(parts) == 1 and _a_person(parts[0]):
            return []  # "Police questioned the car's owner": who was asked, not what was said
        if any(c.dep_ == "dobj" for c in parts) and with_prep:  # "sees Cruz as a uniter", not "saw photos"
            return [t.i for c in parts for t in c.subtree]
    if lemma in TOPIC_CUES:  # "spoke at length about his national security views"
        # (with a particle the verb's own preposition names a hearer: "pointed out to our customers")
        about = next((c for c in cue.children if c.dep_ == "prep" and (
            c.lower_ in TOPIC_PREPS or c.lower_ == OBJECT_PREPS.get(lemma) and not called_out)), None)
        obj = next((c for c in about.children if c.dep_ in ("pobj", "pcomp")), None) if about is not None else None
        if obj is not None:
            return [t.i for t in obj.subtree]
    intent = next((c for c in cue.children if c.dep_ == "xcomp"), None)
    if intent is not None and lemma in INTENT_CUES:
        return [t.i for t in intent.subtree]  # "vowed to bring back mining jobs", "told aides to act"
    if is_weak_cue(cue):
        return []
    left = min(source.left_edge.i, cue.i)
    if cue.dep_ == "ROOT" and left - 1 > sent.start and doc[left - 1].text == ",":
        before = set(range(sent.start, left - 1))
        # "While serving in the House, Sanders voted ...", "In Vermont, he backed ...": the cue's
        # own modifier, not what it reports.
        modifiers = {t.i for c in cue.children if c.dep_ in _MODIFIERS and c.i < left for t in c.subtree}
        return [] if before <= modifiers | {t.i for t in doc[sent.start:left] if t.is_punct} \
            else sorted(before)  # "..., X said."
    if cue.dep_ == "parataxis":
        skip = {t.i for t in cue.subtree}  # "..., X said, ...": the sentence around it
        if source.head.i != cue.i and source.i < cue.i:
            # (and the words before the source set off, which the parse hung on the cue: "The source
            # of the attraction to Mr. Trump, union members and leaders say, is manifold")
            skip = {i for i in skip if i >= source.left_edge.i}
        return [t.i for t in sent if t.i not in skip]
    if cue.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children) \
            and lemma not in PHRASE_ONLY and not ((after := _after_cue(cue)) is not None and after.is_quote) \
            and not (lemma in OBJECT_WITH_PREP and any(c.dep_ == "dobj" and c.lower_ != "it" for c in cue.children)):
        # "As Crane said, ...", "..., as Crane said", "as he sees it"; not "as he spoke", nor "as
        # his friends jeered, ''Do svidaniya!''", whose words are the quote, nor "as Hurricane
        # Lorenzo hit the Azores", a verb that reports a view only with its preposition
        return _beside(cue)
    return []


def _named(parts: list[Token]) -> bool:
    """Whether a verb of naming has the name or description it gives, however the parse hung it:
    "called her fallen son her hero", "called the charges fabricated", "calling it something
    else", "called the pact "insanity,"", "called the notion of man-made global warming a hoax",
    "calling Indiana Gov. Mike Pence "my partner ..."; not "called the election for Biden",
    "called a meeting", "called the company", "calling major fundraisers himself"."""
    objects = [c for c in parts if c.dep_ == "dobj"]
    if len(objects) > 1 or any(c.dep_ in ("oprd", "xcomp") for c in parts):
        return True
    for obj in objects:
        doc, end = obj.doc, obj.right_edge.i
        if any(t.is_quote for t in obj.subtree) or end + 1 < len(doc) and doc[end + 1].is_quote \
                or doc[end].pos_ == "ADJ" or doc[end].tag_ == "VBN" and doc[end].dep_ == "acl":
            return True  # a quoted name, or the object's last word an adjective: "..., unusual"
        if any(t.dep_ in ("dobj", "oprd") and t.head.pos_ in ("NOUN", "PROPN") for t in obj.subtree) \
                or any(t.dep_ == "appos" and t.pos_ != "PRON" and doc[t.left_edge.i - 1].text != ","
                       for t in obj.subtree):
            return True  # a second noun phrase the parse hung inside the first
    return False


def _bare_aside(clause: Token) -> bool:
    """A verb set off by commas with nothing but its subject: who vouches for the clause around
    it ("meetings where, she said, they threatened to evict her") or a word to the reader ("You
    see, each room focuses on ..."), never what that clause's verb reports."""
    return clause.dep_ == "parataxis" and clause.pos_ == "VERB" and any(
        c.dep_ == "nsubj" for c in clause.children) and all(c.dep_ in ("nsubj", "punct") for c in clause.children)


def _misread_relative(comp: Token, cue: Token) -> bool:
    """Whether a clause the parse hung on the cue is a relative clause of the cue's object, or of a
    noun after the cue: "I write functions in C that directly access the numeric data" (its
    subject "that" is the object's relative pronoun); not "told reporters that was wrong", whose
    object is a hearer."""
    obj = next((c for c in cue.children if c.dep_ == "dobj" and cue.i < c.i < comp.i), None)
    subjects = [c for c in comp.children if c.dep_ in SUBJECTS]
    if len(subjects) != 1 or subjects[0].i != comp.left_edge.i or subjects[0].i == 0:
        return False
    if obj is not None and not _a_person(obj) and subjects[0].lower_ in ("that", "which"):
        return True
    # A "who" or "which" right after a noun that is none of the cue's own words (its object, or
    # the object of its own preposition: "Asked on Fox News who leads the party") qualifies that
    # noun: in "was rarely hit by hurricanes according to CNN who reported that ..." the clause is CNN's.
    before = cue.doc[subjects[0].i - 1]
    own = before.head.i == cue.i or before.head.dep_ in ("prep", "agent") and before.head.head.i == cue.i
    return subjects[0].lower_ in ("who", "which") and before.pos_ in ("NOUN", "PROPN") and before.i > cue.i \
        and not own


def _beside(cue: Token) -> list[int]:
    """What a cue phrase set into a clause reports: the longer side of that clause without it; set
    after the clause's verb, not a clause coordinated after it with a subject of its own ("Trump
    has admitted to ordering the payments, according to prosecutors, but the Justice Department
    maintains ..."; "According to X, A, and B" is all X's)."""
    tokens = _without_new_clauses(cue.head) if cue.i > cue.head.i else [t.i for t in cue.head.subtree]
    clause = [i for i in tokens if cue.doc[i].sent == cue.sent]
    before = [i for i in clause if i < cue.left_edge.i]
    after = [i for i in clause if i > cue.right_edge.i]
    # what the parse hung on the cue after its closing comma completes the clause the cue is set
    # into ("that is, as news sources noted, completely democratic"): the clause around the cue
    comma = next((c.i for c in cue.children if c.dep_ == "punct" and c.text == "," and c.i > cue.i), None)
    stray = [t.i for c in cue.children if comma is not None and c.i > comma and c.dep_ in _STRAY_COMPLEMENTS
             for t in c.subtree]
    if before and stray:
        return before + stray
    if (next_word := _after_cue(cue.doc[cue.right_edge.i])) is not None and next_word.lower_ in ("who", "which"):
        after = []  # "..., according to police, who said ...": the source's own clause, parsed as the verb's
    return max(before, after, key=len)


def _stray_that_clause(cue: Token) -> Token | None:
    """A "that" clause the parser hung further down the cue's phrase: "Estrosi, a former mayor
    of Nice, said in one of a series of Twitter messages that the truck was carrying arms"."""
    for tok in cue.subtree:
        clause = tok.head
        if tok.i > cue.i and tok.dep_ == "mark" and tok.lower_ == "that" and clause.dep_ in ("acl", "relcl", "ccomp") \
                and clause.head.i != cue.i and clause.head.pos_ == "NOUN":
            return clause
    return None


def _trimmed(span: Span, front: bool = True) -> Span:
    """The span less punctuation and space at its end (and its front); a closing quotation mark
    stays."""
    start, end = span.start, span.end
    doc = span.doc
    while front and start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space) and not doc[end - 1].is_quote:
        end -= 1
    return doc[start:end]


def _content(cue: Token, source: Token) -> Span | None:
    """The reported content of a cue as one span, trimmed of edge punctuation (not quote marks)."""
    doc = cue.doc
    tokens = _clause_tokens(cue, source)
    if not tokens:
        return None
    start, end = min(tokens), max(tokens) + 1
    # A quote that opens a line begins what is reported, where the parse ran the sentence over the
    # line before it (a video's caption, "NBC Reports On Jeff Sessions' Confirmation Hearing 3:55");
    # not in wire copy wrapped at 70 characters, where a line may break anywhere.
    opening = next((i for i in range(min(end, cue.i) - 1, start, -1) if doc[i].is_quote and line_start(doc, i)),
                   None)
    if opening is not None and not _hard_wrapped(doc.text):
        start = opening
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].dep_ == "cc") \
            and doc[end - 1].text not in "”\"'’":
        end -= 1
    return doc[start:end] if end > start else None


def _denied_or_reflexive(cue: Token) -> bool:
    """A cue that reports nothing said: negated ("has not condemned Moscow": listing it as
    China's would be the opposite of what happened) or reflexive ("found themselves
    constricted")."""
    objects = [c for c in cue.children if c.dep_ == "dobj"]
    objects += [g for c in cue.children if c.dep_ in _COMPLEMENTS for g in c.children if g.dep_ in SUBJECTS]
    return any(c.dep_ == "neg" for c in cue.children) or any(o.lower_.endswith(("self", "selves")) for o in objects)


def _asked_of_another(cue: Token) -> bool:
    """A cue in the infinitive of one asking someone else ("Biden asked Trump to post the video",
    "urged women to vote for Hillary Clinton"): an act asked for, not done; the asking is the
    statement."""
    head = cue.head
    return cue.dep_ == "xcomp" and head.i != cue.i and head.lemma_.lower() in INTENT_CUES \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children) \
        and any(c.dep_ == "dobj" and c.i < cue.i for c in head.children)


def _says_enough(content: Span, lemma: str) -> bool:
    """A clause of content has three words at least. What a verb of judgement, intent or topic
    names may be shorter ("endorsed Trump", "vowed to resign") when it names something: not a
    date ("testified Thursday"), a pronoun or a question word ("attacked whom")."""
    if len([t for t in content if t.is_alpha]) >= 3:
        return True
    if lemma in ("accord", "according") and content[0].lower_ in ("that", "this"):
        return True  # "That's according to exit polls"
    if any(t.dep_ in SUBJECTS for t in content) and any(t.pos_ in ("VERB", "AUX") for t in content):
        return True  # "Jeff Flake said he would"
    return (lemma in SECOND_TIER or lemma in TOPIC_CUES or lemma in FINDING_CUES) and _names_something(content)


def _names_something(content: Span) -> bool:
    """A short content that names a thing or an act, not a date, a pronoun or a question word."""
    return any(t.pos_ in ("NOUN", "PROPN", "VERB") and t.ent_type_ not in ("DATE", "TIME") for t in content
               if t.is_alpha) and content[0].tag_ not in ("WP", "WDT", "WRB")


def reported_speech(doc: Doc, quoted: list[tuple[int, int]]) -> list[QuoteRecord]:
    """Reported statements: a cue outside quotes, with a source and a clause of content. A
    question put to "you" ("Can you describe the planet?", an interview's question), the
    reader's "as you can see" and a negated cue report nothing anyone said."""
    rows = []
    for tok in doc:
        lemma = tok.lemma_.lower()
        phrase_only = lemma in PHRASE_ONLY and lemma not in TOPIC_CUES and lemma not in OBJECT_CUES
        if not is_cue(tok) or phrase_only or in_quotes(tok, quoted):
            continue
        if _denied_or_reflexive(tok) or _asked_of_another(tok):
            continue
        if _hunch(tok, quoted):
            continue
        source = source_token(tok, quoted)
        if source is not None and expletive(source):
            continue  # "it is hard to say whether ...": no one's statement (a quote under it is someone's)
        if source is not None and source.lower_ == "you" and (tok.sent.text.rstrip().endswith("?") or any(
                c.dep_ == "mark" and c.lower_ == "as" for c in tok.children)):
            continue  # nor is the reader's "as you can tell by its name, ..."
        if source is not None and _let_us(source):
            continue  # nor the writer's "let's assume ...", "Let's say I bought it on a DVD"
        if source is not None and source.head.lower_ == "to" and source == poll_of_share(tok):
            continue  # "According to a survey, 51 percent said ...": the "according to" reports it all
        content = _content(tok, source) if source is not None else None
        if content is None or not _says_enough(content, lemma):
            continue
        if content.root.head.i == source.i and content.start > source.i and source.pos_ == "NOUN" \
                and source.lemma_.lower() not in TEXT_NOUNS | EVIDENCE_NOUNS | SOURCE_NOUNS:
            continue  # the source's own clause: "supported by the fact that ...", no one's words
        if content.start <= source.i < content.end \
                and (source not in set(tok.subtree) or source.left_edge.i == content.start):
            continue  # the source is what it says ('..., tweeted a German user from Hanover')
        if _across_semicolon(content.root, tok):
            continue
        quoted_chars = sum(len(t.text) for t in content if in_quotes(t, quoted))
        relayed = _relayed_quote(tok, content, quoted)
        if not relayed and (quoted_chars > 0.6 * len(content.text) or _quote_before(content, tok, source, quoted)
                            or _reports_quote_before(tok, source, content, quoted)):
            continue  # the direct quote is the statement
        speaker = Speaker() if undergone(tok) else speaker_of(source, quoted)
        row = _quote_row(content, "indirect", Attribution(tok, speaker))
        if relayed:
            row["cue_type"] = "finding"  # (its row begins at the quote's mark: see _begun_inside_quotes)
        rows.append(row)
    return rows


def _relayed_quote(cue: Token, content: Span, quoted: list[tuple[int, int]]) -> bool:
    """Whether an "according to" gives who relays a quote and its speaker's attribution: in
    '“I ask you ... not to engage in any kind of protest,” Sanders said, according to CNN' the
    words are Sanders's (the quote's own row) as CNN reports them, a report of CNN's (a
    ``finding``, so that what CNN relays is not counted as what CNN said)."""
    said = cue.head
    if cue.lower_ != "according" or not is_cue(said) or not says(said.lemma_.lower()) or said.i > cue.i \
            or not content.start <= said.i < content.end \
            or not (content[0].is_quote or in_quotes(content[0], quoted)):
        return False
    return any(c.dep_ in SUBJECTS and not in_quotes(c, quoted) for c in said.children)


def _let_us(source: Token) -> bool:
    """Whether a source is the "us" of "let's" or "let us" with no one before it who lets: an
    exhortation, no one's statement (not "They let us say ..."; a speaker's label is no one who
    lets: "SR: Let’s talk about ...")."""
    doc = source.doc
    let = doc[source.i - 1] if source.i > 0 else None
    if source.lower_ == "lets":
        return True
    return source.lower_ in ("'s", "’s", "us") and let is not None and let.lower_ == "let" \
        and not any(c.dep_ in SUBJECTS and doc[c.i + 1:c.i + 2].text != ":" for c in let.children)


def _across_semicolon(statement: Token, cue: Token) -> bool:
    """Whether a cue with a subject of its own is a statement that the parse hung on the next
    clause's cue across a semicolon: in "About a third of those surveyed say Obama will be seen as
    a “good” president; 18% say he'll be a “great” one" the third say the first, not the 18%; in
    "Smith called the disappearance an “interesting” case; Miller said ..." the word is Smith's."""
    doc = statement.doc
    end = statement.right_edge.i + 1
    return end < cue.i and doc[end].text == ";" and statement.head.i == cue.i and is_cue(statement) \
        and any(c.dep_ in SUBJECTS for c in statement.children)


def _quote_before(content: Span, cue: Token, source: Token, quoted: list[tuple[int, int]]) -> bool:
    """Whether the cue's clause is a quote before the source that the parse hung the source and
    its description on: '“...,” Texas delegate Bill Eastland, wearing ..., said' (unlike
    '"..." if she didn't win ..., said X', or '"A big truck" plowed through ..., he said')."""
    head = content.root
    return head.head == cue and content.start <= source.i < content.end \
        and any(a <= head.idx < b <= source.idx for a, b in quoted)


def _reports_quote_before(cue: Token, source: Token, content: Span, quoted: list[tuple[int, int]]) -> bool:
    """Whether a cue whose clause comes after it already reports the quote that opens its
    sentence, right before its source: one statement per cue, so in '“Being a dad, that's my
    job,” Weiner said in May on the podcast “Here's the Thing.”' the parse's second clause ("on
    the podcast ... Here's the Thing") is not what he said. Not a quote elsewhere in the sentence
    ("to chants of "Marco! Marco!," the senator said his campaign ...", '"I never said that,"
    Trump said, after Becky Quick said ...'), nor a clause after a colon ('"...," Rubio said: That
    Cruz ...')."""
    doc = cue.doc
    if content.start <= cue.i or doc[content.start - 1].text == ":":
        return False
    between = {t.i for t in source.subtree} | {cue.i}
    for c in cue.children:
        if c.dep_ not in _QUOTED_CLAUSES or c.i > cue.i or not in_quotes(c, quoted):
            continue
        start, end = next((a, b) for a, b in quoted if a <= c.idx < b)
        quote = doc.char_span(start, end, alignment_mode="expand")
        if quote is not None and _opens_sentence(quote) \
                and all(t.i in between or t.is_punct or t.is_space for t in doc[quote.end:cue.i]):
            return True
    return False


def _raised(cue: Token) -> list[int]:
    """What a raising verb reports: its subject and its infinitive ("Trump seemed to suggest
    ...", "Sanders is expected to win"), or its clause after an empty "it" ("it appears that
    ..."); none when someone holds the view ("is expected by analysts", "he knows that")."""
    children = list(cue.children)
    passive = any(c.dep_ == "auxpass" for c in children)
    if any(c.dep_ == "agent" for c in children) or (cue.lemma_.lower() not in ("seem", "appear") and not passive):
        return []
    subject = next((c for c in children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return []
    comp = next((c for c in children if c.dep_ == "xcomp"), None)
    if comp is not None and subject.lower_ != "it":
        return [t.i for t in subject.subtree] + [t.i for t in comp.subtree]
    comp = next((c for c in children if c.dep_ == "ccomp"), None)
    if comp is not None and subject.lower_ == "it":
        return [t.i for t in comp.subtree]
    return []


def sourceless_reports(doc: Doc, quoted: list[tuple[int, int]]) -> list[QuoteRecord]:
    """Views reported with no one holding them: "X seemed to ...", "X is expected to ...", "it
    appears that ...". The speaker stays empty: there is none to name."""
    rows = []
    for tok in doc:
        if tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() not in RAISING_CUES or in_quotes(tok, quoted) \
                or discourse_marker(tok):  # "That being said, there's no denying ...": no view held
            continue
        tokens = _raised(tok)
        if len([doc[i] for i in tokens if doc[i].is_alpha]) < 3:
            continue
        start, end = min(tokens), max(tokens) + 1
        rows.append(_quote_row(doc[start:end], "indirect", Attribution(tok, Speaker())))
    return rows


_SPOKEN_IN = frozenset({"interview", "speech", "remark", "comment", "testimony", "op-ed", "essay", "address"})


def in_sources(doc: Doc, quoted: list[tuple[int, int]]) -> list[QuoteRecord]:
    """What a poll, a text or an interview says in a clause it opens: "In a CNN national poll,
    Clinton held a 24-point lead", "In his op-ed, the economist argues ...". A clause whose verb
    is a cue has its own source ("In a statement, X said")."""
    rows = []
    for tok in doc:
        opens_clause = tok.i == tok.sent.start or doc[tok.i - 1].text in (",", ";", "—")
        if tok.lower_ != "in" or tok.dep_ != "prep" or in_quotes(tok, quoted) or not opens_clause:
            continue
        source = next((c for c in tok.children if c.dep_ == "pobj"), None)
        verb = tok.head
        if source is None or verb.pos_ not in ("VERB", "AUX") or is_cue(verb):
            continue
        lemma = source.lemma_.lower()
        if lemma in EVIDENCE_NOUNS:
            kind = "finding"
        elif lemma in TEXT_NOUNS or lemma in _SPOKEN_IN:
            kind = "writing" if lemma in TEXT_NOUNS else "speech"
        else:
            continue
        skip = {t.i for t in tok.subtree}
        # "In a statement, Vázquez affirmed her willingness ...": the statement is the subject's.
        subject = next((c for c in verb.children if c.dep_ in SUBJECTS and not in_quotes(c, quoted)), None)
        if kind != "finding" and subject is not None and is_named_source(subject) and subject.lower_ not in _THINGS:
            source = subject
            skip |= {t.i for t in subject.subtree}
        tokens = [t.i for t in verb.subtree if t.i not in skip and t.i > tok.right_edge.i
                  and not (t.is_punct and t.i < verb.i)]
        # "In an interview with TMZ, Walker said, “...”": the parse hangs the cue under the quote's verb
        if not tokens or any(is_cue(c) and c.i in tokens and source_token(c, quoted) is not None
                             for c in verb.children if not in_quotes(c, quoted)):
            continue
        content = _trimmed(doc[min(tokens):max(tokens) + 1])
        if len([t for t in content if t.is_alpha]) < 3:
            continue
        row = _quote_row(content, "indirect", Attribution(tok, speaker_of(source, quoted)))
        row["cue"], row["cue_type"] = "in", kind
        rows.append(row)
    return rows


def _noun_content(noun: Token, where: frozenset[str]) -> list[int]:
    """What a cue noun reports: the object of one of its prepositions ("attacks on Clinton"), or
    its "that" clause or "to" infinitive ("complaints that ...", "plan to ...")."""
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in where:
            obj = next((o for o in c.children if o.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:
                return [t.i for t in obj.subtree]
        if c.dep_ in ("acl", "ccomp", "relcl") and c.i > noun.i:
            marks = {m.lower_ for m in c.children if m.dep_ in ("mark", "aux")}
            if marks & where & {"that", "to"}:
                return [t.i for t in c.subtree]
    return []


def noun_reports(doc: Doc, quoted: list[tuple[int, int]]) -> list[QuoteRecord]:
    """What a cue noun reports of its owner: "Donald Trump's attacks on Bill Clinton", "his
    complaints that Khan had been unfair", "Their message of diversity". Only an owned noun: "the
    plan to ..." says whose plan nowhere near."""
    nouns = cue_nouns()
    rows = []
    for tok in doc:
        lemma = tok.lemma_.lower()
        if tok.pos_ != "NOUN" or lemma not in nouns or in_quotes(tok, quoted):
            continue
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        if owner is None and tok.dep_ == "dobj" and tok.head.lemma_.lower() in LIGHT_VERBS:
            owner = source_token(tok.head, quoted)  # "Clinton made the case that ..."
        if owner is None or not is_named_source(owner):
            continue
        kind, where = nouns[lemma]
        tokens = _noun_content(tok, where)
        if not tokens:
            continue
        content = doc[min(tokens):max(tokens) + 1]
        # (nor "its attack on Japanese cargo ships": the verb's "not" objects hold for its noun)
        if not _says_enough(content, "") and not _names_something(content) \
                or (lemma, content.root.lemma_.lower()) in NOT_CUES:
            continue
        row = _quote_row(content, "indirect", Attribution(tok, speaker_of(owner, quoted)))
        row["cue"], row["cue_type"] = lemma, kind
        rows.append(row)
    return rows


_SPEAKER_LABELS = frozenset({"PERSON", "ORG"})
# A program's message in a mailing-list post ("TypeError: unsupported operand type(s)") is no one speaking.
_PROGRAM_MESSAGES = ("Error", "Exception", "Warning")
_LABEL_WORDS = words("label_words.txt")


def _glued_label_word(word: str) -> bool:
    """A label word an extractor glued to the caption before it ("Gloria La RivaImage: Pax Ahimsa
    Gethen.", a photo's credit under a candidate's name)."""
    return any(word.endswith(w.capitalize()) and len(word) > len(w) for w in _LABEL_WORDS)


_NOT_IN_NAMES = frozenset({"ADP", "ADV", "VERB", "AUX", "PART", "SCONJ", "CCONJ"})


def _described_label(doc: Doc, start: int) -> tuple[Span, Token] | None:
    """A transcript's label that describes its speaker before naming them, with a quote after the
    colon: 'Former secretary of state Hillary Rodham Clinton: "We learned ..."', 'Rep. Trey Gowdy
    (R-S.C.): "I have not heard ..."'. The label is a description (no verb, no preposition but
    "of": not 'Outside the packed rally with Hillary Clinton: "..."') ending in a person's name, or
    in the name and a bracketed party and state."""
    colon = next((t for t in doc[start:start + _LONG_LABEL] if t.text in (":", "):") or "\n" in t.text), None)
    if colon is None or "\n" in colon.text or colon.i + 1 >= len(doc) or not doc[colon.i + 1].is_quote:
        return None
    end = colon.i
    if colon.text == "):" or doc[end - 1].text == ")":  # (the tokenizer may keep "):" whole)
        end = next((t.i for t in reversed(doc[start:end]) if t.text == "("), start)
    name = name_span(doc, doc[end - 1]) if end > start else None
    if name is None or name.label_ != "PERSON" or name.end != end or name.start < start:
        return None
    if any(t.pos_ in ("VERB", "AUX", "PART", "SCONJ", "CCONJ") or t.pos_ == "ADP" and t.lower_ != "of"
           for t in doc[start:name.start]):
        return None
    return doc[start:name.end], colon


_LONG_LABEL = 12


def labelled_lines(doc: Doc) -> list[QuoteRecord]:
    """"Name: statement" lines, as in headlines ("Pence: Trump Was 'Mocking' Clinton Camp") and
    transcripts ("PENCE: Well, ...", "((Thomas Rivinius)) None. ..."), where the colon is the cue.
    The name before the colon must be one the article knows as a person or a body: a mention of
    one, or a word of one's name."""
    known = known_names(doc)
    # names the article uses outside its "((Name))" labels: the interviewer's "((WN))" is no one's
    # name, as "Q:" is not
    named = {e[-1].lower_ for e in doc.ents
             if e.label_ in _SPEAKER_LABELS and doc[max(e.start - 2, 0):e.start].text != "(("}
    rows = []
    for tok in doc:
        if not line_start(doc, tok.i) or tok.is_space:
            continue
        start = tok.i + (1 if tok.is_quote else 0)
        colon = next((t for t in doc[start:start + 6] if t.text == ":"), None) or _dash_after_name(doc, start)
        dashed = colon is not None and colon.text in DASHES
        bracketed = colon is None or colon.i == start
        described = None if not bracketed else _described_label(doc, start)
        if described is not None:
            label, colon = described
            bracketed = False
        elif bracketed:
            colon = _double_bracket_end(doc, start)
            if colon is None:
                continue
            label = doc[start + 2:colon.i - 1]
        else:
            label = doc[start:colon.i]
        if any(t.is_space for t in label) or label.text.endswith(_PROGRAM_MESSAGES):
            continue  # "Play VIDEO" / "Sanders: ...": a label is on the line it opens
        if label.text.count("(") > label.text.count(")") or any(c in label.text for c in "@<>"):
            continue  # "Boku (AIM: BOKU), the world's leading ...": a colon inside brackets; a mail header
        if any(t.lower_ in _LABEL_WORDS or _glued_label_word(t.text) for t in label):
            continue  # "ATTN: Phone Security 101", "Photo Credit: ...", "Gloria La RivaImage: ...": the page's label
        if len(label) > 1 and label[0].pos_ == "VERB" and is_cue(label[0]):
            label = label[1:]  # "Continued Stone: “...”"
        if described is None and any(t.pos_ in _NOT_IN_NAMES and not t.is_lower or t.tag_ == "POS" for t in label):
            # "Sen. Reid To Trump: Rescind ...", "Never Hike Alone: A Fan Film", "Editor’s Note: ...": a
            # headline's phrase or a label, not a name ("de" may be one; a described label's words
            # were checked there)
            continue
        # "Trump:" opening a headline is often tagged a noun: a word of a known name will do, but
        # not a common noun NER took for a name only there ("Breakthrough: Siberian Volcanoes
        # Triggered ...", tagged a body)
        if described is None and not all(t.text[:1].isupper() for t in label if t.is_alpha) or not (
                any(t.pos_ == "PROPN" for t in label) or label[-1].lower_ in known):
            continue
        if len(label) == 1 and label[0].pos_ == "NOUN" and not label[0].is_upper \
                and not any(t.lower_ == label[0].lower_ and t.ent_type_ for t in doc if t.i != label[0].i):
            continue
        end = colon.i + 1
        while end < len(doc) and not (doc[end].is_space and "\n" in doc[end].text):
            end += 1
        content = _trimmed(doc[colon.i + 1:end], front=False)
        if len([t for t in content if t.is_alpha]) < 3:
            continue
        name = name_span(doc, label[-1])
        if described is None and name is not None and name.label_ == "PERSON" and name.start > label.start \
                and not all(_title_like(t) for t in doc[label.start:name.start]):
            continue  # "Imprison Hillary Clinton: Although ...": a list's heading, not her line
        if name is not None and name.label_ == "PERSON" and _spoken_of(content, name):
            continue  # "Frido Welker: I think ... he contributed equally ... So Frido is the ZooMS expert"
        words = [t for t in label if t.is_alpha]
        # "JAKE TAPPER:" in a transcript; not "Herbert> To:", a quoted mail header
        full_name = 2 <= len(words) == len(label) <= 3 and is_first_name(words[0].text.title())
        if not (name is not None and name.label_ in _SPEAKER_LABELS or label[-1].lower_ in known or full_name) \
                or bracketed and not (full_name or label[-1].lower_ in named):
            continue  # "Photo:", "Q:", "Analysis:", "COLOMBO:": a label, not someone speaking
        known.add(label[-1].lower_)  # "TAPPER:" on the lines after "JAKE TAPPER:"
        # a person NER found, else the one whose initials the label is ("NG:"), else what NER found
        ref = name.start_char if name is not None and name.label_ == "PERSON" else _initials_of(doc, label)
        if ref < 0 and name is not None:
            ref = name.start_char
        speaker = Speaker(label.text, label.start_char, label.end_char, ref)
        kind = "direct" if tok.is_quote or dashed else "indirect"
        span = doc[tok.i:end] if tok.is_quote else content
        row = _quote_row(span, kind, Attribution(None, speaker))
        row["cue"], row["cue_type"] = ":", "speech"
        rows.append(row)
    return rows


# what introduces one's own name ("I'm Rich Bowen", "My name is Akram", "call me Bo")
_SELF_NAMING = frozenset({"i", "'m", "’m", "am", "is", "me", "called"})


def _spoken_of(content: Span, name: Span) -> bool:
    """Whether a labelled line's words, with an "I" speaking, speak of the labelled person by name:
    "Frido Welker: I think it says ... that he contributed equally to this research as I did. So
    Frido is the ZooMS expert" is an answer about Welker under his name, not his. Not one who
    names themself ("Rich Bowen: I'm Rich Bowen and ...", "My name is Akram")."""
    parts = {t.lower_ for t in name if t.is_alpha and t.is_title}
    mentions = [t for t in content if t.ent_type_ == "PERSON" and t.ent_iob_ == "B" and t.lower_ in parts]
    first_person = any(t.lower_ == "i" and t.dep_ == "nsubj" for t in content)  # (a writer's "my requests" is not)
    return first_person and any(t.i == 0 or t.doc[t.i - 1].lower_ not in _SELF_NAMING for t in mentions)


def _dash_after_name(doc: Doc, start: int) -> Token | None:
    """The dash between a person's name opening a line and a quote ("Thomas Jefferson – “Hemp is
    of first necessity ...”"), which is a colon there; only a name NER tagged a person, and only
    before quotation marks."""
    dash = next((t for t in doc[start + 1:start + 5] if t.text in DASHES), None)
    if dash is None or dash.i + 1 >= len(doc) or not doc[dash.i + 1].is_quote:
        return None
    name = doc[start:dash.i]  # (the entity's tokens: ``doc.ents`` would build every span anew)
    return dash if name[0].ent_iob_ == "B" and name[0].ent_type_ == "PERSON" \
        and all(t.ent_iob_ == "I" for t in name[1:]) and dash.ent_iob_ != "I" else None


def _title_like(tok: Token) -> bool:
    """Whether a word before a name in a label may describe the person: a title ("Sen.",
    "President"), a word for a person or a rank ("candidate", "Vice"), "Former", or part of a
    name or a short form of a place, a party or a body ("Vermont", "OK", "Democratic", "CNN")."""
    return bool(tok.ent_type_ or title_word(tok.text)) or tok.text.rstrip(".") in place_abbreviations() \
        or tok.lower_ in _DESCRIBING_WORDS


# Words of a description besides titles and names: "Former Secretary of State Hillary Clinton:".
_DESCRIBING_WORDS = PERSON_NOUNS | RANK_WORDS | {"former", "then", "late", "moderator", "the", "of", "and"}


def _initials_of(doc: Doc, label: Span) -> int:
    """Where the one person whose initials a label is ("NG:" in an interview with Natasha
    Gownaris) is first named, or -1: none, or two who share them."""
    if len(label) != 1 or not label.text.isupper() or not 2 <= len(label.text) <= 3 or not label.text.isalpha():
        return -1
    people = {e.text: e.start_char for e in doc.ents if e.label_ == "PERSON" and len(e) == len(label.text)
              and "".join(t.text[:1] for t in e) == label.text}
    return next(iter(people.values())) if len(people) == 1 else -1


def _double_bracket_end(doc: Doc, start: int) -> Token | None:
    """The last ")" of a "((Name))" that opens a line: an interview transcript's speaker label
    (Wikinews: "((Thomas Rivinius)) None. It's pulling ...")."""
    if doc[start:start + 2].text != "((":
        return None
    close = next((t for t in doc[start + 3:start + 9] if t.text == ")"), None)
    return doc[close.i + 1] if close is not None and close.i + 1 < len(doc) and doc[close.i + 1].text == ")" else None


def _a_person(tok: Token) -> bool:
    return tok.ent_type_ == "PERSON" or tok.lower_ in PERSON_PRONOUNS or tok.lemma_.lower() in PERSON_NOUNS


def _cue_form(word: str) -> str | None:
    """The cue a headline's verb is, from its form alone (a title-cased headline defeats the
    tagger): "Says", "Calls", "Slams", "Pushes", "Denies"."""
    w = word.lower()
    for stem in (w, w[:-1] if w.endswith("s") else "", w[:-2] if w.endswith("es") else "",
                 w[:-3] + "y" if w.endswith("ies") else ""):
        if stem and stem in CUES and stem not in PHRASE_ONLY:
            return stem
    return None


def headline_statement(doc: Doc, quoted: list[tuple[int, int]]) -> list[QuoteRecord]:
    """The headline's "Name says ..." ("Carson says cut regulations", "Glenn Beck Says Trump Poses
    A Threat"): a name the article knows, then a cue in the present tense, then what was said."""
    end = next((t.i for t in doc if "\n" in t.text or "\n" in t.whitespace_), len(doc))
    line = doc[:end]
    known = known_names(doc)
    for tok in line[1:6]:
        cue = _cue_form(tok.text)
        if cue is None or tok.text.lower() == cue or in_quotes(tok, quoted):
            continue  # a bare lemma ("Trump, Ryan pledge") is a plural subject's verb or a noun
        name = doc[0:tok.i]
        while len(name) and name[-1].lower_ in ("just", "now", "also"):
            name = name[:-1]
        if not len(name) or name[-1].lower_ not in known or any(t.is_punct or t.pos_ in ("VERB", "AUX") for t in name):
            return []
        content = _trimmed(doc[tok.i + 1:end], front=False)
        if len([t for t in content if t.is_alpha]) < 2:
            return []
        speaker = speaker_of(name[-1], quoted)
        if speaker.end_char > tok.idx:  # the NER took the verb into the name ("Ted Cruz Refuses")
            speaker = Speaker(name.text, name.start_char, name.end_char)
        row = _quote_row(content, "indirect", Attribution(None, speaker))
        row["cue"], row["cue_type"] = cue, cue_type(cue)
        return [row]
    return []


def doc_quotes(doc: Doc) -> list[QuoteRecord]:
    """All attributed statements of a document, in text order, with quote ids."""
    text = doc.text  # built anew from the tokens on every access
    marks = quotations(doc)
    direct = direct_quotes(doc, marks)
    quoted = [(q.start, q.end) for q in marks]
    # A transcript line in quotation marks ("PENCE: Well, ...") is one direct quote, spoken by
    # its label unless the quote's own attribution was found ("Clinton: “...” Bush: “...”").
    attributed = {r["start_char"] for r in direct if r["speaker"]}
    lines = [r for r in labelled_lines(doc) if r["start_char"] not in attributed]
    taken = {r["start_char"] for r in lines if r["kind"] == "direct"}
    # 'Sanders: "It looks like ..."': the quote is the line's statement, not one of no one's
    direct = [r for r in direct if r["start_char"] not in taken and (r["speaker"] or not _in_a_line(r, lines))]
    found = (direct + lines + reported_speech(doc, quoted) + sourceless_reports(doc, quoted)
             + noun_reports(doc, quoted) + in_sources(doc, quoted))
    # "as I said before, ..." in a transcript's answer is its speaker's one statement, not a second
    # ("I think ..." there stays: a belief the answer reports)
    found = [r for r in found if not (r["speaker"].lower() == "i" and r["cue_type"] in ("speech", "writing")
                                      and _in_a_line(r, lines))]
    # The headline's statement, when the parse found none there ("Carson says cut regulations").
    found += [r for r in headline_statement(doc, quoted)
              if not any(f["start_char"] < r["end_char"] and r["start_char"] < f["end_char"] for f in found)]
    rows = _begun_inside_quotes(_one_statement(sorted(found, key=lambda r: (r["start_char"], r["end_char"])), text),
                                quoted, text)
    for row in rows:
        # "Sherry said they called themselves “The Glass Ceiling Club”": quoted words, even a
        # title or a scare quote that is no statement of its own, make a statement direct.
        if row["kind"] != "indirect":
            continue
        held = [b for a, b in quoted if row["start_char"] <= a < row["end_char"] and _reaches(row["end_char"], b, text)]
        if held and not _quoted_by_another(row, rows, held):
            row["kind"], row["quote_inside"] = "direct", True
            _extend(row, max(held), text)
    # The same words read twice, with a source and without ("Kasich tells the crowd, he's been
    # known to be “brusk”" is also a sourceless "is known"): one statement, the sourced one.
    sourced = {(r["start_char"], r["end_char"]) for r in rows if r["speaker"]}
    rows = [r for r in rows if r["speaker"] or (r["start_char"], r["end_char"]) not in sourced]
    for i, row in enumerate(rows):
        row["quote_id"] = i
    return rows


def _begun_inside_quotes(rows: list[QuoteRecord], quoted: list[tuple[int, int]], text: str) -> list[QuoteRecord]:
    """Reported statements the parse began inside a quote and ran past its close. An outer source's
    (its cue "according to", or one whose span holds the quote's own speaker) begins at the
    quote's mark: '“They don’t care about politics,” Obama said ..., according to a White House
    pool report' is the report's from the mark on. So does one begun just inside the mark of a
    quote that is no row of its own ('website from 2010, "Title Sponsor" was the highest level'
    holds the whole title). Any other re-reads a quote that is already its speaker's row: '"Let
    me be very, very clear. As president, I will not be neutral," Cruz said' (the clause begun
    at the last sentence), 'emailed supporters saying: "The struggle continues" and vowing'."""
    opened = {r["start_char"]: r for r in rows if r["kind"] == "direct"}
    kept = []
    for row in rows:
        start = row["start_char"]
        quote = None if row["kind"] != "indirect" else next(
            (a for a, b in quoted if a < start < b and _reaches(row["end_char"], b, text)), None)
        if quote is None:
            kept.append(row)
            continue
        own = opened.get(quote)
        outer = row["cue"] == "according to" or own is not None and own["speaker"] != "" \
            and start <= own["speaker_start_char"] < row["end_char"] \
            and row["speaker_start_char"] != own["speaker_start_char"]
        if outer or own is None and not text[quote:start].strip(_MARK_CHARS + " "):
            row["start_char"], row["text"] = quote, text[quote:row["end_char"]]
            kept.append(row)
        elif own is None:
            kept.append(row)
    return kept


def _quoted_by_another(row: QuoteRecord, rows: list[QuoteRecord], held: list[int]) -> bool:
    """Whether the quoted words a belief, an intention or a finding holds are another speaker's,
    whose statement around it quotes them: in "Brian Krzanich was planning to hold a fund-raiser
    ... that included ''a full exchange of views,'' an Intel spokeswoman said" the words are the
    spokeswoman's; the plan is Krzanich's, in her words. (A plan or a belief is not spoken, so its
    holder said none of the words; a speech verb's inner speaker did: "X said Trump told him
    “...”" stays Trump's.)"""
    if says(row["cue"]) or row["cue_type"] in ("speech", "writing"):
        return False
    return any(o is not row and o["cue_type"] in ("speech", "writing") and o["speaker"]
               and o["speaker_start_char"] != row["speaker_start_char"]
               and o["start_char"] <= row["start_char"] and max(held) <= o["end_char"] for o in rows)


def _in_a_line(row: QuoteRecord, lines: list[QuoteRecord]) -> bool:
    """Whether a statement lies inside one of the "Name: ..." lines' statements."""
    return any(line["start_char"] <= row["start_char"] and row["end_char"] <= line["end_char"] for line in lines)


def _reaches(end: int, quote_end: int, text: str) -> bool:
    """Whether a statement ending at ``end`` reaches the end of a quote it holds: at or past it,
    or short of it only by the closing '."' that the parse left out."""
    return quote_end <= end or not text[end:quote_end].strip(_TAIL)


def _holds(outer: QuoteRecord, quote: QuoteRecord, text: str) -> bool:
    """Whether a reported statement holds a direct quote of the same speaker: the same words, or
    words outside the statement that stand for the same name ('said Jason C. Ervin, who thinks
    Emanuel and his staff "need to be more collaborative"': the "who" and the name; not a quote
    with a cue of its own inside the statement: "she said, ... she laughed and admitted “...”")."""
    same = (outer["speaker_start_char"], outer["speaker_ref"]) == (quote["speaker_start_char"], quote["speaker_ref"]) \
        and (outer["speaker"] != "" or outer["cue"] == quote["cue"]) \
        or outer["speaker_ref"] >= 0 and outer["speaker_ref"] == quote["speaker_ref"] \
        and not outer["start_char"] <= quote["speaker_start_char"] < outer["end_char"]
    return same and _opens_by(outer, quote, text) and quote["start_char"] < outer["end_char"] \
        and _reaches(outer["end_char"], quote["end_char"], text)


def _opens_by(outer: QuoteRecord, quote: QuoteRecord, text: str) -> bool:
    """Whether a reported statement starts at or before a quote it holds, or just inside its
    opening mark: in 'Clinton added, "We were seven points up" in the polls' the parse's
    statement begins at "We", and the quote is its start, not a second statement."""
    start = outer["start_char"]
    return start <= quote["start_char"] or (
        start < quote["end_char"] and not text[quote["start_char"]:start].strip(_MARK_CHARS + "[ "))


def _extend(row: QuoteRecord, end: int, text: str) -> None:
    """Take a statement on to ``end`` (the closing mark of a quote it holds)."""
    if end > row["end_char"]:
        row["end_char"] = end
        row["text"] = text[row["start_char"]:end]


def _one_statement(rows: list[QuoteRecord], text: str) -> list[QuoteRecord]:
    """A direct quote inside a reported statement of the same speaker ("X called it “bitter and
    personal”") is part of that statement, not a second one: one row, of kind ``direct`` (it
    holds quoted words) with ``quote_inside`` true."""
    # (one with no speaker holds one of no speaker with its cue: the words of a question asked,
    # 'Asked who he would like to see “go away,”')
    # A statement the parse began inside the quote's opening mark takes the quote's start. When the
    # quote ends in a comma, or the statement runs over its own speaker, what follows the quote is
    # its attribution ('“Too much hate,” she said, blaming ...', '"There will always be
    # exceptions," the Times reported'), not more of the statement, and the quote stays alone.
    reported = [r for r in rows if r["kind"] == "indirect"]
    dropped: set[int] = set()
    for r in rows:
        if r["kind"] != "direct":
            continue
        outer = next((o for o in reported if o is not r and id(o) not in dropped and _holds(o, r, text)), None)
        if outer is None:
            continue
        if r["start_char"] < outer["start_char"]:
            if outer["start_char"] <= outer["speaker_start_char"] < outer["end_char"] \
                    or r["text"].rstrip(_CLOSING).endswith(","):
                dropped.add(id(outer))
                continue
            outer["start_char"], outer["text"] = r["start_char"], text[r["start_char"]:outer["end_char"]]
        dropped.add(id(r))
        _extend(outer, r["end_char"], text)
        outer["kind"], outer["quote_inside"] = "direct", True
    return [r for r in rows if id(r) not in dropped]

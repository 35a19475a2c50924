"""The cue lexicon: which words report what someone said, wrote, believes, intends or found,
and the nouns that name sources. The lists a linguist reviews are data files
(``data/cue_verbs.csv``, ``data/cue_nouns.csv``, ``data/cue_types.csv``, ``data/evidence_nouns.txt``,
``data/source_nouns.csv``); this module reads them once and answers questions about a token.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from analysis.lexicon import rows, words


def _lexicon() -> tuple[dict[str, frozenset[str]], dict[str, str], frozenset[str]]:
    """The reporting verbs by role, their object prepositions, and the evidence nouns, from the
    data files a linguist reviews (``data/cue_verbs.csv``, ``data/evidence_nouns.txt``)."""
    roles: dict[str, set[str]] = {}
    preps = {}
    for row in rows("cue_verbs.csv"):
        for role in row["roles"].split():
            roles.setdefault(role, set()).add(row["verb"])
        if row["object_prep"]:
            preps[row["verb"]] = row["object_prep"]
    return {role: frozenset(verbs) for role, verbs in roles.items()}, preps, words("evidence_nouns.txt")


_ROLES, OBJECT_PREPS, EVIDENCE_NOUNS = _lexicon()
# Reporting verbs and nouns (lemmas, plus spun forms as written).
CUES = _ROLES["cue"]
# Cues of two words, the second a particle or object of the first: "put it", "shot back".
PHRASAL = {verb: rest for verb, _, rest in (cue.partition(" ") for cue in CUES) if rest}
# A cue verb with one of these particles, fixed words or objects is no cue ("called off its search",
# "backed down", "is calling it quits", "defended his title").
NOT_CUES = frozenset(tuple(phrase.split(" ", 1)) for phrase in _ROLES.get("not", ()))
# A cue verb with one of these prepositions right after it is no cue ("adding to his lead"); not
# a particle's list, where "called in a statement" would be "call in".
NOT_WITH_PREP = frozenset(tuple(phrase.split(" ", 1)) for phrase in _ROLES.get("not_with_prep", ()))
# Verbs that govern a quoted phrase but report no clause ("called it a 'disaster'").
PHRASE_ONLY = _ROLES["phrase_only"]
# Verbs whose object is who is spoken to ("..., an official told Fox News"), never the source.
HEARER_CUES = _ROLES["hearer"]
# Verbs whose passive subject is who is spoken to ("Asked whether ...", "Told of the plan, ...").
ADDRESSED_CUES = HEARER_CUES | _ROLES["addressed"]
# Verbs whose object does what their "to" clause says ("prompted Rubio to call Trump ...").
CONTROL_VERBS = _ROLES["control"]
# Cues whose title-case quoted object is a sign, a chant or a name given, not a title.
SLOGAN_CUES = _ROLES["slogan"]
# Cues that are often not speech ("the footage shows", "both found themselves"): they report a
# clause only with "that", and a quote only when no speech verb governs it further up.
WEAK_CUES = _ROLES["weak"]
# Weak cues that report a clause only with "that" even from a named source ("the judge determined
# that ...", not "voters will determine who wins", a decision no one has stated).
THAT_ONLY_CUES = _ROLES["that_only"]
# Cues of intent that report an infinitive ("vowed to ...", "refuses to ...").
INTENT_CUES = _ROLES["intent"]
FOR_CUES = _ROLES["for"]
# Cues whose object is what is said about ("cited his endorsements", "attacked the plan"); what
# that object is said to be or to have done is in OBJECT_PREPS ("described X as Y").
OBJECT_CUES = _ROLES["object"]
# Object cues whose object reports a view only with their preposition ("sees Cruz as a uniter",
# not "saw the photos").
OBJECT_WITH_PREP = _ROLES["object_with_prep"]
# Object cues whose object reports only with the name or description given to it ("called the
# charges fabricated", "called Rubio “Little Marco”"; not "called the election for Biden").
NAMING_CUES = _ROLES["naming"]
# Verbs that report only with their object preposition ("introduced him as “a fighter for
# families”", not "introduced a bill").
PREP_ONLY = _ROLES["prep_only"]
# What evidence (EVIDENCE_NOUNS: "a poll", "the footage") does to its object ("showed a lead").
FINDING_CUES = _ROLES["finding"]
# Verbs that report with no source, raising their clause's subject ("Trump seemed to suggest",
# "is expected to win") or with an empty "it" ("it appears that ...").
RAISING_CUES = _ROLES["raising"]
# Cues whose "about"/"on"/"of"/"against" object is what is spoken of ("spoke about the wall").
TOPIC_CUES = _ROLES["topic"]
# Not "on": "posted on Facebook", "spoke on Tuesday" name where and when, not what.
TOPIC_PREPS = frozenset({"about", "of", "against", "regarding"})
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})
ORG_PRONOUNS = frozenset({"it", "its"})
# Indefinite pronouns for things: no one speaks through them ("Something tells me ...").
THING_PRONOUNS = frozenset({"something", "nothing", "everything", "anything"})


def _source_nouns() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """Source nouns by kind, and short titles -> the role nouns they stand for ("rep" ->
    representative, congressman, congresswoman) (``data/source_nouns.csv``)."""
    kinds: dict[str, set[str]] = {}
    titles: dict[str, set[str]] = {}
    for row in rows("source_nouns.csv"):
        if row["kind"] == "title":
            titles.setdefault(row["title"], set()).add(row["noun"])
        else:
            kinds.setdefault(row["kind"], set()).add(row["noun"])
    return {kind: frozenset(nouns) for kind, nouns in kinds.items()}, \
        {title: frozenset(nouns) for title, nouns in titles.items()}


_KINDS, TITLE_NOUNS = _source_nouns()
PERSON_NOUNS = _KINDS["person"]
ORG_NOUNS = _KINDS["org"]
GENERIC_WORDS = _KINDS["generic"]
# What is written and can be read from ("the email read", "reads the editorial").
TEXT_NOUNS = _KINDS["text"]
MEDIA_NOUNS = _KINDS["media"]
MEDIA_WORDS = _KINDS["media_name"]
# Each medium's media nouns and name words ("the newspaper" is no TV network, "the agency" no journal).
MEDIUMS = (_KINDS["print"], _KINDS["broadcast"], _KINDS["wire"])
# A body or role that speaks for the person who owns it ("Clinton's campaign said", "Trump's spokesman").
VOICE_NOUNS = _KINDS["voice"]
# What turns a role into another ("vice president", "deputy secretary").
RANK_WORDS = _KINDS["rank"]
# What sets a role apart from those named ("the opposing party", "a rival campaign").
OTHER_WORDS = _KINDS["other"]
# What a minister or secretary is in charge of ("the health minister", "Defense Secretary").
PORTFOLIO_WORDS = _KINDS["portfolio"]
SOURCE_NOUNS = PERSON_NOUNS | ORG_NOUNS | GENERIC_WORDS
INVERTED_NOUNS = SOURCE_NOUNS | TEXT_NOUNS
SECOND_TIER = INTENT_CUES | OBJECT_CUES | FOR_CUES


def is_cue(tok: Token) -> bool:
    """A reporting verb ("show" the noun is not one; "famous" is the spun adjective for "noted")."""
    if tok.lower_ in ("according", "famous"):
        return True
    lemma = tok.lemma_.lower()
    # a verb the tagger read as a noun still has its auxiliary ("Trump did post on Twitter that ...")
    verb = tok.pos_ == "VERB" or tok.pos_ == "NOUN" and any(c.dep_ == "aux" for c in tok.children)
    if not verb or lemma not in CUES and phrasal_cue(tok) is None:
        return False
    if lemma in PREP_ONLY and not any(c.dep_ == "prep" and c.lower_ == OBJECT_PREPS.get(lemma) for c in tok.children):
        return False
    fixed = {c.lower_ for c in tok.children if c.dep_ in ("prt", "oprd")} \
        | {c.lemma_.lower() for c in tok.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")
           and tok.doc[c.i - 1].text != "-"}  # (the end of "a mash-up" is no "up"; "his Valspar Championship")
    # "adding to his lead" is no cue, unless the verb reports a clause all the same ("He added to
    # reporters that ...")
    if any((lemma, c.lower_) in NOT_WITH_PREP for c in tok.children if c.dep_ == "prep" and c.i == tok.i + 1) \
            and not any(c.dep_ == "ccomp" for c in tok.children):
        return False
    return not any((lemma, word) in NOT_CUES for word in fixed) and not discourse_marker(tok) \
        and not _said_before_noun(tok)


def _said_before_noun(tok: Token) -> bool:
    """The "said" of legal and mock-legal prose, a determiner: "toward said fork", "the said
    property" (not "the people he spoke with said prices rose", whose "said" has a subject)."""
    doc = tok.doc
    if tok.lower_ != "said" or tok.i == 0 or tok.i + 1 >= len(doc):
        return False
    before, after = doc[tok.i - 1], doc[tok.i + 1]
    return (before.pos_ == "ADP" and before.lower_ not in ("as", "than", "that") or before.lower_ in _DETERMINERS) \
        and after.pos_ in ("NOUN", "ADJ") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


_DETERMINERS = frozenset({"the", "such", "any", "each", "every", "both"})


def discourse_marker(tok: Token) -> bool:
    """"That said, ...", "That being said, ...", "Having said that, ...", a "you know" or "you
    see" with nothing after it but a comma, "speaking of" opening a sentence, and "as opposed
    to": a sentence adverb, a filler or a preposition, not a report of what someone said or knows
    ("I said, ..." is one, and so is "said Sherman, speaking of politicians")."""
    doc = tok.doc
    if tok.lemma_ in ("know", "see") and any(c.dep_ == "nsubj" and c.lower_ == "you" for c in tok.children) \
            and tok.i + 1 < len(doc) and doc[tok.i + 1].text == "," \
            and not any(c.i > tok.i and c.dep_ != "punct" for c in tok.children):
        return True
    if tok.lower_ == "speaking" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "of" \
            and all(t.is_punct or t.is_space or t.pos_ in ("CCONJ", "INTJ") or t.lower_ in ("oh", "well", "so", "now")
                    for t in doc[tok.sent.start:tok.i]):
        return True  # "And speaking of Dolby technology, Microsoft is also ...": a change of topic
    if tok.lower_ == "opposed" and 0 < tok.i < len(doc) - 1 and doc[tok.i - 1].lower_ == "as" \
            and doc[tok.i + 1].lower_ == "to":
        return True  # "... training to fire a weapon as opposed to learning to de-escalate": a preposition
    if tok.lower_ != "said" or tok.i + 1 >= len(doc):
        return False
    before = [t.lower_ for t in doc[max(tok.sent.start, tok.i - 2):tok.i]]
    after = [t.text.lower() for t in doc[tok.i + 1:tok.i + 3]]
    return before[-1:] == ["that"] and after[:1] == [","] and tok.i - 1 == tok.sent.start \
        or before[-2:] == ["that", "being"] and after[:1] == [","] and tok.i - 2 == tok.sent.start \
        or before[-1:] == ["having"] and after == ["that", ","] and tok.i - 1 == tok.sent.start


def phrasal_cue(tok: Token) -> str | None:
    """The two-word cue a verb heads ("as Ridge put it", "Trump shot back"), or none."""
    rest = PHRASAL.get(tok.lemma_.lower())
    if rest is None or not any(c.lower_ == rest and c.i > tok.i for c in tok.children):
        return None
    return f"{tok.lemma_.lower()} {rest}"


def is_weak_cue(cue: Token) -> bool:
    return cue.lemma_.lower() in WEAK_CUES


@cache
def cue_nouns() -> dict[str, tuple[str, frozenset[str]]]:
    """Noun -> (what it reports, where its content is: prepositions, "that", "to")
    (``data/cue_nouns.csv``: "Trump's attacks on Clinton", "her plan to raise taxes")."""
    return {row["noun"]: (row["type"], frozenset(row["content"].split())) for row in rows("cue_nouns.csv")}


# Verbs whose subject speaks through the cue noun they take ("made the case that ...").
LIGHT_VERBS = words("light_verbs.txt")
# Verbs whose subject issues or shows the text they take ("issued a statement saying ...").
ISSUING_VERBS = words("issuing_verbs.txt")
# Adjectives whose "it" subject is someone's or something's, not the infinitive's ("it is likely to").
RAISING_ADJECTIVES = words("raising_adjectives.txt")
# Endings of nouns for people ("dealer", "gunman"): no such noun is a thing without a name.
PERSON_ENDINGS = tuple(sorted(words("person_endings.txt")))
# A share of those a poll asked ("75 percent of Republicans"): what they say, the poll reports.
POLL_SHARES = words("poll_shares.txt")
# A part of something ("Part of the judge's statement reads"): of a text, the text speaks.
PART_WORDS = words("part_words.txt")
# A number of people ("A number of Senators", "Dozens of lawmakers"): shown with whom it counts.
QUANTITY_WORDS = words("quantity_words.txt")


@cache
def cue_types() -> dict[str, str]:
    """Cue -> what it reports: ``speech``, ``writing``, ``belief``, ``intention`` or ``finding``
    (``data/cue_types.csv``, a list a linguist can review)."""
    return {row["cue"]: row["type"] for row in rows("cue_types.csv")}


def cue_type(cue: str, speaker: str = "", said: str | None = None) -> str:
    """What a statement is: what its cue reports, and a finding when its source is evidence
    ("a poll shows ..."); a quote without a cue is speech. A cue with two types
    ("intention|speech": "offer") has the second when ``said``, the lemma of the word that heads
    what it reports, is something said (``data/speech_nouns.txt``: "offered his condolences"),
    or is unknown or quoted words (``None``, ""); the first when it is a thing or a service
    ("offers flexible work hours")."""
    if speaker and speaker.split()[-1].lower().rstrip("s") in EVIDENCE_NOUNS:
        return "finding"
    kind = cue_types().get(cue, "speech")
    if "|" in kind:
        usual, spoken = kind.split("|", 1)
        return spoken if not said or said in speech_nouns() else usual
    return kind


@cache
def speech_nouns() -> frozenset[str]:
    """What is said when it is offered (``data/speech_nouns.txt``)."""
    return words("speech_nouns.txt")


def says(cue: str) -> bool:
    """Whether a cue reports what was said or written, not a belief, an intention or a finding."""
    return cue_type(cue) in ("speech", "writing")

"""Named-entity mentions of one parsed document, each resolved to the entity it names there.

News introduces a person or body once by full name and then shortens it. Within one
document this module groups mentions the way a reader does:

* a full name is the longest form ("Leif-Eric Easley", "Korean Central News Agency");
* a shorter form joins the full name it is part of: a surname or multi-word surname
  ("Easley", "Pacheco Pardo"), a family name written first ("Kim", "Lin"), a name without
  its middle part ("Hillary Clinton" -> "Hillary Rodham Clinton"), or an acronym of the
  full name ("KCNA"). When several people share the short form ("Kim Jong Un", "Kim Yo
  Jong"), it goes to the one its honorifics, headline or pronouns point to, else to the one
  the article names first: relatives and namesakes are the ones journalists keep naming in
  full, so "named most" picks the wrong one;
* a short form only joins people; a person's full name never joins a place that starts
  with the same word ("Kim Il Sung Sq." is a FAC);
* occurrences of a person's name that the statistical NER missed ("anti-Trump", a
  title line) are found with a ``PhraseMatcher`` and added as ``propagated`` mentions;
* every mention takes the label of its entity (a surname tagged GPE after the full
  PERSON name is a PERSON).

Cross-document merging and aliases are the next step (:mod:`analysis.tables.canonical`).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from analysis.extract.gender import PRONOUN_GENDER, first_name_gender, is_first_name, title_word, titles
from analysis.extract.quote_marks import quotations
from analysis.extract.record_types import EntityRecord
from analysis.lexicon import BODY_WORDS, DASH_CLASS, DASHES, honorifics, place_abbreviations
from analysis.nlp.components import ABBREVIATIONS, NAME_LABELS, PARTICLES, POSSESSIVES

_ACRONYM_SKIP = frozenset({"of", "the", "and", "for", "&", "in", "on", "to", "'s", "’s"})
_ACRONYM = re.compile(r"^(?:[A-Z]\.?){2,7}$")


def name_words(text: str) -> tuple[str, ...]:
    """Comparable words of a name: case, accents, hyphens, dots, honorifics and initials ignored."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"['’‘]s?$", "", _clean_edges(text))
    words = [w.strip(".,") for w in re.split(r"[\s\-‐–]+", text) if w.strip(".,")]
    words = [w for w in words if w not in honorifics() and w.rstrip(".") not in honorifics()]
    if len(words) > 2:  # "Donald J. Trump" is "Donald Trump"
        words = [w for w in words if len(w.rstrip(".")) > 1] or words
    if words and words[0] == "the":
        words = words[1:]
    return tuple(w.replace(".", "") for w in words)


def _clean_edges(text: str) -> str:
    """Without what the tokenizer left glued to a name: a dash and the words after it
    ("Trump—the"), and punctuation at either end ("Matt Lucas &", "David Walliams (", "France,")
    except the dot of an abbreviation ("U.S.", "Jr.")."""
    text = re.sub(r"\s*[—–]+\s*[a-z].*$", "", text.strip())
    text = re.sub(r"^[^\w]+", "", text)
    text = re.sub(r"(?<=\w)[^\w.]+$|(?<=\.)[^\w.]+$", "", text).strip()
    last = re.search(r"(\w+)\.$", text)
    if last and len(last[1]) > 1 and last[1] not in ABBREVIATIONS and not last[1].isupper():
        text = text[:-1]  # "Kim Kardashian." at a sentence's end, but "Jr.", "Inc.", "U.S."
    return text


def display_name(text: str) -> str:
    """A mention's text as a name: one line, no leading 'the', no possessive, no stray punctuation."""
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"^the\s+", "", text, flags=re.I)
    return _clean_edges(re.sub(r"['’‘]s?$", "", _clean_edges(text)))


def acronym_of(short: str, full: str) -> bool:
    """Is ``short`` ("KCNA", "U.N.") the initials of ``full`` ("Korean Central News Agency")? A
    name that holds an acronym itself ("US Senate") is not spelled out by its initials: "U.S."
    there is the country, not the Senate."""
    if not _ACRONYM.match(short):
        return False
    letters = short.replace(".", "")
    words = [w for w in re.split(r"[\s\-]+", full) if w and w.casefold() not in _ACRONYM_SKIP]
    if len(words) < 2 or any(len(w.strip(".")) > 1 and w.replace(".", "").isupper() for w in words):
        return False
    initials = "".join(w[0] for w in words).upper()
    with_skipped = "".join(w[0] for w in re.split(r"[\s\-]+", full) if w and w not in ("'s", "’s")).upper()
    return letters in (initials, with_skipped)


_ACRONYM_MAJORITY = 5


def pick_name(forms: Counter) -> str:
    """The commonest written form, mixed case before all caps ("Seoul", not a dateline's "SEOUL"),
    longest on ties; but not a rare mixed-case spelling of what is written as an acronym five times
    as often ("ISIS", not one reader's "Isis")."""
    mixed = [forms[f] for f in forms if not f.isupper()]
    upper_first = max((forms[f] for f in forms if f.isupper()), default=0) >= _ACRONYM_MAJORITY * max(mixed, default=0)
    return max(forms, key=lambda f: (f.isupper() == upper_first, forms[f], len(f)))


def pick_label(votes: Counter) -> str:
    """The majority label; PERSON wins ties (the NER's usual slip), then the label's name."""
    return max(votes, key=lambda lab: (votes[lab], lab == "PERSON", lab))


@dataclass
class Mention:
    start: int  # token index
    end: int
    start_char: int
    end_char: int
    text: str
    ner_label: str
    words: tuple[str, ...]
    resolution: str = "name"
    title: str = ""  # a title or honorific right before it ("mrs", "president"), lower case, no dot
    headline: bool = False  # on a title-case or all-caps line, where NER's labels are least reliable
    pronoun: str = ""  # gender of the first he/she after it (same or next sentence): who the text goes on about
    determined: bool = False  # "the", "a" or "this" right before it: a thing's name ("the Bill"), not a person's
    relative: bool = False  # "the younger", "the elder" right before it: another of the family
    aged: bool = False  # an age set after it ("Singh, 47,"): a person's name, whatever NER called it
    given: str = ""  # an untagged first name right before a one-word name ("Evliya" of "As Evliya Celebi wrote")

    @property
    def hint(self) -> str:
        """The gender its honorific says ("Mrs. Clinton"), or ""."""
        return titles().get(self.title, "")

    @property
    def weight(self) -> float:
        """How much its NER label counts in its entity's label: a full name with a first name
        most, a bare word less, a headline or an occurrence NER did not tag least or nothing."""
        if not self.ner_label or self.resolution == "propagated":
            return 0.0
        first_name = self.ner_label == "PERSON" and is_first_name(self.words[0])  # the shape agrees with the label
        w = 3.0 if len(self.words) > 1 and first_name else 1.0 if len(self.words) > 1 else 0.5
        return w * (0.25 if self.headline else 1.0)


@dataclass
class Cluster:
    """One entity of one document: its full form and the mentions that name it."""

    cid: int
    words: tuple[str, ...]
    first: int
    mentions: list[Mention] = field(default_factory=list)
    prefix: str = ""  # an honorific that is part of its name: "Mrs. Trump" where no Mrs. Trump is named in full

    @property
    def full_count(self) -> int:
        """Mentions by a full (multi-word) form: how prominent the entity is in the article."""
        return sum(1 for m in self.mentions if len(m.words) > 1 or m.words == self.words)

    @property
    def canonical_words(self) -> tuple[str, ...]:
        """The commonest multi-word form, the longest on ties: "Hillary Clinton" rather than a
        one-off "Crooked Hillary Clinton", but "Ramon Pacheco Pardo" over "Pacheco Pardo"."""
        forms = Counter(m.words for m in self.mentions if len(m.words) > 1)
        words = max(forms, key=lambda w: (forms[w], len(w))) if forms else self.words
        return (self.prefix, *words) if self.prefix else words

    @property
    def name(self) -> str:
        """The commonest written canonical form."""
        words = self.canonical_words[1:] if self.prefix else self.canonical_words
        name = pick_name(Counter(display_name(m.text) for m in self.mentions if m.words == words))
        return f"{self.prefix.title()}. {name}" if self.prefix else name

    @property
    def label(self) -> str:
        """The label the evidence of all its mentions gives: each mention's NER label weighted by
        how reliable its context is (:attr:`Mention.weight`), and a person's title before a
        mention ("Mr Kilroy-Silk") or an age after one as a vote for PERSON. Never the first or
        longest mention alone: 24 "United" tagged ORG outvote one "Manchester United" tagged
        PERSON. An honorific before a first name and a surname decides it, and a body's word at
        the end of the name ("Dr Pepper Snapple Group") takes both the decision and the votes away."""
        body = bool(self.words) and self.words[-1] in BODY_WORDS  # "Dr Pepper Snapple Group", "Mr. Coffee Inc."
        if not body and any(m.title in honorifics() and len(m.words) > 1 and is_first_name(m.words[0])
                            for m in self.mentions):
            # "Dr Valeria Gazzola", tagged a body forty times in an interview: an honorific before
            # a first name and a surname is a person's, however often NER says otherwise
            return "PERSON"
        votes: Counter = Counter()
        # Beside a full name with a first name tagged PERSON, a bare surname tagged otherwise is
        # NER's usual slip ("Bozell" as ORG after "Brent Bozell") and counts half.
        named = any(m.weight >= 3.0 for m in self.mentions)
        for m in self.mentions:
            slip = named and len(m.words) == 1 and m.ner_label != "PERSON"
            votes[m.ner_label] += m.weight / 2 if slip else m.weight
            if (m.title or m.aged) and not body:
                votes["PERSON"] += 2.0
            if m.pronoun and not _ACRONYM.match(m.text.strip()):
                # "Trump said ... He added": NER's ORG for a bare surname is a slip (but "NATO
                # said ... he" is more likely someone else's "he")
                votes["PERSON"] += 0.5
        votes = Counter({k: v for k, v in votes.items() if k and v > 0})
        return pick_label(votes or Counter(m.ner_label or "PERSON" for m in self.mentions))

    @property
    def gender(self) -> str:
        """"male"/"female" from its honorifics ("Mrs. Clinton"), else its first name; "" if unknown."""
        hints = Counter(m.hint for m in self.mentions if m.hint)
        if hints:
            (g, n), = hints.most_common(1)
            return g if n > sum(hints.values()) - n else ""
        words = self.canonical_words
        return first_name_gender(words[0]) if len(words) > 1 and not self.prefix else ""

    @property
    def in_headline(self) -> bool:
        return any(m.headline for m in self.mentions)


# A middle initial or a run of them as written: "W.", "H.W.", "H.", "HW"
_INITIAL = re.compile(r"(?:[A-Z]\.?){1,3}")


def middle_initials(text: str) -> str:
    """The middle initials of a written name ("HW" of "George H.W. Bush" and "George H. W. Bush"),
    which the comparable words drop or glue together."""
    return "".join(w.replace(".", "") for w in text.split()[1:-1] if _INITIAL.fullmatch(w))


def _initials_differ(m: Mention, c: Cluster) -> bool:
    """Whether a name and a person's full name carry different middle initials: "George W. Bush"
    is no short form of "George H.W. Bush", his father, though both read as George Bush."""
    mine = middle_initials(m.text)
    theirs = {middle_initials(x.text) for x in c.mentions if len(x.words) > 1} - {""}
    return bool(mine) and bool(theirs) and mine not in theirs


def _model_number(word: str) -> bool:
    """Whether a word of a name is a number or letters and a number ("10", "PS4", "A380"): a
    product's or a model's, never a person's (a mis-decoded "GÃ1⁄4len" is still Gülen)."""
    return re.fullmatch(r"[^\W\d_]*\d+", word) is not None


def _is_short_form(short: tuple[str, ...], full: tuple[str, ...]) -> str:
    """How ``short`` names the person ``full``: 'surname', 'family name', 'shortened', or ''."""
    if len(short) >= len(full) or not short or len(short[-1]) < 2:
        return ""  # a stray letter ("Donald Trump A") is no one's surname
    if any(_model_number(word) for word in full):
        return ""  # a "name" with a model number is a product's, tagged a person ("PS4 Pro"): "Pro" is no surname
    if full[-len(short):] == short:
        return "surname"
    if len(short) == 1 and full[0] == short[0]:
        return "family name"
    it = iter(full)
    if short[0] == full[0] and short[-1] == full[-1] and all(w in it for w in short):
        return "shortened"
    return ""


def _mention(span: Span) -> Mention:
    doc = span.doc
    title = title_word(doc[span.start - 1].text) if span.start else None
    if title == "justice" and span.label_ != "PERSON":
        title = None  # "the Justice Department"
    determined = span.start > 0 and doc[span.start - 1].lower_ in _ARTICLES
    relative = span.start > 1 and doc[span.start - 1].lower_ in _KIN_COMPARATIVES \
        and doc[span.start - 2].lower_ == "the"
    return Mention(span.start, span.end, span.start_char, span.end_char, span.text, span.label_,
                   name_words(span.text), title=title or "", pronoun=pronoun_after(span), determined=determined,
                   relative=relative, aged=aged(span), given=_given_before(span))


def _given_before(span: Span) -> str:
    """The first name NER left out of a one-word person's name: a capitalised word right before it
    that the parse made part of the name, is no title and no name of its own: untagged, or tagged
    in one name with it ("Evliya" in "As Evliya Celebi wrote", where the article names Lagari
    Hasan Çelebi as well and the span was cut down to the surname it knows)."""
    if len(span) != 1 or span.label_ != "PERSON" or span.start < 2:
        return ""
    doc = span.doc
    word, before = doc[span.start - 1], doc[span.start - 2]
    if not (word.is_alpha and word.is_title and word.tag_ == "NNP" and word.dep_ == "compound"
            and word.head.i == span.start and (not word.ent_type_ or span[0].ent_iob_ == "I")
            and not word.is_sent_start and title_word(word.text) is None):
        return ""
    # the first of the name's words ("B. Hussein Obama" has a middle name), and a word the article
    # never writes in lower case ("Director Comey", "Team Clinton")
    if before.text[:1].isupper() and not before.is_sent_start or word.lower_ in lower_case_words(doc):
        return ""
    # a first name by the name table, or one NER read as one name with the surname; not a name
    # that modifies a noun ("Longtime Clinton foe")
    if not (is_first_name(word.text) or word.ent_type_ and span[0].ent_iob_ == "I") \
            or span[0].dep_ == "compound" and span[0].head.pos_ == "NOUN":
        return ""
    return words[0] if (words := name_words(word.text)) else ""


def aged(span: Span) -> bool:
    """Whether a name has its bearer's age set after it ("D.T. Fillion, 56, of Clemson", "Singh,
    47, voted", NER's work of art and place): a person, whatever NER called it. Not a place that
    ends a phrase about someone ("the bishop of the Marbel diocese in the Philippines, 79, died"),
    nor a figure ("In South Carolina, 367,000 people")."""
    doc = span.doc
    after = doc[span.end:span.end + 3]
    return len(after) == 3 and after[0].text == "," and after[2].text == "," and after[1].text.isdigit() \
        and 0 < int(after[1].text) < 120 and all(t.text[:1].isupper() for t in span) \
        and not (span.start and doc[span.start - 1].lower_ in _ARTICLES)


def pronoun_after(span: Span) -> str:
    """Where ``span`` is a subject, the gender of the next subject "he"/"she" in its sentence or
    the next one, if no other person is named in between ("Clinton said ... She added"). The
    quotation marks part the two: a name inside a quotation is followed by the quoted speaker's
    pronoun ("“Secretary Clinton has been cooperating ...” He also said" is the spokesman), and
    a pronoun inside one speaks of someone else ("Clinton argued that “if everyone had voted as
    he voted ...”")."""
    doc = span.doc
    if span.root.dep_ not in ("nsubj", "nsubjpass") \
            or span.root.tag_ in ("NNPS", "NNS") and not full_names_surname(span.root):
        return ""  # not a subject, or a plural ("Latinos said ... he" is someone else)
    end = span.sent.end
    if end < len(doc):
        end = doc[end].sent.end
    marks = quotations(doc)
    inside = next((q for q in marks if q.start < span.start_char and span.end_char <= q.end), None)
    for tok in doc[span.end:min(end, span.end + 60)]:
        if inside is not None and tok.idx >= inside.end:
            return ""
        # another person: named, or a proper-noun subject NER missed ("..., Rendell added. But he"),
        # or a surname the tagger made a plural noun ("Trump loved that answer ... Hicks retreated
        # to a nearby desk, where she spoke")
        if tok.ent_type_ == "PERSON" or tok.pos_ == "PROPN" and tok.dep_ in ("nsubj", "nsubjpass", "poss") \
                or tok.tag_ == "NNS" and tok.text[:1].isupper() and full_names_surname(tok):
            return ""
        if tok.lower_ in ("he", "she") and tok.dep_ in ("nsubj", "nsubjpass") and (
                inside is not None or not any(q.start < tok.idx < q.end for q in marks)):
            # the subject of a verb whose complement holds the name is someone else ("Harris does
            # not qualify ..., he says"; but "When Trump arrived, he said" is Trump), and so is the
            # same pronoun after one ("While he believes Harris does not qualify ..., he says")
            other = any(_in_complement_of(span.root, t.head) for t in doc[span.sent.start:tok.i + 1]
                        if t.lower_ == tok.lower_ and t.dep_ in ("nsubj", "nsubjpass"))
            return "" if other else PRONOUN_GENDER[tok.lower_]
    return ""


def full_names_surname(tok: Token) -> bool:
    """Whether a word the tagger made plural is the surname of a full name in the article, not a
    family or a people: "Sanders" of Bernie Sanders (not "Britons", nor "the Clintons" where
    the article names a Clinton)."""
    surnames = _full_name_surnames(tok.doc)
    return tok.lower_ in surnames and tok.lower_[:-1] not in surnames


@lru_cache(maxsize=1)
def lower_case_words(doc: Doc) -> frozenset[str]:
    """The words the article writes in lower case, once per document."""
    return frozenset(t.text for t in doc if t.is_lower)


@lru_cache(maxsize=1)
def _full_name_surnames(doc: Doc) -> frozenset[str]:
    """The surnames of the article's person names of two words or more, once per document
    (``doc.ents`` builds every span anew on each access; a ``Doc`` hashes by identity)."""
    return frozenset(surname(e).lower_ for e in doc.ents if e.label_ == "PERSON" and len(e) > 1)


_GENERATIONS = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


def surname(name: Span) -> Token:
    """A full name's surname: its last word, before a generation ("Sabato" of "Antonio Sabato Jr.")."""
    last = len(name) - 1
    while last > 0 and (name[last].lower_ in _GENERATIONS or name[last].text == ","):
        last -= 1
    return name[last]


def _in_complement_of(tok: Token, verb: Token) -> bool:
    """Whether ``tok`` lies in a clause that ``verb`` takes as its complement."""
    for node in tok.ancestors:
        if node.head == verb and node.head != node:
            return node.dep_ in ("ccomp", "parataxis")
    return False


_ARTICLES = frozenset({"the", "a", "an", "this", "that"})
_KIN_COMPARATIVES = frozenset({"younger", "elder", "older"})
# How a mention the article keeps apart from a namesake is resolved; the corpus stage never merges these.
KEPT_APART = "own name"
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG", "NORP"})


def _said(same: list[Mention]) -> str:
    """The gender the subject pronouns after these mentions clearly agree on, or ""."""
    return agreed_gender(m.pronoun for m in same)


def agreed_gender(genders: Iterable[str]) -> str:
    """The gender that pronoun genders ("" for none) agree on at least two to one, or ""."""
    counts = Counter(g for g in genders if g)
    if not counts:
        return ""
    (g, n), = counts.most_common(1)
    return g if n >= 2 * (sum(counts.values()) - n) else ""


def _one_name(c: Cluster) -> bool:
    """Whether its full form is one person's name, not two joined ("Clinton-Sanders", "Clinton,
    Warren"), which is no one's surname or family name; a double first name before a surname
    is one ("Karl-Heinz Rummenigge")."""
    full = [m.text for m in c.mentions if len(m.words) > 1]
    return not any(re.search(r",\s*\w", t) for t in full) and (not _hyphen_after_first(c) or _double_first_name(c))


def _hyphen_after_first(c: Cluster) -> bool:
    """Whether the full form joins its first word to the next with a hyphen."""
    first = re.escape(c.words[0])
    return any(re.match(rf"(?i){first}{DASH_CLASS}", m.text) for m in c.mentions if len(m.words) > 1)


def _double_first_name(c: Cluster) -> bool:
    """Whether the full form opens with two first names joined by a hyphen ("Karl-Heinz
    Rummenigge", "Abdul-Hakim Belhaj"): its first word is a given name, never a family name
    ("a migrant Abdul" is not Abdul-Hakim Belhaj)."""
    return len(c.words) > 2 and is_first_name(c.words[0]) and is_first_name(c.words[1]) and _hyphen_after_first(c)


@dataclass
class _Index:
    """What :func:`_attach` consults: forms seen alone, each written form's entity, the mentions
    of each form, and the forms whose person the article alone does not decide."""

    singles: set[tuple[str, ...]]
    same_form: dict[tuple[str, ...], list[Mention]]
    forms: dict[tuple, Cluster] = field(default_factory=dict)
    undecided: dict[tuple, list[Cluster]] = field(default_factory=dict)


def _topic(clusters: list[tuple[Cluster, str]], same: list[Mention]) -> tuple[tuple[Cluster, str], bool]:
    """Which of several people a bare surname names throughout an article: the one its
    honorifics agree with ("Mrs. Clinton" elsewhere in the text), then the one in the headline,
    then the one the pronouns after it agree with ("Clinton said ... She added"), then the one
    the article names first (its lede's subject), then the one named most in full. "Who is named
    most" gave an article about Hillary Clinton that names Bill in full more often to Bill, and
    an article on Donald Trump's leave plan that names Ivanka Trump in full each time to her:
    writers name the relative in full precisely because the bare surname is someone else. Also
    says whether the evidence decided (else the corpus may: :mod:`analysis.tables.canonical`)."""
    honorifics = Counter(m.hint for m in same if m.hint)
    # the pronouns tell only between people whose genders are known: "Seddique Mir Mateen", whose
    # first name the table lacks, may be the "he" as much as his son Omar
    said = _said(same) if all(p[0].gender for p in clusters) else ""

    def evidence(p: tuple[Cluster, str]) -> tuple:
        g = p[0].gender
        return honorifics[g] if g else 0, p[0].in_headline, bool(g) and g == said

    ranked = sorted(clusters, key=lambda p: (*evidence(p), -p[0].first, p[0].full_count), reverse=True)
    return ranked[0], evidence(ranked[0]) > evidence(ranked[1])


def _attach(clusters: list[Cluster], m: Mention, ix: _Index) -> None:
    """Put ``m`` in its entity; ``ix.forms`` maps each written form (with the gender its
    honorific says) to the one entity that has it."""
    forms, singles = ix.forms, ix.singles
    form = (m.words, m.hint)
    if m.relative:
        # "The younger Paladino" in an article on Carl Paladino is his son: a surname shared in
        # the family names no one the article named in full, and no other mention joins it
        c = Cluster(len(clusters), m.words, m.start, prefix=m.title)
        clusters.append(c)
        m.resolution = f"{KEPT_APART} (a relative)"
        _add(c, m)
        return
    if m.given and (apart := _another_first_name(clusters, m)) is not None:
        m.resolution = f"{KEPT_APART} (another first name)"
        _add(apart, m)
        return
    if form in forms:  # a form the entity already has: joined by the same rule
        c = forms[form]
        m.resolution = next(x.resolution for x in c.mentions if x.words == m.words)
        _add(c, m)
        return
    # A short form of a person. An all-caps word is an acronym, not a surname ("UN" is not
    # "Kim Jong Un"). A bare first word is a family name only where the article never uses the
    # last word alone, and never after an article: "Kim" for Kim Jong Un, but not "Hillary" where
    # it writes "Clinton", nor "the Bill" (a law) for Bill Shorten. A
    # word NER calls a place or body joins only someone whose name starts with a first name or
    # who has a title: "Madrid" is not "Atletico Madrid", "Blinken" is Antony Blinken.
    # (The cheap test of the form comes first: ``label`` counts the cluster's mentions.)
    # On a line in capitals only a short word is taken for an acronym: "MERKEL" is a surname there.
    acronym = _ACRONYM.match(m.text.strip()) is not None and (not m.headline or len(m.words[0]) <= 4)
    people = [] if acronym else [
        (c, how) for c in clusters if (how := _is_short_form(m.words, c.words)) and c.label == "PERSON"
        and _one_name(c) and not _initials_differ(m, c)
        and (how != "family name" or not _double_first_name(c) and c.words[-1:] not in singles
             and not any(x.determined for x in ix.same_form.get(m.words, [])))
        and (m.ner_label not in _PLACE_LABELS or is_first_name(c.words[0]) or any(x.title for x in c.mentions))]
    if people and m.hint:  # "Mrs. Clinton" is not Bill Clinton; "Mrs. Trump" is never Donald Trump
        agree = [p for p in people if p[0].gender == m.hint]
        people = agree or [p for p in people if not p[0].gender]
        if not people:
            c = Cluster(len(clusters), m.words, m.start, prefix=m.title)
            clusters.append(c)
            m.resolution = f"{KEPT_APART} (honorific disagrees)"
            _add(c, m)
            forms[form] = c
            return
    if people:
        if len(people) == 1:
            c, how = people[0]
        else:
            (c, how), decided = _topic(people, ix.same_form.get(m.words, []))
            if not decided:
                ix.undecided[form] = [p[0] for p in people if p[0] is not c]
        m.resolution = how
        _add(c, m)
        forms[form] = c
        return
    # "Mr. Trump" beside a bare "Trump", with no full name in the article: one person.
    same = [c for c in clusters if c.words == m.words and not c.prefix and (not m.hint or c.gender in ("", m.hint))]
    if len(same) == 1 and not acronym:
        c = same[0]
        m.resolution = next(x.resolution for x in c.mentions)
        _add(c, m)
        forms[form] = c
        return
    acronyms = [c for c in clusters if c.label != "PERSON" and acronym_of(m.text.strip(), c.name)
                and _spells_place(m, c)] if acronym else []
    if acronyms:
        m.resolution = "acronym"
        _add(acronyms[0], m)
        forms[form] = acronyms[0]
        return
    c = Cluster(len(clusters), m.words, m.start)
    clusters.append(c)
    _add(c, m)
    forms[form] = c


def _spells_place(m: Mention, c: Cluster) -> bool:
    """Whether an acronym that is a state's short form ("NY") may stand for the name its initials
    spell: only where that name is a place ("NY Attorney General" beside "the New Year" is New
    York's; "Los Angeles (LA)" is still Los Angeles, not Louisiana)."""
    place = place_abbreviations().get(m.text.strip().rstrip("."))
    return place is None or c.name == place or c.label in ("GPE", "LOC")


def _another_first_name(clusters: list[Cluster], m: Mention) -> Cluster | None:
    """The entity of a surname whose first name, which NER left out, no person of that surname
    in the article has ("As Evliya Celebi wrote" in an article on Lagari Hasan Çelebi): the
    same name written so before, or a new one; None where the first name fits or no one shares
    the surname."""
    if m.headline:
        return None  # a headline's capitalised words ("Marine Le Pen Backs Trump And Denounces Clinton")
    namesakes = [c for c in clusters if len(c.words) > 1 and c.words[-1:] == m.words and c.label == "PERSON"]
    # (nor a misspelt first name: "Adbulhadi Yildirim" beside Abdulhadi Yildirim)
    if not namesakes or any(m.given in c.words or SequenceMatcher(None, m.given, c.words[0]).ratio() >= 0.8
                            for c in namesakes):
        return None
    same = next((c for c in clusters if c.words == m.words and any(x.given == m.given for x in c.mentions)), None)
    if same is None:
        same = Cluster(len(clusters), m.words, m.start)
        clusters.append(same)
    return same


def _add(c: Cluster, m: Mention) -> None:
    c.first = min(c.first, m.start)
    c.mentions.append(m)


def _clusters(mentions: list[Mention]) -> tuple[list[Cluster], _Index]:
    """Group mentions into entities, longest forms first so short forms find their full name;
    with the index that says which forms the article left undecided."""
    clusters: list[Cluster] = []
    ix = _Index({m.words for m in mentions if len(m.words) == 1 and not _ACRONYM.match(m.text.strip())}, {})
    for m in mentions:
        ix.same_form.setdefault(m.words, []).append(m)
    for m in sorted(mentions, key=lambda m: (-len(m.words), m.start)):
        if m.words:
            _attach(clusters, m, ix)
    return clusters, ix


def _common_word(tok: Token, lowercase: frozenset[str]) -> bool:
    """A capitalised common word opening a sentence ("Young voters"), not a name."""
    opens = tok.is_sent_start or tok.i > 0 and tok.nbor(-1).is_quote or tok.i > 0 and tok.nbor(-1).is_space
    return opens and tok.pos_ != "PROPN" and (tok.is_stop or tok.lower_ in lowercase)


def _propagate(doc: Doc, clusters: list[Cluster], taken: set[int]) -> None:
    """Occurrences of an entity's name forms that the NER missed, as mentions of that entity."""
    forms: dict[tuple[str, ...], int] = {}
    for c in clusters:
        keys = {tuple(t.lower_ for t in doc[m.start:m.end] if not t.is_space) for m in c.mentions}
        full = next((m for m in c.mentions if len(m.words) > 1), None)
        if c.label == "PERSON" and full is not None and len(doc[full.end - 1]) > 1 \
                and not any(_model_number(w) for w in full.words):
            # the surname, even where the article never uses it alone (not a single letter: the
            # "X" of "MacOS X", tagged a person, is every other "X")
            keys.add((doc[full.end - 1].lower_,))
        for key in keys - {()}:
            # An ambiguous form (two people's surname) is left to the NER.
            forms[key] = -1 if forms.get(key, c.cid) != c.cid else c.cid
    forms = {k: v for k, v in forms.items() if v >= 0}
    if not forms:
        return
    matcher = PhraseMatcher(doc.vocab, attr="LOWER")
    for key, cid in forms.items():
        matcher.add(str(cid), [Doc(doc.vocab, words=list(key))])
    lowercase = lower_case_words(doc)
    for span in filter_spans([Span(doc, s, e, label=i) for i, s, e in matcher(doc)]):
        start, end = span.start, span.end
        if any(i in taken for i in range(start, end)) or not span[0].text[:1].isupper():
            continue
        if len(span) == 1 and _common_word(span[0], lowercase):
            continue
        cluster = clusters[int(span.label_)]
        m = _mention(Span(doc, start, end, label=cluster.label))
        m.ner_label, m.resolution = "", "propagated"
        _add(cluster, m)
        taken.update(range(start, end))


def _is_title_case(line: str) -> bool:
    words = re.findall(r"[^\W\d_][\w'’-]*", line)
    long = [w for w in words if len(w) > 3]
    return len(words) >= 3 and len(long) >= 2 and sum(w[0].isupper() for w in long) >= 0.8 * len(long)


def _resegment(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Cut doubtful spans down to the names the rest of the article uses.

    In a headline every word is capitalised, so the NER's main cue is gone and its spans run
    over verbs and nouns ("Black Lawmakers Rip Donald Trump"); on a line in capitals (a wire
    headline, a results table) nothing but the names the article knows is kept; a span with a lowercase
    content word ("Trump accused Holt") or a line break inside is as doubtful. Names the rest of the article uses
    (and the surnames of its people) are found inside such spans; a span with none of them
    is kept as the NER made it.
    """
    text = doc.text
    lines: dict[int, tuple[bool, bool]] = {}

    def line_of(m: Mention) -> tuple[bool, bool]:
        """(title case or capitals, capitals) of the line ``m`` is on."""
        start = text.rfind("\n", 0, m.start_char) + 1
        if start not in lines:
            end = text.find("\n", m.end_char)
            line = text[start:len(text) if end == -1 else end]
            caps = _is_all_caps(line)
            lines[start] = (caps or _is_title_case(line), caps)
        return lines[start]

    def in_title(m: Mention) -> bool:
        return line_of(m)[0]

    for m in mentions:
        m.headline = in_title(m)

    people = {m.words for m in mentions if m.ner_label == "PERSON" and len(m.words) > 1}
    surnames = {w[-1:] for w in people}
    lowercase = lower_case_words(doc)
    _as_person(doc, mentions, {w[-1:] for w in people if is_first_name(w[0])}, in_title, lowercase)

    def ends_in_surname(m: Mention) -> bool:
        """A non-person span ending in a person's surname ("Washington Post Trump said"), but
        not a mislabelled multi-word surname ("Pacheco Pardo" tagged ORG)."""
        return m.ner_label != "PERSON" and len(m.words) > 1 and m.words[-1:] in surnames and \
            not any(w[-len(m.words):] == m.words for w in people)

    person_names = people | surnames
    # the first and last words of the names in the article ("Seddique Mateen" for "Seddique Mir Mateen")
    first_and_last = {(m.words[0], m.words[-1]) for m in mentions if len(m.words) == 2}
    # words the article uses in lower case or in other names ("wants", "trump" of "Trump Wants")
    words_alone = lowercase | {w for m in mentions for w in m.words if len(m.words) == 1}

    def glued(m: Mention) -> bool:
        """A word that is no first name stuck before a person's name: "Beneath Clinton", "Team
        Clinton"; or two people's names joined by a hyphen: "Obama-Clinton", "Clinton-Sanders"."""
        toks = doc[m.start:m.end]
        if len(toks) < 2 or any(p != m.words and p[-len(m.words):] == m.words for p in people):
            return False  # a multi-word surname: "Pacheco Pardo" of Ramon Pacheco Pardo
        # The rest is someone the article names, or the first word is a word the article uses on
        # its own ("Trump Wants", "Follow Breitbart"): not "Kanye West", whose first name the table lacks.
        rest = name_words(toks[1:].text)
        others = {part for p in people if p != m.words for part in (p, p[-1:], p[:1])}  # "Crooked Hillary"
        own = rest in others or rest in person_names and toks[0].lower_ in words_alone
        if toks[0].whitespace_ and not is_first_name(toks[0].text) and toks[0].lower_ not in PARTICLES \
                and not title_word(toks[0].text) and (own or (
                    len(toks) > 2 and m.ner_label == "PERSON" and toks[1].is_title and is_first_name(toks[1].text)
                    and (toks[0].lower_, m.words[-1]) not in first_and_last)):  # not "Seddique Mir Mateen"
            return True  # "Beneath Clinton", "Billionaire Donald Trump"
        return any(t.text in DASHES for t in toks) and all(name_words(part) in person_names for part in
                                                           re.split(DASH_CLASS, m.text) if part.strip())

    def suspect(m: Mention) -> bool:
        lowercase = any(w.islower() and w not in PARTICLES and w not in STOP_WORDS for w in m.text.split())
        return in_title(m) or lowercase or _across_list_lines(text, m) or ends_in_surname(m) or glued(m)

    doubtful = [m for m in mentions if suspect(m)]
    if not doubtful:
        return mentions
    out = [m for m in mentions if not suspect(m)]
    known = {m.words: m.ner_label for m in out}
    for m in out:
        if m.ner_label == "PERSON" and len(m.words) > 1:
            known.setdefault(m.words[-1:], "PERSON")
    # In a headline, the names the article knows replace whatever the NER made of it there.
    heads = sorted({(text.rfind("\n", 0, m.start_char) + 1, m.start_char) for m in doubtful if in_title(m)})
    found: list[Mention] = []
    for line_start in dict.fromkeys(start for start, _ in heads):
        end = text.find("\n", line_start)
        line = doc.char_span(line_start, len(text) if end == -1 else end, alignment_mode="expand")
        if line is not None:
            found += _known_pieces(doc, line.start, line.end, known)
    taken = {i for m in found for i in range(m.start, m.end)}
    out += found
    for m in doubtful:
        if any(i in taken for i in range(m.start, m.end)):
            continue
        if line_of(m)[1] and m.words not in known:
            continue  # an all-capitals line (a wire headline, a results table): only names the text knows
        if m.words in known or len(m.words) < 2:
            out.append(m)
            continue
        pieces = _known_pieces(doc, m.start, m.end, known)
        if not pieces and in_title(m) and m.ner_label == "PERSON" and any(w in lowercase for w in m.words) \
                and not is_first_name(doc[m.start].text):
            continue  # "Vice President Attends Christmas Eve Celebration": headline words, no one named
        out.extend(pieces or [m])
    for m in out:  # the pieces cut from doubtful spans too
        m.headline = in_title(m)
    return out


def _as_person(doc: Doc, mentions: list[Mention], surnames: set[tuple[str, ...]],
               in_title: Callable[[Mention], bool], lowercase: frozenset[str]) -> None:
    """Relabel as a person a name NER gave another label that ends in the surname of a person the
    article names in full with a first name, where its other words are capitalised words the
    article uses in no other name, the first of them a first name or, in another mention, the
    first word before that surname ("Seddique Mir Mateen" tagged a work of art, beside "his son,
    Omar Mateen" and "I, Seddique Mateen"; "Maya Rockeymoore Cummings" tagged a body, beside
    "Elijah Eugene Cummings"); not "Washington Post Trump", whose other words name a newspaper."""
    candidates = [m for m in mentions if m.ner_label != "PERSON" and 2 <= len(m.words) <= 4
                  and m.words[-1:] in surnames and not in_title(m)]
    if not candidates:
        return
    firsts: dict[tuple[str, str], set[tuple[str, ...]]] = {}
    for o in mentions:
        if len(o.words) > 1:
            firsts.setdefault((o.words[0], o.words[-1]), set()).add(o.words)
    # Other names whose words say nothing of a first name's use: a quoted title ("Citizen Carly", a
    # documentary about Carly Fiorina) and a name in capitals, whose label NER guessed without case
    # ("CARLY for America", her super PAC, tagged a place).
    marks = quotations(doc)

    def quoted_whole(o: Mention, slack: int) -> bool:
        """Whether the mention is all of a quote, but for ``slack`` characters (marks, a comma)."""
        return any(q.start <= o.start_char and o.end_char <= q.end and q.end - q.start - len(o.text) <= slack
                   for q in marks)

    unreliable = {id(o) for o in mentions if o.text.isupper() or quoted_whole(o, 4)}
    for m in candidates:
        if quoted_whole(m, 6):
            continue  # a quoted title, all of it: "''Francesco Excommunicates Trump,'' declared La Stampa"
        others = {w for o in mentions if o.ner_label != "PERSON" and o.words[-1:] != m.words[-1:]
                  and id(o) not in unreliable for w in o.words}
        given = [t for t in doc[m.start:m.end - 1] if not t.is_space]
        if given and all(t.is_alpha and t.text[:1].isupper() and not title_word(t.text)
                         and t.lower_ not in lowercase and t.lower_ not in others for t in given) \
                and (is_first_name(given[0].text) or firsts.get((given[0].lower_, m.words[-1]), set()) - {m.words}):
            m.ner_label = "PERSON"


def _across_list_lines(text: str, m: Mention) -> bool:
    """A span across a line break amid lines that each start with a capital: a list of captions
    or headlines, each cut at a fixed width ("... Prime Minister Matteo" / "Obama and ..." is no
    "Matteo Obama"), where hard-wrapped prose runs on in lower case."""
    if "\n" not in m.text:
        return False
    before = text[:m.start_char].split("\n")[-4:]
    after = text[m.end_char:].split("\n")[1:4]
    near = [line for line in before + after if line.strip()]
    return len(near) >= 4 and all(line[:1].isupper() for line in near)


def _is_all_caps(line: str) -> bool:
    """A line in capitals ("GERMANY - BUNDS EASE", "MANCHESTER UNITED 2 EVERTON 1"), where NER has
    no case to go by."""
    words = re.findall(r"[^\W\d_]{2,}", line)
    return len(words) >= 2 and all(w.isupper() for w in words)


def _known_pieces(doc: Doc, start: int, end: int, known: dict[tuple[str, ...], str]) -> list[Mention]:
    """Greedy longest occurrences of known name forms between tokens ``start`` and ``end``."""
    pieces, i = [], start
    while i < end:
        for j in range(min(end, i + 8), i, -1):
            last = doc[j - 1]
            if last.text in DASHES or last.lower_ in POSSESSIVES or last.is_space or last.is_punct:
                continue  # a name ends on a word: not on "'s", a dash, "?" or a CRLF line's end
            words = name_words(doc[i:j].text)
            if words and words in known and doc[i].text[:1].isupper():
                pieces.append(_mention(Span(doc, i, j, label=known[words])))
                i = j
                break
        else:
            i += 1
    return pieces


def _the_title(ent: Span) -> bool:
    """A title alone after "the", tagged a body or a place ("the Premier said"): a description of
    someone, not a name."""
    return len(ent) == 1 and ent.label_ != "PERSON" and ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the" \
        and title_word(ent.text) is not None


def _numbered_label(ent: Span) -> bool:
    """A short word before "." and a section number ("Sec. 107", "SEC. 2."): a label in a legal
    text, which NER tags a body or a person, not a name."""
    end = ent.end
    if len(ent) != 1 or len(ent.text.rstrip(".")) > 4:
        return False
    if not ent.text.endswith("."):
        if end >= len(ent.doc) or ent.doc[end].text != "." or ent.doc[end - 1].whitespace_:
            return False
        end += 1
    return end < len(ent.doc) and re.fullmatch(r"\d{1,3}[a-z]?", ent.doc[end].text) is not None


def doc_entities(doc: Doc) -> list[EntityRecord]:
    """One record per name mention in ``doc``, with its in-document entity.

    Keys: start_char, end_char, text, ner_label, label, local_name, cluster, resolution,
    cluster_words (the entity's comparable full form, for cross-document merging).
    """
    mentions = _resegment(doc, [_mention(e) for e in doc.ents if e.label_ in NAME_LABELS
                                and not _the_title(e) and not _numbered_label(e)])
    clusters, ix = _clusters(mentions)
    taken = {i for m in mentions for i in range(m.start, m.end)}
    _propagate(doc, clusters, taken)
    rows = []
    longer = Counter(w for c in clusters if len(c.words) > 1 and c.label != "PERSON"
                     for m in c.mentions for w in set(c.words))
    for c in clusters:
        label, name, words = c.label, c.name, " ".join(c.canonical_words)
        # What a one-word entity shows of being a person, for merging it with a person named in
        # full in other articles: the titles before it and the gender they and its pronouns say.
        titled = sorted({m.title for m in c.mentions if m.title})
        evidence = {"cluster_titles": " ".join(titled), "cluster_gender": c.gender or _said(c.mentions),
                    # mostly part of a longer name here: "Fox" beside "Fox News"
                    "in_longer_name": len(c.words) == 1 and 2 * longer[c.words[0]] >= len(c.mentions)}
        for m in c.mentions:
            # (none for a name the article kept apart: "the elder Murdoch" is neither son)
            others = [] if m.resolution.startswith(KEPT_APART) else ix.undecided.get((m.words, m.hint), [])
            rows.append({"start_char": m.start_char, "end_char": m.end_char, "text": m.text,
                         "ner_label": m.ner_label, "label": label, "local_name": name, "cluster": c.cid,
                         "resolution": m.resolution, "cluster_words": words, **evidence,
                         # the other people this bare name may be, where the article does not say
                         "ambiguous_with": "|".join(" ".join(o.canonical_words) for o in others)})
    rows.sort(key=lambda r: r["start_char"])
    return rows

"""Named-entity mentions of one parsed document, each resolved to the entity it names there.

News introduces a person or body once by full name and then shortens it. Within one
document this module groups mentions the way a reader does:

* a full name is the longest form ("Leif-Eric Easley", "Korean Central News Agency");
* a shorter form joins the full name it is part of: a surname or multi-word surname
  ("Easley", "Pacheco Pardo"), a family name written first ("Kim", "Lin"), a name without
  its middle part ("Hillary Clinton" -> "Hillary Rodham Clinton"), or an acronym of the
  full name ("KCNA"). When several people share the short form ("Kim Jong Un", "Kim Yo
  Jong"), it goes to the one the article names most often, then the one named first:
  relatives and namesakes are the ones journalists keep naming in full;
* a short form only joins people; a person's full name never joins a place that starts
  with the same word ("Kim Il Sung Sq." is a FAC);
* occurrences of a person's name that the statistical NER missed ("anti-Trump", a
  title line) are found with a ``PhraseMatcher`` and added as ``propagated`` mentions;
* every mention takes the label of its entity (a surname tagged GPE after the full
  PERSON name is a PERSON).

Cross-document merging and aliases are the next step (:mod:`analysis.canonical`).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from .pipeline import HONORIFICS, NAME_LABELS, PARTICLES

_ACRONYM_SKIP = frozenset({"of", "the", "and", "for", "&", "in", "on", "to", "'s", "’s"})
_ACRONYM = re.compile(r"^(?:[A-Z]\.?){2,7}$")


def name_words(text: str) -> tuple[str, ...]:
    """Comparable words of a name: case, accents, hyphens, dots, honorifics and initials ignored."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"['’]s?$", "", text.strip())
    words = [w.strip(".,") for w in re.split(r"[\s\-‐–]+", text) if w.strip(".,")]
    words = [w for w in words if w not in HONORIFICS and w.rstrip(".") not in HONORIFICS]
    if len(words) > 2:  # "Donald J. Trump" is "Donald Trump"
        words = [w for w in words if len(w.rstrip(".")) > 1] or words
    if words and words[0] == "the":
        words = words[1:]
    return tuple(w.replace(".", "") for w in words)


def display_name(text: str) -> str:
    """A mention's text as a name: one line, no leading 'the', no possessive."""
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"^the\s+", "", text, flags=re.I)
    return re.sub(r"['’]s?$", "", text).strip()


def acronym_of(short: str, full: str) -> bool:
    """Is ``short`` ("KCNA", "U.N.") the initials of ``full`` ("Korean Central News Agency")?"""
    if not _ACRONYM.match(short):
        return False
    letters = short.replace(".", "")
    words = [w for w in re.split(r"[\s\-]+", full) if w and w.casefold() not in _ACRONYM_SKIP]
    if len(words) < 2:
        return False
    initials = "".join(w[0] for w in words).upper()
    with_skipped = "".join(w[0] for w in re.split(r"[\s\-]+", full) if w and w not in ("'s", "’s")).upper()
    return letters in (initials, with_skipped)


def pick_name(forms: Counter) -> str:
    """The commonest written form, mixed case before all caps ("Seoul", not "SEOUL"), longest on ties."""
    return max(forms, key=lambda f: (not f.isupper(), forms[f], len(f)))


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


@dataclass
class Cluster:
    """One entity of one document: its full form and the mentions that name it."""

    cid: int
    words: tuple[str, ...]
    first: int
    mentions: list[Mention] = field(default_factory=list)

    @property
    def full_count(self) -> int:
        """Mentions by a full (multi-word) form: how prominent the entity is in the article."""
        return sum(1 for m in self.mentions if len(m.words) > 1 or m.words == self.words)

    @property
    def canonical_words(self) -> tuple[str, ...]:
        """The commonest multi-word form, the longest on ties: "Hillary Clinton" rather than a
        one-off "Crooked Hillary Clinton", but "Ramon Pacheco Pardo" over "Pacheco Pardo"."""
        forms = Counter(m.words for m in self.mentions if len(m.words) > 1)
        return max(forms, key=lambda w: (forms[w], len(w))) if forms else self.words

    @property
    def name(self) -> str:
        """The commonest written canonical form."""
        words = self.canonical_words
        return pick_name(Counter(display_name(m.text) for m in self.mentions if m.words == words))

    @property
    def label(self) -> str:
        """Majority label of the canonical-form mentions (of all mentions when none has one)."""
        words = self.canonical_words
        return pick_label(Counter(m.ner_label for m in self.mentions if m.words == words and m.ner_label)
                          or Counter(m.ner_label or "PERSON" for m in self.mentions))


def _is_short_form(short: tuple[str, ...], full: tuple[str, ...]) -> str:
    """How ``short`` names the person ``full``: 'surname', 'family name', 'shortened', or ''."""
    if len(short) >= len(full) or not short:
        return ""
    if full[-len(short):] == short:
        return "surname"
    if len(short) == 1 and full[0] == short[0]:
        return "family name"
    it = iter(full)
    if short[0] == full[0] and short[-1] == full[-1] and all(w in it for w in short):
        return "shortened"
    return ""


def _mention(span: Span) -> Mention:
    return Mention(span.start, span.end, span.start_char, span.end_char, span.text, span.label_,
                   name_words(span.text))


def _attach(clusters: list[Cluster], m: Mention, singles: set[tuple[str, ...]],
            forms: dict[tuple[str, ...], Cluster]) -> None:
    """Put ``m`` in its entity; ``forms`` maps each written form to the one entity that has it."""
    if m.words in forms:  # a form the entity already has: joined by the same rule
        c = forms[m.words]
        m.resolution = next(x.resolution for x in c.mentions if x.words == m.words)
        _add(c, m)
        return
    # A short form of a person: the most-named candidate, then the first named. An
    # all-caps word is an acronym, not a surname ("UN" is not "Kim Jong Un").
    acronym = _ACRONYM.match(m.text.strip()) is not None
    # A bare first word is a family name only where the article never uses the last word
    # alone: "Kim" for Kim Jong Un, but not "Hillary" where it writes "Clinton".
    # (The cheap test of the form comes first: ``label`` counts the cluster's mentions.)
    people = [] if acronym else [
        (c, how) for c in clusters if (how := _is_short_form(m.words, c.words)) and c.label == "PERSON"
        and (how != "family name" or c.words[-1:] not in singles)]
    if people:
        c, how = max(people, key=lambda p: (p[0].full_count, -p[0].first))
        m.resolution = how
        _add(c, m)
        forms[m.words] = c
        return
    acronyms = [c for c in clusters if c.label != "PERSON" and acronym_of(m.text.strip(), c.name)] if acronym else []
    if acronyms:
        m.resolution = "acronym"
        _add(acronyms[0], m)
        forms[m.words] = acronyms[0]
        return
    c = Cluster(len(clusters), m.words, m.start)
    clusters.append(c)
    _add(c, m)
    forms[m.words] = c


def _add(c: Cluster, m: Mention) -> None:
    c.first = min(c.first, m.start)
    c.mentions.append(m)


def cluster_mentions(mentions: list[Mention]) -> list[Cluster]:
    """Group mentions into entities, longest forms first so short forms find their full name."""
    clusters: list[Cluster] = []
    singles = {m.words for m in mentions if len(m.words) == 1 and not _ACRONYM.match(m.text.strip())}
    forms: dict[tuple[str, ...], Cluster] = {}
    for m in sorted(mentions, key=lambda m: (-len(m.words), m.start)):
        if m.words:
            _attach(clusters, m, singles, forms)
    return clusters


def _common_word(tok: Token, lowercase: set[str]) -> bool:
    """A capitalised common word opening a sentence ("Young voters"), not a name."""
    opens = tok.is_sent_start or tok.i > 0 and tok.nbor(-1).is_quote or tok.i > 0 and tok.nbor(-1).is_space
    return opens and tok.pos_ != "PROPN" and (tok.is_stop or tok.lower_ in lowercase)


def _propagate(doc: Doc, clusters: list[Cluster], taken: set[int]) -> None:
    """Occurrences of an entity's name forms that the NER missed, as mentions of that entity."""
    forms: dict[tuple[str, ...], int] = {}
    for c in clusters:
        keys = {tuple(t.lower_ for t in doc[m.start:m.end] if not t.is_space) for m in c.mentions}
        if c.label == "PERSON" and len(c.words) > 1:
            # the surname, even where the article never uses it alone
            full = next(m for m in c.mentions if len(m.words) > 1)
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
    lowercase = {t.text for t in doc if t.is_lower}
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
    over verbs and nouns ("Black Lawmakers Rip Donald Trump"); a span with a lowercase
    content word ("Trump accused Holt") is as doubtful. Names the rest of the article uses
    (and the surnames of its people) are found inside such spans; a span with none of them
    is kept as the NER made it.
    """
    text = doc.text
    lines: dict[int, bool] = {}

    def in_title(m: Mention) -> bool:
        start = text.rfind("\n", 0, m.start_char) + 1
        if start not in lines:
            end = text.find("\n", m.end_char)
            lines[start] = _is_title_case(text[start:len(text) if end == -1 else end])
        return lines[start]

    people = {m.words for m in mentions if m.ner_label == "PERSON" and len(m.words) > 1}
    surnames = {w[-1:] for w in people}

    def ends_in_surname(m: Mention) -> bool:
        """A non-person span ending in a person's surname ("Washington Post Trump said"), but
        not a mislabelled multi-word surname ("Pacheco Pardo" tagged ORG)."""
        return m.ner_label != "PERSON" and len(m.words) > 1 and m.words[-1:] in surnames and \
            not any(w[-len(m.words):] == m.words for w in people)

    def suspect(m: Mention) -> bool:
        return in_title(m) or any(w.islower() and w not in PARTICLES and w not in STOP_WORDS
                                   for w in m.text.split()) or ends_in_surname(m)

    doubtful = [m for m in mentions if suspect(m)]
    if not doubtful:
        return mentions
    out = [m for m in mentions if not suspect(m)]
    known = {m.words: m.ner_label for m in out}
    for m in out:
        if m.ner_label == "PERSON" and len(m.words) > 1:
            known.setdefault(m.words[-1:], "PERSON")
    # In a headline, the names the article knows replace whatever the NER made of it there.
    lines = sorted({(text.rfind("\n", 0, m.start_char) + 1, m.start_char) for m in doubtful if in_title(m)})
    found: list[Mention] = []
    for line_start in dict.fromkeys(start for start, _ in lines):
        end = text.find("\n", line_start)
        line = doc.char_span(line_start, len(text) if end == -1 else end, alignment_mode="expand")
        if line is not None:
            found += _known_pieces(doc, line.start, line.end, known)
    taken = {i for m in found for i in range(m.start, m.end)}
    out += found
    for m in doubtful:
        if any(i in taken for i in range(m.start, m.end)):
            continue
        if m.words in known or len(m.words) < 2:
            out.append(m)
            continue
        out.extend(_known_pieces(doc, m.start, m.end, known) or [m])
    return out


def _known_pieces(doc: Doc, start: int, end: int, known: dict[tuple[str, ...], str]) -> list[Mention]:
    """Greedy longest occurrences of known name forms between tokens ``start`` and ``end``."""
    pieces, i = [], start
    while i < end:
        for j in range(min(end, i + 8), i, -1):
            words = name_words(doc[i:j].text)
            if words and words in known and doc[i].text[:1].isupper():
                pieces.append(_mention(Span(doc, i, j, label=known[words])))
                i = j
                break
        else:
            i += 1
    return pieces


def doc_entities(doc: Doc) -> list[dict]:
    """One record per name mention in ``doc``, with its in-document entity.

    Keys: start_char, end_char, text, ner_label, label, local_name, cluster, resolution,
    cluster_words (the entity's comparable full form, for cross-document merging).
    """
    mentions = _resegment(doc, [_mention(e) for e in doc.ents if e.label_ in NAME_LABELS])
    clusters = cluster_mentions(mentions)
    taken = {i for m in mentions for i in range(m.start, m.end)}
    _propagate(doc, clusters, taken)
    rows = []
    for c in clusters:
        label, name, words = c.label, c.name, " ".join(c.canonical_words)
        for m in c.mentions:
            rows.append({"start_char": m.start_char, "end_char": m.end_char, "text": m.text,
                         "ner_label": m.ner_label, "label": label, "local_name": name, "cluster": c.cid,
                         "resolution": m.resolution, "cluster_words": words})
    rows.sort(key=lambda r: r["start_char"])
    return rows

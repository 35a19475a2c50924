"""Merge the per-document entities of a corpus under one canonical name each.

Per document, :mod:`analysis.extract.entities` already grouped short forms with full names.
Across documents a group merges with another when

1. their comparable forms are equal ("Kim Jong-un" and "Kim Jong Un");
2. an alias table maps them to one name: a small built-in table of common variants
   (``data/aliases.csv``: U.S./US/USA, U.N./UN, DPRK/North Korea, ...) overlaid by the
   user's own CSV (``alias,canonical``);
3. an acronym was introduced next to its expansion in some document and stands alone,
   written as an acronym, in another ("KCNA" -> Korean Central News Agency), when only one
   expansion is known;
4. a full name differs only by a middle name or a misspelt first name, or a body's name by
   its generic last word where some article uses both ("Labour", "Labour Party");
5. a one-word name is the surname (or, for names written family name first, the family
   name) of the one person the corpus names in full with it, **and its own article shows it
   is that person**: a title, the company of that person's articles, or a corpus where the
   name nearly always is that person wherever an article tells. A dominant person alone is
   no evidence: it joined "Fox" the network to Liam Fox and "the West" to Kanye West.

Before that, bare surnames an article left open between namesakes go to the one the corpus
names most, and a full name the corpus writes with different middle initials ("George W.
Bush", "George H. W. Bush") is as many people. Each row records how it was merged
(``merged_by``) so the notebook can show the audit; ``refers_to`` links bodies named after a
person to that person.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from importlib.resources import files
from pathlib import Path

import numpy as np
import pandas as pd

from analysis.extract.entities import KEPT_APART, acronym_of, middle_initials, name_words, pick_label, pick_name
from analysis.extract.gender import first_name_gender, is_first_name, titles
from analysis.lexicon import BODY_WORDS


class AliasError(Exception):
    """The user's alias file cannot be used; the message is one line."""


def read_aliases(path: str | Path | None = None) -> dict[tuple[str, ...], str]:
    """Built-in aliases, overlaid by the user's CSV with columns ``alias,canonical``."""
    tables = [pd.read_csv(files("analysis") / "data" / "aliases.csv", dtype=str, keep_default_na=False)]
    if path:
        path = Path(path).expanduser()
        if not path.is_file():
            raise AliasError(f"alias file not found: {path}")
        try:
            user = pd.read_csv(path, dtype=str, keep_default_na=False, sep=None, engine="python")
        except (ValueError, pd.errors.ParserError, UnicodeDecodeError) as e:
            raise AliasError(f"cannot read alias file {path}: {str(e).splitlines()[0]}") from None
        if not {"alias", "canonical"} <= set(user.columns):
            raise AliasError(f"alias file {path} needs columns alias,canonical (has {', '.join(user.columns)})")
        tables.append(user)
    aliases: dict[tuple[str, ...], str] = {}
    for table in tables:
        for alias, canonical in zip(table["alias"], table["canonical"]):
            if alias.strip() and canonical.strip():
                aliases[name_words(alias)] = canonical.strip()
                aliases.setdefault(name_words(canonical), canonical.strip())
    return aliases


def canonicalise(ents: pd.DataFrame, aliases: dict[tuple[str, ...], str] | None = None) -> pd.DataFrame:
    """Add ``entity`` (canonical name) and ``merged_by``, and set ``label`` to the entity's label."""
    aliases = read_aliases() if aliases is None else aliases
    out = ents.copy()
    if out.empty:
        return out.assign(entity=pd.Series(dtype=str), merged_by=pd.Series(dtype=str), refers_to=pd.Series(dtype=str))
    _prominent_namesakes(out)
    words = out["cluster_words"].map(lambda w: tuple(w.split(" ")))
    key = _apart_by_initials(out, words)
    merged_by = pd.Series("", index=out.index, dtype=object)
    fixed: dict[tuple[str, ...], str] = {}  # group key -> canonical name from the alias table

    # An acronym its article read by initials alone as a name unlike the one the alias table
    # gives it is the alias's: "EU" after "Eastern Ukraine", "U.S." after a heading's
    # "Unbearable Slowness" (but "DNC" after "Democratic National Convention" stays the
    # convention, a name sharing words with the table's "Democratic National Committee").
    chance = pd.Series([how == "acronym" and _acronym_shaped(text) and (alias := name_words(text)) in aliases
                        and not set(w) & set(name_words(aliases[alias]))
                        for how, text, w in zip(out["resolution"], out["text"], words)], index=out.index)
    words[chance] = out.loc[chance, "text"].map(name_words)
    # (an acronym's alias only for a form written in capitals: "About Us", "Contact Us" are no
    # United States)
    in_alias = pd.Series([w in aliases and (any(t.isupper() for t in text.split())
                                            or not acronym_of(w[0].upper(), aliases[w]))
                          for w, text in zip(words, out["text"])], index=out.index)
    key[in_alias] = words[in_alias].map(lambda w: name_words(aliases[w]))
    merged_by[in_alias & (key != words)] = "alias"
    for w in words[in_alias]:
        fixed[name_words(aliases[w])] = aliases[w]

    # Acronyms introduced next to their expansion somewhere in the corpus, standing alone written
    # as an acronym ("Us" in "By Us for Us" is no "US", "Chalmette, La." no "LA").
    acr = out[out["resolution"] == "acronym"]
    expansions: dict[tuple[str, ...], set] = defaultdict(set)
    for text, k in zip(acr["text"], key[acr.index]):
        expansions[name_words(text)].add(k)
    lone = key.map(lambda k: len(expansions.get(k, ())) == 1 and len(k) == 1) & out["text"].map(_acronym_shaped)
    key[lone] = key[lone].map(lambda k: next(iter(expansions[k])))
    merged_by[lone] = "acronym"

    # Full names with and without middle names ("Hillary Rodham Clinton", "Hillary Clinton").
    label_of = out["label"]
    person_keys = set(k for k, lab in zip(key, label_of) if lab == "PERSON" and len(k) > 1)
    short = {k: (k[0], k[-1]) for k in person_keys if len(k) > 2 and (k[0], k[-1]) in person_keys
             and k[0] not in titles() and all(len(w) > 2 and re.search("[aeiouy]", w) for w in k[1:-1])}
    hit = key.map(lambda k: k in short).astype(bool)
    key[hit] = key[hit].map(short)
    merged_by[hit] = "middle name"

    # A misspelt first name ("Hilary Clinton" beside 300 "Hillary Clinton"): one letter apart,
    # the same surname, and the other spelling at least ten times as common.
    counts = Counter(k for k in key if k in person_keys)
    by_surname: dict[str, list] = defaultdict(list)
    for k in counts:
        if len(k) == 2:
            by_surname[k[-1]].append(k)
    typo = {}
    for ks in by_surname.values():
        for k in ks:
            common = [o for o in ks if o != k and counts[o] >= 10 * counts[k] and len(k[0]) >= 4
                      and _one_edit(k[0], o[0])]
            if len(common) == 1:
                typo[k] = common[0]
    hit = key.map(lambda k: k in typo).astype(bool)
    key[hit] = key[hit].map(typo)
    merged_by[hit] = "spelling"

    # "Labour" and "Labour Party": a body named with and without its generic last word, where
    # some article uses both (so they co-refer there), for the mentions tagged as a body.
    bodies = {k for k, lab in zip(key, label_of) if lab == "ORG"}
    generic = {k[:-1]: k for k in bodies if len(k) > 1 and k[-1] in BODY_WORDS}
    by_doc: dict[str, set] = defaultdict(set)
    for doc, k in zip(out["doc_id"], key):
        by_doc[doc].add(k)
    together = {short for short, full in generic.items() if any(short in ks and full in ks for ks in by_doc.values())}
    hit = key.map(lambda k: k in together).astype(bool) & (label_of == "ORG")
    key[hit] = key[hit].map(generic)
    merged_by[hit] = "body name"

    surnames = _surname_merges(out, key, fixed)  # row position -> the person's key
    if surnames:
        at = key.index[list(surnames)]
        key[at] = pd.Series(list(surnames.values()), index=at, dtype=object)
        merged_by[at] = "surname across corpus"
    out["merged_by"] = merged_by
    out["_key"] = key
    is_full = out["_key"] == words
    # a group's own written names decide its display name; one only reached by merges uses theirs
    full_names: dict[tuple, Counter] = defaultdict(Counter)
    any_names: dict[tuple, Counter] = defaultdict(Counter)
    for (k, name, full), n in out.groupby(["_key", "local_name", is_full.rename("full")]).size().items():
        (full_names if full else any_names)[k][name] += n
    labels: dict[tuple, Counter] = defaultdict(Counter)
    for (k, label), n in out.groupby(["_key", "label"]).size().items():
        labels[k][label] += n
    entity = {k: fixed.get(k) or pick_name(full_names.get(k) or any_names[k]) for k in labels}
    label = {k: pick_label(c) for k, c in labels.items()}
    out["entity"] = out["_key"].map(entity)
    out["label"] = out["_key"].map(label)
    out["refers_to"] = _refers_to(out)
    return out.drop(columns="_key")


def _acronym_shaped(text: str) -> bool:
    """Whether a name is written as an acronym: in capitals ("FBI", "the F.B.I."), or as a word of
    four letters or more ("Nafta", as The Times writes it); not a short word or abbreviation
    ("Us", "La.")."""
    word = re.sub(r"^the\s+", "", text.strip(), flags=re.IGNORECASE)
    letters = [c for c in word if c.isalpha()]
    return bool(letters) and (all(c.isupper() for c in letters) or len(letters) >= 4 and word.isalpha())


def _apart_by_initials(out: pd.DataFrame, words: pd.Series) -> pd.Series:
    """Each group's key, with the middle initials its article wrote where the corpus writes one
    name with different ones: "George W. Bush", "George H. W. Bush" and "George P. Bush" all read
    as George Bush. "Donald J. Trump" beside "Donald Trump" keeps one key, and a name written
    without initials keeps the shared one, since it does not say which of them it is."""
    initials = out["local_name"].map(middle_initials)
    person = out["label"].eq("PERSON") & words.map(len).ge(2) & initials.ne("")
    kinds: dict[tuple[str, ...], set] = defaultdict(set)
    for w, i in zip(words[person], initials[person]):
        kinds[w].add(i)
    hit = person & words.map(lambda w: len(kinds.get(w, ())) > 1).astype(bool)
    key = words.copy()
    key[hit] = pd.Series([(w[0], i.lower(), *w[1:]) for w, i in zip(words[hit], initials[hit])],
                         index=key.index[hit], dtype=object)
    return key


def _prominent_namesakes(out: pd.DataFrame) -> None:
    """Bare surnames their article leaves open between namesakes ("Trump" in a story naming Donald
    and Ivanka Trump in full, with no honorific, headline or pronoun to tell) go to the one the
    corpus names far more (twice as often), in place: journalists write the bare surname for the
    prominent one and name relatives in full. Where the corpus names someone else of that name far
    more than any of them, the surname is left open for the corpus-wide merge to weigh: a satire
    naming Michelle, Sasha and Malia Obama in full still means Barack by "President Obama"."""
    if "ambiguous_with" not in out or not out["ambiguous_with"].astype(bool).any():
        return
    named = Counter(out["cluster_words"])
    # how widely known: the number of articles naming each one
    known = Counter(w for _, w in set(zip(out["doc_id"], out["cluster_words"])))
    # the most widely known person of each surname (-1) and each first name (0)
    widest: dict[tuple[int, str], str] = {}
    for w in dict.fromkeys(w for w, lab in zip(out["cluster_words"], out["label"]) if lab == "PERSON" and " " in w):
        for place in (-1, 0):
            key = (place, w.split(" ")[place])
            if key not in widest or known[w] > known[widest[key]]:
                widest[key] = w
    local = {(d, w): n for d, w, n in zip(out["doc_id"], out["cluster_words"], out["local_name"])}
    for i in np.flatnonzero(out["ambiguous_with"].astype(bool).to_numpy()):
        row = out.index[i]
        own = out.at[row, "cluster_words"]
        candidates = [own, *out.at[row, "ambiguous_with"].split("|")]
        best = max(candidates[1:], key=lambda w: named[w])
        # the name they share, in the same place in each: a surname, or a first name
        place = next((p for p in (-1, 0) if len({c.split(" ")[p] for c in candidates}) == 1), None)
        shared = candidates[0].split(" ")[place] if place is not None else ""
        top = widest.get((place, shared), own)
        if top not in candidates and known[top] >= 2 * max(known[c] for c in candidates):
            out.at[row, "cluster_words"] = shared
            out.at[row, "local_name"] = out.at[row, "text"]
            out.at[row, "resolution"] = "surname: open, another namesake named more"
        elif named[best] >= 2 * named[own]:
            out.at[row, "cluster_words"] = best
            out.at[row, "local_name"] = local.get((out.at[row, "doc_id"], best), out.at[row, "local_name"])
            out.at[row, "resolution"] = "surname: the corpus's most named"


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` becomes ``b`` by adding, dropping or changing one letter."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))

# A one-word name with one of these labels is a place, body, event or work, never a person's
# surname, unless its own article shows otherwise ("Fox" the network, "the West", "The Hague").
_NOT_PEOPLE = frozenset({"ORG", "GPE", "LOC", "FAC", "EVENT", "WORK_OF_ART", "NORP", "PRODUCT", "LAW"})


def _surname_merges(out: pd.DataFrame, key: pd.Series, fixed: dict) -> dict[int, tuple[str, ...]]:
    """Which rows of one-word names go to a person named in full elsewhere in the corpus: the
    one dominant person with that surname (or family name written first: "Kim" for Kim Jong
    Un), and only where the row's own article shows it is that person. Without the full name in
    the article, that takes a person's title before the name ("Mr", "President", "Defence
    Secretary") whose gender, and that of the pronouns after it, does not contradict the
    person's; never a word its article calls a place or body, or uses inside a longer name.
    A dominant person alone joined "Fox" to Liam Fox and "the West" to Kanye West."""
    label_of = out["label"]
    person_full = Counter(k for k, lab in zip(key, label_of) if lab == "PERSON" and len(k) > 1
                          and k[0] not in titles())
    # A first word alone stands for the person where the corpus mostly uses it so ("Kim"),
    # not where it mostly stands apart from the full name ("Hillary" beside "Clinton").
    family_uses = Counter(key[out["resolution"] == "family name"])
    alone = Counter(k for k in key if len(k) == 1)
    family_first = {k for k, n in family_uses.items() if n > alone[k[:1]]}
    by_word: dict[str, Counter] = defaultdict(Counter)
    for k, n in person_full.items():
        if is_first_name(k[0]):  # a person's name, not "Crooked Hillary" or a glued headline word
            by_word[k[-1]][k] += n
        if k in family_first:  # "Kim" alone is Kim Jong Un; "Hillary" alone is left as written
            by_word[k[0]][k] += n
    genders: dict[tuple, Counter] = defaultdict(Counter)
    for k, g in zip(key, out["cluster_gender"] if "cluster_gender" in out else [""] * len(out)):
        if g and len(k) > 1:
            genders[k][g] += 1
    target: dict[tuple[str, ...], tuple[tuple[str, ...], str]] = {}
    for k in {k for k in key if len(k) == 1 and k not in fixed and k[0] in by_word}:
        cands = by_word[k[0]]
        (best, n), rest = cands.most_common(1)[0], sum(cands.values()) - cands.most_common(1)[0][1]
        if n > rest:
            g = genders[best].most_common(1)[0][0] if genders[best] else first_name_gender(best[0])
            target[k] = (best, g)
    if not target:
        return {}
    cols = {c: out[c] if c in out else pd.Series("", index=out.index)
            for c in ("cluster_titles", "cluster_gender", "in_longer_name")}
    context = _Context(out["doc_id"], key, {best for best, _ in target.values()})
    usual = _usual_reading(out, key, target)
    merges = {}
    # (not a name its article kept apart: "the younger Paladino" in an article on Carl Paladino)
    apart = out["resolution"].astype(str).str.startswith(KEPT_APART)
    for i, (doc, k, lab, titled, gender, inside, own) in enumerate(zip(out["doc_id"], key, label_of,
                                                                       cols["cluster_titles"], cols["cluster_gender"],
                                                                       cols["in_longer_name"], apart)):
        if k not in target or inside is True or own or lab in _NOT_PEOPLE and not (lab == "ORG" and k in usual):
            continue
        best, g = target[k]
        said = {titles().get(t, "") for t in str(titled).split()} | {gender} - {""}
        if g and said - {"", g}:
            continue  # "Mrs. Trump", or "Trump ... she": not Donald Trump
        share = context.shared(doc, k, best)
        if share >= CONTEXT_SHARE or titled and share >= TITLED_CONTEXT_SHARE or k in usual:
            merges[i] = best
    return merges


def _usual_reading(out: pd.DataFrame, key: pd.Series, target: dict) -> set[tuple[str, ...]]:
    """One-word names that, in nearly every article using them that says who they are (the
    full name, or a title), are the same person: in a corpus of campaign news "Trump" alone is
    Donald Trump wherever the article tells, so also where a passing mention does not ("Clinton
    or Trump will be president"). "Fox" beside "Fox News", or "Hewitt" where tennis reports name
    Lleyton Hewitt, is no one's usual reading. Taken from at least :data:`USUAL_MIN_DOCS`
    articles; NER's ORG for such a mention is then its usual slip on famous surnames."""
    words = out["text"].map(name_words)
    told: dict[tuple, Counter] = defaultdict(Counter)
    seen: dict[tuple, set] = defaultdict(set)
    titled = out["cluster_titles"].astype(bool) if "cluster_titles" in out else pd.Series(False, index=out.index)
    for doc, w, k, t in zip(out["doc_id"], words, key, titled):
        if len(w) == 1 and w in target:
            seen[w].add(doc)
            if len(k) > 1 or t:  # the article says who: a full name, or a title
                told[w][(doc, k if len(k) > 1 else None)] += 1
    usual = set()
    for w, (best, _) in target.items():
        docs: dict[str, set] = defaultdict(set)
        for (doc, k) in told[w]:
            docs[doc].add(k)
        known = len(docs)
        same = sum(1 for ks in docs.values() if ks <= {best, None})
        if known >= USUAL_MIN_DOCS and same >= USUAL_SHARE * known and known >= 0.5 * len(seen[w]):
            usual.add(w)
    return usual


USUAL_MIN_DOCS = 10
USUAL_SHARE = 0.9


# How much of an article's other entities (weighted by rarity) must also appear beside a person
# elsewhere in the corpus for a bare surname there to be that person: without a title, and with
# one ("Justice Roberts" is not the Jim Roberts of a campaign story).
CONTEXT_SHARE = 0.5
TITLED_CONTEXT_SHARE = 0.2


class _Context:
    """The entities each article names, and those named beside each person: a bare "Trump" in an
    article about the Republican primaries shares its company (Cruz, Rubio, the GOP) with the
    articles that name Donald Trump; a bare "Brown" in a match report shares none with those
    that name Gordon Brown."""

    def __init__(self, doc_ids: pd.Series, key: pd.Series, people: set[tuple[str, ...]]):
        self.entities: dict[str, set] = defaultdict(set)
        for doc, k in zip(doc_ids, key):
            self.entities[doc].add(k)
        n_docs = len(self.entities)
        df = Counter(k for ks in self.entities.values() for k in ks)
        self.idf = {k: math.log((1 + n_docs) / (1 + n)) + 1 for k, n in df.items()}  # smooth, as scikit-learn
        self.beside: dict[tuple, set] = {p: set() for p in people}
        for ks in self.entities.values():
            for p in people & ks:
                self.beside[p] |= ks

    def shared(self, doc: str, word: tuple[str, ...], person: tuple[str, ...]) -> float:
        others = self.entities[doc] - {word, person}
        total = sum(self.idf[k] for k in others)
        return sum(self.idf[k] for k in others & self.beside[person]) / total if total else 0.0


def _refers_to(out: pd.DataFrame) -> pd.Series:
    """For a body, place, work or event named after a person ("Trump Organization", "Clinton
    Foundation", "Eric Trump Foundation"), that person's canonical name; "" elsewhere.

    Only with evidence: the name holds the person's full name, or starts with the surname of a
    person (a first name and a surname) named in the same article, the one named most there;
    the entity's rows elsewhere take that person where every article that told agrees. A
    shared word alone is no evidence: it made the Washington Post George Washington's and the
    United Nations Citizens United's.
    """
    people = out.loc[out["label"] == "PERSON", ["doc_id", "entity"]]
    words = {e: name_words(e) for e in set(out["entity"])}
    real = {e for e in set(people["entity"]) if len(words[e]) > 1 and is_first_name(words[e][0])
            and len(words[e][-1]) > 2}
    in_doc: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for doc, ent in zip(people["doc_id"], people["entity"]):
        if ent in real:
            in_doc[(doc, words[ent][-1])][ent] += 1
    full_names = {words[e]: e for e in real}
    named = out[~out["label"].isin(["PERSON", "GPE", "LOC", "NORP", "LANGUAGE"])]
    refers = pd.Series("", index=out.index, dtype=object)
    told: dict[str, set] = defaultdict(set)
    for idx, doc, ent in zip(named.index, named["doc_id"], named["entity"]):
        w = words[ent]
        if len(w) < 2:
            continue
        inside = [full_names[w[i:j]] for i in range(len(w)) for j in range(i + 2, len(w) + 1) if w[i:j] in full_names]
        person = inside[0] if inside else \
            in_doc[(doc, w[0])].most_common(1)[0][0] if (doc, w[0]) in in_doc else ""
        if person:
            refers[idx] = person
            told[ent].add(person)
    agreed = {ent: next(iter(ps)) for ent, ps in told.items() if len(ps) == 1}
    rest = named.index[(refers[named.index] == "") & named["entity"].isin(agreed)]
    refers[rest] = named.loc[rest, "entity"].map(agreed)
    return refers

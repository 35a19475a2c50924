"""Merge the per-document entities of a corpus under one canonical name each.

Per document, :mod:`analysis.entities` already grouped short forms with full names.
Across documents a group merges with another when

1. their comparable forms are equal ("Kim Jong-un" and "Kim Jong Un");
2. an alias table maps them to one name: a small built-in table of common variants
   (``data/aliases.csv``: U.S./US/USA, U.N./UN, DPRK/North Korea, ...) overlaid by the
   user's own CSV (``alias,canonical``);
3. an acronym was introduced next to its expansion in some document and stands alone
   in another ("KCNA" -> Korean Central News Agency), when only one expansion is known;
4. a one-word name is the surname (or, for names written family name first, the family
   name) of a person named in full elsewhere
   in the corpus, and one such person clearly dominates ("Trump" -> Donald Trump, not
   Melania Trump). A word that is mostly something else in the corpus is left alone
   ("Washington" the city stays apart from George Washington).

Each row records how it was merged (``merged_by``) so the notebook can show the audit.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from importlib.resources import files
from pathlib import Path

import pandas as pd

from .entities import name_words, pick_label, pick_name


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
        return out.assign(entity=pd.Series(dtype=str), merged_by=pd.Series(dtype=str))
    words = out["cluster_words"].map(lambda w: tuple(w.split(" ")))
    key = words.copy()
    merged_by = pd.Series("", index=out.index, dtype=object)
    fixed: dict[tuple[str, ...], str] = {}  # group key -> canonical name from the alias table

    in_alias = words.map(lambda w: w in aliases)
    key[in_alias] = words[in_alias].map(lambda w: name_words(aliases[w]))
    merged_by[in_alias & (key != words)] = "alias"
    for w in words[in_alias]:
        fixed[name_words(aliases[w])] = aliases[w]

    # Acronyms introduced next to their expansion somewhere in the corpus.
    acr = out[out["resolution"] == "acronym"]
    expansions: dict[tuple[str, ...], set] = defaultdict(set)
    for text, k in zip(acr["text"], key[acr.index]):
        expansions[name_words(text)].add(k)
    lone = key.map(lambda k: len(expansions.get(k, ())) == 1 and len(k) == 1)
    key[lone] = key[lone].map(lambda k: next(iter(expansions[k])))
    merged_by[lone] = "acronym"

    # One-word names that are the surname or family name of one dominant person.
    label_of = out["label"]
    person_full = Counter(k for k, lab in zip(key, label_of) if lab == "PERSON" and len(k) > 1)
    # A first word alone stands for the person where the corpus mostly uses it so ("Kim"),
    # not where it mostly stands apart from the full name ("Hillary" beside "Clinton").
    family_uses = Counter(key[out["resolution"] == "family name"])
    alone = Counter(k for k in key if len(k) == 1)
    family_first = {k for k, n in family_uses.items() if n > alone[k[:1]]}
    by_word: dict[str, Counter] = defaultdict(Counter)
    for k, n in person_full.items():
        by_word[k[-1]][k] += n
        if k in family_first:  # "Kim" alone is Kim Jong Un; "Hillary" alone is left as written
            by_word[k[0]][k] += n
    forms = {t: name_words(t) for t in out["text"].unique()}
    single = out["text"].map(forms)
    as_person = Counter(s for s, lab in zip(single, label_of) if len(s) == 1 and lab == "PERSON")
    as_other = Counter(s for s, lab in zip(single, label_of) if len(s) == 1 and lab != "PERSON")
    surnames: dict[tuple[str, ...], tuple[str, ...]] = {}
    for k in {k for k in key if len(k) == 1 and k not in fixed and k[0] in by_word}:
        cands = by_word[k[0]]
        (best, n), rest = cands.most_common(1)[0], sum(cands.values()) - cands.most_common(1)[0][1]
        if n > rest and as_person[k] + n > as_other[k]:
            surnames[k] = best
    # One pass over the column, not one comparison of the whole column per surname.
    hit = key.map(lambda k: k in surnames).astype(bool)
    key[hit] = key[hit].map(surnames)
    merged_by[hit] = "surname across corpus"

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
    return out.drop(columns="_key")

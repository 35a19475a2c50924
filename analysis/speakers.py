"""Speakers' canonical names: the quotes' name references joined to the canonical entities.

Extraction (:mod:`analysis.quotes`) records which name mention a speaker stands for; the
canonical name of that mention is only known once the whole corpus's entities are merged,
so the join happens here, when the tables are built.
"""

from __future__ import annotations

import pandas as pd

from .quotes import ORG_PRONOUNS, PRONOUNS


def resolve_speakers(quotes: pd.DataFrame, entities: pd.DataFrame) -> pd.DataFrame:
    """``speaker_entity`` for every quote: the canonical name of the mention its speaker stands
    for; the speaker's own text for generic or unresolvable descriptions; empty for an
    unresolved pronoun or no speaker. The ``speaker_ref`` column is used up."""
    out = quotes.copy()
    if "generic" not in out:
        out["generic"] = pd.Series(dtype=bool)
    if out.empty:
        return out.drop(columns=["speaker_ref"], errors="ignore")
    mentions = entities.set_index(["doc_id", "start_char"])[["entity", "label"]] if len(entities) else \
        pd.DataFrame(columns=["entity", "label"])
    mentions = mentions[~mentions.index.duplicated()]
    keys = list(zip(out["doc_id"], out["speaker_ref"]))
    found = mentions.reindex(keys)
    # "it" never stands for a person, even one whose name NER once tagged as an organisation.
    person_it = out["speaker"].str.lower().isin(ORG_PRONOUNS).to_numpy() & (found["label"] == "PERSON").to_numpy()
    resolved = pd.Series(found["entity"].fillna("").to_numpy(), index=out.index, dtype=str).mask(person_it, "")
    pronoun = out["speaker"].str.lower().isin(PRONOUNS)
    fallback = out["speaker"].where(~pronoun, "")
    out["speaker_entity"] = resolved.where(resolved != "", fallback)
    return out.drop(columns=["speaker_ref"])

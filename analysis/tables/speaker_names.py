"""Speakers' canonical names: the quotes' name references joined to the canonical entities.

Extraction (:mod:`analysis.extract.quotes`) records which name mention a speaker stands for; the
canonical name of that mention is only known once the whole corpus's entities are merged,
so the join happens here, when the tables are built. So does dropping a second row of the same
words for the same speaker, which only the canonical names can tell (extraction already keeps
the sourced one of a sourced and a source-less reading: :func:`analysis.extract.quotes.doc_quotes`).
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
from spacy.lang.en.stop_words import STOP_WORDS

from analysis.extract.cue_words import ORG_PRONOUNS, PERSON_PRONOUNS
from analysis.extract.gender import is_first_name, title_word

# The records' columns this join uses up.
_WORKINGS = ["speaker_ref", "speaker_stands_for"]


def resolve_speakers(quotes: pd.DataFrame, entities: pd.DataFrame,
                     writers: dict[str, str] | None = None) -> pd.DataFrame:
    """``speaker_entity`` for every quote: the canonical name of the mention its speaker stands
    for; the writer's name (``writers``, by doc_id) for the first person of a post that is its
    writer's own words; the speaker's own text for generic or unresolvable descriptions; empty
    for an unresolved pronoun or no speaker. The ``speaker_ref`` and ``speaker_stands_for``
    columns are used up."""
    out = quotes.copy()
    if "generic" not in out:
        out["generic"] = pd.Series(dtype=bool)
    if out.empty:
        return out.drop(columns=_WORKINGS, errors="ignore")
    columns = ["entity", "label", "end_char", "refers_to"]
    mentions = entities.reindex(columns=["doc_id", "start_char", *columns]).set_index(["doc_id", "start_char"]) \
        if len(entities) else pd.DataFrame(columns=columns)
    mentions = mentions[~mentions.index.duplicated()]
    keys = list(zip(out["doc_id"], out["speaker_ref"]))
    found = mentions.reindex(keys)
    # "it" never stands for a person, even one whose name NER once tagged as an organisation.
    person_it = out["speaker"].str.lower().isin(ORG_PRONOUNS).to_numpy() & (found["label"] == "PERSON").to_numpy()
    resolved = pd.Series(found["entity"].fillna("").to_numpy(), index=out.index, dtype=str)
    resolved = resolved.mask(person_it | _opening_nationality(out, found), "")
    # "he" or "she" for a person whose name NER tagged as a body the entities table says is named
    # after that person ("United States Senator from Vermont Bernie Sanders", tagged ORG): the person.
    named_after = found["refers_to"].astype(object).fillna("").astype(str).to_numpy()
    person_word = out["speaker"].str.lower().isin(PERSON_PRONOUNS).to_numpy()
    resolved = resolved.mask(person_word & (found["label"] != "PERSON").to_numpy() & (named_after != ""), named_after)
    # A speaker written as a name the entities table has ("Wray said", where NER saw no entity but
    # the article names Christopher Wray) is that mention's entity, whatever the parse made of it.
    named = _named_speakers(out, entities)
    resolved = resolved.where(resolved != "", named)
    out.loc[named != "", "generic"] = False
    # "I" in a post is whoever sent it: the quoted replies and forwarded blocks were masked before
    # the parse, so the post's first person is its writer.
    if writers:
        first_person = out["speaker"].str.lower().isin(_FIRST_PERSON) & (resolved == "")
        writer = out["doc_id"].map(writers).fillna("").where(first_person, "")
        resolved = resolved.where(writer == "", writer)
        out.loc[writer != "", "generic"] = False
    # Plural and indefinite sources ("analysts", "a source") keep their own words; a pronoun or
    # relative word ("he", "who"), whatever its flags say, and a description that names no one
    # the article names ("the official") are left open.
    pronoun = out["speaker"].str.lower().isin(_NOT_NAMES)
    as_written = (out["generic"].fillna(False).astype(bool) | out["speaker"].map(_is_name)) & ~pronoun
    fallback = out["speaker"].where(as_written, "")
    # "who" in "many people, who said" is shown as the source it stands for.
    if "speaker_stands_for" in out:
        stands_for = out["speaker_stands_for"].fillna("").astype(str)
        fallback = fallback.mask(stands_for != "", stands_for)
    out["speaker_entity"] = resolved.where(resolved != "", fallback)
    return _once_per_speaker(out.drop(columns=_WORKINGS, errors="ignore"))


def _once_per_speaker(quotes: pd.DataFrame) -> pd.DataFrame:
    """The same words given twice to one speaker are one statement ("Leach condemned what he
    called “adversarial claptrap”": the condemning and the calling), and a second reading of them
    that names no one goes where one does; words two speakers are each given stay twice."""
    key = ["doc_id", "start_char", "end_char"]
    named = quotes["speaker_entity"].fillna("") != ""
    again = quotes.duplicated(key + ["speaker_entity"]) & named
    spans = pd.MultiIndex.from_frame(quotes[key])
    unnamed_beside = ~named & spans.isin(pd.MultiIndex.from_frame(quotes.loc[named, key]))
    return quotes[~(again | unnamed_beside)]


def _opening_nationality(quotes: pd.DataFrame, found: pd.DataFrame) -> np.ndarray:
    """Whether the mention a speaker refers to is a nationality that only opens the speaker's
    name and so describes it: "Indian Railways" is not "Indian"."""
    if "speaker_end_char" not in quotes:
        return np.zeros(len(quotes), dtype=bool)
    return ((found["label"] == "NORP").to_numpy() & (quotes["speaker_ref"] == quotes["speaker_start_char"]).to_numpy()
            & (found["end_char"].fillna(np.inf).to_numpy() < quotes["speaker_end_char"].to_numpy()))


_SPEAKER_LABELS = ("PERSON", "ORG", "GPE")
# what a count or share is of: "47 of 73 ", "some of the ", "a group of liberal " (lowercase words
# only after the "of": "Secretary of State John Kerry" is Kerry)
_SHARE_OF = re.compile(r"\b(?i:of)(?:\s+(?:(?i:the|a|an|his|her|its|their|our)\b|[\d,.]+|[a-z][\w-]*))*\s*$")
# Names joined as one source ("Jeb Bush and Chris Christie"): the source is all of them.
_JOINED = re.compile(r"\band\b|&")
# A person's pronoun joined with a name ("she and Melania Trump"): two people, one of them unnamed.
_PRONOUN_JOINED = re.compile(r"^(?:he|she)\s+(?:and|nor|or)\b", re.I)


def _named_speakers(quotes: pd.DataFrame, entities: pd.DataFrame) -> pd.Series:
    """For each quote, the entity of the person, body or country mention that ends its speaker
    span ("Wray", "White House press secretary Josh Earnest"), or "". A name earlier in the
    span only describes the speaker: "the former New York mayor" is not New York; nor is a name
    after "of" the speaker: "3,000 of the National Guard" are some of its members; and people
    joined as one source are no one of them ("Donald Trump and Sen. Ted Cruz" is not Cruz, nor "she and
    Melania Trump" Melania Trump)."""
    found = pd.Series("", index=quotes.index, dtype=object)
    if entities.empty or "speaker_start_char" not in quotes:
        return found
    spoken = quotes.loc[quotes["speaker_start_char"] >= 0, ["doc_id", "speaker", "speaker_start_char",
                                                            "speaker_end_char"]]
    names = entities.loc[entities["label"].isin(_SPEAKER_LABELS),
                         ["doc_id", "start_char", "end_char", "entity", "label"]]
    pairs = spoken.reset_index().merge(names, on="doc_id")
    inside = pairs[(pairs["start_char"] >= pairs["speaker_start_char"])
                   & (pairs["end_char"] <= pairs["speaker_end_char"])]
    ends = inside[inside["end_char"] == inside["speaker_end_char"]]
    before = [str(s)[:max(int(n) - int(b), 0)] for s, n, b in
              zip(ends["speaker"], ends["start_char"], ends["speaker_start_char"])]
    keep = [_SHARE_OF.search(text) is None and not _other_first_name(text, str(speaker), str(entity), mention_chars)
            for text, speaker, entity, mention_chars in zip(before, ends["speaker"], ends["entity"],
                                                             ends["end_char"] - ends["start_char"])]
    ends = ends.loc[np.array(keep, dtype=bool)]
    # people joined as one source ("Clinton and Ms. Warren") are none of them alone
    joined = inside[(inside["label"] == "PERSON") & inside["speaker"].astype(str).str.contains(_JOINED)]
    joint = joined.groupby("index")["start_char"].nunique()
    ends = ends[~ends["index"].isin(joint[joint > 1].index) & ~ends["speaker"].astype(str).str.match(_PRONOUN_JOINED)]
    last = ends.groupby("index")["entity"].last()
    found[last.index] = last.to_numpy()
    return found


def _other_first_name(before: str, speaker: str, entity: str, mention_chars: int) -> bool:
    """Whether the speaker names, right before a surname mention, a first name its entity does
    not have: "Ivanka Trump", where NER saw only "Trump", is not Donald Trump (nor "Bill Clinton"
    Hillary Clinton). Only a word the first-name list knows counts: "Team Trump", "Stated Stone"
    and "Neither Cruz" name no other person, nor does a function word the list holds ("The",
    "even")."""
    words = before.split()
    own = entity.split()
    if not words or len(own) < 2 or " " in speaker[len(before):len(before) + mention_chars]:
        return False
    first = words[-1]
    spoken = {w.lower().rstrip(".,") for w in speaker.split()}
    return first[:1].isupper() and first.lower() not in STOP_WORDS and is_first_name(first) \
        and title_word(first) is None and first.lower() not in {w.lower() for w in own} \
        and own[0].lower() not in spoken


_FIRST_PERSON = frozenset({"i", "me", "my", "myself"})
# An address, not a name ("barnard at stat.harvard.edu"), and the degrees a name may end in.
_ADDRESS = re.compile(r"@|\bat\s+\S+\.\w+$")
_DEGREES = re.compile(r",?\s*\b(?:Ph\.?\s?D|M\.?D|Jr|Sr|Esq|MBA|PE)\.?$", re.I)


def writer_name(author: str) -> str:
    """A post's writer as a name to count statements under: "Bruhn, Stefan" (the "Last, First"
    of company directories) is Stefan Bruhn, "Todd Alan Pitts, Ph.D." Todd Alan Pitts; an
    address or a header with no letters is no name ("")."""
    name = _DEGREES.sub("", author.strip()).strip(" ,")
    if not any(c.isalpha() for c in name) or _ADDRESS.search(name):
        return ""
    last, comma, first = name.partition(",")
    if comma and first.strip() and "," not in first and len(last.split()) == 1:
        name = f"{first.strip()} {last.strip()}"
    return name


# Words that open a sentence capitalised but name no one ("Each of them indicates ...").
_NOT_NAMES = frozenset({"the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my",
                        "your", "he", "she", "it", "they", "we", "i", "you", "who", "which", "each", "every",
                        "either", "neither", "both", "all", "any", "none", "one"})


def _is_name(speaker: str) -> bool:
    """A speaker written as a name ("Wray"), not a description or pronoun ("the official", "She")."""
    first = speaker.split(" ", 1)[0] if speaker else ""
    return first[:1].isupper() and first.lower() not in _NOT_NAMES

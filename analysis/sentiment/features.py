"""Sentence features for the news sentiment model: lexicon valences read through the parse.

Each feature family is one function of a parsed span (a sentence, a quote, a whole short
``Doc``), so annotation can score quotes on the parse it already has. The word lists are
published, human-rated lexicons that ship inside PyPI packages (nothing is downloaded):

- Warriner, Kuperman & Brysbaert (2013) valence and arousal of 13,915 English lemmas and the
  labMT happiness ratings (Dodds et al. 2011) of 10,222 words: they rate *every* common word,
  so topic words that general sentiment lexicons leave neutral ("war", "cancer", "holiday")
  carry the weight news readers give them;
- the MPQA subjectivity clues (Wilson et al. 2005) and Hu & Liu's (2004) opinion lexicon;
- VADER's and TextBlob's sentence scores (their own rules for intensifiers, emphasis and "but").

Negation is read from the dependency parse, not from a window of words: a word counts against
its valence when it or a head within its clause is negated ("did not welcome") or governed by a
valence shifter ("failed to improve", "without support", "no progress").
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

if TYPE_CHECKING:  # features of parsed spans; texts are scored without spaCy
    from spacy.tokens import Doc, Span, Token

# How far up the tree a negation reaches: "not" -> verb -> its object's modifiers, no further
# than a clause boundary.
_NEGATION_HOPS = 3
_CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "advcl", "conj", "relcl"})
# Words that turn what they govern ("fail to", "lack of", "no", "never"), after Polanyi and
# Zaenen's (2006) contextual valence shifters.
SHIFTERS = frozenset({"fail", "lack", "stop", "prevent", "avoid", "reduce", "lose", "end", "cut", "halt", "block",
                      "deny", "refuse", "without", "never", "no", "nobody", "nothing", "none", "neither", "nor",
                      "hardly", "barely"})
_SHIFTER_DEPS = frozenset({"det", "advmod", "neg", "preconj"})
_SHIFTED_DEPS = frozenset({"dobj", "xcomp", "pobj"})
# A negated word keeps half its valence with the sign turned ("not good" is mildly bad),
# the same damping VADER applies (its N_SCALAR).
_NEGATED = -0.5
# Words rated further than this from the scale's middle count as clearly positive/negative.
_CLEAR = 0.5


@dataclass(frozen=True)
class Lexicons:
    valence: dict[str, float]   # Warriner valence, centred (1..9 -> -4..4)
    arousal: dict[str, float]   # Warriner arousal, centred
    happiness: dict[str, float]  # labMT, centred
    subjectivity: dict[str, float]  # MPQA prior polarity: +-2 strong, +-1 weak
    positive: frozenset[str]    # Hu & Liu
    negative: frozenset[str]


@cache
def lexicons() -> Lexicons:
    """Read the lexicons from the labMTsimple package once per process."""
    data = files("labMTsimple") / "data"
    with (data / "WK" / "BRM-emot-submit.csv").open(encoding="utf-8") as fh:
        wk = pd.read_csv(fh, keep_default_na=False, usecols=["Word", "V.Mean.Sum", "A.Mean.Sum"])
    with (data / "LabMT" / "labMT1.txt").open(encoding="utf-8") as fh:
        labmt = pd.read_csv(fh, sep="\t", keep_default_na=False)
    subjectivity = {}
    with (data / "MPQA" / "subjectivity_clues_hltemnlp05" / "subjclueslen1-HLTEMNLP05.tff").open() as fh:
        for line in fh:
            fields = dict(item.split("=", 1) for item in line.split() if "=" in item)
            sign = {"positive": 1, "negative": -1}.get(fields.get("priorpolarity", ""), 0)
            subjectivity[fields["word1"]] = sign * (2 if fields["type"] == "strongsubj" else 1)

    def words(name: str) -> frozenset[str]:
        return frozenset((data / "OL" / name).read_text(encoding="latin-1").split())

    return Lexicons(
        valence=dict(zip(wk["Word"].astype(str), wk["V.Mean.Sum"] - 5)),
        arousal=dict(zip(wk["Word"].astype(str), wk["A.Mean.Sum"] - 4)),
        happiness=dict(zip(labmt["word"].astype(str), labmt["happs"].astype(float) - 5)),
        subjectivity=subjectivity,
        positive=words("positive-words-clean.txt"),
        negative=words("negative-words-clean.txt"),
    )


def negated(token: Token) -> bool:
    """Whether ``token`` sits under a negation or a shifter in its clause, by the parse: a
    ``neg`` child ("did not welcome"), a negative determiner or adverb ("no progress", "never
    agreed"), or a head that undoes what it governs ("failed to improve", "without support",
    "prevented a deal")."""
    node = token
    for hop in range(_NEGATION_HOPS):
        if any(c.dep_ == "neg" or (c.lower_ in SHIFTERS and c.dep_ in _SHIFTER_DEPS) for c in node.children):
            return True
        if hop and node.lemma_.lower() in SHIFTERS:
            return True
        if node.head is node or node.dep_ in _CLAUSE_DEPS:
            return False
        head = node.head
        if head.lower_ == "without" or (head.lemma_.lower() in SHIFTERS and node.dep_ in _SHIFTED_DEPS):
            return True
        node = head
    return False


def summary(values: list[float]) -> list[float]:
    """Mean, length-damped sum, extremes and the shares of clearly rated words."""
    a = np.asarray(values or [0.0], dtype=float)
    return [a.mean(), a.sum() / math.sqrt(len(a)), a.min(), a.max(), (a > _CLEAR).mean(), (a < -_CLEAR).mean()]


def lexicon_features(span: Span | Doc) -> list[float]:
    """:func:`summary` of the span's valence, happiness, subjectivity and arousal ratings. Stop
    words count only for subjectivity; negation turns all but arousal. One pass over the span,
    so that a token's negation is read from the parse once, whichever lexicons rate it."""
    lex = lexicons()
    scales = ((lex.valence, False, True), (lex.happiness, False, True), (lex.subjectivity, True, True),
              (lex.arousal, False, False))  # lexicon, stop words rated, turned by negation
    values: tuple[list[float], ...] = ([], [], [], [])
    for token in span:
        if token.is_punct:
            continue
        stop, lower, lemma, turned = token.is_stop, token.lower_, None, None
        for (lexicon, stop_words, negation), found in zip(scales, values):
            if stop and not stop_words:
                continue
            value = lexicon.get(lower)
            if value is None:  # the word as written first, then its lemma
                lemma = token.lemma_.lower() if lemma is None else lemma
                value = lexicon.get(lemma)
                if value is None:
                    continue
            if negation:
                turned = negated(token) if turned is None else turned
                if turned:
                    value = value * _NEGATED
            found.append(value)
    return [x for v in values for x in summary(v)]


def opinion_features(span: Span | Doc) -> list[float]:
    lex = lexicons()
    balance = sum((t.lower_ in lex.positive) - (t.lower_ in lex.negative) for t in span)
    return [balance, balance / math.sqrt(len(span) + 1)]


@cache
def vader():
    """VADER's analyser, built once (it reads its lexicon file)."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def rule_scores(text: str) -> list[float]:
    """VADER's four scores and TextBlob's polarity and subjectivity (both read the raw text)."""
    # TextBlob's own analyser, called as ``TextBlob(text).sentiment`` calls it, less the blob's
    # set-up and the namedtuple class PatternAnalyzer builds on every call.
    from textblob.en import sentiment as pattern_sentiment

    scores = vader().polarity_scores(text)
    polarity, subjectivity = pattern_sentiment(text)
    return [scores["compound"], scores["pos"], scores["neg"], scores["neu"],
            polarity, subjectivity, polarity * subjectivity]


def features(span: Span | Doc) -> list[float]:
    """All features of one sentence-like span, in a fixed order."""
    return [*rule_scores(span.text), *lexicon_features(span), *opinion_features(span)]

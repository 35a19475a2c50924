"""Sentiment of short texts in [-1, 1] (SPEC §2: ``score_texts``).

The default scorer, ``news``, is a small model fitted to human ratings of news sentences
(:mod:`analysis.sentiment.model`): lexicon valences read through the dependency parse
(:mod:`analysis.sentiment.features`) and TF-IDF words, averaged over a ridge regression and
gradient-boosted trees. Why this and not a lexicon alone: on the NYT editorial sentences of
``../shared/data`` VADER reaches Pearson r 0.50 against the mean of 20 human ratings and the
other lexicons alone at most 0.48, while the fitted model reaches 0.606 in 5-fold cross-validation
grouped by article (see the model's module for the command). A small model fitted on those
ratings, rather than a bigger pre-trained one, because nothing larger with its weights on PyPI
was at hand; its inputs are general lexicons, so it degrades gracefully off news (movie and
product reviews, tweets: r 0.54, 0.66, 0.85). Nothing is downloaded: the lexicons ship in
PyPI packages and the fitted weights in this package.

Scorers are pluggable: any callable ``list[str] -> list[float]`` can be passed directly or
registered in :data:`SCORERS` (``vader`` is there for comparison).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, NamedTuple

import numpy as np

from analysis.sentiment.features import vader

if TYPE_CHECKING:  # the read side scores texts without spaCy
    from spacy.tokens import Doc, Span

Scorer = Callable[[Sequence[str]], list[float]]


def vader_scores(texts: Sequence[str]) -> list[float]:
    analyzer = vader()
    return [float(analyzer.polarity_scores(t or "")["compound"]) for t in texts]


def news_scores(texts: Sequence[str]) -> list[float]:
    """The fitted news model on plain strings (parsed here; annotation scores its own spans)."""
    from analysis.nlp.model import load_model

    docs = list(load_model().pipe((t or "" for t in texts), disable=["ner"], batch_size=256))
    return score_spans(docs)


def score_spans(spans: Sequence[Span | Doc]) -> list[float]:
    """The news model on spans that are already parsed (quotes inside an annotated document)."""
    from analysis.sentiment.model import load

    return [float(s) for s in load().predict(list(spans))]


class QuoteFeatures(NamedTuple):
    texts: list[str]
    matrix: np.ndarray  # one row of sentiment features per text


def quote_features(doc: Doc, quotes: Sequence[dict]) -> QuoteFeatures:
    """The news model's inputs for the quotes (``start_char``/``end_char`` records) of a parsed
    document; scored later, many documents at once, by :func:`score_features`."""
    from analysis.sentiment.model import feature_matrix

    spans = [doc.char_span(q["start_char"], q["end_char"], alignment_mode="expand") for q in quotes]
    return QuoteFeatures([s.text for s in spans], feature_matrix(spans))


def score_features(texts: Sequence[str], matrix: np.ndarray) -> list[float]:
    """The news model on texts whose features :func:`quote_features` computed."""
    from analysis.sentiment.model import load

    return [float(s) for s in load().predict_features(texts, matrix)] if len(texts) else []


def score_quotes(doc: Doc, quotes: Sequence[dict]) -> list[float]:
    """The news model on the quotes of a parsed document."""
    return score_features(*quote_features(doc, quotes))


SCORERS: dict[str, Scorer] = {"news": news_scores, "vader": vader_scores}
DEFAULT_SCORER = "news"


def resolve_scorer(scorer: str | Scorer) -> Scorer:
    """A registered scorer by name, or the callable itself; one clear error for an unknown name."""
    if callable(scorer):
        return scorer
    try:
        return SCORERS[scorer]
    except KeyError:
        raise ValueError(f"unknown sentiment scorer {scorer!r}; known: {', '.join(sorted(SCORERS))}") from None


def score_texts(texts: Sequence[str], scorer: str | Scorer = DEFAULT_SCORER) -> list[float]:
    """One score in [-1, 1] per text; ``scorer`` is a name in :data:`SCORERS` or a callable."""
    texts = list(texts)
    scores = resolve_scorer(scorer)(texts) if texts else []
    return [max(-1.0, min(1.0, float(s))) for s in scores]

"""Sentiment of short texts in [-1, 1] (SPEC §2: ``score_texts``).

The default scorer is VADER's compound score (Hutto & Gilbert 2014), a lexicon-and-rules
model that ships its lexicon in the package, so nothing is downloaded. It is the floor
for news text (Pearson r 0.50 on the NYT editorial sentences of ``../shared/data``);
issue #3 replaces the default with a measured better one. Scorers are pluggable: any
callable ``list[str] -> list[float]`` can be registered or passed directly.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache

Scorer = Callable[[Sequence[str]], list[float]]


@cache
def _vader():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def vader_scores(texts: Sequence[str]) -> list[float]:
    analyzer = _vader()
    return [float(analyzer.polarity_scores(t or "")["compound"]) for t in texts]


SCORERS: dict[str, Scorer] = {"vader": vader_scores}
DEFAULT_SCORER = "vader"


def score_texts(texts: Sequence[str], scorer: str | Scorer = DEFAULT_SCORER) -> list[float]:
    """One score in [-1, 1] per text; ``scorer`` is a name in :data:`SCORERS` or a callable."""
    fn = SCORERS[scorer] if isinstance(scorer, str) else scorer
    scores = fn(list(texts))
    return [max(-1.0, min(1.0, float(s))) for s in scores]

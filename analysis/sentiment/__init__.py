"""Sentiment of short texts: the news model (lexicon features fitted to human ratings) and its
lexicon baselines. ``from analysis.sentiment import score_texts`` is SPEC §2's entry point."""

from analysis.sentiment.score import DEFAULT_SCORER, SCORERS, score_texts

__all__ = ["DEFAULT_SCORER", "SCORERS", "score_texts"]

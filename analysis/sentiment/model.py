"""The news sentiment model: lexicon features and words, fitted to human ratings of news sentences.

Two regressors share one input and their predictions are averaged:

- a ridge regression on TF-IDF words plus the standardised features of
  :mod:`analysis.sentiment.features` (linear, so word weights stay small and readable);
- gradient-boosted trees on the same features alone, which learn the non-linear parts
  (a strongly negative word outweighs several mildly positive ones).

It is fitted on the NYT editorial half that ships with the project's shared data
(Hutto & Gilbert 2014: 2,567 sentences, each the mean rating of 20 people on -4..4), and it was
chosen by 5-fold cross-validation *grouped by article*, so no article's sentences are in both
the fitting and the scoring folds. Refit with::

    python -m analysis.sentiment.model --data ../shared/data/nyt-sentiment/dev.tsv

which prints the cross-validated Pearson r and writes ``analysis/data/news_sentiment.joblib``.
The file is a joblib pickle of the model's scikit-learn and numpy parts: load only the one this package ships
(or one you fitted), with the scikit-learn version pinned in requirements.txt.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
import pandas as pd
from scipy.sparse import csr_matrix, hstack
from spacy.tokens import Doc, Span

from analysis.sentiment.features import features

MODEL_FILE = Path(__file__).resolve().parent.parent / "data" / "news_sentiment.joblib"
# Ratings run -4..4; scores are reported on -1..1 (a linear map, so correlations are unchanged).
RATING_SCALE = 4.0
# The features' total weight against the TF-IDF block in the ridge (TF-IDF rows have unit norm).
_FEATURE_WEIGHT = 3.0


@dataclass
class NewsSentimentModel:
    mean: np.ndarray
    scale: np.ndarray
    vectorizer: object  # TfidfVectorizer
    linear: object      # Ridge
    trees: object       # HistGradientBoostingRegressor

    def _standardised(self, x: np.ndarray) -> np.ndarray:
        return (x - self.mean) / self.scale

    def _design(self, texts: Sequence[str], z: np.ndarray):
        weight = _FEATURE_WEIGHT / np.sqrt(z.shape[1])
        return hstack([self.vectorizer.transform(texts), csr_matrix(z * weight)]).tocsr()

    def predict(self, spans: Sequence[Span | Doc]) -> np.ndarray:
        """Scores in [-1, 1] for parsed sentence-like spans."""
        if not spans:
            return np.zeros(0)
        return self.predict_features([s.text for s in spans], feature_matrix(spans))

    def predict_features(self, texts: Sequence[str], x: np.ndarray) -> np.ndarray:
        """Scores for texts whose :func:`feature_matrix` is already computed."""
        z = self._standardised(x)
        rating = 0.5 * self.linear.predict(self._design(texts, z)) + 0.5 * self.trees.predict(z)
        return np.clip(rating / RATING_SCALE, -1.0, 1.0)


def feature_matrix(spans: Sequence[Span | Doc]) -> np.ndarray:
    return np.array([features(s) for s in spans], dtype=float)


def fit_features(texts: Sequence[str], x: np.ndarray, ratings: Sequence[float]) -> NewsSentimentModel:
    """The model fitted to texts, their :func:`feature_matrix` and their ratings."""
    from sklearn.ensemble import HistGradientBoostingRegressor
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import Ridge

    y = np.asarray(ratings, dtype=float)
    model = NewsSentimentModel(mean=x.mean(0), scale=x.std(0) + 1e-9,
                               vectorizer=TfidfVectorizer(min_df=2, sublinear_tf=True),
                               linear=Ridge(alpha=10.0),
                               trees=HistGradientBoostingRegressor(max_iter=200, learning_rate=0.05,
                                                                   max_leaf_nodes=8, min_samples_leaf=30,
                                                                   l2_regularization=1.0, random_state=0))
    z = model._standardised(x)
    model.vectorizer.fit(texts)
    model.linear.fit(model._design(texts, z), y)
    model.trees.fit(z, y)
    return model


def fit(spans: Sequence[Span | Doc], ratings: Sequence[float]) -> NewsSentimentModel:
    return fit_features([s.text for s in spans], feature_matrix(spans), ratings)


def cross_validated(spans: Sequence[Span | Doc], ratings: Sequence[float], groups: Sequence[str],
                    folds: int = 5) -> np.ndarray:
    """Out-of-fold predictions on the -1..1 scale, folds grouped (e.g. by article); the features
    are computed once, not once per fold."""
    from sklearn.model_selection import GroupKFold

    texts = np.array([s.text for s in spans], dtype=object)
    x = feature_matrix(spans)
    y = np.asarray(ratings, dtype=float)
    predictions = np.zeros(len(spans))
    for train, test in GroupKFold(folds).split(x, groups=groups):
        model = fit_features(list(texts[train]), x[train], y[train])
        predictions[test] = model.predict_features(list(texts[test]), x[test])
    return predictions


@cache
def load(path: Path = MODEL_FILE) -> NewsSentimentModel:
    import joblib

    # The file holds only scikit-learn and numpy objects, not this class, so it survives refactoring.
    return NewsSentimentModel(**joblib.load(path))


def read_ratings(path: str | Path) -> pd.DataFrame:
    """A ratings file of VADER's ground-truth format: ``id <TAB> mean rating <TAB> text``."""
    return pd.read_csv(path, sep="\t", header=None, names=["id", "rating", "text"], quoting=3,
                       dtype={"id": str, "text": str}, keep_default_na=False)


def main(argv: Sequence[str] | None = None) -> None:
    import joblib
    from scipy.stats import pearsonr

    from analysis.nlp.model import load_model

    parser = argparse.ArgumentParser(prog="python -m analysis.sentiment.model", description=__doc__.split("\n")[0])
    parser.add_argument("--data", required=True, help="ratings TSV (id, mean rating, text); ids ARTICLE_SENTENCE")
    parser.add_argument("--out", default=str(MODEL_FILE))
    args = parser.parse_args(argv)
    data = read_ratings(args.data)
    spans = list(load_model().pipe(data["text"], batch_size=256))
    ratings = data["rating"].astype(float).tolist()
    groups = data["id"].str.split("_").str[0].tolist()
    r = pearsonr(cross_validated(spans, ratings, groups), ratings)[0]
    print(f"5-fold cross-validated Pearson r, grouped by article: {r:.3f} ({len(spans)} sentences)")
    joblib.dump(vars(fit(spans, ratings)), args.out, compress=3)
    print(f"model -> {args.out}")


if __name__ == "__main__":
    main()

"""Sentiment scores and the sentiment-by-speaker analysis."""

import numpy as np
import pandas as pd
import pytest

from analysis.sentiment.features import negated
from analysis.sentiment.score import SCORERS, score_texts
from analysis.views import speaker_sentiment

# NYT-style news sentences (from the seeds and PolNeAR train), clearly positive or negative.
POSITIVE = ["The summit was a great success, and both leaders praised the warm welcome.",
            "It's mainly a holiday celebration - toys from the sacks will be distributed to homeless kids."]
NEGATIVE = ["The attack killed dozens of civilians and left the city in ruins.",
            "He is a belligerent, discursive hot head who is a power monger."]


def test_scores_are_in_range_and_ordered():
    scores = score_texts(POSITIVE + NEGATIVE + ["", "The meeting is on Tuesday."])
    assert all(-1 <= s <= 1 for s in scores)
    assert min(scores[:2]) > 0 > max(scores[2:4])
    assert abs(scores[5]) < min(abs(s) for s in scores[:4])  # a plain date is near neutral


def test_scorers_are_pluggable():
    assert score_texts(["anything"], lambda texts: [2.0 for _ in texts]) == [1.0]  # clipped to the range
    assert score_texts(POSITIVE, "vader")[0] > 0 and "news" in SCORERS
    with pytest.raises(ValueError, match="unknown sentiment scorer 'nope'; known: news, vader"):
        score_texts(["x"], "nope")
    assert score_texts([]) == []


def test_negation_is_read_from_the_parse():
    from analysis.nlp.model import load_model

    doc = load_model()("Officials did not welcome the deal, but they praised the talks.")
    assert negated(doc[3]) and not negated(doc[10])  # "welcome" under "not"; "praised" is not
    base, negative = score_texts(["Officials welcomed the deal.", "Officials did not welcome the deal."])
    assert negative < base


def quotes_frame() -> pd.DataFrame:
    rows = [("a", "A", "direct", 0.5), ("a", "A", "indirect", 0.3), ("b", "A", "direct", 0.4),
            ("a", "B", "direct", -0.6), ("b", "analysts", "indirect", -0.2)]
    return pd.DataFrame([{"doc_id": d, "speaker_entity": s, "kind": k, "sentiment": v, "text": f"t{i}",
                          "generic": s == "analysts", "start_char": 0, "end_char": 2}
                         for i, (d, s, k, v) in enumerate(rows)])


def test_selection_and_summary():
    docs = pd.DataFrame({"doc_id": ["a", "b"], "source": ["X", "Y"], "title": ["", ""]})
    q = speaker_sentiment.select_quotes(quotes_frame(), docs)
    assert "analysts" not in set(q.speaker_entity)  # generic sources left out by default
    assert len(speaker_sentiment.select_quotes(quotes_frame(), docs, include_generic=True)) == 5
    assert set(speaker_sentiment.select_quotes(quotes_frame(), docs, kind="indirect").kind) == {"indirect"}
    with pytest.raises(ValueError, match="kind must be one of"):
        speaker_sentiment.select_quotes(quotes_frame(), docs, kind="quoted")
    summary = speaker_sentiment.speaker_summary(q, min_quotes=1)
    a = summary.set_index("speaker").loc["A"]
    assert (a.quotes, a.direct, a.indirect, a.documents) == (3, 2, 1, 2)
    assert a["mean"] == pytest.approx(0.4) and 0.3 <= a.ci_low < a["mean"] < a.ci_high <= 0.5
    assert np.isnan(summary.set_index("speaker").loc["B", "ci_low"])  # one quote: no interval
    assert list(speaker_sentiment.speaker_summary(q, min_quotes=2).speaker) == ["A"]
    assert speaker_sentiment.by_source(q, ["A"]).loc["A"].to_dict() == pytest.approx({"X": 0.4, "Y": 0.4})


def test_context_is_escaped():
    q = quotes_frame().head(1).assign(start_char=8, end_char=20)
    text = "<script>“Hello <b>”</script> after"
    [html] = speaker_sentiment.in_context(q, {"a": text}, width=10)["in context"]
    assert "<script>" not in html and "&lt;script&gt;" in html and "<mark>" in html


def test_a_batch_scores_each_document_as_alone():
    """Quotes scored in one call for several documents (a quote-less one between) get the
    scores each document gets on its own, in order."""
    from analysis.extract.records import extract, extract_unscored, with_sentiment
    from analysis.nlp.model import load_model

    texts = ['"The summit was a great success," Putin said. Kim praised the warm welcome.',
             "The meeting is on Tuesday.",
             '"The attack killed dozens of civilians," the mayor said. "It was a disaster," she added.']
    docs = list(load_model().pipe(texts))
    batch = with_sentiment([extract_unscored(d) for d in docs])
    alone = [extract(d) for d in docs]
    assert [len(r["quotes"]) for r in batch] == [2, 0, 2]  # "Kim praised the warm welcome" is reported
    assert [[q["sentiment"] for q in r["quotes"]] for r in batch] == \
        [[q["sentiment"] for q in r["quotes"]] for r in alone]
    assert batch[0]["quotes"][0]["sentiment"] > 0 > batch[2]["quotes"][0]["sentiment"]

"""Dates: found, read on the publication date the way a news reader reads them, and placed."""

from datetime import date

import pandas as pd
import pytest

from analysis.extract.timex_rules import recipe, resolve, words_to_number
from analysis.extract.timexes import doc_timexes, place_timexes
from analysis.nlp.model import load_model, resolve_model
from analysis.run.annotate import annotate

from .paths import NIKKEI, SEEDS, SPUN


def value_of(timexes: pd.DataFrame, doc_id: str, text: str, context: str = "") -> str:
    rows = timexes[(timexes.doc_id == doc_id) & (timexes.text == text) & timexes.sentence.str.contains(context)]
    assert len(rows), f"{text!r} not found in {doc_id}"
    return rows.iloc[0]["value"]


@pytest.mark.parametrize("doc_id,text,context,value", [
    (NIKKEI, "Wednesday", "Kim Jong Un on Wednesday signed", "2024-06-19"),  # the day of publication
    (NIKKEI, "Tuesday", "writing on Tuesday", "2024-06-18"),  # this week's, past
    (NIKKEI, "September", "last met", "2023-09"),  # month without year: its last occurrence
    (NIKKEI, "next month", "NATO plans", "2024-07"),
    (NIKKEI, "1961", "basic documents", "1961"),
    (SPUN, "February 2022", "invasion", "2022-02"),
    (SPUN, "final September", "Cosmodrome", "2023-09"),  # spun "last September"
    (SPUN, "final month", "Beijing resumed", "2024-05"),  # spun "last month"
    (SPUN, "two months after", "Cosmodrome", "2023-11"),  # anchored to "final September" in its sentence
    (SPUN, "eight years later", "2011", "2019"),  # anchored to "2011"
    (SPUN, "Friday", "Lin mentioned", "2024-06-21"),  # spun article, published on Sunday 2024-06-23
])
def test_seed_dates(seeds_annotations, doc_id, text, context, value):
    assert value_of(seeds_annotations.timexes, doc_id, text, context) == value


def test_vague_and_durations_have_no_value(seeds_annotations):
    t = seeds_annotations.timexes
    assert value_of(t, NIKKEI, "recent years") == ""
    assert value_of(t, SPUN, "three weeks earlier") == ""  # anchored to an event, not a date
    durations = t[t.type == "DURATION"]
    assert "almost 80 years" in set(durations.text) and (durations.value == "").all()
    assert set(t.precision) <= {"", "year", "month", "day"}


def timexes_of(text: str, published: str) -> pd.DataFrame:
    nlp = load_model(resolve_model(None))
    recs = [{"doc_id": "d", **r} for r in doc_timexes(nlp(text))]
    return place_timexes(pd.DataFrame(recs), pd.DataFrame({"doc_id": ["d"], "published": [published]}))


@pytest.mark.parametrize("sentence,published,text,value", [
    # TimeBank sentences: tense and grammar decide which way a weekday or month points.
    ("The monarch will meet Bush on Thursday in Kennebunkport, Maine.", "1990-08-15", "Thursday", "1990-08-16"),
    ("Shareholders will receive $3,500 a share at closing, which is expected in December.", "1989-11-02",
     "December", "1989-12"),
    ("Milton Roy disclosed in May that it was approached for a possible acquisition by Thermo Electron.",
     "1989-10-30", "May", "1989-05"),
    ("For the year ended Sept. 30, Ralston earned $422.5 million, or $6.44 a share.", "1989-11-02",
     "Sept. 30", "1989-09-30"),  # the date inside NER's "the year ended Sept. 30"
    ("DD Acquisition Corp. extended to Nov. 20 its $45-a-share offer for all Dunkin' Donuts shares.", "1989-10-26",
     "Nov. 20", "1989-11-20"),  # past verb, but an 11-month-old Nov. 20 is not what is meant
    ("Crane holds 504,200 Milton Roy shares, including 254,200 bought from Sept. 14 to Thursday.", "1989-10-30",
     "Sept. 14", "1989-09-14"),  # a range: one row per date
    ("Sales increased to $747.8 million from $623.5 million a year ago.", "1989-10-26", "a year ago", "1988"),
    ("Some had predicted earnings of more than $4 a share, up from last year's $3.27 a share.", "1989-10-30",
     "last year", "1988"),
])
def test_timebank_sentences(sentence, published, text, value):
    t = timexes_of(sentence, published)
    assert value_of(t, "d", text) == value, t[["text", "value"]]


def test_rules_without_spacy():
    assert words_to_number("nineteen ninety-six") == 1996
    assert words_to_number("two thousand one") == 2001
    assert resolve(recipe("the year two thousand"), None) == ("2000", "year")
    assert resolve(recipe("Saturday, April 25"), date(2015, 6, 1))[0] == "2015-04-25"  # 2015: a Saturday
    assert resolve(recipe("Saturday, April 25"), date(2021, 6, 1))[0] == "2020-04-25"  # the weekday picks 2020
    assert resolve(recipe("last Friday"), date(2024, 6, 21)) == ("2024-06-14", "day")  # Friday itself excluded
    assert resolve(recipe("June last year"), date(2024, 1, 5)) == ("2023-06", "month")
    assert resolve(recipe("mid-November"), date(2024, 10, 1), "future") == ("2024-11", "month")
    assert recipe("the 1990s") == {"kind": "vague"}  # a decade: no YYYY value, never a fake year
    assert recipe("this week") == {"kind": "vague"}
    assert resolve(recipe("this morning"), date(1998, 1, 20)) == ("1998-01-20", "day")
    assert resolve(recipe("last night"), date(1998, 1, 20)) == ("1998-01-19", "day")
    assert resolve(recipe("yesterday afternoon"), date(1998, 1, 20)) == ("1998-01-19", "day")


def test_missing_and_malformed_published_dates(tmp_path, cache_dir):
    text = "The treaty was signed on June 19, 2024. Officials met again last month, and in 1961 too."
    for name in ("none", "bad", "dated"):
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    (tmp_path / "metadata.csv").write_text("doc_id,published\nnone,\nbad,soon\ndated,2024-08-02\n")
    ann = annotate(tmp_path, cache_dir=cache_dir)
    assert "unreadable published date" in ann.documents.set_index("doc_id").at["bad", "warning"]
    t = ann.timexes
    for doc_id in ("none", "bad"):
        assert value_of(t, doc_id, "June 19, 2024") == "2024-06-19"  # explicit dates need no reference
        assert value_of(t, doc_id, "1961") == "1961"
        assert value_of(t, doc_id, "last month") == ""  # relative: no reference, no guess
    assert value_of(t, "dated", "last month") == "2024-07"
    with_ref = annotate(tmp_path, cache_dir=cache_dir, reference_date="2024-03-10").timexes
    assert value_of(with_ref, "none", "last month") == "2024-02"
    assert with_ref.query("doc_id == 'none' and text == 'last month'").resolved_by.item() == "reference_date"
    assert value_of(with_ref, "dated", "last month") == "2024-07"  # published wins over the fallback
    with pytest.raises(ValueError, match="reference_date"):
        annotate(tmp_path, cache_dir=cache_dir, reference_date="March 2024")


def test_reference_date_on_the_command_line(tmp_path, cache_dir, capsys):
    from analysis.cli import main

    with pytest.raises(SystemExit) as e:
        main(["annotate", str(SEEDS), "--out", str(tmp_path), "--reference-date", "yesterday"])
    assert e.value.code == 2 and "not a YYYY-MM-DD date" in capsys.readouterr().err
    assert not any(tmp_path.iterdir())


def test_offsets_are_relative_to_the_original_text(seeds_annotations):
    texts = {p.stem: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    for row in seeds_annotations.timexes.itertuples():
        assert texts[row.doc_id][row.start_char:row.end_char] == row.text


def test_tables_survive_a_round_trip(tmp_path, cache_dir):
    from analysis.tables.schema import read_tables, write_tables

    ann = annotate(SEEDS, cache_dir=cache_dir)
    write_tables(ann, tmp_path, "csv")
    back = read_tables(tmp_path).timexes
    assert list(back.columns[:7]) == ["doc_id", "start_char", "end_char", "text", "type", "value", "sentence"]
    assert back["value"].astype(str).tolist() == ann.timexes["value"].tolist()


def test_timeline_events_and_coverage(seeds_annotations):
    from analysis.views import timeline

    ann = seeds_annotations
    ev = timeline.events(ann.timexes, ann.documents)
    assert ev["period_start"].is_monotonic_increasing
    year = ev[ev.value == "1961"].iloc[0]
    assert (year.period_start, year.period_end) == (pd.Timestamp("1961-01-01"), pd.Timestamp("1962-01-01"))
    days = timeline.events(ann.timexes, ann.documents, min_precision="day")
    assert set(days.precision) == {"day"}
    recent = timeline.events(ann.timexes, ann.documents, start="2024-06", end="2024-06")
    assert set(recent.value) == {"2024-06-18", "2024-06-19", "2024-06-21", "2024"}  # 2024 overlaps June
    lin = timeline.events(ann.timexes, ann.documents, entities=ann.entities, entity=["Lin Jian"])
    assert lin.value.tolist() == ["2024-06-21"]
    distinct = timeline.distinct_events(ev, limit=None)
    assert distinct.value.is_unique and distinct.set_index("value").at["2000", "mentions"] == 3
    assert "1961, 2000 and 2001" not in distinct.set_index("value").at["2000", "event"]  # a sentence about it alone
    cov = timeline.coverage(ann.documents)
    assert cov.index.name == "day" and len(cov) == 5 and cov.values.sum() == 2  # the empty days show as zeros


@pytest.mark.parametrize("bad", ["June", "2024-13", "24-06-19"])
def test_timeline_range_must_be_a_date(seeds_annotations, bad):
    from analysis.views import timeline

    with pytest.raises(ValueError, match="YYYY, YYYY-MM or YYYY-MM-DD"):
        timeline.events(seeds_annotations.timexes, seeds_annotations.documents, start=bad)


def test_a_year_pandas_cannot_hold_is_left_off_the_timeline(seeds_annotations):
    from analysis.views import figures, timeline

    ann = seeds_annotations
    odd = ann.timexes.iloc[:1].assign(value="1018", precision="year", text="1018")
    ev = timeline.events(pd.concat([ann.timexes, odd]), ann.documents)
    assert "1018" not in set(ev["value"]) and len(ev) == len(timeline.events(ann.timexes, ann.documents))
    figures.event_timeline(timeline.distinct_events(ev, limit=10), colour_by="doc_id")


def test_mentions_are_read_per_100_articles_of_their_period():
    from analysis.views import timeline

    days = pd.to_datetime(["2024-06-17", "2024-06-18", "2024-06-19"])
    mentions = pd.DataFrame({"Putin": [10, 0, 3], "Kim": [5, 2, 0]}, index=days)
    articles = pd.DataFrame({"Nikkei": [10, 0, 2], "AJ": [10, 0, 1]}, index=days)
    rate = timeline.per_articles(mentions, articles)
    assert list(rate.index) == [days[0], days[2]]  # a day without articles has no rate
    assert rate.loc[days[0]].tolist() == [50.0, 25.0] and rate.loc[days[2], "Putin"] == 100.0


def test_the_public_timexes_table_keeps_its_workings_to_itself(seeds_annotations):
    assert not {"recipe", "anchor", "error", "tense"} & set(seeds_annotations.timexes.columns)
    assert {"precision", "resolved_by", "sentence_start_char"} <= set(seeds_annotations.timexes.columns)

"""No document can fail a run: a step that raises on one text sets that document aside with
the reason, the others are analysed, and the command still succeeds with one warning line."""

from datetime import date

import pytest

from analysis.cli import main
from analysis.extract import records as extract
from analysis.extract import timexes
from analysis.extract.timex_rules import recipe, resolve
from analysis.run.annotate import annotate

REF = date(2017, 12, 10)


def _corpus(tmp_path):
    (tmp_path / "boom.txt").write_text("The 1996-97 season was long. BOOM. Officials met on Tuesday.\n")
    (tmp_path / "fine.txt").write_text("Joe Biden spoke in Washington on Monday, his aides said.\n")
    (tmp_path / "metadata.csv").write_text("doc_id,published\nboom,2017-12-10\nfine,2017-12-10\n")
    return tmp_path


def test_a_rule_that_raises_fails_its_document_alone(tmp_path, monkeypatch):
    def fragile(doc):
        if "BOOM" in doc.text:
            raise RuntimeError("unforeseen text")
        return timexes.doc_timexes(doc)

    monkeypatch.setattr(extract, "STEPS", (*extract.STEPS[:2], ("timexes", fragile)))
    ann = annotate(_corpus(tmp_path), use_cache=False)
    docs = ann.documents.set_index("doc_id")
    assert docs.at["boom", "status"] == "error"
    assert docs.at["boom", "error"] == "timexes failed: RuntimeError: unforeseen text"
    assert docs.at["fine", "status"] == "ok"
    for table in (ann.entities, ann.quotes, ann.timexes):
        assert set(table.doc_id) == {"fine"}  # nothing of the failed document, everything of the other
    assert "Joe Biden" in set(ann.entities.entity)


def test_a_date_that_cannot_be_placed_fails_its_document_alone(tmp_path, monkeypatch):
    def fragile(r, reference, tense=None):
        if r.get("wd") == 1:  # Tuesday
            raise ValueError("month must be in 1..12")
        return resolve(r, reference, tense)

    monkeypatch.setattr(timexes, "resolve", fragile)
    ann = annotate(_corpus(tmp_path), use_cache=False)
    docs = ann.documents.set_index("doc_id")
    assert docs.at["boom", "status"] == "error"
    assert docs.at["boom", "error"] == "dates failed: ValueError: month must be in 1..12 (placing 'Tuesday')"
    assert set(ann.timexes.doc_id) == {"fine"} and ann.timexes.value.tolist() == ["2017-12-04"]


def test_the_command_succeeds_and_says_where_the_reasons_are(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(extract, "STEPS", (*extract.STEPS[:2], ("timexes", lambda doc: 1 / 0)))
    (tmp_path / "c").mkdir()
    assert main(["annotate", str(_corpus(tmp_path / "c")), "--out", str(tmp_path / "out"), "--no-cache", "-q"]) == 0
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "2 of 2 documents not analysed" in err and "ZeroDivisionError" in err
    assert str(tmp_path / "out" / "documents.parquet") in err


@pytest.mark.parametrize("text", ["1996-97", "the 1996-97 season", "2018-27", "the 2010-11 budget", "1924-5",
                                  "2000-1", "1996-1998", "1996/97"])
def test_year_ranges_are_spans_of_years_never_months(text):
    assert recipe(text) == {"kind": "vague"}


@pytest.mark.parametrize("text", ["1405 GMT", "0800 028 9276", "2024-13-45", "31/02/2021", "Feb. 30, 2020"])
def test_impossible_or_non_dates_have_no_value(text):
    r = recipe(text)
    assert r is None or resolve(r, REF) == ("", "")


@pytest.mark.parametrize("text,tense,value", [
    ("Thanksgiving", "past", "2017-11-23"),  # the fourth Thursday of November
    ("Thanksgiving", "future", "2018-11-22"),
    ("Christmas", "future", "2017-12-25"),
    ("last Christmas", None, "2016-12-25"),
    ("New Year's Day", "future", "2018-01-01"),
    ("Election Day 2016", None, "2016-11-08"),  # the Tuesday after the first Monday of November
    ("Memorial Day", "past", "2017-05-29"),  # the last Monday of May
    ("Easter", "future", "2018-04-01"),
])
def test_holidays_are_days(text, tense, value):
    assert resolve(recipe(text), REF, tense) == (value, "day")


def test_a_month_in_a_past_clause_is_in_the_past():
    # "issued his first travel ban in January", written in December 2017
    assert resolve(recipe("January"), REF, "past") == ("2017-01", "month")
    assert resolve(recipe("January"), REF, "future") == ("2018-01", "month")

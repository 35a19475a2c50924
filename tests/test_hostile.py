"""A corpus built to hurt (see tests/hostile.py): every input accounted for, the rest analysed."""

import pytest

from analysis.ingest.corpus import load_corpus
from analysis.run.annotate import annotate

from .hostile import EXPECTED, build, build_table


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    return build(tmp_path_factory.mktemp("hostile") / "corpus")


@pytest.fixture(scope="module")
def hostile_annotations(hostile, cache_dir):
    return annotate(hostile, cache_dir=cache_dir)


def test_every_input_has_a_status_and_reason(hostile_annotations):
    docs = hostile_annotations.documents.set_index("doc_id")
    assert sorted(docs.index) == sorted(EXPECTED)
    for doc_id, (status, reason) in EXPECTED.items():
        assert docs.loc[doc_id, "status"] == status, doc_id
        assert reason in docs.loc[doc_id, "error"], (doc_id, docs.loc[doc_id, "error"])
    assert "decoded as UTF-16" in docs.loc["utf16", "warning"]
    assert "cp1252" in docs.loc["cp1252", "warning"] and "not a date" in docs.loc["cp1252", "warning"]
    assert docs.loc["html_page", "title_from"] == "metadata"  # the metadata wins over the page's <title>
    assert docs.loc["html_page", "published"] == ""  # 19/06/2024 is not read as a guess
    assert docs.loc["utf16", "published"] == "2024-06-20"  # a datetime with a zone
    assert docs.loc["xss_body", "title"].startswith("Putin <script>")  # kept as data; escaped when shown


def test_the_usable_documents_are_fully_analysed(hostile_annotations):
    ann = hostile_annotations
    ok = ann.documents.loc[ann.documents["status"] == "ok", "doc_id"]
    for doc_id in ok:
        ents = ann.entities[ann.entities["doc_id"] == doc_id]
        assert "Vladimir Putin" in set(ents["entity"]), doc_id
        said = ann.quotes[(ann.quotes["doc_id"] == doc_id) & (ann.quotes["speaker_entity"] == "Leif-Eric Easley")]
        assert said["text"].str.contains("This is dangerous").any(), doc_id
    page = ann.entities[ann.entities["doc_id"] == "html_page"]
    assert not page["text"].str.contains("<|>|color", regex=True).any()
    assert set(ann.timexes.loc[ann.timexes["doc_id"] == "xss_body", "value"]) >= {"2024-06-19", "2024-06-20"}


def test_offsets_index_the_texts_table(hostile, hostile_annotations):
    texts = dict(zip(hostile_annotations.texts["doc_id"], hostile_annotations.texts["text"]))
    assert texts == {d.doc_id: d.text for d in load_corpus(hostile) if d.ok}
    assert texts["html_page"].startswith("Russian President") and "<" not in texts["html_page"]
    for name in ("entities", "quotes", "timexes"):
        table = getattr(hostile_annotations, name)
        assert len(table), name
        for r in table.itertuples():
            assert texts[r.doc_id][r.start_char:r.end_char] == r.text, (name, r.doc_id, r.text)


def test_a_table_corpus_with_duplicates_and_embedded_newlines(tmp_path, cache_dir):
    ann = annotate(build_table(tmp_path / "corpus.csv"), cache_dir=cache_dir)
    docs = ann.documents
    assert list(docs["doc_id"]) == ["a", "a", "b", "c"]
    assert list(docs["status"]) == ["ok", "error", "ok", "empty"]
    assert "duplicate doc_id" in docs["error"].iloc[1]
    assert docs["title"].iloc[2] == 'quotes "inside",\nand a newline'
    quotes = ann.quotes[ann.quotes["doc_id"] == "b"]
    assert "This is dangerous" in " ".join(quotes["text"])

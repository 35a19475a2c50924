"""The lazy table store: its DuckDB summaries agree with the mention rows they count."""

import pandas as pd
import pytest

from analysis.tables.schema import write_tables
from analysis.tables.store import TablesError, TableStore

from .paths import NIKKEI


@pytest.fixture(scope="module")
def on_disk(seeds_annotations, tmp_path_factory) -> TableStore:
    """The seed tables as a cluster run would leave them: entities as a dataset of two files."""
    folder = tmp_path_factory.mktemp("tables")
    write_tables(seeds_annotations, folder)
    ents = pd.read_parquet(folder / "entities.parquet")
    (folder / "entities.parquet").unlink()
    (folder / "entities").mkdir()
    for i, (_, part) in enumerate(ents.groupby("doc_id")):
        part.to_parquet(folder / "entities" / f"part-{i}.parquet", index=False)
    return TableStore.open(folder)


def test_top_entities_count_every_mention_once(on_disk, seed_entities):
    top = on_disk.top_entities(["PERSON"], top_n=5)
    rows = seed_entities[seed_entities["label"] == "PERSON"]
    expected = rows.groupby("entity").size().sort_values(ascending=False)
    assert top["entity"].iloc[0] == "Vladimir Putin"
    for _, r in top.iterrows():
        assert r["mentions"] == expected[r["entity"]]
        assert r["documents"] == rows.loc[rows["entity"] == r["entity"], "doc_id"].nunique()
    assert top.set_index("entity").loc["Kim Jong Un", "mentions"] == 15
    assert set(top["label"]) == {"PERSON"} and len(top) == 5
    everyone = on_disk.top_entities(["PERSON"], top_n=100).set_index("entity")["mentions"]
    assert everyone["Kim Yo Jong"] == 1 and everyone["Kim Jong Il"] == 1  # never merged into Kim Jong Un


def test_the_same_answers_in_memory_and_on_disk(on_disk, seeds_annotations):
    in_memory = TableStore.from_annotations(seeds_annotations)
    labels = ["PERSON", "GPE", "ORG"]
    pd.testing.assert_frame_equal(in_memory.top_entities(labels), on_disk.top_entities(labels))
    assert in_memory.leading_entities(labels) == on_disk.leading_entities(labels)
    assert in_memory.n_mentions() == on_disk.n_mentions() == len(seeds_annotations.entities)


def test_selection_restricts_every_count(on_disk, seed_entities):
    on_disk.select([NIKKEI])
    try:
        nikkei = seed_entities[seed_entities["doc_id"] == NIKKEI]
        assert on_disk.n_mentions() == len(nikkei)
        by_doc = on_disk.entity_by_document(["Vladimir Putin", "Kim Jong Un"])
        assert list(by_doc.columns) == [NIKKEI]
        assert by_doc.loc["Vladimir Putin", NIKKEI] == (nikkei["entity"] == "Vladimir Putin").sum()
        assert set(on_disk.frame("quotes")["doc_id"]) == {NIKKEI}
    finally:
        on_disk.select(None)
    assert on_disk.n_mentions() == len(seed_entities)


def test_alias_audit_lists_the_written_forms(on_disk, seed_entities):
    audit = on_disk.alias_audit(min_forms=2).set_index("entity")
    kim = seed_entities[seed_entities["entity"] == "Kim Jong Un"]
    forms = dict(f.rsplit(" ×", 1) for f in audit.loc["Kim Jong Un", "forms"].split("; "))
    written = kim["text"].str.replace(r"\s+", " ", regex=True).value_counts().to_dict()
    assert {k: int(v) for k, v in forms.items()} == written
    assert "family name" in audit.loc["Kim Jong Un", "resolved_by"]
    assert (audit["forms"].str.count("; ") >= 1).all()
    assert on_disk.n_entities() == seed_entities["entity"].nunique()


def test_mentions_over_time_by_publication_day(on_disk, seed_entities, seeds_annotations):
    table = on_disk.mentions_over_time(top_n=3)
    published = seeds_annotations.documents.set_index("doc_id")["published"]
    dated = seed_entities[seed_entities["doc_id"].map(published).fillna("") != ""]
    assert list(table.columns) == dated["entity"].value_counts().head(3).index.tolist()
    for name in table.columns:
        assert table[name].sum() == (dated["entity"] == name).sum()
    assert str(table.index.min().date()) == "2024-06-19"


def test_a_folder_without_tables_is_one_clear_error(tmp_path):
    with pytest.raises(TablesError, match="no documents table .* python -m analysis annotate"):
        TableStore.open(tmp_path)
    with pytest.raises(TablesError, match="no such folder"):
        TableStore.open(tmp_path / "missing")


def test_organisations_named_after_a_person_count_for_them_on_request():
    from analysis.tables.schema import Annotations, frame

    rows = [{"doc_id": "d", "start_char": i, "end_char": i + 1, "text": t, "label": lab, "entity": e,
             "refers_to": r} for i, (t, lab, e, r) in enumerate([
                 ("Trump", "PERSON", "Donald Trump", ""), ("Donald Trump", "PERSON", "Donald Trump", ""),
                 ("Trump Organization", "ORG", "Trump Organization", "Donald Trump")])]
    docs = pd.DataFrame({"doc_id": ["d"], "status": ["ok"], "n_words": [10]})
    store = TableStore.from_annotations(Annotations(docs, frame("entities", rows), frame("quotes", []),
                                                    frame("timexes", [])))
    count = store.top_entities(["PERSON"]).set_index("entity")["mentions"]
    assert count["Donald Trump"] == 2
    store.named_after = True
    assert store.top_entities(["PERSON"]).set_index("entity").at["Donald Trump", "mentions"] == 3
    assert store.top_entities(["ORG"]).set_index("entity").at["Trump Organization", "mentions"] == 1


def test_texts_give_the_context_every_offset_indexes(on_disk, seeds_annotations, tmp_path):
    quotes = seeds_annotations.quotes
    texts = on_disk.texts(quotes["doc_id"])
    assert set(texts) == set(quotes["doc_id"])
    for q in quotes.itertuples():
        assert texts[q.doc_id][q.start_char:q.end_char] == q.text
    write_tables(seeds_annotations, tmp_path)
    (tmp_path / "texts.parquet").unlink()  # tables written before the texts table existed
    assert TableStore.open(tmp_path).texts([NIKKEI]) == {}


def test_tables_carry_only_their_public_columns(seeds_annotations):
    """Working columns (merge evidence, date recipes and tense, speaker references) never reach
    a table: each holds its SPEC columns and this project's listed extensions, in that order."""
    from analysis.tables.schema import COLUMNS, EXTENSIONS

    for name, table in seeds_annotations.tables().items():
        if name == "documents":
            continue  # its extra columns are the corpus's own metadata
        assert list(table.columns[:len(COLUMNS[name])]) == COLUMNS[name]
        assert set(table.columns) <= set(COLUMNS[name] + EXTENSIONS[name]), name
    assert "tense" not in seeds_annotations.timexes and "speaker_ref" not in seeds_annotations.quotes

"""Names typed as parameters are checked against the tables, with the closest names suggested."""

from analysis.tables.store import TableStore
from analysis.views.names import check_parameters, suggestions


def test_a_surname_or_a_misspelling_gets_the_full_names(seeds_annotations):
    store = TableStore.from_annotations(seeds_annotations)
    speakers = store.names("speakers")
    assert suggestions("Putin", speakers)[0] == "Vladimir Putin"
    assert suggestions("Leif-Eric Easly", speakers)[0] == "Leif-Eric Easley"
    lines = check_parameters({"speakers": ["Putin", "Kim Jong Un"], "entity": "Pyongyang",
                              "sources": ["Nikkei"]}, store)
    assert len(lines) == 2  # Kim Jong Un and Pyongyang exist as written
    assert lines[0].startswith("speaker 'Putin' matches nothing") and "Vladimir Putin (" in lines[0]
    assert "statements" in lines[0] and "did you mean Nikkei Asia (1 documents)" in lines[1]
    assert check_parameters({"speakers": ["Zzyzx Qq"]}, store) == [
        "speaker 'Zzyzx Qq' matches nothing in these tables; no speaker name is like it"]

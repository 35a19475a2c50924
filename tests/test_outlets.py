"""Comparing outlets: Fightin' Words against the paper's formulas, and the notebook on real corpora."""

import math
from pathlib import Path

import nbformat
import pandas as pd
import papermill
import pytest

from analysis.tables.store import TableStore
from analysis.views import outlet_figures, outlets

from .paths import ROOT, SEEDS

POLNEAR_DEV = Path(__file__).resolve().parents[2] / "shared" / "data" / "polnear" / "dev" / "corpus"
COUNTS = pd.DataFrame({"outlet": ["A", "A", "A", "B", "B", "B", "C", "C"],
                       "term": ["tax", "war", "vote", "tax", "war", "vote", "tax", "vote"],
                       "count": [30, 2, 10, 5, 20, 10, 8, 4]})


def by_hand(outlet: str, term: str, prior: str) -> tuple[float, float]:
    """Monroe, Colaresi & Quinn (2008), eqs. 16 and 18-22, one term at a time."""
    y = COUNTS.pivot_table(index="term", columns="outlet", values="count", aggfunc="sum", fill_value=0)
    n_total = y.to_numpy().sum()
    if prior == "corpus":
        a_w, a0 = outlets.ALPHA0 * y.loc[term].sum() / n_total, outlets.ALPHA0
    else:
        a_w, a0 = outlets.UNIFORM, outlets.UNIFORM * len(y)
    yi, ni = y.at[term, outlet], y[outlet].sum()
    yj, nj = y.loc[term].sum() - yi, n_total - ni
    omega_i = (yi + a_w) / (ni + a0 - yi - a_w)
    omega_j = (yj + a_w) / (nj + a0 - yj - a_w)
    delta = math.log(omega_i) - math.log(omega_j)
    return delta, delta / math.sqrt(1 / (yi + a_w) + 1 / (yj + a_w))


@pytest.mark.parametrize("prior", ["corpus", "uniform"])
def test_log_odds_with_a_dirichlet_prior_matches_the_paper(prior):
    scores = outlets.fightin_words(COUNTS, prior=prior).set_index(["outlet", "term"])
    for outlet in "ABC":
        for term in ("tax", "war", "vote"):
            delta, z = by_hand(outlet, term, prior)
            assert scores.at[(outlet, term), "delta"] == pytest.approx(delta)
            assert scores.at[(outlet, term), "z"] == pytest.approx(z)
    assert scores.at[("A", "tax"), "z"] > 0 > scores.at[("A", "war"), "z"]  # A writes of tax, B of war
    top = outlets.distinctive(scores.reset_index(), top_n=1)
    assert dict(zip(top["outlet"], top["term"])) == {"A": "tax", "B": "war", "C": "tax"}  # C: 8 of 12 vs 35 of 77
    with pytest.raises(ValueError, match="prior must be"):
        outlets.fightin_words(COUNTS, prior="flat")


def test_dozens_of_outlets_become_the_largest_and_other():
    docs = pd.DataFrame({"source": [f"outlet{i:02d}" for i in range(30) for _ in range(30 - i)]})
    chosen = outlets.pick_outlets(docs, min_docs=2, max_outlets=8)
    assert sorted(set(chosen.values()) - {outlets.OTHER}) == [f"outlet{i:02d}" for i in range(8)]
    assert chosen["outlet29"] == outlets.OTHER
    named = outlets.pick_outlets(docs, sources=["outlet20", "outlet25", "nowhere"])
    assert set(named.values()) == {"outlet20", "outlet25", outlets.OTHER}


def test_the_seed_outlets_compared(seeds_annotations):
    store = TableStore.from_annotations(seeds_annotations)
    docs = store.documents()
    chosen = outlets.pick_outlets(docs, min_docs=1)
    assert set(chosen.values()) == {"Nikkei Asia", "Al Jazeera"}
    counts = store.term_counts().assign(outlet=lambda t: t["source"].map(chosen))
    top = outlets.distinctive(outlets.fightin_words(counts), top_n=15)
    spun = set(top.loc[top["outlet"] == "Al Jazeera", "term"])
    assert {"mention", "location"} <= spun  # the spinner's words for "said" and "countries"
    leaders = store.leading_entities(n=5)
    att = outlets.attention(store.mentions_per_document(leaders), chosen, leaders)
    assert len(att) == 10 and att.groupby("outlet")["share"].sum().between(0, 1).all()
    statements = outlets.with_source(store.frame("quotes"), docs)
    kinds = outlets.quoting(statements, chosen, store.entity_labels()).set_index("outlet")
    assert kinds.loc["Nikkei Asia", "statements"] == (statements["source"] == "Nikkei Asia").sum()
    assert kinds[["named person", "organisation or place", "generic", "unresolved"]].sum(axis=1).round(6).eq(1).all()
    tone = outlets.tone(statements[statements["speaker_entity"] != ""], chosen, min_quotes=2)
    assert {"Vladimir Putin", "Kim Jong Un"} <= set(tone["speaker"])
    daily = store.daily_mentions(["Vladimir Putin"]).assign(outlet=lambda d: d["source"].map(chosen))
    first = outlets.first_reports(daily)
    assert first.iloc[0][["first", "date"]].tolist() == ["Nikkei Asia", "2024-06-19"]
    assert "Al Jazeera +4 d" in first.iloc[0]["followers"]
    for fig, alt in ((outlet_figures.distinctive_terms(top), outlet_figures.describe_distinctive(top)),
                     (outlet_figures.attention_heatmap(att), outlet_figures.describe_attention(att)),
                     (outlet_figures.tone_by_outlet(tone), outlet_figures.describe_tone(tone)),
                     (outlet_figures.daily_small_multiples(daily), outlet_figures.describe_daily(first))):
        assert fig.axes and len(alt) > 30


def _run(tmp_path, corpus, **parameters):
    out = tmp_path / "run.ipynb"
    papermill.execute_notebook(str(ROOT / "notebooks" / "outlet_comparison.ipynb"), str(out),
                               parameters={"corpus": str(corpus), **parameters}, kernel_name="news-analysis",
                               cwd=str(ROOT / "notebooks"), progress_bar=False)
    nb = nbformat.read(out, as_version=4)
    text = "\n".join(o.get("text", "") for c in nb.cells for o in c.get("outputs", []))
    return nb, text


@pytest.mark.slow
def test_one_outlet_is_a_clear_message_not_a_crash(tmp_path, cache_dir):
    corpus = tmp_path / "one"
    corpus.mkdir()
    for p in SEEDS.glob("*.txt"):
        (corpus / p.name).write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
    (corpus / "metadata.csv").write_text("doc_id,source\n" + "".join(f"{p.stem},Wire\n" for p in SEEDS.glob("*.txt")),
                                         encoding="utf-8")
    nb, text = _run(tmp_path, corpus, cache_dir=str(cache_dir), terms="words", prior="uniform", top_n=5)
    assert "Only 1 outlet to compare (Wire)" in text
    assert not [o for c in nb.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]


@pytest.mark.slow
@pytest.mark.skipif(not POLNEAR_DEV.exists(), reason="needs ../shared/data/polnear")
def test_seven_outlets_of_polnear_dev(tmp_path, cache_dir):
    # Four articles of each of PolNeAR dev's seven outlets: real text, a fifth of the parsing.
    meta = pd.read_csv(POLNEAR_DEV / "metadata.csv", dtype=str).sort_values("doc_id").groupby("source").head(4)
    assert meta["source"].nunique() == 7
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    meta.to_csv(corpus / "metadata.csv", index=False)
    for doc_id in meta["doc_id"]:
        (corpus / f"{doc_id}.txt").write_bytes((POLNEAR_DEV / f"{doc_id}.txt").read_bytes())
    nb, text = _run(tmp_path, corpus, cache_dir=str(cache_dir), top_n=8, sources=["nyt", "breitbart", "politico"],
                    output_dir=str(tmp_path / "files"))
    assert not [o for c in nb.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
    terms = pd.read_csv(tmp_path / "files" / "distinctive_terms.csv")
    assert set(terms["outlet"]) == {"nyt", "breitbart", "politico"}  # the other four outlets are "other"
    assert (tmp_path / "files" / "tone.png").stat().st_size > 10_000

"""Summarising a 100k-article corpus from its tables: time and peak memory of the notebooks' queries.

    python bench/summary_100k.py [CORPUS] [--model NAME] [--articles N] [--keep DIR]

CORPUS (default ../shared/data/polnear/train/corpus) is annotated once (through the cache), and
its four tables are repeated with new doc_ids until there are N articles (default 100,000),
each copy written as one more Parquet file of a dataset, so the benchmark itself never holds
the big tables either; each copy's publication dates are moved by a week, so coverage spans
two years. Then, in a fresh process, it times what the entity-frequency and timeline notebooks
ask of ``analysis.tables.store``: the document list, the top entities per label, the heatmap's
documents, the alias audit, mentions over time and the timexes. The target: no step loads
every mention row into pandas, so peak memory stays far below the size of the mentions table.
"""

from __future__ import annotations

import math
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd
from _shared import POLNEAR, ROOT, arguments, timed

from analysis.run.annotate import annotate
from analysis.tables.schema import COLUMNS


def build(corpus: Path, model: str | None, articles: int, folder: Path) -> tuple[int, int, float]:
    """Write the repeated tables under ``folder``; return the documents, the mention rows and
    the MB those rows would take as one DataFrame."""
    ann = annotate(corpus, model=model)
    base = {name: getattr(ann, name) for name in COLUMNS}
    copies = math.ceil(articles / len(base["documents"]))
    for name in COLUMNS:
        (folder / name).mkdir(parents=True, exist_ok=True)
    written = {"documents": 0, "entities": 0}
    for i in range(copies):
        docs = base["documents"]
        if i == copies - 1:  # the last copy is cut so that there are exactly ``articles``
            docs = docs.head(articles - written["documents"])
        keep = set(docs["doc_id"])
        for name, df in base.items():
            part = df[df["doc_id"].isin(keep)].copy() if name != "documents" else docs.copy()
            part["doc_id"] = part["doc_id"].astype(str) + f"~{i:04d}"
            if name == "documents":
                dates = pd.to_datetime(part["published"], errors="coerce") + pd.Timedelta(weeks=i)
                part["published"] = dates.dt.strftime("%Y-%m-%d").fillna("")
            part.to_parquet(folder / name / f"part-{i:04d}.parquet", index=False)
            written[name] = written.get(name, 0) + len(part)
    per_row = base["entities"].memory_usage(deep=True).sum() / max(1, len(base["entities"]))
    return written["documents"], written["entities"], per_row * written["entities"] / 2**20


def summarise(folder: Path) -> None:
    """What the notebooks ask, timed step by step (run in a fresh process for a clean peak)."""
    from analysis.tables.store import TableStore

    steps = {}

    def step(name, fn):
        start = time.perf_counter()
        out = fn()
        steps[name] = time.perf_counter() - start
        return out

    store = step("open", lambda: TableStore.open(folder))
    docs = step("documents", store.documents)
    step("select analysed", lambda: store.select(docs.loc[docs["status"] == "ok", "doc_id"]))
    labels = ["PERSON", "ORG", "GPE", "NORP"]
    step("count mentions", lambda: store.n_mentions(labels))
    step("top entities", lambda: store.top_entities(labels, top_n=15))
    leaders = step("leading entities", lambda: store.leading_entities(labels, 20))
    step("entity x document", lambda: store.entity_by_document(leaders, labels))
    step("alias audit", lambda: store.alias_audit(labels, min_forms=2))
    step("mentions over time", lambda: store.mentions_over_time(top_n=6))
    entity_peak = _peak_mb()
    # The outlet comparison (notebooks/outlet_comparison.ipynb): seven outlets.
    from analysis.views import outlets

    chosen = outlets.pick_outlets(docs[docs["status"] == "ok"])
    counts = step("outlets: term counts", lambda: store.term_counts().assign(outlet=lambda t: t["source"].map(chosen)))
    step("outlets: log-odds", lambda: outlets.distinctive(outlets.fightin_words(counts)))
    per_doc = step("outlets: mentions/doc", lambda: store.mentions_per_document(leaders[:12]))
    step("outlets: attention", lambda: outlets.attention(per_doc, chosen, leaders[:12]))
    step("outlets: daily", lambda: store.daily_mentions(leaders[:6]))
    outlet_peak = _peak_mb()
    step("timexes", lambda: store.frame("timexes"))
    step("quotes", lambda: store.frame("quotes"))
    for name, secs in steps.items():
        print(f"  {name:20}: {secs:6.2f} s")
    print(f"  {'total':20}: {sum(steps.values()):6.2f} s")
    print(f"  outlet comparison: {sum(v for k, v in steps.items() if k.startswith('outlets')):.1f} s, peak RSS "
          f"{outlet_peak:,.0f} MB")
    print(f"  peak RSS after the entity summaries: {entity_peak:,.0f} MB; after reading the timexes and quotes "
          f"whole: {_peak_mb():,.0f} MB (this process: interpreter, pandas, DuckDB and the results)")


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


def main() -> None:
    if sys.argv[1:2] == ["--summarise"]:
        summarise(Path(sys.argv[2]))
        return
    a = arguments(__doc__, POLNEAR / "train" / "corpus", extra=[
        ("--articles", {"type": int, "default": 100_000, "help": "articles in the generated corpus"}),
        ("--keep", {"type": Path, "help": "write the tables here and keep them (default: a temporary folder)"})])
    with tempfile.TemporaryDirectory(prefix="news-100k-") as tmp:
        folder = a.keep or Path(tmp)
        secs, _, (n_docs, n_mentions, in_pandas) = timed(lambda: build(a.corpus, a.model, a.articles, folder))
        size = sum(p.stat().st_size for p in folder.rglob("*.parquet"))
        print(f"tables for {n_docs:,} articles written in {secs:.0f} s: {n_mentions:,} entity mentions, "
              f"{size / 2**20:,.0f} MB of Parquet; as one DataFrame the mentions alone would take "
              f"{in_pandas:,.0f} MB")
        start = time.perf_counter()
        subprocess.run([sys.executable, __file__, "--summarise", str(folder)], check=True, cwd=ROOT)
        print(f"summary of {n_docs:,} articles: {time.perf_counter() - start:.1f} s in all "
              f"(a fresh process, imports included)")


if __name__ == "__main__":
    main()

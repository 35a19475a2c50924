"""Annotation speed for each engine against raw spaCy, the cached re-run, and peak memory.

    python bench/annotate_speed.py [CORPUS] [--model NAME] [--workers N]

CORPUS defaults to ../shared/data/polnear/train/corpus (840 articles, 624k words). Prints, in
one run, words/s of:
- raw ``nlp.pipe`` with the same model (no project components, nothing kept), in 1 process
  and with ``n_process=N``;
- a cold ``annotate`` (empty cache: loading, parsing, extraction, caching, the tables) with
  the local engine in 1 process and in N worker processes, and with the Dask engine on a
  ``LocalCluster`` of N workers; each as a ratio to raw spaCy with the same process count
  (target >= 0.8), and the speed-ups asked for (N local workers >= 1.7x one; Dask >= 0.85x local);
then the warm re-run time and its speed-up over the cold run (target >= 20x), and the peak RSS
of each run (target <= 1.5 GB): of all its processes together and of the largest one. Each run
has a fresh process, so that nothing an earlier one loaded counts in its memory.
"""

from __future__ import annotations

import tempfile
from functools import partial

import spacy
from _shared import POLNEAR, arguments, documents, timed_fresh

from analysis.nlp.model import resolve_model
from analysis.run.annotate import annotate
from analysis.run.engine import BATCH_SIZE

TABLES = ("entities", "quotes", "timexes")


def raw(model: str, texts: list[str], processes: int) -> None:
    nlp = spacy.load(model)
    for _ in nlp.pipe(texts, batch_size=BATCH_SIZE, n_process=processes):
        pass


def same(a, b) -> bool:
    return all(getattr(a, t).equals(getattr(b, t)) for t in TABLES)


def main() -> None:
    a = arguments(__doc__, POLNEAR / "train" / "corpus", workers=True)
    model = resolve_model(a.model)
    docs = documents(a.corpus)
    texts = [d.body for d in docs]
    words = sum(d.n_words for d in docs)
    n = a.workers
    print(f"corpus: {a.corpus} ({len(docs)} documents, {words:,} words), model {model}, {n} workers")
    print("each run in a fresh process; memory: peak of all its processes together / of the largest one")

    def memory(run) -> str:
        return f"peak {run.mb:5.0f} MB / {run.largest_mb:4.0f} MB"

    raw_secs = {}
    for p in (1, n):
        run = timed_fresh(partial(raw, model, texts, p))
        raw_secs[p] = run.secs
        print(f"raw nlp.pipe, {p} process{'es' if p > 1 else '  '}    : {run.secs:7.1f} s  "
              f"{words / run.secs:9,.0f} words/s  {memory(run)}")

    runs = {}
    for name, engine, workers in (("local, 1 process", "local", 1), (f"local, {n} workers", "local", n),
                                  (f"dask, {n} workers", "dask", n)):
        with tempfile.TemporaryDirectory() as cache:
            job = partial(annotate, a.corpus, model=model, cache_dir=cache, engine=engine, workers=workers)
            run = runs[name] = timed_fresh(job)
            print(f"annotate, {name:17}: {run.secs:7.1f} s  {words / run.secs:9,.0f} words/s  {memory(run)}  "
                  f"ratio to raw {raw_secs[workers] / run.secs:.2f} (target >= 0.8)")
            if workers == 1:
                warm = timed_fresh(job)
                print(f"annotate, cached re-run  : {warm.secs:7.1f} s  speed-up {run.secs / warm.secs:.0f}x "
                      f"(target >= 20x), {memory(warm)}, same tables: {same(warm.result, run.result)}")
    one, local, dask = (r.secs for r in runs.values())
    base = runs["local, 1 process"].result
    raw_gain = raw_secs[1] / raw_secs[n]
    print(f"{n} local workers vs 1     : {one / local:.2f}x (target >= 1.7x; raw spaCy {raw_gain:.2f}x)")
    print(f"dask vs local, {n} workers : {local / dask:.2f}x (target >= 0.85x)")
    print(f"same tables from every engine: {all(same(r.result, base) for r in runs.values())}")


if __name__ == "__main__":
    main()

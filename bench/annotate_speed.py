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
of each run, all its worker processes included (target <= 1.5 GB).
"""

from __future__ import annotations

import tempfile

import spacy
from _shared import POLNEAR, arguments, documents, timed

from analysis.annotate import annotate
from analysis.engine import BATCH_SIZE
from analysis.model import resolve_model


def main() -> None:
    a = arguments(__doc__, POLNEAR / "train" / "corpus", workers=True)
    model = resolve_model(a.model)
    docs = documents(a.corpus)
    words = sum(d.n_words for d in docs)
    n = a.workers
    print(f"corpus: {a.corpus} ({len(docs)} documents, {words:,} words), model {model}, {n} workers")

    def raw(processes: int) -> None:
        nlp = spacy.load(model)
        for _ in nlp.pipe((d.body for d in docs), batch_size=BATCH_SIZE, n_process=processes):
            pass

    raw_secs = {}
    for p in (1, n):
        secs, mb, _ = timed(lambda p=p: raw(p))
        raw_secs[p] = secs
        print(f"raw nlp.pipe, {p} process{'es' if p > 1 else '  '}     : {secs:7.1f} s  {words / secs:9,.0f} words/s"
              f"  peak {mb:5.0f} MB")

    runs = {}
    for name, engine, workers in (("local, 1 process", "local", 1), (f"local, {n} workers", "local", n),
                                  (f"dask, {n} workers", "dask", n)):
        with tempfile.TemporaryDirectory() as cache:
            secs, mb, ann = timed(lambda e=engine, w=workers, c=cache: annotate(a.corpus, model=model, cache_dir=c,
                                                                                engine=e, workers=w))
            runs[name] = (secs, ann)
            print(f"annotate, {name:17}: {secs:7.1f} s  {words / secs:9,.0f} words/s  peak {mb:5.0f} MB  "
                  f"ratio to raw {raw_secs[workers] / secs:.2f} (target >= 0.8)")
            if workers == 1:
                warm, _, warm_ann = timed(lambda c=cache: annotate(a.corpus, model=model, cache_dir=c))
                same = all(getattr(warm_ann, t).equals(getattr(ann, t)) for t in ("entities", "quotes", "timexes"))
                print(f"annotate, cached re-run  : {warm:7.1f} s  speed-up {secs / warm:.0f}x (target >= 20x), "
                      f"same tables: {same}")
    one, local, dask = (runs[k][0] for k in runs)
    base = runs["local, 1 process"][1]
    same = all(all(getattr(r[1], t).equals(getattr(base, t)) for t in ("entities", "quotes", "timexes"))
               for r in runs.values())
    raw_gain = raw_secs[1] / raw_secs[n]
    print(f"{n} local workers vs 1     : {one / local:.2f}x (target >= 1.7x; raw spaCy {raw_gain:.2f}x)")
    print(f"dask vs local, {n} workers : {local / dask:.2f}x (target >= 0.85x)")
    print(f"same tables from every engine: {same}")


if __name__ == "__main__":
    main()

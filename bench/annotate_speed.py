"""Annotation speed against raw spaCy, the cached re-run, and peak memory, in one run.

    python bench/annotate_speed.py [CORPUS] [--model NAME]

CORPUS defaults to ../shared/data/polnear/train/corpus (840 articles, 624k words). Prints
words/s of raw ``nlp.pipe`` with the same model (no project components, nothing kept),
words/s of a cold ``annotate`` (empty cache: loading, parsing, extraction, caching,
canonicalisation, the tables), their ratio (target >= 0.8), the warm re-run time and its
speed-up over the cold run (target >= 20x), and the process's peak RSS.
"""

from __future__ import annotations

import resource
import tempfile
import time

import spacy
from _shared import POLNEAR, arguments, documents

from analysis.annotate import BATCH_SIZE, annotate
from analysis.model import resolve_model


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    a = arguments(__doc__, POLNEAR / "train" / "corpus")
    model = resolve_model(a.model)
    docs = documents(a.corpus)
    words = sum(d.n_words for d in docs)
    print(f"corpus: {a.corpus} ({len(docs)} documents, {words:,} words), model {model}")

    nlp = spacy.load(model)
    start = time.perf_counter()
    for _ in nlp.pipe((d.body for d in docs), batch_size=BATCH_SIZE):
        pass
    raw = time.perf_counter() - start
    del nlp
    print(f"raw nlp.pipe      : {raw:7.1f} s  {words / raw:9,.0f} words/s")

    with tempfile.TemporaryDirectory() as cache:
        start = time.perf_counter()
        cold_ann = annotate(a.corpus, model=model, cache_dir=cache)
        cold = time.perf_counter() - start
        print(f"annotate (cold)   : {cold:7.1f} s  {words / cold:9,.0f} words/s  "
              f"ratio to raw {raw / cold:.2f} (target >= 0.8)")
        start = time.perf_counter()
        warm_ann = annotate(a.corpus, model=model, cache_dir=cache)
        warm = time.perf_counter() - start
        same = warm_ann.entities.equals(cold_ann.entities)
        print(f"annotate (cached) : {warm:7.1f} s  speed-up {cold / warm:.0f}x (target >= 20x), same tables: {same}")
    print(f"peak RSS          : {peak_rss_mb():7.0f} MB")


if __name__ == "__main__":
    main()

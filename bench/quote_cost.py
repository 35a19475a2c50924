"""What quote extraction (and scoring the quotes' sentiment) adds to annotation time.

    python bench/quote_cost.py [CORPUS] [--model NAME]

CORPUS defaults to ../shared/data/polnear/dev/corpus (84 articles). Parses every document once
with the project's pipeline, then times each extraction step on the parsed documents. Prints
the seconds of each step and quote extraction plus quote sentiment as a share of the rest of
annotation (parse + entities + timexes); the target is at most 25%.
"""

from __future__ import annotations

import time

from _shared import POLNEAR, arguments, documents

from analysis.extract.entities import doc_entities
from analysis.extract.quotes import doc_quotes
from analysis.extract.timexes import doc_timexes
from analysis.nlp.model import load_model
from analysis.run.engine import BATCH_SIZE
from analysis.sentiment.score import score_quotes


def timed(fn, docs) -> tuple[float, list]:
    start = time.perf_counter()
    out = [fn(doc) for doc in docs]
    return time.perf_counter() - start, out


def main() -> None:
    a = arguments(__doc__, POLNEAR / "dev" / "corpus")
    nlp = load_model(a.model)
    texts = [d.body for d in documents(a.corpus)]
    # Load the sentiment model and the first-name table outside the timings (once per process).
    warm = nlp("Jane Doe arrived. “It is a warm-up sentence for the benchmark,” she said.")
    score_quotes(warm, doc_quotes(warm))
    start = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=BATCH_SIZE))
    parse = time.perf_counter() - start
    entities, _ = timed(doc_entities, docs)
    timexes, _ = timed(doc_timexes, docs)
    quotes, rows = timed(doc_quotes, docs)

    scoring, _ = timed(lambda pair: score_quotes(*pair), list(zip(docs, rows)))
    base = parse + entities + timexes
    n = sum(len(r) for r in rows)
    print(f"corpus: {a.corpus} ({len(docs)} documents, {sum(len(d) for d in docs):,} tokens, {n:,} quotes)")
    for name, secs in (("parse", parse), ("entities", entities), ("timexes", timexes), ("quotes", quotes),
                       ("quote sentiment", scoring)):
        print(f"{name:16}: {secs:6.1f} s")
    print(f"quotes + sentiment add {100 * (quotes + scoring) / base:.0f}% to annotation time (target <= 25%)")


if __name__ == "__main__":
    main()

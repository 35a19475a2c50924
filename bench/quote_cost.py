"""What quote extraction (and scoring the quotes' sentiment) adds to annotation time.

    python bench/quote_cost.py [CORPUS] [--model NAME]

CORPUS defaults to ../shared/data/polnear/dev/corpus (84 articles). Parses every document once
with the project's pipeline, then times each extraction step on the parsed documents. Prints
the seconds of each step and quote extraction plus quote sentiment as a share of the rest of
annotation (parse + entities + timexes); the target is at most 25%.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from analysis.annotate import BATCH_SIZE  # noqa: E402
from analysis.corpus import load_corpus  # noqa: E402
from analysis.entities import doc_entities  # noqa: E402
from analysis.model import load_model  # noqa: E402
from analysis.quotes import doc_quotes  # noqa: E402
from analysis.sentiment import score_spans  # noqa: E402
from analysis.timexes import doc_timexes  # noqa: E402

DEFAULT = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "polnear" / "dev" / "corpus"


def timed(fn, docs) -> tuple[float, list]:
    start = time.perf_counter()
    out = [fn(doc) for doc in docs]
    return time.perf_counter() - start, out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path, nargs="?", default=DEFAULT)
    ap.add_argument("--model")
    a = ap.parse_args()
    nlp = load_model(a.model)
    texts = [d.body for d in load_corpus(a.corpus) if d.ok]
    score_spans([nlp("Warm-up.")])  # load the sentiment model outside the timings
    start = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=BATCH_SIZE))
    parse = time.perf_counter() - start
    entities, _ = timed(doc_entities, docs)
    timexes, _ = timed(doc_timexes, docs)
    quotes, rows = timed(doc_quotes, docs)

    def sentiment(pair):
        doc, quotes = pair
        return score_spans([doc.char_span(q["start_char"], q["end_char"], alignment_mode="expand") for q in quotes])

    scoring, _ = timed(sentiment, list(zip(docs, rows)))
    base = parse + entities + timexes
    n = sum(len(r) for r in rows)
    print(f"corpus: {a.corpus} ({len(docs)} documents, {sum(len(d) for d in docs):,} tokens, {n:,} quotes)")
    for name, secs in (("parse", parse), ("entities", entities), ("timexes", timexes), ("quotes", quotes),
                       ("quote sentiment", scoring)):
        print(f"{name:16}: {secs:6.1f} s")
    print(f"quotes + sentiment add {100 * (quotes + scoring) / base:.0f}% to annotation time (target <= 25%)")


if __name__ == "__main__":
    main()

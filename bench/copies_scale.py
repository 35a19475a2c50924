"""How copy detection grows with the corpus: time and peak memory at growing sizes.

    python bench/copies_scale.py [CORPUS] [--sizes 1000,5000,20000,100000]

CORPUS (default ../shared/data/polnear/train/corpus) is repeated with edits until each size:
every repetition of an article drops one of its paragraphs at random, changes a few words and
gets a new doc_id and a later date, so each article grows a group of edited copies, the hard
case for any method that compares a document with every member of its group. Each size runs
in a fresh process (its peak memory is its own); the texts themselves are counted in it, as
``annotate`` holds them too. Near-linear means the time per document stays about flat.
"""

from __future__ import annotations

import json
import random
import re
import subprocess
import sys
import time

from _shared import POLNEAR, PeakRSS, arguments, documents

WORDS = re.compile(r"\b[a-z]{4,}\b")


def grown(texts: dict[str, tuple[str, str]], size: int, seed: int = 7) -> tuple[dict[str, str], dict[str, str]]:
    """``size`` texts and dates: the originals, then edited repetitions of them."""
    rng = random.Random(seed)
    ids = sorted(texts)
    out, dates = {}, {}
    for n in range(size):
        doc_id = ids[n % len(ids)]
        text, published = texts[doc_id]
        if n >= len(ids):
            paragraphs = [p for p in text.split("\n\n") if p.strip()]
            if len(paragraphs) > 2:
                paragraphs.pop(rng.randrange(1, len(paragraphs)))
            text = "\n\n".join(paragraphs)
            for _ in range(3):
                words = WORDS.findall(text)
                if words:
                    text = text.replace(rng.choice(words), rng.choice(words), 1)
            doc_id = f"{doc_id}~{n // len(ids)}"
        out[doc_id], dates[doc_id] = text, published
    return out, dates


def run_one(corpus: str, size: int) -> dict:
    import pandas as pd

    from analysis.tables.copies import find_copies

    originals = {d.doc_id: (d.body, d.meta.get("published", "")) for d in documents(corpus)}
    texts, dates = grown(originals, size)
    frame = pd.DataFrame({"doc_id": list(texts), "published": [dates[d] for d in texts], "status": "ok"})
    with PeakRSS() as peak:
        start = time.perf_counter()
        found = find_copies(frame, texts)
        seconds = time.perf_counter() - start
    return {"documents": size, "seconds": round(seconds, 1), "ms_per_document": round(1000 * seconds / size, 2),
            "peak_mb": round(peak.mb), "copies_found": int((found["copy_of"] != "").sum()),
            "copies_made": size - len(originals)}


def main() -> None:
    args = arguments(__doc__, POLNEAR / "train" / "corpus",
                     extra=[("--sizes", {"default": "1000,5000,20000,100000"}), ("--one", {"type": int})])
    if args.one:
        print(json.dumps(run_one(str(args.corpus), args.one)))
        return
    print(f"{'documents':>10} {'seconds':>8} {'ms/doc':>7} {'peak MB':>8} {'copies found / made':>20}")
    for size in (int(s) for s in args.sizes.split(",")):
        out = subprocess.run([sys.executable, __file__, str(args.corpus), "--one", str(size)], capture_output=True,
                             text=True, check=True)
        r = json.loads(out.stdout.strip().splitlines()[-1])
        print(f"{r['documents']:>10,} {r['seconds']:>8} {r['ms_per_document']:>7} {r['peak_mb']:>8,} "
              f"{r['copies_found']:>11,} / {r['copies_made']:,}", flush=True)


if __name__ == "__main__":
    main()

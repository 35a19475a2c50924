"""Article text of saved web pages against their extractors' ground truth: bag-of-words F1.

    python bench/page_text.py [WILD]   (default ../shared/data/wild)

Pages: Mozilla Readability's test pages (``expected.html``) and newspaper4k's (``txt/``), read
the way ``annotate`` reads a page (:func:`analysis.ingest.webpage.read_page`). The measure is the one
of trafilatura's own benchmark: precision and recall of the words of the extracted text
against the words of the expected body. The ground truths are those projects' outputs, not
hand-made bodies, so a few points either way are theirs as much as ours. Pages in other
languages are listed apart: ``annotate`` skips them.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from pathlib import Path

from _shared import ROOT

from analysis.ingest.language import detect
from analysis.ingest.webpage import read_page

_WORD = re.compile(r"\w+")


def prf(found: str, expected: str) -> tuple[float, float, float]:
    a, b = Counter(_WORD.findall(found.lower())), Counter(_WORD.findall(expected.lower()))
    both = sum((a & b).values())
    if not both:
        return 0.0, 0.0, 0.0
    p, r = both / sum(a.values()), both / sum(b.values())
    return p, r, 2 * p * r / (p + r)


def pages(wild: Path):
    for folder in sorted((wild / "html-readability" / "test-pages").glob("*/")):
        expected = html.unescape(re.sub(r"<[^>]+>", " ", (folder / "expected.html").read_text(encoding="utf-8")))
        yield f"readability/{folder.name}", (folder / "source.html").read_text(encoding="utf-8"), expected
    base = wild / "html-newspaper4k"
    for page in sorted((base / "html").glob("*.html")):
        truth = base / "txt" / f"{page.stem}.txt"
        if truth.exists():
            yield (f"newspaper4k/{page.stem}", page.read_text(encoding="utf-8", errors="replace"),
                   truth.read_text(encoding="utf-8"))


def main() -> None:
    import sys

    wild = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "data" / "wild"
    english = []
    print(f"{'page':45} {'lang':>4} {'P':>6} {'R':>6} {'F1':>6}")
    for name, page, expected in pages(wild):
        text = read_page(page).text
        lang = detect(text)[0]
        p, r, f = prf(text, expected)
        if lang == "en":
            english.append((p, r, f))
        print(f"{name:45} {lang:>4} {p:6.3f} {r:6.3f} {f:6.3f}")
    n = len(english)
    print(f"English pages: {n}, mean P {sum(x[0] for x in english) / n:.3f}, R {sum(x[1] for x in english) / n:.3f}, "
          f"F1 {sum(x[2] for x in english) / n:.3f}")


if __name__ == "__main__":
    main()

"""What the benchmark scripts share: the project on the import path, where the data is, their
command line (``[CORPUS] [--model NAME]``) and the analysable documents."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
POLNEAR = ROOT.parent / "shared" / "data" / "polnear"
sys.path.insert(0, str(ROOT))


def arguments(doc: str, default: Path, workers: bool = False) -> argparse.Namespace:
    """The corpus (``default`` when none is given), ``--model`` and, if asked, ``--workers``;
    ``doc`` is the script's docstring."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("corpus", type=Path, nargs="?", default=default)
    ap.add_argument("--model")
    if workers:
        ap.add_argument("--workers", type=int, default=2, help="worker processes (default 2)")
    return ap.parse_args()


def documents(corpus: Path) -> list:
    """The corpus's documents that can be analysed."""
    from analysis.corpus import load_corpus

    return [d for d in load_corpus(corpus) if d.ok]

"""What the benchmark scripts share: the project on the import path, where the data is, their
command line (``[CORPUS] [--model NAME]``), the analysable documents, and timing with peak memory."""

from __future__ import annotations

import argparse
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
POLNEAR = ROOT.parent / "shared" / "data" / "polnear"
sys.path.insert(0, str(ROOT))


def arguments(doc: str, default: Path, workers: bool = False,
              extra: list[tuple[str, dict]] = ()) -> argparse.Namespace:
    """The corpus (``default`` when none is given), ``--model``, if asked ``--workers``, and the
    ``extra`` options (name, ``add_argument`` keywords); ``doc`` is the script's docstring."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("corpus", type=Path, nargs="?", default=default)
    ap.add_argument("--model")
    if workers:
        ap.add_argument("--workers", type=int, default=2, help="worker processes (default 2)")
    for name, options in extra:
        ap.add_argument(name, **options)
    return ap.parse_args()


def documents(corpus: Path) -> list:
    """The corpus's documents that can be analysed."""
    from analysis.corpus import load_corpus

    return [d for d in load_corpus(corpus) if d.ok]


class PeakRSS:
    """The largest total resident memory of this process and its children while in the block."""

    def __init__(self, every: float = 0.2):
        self.every, self.peak, self._stop = every, 0, threading.Event()

    def _sample(self) -> None:
        me = psutil.Process()
        while not self._stop.is_set():
            total = 0
            for p in [me, *me.children(recursive=True)]:
                try:
                    total += p.memory_info().rss
                except psutil.Error:
                    pass
            self.peak = max(self.peak, total)
            self._stop.wait(self.every)

    def __enter__(self) -> PeakRSS:
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    @property
    def mb(self) -> float:
        return self.peak / 2**20


def timed(fn: Callable[[], object]) -> tuple[float, float, object]:
    with PeakRSS() as rss:
        start = time.perf_counter()
        out = fn()
        secs = time.perf_counter() - start
    return secs, rss.mb, out

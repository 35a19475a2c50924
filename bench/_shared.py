"""What the benchmark scripts share: the project on the import path, where the data is, their
command line (``[CORPUS] [--model NAME]``), the analysable documents, and timing with peak memory."""

from __future__ import annotations

import argparse
import multiprocessing
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

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
    from analysis.ingest.corpus import load_corpus

    return [d for d in load_corpus(corpus) if d.ok]


class PeakRSS:
    """The largest total resident memory of a process (default: this one) and all its descendants
    while in the block, and the largest of any single one of them."""

    def __init__(self, process: psutil.Process | None = None, every: float = 0.2):
        self.process = process or psutil.Process()
        self.every, self.peak, self.largest, self._stop = every, 0, 0, threading.Event()

    def _sample(self) -> None:
        while not self._stop.is_set():
            sizes = []
            try:
                tree = [self.process, *self.process.children(recursive=True)]
            except psutil.Error:
                tree = []
            for p in tree:
                try:
                    sizes.append(p.memory_info().rss)
                except psutil.Error:
                    pass
            self.peak = max(self.peak, sum(sizes))
            self.largest = max(self.largest, *sizes, 0)
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

    @property
    def largest_mb(self) -> float:
        return self.largest / 2**20


def timed(fn: Callable[[], object]) -> tuple[float, float, object]:
    with PeakRSS() as rss:
        start = time.perf_counter()
        out = fn()
        secs = time.perf_counter() - start
    return secs, rss.mb, out


class Run(NamedTuple):
    secs: float
    mb: float          # peak of the process and its workers together
    largest_mb: float  # peak of the largest single process
    result: object


def _run_child(fn: Callable[[], object], results) -> None:
    start = time.perf_counter()
    try:
        out = fn()
    except BaseException as e:
        results.put((None, f"{type(e).__name__}: {e}"))
        raise
    results.put((time.perf_counter() - start, out))


def timed_fresh(fn: Callable[[], object]) -> Run:
    """``fn()`` (picklable: a module-level function or a ``functools.partial`` of one) run in a
    fresh process, so that nothing an earlier run loaded counts in this one's memory: its time
    (imports done, the interpreter's start not counted), the peak memory of that process and
    its workers, and its result."""
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    child = context.Process(target=_run_child, args=(fn, results))
    child.start()
    with PeakRSS(psutil.Process(child.pid)) as rss:
        secs, out = results.get()  # before join: a big result would block the child's exit
    child.join()
    if secs is None:
        raise SystemExit(f"the measured run failed: {out}")
    return Run(secs, rss.mb, rss.largest_mb, out)

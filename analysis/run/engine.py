"""Where documents are parsed: in this process, in local worker processes, or on Dask.

The documents still to annotate are cut into partitions of about ``PARTITION_WORDS`` words, in
corpus order. A partition is the unit of work: a worker parses it (loading the model once per
worker process, through :func:`analysis.nlp.model.load_model`'s cache), extracts its records and
sends them back as one Parquet table (key, records as JSON, parse as a ``DocBin``). The parent
keeps that table in ``<cache>/partitions/`` (written atomically) until it has merged it into
the annotation cache in one transaction; a table left by a run killed in between is merged by
the next run. So an interrupted run resumes without redoing finished partitions, and no process
ever holds more than a partition of parsed documents.

Workers get the texts and return bytes: nothing needs a file system shared with the parent,
which is what lets ``--scheduler`` point at any Dask cluster that has this package and the
model installed.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from multiprocessing import get_context
from pathlib import Path
from typing import TYPE_CHECKING

import pyarrow as pa
import pyarrow.parquet as pq
from spacy.language import Language
from spacy.tokens import Doc, DocBin

from analysis.extract.records import extract_unscored, failed, with_sentiment
from analysis.failures import failure
from analysis.nlp.model import load_model
from analysis.tables.schema import atomic_write

if TYPE_CHECKING:  # imported where used: only the dask engine needs distributed
    from distributed import LocalCluster

ENGINES = ("local", "dask")
PARTITION_WORDS = 40_000
MIN_PARTITION_WORDS = 2_000  # below this, per-partition costs (a task, a Parquet table) show
BATCH_SIZE = 16
# Dask settings for the LocalCluster that ``--engine dask`` starts (README, "Running on a
# cluster", says how to give an existing cluster the same):
# - The nanny starts workers with MALLOC_TRIM_THRESHOLD_=65536, so that glibc hands freed memory
#   back sooner. Parsing ran 15-20% slower in a process started with it (240 PolNeAR articles:
#   73-80 s against 59-69 s), likely because any malloc threshold set also turns off glibc's
#   adaptive mmap threshold. A worker frees its partition after each task anyway.
# - No dashboard, so no use for the statistical profiler, which samples the running task's
#   stack 100 times a second.
LOCAL_CLUSTER_CONFIG = {"distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
                        "distributed.worker.profile.enabled": False}

Item = tuple[str, str, int]  # cache key, text, words


class EngineError(ValueError):
    """A bad --engine/--workers/--scheduler choice, or a Dask cluster that cannot be reached."""


def partitions(items: list[Item], words: int | None = None) -> list[list[Item]]:
    """Consecutive runs of about ``words`` words (default ``PARTITION_WORDS``; a longer
    document is a partition alone)."""
    words = words or PARTITION_WORDS
    parts: list[list[Item]] = []
    size = 0
    for item in items:
        if not parts or size + item[2] > words:
            parts.append([])
            size = 0
        parts[-1].append(item)
        size += item[2]
    return parts


def _partition_words(items: list[Item], workers: int) -> int:
    """``PARTITION_WORDS``, or less when the corpus is small: at least four partitions per worker
    keep every worker busy until the end, and the parent merges one while the workers parse."""
    if workers == 1:
        return PARTITION_WORDS
    return min(PARTITION_WORDS, max(MIN_PARTITION_WORDS, sum(words for _, _, words in items) // (4 * workers)))


def _parsed(nlp: Language, texts: list[str]) -> Iterator[Doc | str]:
    """Each text's ``Doc``, in batches; if a batch breaks, the rest one at a time, so that a text
    the model cannot parse yields the reason (a string) instead of failing its neighbours."""
    done = 0
    try:
        for doc in nlp.pipe(texts, batch_size=BATCH_SIZE):
            done += 1
            yield doc
    except Exception:  # noqa: BLE001 - found again below, for the one text that causes it
        for text in texts[done:]:
            try:
                yield nlp(text)
            except Exception as e:  # noqa: BLE001
                yield failure("parsing", e)


def annotate_partition(items: list[Item], model: str) -> bytes:
    """Parse and extract one partition; its records and parses as Parquet bytes (run on workers)."""
    nlp = load_model(model)
    keys, unscored, parses = [], [], []
    for (key, _, _), doc in zip(items, _parsed(nlp, [text for _, text, _ in items])):
        keys.append(key)
        if isinstance(doc, str):
            unscored.append(failed(doc))
            parses.append(None)
            continue
        unscored.append(extract_unscored(doc))
        parses.append(DocBin(docs=[doc]).to_bytes())
    records = [json.dumps(r) for r in with_sentiment(unscored)]
    table = pa.table({"key": keys, "records": records, "doc": pa.array(parses, pa.binary())})
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink, compression="none")  # DocBins are compressed already
    return sink.getvalue().to_pybytes()


def _local(parts: list[list[Item]], model: str, workers: int) -> Iterator[bytes]:
    # spawn, not fork: the parent may hold threads (tqdm's monitor) and a loaded model.
    with ProcessPoolExecutor(workers, mp_context=get_context("spawn"), initializer=load_model,
                             initargs=(model,)) as pool:
        futures = [pool.submit(annotate_partition, p, model) for p in parts]
        try:
            for f in as_completed(futures):
                yield f.result()
        finally:
            for f in futures:
                f.cancel()


def local_cluster(workers: int) -> LocalCluster:
    """The Dask ``LocalCluster`` that ``--engine dask`` starts without ``--scheduler``: one
    single-threaded worker process per worker, with :data:`LOCAL_CLUSTER_CONFIG`."""
    import dask
    from distributed import LocalCluster

    with dask.config.set(LOCAL_CLUSTER_CONFIG):
        return LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                            silence_logs=40)


def _dask(parts: list[list[Item]], model: str, workers: int, scheduler: str | None) -> Iterator[bytes]:
    try:
        from distributed import Client
        from distributed import as_completed as dask_completed
    except ImportError as e:  # pragma: no cover - installed with the project
        raise EngineError("the dask engine needs 'dask[distributed]': pip install -r requirements.txt") from e
    cluster = None
    try:
        if scheduler:
            client = Client(scheduler, timeout="20s")
        else:
            cluster = local_cluster(workers)
            client = Client(cluster)
    except OSError as e:
        raise EngineError(f"cannot reach the Dask scheduler {scheduler!r}: {e}") from e
    try:
        futures = client.map(annotate_partition, parts, model=model, pure=False)
        for f in dask_completed(futures):
            yield f.result()
            f.release()  # the result is merged; the cluster need not keep it
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def check_engine(engine: str, workers: int, scheduler: str | None) -> None:
    """Fail early, with one clear line, on a choice of engine that cannot run."""
    if engine not in ENGINES:
        raise EngineError(f"unknown engine {engine!r}; choose one of: {', '.join(ENGINES)}")
    if workers < 1:
        raise EngineError(f"--workers must be at least 1, not {workers}")
    if scheduler and engine != "dask":
        raise EngineError("--scheduler needs --engine dask")


def parse_and_extract(items: list[Item], model: str, engine: str = "local", workers: int = 1,
        scheduler: str | None = None) -> Iterator[bytes]:
    """Partition results (Parquet bytes) as they finish, from the chosen engine (checked
    beforehand with :func:`check_engine`)."""
    parts = partitions(items, _partition_words(items, 1 if engine == "local" and workers == 1 else workers))
    if engine == "dask":
        return _dask(parts, model, workers, scheduler)
    if workers == 1:
        return (annotate_partition(p, model) for p in parts)
    return _local(parts, model, workers)


def write_partition(folder: Path, data: bytes, name: str) -> Path:
    """Keep one partition's table where a killed run still finds it; ``name`` starts with the
    version of the code that extracted it."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.parquet"
    atomic_write(path, lambda tmp: Path(tmp).write_bytes(data))
    return path


def finished_partitions(folder: Path, version: str) -> list[Path]:
    """Partitions a killed run wrote but did not merge; those of older code are removed."""
    if not folder.exists():
        return []
    found = []
    for path in sorted(folder.glob("*.parquet")):
        if path.name.startswith(f"{version}-"):
            found.append(path)
        else:
            path.unlink(missing_ok=True)
    return found


def read_partition(data: bytes) -> list[tuple[str, str, bytes]]:
    """The (key, records as JSON, DocBin bytes) rows of one partition's table."""
    table = pq.read_table(pa.BufferReader(data))
    return list(zip(*(table[column].to_pylist() for column in ("key", "records", "doc"))))

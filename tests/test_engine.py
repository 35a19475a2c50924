"""Engines: local processes and a real Dask LocalCluster give the single-process tables; an
interrupted run resumes from its finished partitions."""

import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from analysis.ingest.corpus import load_corpus
from analysis.nlp.model import model_version, resolve_model
from analysis.run import annotate as annotate_module
from analysis.run import engine
from analysis.run.annotate import annotate
from analysis.run.cache import EXTRACT_VERSION, AnnotationCache, parse_key

from .paths import SEEDS
from .test_cli import run

TABLES = ("documents", "entities", "quotes", "timexes")


def sorted_table(ann, name: str) -> pd.DataFrame:
    table = getattr(ann, name)
    return table.sort_values(list(table.columns[:3])).reset_index(drop=True)


@pytest.fixture
def small_partitions(monkeypatch):
    # The two seed articles as two partitions, so two workers each get one.
    monkeypatch.setattr(engine, "PARTITION_WORDS", 500)


@pytest.fixture(scope="module")
def single(tmp_path_factory):
    return annotate(SEEDS, cache_dir=tmp_path_factory.mktemp("single"))


@pytest.mark.parametrize("engine_name", ["local", pytest.param("dask", marks=pytest.mark.slow)])
def test_engines_give_the_single_process_tables(engine_name, single, tmp_path, small_partitions):
    items = [(d.doc_id, d.body, d.n_words) for d in load_corpus(SEEDS)]
    assert len(engine.partitions(items)) == 2
    ann = annotate(SEEDS, cache_dir=tmp_path, engine=engine_name, workers=2)
    for name in TABLES:
        pd.testing.assert_frame_equal(sorted_table(ann, name), sorted_table(single, name))
    # the cache works under every engine: the partitions were merged and their files removed
    assert not list((tmp_path / "partitions").glob("*"))
    warm = annotate(SEEDS, cache_dir=tmp_path)
    pd.testing.assert_frame_equal(warm.quotes, ann.quotes)


def seed_keys() -> list[str]:
    model = resolve_model()
    return [parse_key(d.body, model, model_version(model)) for d in load_corpus(SEEDS)]


def test_an_interrupted_run_resumes_without_redoing_finished_partitions(tmp_path, monkeypatch, single,
                                                                         small_partitions):
    real_run = engine.parse_and_extract
    seen: list[list[str]] = []

    def interrupted_after_one(items, *args, **kwargs):
        seen.append([key for key, _, _ in items])
        results = real_run(items, *args, **kwargs)
        yield next(results)
        raise KeyboardInterrupt

    monkeypatch.setattr(annotate_module, "parse_and_extract", interrupted_after_one)
    with pytest.raises(KeyboardInterrupt):
        annotate(SEEDS, cache_dir=tmp_path)
    cache = AnnotationCache(tmp_path)
    done = set(cache.records(seed_keys()))
    cache.close()
    assert len(done) == 1  # the finished partition is in the cache

    def recorded(items, *args, **kwargs):
        seen.append([key for key, _, _ in items])
        return real_run(items, *args, **kwargs)

    monkeypatch.setattr(annotate_module, "parse_and_extract", recorded)
    resumed = annotate(SEEDS, cache_dir=tmp_path)
    assert set(seen[-1]) == set(seed_keys()) - done  # only the unfinished document is parsed
    for name in TABLES:
        pd.testing.assert_frame_equal(sorted_table(resumed, name), sorted_table(single, name))


def test_a_partition_written_but_not_merged_is_merged_by_the_next_run(tmp_path, monkeypatch, single):
    model = resolve_model()
    items = [(key, d.body, d.n_words) for key, d in zip(seed_keys(), load_corpus(SEEDS))]
    engine.write_partition(tmp_path / "partitions", engine.annotate_partition(items, model),
                           f"{EXTRACT_VERSION}-killed")
    (tmp_path / "partitions" / "stale-0.parquet").write_bytes(b"from older code")

    def no_parsing(*args, **kwargs):
        raise AssertionError("parsed a document a finished partition holds")

    monkeypatch.setattr(annotate_module, "parse_and_extract", no_parsing)
    ann = annotate(SEEDS, cache_dir=tmp_path)
    pd.testing.assert_frame_equal(sorted_table(ann, "quotes"), sorted_table(single, "quotes"))
    assert not list((tmp_path / "partitions").glob("*"))


@pytest.mark.parametrize("args,message", [
    (("--workers", "0"), "--workers must be at least 1"),
    (("--scheduler", "tcp://127.0.0.1:1"), "--scheduler needs --engine dask"),
])
def test_engine_errors_are_one_line(tmp_path, args, message):
    res = run("annotate", SEEDS, "--out", "x", "--no-cache", *args, cwd=tmp_path)
    assert res.returncode == 2 and res.stderr.count("\n") == 1 and message in res.stderr, res.stderr
    assert not (tmp_path / "x").exists()


def _worker_settings() -> tuple[str | None, bool]:
    import dask

    return os.environ.get("MALLOC_TRIM_THRESHOLD_"), dask.config.get("distributed.worker.profile.enabled")


@pytest.mark.slow
def test_the_local_dask_cluster_runs_without_the_slow_worker_settings():
    # Dask's nanny would start workers with MALLOC_TRIM_THRESHOLD_=65536 (parsing 15-20% slower)
    # and the statistical profiler on; a misspelt config key would silently keep both.
    from distributed import Client

    with engine.local_cluster(1) as cluster, Client(cluster) as client:
        assert list(client.run(_worker_settings).values()) == [(None, False)]


def test_the_extract_version_hashes_every_module_the_workers_run():
    """Editing any module the extraction imports (sentiment.py was once left out) re-extracts."""
    from analysis.run.cache import EXTRACTION_CODE, PACKAGE

    code = ("import sys; from analysis.extract.records import with_sentiment, extract_unscored; "
            "import analysis.sentiment.model, analysis.sentiment.features; "
            "print('\\n'.join(m.__file__ for n, m in sys.modules.items() if n.startswith('analysis.')))")
    files = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    hashed = [PACKAGE / part for part in EXTRACTION_CODE]
    worker_side = [Path(f) for f in files if Path(f).name != "__init__.py"]
    assert any(f.is_relative_to(PACKAGE / "sentiment") for f in worker_side)
    assert [f for f in worker_side if not any(f == h or f.is_relative_to(h) for h in hashed)] == []

import time
from pathlib import Path

import pytest

from .paths import ROOT, SEEDS

_STARTED = time.time()


@pytest.fixture(scope="session")
def cache_dir(tmp_path_factory) -> Path:
    """One annotation cache for the whole test session (the model parses each text once)."""
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(scope="session")
def seeds_annotations(cache_dir):
    from analysis.run.annotate import annotate

    return annotate(SEEDS, cache_dir=cache_dir)


@pytest.fixture(scope="session")
def seed_reports(tmp_path_factory, cache_dir):
    """The seeds' reports, built once per test run (a full papermill run of every notebook) for
    every test that reads them: with two parameters set, to check they reach the notebooks."""
    from analysis.report.build import build_reports
    from analysis.settings import Settings

    out = tmp_path_factory.mktemp("reports-seeds")
    results = build_reports(SEEDS, out, parameters={"top_n": "5", "labels": '["PERSON"]'},
                            settings=Settings(cache_dir=cache_dir))
    return out, results


@pytest.fixture(scope="session")
def seed_entities(seeds_annotations):
    return seeds_annotations.entities


def pytest_terminal_summary(terminalreporter):
    shots = [p for p in (ROOT / "build" / "screenshots").glob("*/*.png") if p.stat().st_mtime >= _STARTED]
    if shots:  # only those this session took
        terminalreporter.write_line(f"screenshots of {len(shots)} report pages (look at them): "
                                    f"{ROOT / 'build' / 'screenshots'}")

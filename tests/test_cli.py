"""The command line as a user runs it: outputs, the cache, and one-line errors."""

import subprocess
import sys

import pandas as pd
import pytest

from analysis.run import annotate as annotate_module
from analysis.run.annotate import annotate
from analysis.tables.schema import COLUMNS

from .paths import ROOT, SEEDS


def run(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "analysis", *map(str, args)], cwd=cwd, capture_output=True,
                          text=True, timeout=600)


def test_annotate_writes_the_four_tables(tmp_path, cache_dir):
    out = tmp_path / "out"
    res = run("annotate", SEEDS, "--out", out, "--format", "csv", "--cache-dir", cache_dir)
    assert res.returncode == 0, res.stderr
    for name, cols in COLUMNS.items():
        table = pd.read_csv(out / f"{name}.csv", keep_default_na=False)
        assert list(table.columns[:len(cols)]) == cols
    docs = pd.read_csv(out / "documents.csv")
    assert list(docs.status) == ["ok", "ok"] and docs.n_words.min() > 500
    assert not list(tmp_path.glob("out/.*.tmp"))


def test_parquet_is_the_default(tmp_path, cache_dir):
    res = run("annotate", SEEDS, "--out", tmp_path, "--cache-dir", cache_dir, "-q")
    assert res.returncode == 0, res.stderr
    assert len(pd.read_parquet(tmp_path / "entities.parquet")) > 200


@pytest.mark.parametrize("args,message", [
    (("annotate", "no/such/corpus", "--out", "x"), "corpus not found"),
    (("annotate", SEEDS, "--out", "x", "--model", "xx_no_such_model"), "unknown spaCy model 'xx_no_such_model'"),
    (("annotate", SEEDS, "--out", "x", "--aliases", "missing.csv"), "alias file not found"),
    (("report", SEEDS, "--out", "x", "-p", "no_such_param", "1"), "unknown parameter 'no_such_param'"),
    (("report", SEEDS, "--out", "x", "-p", "corpus", "other"), "set by the command itself"),
    (("report", SEEDS, "--out", "x", "-p", "reference_date", "2024-13-01"), "is not a YYYY-MM-DD date"),
])
def test_user_errors_are_one_line_before_any_work(tmp_path, monkeypatch, capsys, args, message):
    from analysis.cli import main
    from analysis.report import build

    def no_work(*args, **kwargs):
        raise AssertionError("annotated although an option was bad")

    monkeypatch.setattr(build, "annotate_documents", no_work)
    monkeypatch.chdir(tmp_path)
    assert main([str(a) for a in args]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err and "Traceback" not in err
    assert not (tmp_path / "x").exists()


def test_a_user_error_through_python_m_is_one_line_and_exit_2(tmp_path):
    res = run("annotate", "no/such/corpus", "--out", "x", cwd=tmp_path)
    assert res.returncode == 2
    assert res.stderr == "error: corpus not found: no/such/corpus\n"


def test_second_run_reads_the_cache(tmp_path, monkeypatch, cache_dir):
    first = annotate(SEEDS, cache_dir=cache_dir)

    def no_parsing(*args, **kwargs):
        raise AssertionError("parsed although every document is cached")

    monkeypatch.setattr(annotate_module, "load_model", no_parsing)
    second = annotate(SEEDS, cache_dir=cache_dir)
    pd.testing.assert_frame_equal(first.entities, second.entities)
    # --no-cache parses again, and gives the same tables
    monkeypatch.undo()
    third = annotate(SEEDS, use_cache=False)
    pd.testing.assert_frame_equal(first.entities, third.entities)


def test_bad_documents_do_not_stop_the_run(tmp_path, cache_dir):
    (tmp_path / "good.txt").write_text("Vladimir Putin met Kim Jong Un. Putin smiled.", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    ann = annotate(tmp_path, cache_dir=cache_dir)
    assert dict(zip(ann.documents.doc_id, ann.documents.status)) == {"bad": "error", "empty": "empty",
                                                                      "good": "ok"}
    assert set(ann.entities.doc_id) == {"good"}
    assert set(ann.entities.entity) == {"Vladimir Putin", "Kim Jong Un"}


def test_changed_extraction_reuses_cached_parses(monkeypatch, cache_dir):
    from analysis.run import cache as cache_module

    first = annotate(SEEDS, cache_dir=cache_dir)
    monkeypatch.setattr(cache_module, "EXTRACT_VERSION", "changed-rules")

    class NoParsing:
        def __init__(self, nlp):
            self.vocab = nlp.vocab

        def pipe(self, texts, **kwargs):
            assert not list(texts), "parsed a document whose parse was cached"
            return iter(())

    real = annotate_module.load_model
    monkeypatch.setattr(annotate_module, "load_model", lambda name: NoParsing(real(name)))
    again = annotate(SEEDS, cache_dir=cache_dir)
    pd.testing.assert_frame_equal(first.entities, again.entities)


def test_a_model_folder_is_a_model(tmp_path, cache_dir):
    # the README promises --model path/to/model-folder; a second helper of the same name once
    # shadowed the folder check and refused every folder
    import spacy

    from analysis.nlp.model import resolve_model

    folder = tmp_path / "model"
    spacy.load(resolve_model(None)).to_disk(folder)
    assert resolve_model(str(folder)) == str(folder)
    ann = annotate(SEEDS, model=str(folder), cache_dir=cache_dir)
    assert (ann.documents.status == "ok").all() and len(ann.entities) > 200

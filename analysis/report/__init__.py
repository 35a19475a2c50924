"""Batch reports: every notebook run on a corpus with papermill and rendered to one HTML page each."""

from analysis.report.build import ReportError, build_reports

__all__ = ["ReportError", "build_reports"]

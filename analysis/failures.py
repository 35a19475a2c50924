"""A document's status, and how its failure is worded: a module of its own because every step
uses it. ``ok`` is analysed; ``error`` and ``skipped`` carry their reason in ``error``."""

from __future__ import annotations

OK = "ok"


def is_ok(status):
    """Whether a status (or a Series of them) means analysed."""
    return status == OK


def failure(step: str, error: BaseException) -> str:
    """One line that says where one document's analysis broke and why (the type, the message)."""
    message = " ".join(str(error).split())[:300]
    return f"{step} failed: {type(error).__name__}" + (f": {message}" if message else "")

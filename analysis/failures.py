"""How one document's failure is worded: a module of its own because every step uses it."""

from __future__ import annotations


def failure(step: str, error: BaseException) -> str:
    """One line that says where one document's analysis broke and why (the type, the message)."""
    message = " ".join(str(error).split())[:300]
    return f"{step} failed: {type(error).__name__}" + (f": {message}" if message else "")

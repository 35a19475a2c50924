"""Load the spaCy model with the project's components (finding and describing it is
:mod:`analysis.nlp.model_info`). The loaded-model cache is the package's only global."""

from __future__ import annotations

import spacy
from spacy.language import Language

from analysis.lexicon import DASH_CLASS, INVISIBLE_MARKS, rows
from analysis.nlp import components  # noqa: F401  (registers the project's spaCy components)
from analysis.nlp.model_info import (  # noqa: F401 (re-exported for the write side's imports)
    DEFAULT_MODELS,
    INSTALL_HINT,
    ModelError,
    model_language,
    model_version,
    resolve_model,
    versions,
)

_LOADED: dict[str, Language] = {}


def _split_glued_marks(nlp: Language) -> None:
    """Make brackets inside a word separate tokens ("Korea]-Russia" is three names' worth of text),
    a quote opened with no space after a comma or colon ("Ryan said,“Look, ..."), one closed
    with no space before the next word ("... and paranoia,”Clinton said"), and the invisible
    formatting marks web text carries around a word ("\u202a”Sorry Sarah": a left-to-right
    embedding, then the quotation mark)."""
    invisible = f"[{INVISIBLE_MARKS}]"
    nlp.tokenizer.prefix_search = spacy.util.compile_prefix_regex([invisible, *nlp.Defaults.prefixes]).search
    nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex([invisible, *nlp.Defaults.suffixes]).search
    infixes = [*nlp.Defaults.infixes, r"[\[\]\(\)]", r"(?<=[\]\)])" + DASH_CLASS,
               r"(?<=[A-Za-z])[,:](?=[“\"])", r"(?<=[,:])[“\"](?=\w)",
               r"(?<=[A-Za-z])[,.!?](?=”[A-Za-z])", r"(?<=[,.!?])”(?=[A-Za-z])"]
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer


def _fix_lemmas(nlp: Language) -> None:
    """Correct the lemmas the model's lemmatizer gets wrong (``data/lemma_fixes.csv``)."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    ruler = nlp.add_pipe("attribute_ruler", name="lemma_fixes", after="lemmatizer")
    for row in rows("lemma_fixes.csv"):
        ruler.add(patterns=[[{"LOWER": row["form"], "POS": row["pos"]}]], attrs={"LEMMA": row["lemma"]})


def load_model(name: str | None = None) -> Language:
    """Load (once per process) the model with the project's components added after ``ner``."""
    name = resolve_model(name)
    if name not in _LOADED:
        nlp = spacy.load(name)
        if "ner" not in nlp.pipe_names:
            raise ModelError(f"spaCy model {name!r} has no named-entity recogniser; {INSTALL_HINT}")
        _split_glued_marks(nlp)
        if "parser" in nlp.pipe_names:
            nlp.add_pipe("paragraph_breaks", before="parser")
            nlp.add_pipe("modal_names", after="parser")
        nlp.add_pipe("news_entity_spans", after="ner")
        _fix_lemmas(nlp)
        _LOADED[name] = nlp
    return _LOADED[name]



"""Term counts per document, for comparing what outlets write about (:mod:`analysis.views.outlets`).

Words are counted as lower-case lemmas of content words outside entity names, stop words
left out; each entity counts as one term under its canonical name, added when the tables are
built (the name is only known then). Counted once at annotation time, so a comparison of
100k articles reads a compact table instead of re-reading parses.
"""

from __future__ import annotations

from collections import Counter
from functools import cache

from spacy.tokens import Doc, Token
from spacy.util import get_lang_class

CONTENT = frozenset({"NOUN", "VERB", "ADJ", "ADV", "PROPN"})


def _counted(tok: Token, stop: frozenset[str]) -> bool:
    return (tok.is_alpha and len(tok) > 2 and not tok.is_stop and tok.pos_ in CONTENT and not tok.ent_type_
            and tok.lemma_.lower() not in stop)


def doc_terms(doc: Doc) -> list[dict]:
    """``[{"term": lemma, "count": n}, ...]`` for the content words of ``doc``."""
    stop = _stop_words(doc.lang_)
    counts = Counter(tok.lemma_.lower() for tok in doc if _counted(tok, stop))
    return [{"term": term, "count": n} for term, n in sorted(counts.items())]


@cache
def _stop_words(lang: str) -> frozenset[str]:
    """The language's stop words: a lemma ("be" of "was") can be one where its form is not."""
    return frozenset(get_lang_class(lang).Defaults.stop_words)

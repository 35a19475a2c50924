"""Which language a document is in, so that no page is parsed by a model of another language.

py3langid (a light, numpy-only port of langid.py) is what trafilatura itself uses for this. A text
is set aside only when the detector is sure and the text is long enough to be sure about: a wrong
"skipped" loses an article, a wrong "ok" only gives a poor parse.
"""

from __future__ import annotations

import re
from functools import cache

MIN_CHARS = 200
MIN_PROBABILITY = 0.9
SAMPLE = 2000  # characters read: enough to be sure, and a 100k-document corpus is read in seconds
_URL = re.compile(r"https?://\S+")


def detect(text: str) -> tuple[str, float]:
    """``(ISO 639-1 code, probability)`` of ``text``'s language, from its first ``SAMPLE`` characters."""
    if not text.strip():
        return "", 0.0
    lang, prob = _identifier().classify(_URL.sub(" ", text[:SAMPLE]))
    return lang, float(prob)


@cache
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def other_language(text: str, expected: str) -> str:
    """The language of ``text`` when it is surely not ``expected``, else ""."""
    if len(text.strip()) < MIN_CHARS:
        return ""
    lang, prob = detect(text)
    return lang if lang != expected and prob >= MIN_PROBABILITY else ""

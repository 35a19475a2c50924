"""HTML renderings for notebooks. Corpus text is always escaped (displaCy escapes it too)."""

from __future__ import annotations

import html

from spacy import displacy
from spacy.tokens import Doc

from .figures import LABEL_COLOURS


def entities_html(doc: Doc, labels: list[str] | None = None, title: str = "") -> str:
    """displaCy's entity view of ``doc`` (labels limited to ``labels`` when given)."""
    # A masked mailing-list wrapper is whitespace; rendering it would open with a blank gap.
    words = [t.i for t in doc if not t.is_space]
    if words and (words[0] > 0 or words[-1] < len(doc) - 1):
        doc = doc[words[0]:words[-1] + 1].as_doc()
    options = {"colors": {k: v + "55" for k, v in LABEL_COLOURS.items()}}
    if labels:
        options["ents"] = labels
    body = displacy.render(doc, style="ent", options=options, jupyter=False, page=False)
    head = f"<h4>{html.escape(title)}</h4>" if title else ""
    return f"{head}<div style='max-height:40em;overflow:auto'>{body}</div>"

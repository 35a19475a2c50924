"""Names a researcher types (speakers, entities, sources) checked against the tables, with the
closest existing names suggested: "Trump" matches no speaker, "Donald Trump" has 533 statements.
"""

from __future__ import annotations

import difflib

import pandas as pd


def suggestions(name: str, available: pd.Series, n: int = 3) -> list[str]:
    """Up to ``n`` existing names like ``name`` (``available``: name -> count), most used first:
    those that contain it as a word or part ("Trump" in "Donald Trump"), then near spellings."""
    lower = name.lower().strip()
    names = available.index.astype(str)
    containing = available[[lower in x.lower() or x.lower() in lower for x in names]] if lower else available[[]]
    close = difflib.get_close_matches(name, list(names), n=n, cutoff=0.75)
    ranked = list(containing.sort_values(ascending=False, kind="stable").index[:n])
    return (ranked + [c for c in close if c not in ranked])[:n]


def unknown_names(asked: list[str] | None, available: pd.Series, what: str, unit: str) -> list[str]:
    """One line for each asked name that matches nothing, with suggestions; [] when all match.
    ``what``: "speaker", "entity" or "source"; ``unit``: what the counts count ("statements")."""
    lines = []
    for name in asked or []:
        if name in available.index:
            continue
        found = suggestions(name, available)
        hint = "; did you mean " + ", ".join(f"{s} ({int(available[s]):,} {unit})" for s in found) + "?" if found \
            else f"; no {what} name is like it"
        lines.append(f"{what} {name!r} matches nothing in these tables{hint}")
    return lines


# Notebook parameters that name things in the tables: (what the store lists, what, unit).
PARAMETERS = {"speakers": ("speakers", "speaker", "statements"), "entity": ("entities", "entity", "mentions"),
              "sources": ("sources", "source", "documents")}


def check_parameters(parameters: dict, store) -> list[str]:
    """The unknown names among the ``speakers``, ``entity`` and ``sources`` of ``parameters``."""
    lines = []
    for key, (listing, what, unit) in PARAMETERS.items():
        asked = parameters.get(key)
        if asked:
            lines += unknown_names([asked] if isinstance(asked, str) else list(asked), store.names(listing), what, unit)
    return lines

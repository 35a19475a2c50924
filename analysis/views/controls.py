"""Controls for exploring in JupyterLab: ipywidgets that redraw a figure and its table in place.

A notebook cell hands :func:`explore` a function that draws from a few choices, and the choices'
starting values (its parameters). Live in the lab (``interactive``), the choices become
controls above the drawing, offering the names that exist in the tables with their counts,
so no one has to guess "Donald Trump" from "Trump". In a report (papermill runs the notebooks
with ``interactive=False``) the same cell draws once from the parameters: widgets need
scripts, which the reports forbid.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pandas as pd


@dataclass
class Choice:
    """One control: ``kind`` is ``pick`` (names, several), ``one`` (one of ``options``),
    ``number`` (an integer from ``low`` to ``high``) or ``text``."""

    kind: str
    value: Any
    options: list = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    low: int = 0
    high: int = 100
    description: str = ""


def pick(names: pd.Series, value: list[str] | None = None, description: str = "", top: int = 200) -> Choice:
    """Several names out of ``names`` (name -> count, most used first; the first ``top`` offered)."""
    offered = names.head(top)
    chosen = [v for v in (value or []) if v in names.index]
    options = list(dict.fromkeys([*chosen, *offered.index]))
    return Choice("pick", chosen, options, [f"{n} ({int(names[n]):,})" for n in options], description=description)


def one(options: list, value: Any, description: str = "") -> Choice:
    return Choice("one", value, list(options), [str(o) for o in options], description=description)


def text(value: str | None, description: str = "") -> Choice:
    """A short text, such as a date (``None`` is an empty box)."""
    return Choice("text", value, description=description)


def number(value: int, low: int, high: int, description: str = "") -> Choice:
    return Choice("number", int(value), low=low, high=max(high, int(value)), description=description)


@dataclass
class Explorer:
    """What :func:`explore` drew first (``result``) and, live, its controls by name."""

    result: Any
    widgets: dict = field(default_factory=dict)


def _widget(choice: Choice):
    import ipywidgets as w

    style = {"description_width": "initial"}
    if choice.kind == "pick":
        return w.SelectMultiple(options=list(zip(choice.labels, choice.options)), value=tuple(choice.value),
                                description=choice.description, rows=8, style=style,
                                layout=w.Layout(width="24em"))
    if choice.kind == "text":
        return w.Text(value=choice.value or "", description=choice.description, style=style, continuous_update=False,
                      placeholder="YYYY[-MM[-DD]]", layout=w.Layout(width="14em"))
    if choice.kind == "one":
        return w.Dropdown(options=list(zip(choice.labels, choice.options)), value=choice.value,
                          description=choice.description, style=style)
    return w.IntSlider(value=choice.value, min=choice.low, max=choice.high, description=choice.description,
                       style=style, continuous_update=False)


def explore(draw: Callable[..., Any], interactive: bool, **choices: Choice) -> Explorer:
    """Draw once from the choices' values; live, also show controls that draw again on change."""
    values = {name: c.value for name, c in choices.items()}
    if not interactive:
        return Explorer(draw(**values))
    import ipywidgets as w
    from IPython.display import display

    widgets = {name: _widget(c) for name, c in choices.items()}
    output = w.Output()

    def redraw(_change=None) -> Any:
        current = {name: list(wd.value) if isinstance(wd.value, tuple) else (wd.value or None)
                   if isinstance(wd.value, str) and choices[name].kind == "text" else wd.value
                   for name, wd in widgets.items()}
        with output:
            output.clear_output(wait=True)
            return draw(**current)

    for wd in widgets.values():
        wd.observe(redraw, names="value")
    display(w.VBox([w.HBox(list(widgets.values())), output]))
    return Explorer(redraw(), widgets)

"""Matplotlib figures for the notebooks.

Each function builds a bare :class:`~matplotlib.figure.Figure` (not through pyplot), so no
global figure state builds up and a notebook shows a figure exactly once, by displaying it.
"""

from __future__ import annotations

import io
import textwrap

import pandas as pd
from matplotlib.figure import Figure

LABEL_COLOURS = {"PERSON": "#4C72B0", "ORG": "#DD8452", "GPE": "#55A868", "NORP": "#C44E52", "LOC": "#8172B3",
                 "FAC": "#937860", "EVENT": "#DA8BC3", "LAW": "#8C8C8C", "WORK_OF_ART": "#CCB974",
                 "PRODUCT": "#64B5CD", "LANGUAGE": "#4C4C4C"}


def empty_figure(message: str, width: float = 8, height: float = 1.5) -> Figure:
    """A figure that says there is nothing to draw, instead of an empty or broken axis."""
    fig = Figure(figsize=(width, height))
    ax = fig.subplots()
    ax.text(0.5, 0.5, message, ha="center", va="center", fontsize=12)
    ax.set_axis_off()
    return fig


def top_entities_bars(top: pd.DataFrame, title: str = "Most-mentioned entities by type") -> Figure:
    """One horizontal bar panel per label: mentions of its top entities."""
    if top.empty:
        return empty_figure("No entities match the selection.")
    labels = list(dict.fromkeys(top["label"]))
    cols = min(2, len(labels))
    rows = -(-len(labels) // cols)
    longest = int(top.groupby("label").size().max())
    fig = Figure(figsize=(6.5 * cols, 0.32 * longest * rows + 1.2 * rows))
    axes = fig.subplots(rows, cols, squeeze=False)
    for ax, label in zip(axes.flat, labels):
        sub = top[top["label"] == label].iloc[::-1]
        ax.barh(sub["entity"], sub["mentions"], color=LABEL_COLOURS.get(label, "#777777"))
        ax.set_title(label, loc="left", fontsize=11, fontweight="bold")
        ax.set_xlabel("mentions")
        ax.tick_params(axis="y", labelsize=9)
        ax.spines[["top", "right"]].set_visible(False)
        for y, (n, d) in enumerate(zip(sub["mentions"], sub["documents"])):
            ax.text(n, y, f" {n} ({d} doc{'s' if d != 1 else ''})", va="center", fontsize=8, color="#444444")
        ax.set_xlim(0, sub["mentions"].max() * 1.35)
    for ax in list(axes.flat)[len(labels):]:
        ax.set_axis_off()
    fig.suptitle(title, x=0.01, ha="left", fontsize=13)
    fig.tight_layout()
    return fig


def entity_document_heatmap(table: pd.DataFrame, titles: dict[str, str] | None = None,
                            title: str = "Mentions per document") -> Figure:
    """Entities (rows) by documents (columns), cell = mentions; numbers printed in each cell."""
    if table.empty:
        return empty_figure("No entities to compare across documents.")
    titles = titles or {}
    cols = [titles.get(c) or c for c in table.columns]
    cols = [c if len(c) <= 40 else c[:38] + "…" for c in cols]
    if len(cols) <= 8:  # few documents: wrap their titles under wide columns
        cols = [textwrap.fill(c, 22) for c in cols]
    fig = Figure(figsize=(min(max(7.0, 3 + 0.9 * len(cols)), 18), 1.6 + 0.32 * len(table)))
    ax = fig.subplots()
    im = ax.imshow(table.values, aspect="auto", cmap="Blues")
    ax.set_yticks(range(len(table)), table.index, fontsize=9)
    ax.set_xticks(range(len(cols)), cols, rotation=0 if len(cols) <= 8 else 90,
                  ha="center" if len(cols) <= 8 else "right", fontsize=8)
    if table.size <= 600:
        top = table.values.max() or 1
        for (i, j), v in pd.DataFrame(table.values).stack().items():
            if v:
                ax.text(j, i, int(v), ha="center", va="center", fontsize=7,
                        color="white" if v > top * 0.6 else "black")
    ax.set_xlabel("document")
    ax.set_ylabel("entity")
    ax.set_title(title, loc="left")
    fig.colorbar(im, ax=ax, label="mentions", shrink=0.8)
    fig.tight_layout()
    return fig


def png_bytes(fig: Figure, dpi: int = 110) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi, bbox_inches="tight")
    return buf.getvalue()


def show(fig: Figure) -> None:
    """Display ``fig`` in a notebook as a PNG (figures are built without pyplot, see above)."""
    from IPython.display import Image, display

    display(Image(data=png_bytes(fig)))

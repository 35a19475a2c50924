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


def _display_as_png() -> None:
    """In IPython, show a figure left as a cell's last expression as its picture (the figures are
    built without pyplot, so the inline backend does not know them)."""
    try:
        from IPython import get_ipython
    except ImportError:
        return
    shell = get_ipython()
    if shell is not None:
        shell.display_formatter.formatters["image/png"].for_type(Figure, png_bytes)


_display_as_png()

_PALETTE = ["#4C72B0", "#DD8452", "#55A868", "#C44E52", "#8172B3", "#937860", "#DA8BC3", "#8C8C8C", "#CCB974",
            "#64B5CD"]


def _colours(keys: list[str]) -> dict[str, str]:
    return {k: _PALETTE[i % len(_PALETTE)] for i, k in enumerate(dict.fromkeys(keys))}


def _pack(distinct: pd.DataFrame, labels: list[str], lo: pd.Timestamp, hi: pd.Timestamp,
          width_in: float) -> list[tuple[int, bool]]:
    """(lane, label-on-the-left) per event so that no two labels overlap; text width is
    estimated from the number of characters at 7 pt."""
    total = max((hi - lo).days, 1)
    day_per_char = total * (7 * 0.55 / 72) / (width_in - 1.2)
    lanes: list[list[tuple[float, float]]] = []
    placed = []
    for s, e, text in zip(distinct["period_start"], distinct["period_end"], labels):
        x0, x1 = (max(s, lo) - lo).days, (min(e, hi) - lo).days
        w = len(text) * day_per_char + total * 0.01
        left = x1 > total * 0.6  # labels near the right edge extend to the left
        a, b = (x0 - w, x1) if left else (x0, x1 + w)
        for i, lane in enumerate(lanes):
            if all(b < c or a > d for c, d in lane):
                lane.append((a, b))
                placed.append((i, left))
                break
        else:
            lanes.append([(a, b)])
            placed.append((len(lanes) - 1, left))
    return placed


def _labels(distinct: pd.DataFrame) -> list[str]:
    return [f"{v}  {e}" for v, e in zip(distinct["value"], distinct["event"])]


def _draw_events(ax, distinct: pd.DataFrame, placed: list[tuple[int, bool]], colours: dict[str, str],
                 colour_by: str, lo: pd.Timestamp, hi: pd.Timestamp, published: list) -> None:
    import matplotlib.dates as mdates

    labels = _labels(distinct)
    for (lane, left), (_, row), text in zip(placed, distinct.iterrows(), labels):
        colour = colours[row[colour_by] or "(unknown)"]
        start, end = max(row["period_start"], lo), min(row["period_end"], hi)
        if row["precision"] == "day":
            ax.plot([start + (end - start) / 2], [-lane], "o", color=colour, markersize=5)
        else:
            year = row["precision"] == "year"
            ax.barh(-lane, end - start, left=start, height=0.45 if year else 0.6, color=colour,
                    alpha=0.35 if year else 0.9, hatch="///" if year else None, edgecolor=colour, linewidth=0.8)
        ax.annotate(text, (start if left else end, -lane), xytext=(-4 if left else 4, 0), textcoords="offset points",
                    fontsize=7, ha="right" if left else "left", va="center")
    for p in published:
        if lo <= p <= hi:
            ax.axvline(p, color="#999999", linestyle=":", linewidth=0.8, zorder=0)
    n = max((lane for lane, _ in placed), default=0) + 1
    ax.set_xlim(lo, hi)
    ax.set_ylim(-n + 0.4, 0.8)
    ax.set_yticks([])
    ax.xaxis.set_major_locator(mdates.AutoDateLocator(maxticks=12))
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(ax.xaxis.get_major_locator()))
    ax.spines[["top", "right", "left"]].set_visible(False)


def event_timeline(distinct: pd.DataFrame, colour_by: str = "source", published: list | None = None,
                   title: str = "Dated events", zoom_months: int = 15) -> Figure:
    """Events on a true time axis, one label each, packed into lanes so no two labels overlap.

    Days are dots; months are bars as long as the month; years are light hatched bars as long
    as the year, so a year-only date never looks like a precise day. Dotted lines mark the
    publication dates the relative dates were read on. When the events span decades but
    several fall in the ``zoom_months`` before the latest publication, a second panel shows
    that stretch at a readable scale (without the year-only dates, which would fill it)."""
    if distinct.empty:
        return empty_figure("No dated events match the selection.")
    from matplotlib.patches import Patch

    width_in = 12.0
    pubs = sorted(pd.to_datetime(pd.Series(published or []), errors="coerce").dropna().unique())
    lo, hi = distinct["period_start"].min(), distinct["period_end"].max()
    pad = pd.Timedelta(days=max((hi - lo).days, 30) * 0.03)
    lo, hi = lo - pad, hi + pad
    colours = _colours(list(distinct[colour_by].fillna("").replace("", "(unknown)")))
    panels = [(distinct, lo, hi, "all dated events")]
    if pubs and (hi - lo).days > 5 * 365:
        z_lo = pubs[-1] - pd.DateOffset(months=zoom_months)
        recent = distinct[(distinct["precision"] != "year") & (distinct["period_end"] > z_lo)]
        if len(recent) >= 3:
            z_hi = max(pubs[-1], recent["period_end"].max()) + pd.Timedelta(days=10)
            z_lo = max(z_lo, recent["period_start"].min() - pd.Timedelta(days=10))
            panels.append((recent, z_lo, z_hi, f"{z_lo:%B %Y} to {z_hi:%B %Y}, at a readable scale"))
    placements = [_pack(d, _labels(d), a, b, width_in) for d, a, b, _ in panels]
    sizes = [max(lane for lane, _ in placed) + 1 for placed in placements]
    fig = Figure(figsize=(width_in, 1.6 + 0.3 * sum(sizes) + 0.6 * len(panels)))
    axes = fig.subplots(len(panels), 1, squeeze=False, gridspec_kw={"height_ratios": [s + 1.5 for s in sizes]})
    for ax, (d, a, b, label), placed in zip(axes[:, 0], panels, placements):
        _draw_events(ax, d, placed, colours, colour_by, a, b, pubs)
        ax.set_title(label, loc="left", fontsize=9, color="#444444")
    handles = [Patch(color=c, label=_clip(k)) for k, c in colours.items()]
    handles += [Patch(facecolor="#bbbbbb", hatch="///", alpha=0.5, label="year (whole year)"),
                Patch(facecolor="#555555", label="month (whole month)"),
                axes[0, 0].plot([], [], "o", color="#555555", label="day")[0],
                axes[0, 0].plot([], [], ":", color="#999999", label="publication date")[0]]
    # Below the axes, with room for as many rows as it needs: over the axis labels it hid the dates.
    ncol = min(6, len(handles))
    rows = -(-len(handles) // ncol)
    fig.set_figheight(fig.get_figheight() + 0.2 * rows)
    fig.legend(handles=handles, loc="lower left", ncol=ncol, fontsize=7, frameon=False)
    fig.suptitle(title, x=0.01, ha="left", fontsize=12)
    fig.tight_layout(rect=(0, (0.2 * rows + 0.15) / fig.get_figheight(), 1, 1))
    return fig


def _clip(label: str, width: int = 32) -> str:
    """A legend label at most ``width`` characters (scraped pages have 64-character ids)."""
    label = str(label)
    return label if len(label) <= width else label[:width - 1] + "…"


def stacked_counts(table: pd.DataFrame, title: str, ylabel: str, lines: bool = False) -> Figure:
    """Counts per period (rows) and group (columns): stacked bars, or one line per group."""
    if table.empty or not table.values.sum():
        return empty_figure("No dated documents to count.")
    freq = table.index.name or "day"
    fig = Figure(figsize=(12, 3.8))
    ax = fig.subplots()
    colours = _colours(list(table.columns))
    width = {"day": 0.8, "week": 5.5, "month": 25, "year": 300}.get(freq, 0.8)
    bottom = pd.Series(0, index=table.index)
    for col in table.columns:
        if lines:
            ax.plot(table.index, table[col], marker="o", markersize=3, label=str(col), color=colours[col])
        else:
            ax.bar(table.index, table[col], bottom=bottom, width=width, label=str(col), color=colours[col],
                   align="edge")
            bottom = bottom + table[col]
    import matplotlib.dates as mdates

    locator = mdates.DayLocator() if freq == "day" and len(table) <= 16 else mdates.AutoDateLocator(maxticks=12)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.set_ylabel(ylabel)
    ax.set_xlabel(f"publication {freq}")
    ax.set_title(title, loc="left")
    ax.spines[["top", "right"]].set_visible(False)
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.legend(fontsize=8, frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    fig.tight_layout()
    return fig


def speaker_sentiment_dots(summary: pd.DataFrame, title: str = "Mean sentiment of each speaker's quotes") -> Figure:
    """Speakers (rows, most-quoted first) with the mean score of their quotes and its 95%
    bootstrap interval; the number of quotes is printed beside each speaker."""
    if summary.empty:
        return empty_figure("No speaker has enough attributed quotes in the selection.")
    rows = summary.iloc[::-1].reset_index(drop=True)
    fig = Figure(figsize=(8, 0.34 * len(rows) + 1.4))
    ax = fig.subplots()
    y = range(len(rows))
    low = (rows["mean"] - rows["ci_low"]).fillna(0).clip(lower=0)
    high = (rows["ci_high"] - rows["mean"]).fillna(0).clip(lower=0)
    ax.errorbar(rows["mean"], y, xerr=[low, high], fmt="none", ecolor="#9aa5b1", elinewidth=2, capsize=3)
    colours = ["#c0392b" if m < 0 else "#2e86c1" for m in rows["mean"]]
    ax.scatter(rows["mean"], y, s=22 + 6 * rows["quotes"].clip(upper=30), c=colours, zorder=3)
    ax.axvline(0, color="#555555", linewidth=0.8)
    ax.set_yticks(list(y), [f"{s}  (n={n})" for s, n in zip(rows["speaker"], rows["quotes"])], fontsize=9)
    reach = float(max(rows[["mean", "ci_low", "ci_high"]].abs().max().max(skipna=True), 0.1))
    ax.set_xlim(-1.15 * reach, 1.15 * reach)
    ax.set_xlabel("sentiment of the quoted text (−1 negative … +1 positive); bars: 95% bootstrap interval")
    ax.spines[["top", "right"]].set_visible(False)
    ax.set_ylim(-0.7, len(rows) - 0.3)
    fig.suptitle(title, x=0.01, ha="left", fontsize=13)
    fig.tight_layout()
    return fig


# Alt text: what a reader who cannot see a figure needs from it, read off the same data.

def _number(v) -> str:
    """Counts as integers, scores signed with two decimals."""
    return f"{v:,.0f}" if float(v).is_integer() else f"{v:+.2f}"


def _listing(pairs, n: int = 5) -> str:
    pairs = list(pairs)
    return ", ".join(f"{k} ({_number(v)})" for k, v in pairs[:n]) + (", …" if len(pairs) > n else "")


def describe_bars(top: pd.DataFrame) -> str:
    if top.empty:
        return "No entities to chart."
    parts = [f"{label}: {_listing(zip(g['entity'], g['mentions']))}" for label, g in top.groupby("label", sort=True)]
    return "Bar charts of mentions per entity, one per type. " + "; ".join(parts) + "."


def describe_heatmap(table: pd.DataFrame) -> str:
    if table.empty:
        return "No entities to chart."
    totals = table.sum(axis=1).sort_values(ascending=False)
    return (f"Heatmap of mentions of {len(table)} entities in {table.shape[1]} documents. Most mentioned: "
            f"{_listing(totals.items())}.")


def describe_timeline(distinct: pd.DataFrame) -> str:
    if distinct.empty:
        return "No dated events to draw."
    most = distinct.sort_values("mentions", ascending=False)
    return (f"Timeline of {len(distinct)} dates from {distinct['value'].iloc[0]} to {distinct['value'].iloc[-1]}. "
            f"Most mentioned: {_listing(zip(most['value'], most['mentions']))}.")


def describe_counts(table: pd.DataFrame, what: str) -> str:
    if table.empty:
        return f"No dated {what} to draw."
    totals = table.sum().sort_values(ascending=False)
    return (f"{what.capitalize()} per {table.index.name or 'period'} from {table.index.min():%Y-%m-%d} to "
            f"{table.index.max():%Y-%m-%d}, by {_listing(totals.items())}.")


def describe_speakers(summary: pd.DataFrame) -> str:
    if summary.empty:
        return "No speakers to chart."
    pairs = [(f"{s}, {n} statements", m) for s, n, m in zip(summary["speaker"], summary["quotes"], summary["mean"])]
    return "Dot plot of mean sentiment per speaker: " + _listing(pairs, 8) + "."

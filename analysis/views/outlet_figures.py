"""Figures of the outlet comparison (:mod:`analysis.views.outlets`), and their alt text.

Small multiples rather than one crowded plot: one panel per outlet or per entity, labels on
bars or on axes, so nothing overlaps however many outlets there are.
"""

from __future__ import annotations

import textwrap

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from analysis.views.figures import _colours, _listing, empty_figure


def outlet_colours(outlets: list[str]) -> dict[str, str]:
    return _colours(outlets)


def _short(text: str, width: int = 28) -> str:
    return textwrap.shorten(str(text), width, placeholder="…")


def distinctive_terms(top: pd.DataFrame, title: str = "What each outlet writes about more than the others"
                      ) -> Figure:
    """One panel per outlet: its most distinctive terms by z-score (entities in italics)."""
    if top.empty:
        return empty_figure("Nothing to compare: one outlet only, or too little text to tell them apart.")
    outlets = list(dict.fromkeys(top["outlet"]))
    colours = outlet_colours(outlets)
    cols = min(3, len(outlets))
    rows = -(-len(outlets) // cols)
    longest = int(top.groupby("outlet").size().max())
    fig = Figure(figsize=(4.6 * cols, 0.3 * longest * rows + 1.1 * rows + 0.4))
    axes = fig.subplots(rows, cols, squeeze=False)
    for ax, outlet in zip(axes.flat, outlets):
        sub = top[top["outlet"] == outlet].iloc[::-1]
        ax.barh(range(len(sub)), sub["z"], color=colours[outlet])
        ax.set_yticks(range(len(sub)), [_short(t, 24) for t in sub["term"]], fontsize=9)
        if "kind" in sub:
            for tick, kind in zip(ax.get_yticklabels(), sub["kind"]):
                tick.set_fontstyle("italic" if kind == "entity" else "normal")
        ax.set_title(_short(outlet, 34), loc="left", fontsize=11, fontweight="bold")
        ax.set_xlabel("z-score (log-odds vs the others)", fontsize=9)
        ax.spines[["top", "right"]].set_visible(False)
        ax.set_ylim(-0.6, longest - 0.4)
    for ax in list(axes.flat)[len(outlets):]:
        ax.set_axis_off()
    fig.suptitle(title, x=0.01, ha="left", fontsize=13)
    fig.tight_layout(rect=(0, 0, 1, 1 - 0.35 / fig.get_figheight()))
    return fig


def attention_heatmap(att: pd.DataFrame, title: str = "Share of each outlet's entity mentions") -> Figure:
    """Outlets (rows) by entities (columns): the share of the outlet's mentions, in percent."""
    if att.empty:
        return empty_figure("No entity mentions to compare.")
    table = att.pivot_table(index="outlet", columns="entity", values="share", aggfunc="sum", sort=False)
    table = table[list(dict.fromkeys(att["entity"]))] * 100
    fig = Figure(figsize=(max(6.0, 0.75 * table.shape[1] + 2.8), 0.5 * table.shape[0] + 2.2))
    ax = fig.subplots()
    ax.imshow(table.to_numpy(), cmap="Blues", aspect="auto")
    ax.set_xticks(range(table.shape[1]), [_short(c, 22) for c in table.columns], rotation=40, ha="right", fontsize=9)
    ax.set_yticks(range(table.shape[0]), [_short(i, 30) for i in table.index], fontsize=9)
    peak = float(np.nanmax(table.to_numpy())) or 1.0
    for (r, c), v in np.ndenumerate(table.to_numpy()):
        ax.text(c, r, f"{v:.1f}", ha="center", va="center", fontsize=8, color="white" if v > 0.6 * peak else "#222222")
    fig.suptitle(title + " (%)", x=0.01, ha="left", fontsize=13)
    fig.tight_layout()
    return fig


def tone_by_outlet(tone: pd.DataFrame, title: str = "The same speaker, quoted by different outlets") -> Figure:
    """Speakers (rows) with one dot per outlet: the mean sentiment of that outlet's quotes of
    them, and a 95% bootstrap interval."""
    if tone.empty:
        return empty_figure("No speaker is quoted often enough by two outlets.")
    speakers = list(dict.fromkeys(tone["speaker"]))
    outlets = sorted(tone["outlet"].unique())
    colours = outlet_colours(outlets)
    fig = Figure(figsize=(8.5, 0.55 * len(speakers) + 1.8))
    ax = fig.subplots()
    step = 0.6 / max(len(outlets), 1)
    for k, outlet in enumerate(outlets):
        sub = tone[tone["outlet"] == outlet]
        offset = (k - (len(outlets) - 1) / 2) * step
        y = np.array([len(speakers) - 1 - speakers.index(s) for s in sub["speaker"]]) + offset
        low = (sub["mean"] - sub["ci_low"]).fillna(0).clip(lower=0)
        high = (sub["ci_high"] - sub["mean"]).fillna(0).clip(lower=0)
        ax.errorbar(sub["mean"], y, xerr=[low, high], fmt="o", color=colours[outlet], ecolor=colours[outlet],
                    elinewidth=1.5, capsize=2, markersize=5, label=_short(outlet, 30))
    ax.axvline(0, color="#555555", linewidth=0.8)
    ax.set_yticks(range(len(speakers)), [_short(s, 30) for s in speakers[::-1]], fontsize=9)
    ax.set_xlabel("mean sentiment of the quoted text (−1 … +1); bars: 95% bootstrap interval")
    ax.spines[["top", "right"]].set_visible(False)
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.16), ncol=min(4, len(outlets)), frameon=False, fontsize=9)
    fig.suptitle(title, x=0.01, ha="left", fontsize=13)
    fig.tight_layout()
    return fig


def daily_small_multiples(daily: pd.DataFrame, title: str = "Who reported first: daily mentions per outlet"
                          ) -> Figure:
    """One panel per entity: its mentions per day in each outlet, a marker on each outlet's first."""
    if daily.empty:
        return empty_figure("No dated mentions to compare (documents need a published date).")
    entities = list(dict.fromkeys(daily["entity"]))
    outlets = sorted(daily["outlet"].unique())
    colours = outlet_colours(outlets)
    cols = min(2, len(entities))
    rows = -(-len(entities) // cols)
    fig = Figure(figsize=(6.2 * cols, 2.4 * rows + 1.0))
    axes = fig.subplots(rows, cols, squeeze=False, sharex=True)
    for ax, entity in zip(axes.flat, entities):
        sub = daily[daily["entity"] == entity]
        for outlet in outlets:
            line = sub[sub["outlet"] == outlet].groupby("date")["mentions"].sum()
            if line.empty:
                continue
            ax.plot(line.index, line.to_numpy(), marker=".", color=colours[outlet], linewidth=1.2)
            ax.plot(line.index[:1], line.to_numpy()[:1], marker="o", markersize=8, markerfacecolor="none",
                    color=colours[outlet])
        ax.set_title(_short(entity, 40), loc="left", fontsize=10, fontweight="bold")
        ax.set_ylabel("mentions", fontsize=8)
        ax.set_ylim(bottom=0)
        ax.spines[["top", "right"]].set_visible(False)
        ax.tick_params(axis="x", labelsize=8, rotation=30)
    for ax in list(axes.flat)[len(entities):]:
        ax.set_axis_off()
    handles = [ax.plot([], [], color=colours[o], marker=".")[0] for o in outlets]
    fig.legend(handles, [_short(o, 30) for o in outlets], loc="lower center", ncol=min(5, len(outlets)),
               frameon=False, fontsize=9)
    fig.suptitle(title + " (circle: the outlet's first mention)", x=0.01, ha="left", fontsize=13)
    fig.tight_layout(rect=(0, 0.06, 1, 1))
    return fig


def describe_distinctive(top: pd.DataFrame) -> str:
    if top.empty:
        return "No distinctive terms."
    parts = [f"{o}: {_listing(zip(g['term'], g['z']))}" for o, g in top.groupby("outlet", sort=False)]
    return "Bar charts of each outlet's most distinctive terms by z-score. " + "; ".join(parts) + "."


def describe_attention(att: pd.DataFrame) -> str:
    if att.empty:
        return "No entity mentions to compare."
    parts = [f"{o}: {_listing(zip(g['entity'], g['share'] * 100), 3)}" for o, g in
             att.sort_values("share", ascending=False).groupby("outlet", sort=False)]
    return "Heatmap of the percent of each outlet's entity mentions per entity; highest: " + "; ".join(parts) + "."


def describe_tone(tone: pd.DataFrame) -> str:
    if tone.empty:
        return "No speaker quoted by two outlets."
    parts = [f"{s}: " + ", ".join(f"{o} {m:+.2f}" for o, m in zip(g["outlet"], g["mean"]))
             for s, g in tone.groupby("speaker", sort=False)]
    return "Mean sentiment of each speaker's quotes per outlet. " + "; ".join(parts[:8]) + "."


def describe_daily(first: pd.DataFrame) -> str:
    if first.empty:
        return "No dated mentions."
    return "Daily mentions per outlet; first to report: " + "; ".join(
        f"{e}: {f} on {d}" for e, f, d in zip(first["entity"], first["first"], first["date"])) + "."

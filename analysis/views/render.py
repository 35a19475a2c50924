"""HTML for notebooks and reports: figures with captions, tables, headers, entity views.

Corpus text is always escaped."""

from __future__ import annotations

import base64
import datetime as dt
import html
from pathlib import Path
from urllib.parse import quote

import pandas as pd
from matplotlib.figure import Figure

from analysis.failures import is_ok
from analysis.tables.schema import atomic_write
from analysis.views.figures import LABEL_COLOURS, png_bytes

_MARK = ("background:{colour};padding:0.3em 0.5em;margin:0 0.2em;line-height:1;border-radius:0.35em;"
         "box-decoration-break:clone")
_TAG = "font-size:0.75em;font-weight:bold;margin-left:0.4em;vertical-align:middle"


def entities_html(text: str, mentions: pd.DataFrame, labels: list[str] | None = None, title: str = "") -> str:
    """The entity view of one article, in displaCy's style, from the tables: its text (the
    ``texts`` table) with every mention (the ``entities`` table) marked with its label, and its
    canonical name on hover. Shown from the first mentioned line to the last, so a masked
    wrapper or footer is not; no spaCy needed. Corpus text is escaped."""
    mentions = mentions.sort_values("start_char")
    if mentions.empty:
        body = html.escape(text.strip())
    else:
        start = text.rfind("\n", 0, int(mentions["start_char"].iloc[0])) + 1
        end = text.find("\n", int(mentions["end_char"].max()))
        end = len(text) if end == -1 else end
        if labels:
            mentions = mentions[mentions["label"].isin(labels)]
        parts, pos = [], start
        for m in mentions.itertuples():
            if m.start_char < pos:  # overlapping spans cannot be nested; the first one wins
                continue
            colour = LABEL_COLOURS.get(m.label, "#999999") + "55"
            parts.append(html.escape(text[pos:m.start_char]))
            parts.append(f'<mark class="entity" style="{_MARK.format(colour=colour)}" '
                         f'title="{html.escape(str(m.entity))}">{html.escape(text[m.start_char:m.end_char])}'
                         f'<span style="{_TAG}">{html.escape(str(m.label))}</span></mark>')
            pos = m.end_char
        parts.append(html.escape(text[pos:end]))
        body = "".join(parts).strip()
    head = f"<h4>{html.escape(title)}</h4>" if title else ""
    return (f"{head}<div class=\"entities\" style='max-height:40em;overflow:auto;line-height:2.3;"
            f"white-space:pre-wrap'>{body}</div>")


class Output:
    """How a notebook shows its figures and tables, and where it keeps them for reuse.

    With a ``folder`` (a report run passes ``<report>_files``), every figure is also written as
    PNG and SVG and every table in full as CSV, and the page links them; without one
    (interactive use) nothing is written. All text from the corpus is escaped, in cells, index
    and headers alike: a Styler, unlike ``DataFrame.to_html``, does not escape by default.
    """

    def __init__(self, folder: str | Path | None = None, interactive: bool = False):
        self.folder = Path(folder) if folder else None
        if self.folder:
            self.folder.mkdir(parents=True, exist_ok=True)
        self.numbers: dict[str, int] = {}  # figure name -> its number on the page
        # Live in the lab, tables of many rows become searchable, sortable tables (itables, with
        # its DataTables bundle served offline); a report keeps static tables (no scripts).
        self.interactive = interactive
        if interactive:
            import itables

            itables.init_notebook_mode(all_interactive=False, connected=False)

    def _link(self, name: str) -> str:
        return f"{quote(self.folder.name)}/{quote(name)}"

    def figure(self, fig: Figure, name: str, caption: str, alt: str) -> None:
        """Show ``fig`` with a caption and alt text; keep it as ``name``.png and .svg."""
        png = png_bytes(fig)
        # A figure drawn again (a control changed in the lab) keeps its number.
        number = self.numbers.setdefault(name, len(self.numbers) + 1)
        files = ""
        if self.folder:
            atomic_write(self.folder / f"{name}.png", lambda p: Path(p).write_bytes(png))
            atomic_write(self.folder / f"{name}.svg", lambda p: fig.savefig(p, format="svg", bbox_inches="tight"))
            files = (f' (<a href="{self._link(name + ".png")}">PNG</a>, '
                     f'<a href="{self._link(name + ".svg")}">SVG</a>)')
        data = base64.b64encode(png).decode("ascii")
        _display(f'<figure class="report-figure"><img src="data:image/png;base64,{data}" alt="{html.escape(alt)}">'
                 f"<figcaption><b>Figure {number}.</b> {html.escape(caption)}{files}</figcaption></figure>")

    def html(self, markup: str) -> None:
        """Show markup this package built (corpus text in it already escaped)."""
        _display(markup)

    def table(self, df: pd.DataFrame, name: str, caption: str = "", max_rows: int = 25,
              formats: dict[str, str] | None = None, wide: tuple[str, ...] = (), bold: tuple[str, ...] = (),
              html_columns: tuple[str, ...] = (), index: bool = False, gradient: dict | None = None,
              searchable: bool = False) -> None:
        """Show the first ``max_rows`` rows of ``df`` (all of them go to ``name``.csv).

        ``formats``: format strings per column; ``wide``: left-aligned, wrapping text columns;
        ``html_columns``: columns that already hold escaped HTML (everything else is escaped);
        ``gradient``: ``background_gradient`` keywords for a heatmap-like table;
        ``searchable``: live in the lab, every row in a table to search, sort and page through.
        """
        note = ""
        if self.folder:
            atomic_write(self.folder / f"{name}.csv", lambda p: df.to_csv(p, index=index))
        if self.interactive and searchable:
            return self._searchable(df, caption, html_columns, index)
        if len(df) > max_rows:
            where = (f'; all of them are in <a href="{self._link(name + ".csv")}">{html.escape(name)}.csv</a>'
                     if self.folder else "")
            note = f"Showing the first {max_rows:,} of {len(df):,} rows{where}."
        elif self.folder:
            note = f'As CSV: <a href="{self._link(name + ".csv")}">{html.escape(name)}.csv</a>.'
        shown = df.head(max_rows)
        plain = [c for c in shown.columns if c not in html_columns]
        style = shown.style.format(escape="html", na_rep="–", precision=2, subset=plain)
        if formats:  # numbers only; each call sets every column of its subset, so one call with the subset
            style = style.format(formats, na_rep="–", subset=list(formats))
        style = style.format_index(escape="html", axis=0).format_index(escape="html", axis=1)
        if not index:
            style = style.hide(axis="index")
        if wide:
            style = style.set_properties(subset=list(wide), **{"text-align": "left", "white-space": "normal"})
        if bold:
            style = style.set_properties(subset=list(bold), **{"font-weight": "bold"})
        if gradient:
            # An empty cell stays blank instead of taking the colour map's "bad" colour (black).
            style = style.background_gradient(**gradient).highlight_null(props="background-color: white; color: #999")
        if caption:
            style = style.set_caption(html.escape(caption))
        _display(style.to_html() + (f'<p class="report-table-note">{note}</p>' if note else ""))

    def _searchable(self, df: pd.DataFrame, caption: str, html_columns: tuple[str, ...], index: bool) -> None:
        """Every row, to search, sort and page through; corpus text escaped here, as HTML is on."""
        import itables

        shown = df.copy()
        for col in shown.columns:
            if col not in html_columns and (shown[col].dtype == object or str(shown[col].dtype) == "string"):
                shown[col] = shown[col].map(lambda v: html.escape(str(v)) if isinstance(v, str) else v)
        itables.show(shown, caption=html.escape(caption), allow_html=True, showIndex=index, maxBytes=0,
                     classes="display", pageLength=15)


def generated() -> str:
    """When a report was made, as every page of it says."""
    return dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")


def report_header(title: str, corpus: str, documents: pd.DataFrame, parameters: dict, model: str | None) -> None:
    """What a report is: its corpus, documents (and failures, with reasons), dates, parameters,
    versions and when it was made."""
    from analysis.nlp.model_info import resolve_model, versions

    ok = documents[is_ok(documents["status"])]
    failed = documents[~is_ok(documents["status"])]
    reasons = failed["error"].fillna("").replace("", "unknown").value_counts()
    dates = pd.to_datetime(ok["published"], errors="coerce").dropna()
    rows = {
        "Corpus": f"<code>{html.escape(str(corpus))}</code>",
        "Documents": f"{len(documents):,} ({len(ok):,} analysed, {int(ok['n_words'].sum()):,} words"
                     + (f"; {len(failed):,} not analysed: "
                        + "; ".join(f"{n}× {html.escape(str(r))}" for r, n in reasons.head(8).items())
                        if len(failed) else "") + ")",
        "Published": (f"{dates.min():%Y-%m-%d} to {dates.max():%Y-%m-%d}" if len(dates) else "no dates")
                     + (f" ({len(ok) - len(dates):,} undated)" if len(ok) > len(dates) else ""),
        "Parameters": "<code>" + html.escape(", ".join(f"{k}={v!r}" for k, v in parameters.items())) + "</code>",
        "Versions": html.escape(", ".join(f"{k} {v}" for k, v in versions(resolve_model(model)).items())),
        "Generated": generated(),
    }
    items = "".join(f'<tr><th scope="row">{k}</th><td>{v}</td></tr>' for k, v in rows.items())
    _display(f'<section class="report-header" aria-label="About the report {html.escape(title)}">'
             f"<table>{items}</table></section>")
    if ok.empty:
        _display("<p><b>No document in this corpus could be analysed</b>, so the sections below are empty. "
                 "The table of documents says why.</p>" if len(documents) else
                 "<p><b>This corpus is empty</b>: no documents were found.</p>")


def _display(markup: str) -> None:
    from IPython.display import HTML, display

    display(HTML(markup))

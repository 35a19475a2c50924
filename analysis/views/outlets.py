"""Comparing outlets: what each writes about that the others don't, whom each mentions and
quotes, how warmly, and who reported first. DataFrames in, DataFrames out; the notebook
``outlet_comparison`` draws them (:mod:`analysis.views.outlet_figures`).

Distinctive terms are Monroe, Colaresi & Quinn's log-odds ratio with an informative Dirichlet
prior ("Fightin' Words", Political Analysis 16(4), 2008, eqs. 16, 18-22): each outlet against
all the others together, so it works for any number of outlets; a term's z-score is its
log-odds difference over that difference's standard deviation, so a word used often and a
little more by one outlet is not drowned by a rare word used twice.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.views.speaker_sentiment import bootstrap_interval

PRIORS = ("corpus", "uniform")
OTHER = "other"
# The informative prior counts as ALPHA0 words spread like the whole corpus (Monroe et al.
# use the corpus itself as the prior's shape); the uniform prior is 0.01 of a word per term.
ALPHA0 = 1000.0
UNIFORM = 0.01


NO_SOURCE = "(no source)"  # as the store names documents without one


def named_sources(sources: pd.Series) -> pd.Series:
    return sources.fillna("").replace("", NO_SOURCE)


def outlet_of(sources: pd.Series, outlets: dict[str, str]) -> pd.Series:
    """Each row's outlet: its source, or "other" for a source not compared."""
    return named_sources(sources).map(outlets).fillna(OTHER)


def pick_outlets(documents: pd.DataFrame, sources: list[str] | None = None, min_docs: int = 2,
                 max_outlets: int = 8) -> dict[str, str]:
    """``{source: outlet}``: the outlets compared, each source to itself or to "other".

    ``sources``: these outlets (others become "other"); otherwise every source with at least
    ``min_docs`` analysed documents, the ``max_outlets`` largest by volume, the rest "other"."""
    volume = named_sources(documents["source"]).value_counts()
    if sources:
        chosen = [s for s in sources if s in volume.index]
    else:
        chosen = [s for s, n in volume.items() if n >= min_docs][:max_outlets]
    return {s: (s if s in chosen else OTHER) for s in volume.index}


def fightin_words(counts: pd.DataFrame, prior: str = "corpus", alpha0: float = ALPHA0) -> pd.DataFrame:
    """Each outlet against all the others: log-odds difference ``delta``, its variance and ``z``
    for every term. ``counts`` has ``outlet``, ``term`` and ``count`` (and may have ``kind``).

    For outlet i, term w: delta = log((y_iw + a_w) / (n_i + a0 - y_iw - a_w))
    - log((y_jw + a_w) / (n_j + a0 - y_jw - a_w)), with j all other outlets together;
    var = 1 / (y_iw + a_w) + 1 / (y_jw + a_w); z = delta / sqrt(var).
    """
    if prior not in PRIORS:
        raise ValueError(f"prior must be one of {', '.join(PRIORS)}, not {prior!r}")
    keys = ["term", "kind"] if "kind" in counts.columns else ["term"]
    table = counts.pivot_table(index=keys, columns="outlet", values="count", aggfunc="sum", fill_value=0)
    y = table.to_numpy(dtype=float)
    total = y.sum(axis=1)
    if prior == "corpus":
        a = alpha0 * total / total.sum()
        a0 = alpha0
    else:
        a = np.full(len(table), UNIFORM)
        a0 = UNIFORM * len(table)
    n = y.sum(axis=0)
    frames = []
    for k, outlet in enumerate(table.columns):
        yi, yj = y[:, k], total - y[:, k]
        ni, nj = n[k], n.sum() - n[k]
        delta = np.log((yi + a) / (ni + a0 - yi - a)) - np.log((yj + a) / (nj + a0 - yj - a))
        var = 1 / (yi + a) + 1 / (yj + a)
        frames.append(table.index.to_frame(index=False).assign(
            outlet=outlet, count=yi.astype(int), others=yj.astype(int), delta=delta, var=var,
            z=delta / np.sqrt(var)))
    out = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(
        columns=["outlet", *keys, "count", "others", "delta", "var", "z"])
    return out[["outlet", *keys, "count", "others", "delta", "var", "z"]]


def distinctive(scores: pd.DataFrame, top_n: int = 12, min_count: int = 3) -> pd.DataFrame:
    """The ``top_n`` terms each outlet uses more than the others (highest z, used at least
    ``min_count`` times by it), "other" left out."""
    s = scores[(scores["outlet"] != OTHER) & (scores["count"] >= min_count) & (scores["z"] > 0)]
    s = s.sort_values(["outlet", "z"], ascending=[True, False])
    return s.groupby("outlet", sort=False).head(top_n).reset_index(drop=True)


def attention(per_document: pd.DataFrame, outlets: dict[str, str], names: list[str], n_boot: int = 1000,
              seed: int = 0) -> pd.DataFrame:
    """Share of each outlet's entity mentions that go to each of ``names``, with a 95% bootstrap
    interval over its articles (an outlet that names a person in one long article is not sure
    to care). ``per_document``: doc_id, source, total and one count column per name."""
    rows = []
    docs = per_document.assign(outlet=per_document["source"].map(outlets).fillna(OTHER))
    rng = np.random.default_rng(seed)
    for outlet, g in docs.groupby("outlet", sort=False):
        total = g["total"].to_numpy(dtype=float)
        if total.sum() == 0:
            continue
        picks = rng.integers(0, len(g), size=(n_boot, len(g)))
        boot_total = total[picks].sum(axis=1)
        for name in names:
            hits = g[name].to_numpy(dtype=float)
            boot = np.divide(hits[picks].sum(axis=1), boot_total, out=np.zeros(n_boot), where=boot_total > 0)
            rows.append({"outlet": outlet, "entity": name, "articles": len(g), "mentions": int(hits.sum()),
                         "share": hits.sum() / total.sum(), "ci_low": float(np.percentile(boot, 2.5)),
                         "ci_high": float(np.percentile(boot, 97.5))})
    return pd.DataFrame(rows, columns=["outlet", "entity", "articles", "mentions", "share", "ci_low", "ci_high"])


def with_source(quotes: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """Every statement of the selected documents, resolved or not, with its document's source."""
    return quotes.merge(documents[["doc_id", "source"]].drop_duplicates("doc_id"), on="doc_id")


def speaker_kind(quotes: pd.DataFrame, labels: dict[str, str]) -> pd.Series:
    """What kind of source each quote has: a named person, an organisation (or place), a
    generic one ("officials", "analysts"), or none resolved."""
    generic = quotes["generic"].astype(bool) if "generic" in quotes else pd.Series(False, index=quotes.index)
    named = quotes["speaker_entity"].fillna("")
    label = named.map(labels).fillna("")
    return pd.Series(np.select([generic, named == "", label == "PERSON"],
                               ["generic", "unresolved", "named person"], "organisation or place"),
                     index=quotes.index)


def quoting(quotes: pd.DataFrame, outlets: dict[str, str], labels: dict[str, str]) -> pd.DataFrame:
    """Per outlet: statements, the share of each kind of source, and the share in direct speech."""
    q = quotes.assign(outlet=outlet_of(quotes["source"], outlets),
                      source_kind=speaker_kind(quotes, labels))
    shares = pd.crosstab(q["outlet"], q["source_kind"], normalize="index")
    for col in ("named person", "organisation or place", "generic", "unresolved"):
        if col not in shares:
            shares[col] = 0.0
    out = shares[["named person", "organisation or place", "generic", "unresolved"]]
    out.insert(0, "statements", q.groupby("outlet").size())
    out["direct"] = q.assign(d=q["kind"] == "direct").groupby("outlet")["d"].mean()
    return out.reset_index()


def top_speakers(quotes: pd.DataFrame, outlets: dict[str, str], top_n: int = 8) -> pd.DataFrame:
    """Each outlet's most-quoted named speakers, and whether any other outlet quotes them."""
    q = quotes[quotes["speaker_entity"].fillna("") != ""]
    q = q.assign(outlet=outlet_of(q["source"], outlets))
    counts = q.groupby(["outlet", "speaker_entity"]).size().rename("statements").reset_index()
    reach = counts.groupby("speaker_entity")["outlet"].nunique()
    counts["only this outlet"] = counts["speaker_entity"].map(reach) == 1
    counts = counts.sort_values(["outlet", "statements", "speaker_entity"], ascending=[True, False, True])
    return counts.groupby("outlet", sort=False).head(top_n).rename(columns={"speaker_entity": "speaker"}) \
        .reset_index(drop=True)


def tone(quotes: pd.DataFrame, outlets: dict[str, str], min_quotes: int = 2, max_speakers: int = 10,
         n_boot: int = 2000) -> pd.DataFrame:
    """The same speaker's mean sentiment in each outlet that quotes them at least ``min_quotes``
    times, for speakers so quoted by two outlets or more (the most-quoted first)."""
    q = quotes[quotes["speaker_entity"].fillna("") != ""]
    q = q.assign(outlet=outlet_of(q["source"], outlets))
    sizes = q.groupby(["speaker_entity", "outlet"]).size()
    enough = sizes[sizes >= min_quotes].reset_index()
    shared = enough.groupby("speaker_entity")["outlet"].nunique()
    speakers = shared[shared >= 2].index
    order = q[q["speaker_entity"].isin(speakers)].groupby("speaker_entity").size() \
        .sort_values(ascending=False, kind="stable").index[:max_speakers]
    rows = []
    for speaker in order:
        for outlet in sorted(enough.loc[enough["speaker_entity"] == speaker, "outlet"]):
            values = q.loc[(q["speaker_entity"] == speaker) & (q["outlet"] == outlet), "sentiment"].to_numpy(float)
            low, high = bootstrap_interval(values, n_boot)
            rows.append({"speaker": speaker, "outlet": outlet, "statements": len(values),
                         "mean": float(values.mean()), "ci_low": low, "ci_high": high})
    return pd.DataFrame(rows, columns=["speaker", "outlet", "statements", "mean", "ci_low", "ci_high"])


def first_reports(daily: pd.DataFrame) -> pd.DataFrame:
    """For each entity: the outlet that mentioned it first, and each other outlet's lag in days.
    ``daily``: entity, outlet, date, mentions."""
    if daily.empty:
        return pd.DataFrame(columns=["entity", "first", "date", "followers"])
    first = daily.groupby(["entity", "outlet"])["date"].min().reset_index()
    rows = []
    for entity, g in first.groupby("entity", sort=False):
        g = g.sort_values(["date", "outlet"])
        lead = g.iloc[0]
        lags = [f"{o} +{(d - lead['date']).days} d" for o, d in zip(g["outlet"].iloc[1:], g["date"].iloc[1:])]
        rows.append({"entity": entity, "first": lead["outlet"], "date": lead["date"].date().isoformat(),
                     "followers": ", ".join(lags)})
    return pd.DataFrame(rows)

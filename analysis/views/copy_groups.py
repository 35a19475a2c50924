"""Copies on the read side: which documents a summary counts, and the copy groups to show.

With ``dedupe`` (the notebooks' default) each copy group counts once, through its leader (the
earliest-published member): the same wire story in twenty outlets is one story in every
frequency, speaker table and timeline. The groups are listed so a reader can check them.
"""

from __future__ import annotations

import pandas as pd

from analysis.failures import is_ok


def analysed(documents: pd.DataFrame, dedupe: bool = True) -> pd.DataFrame:
    """The analysed documents a summary counts: all of them, or without the copies."""
    ok = documents[is_ok(documents["status"])]
    if dedupe and "copy_of" in ok.columns:
        ok = ok[ok["copy_of"].fillna("").astype(str) == ""]
    return ok


def set_aside(documents: pd.DataFrame, dedupe: bool = True) -> str:
    """One line for the reader: how many copies were set aside (or kept), in how many groups."""
    if "copy_of" not in documents.columns:
        return "Copies were not looked for (tables written before copy detection); every document counts."
    ok = documents[is_ok(documents["status"])]
    copies = ok[ok["copy_of"].fillna("").astype(str) != ""]
    if copies.empty:
        return "No document copies another in this corpus."
    groups = copies["copy_of"].nunique()
    kinds = ", ".join(f"{n} {k}" for k, n in copies["copy_kind"].value_counts().items())
    what = f"{_n(len(copies), 'copy', 'copies')} ({kinds}) of {_n(groups, 'document', 'documents')}"
    if dedupe:
        return f"{what} set aside: each copy group counts once (dedupe=True; the groups are listed at the end)."
    return f"{what} counted again (dedupe=False)."


def _n(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def groups(documents: pd.DataFrame) -> pd.DataFrame:
    """One row per copy: its group's leader, how it copies it, and how alike they are."""
    cols = ["leader", "leader_title", "copy", "copy_title", "copy_kind", "copy_similarity", "spun"]
    if "copy_of" not in documents.columns:
        return pd.DataFrame(columns=cols)
    docs = documents[is_ok(documents["status"])]
    copies = docs[docs["copy_of"].fillna("").astype(str) != ""]
    titles = dict(zip(docs["doc_id"], docs["title"].fillna("")))
    return pd.DataFrame({"leader": copies["copy_of"], "leader_title": copies["copy_of"].map(titles),
                         "copy": copies["doc_id"], "copy_title": copies["title"].fillna(""),
                         "copy_kind": copies["copy_kind"], "copy_similarity": copies["copy_similarity"],
                         "spun": copies["spun"]}, columns=cols).sort_values(["leader", "copy"]).reset_index(drop=True)

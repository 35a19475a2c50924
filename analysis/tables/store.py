"""Annotation tables queried where they lie: DuckDB over Parquet, small results as DataFrames.

A corpus of 100k articles has millions of entity mentions, and the notebooks need counts of
them, not the rows. DuckDB runs the group-bys and joins out of core, reads only the columns a
query names, and hands back the summary. pyarrow datasets prune and filter as well, but their
group-by and join work on tables held in memory, and every summary here is a join of mentions
with documents or a grouped count. ``documents`` (one row per article) is read whole: the
notebooks select documents by regex on title and source, which pandas does fine at that size.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd

from analysis.tables.schema import COLUMNS, OPTIONAL, Annotations, frame, tables_corpus
from analysis.views.timeline import per_period


class TablesError(Exception):
    """A folder that does not hold annotation tables; one line for the user."""


def _source(folder: Path, name: str) -> str:
    """The DuckDB table function that reads table ``name`` from ``folder``."""
    lit = lambda p: "'" + str(p).replace("'", "''") + "'"  # noqa: E731 - a SQL string literal
    if (folder / f"{name}.parquet").is_file():
        return f"read_parquet({lit(folder / f'{name}.parquet')})"
    if (folder / name).is_dir():  # a dataset written in parts, as a cluster run or the benchmark does
        return f"read_parquet({lit(folder / name / '*.parquet')})"
    raise TablesError(f"{folder} has no {name} table ({name}.parquet or a folder {name}/ of Parquet files); "
                      f"write them with: python -m analysis annotate CORPUS --out {folder}")


class TableStore:
    """The SPEC tables behind one DuckDB connection.

    Every summary counts only the *selected* documents (:meth:`select`; at first, all the
    analysed ones), so a notebook filters once and every figure agrees.
    """

    def __init__(self, con: duckdb.DuckDBPyConnection, corpus: str | None = None):
        self.con = con
        #: the corpus the tables were made from, where the tables say (for a notebook's header)
        self.corpus = corpus
        self.select(None)

    @classmethod
    def open(cls, folder: str | Path, memory_limit: str = "1GB") -> TableStore:
        """Tables written by ``annotate --out folder`` (Parquet, the default format)."""
        folder = Path(folder).expanduser()
        if not folder.is_dir():
            raise TablesError(f"no such folder of annotation tables: {folder}")
        con = duckdb.connect()
        con.execute(f"SET memory_limit = '{memory_limit}'")
        for name in COLUMNS:
            if name in OPTIONAL and not (folder / f"{name}.parquet").is_file() and not (folder / name).is_dir():
                # tables written before this one existed: what needs it says so, the rest works
                con.register(f"_{name}", frame(name, []))
                con.execute(f"CREATE VIEW {name} AS SELECT * FROM _{name}")
                continue
            # An empty table's doc_id column has no type of its own in Parquet; give it one.
            con.execute(f"CREATE VIEW {name} AS SELECT * REPLACE (CAST(doc_id AS VARCHAR) AS doc_id) "
                        f"FROM {_source(folder, name)}")
        return cls(con, tables_corpus(folder))

    @classmethod
    def from_annotations(cls, ann: Annotations) -> TableStore:
        """Tables already in memory (an interactive ``annotate``), queried the same way."""
        con = duckdb.connect()
        for name, df in ann.tables().items():
            con.register(f"_{name}", df)
            con.execute(f"CREATE VIEW {name} AS SELECT * REPLACE (CAST(doc_id AS VARCHAR) AS doc_id) FROM _{name}")
        return cls(con)

    def _df(self, sql: str, **params) -> pd.DataFrame:
        return self.con.execute(sql, params).df()

    def documents(self) -> pd.DataFrame:
        """Every document with its status (one row each; the failed ones too)."""
        docs = self._df("SELECT * FROM documents")
        for col in ("title", "source", "url", "published", "author", "error"):
            docs[col] = docs[col].fillna("").astype(str)
        docs["n_words"] = pd.to_numeric(docs["n_words"], errors="coerce").fillna(0).astype(int)
        return docs.reset_index(drop=True)

    def select(self, doc_ids: list[str] | pd.Series | None) -> None:
        """Count only these documents from now on (None: every analysed document)."""
        self.con.execute("DROP VIEW IF EXISTS selected")
        if doc_ids is None:
            self.con.execute("CREATE TEMP VIEW selected AS SELECT doc_id FROM documents WHERE status = 'ok'")
        else:
            self.con.register("selected", pd.DataFrame({"doc_id": pd.Series(list(doc_ids), dtype=str)}))

    def texts(self, doc_ids: list[str] | pd.Series) -> dict[str, str]:
        """The analysed text of these documents (what every offset indexes), for showing context."""
        ids = pd.DataFrame({"doc_id": pd.Series(sorted(set(doc_ids)), dtype=str)})
        self.con.register("_wanted", ids)
        rows = self._df("SELECT doc_id, text FROM texts WHERE doc_id IN (SELECT doc_id FROM _wanted)")
        self.con.unregister("_wanted")
        return dict(zip(rows["doc_id"], rows["text"]))

    def frame(self, name: str) -> pd.DataFrame:
        """All rows of a (small) table in the selected documents: ``quotes`` or ``timexes``."""
        if name not in ("quotes", "timexes"):
            raise ValueError(f"{name!r} is read through summaries, not whole")
        df = self._df(f"SELECT * FROM {name} WHERE doc_id IN (SELECT doc_id FROM selected)")
        return df.reindex(columns=COLUMNS[name] + [c for c in df.columns if c not in COLUMNS[name]])

    #: Count a mention of an organisation named after a person ("Trump Organization") for that
    #: person too (as well as for the organisation); see ``refers_to`` in the entities table.
    named_after: bool = False

    def _mentions(self, labels: list[str] | None) -> str:
        source = "entities"
        if self.named_after and "refers_to" in self._df("SELECT * FROM entities LIMIT 0").columns:
            source = ("(SELECT * FROM entities UNION ALL SELECT * REPLACE (refers_to AS entity, 'PERSON' AS label, "
                      "'named after' AS merged_by) FROM entities WHERE refers_to <> '')")
        return (f"(SELECT * FROM {source} WHERE doc_id IN (SELECT doc_id FROM selected)"
                + (" AND list_contains($labels, label))" if labels else ")"))

    def n_mentions(self, labels: list[str] | None = None) -> int:
        return int(self._df(f"SELECT count(*) n FROM {self._mentions(labels)}", **_labels(labels))["n"][0])

    def top_entities(self, labels: list[str] | None = None, top_n: int = 15, min_count: int = 1) -> pd.DataFrame:
        """Per label, the ``top_n`` entities by mentions (at least ``min_count``), with document counts."""
        return self._df(f"""
            SELECT label, entity, count(*) AS mentions, count(DISTINCT doc_id) AS documents
            FROM {self._mentions(labels)} GROUP BY label, entity HAVING count(*) >= $min_count
            QUALIFY row_number() OVER (PARTITION BY label ORDER BY count(*) DESC, entity) <= $top_n
            ORDER BY label, mentions DESC, entity""", min_count=int(min_count), top_n=int(top_n), **_labels(labels))

    def leading_entities(self, labels: list[str] | None = None, n: int = 20) -> list[str]:
        """The ``n`` most-mentioned entities, whatever their label."""
        return self._df(f"""SELECT entity FROM {self._mentions(labels)} GROUP BY entity
                            ORDER BY count(*) DESC, entity LIMIT $n""", n=int(n), **_labels(labels))["entity"].tolist()

    def entity_by_document(self, names: list[str], labels: list[str] | None = None,
                           max_documents: int = 40) -> pd.DataFrame:
        """Mentions of each of ``names`` (rows) in the documents that mention them most (columns)."""
        counts = self._df(f"""
            WITH m AS (SELECT entity, doc_id, count(*) AS n FROM {self._mentions(labels)}
                       WHERE list_contains($names, entity) GROUP BY entity, doc_id),
                 d AS (SELECT doc_id FROM m GROUP BY doc_id ORDER BY sum(n) DESC, doc_id LIMIT $k)
            SELECT m.* FROM m JOIN d USING (doc_id)""", names=list(names), k=int(max_documents), **_labels(labels))
        table = counts.pivot_table(index="entity", columns="doc_id", values="n", aggfunc="sum", fill_value=0)
        return table.reindex(index=[n for n in names if n in table.index]).astype(int)

    def n_entities(self, labels: list[str] | None = None) -> int:
        sql = f"SELECT count(DISTINCT entity) n FROM {self._mentions(labels)}"
        return int(self._df(sql, **_labels(labels))["n"][0])

    def alias_audit(self, labels: list[str] | None = None, min_forms: int = 1) -> pd.DataFrame:
        """Which written forms went into each entity, and by which rule, most-mentioned first."""
        return self._df(f"""
            WITH m AS (SELECT entity, label, doc_id, regexp_replace(text, '\\s+', ' ', 'g') AS form,
                              resolution, nullif(merged_by, '') AS merged_by FROM {self._mentions(labels)}),
                 f AS (SELECT entity, form, count(*) AS n FROM m GROUP BY ALL),
                 fa AS (SELECT entity, count(*) AS n_forms,
                               string_agg(form || ' ×' || n, '; ' ORDER BY n DESC, form) AS forms
                        FROM f GROUP BY entity),
                 r AS (SELECT entity, how, count(*) AS n FROM
                         (SELECT entity, resolution AS how FROM m UNION ALL
                          SELECT entity, merged_by FROM m WHERE merged_by IS NOT NULL) GROUP BY ALL),
                 ra AS (SELECT entity, string_agg(how || ' ×' || n, ', ' ORDER BY n DESC, how) AS resolved_by
                        FROM r GROUP BY entity),
                 e AS (SELECT entity, min(label) AS label, count(*) AS mentions,
                              count(DISTINCT doc_id) AS documents FROM m GROUP BY entity)
            SELECT e.entity, e.label, e.mentions, e.documents, fa.forms, ra.resolved_by
            FROM e JOIN fa USING (entity) LEFT JOIN ra USING (entity) WHERE fa.n_forms >= $min_forms
            ORDER BY e.mentions DESC, e.entity""", min_forms=int(min_forms), **_labels(labels))

    def mentions_of(self, names: list[str]) -> pd.DataFrame:
        """The mentions of these canonical entities (a filter: few rows)."""
        return self._df(f"""SELECT doc_id, start_char, end_char, text, label, entity FROM {self._mentions(None)}
                            WHERE list_contains($names, entity)""", names=list(names))

    def mentions_over_time(self, top_n: int = 6, freq: str = "auto", labels: list[str] | None = None) -> pd.DataFrame:
        """Mentions of the ``top_n`` most-mentioned entities per period of ``published``."""
        counts = self._df(f"""
            WITH m AS (SELECT e.entity, try_cast(d.published AS DATE) AS date FROM {self._mentions(labels)} e
                       JOIN documents d USING (doc_id) WHERE try_cast(d.published AS DATE) IS NOT NULL),
                 top AS (SELECT entity FROM m GROUP BY entity ORDER BY count(*) DESC, entity LIMIT $k)
            SELECT entity, date, count(*) AS n FROM m WHERE entity IN (SELECT entity FROM top) GROUP BY ALL""",
                          k=int(top_n), **_labels(labels))
        if counts.empty:
            return pd.DataFrame()
        order = counts.groupby("entity")["n"].sum().sort_values(ascending=False, kind="stable")
        table = per_period(counts, pd.to_datetime(counts["date"]), "entity", freq, weight="n")
        return table[list(order.index)]


    def term_counts(self, kinds: list[str] | None = None, min_count: int = 2) -> pd.DataFrame:
        """Counts of each term (``kind``: word or entity) per document source, over the selected
        documents; terms used fewer than ``min_count`` times in all are left out."""
        kinds = list(kinds or ["word", "entity"])
        return self._df("""
            WITH t AS (SELECT coalesce(nullif(d.source, ''), '(no source)') AS source, t.term, t.kind, t.count
                       FROM terms t JOIN documents d USING (doc_id)
                       WHERE t.doc_id IN (SELECT doc_id FROM selected) AND d.status = 'ok'
                             AND list_contains($kinds, t.kind))
            SELECT source, term, kind, sum(count)::BIGINT AS count FROM t
            GROUP BY source, term, kind QUALIFY sum(sum(count)) OVER (PARTITION BY term, kind) >= $min_count""",
                        kinds=kinds, min_count=int(min_count))

    def mentions_per_document(self, names: list[str], labels: list[str] | None = None) -> pd.DataFrame:
        """For every selected document: its source, all its mentions (``total``) and its mentions of
        each of ``names`` (one column each)."""
        counts = self._df(f"""
            WITH tot AS (SELECT doc_id, count(*) AS total FROM {self._mentions(labels)} GROUP BY doc_id)
            SELECT s.doc_id, coalesce(nullif(d.source, ''), '(no source)') AS source,
                   coalesce(tot.total, 0) AS total
            FROM selected s JOIN documents d USING (doc_id) LEFT JOIN tot USING (doc_id)
            WHERE d.status = 'ok'""", **_labels(labels))
        named = self._df(f"""SELECT doc_id, entity, count(*) AS n FROM {self._mentions(labels)}
                             WHERE list_contains($names, entity) GROUP BY ALL""", names=list(names),
                         **_labels(labels))
        wide = named.pivot_table(index="doc_id", columns="entity", values="n", aggfunc="sum", fill_value=0)
        out = counts.set_index("doc_id").join(wide.reindex(columns=list(names)), how="left").fillna(0)
        return out.astype({n: int for n in names}).reset_index()


    def names(self, what: str) -> pd.Series:
        """The names a parameter can take, with their counts, most used first: ``speakers``
        (statements), ``entities`` (mentions) or ``sources`` (analysed documents)."""
        sql = {"speakers": "SELECT speaker_entity AS name, count(*) AS n FROM quotes WHERE speaker_entity <> '' "
                           "AND doc_id IN (SELECT doc_id FROM selected) GROUP BY 1",
               "entities": f"SELECT entity AS name, count(*) AS n FROM {self._mentions(None)} GROUP BY 1",
               "sources": "SELECT source AS name, count(*) AS n FROM documents WHERE status = 'ok' "
                          "AND coalesce(source, '') <> '' GROUP BY 1"}[what]
        rows = self._df(sql + " ORDER BY n DESC, name")
        return pd.Series(rows["n"].to_numpy(), index=rows["name"].astype(str), name=what)

    def document_mentions(self, doc_id: str) -> pd.DataFrame:
        """The entity mentions of one document, in text order (for its entity view)."""
        return self._df("""SELECT start_char, end_char, text, label, entity FROM entities WHERE doc_id = $d
                           ORDER BY start_char""", d=str(doc_id))

    def entity_labels(self) -> dict[str, str]:
        """Each canonical entity's label (its commonest, where mentions disagree)."""
        rows = self._df(f"""SELECT entity, label FROM {self._mentions(None)} GROUP BY entity, label
                            QUALIFY row_number() OVER (PARTITION BY entity ORDER BY count(*) DESC, label) = 1""")
        return dict(zip(rows["entity"], rows["label"]))

    def daily_mentions(self, names: list[str]) -> pd.DataFrame:
        """Mentions of each of ``names`` per source and publication day (dated documents only)."""
        out = self._df(f"""
            SELECT e.entity, coalesce(nullif(d.source, ''), '(no source)') AS source,
                   try_cast(d.published AS DATE) AS date, count(*) AS mentions
            FROM {self._mentions(None)} e JOIN documents d USING (doc_id)
            WHERE list_contains($names, e.entity) AND d.status = 'ok' AND try_cast(d.published AS DATE) IS NOT NULL
            GROUP BY ALL ORDER BY date""", names=list(names))
        out["date"] = pd.to_datetime(out["date"])
        return out


def _labels(labels: list[str] | None) -> dict:
    return {"labels": list(labels)} if labels else {}


def open_annotations(corpus: str | Path, tables: str | Path | None = None, **annotate_args) -> TableStore:
    """The tables at ``tables`` (from ``annotate --out`` or a report run), read lazily; without
    ``tables``, the corpus annotated now (through the cache) and queried in memory."""
    if tables:
        return TableStore.open(tables)
    from analysis.run.annotate import annotate  # the write side (and spaCy) only when there are no tables yet

    try:
        store = TableStore.from_annotations(annotate(corpus, **annotate_args))
        store.corpus = str(corpus)
        return store
    except KeyboardInterrupt:
        _one_line_in_ipython(Interrupted)
        raise Interrupted("annotation interrupted; the documents parsed so far stay cached: "
                          "run the cell again to go on from there") from None


class Interrupted(KeyboardInterrupt):
    """An interrupted annotation, shown in a notebook as its one-line message, not 40 frames."""


def _one_line_in_ipython(kind: type[BaseException]) -> None:
    try:
        from IPython import get_ipython
    except ImportError:
        return
    shell = get_ipython()
    if shell is not None:
        shell.set_custom_exc((kind,), lambda shell, etype, value, tb, tb_offset=None: print(f"{value}"))

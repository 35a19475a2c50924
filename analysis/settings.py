"""How a corpus is annotated: one object from the command line (or a notebook) to the cache,
the engines and the reports, checked once where it is made, instead of the same ten keyword
arguments re-listed at every call."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path


@dataclass(frozen=True)
class Settings:
    """``model``: spaCy model name or folder (default: the installed English small model);
    ``aliases``: a CSV ``alias,canonical`` extending the built-in alias table;
    ``cache_dir``/``use_cache``: where parses are kept (default: the user's cache folder);
    ``reference_date``: ``YYYY-MM-DD`` that relative dates are read on in undated documents;
    ``engine``/``workers``/``scheduler``: where parsing runs (:mod:`analysis.run.engine`);
    ``columns``: ``{SPEC name: column}`` for a table corpus named otherwise;
    ``progress``: show a progress bar."""

    model: str | None = None
    aliases: str | Path | None = None
    cache_dir: str | Path | None = None
    use_cache: bool = True
    reference_date: str | None = None
    engine: str = "local"
    workers: int = 1
    scheduler: str | None = None
    columns: dict[str, str] = field(default_factory=dict)
    progress: bool = False

    def but(self, **changes) -> Settings:
        """These settings with some changed (``None`` values leave a setting as it is)."""
        return replace(self, **{k: v for k, v in changes.items() if v is not None})

    def check(self) -> Settings:
        """Raise the user's one-line error for a setting that cannot work, before any work."""
        from analysis.extract.timexes import check_reference_date
        from analysis.run.engine import check_engine

        check_engine(self.engine, self.workers, self.scheduler)
        check_reference_date(self.reference_date)
        return self

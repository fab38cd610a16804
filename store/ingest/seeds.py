"""The built-in corpus: the bundled seed articles fill an empty database on first use."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from sqlite_utils import Database

log = logging.getLogger(__name__)


def seeds_dir() -> Path | None:
    """The bundled seeds/ folder: beside the code (a checkout), or installed data files."""
    candidates = [
        Path(__file__).resolve().parents[2] / "seeds",
        Path(sys.prefix) / "share" / "newsbot" / "seeds",
    ]
    return next((path for path in candidates if path.is_dir()), None)


def ensure_seeded(db: Database) -> int:
    """Fill an empty database from the seeds; returns how many articles were added."""
    if db.execute("SELECT EXISTS (SELECT 1 FROM articles)").fetchone()[0]:
        return 0
    # Imported here: the ingestion stack (trafilatura, lxml) costs ~0.25 s of start-up, and
    # only the first use of an empty database needs it.
    from store.ingest.batch import ingest

    folder = seeds_dir()
    if folder is None:
        log.warning("no bundled seeds/ folder found; the database stays empty")
        return 0
    results = ingest(db, [str(folder)])
    added = sum(result.status == "added" for result in results)
    log.info("filled the empty database with %d seed article(s)", added)
    return added

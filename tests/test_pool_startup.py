"""What a quote extraction worker spends before its first article (store.ingest.pool)."""

from __future__ import annotations

import json
import time
from pathlib import Path

from sqlite_utils import Database

from store.ingest.batch import ingest
from store.ingest.pool import PoolPlan
from store.models import Article, Attribution

# Importing the program took a worker ~0.45 s of CPU before the fork server imported it
# for every worker; what is left is forking and reading the first articles.
START_CPU_SECONDS = 0.15


def cpu_telling_extract(article: Article) -> Attribution:
    """Fails every article, saying how much CPU its process has used so far."""
    raise RuntimeError(f"cpu {time.process_time():.3f}")


def test_a_worker_finds_the_program_imported(fresh_db: Database, tmp_path: Path) -> None:
    batch = tmp_path / "batch.jsonl"
    records = [{"title": f"Invented title {i}", "text": "Plain words."} for i in range(4)]
    batch.write_text("".join(json.dumps(record) + "\n" for record in records))
    plan = PoolPlan(
        workers=2, pool_from=0, extract=cpu_telling_extract, extract_while_starting=False
    )
    results = ingest(fresh_db, [str(batch)], pool=plan)
    first = results[0].reason or ""
    assert first.startswith("could not store: cpu ")
    assert float(first.split()[-1]) < START_CPU_SECONDS, first

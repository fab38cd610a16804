"""A batch keeps what lives through it out of full collections, and gives it all back at its
end (store/ingest/long_lived.py): nothing stays frozen once ingest returns."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlite_utils import Database

from store.ingest.batch import IngestResult, ingest
from store.ingest.long_lived import LongLivedFrozen


@pytest.fixture(autouse=True)
def nothing_frozen() -> Iterator[None]:
    gc.unfreeze()  # whatever an earlier test left (none should): each case starts clean
    yield
    assert gc.get_freeze_count() == 0
    gc.unfreeze()


class _Cycle:
    """An object in a reference cycle: only the collector frees it."""

    def __init__(self) -> None:
        self.me = self


def test_ingest_freezes_while_it_runs_and_unfreezes_after(
    fresh_db: Database, tmp_path: Path
) -> None:
    for number in range(3):
        (tmp_path / f"{number}.txt").write_text(
            f"Harbour gate {number}\n\n"
            f'"Gate {number} opens at dawn," harbour master Ilse Varnick said.\n\n'
            f"Ferries wait beside gate {number}.",
            encoding="utf-8",
        )
    frozen_while: list[int] = []

    def told(result: IngestResult) -> None:
        frozen_while.append(gc.get_freeze_count())

    results = ingest(fresh_db, [str(tmp_path)], on_result=told)
    assert len(results) == 3
    assert all(count > 0 for count in frozen_while)  # without it: 0, full passes walk all
    assert gc.get_freeze_count() == 0


@pytest.mark.parametrize(
    ("items", "every", "refrozen"),
    [
        (0, 4, False),  # no item done: only what was there at the start is frozen
        (3, 4, False),
        (4, 4, True),  # a group's worth survived: frozen too
        (9, 4, True),
    ],
)
def test_survivors_frozen_every_so_many_items(items: int, every: int, refrozen: bool) -> None:
    with LongLivedFrozen(every) as frozen:
        at_start = gc.get_freeze_count()
        survivor = [[n] for n in range(50)]  # tracked objects made during the batch
        for _ in range(items):
            frozen.passed()
        assert (gc.get_freeze_count() >= at_start + len(survivor)) == refrozen
    assert gc.get_freeze_count() == 0


def test_a_cycle_frozen_in_a_batch_is_freed_after_it() -> None:
    with LongLivedFrozen(1) as frozen:
        cycle = _Cycle()
        alive = weakref.ref(cycle)
        frozen.passed()  # the cycle is frozen now
        del cycle
        gc.collect()
        assert alive() is not None  # out of the collector's sight while the batch runs
    gc.collect()
    assert alive() is None  # given back at the end: freed, not kept for the process's life


def test_batches_side_by_side_unfreeze_when_the_last_one_ends() -> None:
    # The bot ingests in worker threads: one batch may end while another runs.
    first, second = LongLivedFrozen(1), LongLivedFrozen(1)
    first.__enter__()
    second.__enter__()
    first.__exit__(None, None, None)
    second.passed()
    assert gc.get_freeze_count() > 0  # the second one still runs: nothing given back yet
    second.__exit__(None, None, None)
    assert gc.get_freeze_count() == 0  # the last one ended: all of it, the second's too


def test_a_nested_batch_leaves_unfreezing_to_the_outer_one() -> None:
    with LongLivedFrozen():
        with LongLivedFrozen():
            pass
        assert gc.get_freeze_count() > 0  # the inner one gave nothing back
    assert gc.get_freeze_count() == 0


def test_what_something_else_froze_stays_frozen() -> None:
    gc.freeze()  # a process that froze its startup objects on purpose (before forking)
    frozen_before = gc.get_freeze_count()
    with LongLivedFrozen():
        pass
    assert gc.get_freeze_count() >= frozen_before  # not unfrozen by a batch
    gc.unfreeze()

"""Extracting in the writer while a pool's workers start (store.ingest.pool_start)."""

from __future__ import annotations

import logging
import multiprocessing
import os
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import closing
from itertools import count

import pytest

from store.ingest.pool import PoolPlan, extracting
from store.ingest.pool_start import PoolStart
from store.models import Article, Attribution, Speaker


def process_extract(article: Article) -> Attribution:
    """Says, as a speaker, which process extracted the article."""
    return Attribution(speakers=(Speaker(multiprocessing.current_process().name),))


def crashing_extract(article: Article) -> Attribution:
    """Kills the worker that runs it, as a segfault would; extracts in the writer."""
    if multiprocessing.current_process().name != "MainProcess":
        os._exit(1)
    return process_extract(article)


def endless() -> Iterator[tuple[str, Article]]:
    for i in count():
        yield f"a{i}", Article(title=f"Ada Kerr story {i}", paragraphs=("Text.",))


def where_extracted(plan: PoolPlan) -> list[tuple[str, str]]:
    """Where each article was extracted, in source order, up to 40 past the first one a
    worker took (or a deadline)."""
    found: list[tuple[str, str]] = []
    deadline = time.monotonic() + 60
    past_workers = 0
    with closing(extracting(endless(), plan, lambda item: item)) as stream:
        for label, item, extract in stream:
            found.append((label, extract(item).speakers[0].name))
            past_workers += found[-1][1] != "MainProcess"
            if past_workers > 40 or time.monotonic() > deadline:
                break
    return found


@pytest.mark.parametrize(
    ("while_starting", "first_after_threshold"),
    [
        (True, "MainProcess"),  # the workers take time to start: the writer does not wait
        (False, "ForkServerProcess"),  # asked to wait, every article goes to a worker
    ],
)
def test_the_writer_extracts_while_the_workers_start(
    while_starting: bool, first_after_threshold: str
) -> None:
    plan = PoolPlan(
        workers=2, pool_from=2, extract=process_extract, extract_while_starting=while_starting
    )
    found = where_extracted(plan)
    assert [label for label, _ in found] == [f"a{i}" for i in range(len(found))]  # in order
    places = [name for _, name in found]
    assert places[:2] == ["MainProcess"] * 2  # below the threshold
    assert places[2].startswith(first_after_threshold)
    # Once a worker took one, every later article went to the workers.
    handed = next(i for i, name in enumerate(places) if name != "MainProcess")
    assert all(name.startswith("ForkServerProcess") for name in places[handed:])
    assert len(places) - handed > 40


def test_a_pool_start_is_ready_once_every_worker_answered() -> None:
    context = multiprocessing.get_context("forkserver")
    pool = ProcessPoolExecutor(2, mp_context=context)
    starting = PoolStart(pool, 2)
    starting.join()
    assert starting.ready and starting.error is None
    assert len(pool._processes) == 2  # both forked
    pool.shutdown(wait=True)


def test_a_pool_shut_down_while_starting_ends_the_start() -> None:
    # Ctrl-C before the workers answered: the shutdown cancels the waiting calls and the
    # start's thread ends, with the error kept rather than raised in a thread.
    pool = ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("forkserver"))
    pool.shutdown(wait=True)
    starting = PoolStart(pool, 2)
    starting.join()
    assert starting.ready and isinstance(starting.error, RuntimeError)


def test_a_worker_crash_after_extracting_while_starting_falls_back_to_the_writer(
    caplog: pytest.LogCaptureFixture,
) -> None:
    # The default path: the writer extracts while the workers start, then hands chunks over;
    # a worker dies on its first chunk, and every article is still extracted here, in order.
    plan = PoolPlan(workers=2, pool_from=2, extract=crashing_extract)
    assert plan.extract_while_starting
    found: list[tuple[str, str]] = []
    deadline = time.monotonic() + 60
    after_crash = 0
    stream = closing(extracting(endless(), plan, lambda item: item))
    with caplog.at_level(logging.WARNING, logger="store.ingest.pool"), stream as items:
        for label, item, extract in items:
            found.append((label, extract(item).speakers[0].name))
            after_crash += "worker died" in caplog.text
            if after_crash > 40 or time.monotonic() > deadline:
                break
    assert after_crash > 40  # the pool broke, and the batch went on past it
    assert [label for label, _ in found] == [f"a{i}" for i in range(len(found))]
    assert {name for _, name in found} == {"MainProcess"}

"""Quote extraction in worker processes beside the one writer, for batches big enough to pay
for starting them.

Extraction is pure and about three quarters of an article's ingest time; writing stays one
connection in this process. Each item comes back in source order with how to get its quotes
(a worker's answer, or extraction here), so what is stored is what the serial path stores.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Callable, Generator, Iterable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from itertools import chain, islice
from typing import TypeVar

from store.ingest.pool_start import PoolStart
from store.models import Article, Attribution
from store.quotes.extract import extract_quotes

log = logging.getLogger(__name__)

Item = TypeVar("Item")
# Must be a module-level function: workers receive it by name (pickle).
Extract = Callable[[Article], Attribution]

# Starting a pool costs ~0.1-0.5 s (the first one starts the fork server, which imports the
# program): what 25 to 100 real-length articles take to extract. Below this many, a batch
# (the seed, /add, a feed poll) stays serial.
POOL_FROM = 32
# Articles a worker is handed at once: one at a time, the hand-over (a pipe write, a thread
# switch under the GIL) cost the writer about 1 ms an article, as much as a fifth of the work.
CHUNK = 8
CHUNKS_IN_FLIGHT = 3  # per worker: one being extracted, the next ones queued behind it
# Extraction is batch work: with `newsbot ingest` beside the bot on one machine, workers at
# full priority took the cores from the bot's answers (its p95 grew with the wait for a
# core, not with its own work). Niced, they use whatever the bot leaves.
WORKER_NICENESS = 10
# Imported once by the fork server, so that every worker forks with the program loaded:
# else each worker imported it itself (~0.45 s of CPU a worker, while the writer waited for
# its first answers). The server's default preload, the main module, never happens on
# Python 3.11 (it asks spawn for a `main_path` spawn never gives), and a worker re-running
# the main module finds its imports done only if the server did them. store.ingest.batch is
# the pool's caller: whatever drives a pool has imported it, and it imports extraction.
FORK_SERVER_PRELOAD = ("__main__", "store.ingest.batch")


def usable_cores() -> int:
    """The cores this process may run on (fewer than the machine's under a CPU mask)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


@dataclass(frozen=True)
class PoolPlan:
    """When quote extraction leaves this process, over how many workers, and with what."""

    workers: int = field(default_factory=usable_cores)
    pool_from: int = POOL_FROM  # items stored serially before a pool starts
    extract: Extract = extract_quotes
    # Extract here while the workers start (store.ingest.pool_start); False waits for them,
    # so that every article after `pool_from` goes to a worker (tests that look at where).
    extract_while_starting: bool = True


def extracting(
    parsed: Iterable[tuple[str, Item]],
    plan: PoolPlan,
    ahead: Callable[[Item], Article | None],
) -> Generator[tuple[str, Item, Extract], None, None]:
    """Each (label, item) in source order with the function that gives its quotes.

    `ahead` names the article worth extracting in a worker (None: a failure, or an article
    that is probably stored unchanged, which the writer checks first as the serial path
    does). Close the iterator to stop early: the workers are shut down before it returns.
    """
    items = iter(parsed)
    # The first items go serially, as they come: a small batch never pays for a pool, and a
    # slow source (URLs fetched one by one) has its first articles stored at once.
    for label, item in islice(items, plan.pool_from):
        yield label, item, plan.extract
    following = next(items, None)
    if following is None:
        return
    if plan.workers < 2:
        for label, item in chain([following], items):
            yield label, item, plan.extract
        return
    # forkserver: workers fork from a clean server process (started once per process), not
    # from this one, whose threads (the bot's) could hold a lock at fork time; spawn would
    # import the program again (~0.5 s) in every worker of every pool.
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(list(FORK_SERVER_PRELOAD))  # once started, this is a no-op
    pool = ProcessPoolExecutor(plan.workers, mp_context=context, initializer=_quiet_worker)
    starting = PoolStart(pool, plan.workers)
    try:
        items = chain([following], items)
        if plan.extract_while_starting:
            # The first pool of a process waits for the fork server to import the program
            # (~0.5 s, a tenth of a 2,000-article batch): the writer extracts meanwhile.
            for label, item in items:
                yield label, item, plan.extract
                if starting.ready:
                    break
        window: deque[tuple[str, Item, Extract]] = deque()
        chunk = _Chunk(pool, plan.extract)
        for label, item in items:
            article = ahead(item)
            window.append((label, item, plan.extract if article is None else chunk.add(article)))
            if chunk.full:
                chunk.submit()
                chunk = _Chunk(pool, plan.extract)
            while len(window) > plan.workers * CHUNKS_IN_FLIGHT * CHUNK:
                yield window.popleft()
        chunk.submit()  # the last one, not full: no more articles are coming
        while window:
            yield window.popleft()
    finally:
        # Ctrl-C or a closed iterator: queued extractions are dropped, running ones (a few
        # milliseconds an article) finish, and every worker has exited before we return.
        pool.shutdown(wait=True, cancel_futures=True)
        starting.join()


class _Chunk:
    """Articles handed to one worker together; each one's answer is taken in source order."""

    def __init__(self, pool: ProcessPoolExecutor, extract: Extract) -> None:
        self.pool = pool
        self.extract = extract
        self.articles: list[Article] = []
        self.submitted = False
        self.answers: Future[list[Attribution | Exception]] | None = None

    @property
    def full(self) -> bool:
        return len(self.articles) >= CHUNK

    def add(self, article: Article) -> Extract:
        index = len(self.articles)
        self.articles.append(article)
        return lambda article: self.answer(index, article)

    def submit(self) -> None:
        if self.submitted or not self.articles:
            return
        self.submitted = True
        try:
            self.answers = self.pool.submit(extract_all, self.extract, self.articles)
        except BrokenProcessPool:  # a worker died earlier: these are extracted here
            self.answers = None

    def answer(self, index: int, article: Article) -> Attribution:
        self.submit()  # unless it was: the writer caught up with a chunk still filling
        if self.answers is None:
            return self.extract(article)
        try:
            answers = self.answers.result()
        except BrokenProcessPool:
            log.warning("a quote extraction worker died; extracting here instead")
            return self.extract(article)
        answer = answers[index]
        if isinstance(answer, Exception):
            raise answer  # a worker's error fails this article only, as it would serially
        return answer


def extract_all(extract: Extract, articles: list[Article]) -> list[Attribution | Exception]:
    """In a worker: each article's quotes, or the error extracting them raised."""
    answers: list[Attribution | Exception] = []
    for article in articles:
        try:
            answers.append(extract(article))
        except Exception as error:  # one article's bug must not fail its chunk
            answers.append(error)
    # What outlived a chunk (the analyser, the word caches) stays out of the collector's full
    # passes (store/ingest/long_lived.py); never given back: a worker ends with its batch.
    gc.freeze()
    return answers


def _quiet_worker() -> None:
    # Ctrl-C reaches the whole process group: the writer alone decides how to stop, or every
    # worker would print its own KeyboardInterrupt and the pool would break mid-shutdown.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(os, "nice"):
        os.nice(WORKER_NICENESS)

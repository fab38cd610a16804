"""Starting a pool's workers behind the writer's back, so that it need not wait for them.

A ProcessPoolExecutor forks a worker in `submit`, through the fork server: the first pool of
a process waits there (~0.5 s) for the server to import the program. Submitted from a thread
of its own, the writer goes on extracting meanwhile, and hands articles over once the
workers have answered.
"""

from __future__ import annotations

import logging
import threading
from concurrent.futures import ProcessPoolExecutor, wait

log = logging.getLogger(__name__)


class PoolStart:
    """A pool's workers being started: one call each, from a thread, answered when they run."""

    def __init__(self, pool: ProcessPoolExecutor, workers: int) -> None:
        self.error: BaseException | None = None
        self.thread = threading.Thread(
            target=self._start, args=(pool, workers), name="pool-start", daemon=True
        )
        self.thread.start()

    @property
    def ready(self) -> bool:
        """True once every worker answered (or starting failed: chunks then find the pool
        broken and are extracted here, as ever)."""
        return not self.thread.is_alive()

    def join(self) -> None:
        """Wait for the thread (after the pool's shutdown, which ends its wait)."""
        self.thread.join()

    def _start(self, pool: ProcessPoolExecutor, workers: int) -> None:
        try:
            # Each submit forks a worker while none is idle: one call a worker starts them all.
            wait([pool.submit(answer_ready) for _ in range(workers)])
        except BaseException as error:  # a broken or shut-down pool: told by `ready`
            self.error = error
            # Not a warning: the chunks find the pool broken and say so (store.ingest.pool).
            log.debug("starting the pool's workers failed: %r", error)


def answer_ready() -> None:
    """In a worker: nothing, to say that it runs."""

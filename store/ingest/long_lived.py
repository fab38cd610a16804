"""What lives through a batch kept out of the garbage collector's full passes.

A full collection walks every tracked object: the program's tables and lexicons, the
analyser's dictionaries and the word caches a batch fills (hundreds of thousands of
readings). On Russian ingest each one took ~55 ms and found almost nothing to free (a
dozen objects in 900 articles), yet they came every ~200 articles: 5 % of ingest time
(scripts/bench_quotes_ru.py, steady state). Within a batch, what has lived through a group
of articles is frozen (gc.freeze: left out of every collection) and given back to the
collector when the batch ends (gc.unfreeze), so a cycle among them is still freed then,
not kept for the life of the process (the bot polls feeds through ingest for days).
Young objects are collected as ever: an article's own garbage goes with its group.
"""

from __future__ import annotations

import gc
import threading
from types import TracebackType

# Items between two freezes: what survives one group's write (GROUP_ARTICLES of them,
# store.ingest.writing) is long-lived already.
FREEZE_EVERY = 64

# Batches may run side by side (the bot polls feeds and adds pages in worker threads), and
# freezing is the process's: the last batch to end gives everything back, unless something
# other than a batch had frozen objects before the first began. While two run, neither
# freezes: a freeze would take the other's young objects too, and batches that keep
# overlapping would then never give anything back.
_lock = threading.Lock()
_running = 0
_ours = False  # whether the batches running froze everything frozen


class LongLivedFrozen:
    """`with LongLivedFrozen() as frozen:` and `frozen.passed()` after each item: what
    lived before the batch, then through each FREEZE_EVERY items, is frozen until the last
    batch running ends; nothing is frozen while another batch runs beside it."""

    def __init__(self, every: int = FREEZE_EVERY) -> None:
        self.every = every
        self.count = 0

    def __enter__(self) -> LongLivedFrozen:
        global _running, _ours
        with _lock:
            if _running == 0:
                _ours = gc.get_freeze_count() == 0
            _running += 1
            if _running == 1:
                gc.freeze()
        return self

    def passed(self) -> None:
        """One more item done: every FREEZE_EVERY of them, freeze what has survived."""
        self.count += 1
        if self.count % self.every == 0:
            with _lock:
                if _running == 1:
                    gc.freeze()

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        global _running
        with _lock:
            _running -= 1
            if _running == 0 and _ours:
                gc.unfreeze()

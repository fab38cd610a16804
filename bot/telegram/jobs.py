"""The live-news job: every tick, poll the feeds that are due and push new articles."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from sqlite_utils import Database
from telegram.ext import JobQueue

from bot.telegram.push import push_notifications
from bot.telegram.state import BotContext, BotState
from bot.telegram.worker import in_worker
from store.clock import utc_now
from store.live.poll import FeedPollResult, PollStatus, poll_due_feeds
from store.search.maintenance import merge_fts_segments
from store.search.terms import sync_terms

logger = logging.getLogger(__name__)

# The job wakes up this often at most: feeds are polled when each is due (every interval, or
# later while backing off), and articles stored by another process (`newsbot ingest`) are
# pushed to followers within a tick.
MAX_TICK = timedelta(minutes=1)
FIRST_TICK_SECONDS = 0.5  # APScheduler cannot start a repeating job at 0


def schedule_live_news(job_queue: JobQueue[BotContext], feed_interval: timedelta) -> None:
    """Run `live_round` every tick, the first one right after start."""
    # APScheduler logs every run of the job at INFO: once a minute, forever.
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
    job_queue.run_repeating(
        live_round,
        interval=min(feed_interval, MAX_TICK),
        first=FIRST_TICK_SECONDS,
        name="live_news",
        # A round that overruns the tick is not started twice; missed ticks are not replayed.
        job_kwargs={"max_instances": 1, "coalesce": True},
    )


async def live_round(context: BotContext) -> None:
    """Poll the feeds that are due (in a worker thread), then push new articles to followers."""
    state = context.bot_data
    now = utc_now()
    early = min(state.feed_interval, MAX_TICK) / 2
    results = await in_worker(state.db, lambda own: _poll_round(own, state, now, early))
    for result in results:
        if result.status == PollStatus.FAILED:
            continue  # store.live.poll has logged it with its back-off
        if result.added or result.updated:
            logger.info(
                "feed %s: %d new, %d updated", result.url, len(result.added), result.updated
            )
    sent = await push_notifications(context.bot, state.db)
    if sent:
        logger.info("pushed %d notifications", sent)


def _poll_round(
    own: Database, state: BotState, now: datetime, early: timedelta
) -> list[FeedPollResult]:
    """In the worker: poll the due feeds, then count the terms of rows stored uncounted."""
    results = poll_due_feeds(
        own, interval=state.feed_interval, fetcher=state.fetcher, now=now, early=early
    )
    # Writers count their rows' terms as they store them (store.search.terms), but a store
    # loaded in bulk or by an older `newsbot ingest` may not be: caught up here, off the
    # event loop, before a question has to (only reads when nothing is left).
    sync_terms(own)
    if any(result.added or result.updated for result in results):
        # Saved one at a time, the articles left the FTS indexes in small segments, and
        # every lookup reads each one: a bounded merge step folds them back.
        merge_fts_segments(own)
    return results

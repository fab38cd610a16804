"""What the admin commands answer: /add <url>, /feeds, /unfeed <url>; and feed health for /stats."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING
from urllib.parse import urlsplit, urlunsplit

from sqlite_utils import Database

from handlers.records import Answer, AnswerKind
from handlers.render import count
from store.live.feeds import AddedBy, Feed, list_feeds, remove_feed
from store.models import SaveStatus

if TYPE_CHECKING:  # /add's result is only ever handed in: answering needs no ingestion stack
    from store.live.poll import AddResult

ADMIN = AnswerKind.ADMIN
REFUSAL = "Sorry, only the bot's admins can add articles or change the feeds I follow."
UNKNOWN_SENDER = (
    "Sorry, I cannot tell who sent this: admin commands work only from your own account, "
    "not sent anonymously or as a channel."
)
ADD_USAGE = "Send /add and the address of an article or of an RSS/Atom feed: /add https://…"
UNFEED_USAGE = "Send /unfeed and the feed's address as /feeds lists it."


def add_usage_error(text: str) -> str | None:
    """Why `text` is not something /add can fetch; None when it is a web address."""
    words = text.split()
    if len(words) != 1 or not words[0].lower().startswith(("http://", "https://")):
        return ADD_USAGE
    return None


def add_reply(result: AddResult) -> Answer:
    """What /add did."""
    from store.live.poll import AddKind  # here, not at the top: see AddResult above

    if result.refused:  # the reason names the address and its kind: that is the whole story
        reason = result.reason or f"refused: {result.url}"
        text = f"{reason[0].upper()}{reason[1:]}; NEWSBOT_FETCH_ALLOW can allow it."
    elif result.kind == AddKind.FAILED:
        text = f"Could not add {result.url}: {result.reason}."
    elif result.kind == AddKind.FEED and result.poll is not None:
        news = len(result.poll.added)
        what = "Now following the feed" if result.new_feed else "Already following the feed"
        text = f"{what} {result.url}: {count(news, 'new article')} stored."
        if result.poll.failed_entries:
            text += f" {len(result.poll.failed_entries)} entries could not be read."
        text += " /latest shows the newest."
    else:
        stored = [r for r in result.articles if r.status != SaveStatus.FAILED]
        titles = "\n".join(f"• {r.title} ({r.status})" for r in stored[:5])
        text = f"Stored from {result.url}:\n{titles}"
    return _reply(text)


def feeds_reply(db: Database) -> Answer:
    """/feeds: every feed polled, with its health."""
    feeds = list_feeds(db)
    if not feeds:
        return _reply("I follow no feeds. Admins can add one with /add <feed address>.")
    lines = "\n\n".join(_feed_line(feed) for feed in feeds)
    return _reply(f"Feeds I poll ({len(feeds)}):\n\n{lines}\n\n/unfeed <address> to stop one.")


def unfeed_reply(db: Database, text: str) -> Answer:
    """/unfeed <url>: stop polling a feed added from the chat or the command line."""
    url = text.strip()
    if not url:
        return _reply(UNFEED_USAGE)
    feed = next((f for f in list_feeds(db) if f.url == url), None)
    if feed is None:
        return _reply(f"I do not follow {url}. {UNFEED_USAGE}")
    if feed.added_by == AddedBy.CONFIG:
        # Removing it here would only last until the next restart.
        return _reply(f"{url} comes from NEWSBOT_FEEDS; remove it there and restart me.")
    remove_feed(db, url)
    return _reply(f"No longer polling {url}. Its articles stay.")


def feed_health_lines(db: Database) -> list[str]:
    """Lines for /stats: how many feeds are polled and which are failing (none if no feeds)."""
    feeds = list_feeds(db)
    if not feeds:
        return []
    failing = [feed for feed in feeds if feed.failures]
    lines = [f"Feeds: {len(feeds)} polled, {len(failing)} failing."]
    lines += [f"Failing: {_feed_line(feed, public_url(feed.url))}" for feed in failing]
    return lines


def public_url(url: str) -> str:
    """The address without what may be secret (user, password, query, fragment)."""
    parts = urlsplit(url)
    # Whatever follows the last "@" is the host and port, as typed (a bad port stays visible).
    netloc = parts.netloc.rpartition("@")[2]
    return urlunsplit((parts.scheme, netloc, parts.path, "", ""))


def _feed_line(feed: Feed, shown: str | None = None) -> str:
    url = shown or feed.url
    if feed.failures:
        times = "once" if feed.failures == 1 else f"{feed.failures} times in a row"
        line = f"{url} — failed {times}: {feed.last_error}; next try {_clock(feed.next_poll_at)}"
    elif feed.last_ok_at is None:
        line = f"{url} — not polled yet"
    else:
        line = f"{url} — OK, last polled {_clock(feed.last_ok_at)}"
    return line + (" (from NEWSBOT_FEEDS)" if feed.added_by == AddedBy.CONFIG else "")


def _clock(iso: str | None) -> str:
    if not iso:
        return "soon"
    return datetime.fromisoformat(iso).strftime("%d %b %H:%M UTC")


def _reply(text: str) -> Answer:
    return Answer(f"/{ADMIN}", ADMIN, text, lead=text)

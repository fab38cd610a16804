"""What the admin commands answer: /add <url>, /feeds, /unfeed <url>; and feed health for /stats."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING
from urllib.parse import urlsplit, urlunsplit

from sqlite_utils import Database

from handlers.phrases import MONTHS_OF_DAY_RU, Lang, Phrase, count_ru, say
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


def feed_health_lines(db: Database, lang: Lang = Lang.EN) -> list[str]:
    """Lines for /stats: how many feeds are polled and which are failing (none if no feeds),
    in the reply's language (the error itself is the fetcher's, as it was recorded)."""
    feeds = list_feeds(db)
    if not feeds:
        return []
    failing = [feed for feed in feeds if feed.failures]
    lines = [say(lang, Phrase.FEEDS_POLLED, feeds=len(feeds), failing=len(failing))]
    lines += [
        say(lang, Phrase.FEED_FAILING, line=_feed_line(feed, public_url(feed.url), lang))
        for feed in failing
    ]
    return lines


def public_url(url: str) -> str:
    """The address without what may be secret (user, password, query, fragment)."""
    parts = urlsplit(url)
    # Whatever follows the last "@" is the host and port, as typed (a bad port stays visible).
    netloc = parts.netloc.rpartition("@")[2]
    return urlunsplit((parts.scheme, netloc, parts.path, "", ""))


def _feed_line(feed: Feed, shown: str | None = None, lang: Lang = Lang.EN) -> str:
    url = shown or feed.url
    if feed.failures:
        when, error = _clock(feed.next_poll_at, lang), feed.last_error
        if feed.failures == 1:
            line = say(lang, Phrase.FEED_FAILED_ONCE, url=url, error=error, when=when)
        else:
            times = count_ru(feed.failures, "time") if lang == Lang.RU else f"{feed.failures} times"
            line = say(lang, Phrase.FEED_FAILED, url=url, times=times, error=error, when=when)
    elif feed.last_ok_at is None:
        line = say(lang, Phrase.FEED_NOT_POLLED, url=url)
    else:
        line = say(lang, Phrase.FEED_OK, url=url, when=_clock(feed.last_ok_at, lang))
    return line + (say(lang, Phrase.FEED_FROM_CONFIG) if feed.added_by == AddedBy.CONFIG else "")


def _clock(iso: str | None, lang: Lang = Lang.EN) -> str:
    """ "26 Nov 12:45 UTC"; in Russian "26 ноября 12:45 UTC"."""
    if not iso:
        return say(lang, Phrase.SOON)
    at = datetime.fromisoformat(iso)
    if lang == Lang.RU:
        return f"{at.day} {MONTHS_OF_DAY_RU[at.month - 1]} {at:%H:%M} UTC"
    return at.strftime("%d %b %H:%M UTC")


def _reply(text: str) -> Answer:
    return Answer(f"/{ADMIN}", ADMIN, text, lead=text)

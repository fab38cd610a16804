"""What /stats says: what the store holds, its newest article, and the feeds' health."""

from __future__ import annotations

from sqlite_utils import Database

from handlers.admin import feed_health_lines
from handlers.intent import FOLLOW_COMMANDS
from handlers.phrases import Lang, Phrase, count_ru, say
from handlers.render import count, format_date
from store.stats import store_stats


def stats_lead(db: Database, lang: Lang) -> str:
    """The /stats reply, in the asker's language."""
    stats = store_stats(db)
    if lang == Lang.RU:
        articles, paragraphs = (
            count_ru(stats.articles, "article"),
            count_ru(stats.paragraphs, "paragraph"),
        )
        quotes, speakers = str(stats.quotes), str(stats.speakers)
    else:
        articles, paragraphs = (
            count(stats.articles, "article"),
            count(stats.paragraphs, "paragraph"),
        )
        quotes, speakers = count(stats.quotes, "quote"), count(stats.speakers, "speaker")
    lead = say(
        lang,
        Phrase.STATS,
        articles=articles,
        paragraphs=paragraphs,
        quotes=quotes,
        speakers=speakers,
    )
    if stats.newest_title:
        when = format_date(stats.newest_published, lang)
        lead += say(lang, Phrase.NEWEST, title=stats.newest_title) + (f" ({when})" if when else "")
    feeds = feed_health_lines(db, lang)
    if feeds:
        lead += "\n\n" + "\n".join(feeds)
    return lead


def elsewhere_lead(command: str, lang: Lang = Lang.EN) -> str:
    """Where a command the console cannot run works instead (follows, feeds)."""
    if command.lstrip("/") in FOLLOW_COMMANDS:
        return say(lang, Phrase.FOLLOW_ELSEWHERE, command=command)
    return say(lang, Phrase.FEEDS_ELSEWHERE, command=command)

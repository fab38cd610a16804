"""The example a /help reply is built from: one quote of the newest articles in the reader's
language, so that every line of help it makes finds something when asked."""

from __future__ import annotations

from sqlite_utils import Database

from store.search.topic_words import topic_word


def help_example(db: Database, language: str) -> tuple[str, str, str] | None:
    """Six words of a direct quote (a statement of six words or more) in one of the newest
    articles of `language`, its speaker (a person before a body, the most quoted first, then
    the newest quote) and a topic word of it: all from the one quote, so every help line
    made of them finds something. None: no such quote."""
    row = db.execute(
        "SELECT q.text, s.name FROM quotes q JOIN speakers s ON s.id = q.speaker_id "
        # The newest articles only: /help answers every empty message, so it must stay cheap.
        "WHERE q.article_id IN (SELECT id FROM articles WHERE language = ? ORDER BY id DESC "
        "LIMIT 50) AND q.kind = 'direct' "
        "AND length(q.text) - length(replace(q.text, ' ', '')) >= 5 "
        # A speaker the bot names plainly (not "probably"), then the one quoted most: the one a
        # reader most likely asks about.
        "ORDER BY coalesce(q.confidence, 1) >= 0.9 DESC, s.kind = 'person' DESC, "
        "(SELECT count(*) FROM quotes o WHERE o.speaker_id = s.id) DESC, q.id DESC LIMIT 1",
        [language],
    ).fetchone()
    if row is None:
        return None
    words = str(row[0]).split()
    # A noun of the quote, not its longest word: that is often an adjective ("confident").
    topic = topic_word(str(row[0]), language)
    return " ".join(words[:6]).rstrip(",;:—– "), str(row[1]), topic

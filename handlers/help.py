"""The examples /help shows, made of the store's own quotes so that each finds something."""

from __future__ import annotations

from sqlite_utils import Database

from handlers.phrases import HELP_EXAMPLES_RU, Lang
from store.search.examples import help_example


def help_examples(db: Database, lang: Lang) -> str:
    """The help's example lines in its language: who said a quote's words, what its speaker
    said about a noun of it, the commands."""
    return _examples_ru(db) if lang == Lang.RU else _examples(db)


def _help_example(db: Database, lang: Lang) -> tuple[tuple[str, str, str], Lang] | None:
    """A quote, its speaker and a word of it for the help's examples, from an article in the
    help's language; else in the other one (the only articles there are); None: no quote."""
    other = Lang.EN if lang == Lang.RU else Lang.RU
    for language in (lang, other):
        example = help_example(db, language.value)
        if example is not None and example[2]:
            return example, language
    return None


def _example_questions(words: str, speaker: str, topic: str, lang: Lang) -> list[str]:
    """Who said the words, and what the speaker said about the topic, asked as the quote's
    language is asked (a Russian question about English words would not be understood)."""
    if lang == Lang.RU:
        about = "об" if topic[:1].lower() in "аоуэиы" else "о"
        return [f"кто сказал «{words}»?", f"что {speaker} говорит {about} «{topic}»?"]
    return [f"who said “{words}”?", f"what did {speaker} say about {topic}?"]


def _examples_ru(db: Database) -> str:
    """Russian help lines, with a direct quote, its speaker and a word of it."""
    found = _help_example(db, Lang.RU)
    words, speaker, topic = found[0] if found else ("мяч на их стороне", "глава МИД", "переговоры")
    lines = [line.format(words=words, speaker=speaker, topic=topic) for line in HELP_EXAMPLES_RU]
    if found is not None:  # the stock questions would ask about what was never said
        lines[:2] = _example_questions(words, speaker, topic, found[1])
    return "\n".join(lines)


def _examples(db: Database) -> str:
    """Help lines, with a direct quote, its speaker and a word of it."""
    found = _help_example(db, Lang.EN)
    stock = ("the ball is in their court", "the foreign minister", "the elections")
    words, speaker, topic = found[0] if found else stock
    asked = _example_questions(words, speaker, topic, found[1] if found else Lang.EN)
    return "\n".join(
        [
            *asked,
            f"/quote {speaker} — their quotes, newest first",
            "/quote — a random quote from recent articles",
            "/latest 5 — the newest articles",
            f"/search {topic} — paragraphs about it",
            f"/follow {speaker} — this chat hears of their new quotes",
            "/stats — what I have read",
        ]
    )

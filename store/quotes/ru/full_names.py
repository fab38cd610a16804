"""A paragraph's full names as the cast registers them, read without the rest of a mention.

The cast registers every run of capitalised words that reads as a full name, read_mention
over the clause up to the run's end: only a mention with a name's reading counts there. Such
a mention is exactly what the first, unguessed look for a name finds (read_mention returns it
before anything else, and nothing it goes on to try reads a full name), so the group, pronoun,
role and body readings that phrases without a name go on to try are skipped: the clauses are
long and new in every article, and those readings were half the cost of registering names.
"""

from __future__ import annotations

from functools import lru_cache

from store.quotes.ru.cues import MENTION_CACHE, Mention

# The mention's own readers, so that the name read is read_mention's to the letter.
from store.quotes.ru.cues import _name_in as name_in
from store.quotes.ru.cues import _words as words_of
from store.quotes.ru.names import CASES


def read_full_name(text: str, offset: int = 0) -> Mention | None:
    """read_mention(text, offset) when it reads a full name (its `reading` set), else None."""
    mention = _full_name(text)
    if mention is None or not offset:
        return mention
    return mention.moved(offset)


@lru_cache(maxsize=MENTION_CACHE)
def _full_name(text: str) -> Mention | None:
    words = words_of(text)
    named = name_in(words, CASES, guess=False) if words else None
    return named if named is not None and named.reading is not None else None


def forget_full_names() -> None:
    """Empty the cache of names read (a benchmark's cold start)."""
    _full_name.cache_clear()

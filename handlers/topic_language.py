"""A topic asked in the other language than a speaker's quotes: "what did Krylova say about
money?" when every quote of hers is Russian. No word of the topic can be in them, so "nothing
about money" would mislead; the answer says which language to ask the topic in."""

from __future__ import annotations

from collections.abc import Sequence

from handlers.phrases import Lang, Phrase, say
from store.search import is_russian

# The quotes' language, as each reply language names it.
_QUOTED_IN = {
    Lang.EN: {True: "Russian", False: "English"},
    Lang.RU: {True: "на русском", False: "на английском"},
}


def nothing_about(names: str, topic: str, quotes: Sequence[str], lang: Lang) -> str:
    """The lead of a speaker's quotes none of which is about the topic."""
    russian = is_russian(topic)
    if quotes and all(is_russian(quote) != russian for quote in quotes):
        quoted_in = _QUOTED_IN[lang][not russian]
        return say(lang, Phrase.OTHER_LANGUAGE, names=names, topic=topic, quoted_in=quoted_in)
    return say(lang, Phrase.NOTHING_ABOUT, names=names, topic=topic)

""" "Corvane Estates said … A spokeswoman said: “…”": the spokeswoman is the body's.

"A spokeswoman for Corvane Estates said" already names whose voice she is; written bare
right after the body's own statement, she was "A spokeswoman" of nobody, which a reader
asking what the body said never finds. A bare spokesperson credit is the body's whose
statement comes just before it in the same paragraph (no other speaker between), and is
written as the "for" form the article would have used.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from store.models import Quote, SpeakerKind
from store.quotes.salience import first_name_gender
from store.quotes.speakers import Cast

# "A spokeswoman", "a spokesman", "The spokesperson": the bare voice of some body.
_BARE_VOICE = re.compile(r"(?:[Aa]n?|[Tt]he) spokes(?:man|woman|person)")


def body_spokespeople(quotes: Iterable[Quote], cast: Cast) -> list[Quote]:
    """The quotes with a bare spokesperson credit written as the body's spokesperson when
    the body spoke just before it in the paragraph."""
    quotes = list(quotes)
    result = []
    for at, quote in enumerate(quotes):
        speaker = quote.speaker
        if speaker is None or not _BARE_VOICE.fullmatch(speaker):
            result.append(quote)
            continue
        body = _body_before(quotes[:at], quote, cast)
        result.append(replace(quote, speaker=f"{speaker} for {body}") if body else quote)
    return result


def _body_before(earlier: list[Quote], quote: Quote, cast: Cast) -> str | None:
    """The body whose statement is the last before `quote` by someone else than its own
    speaker, in the paragraph where that speaker's run of quotes began, else None."""
    paragraph = quote.paragraph
    for before in reversed(earlier):
        if before.speaker == quote.speaker:
            paragraph = before.paragraph  # "A spokeswoman said: “…” ¶ “…,” she added"
            continue
        if before.paragraph != paragraph or before.speaker is None:
            return None
        return before.speaker if _body(before.speaker, cast) else None
    return None


def _body(name: str, cast: Cast) -> bool:
    """True for a speaker the cast holds as a body, or a name no person bears: no first name
    and a plural last ("Corvane Estates", "Hallam Foods": the mention reader knows no such
    body word and reads a person)."""
    known = cast.people.get(name.casefold())
    if known is not None and known.kind == SpeakerKind.ORGANISATION:
        return True
    words = name.split()
    if len(words) < 2 or any(first_name_gender(word) for word in words[:-1]):
        return False
    return words[-1][:1].isupper() and words[-1].endswith("s") and not words[-1].endswith("ss")

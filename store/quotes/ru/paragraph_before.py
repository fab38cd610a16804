""" "Об этом сообщила X" opening a paragraph: the paragraph before is what X said.

Agency copy may give a statement a paragraph of its own and its speaker in the next one's
first sentence ("Тарифы вырастут на 9%." / "Об этом сообщила глава района …"); within one
paragraph store.quotes.ru.pointing reads the same shape sentence by sentence.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from store.models import Quote, QuoteKind
from store.quotes.confidence import confidence_of
from store.quotes.ru.cast import PARAGRAPH_STRIDE, Cast, position
from store.quotes.ru.events import Event
from store.quotes.ru.pointing import last_narration, opens_paragraph


@dataclass(slots=True)  # not frozen: one a paragraph, and frozen sets each field by a call
class ReadParagraph:
    """A paragraph as read: what the next one's "Об этом заявил X" may point back to."""

    index: int
    raw: str
    text: str
    events: list[Event]
    ends: list[int]


def paragraph_before(
    quotes: list[Quote],
    events: list[Event],
    ends: list[int],
    before: ReadParagraph | None,
    cast: Cast,
) -> list[Quote]:
    """ "Об этом сообщила X" opening a paragraph points back to the paragraph before: its
    quotes no cue gave anyone are X's, else its closing sentences no one spoke are, as
    reported speech; a sentence that names X tells of X, and is not X's ("Петров выступил на
    форуме. Налоги не вырастут." / "Об этом он сказал": only the second)."""
    if before is None:
        return quotes
    event = next(
        (e for e in events if e.back and e.speaker and opens_paragraph(ends, e.start)), None
    )
    if event is None or event.speaker is None:
        return quotes
    speaker, how = event.speaker, event.how
    role = event.role or (speaker.roles[0] if speaker.roles else None)
    unclaimed = [
        q for q in quotes if q.paragraph == before.index and q.speaker is None and q.cue is None
    ]
    if unclaimed:
        return [
            replace(
                q,
                speaker=speaker.name,
                role=role,
                cue=event.verb,
                how=how,
                confidence=confidence_of(how),
            )
            if q in unclaimed
            else q
            for q in quotes
        ]
    start_of = position(before.index, 0)
    named = [
        at - start_of
        for at, p in cast.seen
        if p is speaker and 0 <= at - start_of < PARAGRAPH_STRIDE
    ]
    bounds = last_narration(before.text, [e.start for e in before.events] + named, before.ends)
    if bounds is None:
        return quotes
    start, end = bounds
    return [
        *quotes,
        Quote(
            text=before.raw[start:end],
            speaker=speaker.name,
            role=role,
            cue=event.verb,
            kind=QuoteKind.INDIRECT,
            paragraph=before.index,
            start=start,
            end=end,
            how=how,
            confidence=confidence_of(how),
        ),
    ]

""" "Об этом заявил X" after several statements: the run of them is X's.

Agency copy may give a statement in two or three sentences before the one that names its
source ("Сезон начнется 1 октября. Котельные переведены на газ. Об этом сообщила X"), and
open with a quote of the same source ("«Зима нас не застанет». …"). The sentence right before
the cue is read as store.quotes.ru.pointing reads it; the run goes further back only over
sentences that are safely nobody else's: no quote or dash of speech, no cue, no person named
or described (a sentence that names someone tells of them). A quote closing right before a
run that safe is X's too.

Only the sentence right before the cue is surely what the cue points to: sentences further
back may be the reporter's background ("В прошлом году сезон стартовал позже"), so a wide run,
and a quote before it, are X's at RUN_CONFIDENCE, below what answers state plainly.
"""

from __future__ import annotations

import re
from dataclasses import replace

from store.quotes.ru.cast import Cast
from store.quotes.ru.cues import is_head
from store.quotes.ru.events import Event
from store.quotes.ru.pointing import holds_speech, previous_sentence, sentence_start

_WORD = re.compile(r"[\w-]+")
RUN_CONFIDENCE = 0.7
_STEM = 4  # a surname's letters that stay in every case ("Столбова", "Столбовой")


def with_statement_runs(events: list[Event], text: str, ends: list[int], cast: Cast) -> list[Event]:
    """The paragraph's events, each pointing back ("Об этом …") given its statement run."""
    if not any(e.back and e.speaker for e in events):
        return events  # most paragraphs: no cue points back
    blocked = [e.start for e in events]
    # Whoever the article names, by the stem of the surname (a name in any case).
    surnames = {p.surname[:_STEM].casefold() for p in cast.people.values() if p.surname}
    return [
        _widened(e, text, ends, blocked, surnames) if e.back and e.speaker else e for e in events
    ]


def _widened(
    event: Event, text: str, ends: list[int], blocked: list[int], surnames: set[str]
) -> Event:
    nearest = previous_sentence(text, event.start, ends)
    if nearest is None:
        return event
    cue = sentence_start(ends, event.start)
    begin = sentence_start(ends, cue - 1)
    if not _nobody_elses(text, begin, cue, blocked, surnames, described=False):
        return event  # "Встреча с Петровым прошла в Кремле. Об этом сообщила X": of him
    if not _nobody_elses(text, begin, cue, blocked, surnames):
        return replace(event, statement=nearest)  # "Учителям повысят зарплаты": hers still
    nearest_start = begin
    while begin > 0:
        before = sentence_start(ends, begin - 1)
        if not _nobody_elses(text, before, begin, blocked, surnames):
            break
        begin = before
    start = begin
    while start < nearest[1] and text[start].isspace():
        start += 1
    return replace(event, statement=(start, nearest[1]), run_from=begin, wide=begin < nearest_start)


def _nobody_elses(
    text: str, start: int, end: int, blocked: list[int], surnames: set[str], described: bool = True
) -> bool:
    """Whether a sentence is plain narration no one else may have said or be told of: no
    speech, no cue, no one named (nor, with `described`, a role's word: "Министр приехал")."""
    sentence = text[start:end]
    if not sentence.strip() or holds_speech(sentence):
        return False
    if any(start <= at < end for at in blocked):
        return False
    return not any(
        (described and is_head(word))
        or (word[:1].isupper() and word[:_STEM].casefold() in surnames)
        for word in _WORD.findall(sentence)
    )

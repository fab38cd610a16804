"""What one quote's own sentence says for or against its attribution: the clues confidence reads.

The way an attribution was made (`AttributionHow`) says how sure the method is on average; the
clues say how sure this one quote is. Each is a plain fact a reader can check in the sentence:
the cue touches the quote or stands ten words away, the quote opens its sentence or is a long
statement, another known person is named between quote and cue, a source relays the words
("according to ..."), the speaker's "name" is one word no full name widened, the cue is no
plain speech verb. `store.quotes.confidence` weighs them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from store.quotes.attributions import Event
from store.quotes.clue_words import PLAIN_SPEECH_VERBS, RELAY_PHRASES, SUBORDINATORS
from store.quotes.marks import QuotedSpan
from store.quotes.sentences import sentence_ends, start_of_sentence
from store.quotes.speakers import Cast, Person

# Characters between a quote's mark and its cue that still make them one unit: ‘,” he’.
TOUCHING = 3
LONG_WORDS = 10
FAR_WORDS = 10
_WORDS = re.compile(r"[\w’'.-]+")
_CAPITALISED = re.compile(r"\b[A-Z][\w’'.-]*")
# A speech verb that passes on another's speech: "sources have said he said", "prosecutors
# say that she told", "his office said he wrote": the words reach the reader through a relay.
# (The lookahead changes no match but lets the engine skip to the words: twice as fast.)
_RELAYED_SPEECH = re.compile(
    r"(?=sa)\b(?:said|say|says)\s+(?:that\s+)?(?:he|she|they)\s+(?:had\s+)?"
    r"(?:said|says|told|tells|wrote|writes|called)\b"
)

# Finite telling only, narrower than REPORTED_TELL_FORMS on purpose: beside a "telling" or
# "tell" cue, a " told the " elsewhere in the sentence is another verb, a relay.
_TELLING = frozenset({"told", "tells"})
_RELAYS_BESIDE_TELLING = tuple(phrase for phrase in RELAY_PHRASES if phrase != " told the ")


class Clue(StrEnum):
    """One fact of a quote's sentence that bears on who said it."""

    NEXT_TO = "next to"  # the cue touches the quote's marks (‘,” she said’, ‘X said: “’)
    OPENS = "opens"  # the quote opens its sentence: the words are the speaker's, not the writer's
    LONG = "long"  # ten words or more: a statement someone made, not a phrase taken up
    ONE_WORD = "one word"  # named at the cue by a single word no full name widened
    RIVAL = "rival"  # another person of the cast is named between the quote and its cue
    RELAYED = "relayed"  # "according to ...", "... reports": a source passes the words on
    SUBORDINATE = "subordinate"  # the speaker is named inside a "when/after/as ..." clause
    PARTICIPLE = "participle"  # "..., saying “...”": the speaker is read off another clause
    FAR = "far"  # more than ten words of narration between the quote and its cue
    UNUSUAL_VERB = "unusual verb"  # a cue other than the plain said/told/wrote/added family


@dataclass(frozen=True)
class Sentence:
    """The narration of one quote's paragraph and where its sentence runs."""

    text: str  # the paragraph's masked narration
    start: int
    end: int


def sentence_of(text: str, span: QuotedSpan) -> Sentence:
    """The sentence of the narration holding the quote's opening mark."""
    ends = sentence_ends(text)
    start = start_of_sentence(ends, span.open_at)
    end = next((e for e in ends if e > span.close_at), len(text))
    return Sentence(text, start, end)


def clues_of(
    span: QuotedSpan, event: Event, raw: str, sentence: Sentence, cast: Cast
) -> frozenset[Clue]:
    """The clues one quote attributed through `event` shows (`raw`: the paragraph as written)."""
    text = sentence.text
    between = _between(span, event)
    speaker = event.speaker
    sentence_text = text[sentence.start : sentence.end].casefold()
    facts = {
        Clue.NEXT_TO: between[1] - between[0] <= TOUCHING,
        Clue.OPENS: not text[sentence.start : span.open_at].strip(),
        Clue.LONG: len(raw[span.start : span.end].split()) >= LONG_WORDS,
        Clue.ONE_WORD: bool(speaker and event.mention.name and " " not in speaker.name),
        Clue.RIVAL: bool(speaker and _rival_between(text[between[0] : between[1]], speaker, cast)),
        Clue.RELAYED: _relayed(sentence_text, event.verb),
        Clue.SUBORDINATE: _subordinate(text, sentence.start, event.mention.start),
        Clue.PARTICIPLE: event.verb.endswith("ing"),
        Clue.FAR: len(text[between[0] : between[1]].split()) > FAR_WORDS,
        Clue.UNUSUAL_VERB: event.verb not in PLAIN_SPEECH_VERBS,
    }
    return frozenset(clue for clue, holds in facts.items() if holds)


def _relayed(sentence: str, verb: str) -> bool:
    """True when a source passes the words on: "according to ...", "sources said he said".

    "told the ..." relays only when it is not the quote's own cue: in "“...,” she told the
    BBC" the speaker tells an outlet her own words, as in "she told reporters"."""
    phrases = RELAY_PHRASES if verb not in _TELLING else _RELAYS_BESIDE_TELLING
    return any(phrase in sentence for phrase in phrases) or bool(_RELAYED_SPEECH.search(sentence))


def _between(span: QuotedSpan, event: Event) -> tuple[int, int]:
    """The narration between the quote's marks and its cue, whichever comes first."""
    if event.start >= span.close_at:
        return span.close_at + 1, event.start
    if event.end <= span.open_at:
        return event.end, span.open_at
    return 0, 0  # a label or a cue inside the quote's reach: nothing between


def _rival_between(between: str, speaker: Person, cast: Cast) -> bool:
    """True when narration between quote and cue names some other person of the cast."""
    # Only capitalised words can be a surname: most cues touch their quote, and have none.
    words = {w.strip(".’'") for w in _CAPITALISED.findall(between)}
    if not words:
        return False
    own = set(speaker.name.split())
    return any(
        surname in words and surname not in own
        for surname in (person.name.split()[-1] for person in cast.people.values())
    )


def _subordinate(text: str, start: int, mention_at: int) -> bool:
    """True when a subordinating word opens the clause the mention stands in."""
    if mention_at <= start:
        return False
    words = [w.casefold() for w in _WORDS.findall(text[start:mention_at])]
    return any(word in SUBORDINATORS for word in words)

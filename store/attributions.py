"""Speech events in narration: who is said to speak where ("Lavrov said", "said the minister")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from store.mentions import ROLE_WORDS, Mention, read_mention
from store.quote_marks import MASK
from store.speakers import Cast, Person, position
from store.speech import ACCORDING_TO, SUBJECT_VERB, VERB_SUBJECT

# Abbreviations whose full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr sen rep gov gen lt col maj capt sgt st jr sr prof rev u.s u.n u.k d.c
    jan feb mar apr jun jul aug sep sept oct nov dec no vs etc inc corp co ft mt
    """.split()
)
_SENTENCE_END = re.compile(r"[.!?][”\"’»\x01)]*(?=\s+[“\"«‘(\x01A-Z0-9])")
_WORD_BEFORE = re.compile(r"([\w.]+)\.$")
_AFTER_QUOTE = frozenset("\"”»“," + MASK)


@dataclass(frozen=True)
class Event:
    """A place where narration says someone speaks, with the speaker it resolves to."""

    mention: Mention
    verb: str
    start: int
    end: int
    speaker: Person | None
    inverted: bool = False  # "said Lavrov" rather than "Lavrov said"


def sentence_ends(text: str) -> list[int]:
    """Offsets just past each sentence's closing punctuation, abbreviations skipped."""
    ends = []
    for match in _SENTENCE_END.finditer(text):
        if text[match.start()] == ".":
            word = _WORD_BEFORE.search(text[max(0, match.start() - 12) : match.start() + 1])
            if word and (word[1].casefold() in _ABBREVIATIONS or len(word[1]) == 1):
                continue
        ends.append(match.end())
    return ends


def find_events(text: str, paragraph: int, cast: Cast) -> list[Event]:
    """Every speech event of a paragraph (quotes masked), resolved in reading order."""
    raw = sorted(_subject_first(text) + _verb_first(text) + _according(text), key=lambda e: e[2])
    events: list[Event] = []
    taken = -1
    for mention, verb, start, end, inverted in raw:
        if start < taken:
            continue
        taken = end
        speaker = cast.resolve(mention, position(paragraph, mention.start))
        if speaker is not None:
            cast.spoke_at(speaker, position(paragraph, mention.start))
        events.append(Event(mention, verb, start, end, speaker, inverted))
    return events


_Raw = tuple[Mention, str, int, int, bool]


def _subject_first(text: str) -> list[_Raw]:
    found = []
    for match in SUBJECT_VERB.finditer(text):
        mention = read_mention(match["chunk"], match.start("chunk"))
        if mention is None:
            continue
        appositive = match["appos"]
        if appositive and mention.kind == "name" and _is_role(appositive):
            mention = Mention(
                mention.text, mention.kind, mention.name, appositive.strip(), mention.gender,
                mention.start, mention.end,
            )
        found.append((mention, match["verb"], mention.start, match.end(), False))
    return found


def _is_role(phrase: str) -> bool:
    words = phrase.casefold().replace("’s", "").replace("'s", "").split()
    return any(word in ROLE_WORDS for word in words)


def _verb_first(text: str) -> list[_Raw]:
    found = []
    for match in VERB_SUBJECT.finditer(text):
        before = text[: match.start()].rstrip(" ")
        if not before or before[-1] not in _AFTER_QUOTE:
            continue
        mention = read_mention(match["chunk"], match.start("chunk"))
        if mention is None or mention.start != match.start("chunk"):
            continue
        found.append((mention, match["verb"], match.start(), match.end(), True))
    return found


def _according(text: str) -> list[_Raw]:
    found = []
    for match in ACCORDING_TO.finditer(text):
        mention = read_mention(match["chunk"], match.start("chunk"))
        if mention is None:
            continue
        found.append((mention, "according to", match.start(), match.end(), True))
    return found

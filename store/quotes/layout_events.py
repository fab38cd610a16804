"""Speech events a layout makes without a cue verb: a name before a colon ("Pollster Daron
Shaw: ..."), a transcript label ("CLINTON: ..."), an interview's answer turn, a dash credit
after a quote ("... ” ― Veronica Renn")."""

from __future__ import annotations

import re

from store.quotes.addressed import put_to_subject
from store.quotes.attributions import Event
from store.quotes.boss_credits import boss_credit
from store.quotes.colon_subjects import introduces, narrated_verb
from store.quotes.event_mentions import subject_mention
from store.quotes.full_name_labels import full_name_label
from store.quotes.layouts import LABEL
from store.quotes.lexicon import COLON_OBJECT_PREPOSITIONS, ROLE_WORDS
from store.quotes.mentions import Mention, MentionKind, is_abbreviation, read_mention
from store.quotes.name_labels import surname_label
from store.quotes.people import position
from store.quotes.senders import sender
from store.quotes.sentences import start_of_sentence
from store.quotes.speakers import Cast, Person
from store.quotes.speech import subject_before
from store.quotes.subjects import sentence_subject

_DASH_CREDIT = re.compile(
    r"\s*[-–—―]+\s*(?P<chunk>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4})\s*(?:[.,(\x01“\"]|$)"
)
_SEGMENT_MARKS = ("-", "–", "—", "―", ".", ":", ";", "\x01", "”", '"')
# Words a name's own description may take before it ("to the weekly paper Gazette").
_OBJECT_REACH = 4


def colon_event(
    text: str, paragraph: int, open_at: int, ends: list[int], cast: Cast
) -> Event | None:
    """The speaker introducing a quote after a colon ("Pollster Daron Shaw: ...", "X echoed:")."""
    before = text[:open_at].rstrip()
    if not before.endswith(":"):
        return None
    colon = len(before) - 1
    start = start_of_sentence(ends, colon)
    start = max(start, text.rfind(": ", start, colon) + 1)  # "Name: X Age: 27 Why she ...:"
    subject = sentence_subject(text, start, colon)
    boss = boss_credit(text, start, colon)  # "Rovers boss Stefan Kuhl on ...:": Kuhl
    mention = sender(text, start, colon) or _credited(text, colon) or boss
    mention = mention or subject_mention(subject)
    if mention is None or (mention is not boss and not introduces(mention, subject, text)):
        mention = subject_mention(subject_before(text, colon))
    if mention is None or not _names_someone(mention) or _object_before_colon(text, mention):
        return None
    if put_to_subject(text, mention.end, colon + 1):
        return None  # "Kerr was asked:": the words were put to Kerr, by someone unnamed
    verb = narrated_verb(text, mention, colon) or ":"  # "Lind disagreed:" is no layout
    return _resolved(mention, verb, mention.start, colon + 1, paragraph, cast)


def _object_before_colon(text: str, mention: Mention) -> bool:
    """ "On Taxes:", "later on Television:", "to the weekly paper Gazette:": no speaker's name."""
    words = text[max(0, mention.start - 40) : mention.start].split()[-_OBJECT_REACH:]
    for at in range(len(words) - 1, -1, -1):
        word = words[at].casefold()
        if word in COLON_OBJECT_PREPOSITIONS:
            return not (at and words[at - 1].casefold() == "according")  # "according to X:"
        if not word[-1:].isalpha():
            return False  # "In a statement, X:": the phrase before the comma is another
    return False


def _credited(text: str, colon: int) -> Mention | None:
    """ "HEADLINE - Michael P. McDonald:", "Pollster Daron Shaw:": a name alone before a colon."""
    segment_start = max(text.rfind(mark, 0, colon) for mark in _SEGMENT_MARKS) + 1
    segment = text[segment_start:colon]
    offset = segment_start + len(segment) - len(segment.lstrip())
    mention = read_mention(segment.strip(), offset)
    if mention is None or mention.kind != MentionKind.NAME or mention.start != offset:
        return None
    return mention


def label_event(quoted: str, offset: int, paragraph: int, cast: Cast) -> Event | None:
    """The speaker named by a transcript label at the start of a quote ("CLINTON: I feel ...")."""
    match = LABEL.match(quoted) or surname_label(quoted, offset, cast.find)  # "Cardoso: Yes."
    match = match or full_name_label(quoted, offset)  # "Julia Renner: Yes."
    if match is None:
        return None
    mention = read_mention(match[1].title(), offset)
    if mention is None or mention.kind != MentionKind.NAME:
        return None
    return _resolved(mention, ":", offset, offset + match.end(), paragraph, cast)


def unnamed_label(quoted: str) -> bool:
    """True for a transcript label that names no one ("VIDEO: ...", "UNIDENTIFIED MALE: ..."):
    a turn of its own, not the last speaker's words carried on."""
    match = LABEL.match(quoted)
    if match is None:
        return False
    mention = read_mention(match[1].title())
    return mention is None or mention.kind != MentionKind.NAME


def turn_event(speaker: Person, start: int, end: int) -> Event:
    """The interviewee answering at an interview's "A:" (the layout names them, no verb)."""
    mention = Mention(speaker.name, MentionKind.NAME, name=speaker.name, start=start, end=end)
    return Event(mention, ":", start, end, speaker)


def _resolved(
    mention: Mention, verb: str, start: int, end: int, paragraph: int, cast: Cast
) -> Event:
    speaker = cast.resolve(mention, position(paragraph, mention.start))
    if speaker is not None:
        cast.spoke_at(speaker, position(paragraph, mention.start))
    return Event(mention, verb, start, end, speaker)


def _names_someone(mention: Mention) -> bool:
    """True unless the mention is a description whose head is no word for a speaker."""
    head = mention.text.split()[-1].casefold()
    return mention.kind != MentionKind.DESCRIPTION or head in ROLE_WORDS


def dash_event(text: str, paragraph: int, after: int, cast: Cast) -> Event | None:
    """A credit line after a quote: "... ” ― Veronica Renn", or a paragraph "- Bo Hale."."""
    match = _DASH_CREDIT.match(text, after)
    if match is None:
        return None
    chunk = match["chunk"]
    if chunk.endswith(".") and not is_abbreviation(chunk.split()[-1]):
        chunk = chunk[:-1]  # "- Bo Hale.": the credit's full stop, no initial
    mention = read_mention(chunk, match.start("chunk"))
    if mention is None or mention.kind not in (MentionKind.NAME, MentionKind.ORGANISATION):
        return None
    if mention.start != match.start("chunk"):
        return None
    return _resolved(mention, "—", match.start(), match.end(), paragraph, cast)

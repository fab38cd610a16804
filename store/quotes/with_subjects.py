"""Words in marks inside a "with X doing …" phrase are X's, not the sentence subject's.

"The campaign denied it, with Renn taking to the radio to call Kerr “totally confused”": the
phrase after "with" has a subject and an -ing verb of its own, and the marks in it (before
any comma closes it) quote what that subject did, the calling; the cue of the main clause
("denied") spoke of something else. Only a phrase that speaks or names (a speech verb from
its -ing word to the marks) and that no cue of the narration follows: in "Lind left the
talks with Kerr fuming and said it was “dead”" the marks are what Lind said, and "with Kerr
pending review" is no speech at all.
"""

from __future__ import annotations

import re

from store.quotes.attributions import Event
from store.quotes.lexicon import RELATIVE_NAMING_VERBS
from store.quotes.marks import QuotedSpan
from store.quotes.mentions import MentionKind, read_mention
from store.quotes.name_words import CAPITALISED_RUN
from store.quotes.people import position
from store.quotes.speakers import Cast
from store.quotes.speech_verbs import SPEECH_VERB_FORMS
from store.quotes.term_words import NAMING_PARTICIPLES

# "from" and "despite" open the same phrase: "no different from Lind calling it “…”".
_WITH = re.compile(
    rf"\b(?:with|from|despite)\s+(?P<subject>{CAPITALISED_RUN})\s+(?P<verb>[a-z]+ing)\b"
)
_CLOSED = re.compile(r"[,;:—–.!?]")  # a clause or the sentence closed before the marks
# About 25 words back from the marks: a "with X -ing ..." phrase that holds them opens within
# a clause's length; a "with" farther back belongs to an earlier clause.
_REACH = 160
_SPEAKING = SPEECH_VERB_FORMS | NAMING_PARTICIPLES | RELATIVE_NAMING_VERBS
_WORD = re.compile(r"[a-z]+")


def with_event(span: QuotedSpan, text: str, cast: Cast, events: list[Event]) -> Event | None:
    """The subject of the "with X -ing" phrase holding the marks, as a cue-less event; None
    when the phrase neither speaks nor names, or a cue (of `events`) lies between it and the
    marks."""
    start = max(0, span.open_at - _REACH)
    matches = list(_WITH.finditer(text, start, span.open_at))
    if not matches:
        return None
    match = matches[-1]
    if _CLOSED.search(text, match.end(), span.open_at):
        return None  # "with Renn taking notes, Kerr called it “…”": the phrase closed
    if any(match.end() <= event.end - len(event.verb) < span.open_at for event in events):
        return None  # "with Kerr fuming and said it was “…”": the cue after the phrase speaks
    words = _WORD.findall(text, match.start("verb"), span.open_at)
    if not any(word in _SPEAKING for word in words):
        return None  # "with Kerr pending review": no speech in the phrase
    mention = read_mention(match["subject"], match.start("subject"))
    if mention is None or mention.kind != MentionKind.NAME:
        return None
    if mention.end != match.end("subject") or cast.find(mention.name or mention.text) is None:
        return None
    speaker = cast.resolve(mention, position(span.paragraph, mention.start))
    if speaker is None:
        return None
    return Event(mention, "", mention.start, mention.end, speaker)

"""Words someone is blamed or praised for saying are theirs: "Crane slammed Ruiz as out of
touch for suggesting that farmers “cling to old habits”" quotes Ruiz, not Crane.

The cue before the marks ("slammed", "criticized", "praised") has its own subject, the
critic; but when its object is a name and a "for" with a verb of saying or naming ("for
saying", "for calling it") stands between that object and the marks, the marks are what the
object said, which the critic holds against them. Only within one clause: a comma, a colon
or a semicolon after the "for ..." ends the phrase before the marks.
"""

from __future__ import annotations

import re

from store.quotes.attributions import Event
from store.quotes.marks import QuotedSpan
from store.quotes.mentions import MentionKind, read_mention
from store.quotes.name_words import CAPITALISED_RUN
from store.quotes.people import position
from store.quotes.speakers import Cast
from store.quotes.speech_verbs import SPEECH_VERB_FORMS

# The cue's object, a name, then "for" and an -ing verb, before the marks in one clause.
_FOR_SAYING = re.compile(
    rf"\s+(?P<object>{CAPITALISED_RUN})\b[^,;:.!?“”\"\x01]{{0,80}}?\bfor\s+"
    r"(?P<verb>[a-z]+ing)\b[^,;:.!?“”\"\x01]{0,80}$"
)
_NAMING = frozenset(("calling", "dubbing", "labeling", "labelling", "branding", "describing"))


def blamed_event(span: QuotedSpan, own: Event | None, text: str, cast: Cast) -> Event | None:
    """The event of the person the cue before the marks blames for saying them, if any."""
    if own is None or own.inverted or own.end > span.open_at:
        return None
    match = _FOR_SAYING.match(text, own.end, span.open_at)
    if match is None or match["verb"] not in SPEECH_VERB_FORMS | _NAMING:
        return None
    mention = read_mention(match["object"], match.start("object"))
    if mention is None or mention.kind != MentionKind.NAME:
        return None
    if mention.end != match.end("object") or cast.find(mention.name or mention.text) is None:
        return None
    speaker = cast.resolve(mention, position(span.paragraph, mention.start))
    if speaker is None or speaker is own.speaker:
        return None
    return Event(mention, match["verb"], mention.start, match.end("verb"), speaker)

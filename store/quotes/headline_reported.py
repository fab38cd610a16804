"""Speech reported inside a headline's claim: "Witness says Dorn shouted ‘get out’".

headline_subjects.py gives a headline's phrase in marks to the subject of its speech verb
("Minister vows ‘no retreat’"). When the claim after that verb reports someone else's speech
before the marks ("... Dorn shouted ‘get out’"), the words are the inner speaker's, and the
headline's subject (often a common noun, "Witness", "Parents": a description, not a name) only
tells of them. The words go to the inner speaker when the body names them, else to nobody.
"""

from __future__ import annotations

import re

from store.models import SpeakerKind
from store.quotes.speakers import Cast
from store.quotes.speech_verbs import SPEECH_VERB_FORMS

_WORD = re.compile(r"[\w’'-]+")
# The inner verb's subject: the capitalised words right before it ("Arno Dorn", "Dorn").
_NAME_BEFORE = re.compile(r"(?:^|\s)(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})\s+$")


def reported_speech(claim: str) -> str | None:
    """The subject of the last speech verb in `claim` (the headline's words between its own
    verb and the marks), "" when that verb has no capitalised subject; None for a claim that
    reports no speech ("timetable leaves commuters")."""
    verbs = [m for m in _WORD.finditer(claim) if m[0].casefold() in SPEECH_VERB_FORMS]
    if not verbs or verbs[-1][0].endswith("ing"):
        return None  # "accuses rival of saying ‘…’" is told of too, but stays the rule's
    name = _NAME_BEFORE.search(claim, 0, verbs[-1].start())
    return name["name"] if name else ""


def reported_speaker(subject: str, cast: Cast) -> str | None:
    """The person the body names by the inner verb's subject, else None."""
    person = cast.find(subject) if subject else None
    if person is None or person.kind != SpeakerKind.PERSON:
        return None
    return person.name

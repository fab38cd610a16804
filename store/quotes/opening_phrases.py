"""The subject after a sentence's opening phrase of place or time: "Outside court, his wife,
Ruth Crane, said ..." is Ruth Crane's, never "Outside court"'s.

Read backwards from its verb, "Outside court, his wife, Ruth Crane, said" looks like a name
with an appositive ("Kerr, his wife, said"), so the opening phrase was taken for the speaker
(a body, for "court"). A phrase that opens on a preposition of place or time, or on a cue's
participle ("Speaking at the rally,"), and ends at the sentence's first comma is never its
subject: the speaker is the name between that comma and the verb, else the description there.
"""

from __future__ import annotations

from store.quotes.lexicon import INTRODUCTORY_WORDS, word_set
from store.quotes.mentions import Mention, MentionKind, read_mention

# Openings of place the introductory words leave out: "Outside court,", "Inside the hall,".
_PLACE_OPENERS = word_set("outside inside near behind beyond across amid throughout upon")
OPENERS = INTRODUCTORY_WORDS | _PLACE_OPENERS


def opens_with_phrase(text: str, start: int, comma: int) -> bool:
    """True when the words from the sentence's start to its first comma are an opening
    phrase of place or time ("Outside court", "After the verdict"), not a name."""
    words = text[start:comma].split()
    return bool(words) and words[0].strip('“"‘(').casefold() in OPENERS


def after_opening_phrase(text: str, start: int, comma: int, verb_start: int) -> Mention | None:
    """The speaker between an opening phrase's comma and the verb: the last name there
    ("his wife, Ruth Crane,": Ruth Crane), else a description ("his wife, visibly moved,");
    None when the sentence opens on no such phrase or no one stands there."""
    if not opens_with_phrase(text, start, comma):
        return None
    whole = [m for at, part in _parts(text, comma + 1, verb_start) if (m := _whole(part, at))]
    named = [m for m in whole if m.kind == MentionKind.NAME]
    described = [m for m in whole if m.kind == MentionKind.DESCRIPTION]
    return named[-1] if named else described[0] if described else None


def _whole(part: str, at: int) -> Mention | None:
    """The mention `part` is, read whole ("his wife", "Ruth Crane"), else None."""
    mention = read_mention(part, at)
    return mention if mention is not None and mention.text == part else None


def _parts(text: str, begin: int, end: int) -> list[tuple[int, str]]:
    """The comma-parted pieces of text[begin:end], stripped, with their offsets."""
    parts, at = [], begin
    for piece in text[begin:end].split(","):
        stripped = piece.strip()
        if stripped:
            parts.append((at + len(piece) - len(piece.lstrip()), stripped))
        at += len(piece) + 1
    return parts

"""The group "они" stands for when no cue named it: "Жители поселка недовольны. «…», —
говорят они." The group opens a sentence of narration before the pronoun, in its paragraph,
as its subject; no cue registered it, so the cast alone cannot know it."""

from __future__ import annotations

import re

from store.quotes.ru.cues import Mention, MentionKind, read_mention

# Where a sentence of narration starts: the paragraph's start, or after a stop and spaces.
_SENTENCE_START = re.compile(r"(?:^|(?<=[.!?…]))\s*(?=[А-ЯЁ])")
_OPENING_WORDS = re.compile(r"(?:[\w-]+[ \x02]*){1,8}")  # a subject's words, names in marks


def group_before(text: str, at: int) -> Mention | None:
    """The group that opens the nearest sentence before `at` opening with one, else None."""
    starts = [m.end() for m in _SENTENCE_START.finditer(text, 0, at)]
    for start in reversed(starts):
        words = _OPENING_WORDS.match(text, start, at)
        if words is None:
            continue
        mention = read_mention(words[0], start, ("nomn",))
        if mention is not None and mention.kind == MentionKind.GROUP and mention.start == start:
            return mention
    return None

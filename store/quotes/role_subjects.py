"""A subject whose name follows lower-case words of its role: "Harbour front-runner Ada Kerr
is questioning whether …", "Former harbour chief Ada Kerr said".

subjects.sentence_subject reads capitalised words and the lexicon's role words, so it
stopped at the first other lower-case word ("front-runner", "harbour") and the sentence's
subject was "Harbour" or "Former": a name no one bears, so the quote it holds had no
speaker. When up to three lower-case words and then a name follow, and a verb follows the
name, the subject runs on to the name, read with its role as the mention reader reads it;
never past a function word ("Republicans on Capitol Hill", "Kerr and Sen. Dunn") or a word
that may be a verb ("Kerr told Dunn", "economists"), and only when the last word before the
name is a job's ("front-runner", "chief"), not "Voters see Marrow as".
"""

from __future__ import annotations

import re

from store.quotes.described import verb_follows
from store.quotes.lexicon import FUNCTION_WORDS
from store.quotes.mentions import MentionKind, read_mention
from store.quotes.person_words import can_speak
from store.quotes.speech import Subject

# Up to three lower-case words of a role, then a name of up to four capitalised words.
_ROLE_THEN_NAME = re.compile(
    r"(?:\s+[a-z][a-z-]*){1,3}(?P<name>(?:\s+[A-Z][\w.’'-]*){1,4})(?=[\s,])"
)


def role_then_name(text: str, subject: Subject, end: int) -> Subject | None:
    """The subject run on past its role's lower-case words to the name after them, else None."""
    after = subject.start + len(subject.chunk)
    match = _ROLE_THEN_NAME.match(text, after, end)
    if match is None or not verb_follows(text, match.end()):
        return None
    role = text[after : match.start("name")].split()
    if any(word in FUNCTION_WORDS or verb_follows(word, 0) for word in role):
        return None  # "Republicans on Capitol Hill", "Kerr and Sen. Dunn", "Kerr told Dunn"
    if not can_speak(role[-1]):
        return None  # "Voters see Marrow as", "One operative inside Tolland Tower": no job
    chunk = text[subject.start : match.end()]
    mention = read_mention(chunk, subject.start)
    if mention is None or mention.kind != MentionKind.NAME or mention.end != match.end():
        return None
    return Subject(chunk, subject.start)

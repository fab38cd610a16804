"""A subject of the writer's and then marks carrying its verb: "King says Ali “talked the
talk”", "said places such as Dover and Kent “have more history”", "contended his firm’s
services “would be perfect”".

quoted_predicate (reported_shapes) reads only plain lower-case subjects; a name, a place or an
owner's word before the marks is as plainly the subject when the quoted words open with a
verb. The marks' inside is masked in the text reported.py reads, so the quoted first word is
read from the raw text at the same offsets.
"""

from __future__ import annotations

from store.quotes.lexicon import FUNCTION_WORDS, PRONOUNS
from store.quotes.reported_shapes import QUOTE_MARKS, finite
from store.quotes.verb_forms import past

MAX_NAMED_SUBJECT = 7  # "places such as Dover and New Kent": a list of places, a short one
# Words that join a subject's parts and are no end of it.
_JOINERS = frozenset(("and", "of", "such", "as", "the"))
_OWNERS = frozenset(("his", "her", "their", "its", "our"))
_POSSESSIVE = ("’s", "'s", "s’", "s'")


def named_predicate(rest: str, raw_rest: str) -> bool:
    """True when the words after a bare clause verb are a short subject naming someone or
    something (a capitalised word, or an owner's) and then marks whose first word is a finite
    or past verb, so that the quoted words are the subject's predicate."""
    words = rest.split()
    for at, word in enumerate(words[: MAX_NAMED_SUBJECT + 1]):
        if word[:1] in QUOTE_MARKS:
            return at > 0 and _subject(words[:at]) and _verb_opens(raw_rest, rest, word)
        if not _subject_word(word):
            return False
    return False


def _subject_word(word: str) -> bool:
    """A word a subject may hold: capitalised, plain lower case, or an owner's ("firm’s")."""
    core = word.removesuffix("’s").removesuffix("'s").rstrip("’'")
    if not core.isalpha() or word.endswith(","):
        return False  # "said Monday, “…”": a comma ends no subject
    lower = word.casefold()
    return (
        word[:1].isupper()
        or lower in _JOINERS
        or lower in _OWNERS
        or (lower not in FUNCTION_WORDS and lower not in PRONOUNS)
    )


def _subject(words: list[str]) -> bool:
    """A subject that names: opening with no joiner, ending in no joiner, and holding a
    capitalised word or an owner's (the plain lower-case ones are quoted_predicate's)."""
    first, last = words[0].casefold(), words[-1].casefold()
    if first in _JOINERS - {"the"} or last in _JOINERS:
        return False
    if len(words) == 1 and words[0][:1].isupper() and first in PRONOUNS:
        return False
    return any(w[:1].isupper() or w.casefold() in _OWNERS or w.endswith(_POSSESSIVE) for w in words)


def _verb_opens(raw_rest: str, rest: str, marked: str) -> bool:
    """True when the quoted words open, in lower case, with a finite or past verb."""
    at = rest.find(marked)
    inside = raw_rest[at + 1 :].split()
    if not inside:
        return False
    first = inside[0].strip(',.;:!?”’"')
    return first.islower() and (finite(first) or past(first))

"""A determiner and the speaker's kind before its name: "The charity Harbourwell said",
"The union Tidelink said", "the dockers' union Tidelink told". The words before the name
describe the speaker (as "A defensive Berg" does), so the name is still the subject of the
sentence's main clause and its statement is reported."""

from __future__ import annotations

from store.quotes.person_words import can_speak

MAX_KIND_WORDS = 4  # "the dockers' union", "the regional health charity"
_DETERMINERS = frozenset(("the", "a", "an"))


def kind_before_name(tail: str, named: bool) -> bool:
    """True for "the" (or "a") and lower-case words ending in a noun for a body or person,
    the whole of what opens the sentence before the speaker's name (`named`: the mention is
    a name, not "who" after a description: "the union leader who says")."""
    words = tail.split()
    if not named or not 1 < len(words) <= MAX_KIND_WORDS or words[0].casefold() not in _DETERMINERS:
        return False
    kind = words[1:]
    plain = all(word.rstrip("’'").isalpha() and word.islower() for word in kind)
    return plain and can_speak(kind[-1])

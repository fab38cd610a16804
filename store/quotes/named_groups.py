"""A people word and a link that open a body's own name: "Friends of the Forest", "Veterans
of Foreign Wars".

group_subjects.described_group holds "Supporters of Ada Kerr" below the plain ways' 0.9:
a group described by whom it backs, which no one named. A capitalised name after the link
is a body's own name instead, as sure as any body's: "the" then capitals ("Friends of the
Forest", "Veterans of the Marl Campaign"), or two capitalised words or more with no first
name among them and no title word opening them ("Veterans of Marl Valley"). A person's name
after the link ("Supporters of Ada Kerr", "Critics of Mayor Kerr") or any lower-case word
("Supporters of the Kerr plan") still describes the group.
"""

from __future__ import annotations

from collections.abc import Sequence

from store.quotes.lexicon import ROLE_WORDS
from store.quotes.salience import first_name_gender

# Small words inside a body's name that are not capitalised: "Friends of the Forest and Sea".
_JOINERS = frozenset(("of", "and", "the", "for", "&"))


def names_a_body(after_link: Sequence[str]) -> bool:
    """True when the words after a group's link are a body's own name."""
    words = list(after_link)
    led = bool(words) and words[0] == "the"
    named = [word for word in words if word not in _JOINERS]
    if not named or not all(word[:1].isupper() for word in named):
        return False  # "Supporters of the Kerr plan": described
    if any(first_name_gender(word) for word in named) or named[0].casefold() in ROLE_WORDS:
        # "Supporters of Ada Kerr", "Critics of Mayor Kerr": whom it backs. A role word
        # opening the name is read as a title, so "Veterans of Foreign Wars" stays held too.
        return False
    return led or len(named) >= 2

"""A short form of a person's title before her surname: "Det Sgt Morrow" after "Detective
Sergeant Kate Morrow", "Councillor Hartley" after "Councillor Ann Hartley".

Without dots the mention reader cannot tell "Det Sgt" or "Councillor" from a first name, so
"Det Sgt Morrow" became a second speaker beside Kate Morrow and took her quotes. When the
cast holds exactly one full-named bearer of the surname whose title the words repeat, whole
or abbreviated, the mention is that surname with her title; the lone-surname reading then
finds her. A title no bearer was given ("Sgt Morrow" when no Morrow is a sergeant) changes
nothing: it may be a first name we do not know.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from store.quotes.first_names import FIRST_NAMES
from store.quotes.lexicon import TITLE_WORDS, Gender
from store.quotes.mentions import Mention, MentionKind
from store.quotes.people import Person

# "Detective Chief Inspector": the title words before a surname.
MAX_TITLE_WORDS = 3
# "Ch" for "Chief", "Sgt" for "Sergeant": shorter, a letter could be an initial.
MIN_SHORT_FORM = 2

Bearers = Callable[[str, Gender, str], Sequence[Person]]


def titled_surname(mention: Mention, bearers: Bearers) -> Mention:
    """The mention as its surname with the matching bearer's title, when its leading words
    are a title the one bearer of its surname holds; else the mention unchanged."""
    if mention.kind != MentionKind.NAME or mention.role or not mention.name:
        return mention
    *title, surname = mention.name.split()
    if not title or len(title) > MAX_TITLE_WORDS or not all(map(_title_like, title)):
        return mention
    roles = [
        role
        for person in bearers(surname, mention.gender, "")
        for role in dict.fromkeys(person.roles)
        if _repeats(title, role)
    ]
    if len(roles) != 1:
        return mention  # no bearer has that title, or two do: nothing to decide
    return replace(mention, name=surname, role=roles[0])


def _title_like(word: str) -> bool:
    """True for a capitalised word that may be a title's, never a first name we know."""
    bare = word.rstrip(".")
    return bare[:1].isupper() and bare.isalpha() and bare.casefold() not in FIRST_NAMES


def _repeats(title: Sequence[str], role: str) -> bool:
    """True when each title word stands for a word of the role, in the role's order
    ("Det Sgt" in "Detective Sergeant", "Sgt" in "Detective Sergeant")."""
    role_words = [word.rstrip(".").casefold() for word in role.split()]
    at = 0
    for word in title:
        short = word.rstrip(".").casefold()
        while at < len(role_words) and not _abbreviates(short, role_words[at]):
            at += 1
        if at == len(role_words):
            return False
        at += 1
    return True


def _abbreviates(short: str, word: str) -> bool:
    """True for a word or its short form: cut short ("det" for "detective", "insp") or
    contracted to letters in order from its first to its last ("sgt" for "sergeant", "cllr"
    for "councillor"); "che" keeps no last letter of "chief" and is a name."""
    if short == word or TITLE_WORDS.get(f"{short}.") == word:
        return True
    if len(short) < MIN_SHORT_FORM or len(short) >= len(word) or short[0] != word[0]:
        return False
    if word.startswith(short):
        return True
    letters = iter(word)
    in_order = all(letter in letters for letter in short)
    return in_order and short[-1] == word[-1]

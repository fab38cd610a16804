"""Lower-case words that may stand inside a name: Dutch "in 't", a body's "for" and "and";
the nouns that head a body's name with "and" in it; a body's "of" or "for" before its name;
plural titles before a list of names; capitalised words that name no one (an all-capitals
heading, a Title Case heading paragraph, a place after a preposition); auxiliaries that are
surnames before a speech verb ("May said"); the run of capitalised words the cast reads as a name.

Read by mentions.py (near its size limit), speakers.py and speech.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import pairwise

from store.quotes.first_names import FIRST_NAMES, PLACE_PREPOSITIONS
from store.quotes.lexicon import (
    ABBREVIATED_TITLES,
    HONORIFIC_GENDER,
    ORGANISATION_WORDS,
    ROLE_WORDS,
    RUN_PARTICLES,
    TITLE_MINOR_WORDS,
)
from store.quotes.person_words import PEOPLE_NOUNS, singular

# Up to four capitalised words as narration writes a name, a body or a place ("Sen. Bo Renn",
# "Leeds"): a fragment the patterns of other readers are built from.
CAPITALISED_RUN = r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}"
# A run of capitalised words in narration, particles allowed inside ("Charles de Gaulle"):
# the names cast_names.read_names files.
# Words of a name: a full stop only closes an initial or an abbreviated title.
_DUTCH = ("in ['’]t", "['’]t")  # "Sophie in 't Veld"
_TITLED = "|".join(title.capitalize() for title in ABBREVIATED_TITLES)
# UTF-8 read as Latin-1 inside a name ("IbaÃ±ez", twice misread "IbaÃ\x83Â±ez"): a lead
# letter (or the accent of its decomposed form, "A\u0303") and the continuation byte's
# character (no-break space aside) are one letter of the name; so is a decomposed letter's
# accent ("Ine\u0301s").
MISREAD_LETTER = "[\u00c2-\u00f4\u0300-\u036f][\u0080-\u009f\u00a1-\u00bf]"
_LETTERS = r"(?:" + MISREAD_LETTER + r"|[\w\u0300-\u036f’'-])*"
_NAME_WORD = r"(?:(?:[A-Z]\.){1,3}|(?:" + _TITLED + r")\.|[A-Z]" + _LETTERS + r"\w)"
# The first word is written with its capital leading (each title's first letter looked back
# at): the same matches as _NAME_WORD, but the regex engine skips to the capitals at once.
_FIRST_NAME_WORD = (
    r"[A-Z](?:\.(?:[A-Z]\.){0,2}|(?:"
    + "|".join(f"(?<={title[0]}){title[1:]}" for title in _TITLED.split("|"))
    + r")\.|"
    + _LETTERS
    + r"\w)"
)
NAME_RUN = re.compile(
    _FIRST_NAME_WORD
    + r"(?:\s+(?:(?:"
    + "|".join((*RUN_PARTICLES, *_DUTCH))
    + r")\s+)?"
    + _NAME_WORD
    + r")*"
)

_DUTCH_ARTICLES = frozenset(("'t", "’t"))
BODY_NAME_JOINS = frozenset(("for", "and", "&"))
# The nouns that head a body's name with "and" in it ("Food and Drug Administration",
# "Department of Health and Human Services"); a looser word for bodies ("Fox", "supporters")
# would join two people's names.
BODY_HEADS = frozenset(
    """administration agency authority board bureau centers centre center commission committee
    council department directorate foundation institute ministry office service services""".split()
)

# The owner's mark at a word's end ("Kerr’s", "Reynolds’"), to strip or to test for.
POSSESSIVE_END = re.compile(r"[’']s?$")
POSSESSIVE_ENDINGS = ("’s", "'s", "s’", "s'")
_ASCII_LOWER = re.compile(r"[a-z]")  # a letter, and no capital: no word in capitals holds one
_MAX_ON_WORDS = 4  # what a body "on" deals with: "Foreign Relations", "Ways and Means"
_OF = frozenset(("of", "for"))  # connectors inside a body's name ("Department of Justice")


def dutch_particle(tokens: Sequence[tuple[str, int, int]], at: int) -> bool:
    """True for the "in 't" inside a name between its capitalised words ("Sophie in 't Veld")."""
    word = tokens[at][0].casefold()
    if word in _DUTCH_ARTICLES:
        return 0 < at < len(tokens) - 1
    following = tokens[at + 1][0].casefold() if at + 1 < len(tokens) else ""
    return word == "in" and following in _DUTCH_ARTICLES and 0 < at < len(tokens) - 2


def inside_body_name(word: str) -> bool:
    """A word of a body's name that may stand between a place link and the name's last words
    ("Center for", "Arts and")."""
    return word[:1].isupper() or word.casefold() in BODY_NAME_JOINS


def singular_title(role: str) -> str:
    """A plural title before one name of a list, in the singular ("Senators Ada Kerr, Bo Renn
    and ...": Ada Kerr is a Senator); any other role as written."""
    head, _, last = role.rpartition(" ")
    one = singular(last)
    # At four letters or more: "Mrs" is no plural of "Mr".
    if one == last or len(one) < 4 or one.casefold() not in ROLE_WORDS:
        return role
    return f"{head} {one}" if head else one


def body_with_and(
    tokens: Sequence[tuple[str, int, int]], at: int, is_name_word: Callable[[str], bool]
) -> int:
    """Where a body's name with "and" in it starts, the name read back from tokens[at], else
    `at`: "the Food and Drug Administration", "the Department of Health and Human Services"
    ("Kerr and Dorn" are two)."""
    if at < 2 or tokens[at - 1][0] not in ("and", "&") or not is_name_word(tokens[at - 2][0]):
        return at
    start = at - 2
    while start > 0 and (is_name_word(tokens[start - 1][0]) or tokens[start - 1][0] in _OF):
        start -= 1
    while tokens[start][0] in _OF:
        start += 1
    first, last = tokens[start][0].casefold(), tokens[-1][0].casefold()
    after_first = tokens[start + 1][0] if start + 1 < len(tokens) else ""
    headed = last in BODY_HEADS or (first in BODY_HEADS and after_first in _OF)
    return start if headed else at


def capitalised(word: str) -> bool:
    return word[:1].isupper()


def linked_body(role_tokens: Sequence[tuple[str, int, int]]) -> bool:
    """True for a body's word and its "of" or "for" among a name's leading words ("the
    Institute for Policy Studies": the words after it name the body, not a person)."""
    lowered = [word.casefold() for word, _, _ in role_tokens]
    return any(word in ORGANISATION_WORDS and link in _OF for word, link in pairwise(lowered))


# Small words inside a phrase that names a body ("Friends of the Earth", "Doctors Without
# Borders", "Save the Children"); a person's role links its words with "of" too ("Secretary of
# State Kerr"), but opens on a word for a post.
_PHRASE_LINKS = frozenset(("of", "the", "for", "without", "against", "in"))


def phrase_body(role_tokens: Sequence[tuple[str, int, int]], name_word_count: int) -> bool:
    """True when capitalised words before one last word name a body, not a role and a
    surname: a link word among them and no post before it ("Friends of the Earth" is a group,
    not Earth with a role; "Secretary of State Kerr", "Then-Secretary of State Kerr" and
    "Shadow Secretary of State Renn" are the person). A plural first word is a group's
    ("Friends", "Doctors"), never one person's post."""
    words = [word.casefold() for word, _, _ in role_tokens]
    if name_word_count != 1 or len(words) < 2 or not _PHRASE_LINKS.intersection(words[1:]):
        return False
    linked = next(at for at, word in enumerate(words) if at and word in _PHRASE_LINKS)
    return not any(_post_word(word) for word in words[:linked])


def _post_word(word: str) -> bool:
    """True for a word of a post, past a hyphened prefix ("then-secretary", "ex-minister")."""
    bare = word.rsplit("-", 1)[-1].rstrip(".")
    return bare in ROLE_WORDS or bare in PEOPLE_NOUNS or word in ABBREVIATED_TITLES


def body_on_start(tokens: Sequence[tuple[str, int, int]]) -> int | None:
    """Where a body's name with "on" in it starts, when the mention ends with one ("the
    Council on Foreign Relations", "the House Committee on Ways and Means"), else None."""
    at = len(tokens)
    while at > 0 and (capitalised(tokens[at - 1][0]) or tokens[at - 1][0] in ("and", "&")):
        at -= 1
    if at < 2 or at == len(tokens) or tokens[at - 1][0] != "on":
        return None
    # A short run with no first name in it and no title at its end: "on Foreign Relations", not
    # "on Harbour Affairs Executive Director Ada Kerr" (a person after the body).
    after = [word.casefold() for word, _, _ in tokens[at:]]
    if len(after) > _MAX_ON_WORDS or after[-1] in ROLE_WORDS or FIRST_NAMES.intersection(after):
        return None
    body = tokens[at - 2][0]
    if not capitalised(body) or body.casefold() not in ORGANISATION_WORDS:
        return None
    start = at - 2
    while start > 0 and capitalised(tokens[start - 1][0]):
        start -= 1
    return start


# Auxiliaries that are surnames when capitalised right before a speech verb ("“...,” Will
# wrote", "May said"): no modal stands before a past tense, so there they are no adverb.
CAPITALISED_AUXILIARY_NAMES = frozenset(("will", "may", "can"))


def object_of_preposition(tokens: list[tuple[str, int, int]], at: int) -> bool:
    """True for a lone name right after a preposition of place or time ("the campaign's brass
    in Brooklyn says"): the object of the words before it, never a speaker. Not "with", "from"
    or "of": "with Kerr saying", "More from Kerr:" name who speaks."""
    return (
        0 < at == len(tokens) - 1
        and tokens[at - 1][0] in PLACE_PREPOSITIONS
        and tokens[at][0].casefold() not in HONORIFIC_GENDER
    )


def heading_words(tokens: list[tuple[str, int, int]], at: int) -> bool:
    """True for words of an all-capitals heading ("POLLS NOT NECESSARILY WRONG"), no name.

    A name in capitals (a transcript's "SANDERS:") stands alone or after its title; a heading
    runs on before it, or holds an adverb.
    """
    if at < len(tokens) and not shouted(tokens[at][0]):
        return False  # "Kerr": most names fail at their first word
    name = [word for word, _, _ in tokens[at:]]
    if not all(shouted(word) for word in name):
        return False
    before = tokens[at - 1][0] if at > 0 else ""
    runs_on = shouted(before) and before.casefold() not in ROLE_WORDS
    return runs_on or any(word.endswith("LY") for word in name)


def shouted(word: str) -> bool:
    if _ASCII_LOWER.search(word):
        return False  # "Kerr": most words fail here, before their letters are listed
    letters = [char for char in word if char.isalpha()]
    return len(letters) > 1 and all(char.isupper() for char in letters)


_HEADING_WORDS = 16  # a Title Case heading is short: no longer than this
_WORD_RUN = re.compile(r"\S+")  # the words str.split() gives, one at a time


def title_case_heading(text: str) -> bool:
    """True for a short paragraph in Title Case ("3 Ada Kerr On Why Towns Matter."): every
    word capitalised but the small ones a title leaves in lower case."""
    count = 0
    for match in _WORD_RUN.finditer(text):  # word by word, unsplit: most paragraphs fail at once
        word = match.group()
        # (a masked quote is one long word of MASK characters: none are letters; "said," has
        # one first, spared the scan)
        if not word.isalpha() and not word[:1].isalpha() and not any(map(str.isalpha, word)):
            continue
        count += 1
        titled = word[:1].isupper() or word.casefold() in TITLE_MINOR_WORDS
        if count > _HEADING_WORDS or not titled:
            return False
    return count > 2

"""What narration's words stand for: a relative pronoun's noun, a list of names, a role."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

from store.quotes.first_names import FIRST_NAMES
from store.quotes.joined_relatives import first_relative
from store.quotes.lexicon import (
    FUNCTION_WORDS,
    IRREGULAR_PLURALS,
    PART_LINKS,
    ROLE_WORDS,
    TITLE_WORDS,
    word_set,
)
from store.quotes.mentions import Mention, MentionKind, is_abbreviation, read_mention
from store.quotes.name_words import CAPITALISED_RUN
from store.quotes.role_lists import opens_list, role_list_ending, role_list_following
from store.quotes.tag_words import PARTY_ADJECTIVES

# Up to four capitalised words: one name in a list ("Ada Kerr", "Sen. Bo Renn").
_RUN = CAPITALISED_RUN
# A list that ends where a name ends: "Ada Kerr, Bo Renn and Cy Dorn", "Kerr and Dorn".
_ENDING = re.compile(
    rf"(?:{_RUN}(?:,\s+{_RUN})*,?\s+)?(?P<last>[A-Z][\w’'.-]*)\s+(?:and|&)\s+{_RUN}$"
)
# The rest of a list after its first name: ", Bo Renn and Cy Dorn".
_FOLLOWING = re.compile(rf"(?:,\s+{_RUN})*,?\s+(?:and|&)\s+{_RUN}")
_WITH_PRONOUN = re.compile(rf"\b(?:[Hh]e|[Ss]he|I|[Ww]e|[Yy]ou|[Tt]hey)\s+(?:and|&)\s+{_RUN}$")
_JOINER = re.compile(r"\s(?:and|&)\s")
# A pair whose second name stands beside its relation to the first: "Ada Kerr and her husband,
# Tom Reddy" (ending at the cue's name), "and her husband, Tom Reddy" (after it).
_RELATION = r"\s+(?:and|&)\s+(?:his|her|their)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2},\s+"
_PAIR_ENDING = re.compile(rf"(?P<first>{_RUN}){_RELATION}(?P<second>{_RUN})$")
_PAIR_FOLLOWING = re.compile(rf"{_RELATION}(?P<second>{_RUN})")
# Right before a list, "the" or a capitalised name's "for", "of" or "on": the list ends a
# body's name ("the Parks and Recreation Department", "the Institute for Peace and Justice").
_BODY_BEFORE = re.compile(r"(?:\b[Tt]he\s+|(?P<name>(?:[A-Z][\w’'.-]*\s+)+(?:for|of|on)\s+))$")
# A preposition right before it: the list is an object ("a branch of Roads and Harbours
# Control", "who voted for Kerr and Dorn"), never the speakers.
_OBJECT_BEFORE = re.compile(r"\b(?:of|for|on|at|by|with|from|to|in|about|against|between)\s+$")
_REACH = 160
# Words that open a sentence but are first names too ("May Kerr", "June Pell"): a list keeps them.
_LIST_FIRST_NAMES = FIRST_NAMES | frozenset(("april", "may", "june", "august"))
_NOT_PLURAL = ("ss", "us", "is", "’s", "'s")


# What may stand between a relative pronoun and its antecedent: a comma or a dash.
_OPENERS = ",—–-"


# Words between an appositive's comma and its description: "Lind, now the chairman, who".
_APPOSITIVE_ADVERBS = frozenset("now then still also once formerly currently later".split())


def antecedent_of(text: str, offset: int) -> Mention | None:
    """The mention a relative pronoun at `offset` follows; past an appositive to its name
    ("Ada Kerr, a native of Ohio who ...": Ada Kerr); a dash opens a "who" clause as a comma
    does ("Kerr — who said ... —"), while "the sign — which read ..." is no speaker's."""
    offset = first_relative(text, offset)  # "X who A, and who B": the first who's X
    openers = _OPENERS if text.startswith("who", offset) else ","
    before = text[:offset].rstrip().rstrip(openers).rstrip()
    antecedent = read_mention(before) if before else None
    if antecedent is None or antecedent.kind != MentionKind.DESCRIPTION:
        return antecedent
    head = before[: antecedent.start].rstrip()
    last = head.rsplit(None, 1)[-1] if head else ""
    if last in _APPOSITIVE_ADVERBS:
        head = head[: -len(last)].rstrip()  # "Tom Lind, now the board chairman, who"
    if not head.endswith(","):
        return antecedent
    named = read_mention(head[:-1].rstrip())
    return named if named is not None and named.kind == MentionKind.NAME else antecedent


def listed_names(text: str, start: int, end: int) -> str | Literal[False] | None:
    """The whole list when the name at text[start:end] is one of several speakers ("Ada Kerr,
    Bo Renn and Cy Dorn"), False when a pronoun is among them ("she and Dorn"), else None.
    A body's name with "and" in it is that body ("the Parks and Recreation Department")."""
    window = text[max(0, end - _REACH) : end]
    # Both patterns join with "and" or "&": a window without a joiner skips their slow scans.
    has_joiner = _JOINER.search(window) is not None
    if has_joiner and _WITH_PRONOUN.search(window):
        return False
    pair = _pair(window, text, start, end) or _role_pair(text, start, end)
    if pair is not None:
        return pair
    ending = _ENDING.search(window) if has_joiner else None
    following = _FOLLOWING.match(text, end)
    if ending is not None:
        joined = ending["last"]
        if is_abbreviation(joined) or joined.casefold() in ROLE_WORDS:
            return None  # "former Gov. and party Chairman Ed Rendt": two titles, one man
        begins = ending.start() + _list_offset(ending.group())
        body = _BODY_BEFORE.search(window, 0, begins)
        if body is None and _OBJECT_BEFORE.search(window, 0, begins):
            return None
        if body is not None and body["name"]:
            begins = body.start("name")
        group = window[begins : ending.end()]
    elif following is not None:
        # "Pollsters Ada Kerr and Bo Renn:": the subject read stopped at the first name.
        group = text[start : following.end()]
    else:
        return None
    if (group.count(",") == 1 and ", and " in group) or ", & " in group:
        return None  # "said Ada Kerr, and Bo Renn agreed": a new clause, not a list
    if group.endswith(".") and not is_abbreviation(group.split()[-1]):
        group = group[:-1]
    # What is left after an opening word may be one name ("Then Kerr and"): no list.
    joiner = _JOINER.search(group)
    return " ".join(group.split()) if joiner is not None and joiner.start() > 0 else None


def _pair(window: str, text: str, start: int, end: int) -> str | None:
    """Both names of "Ada Kerr and her husband, Tom Reddy, said" (or "said Ada Kerr and her
    husband, Tom Reddy"), joined as a list: the two spoke, never the second alone."""
    ending = _PAIR_ENDING.search(window)
    if ending is not None:
        first = ending["first"]
        first = first[_list_offset(first) :]
        begins = ending.start("first") + len(ending["first"]) - len(first)
        if _OBJECT_BEFORE.search(window, 0, begins) or _BODY_BEFORE.search(window, 0, begins):
            return None  # "a letter to Ada Kerr and her husband, Tom Reddy": the addressees
        return _joined(first, ending["second"])
    following = _PAIR_FOLLOWING.match(text, end)
    return None if following is None else _joined(text[start:end], following["second"])


def _role_pair(text: str, start: int, end: int) -> str | None:
    """Both names of "Mayor Ilse Thorne and engineer Ravi Menon said" (role_lists.py)."""
    if " and " not in text[max(0, start - _REACH) : end + _REACH] and "&" not in text:
        return None
    found = role_list_ending(text, start, end, _REACH) or role_list_following(text, start, end)
    if found is None:
        return None
    first = found.first[_list_offset(found.first) :]
    begins = found.first_start + len(found.first) - len(first)
    before = text[max(0, begins - _REACH) : begins]
    if not first or not opens_list(text, begins) or _BODY_BEFORE.search(before):
        return None  # "a letter to Ada Kerr and engineer Bo Renn": the addressees
    return _joined(first, found.second)


def _joined(first: str, second: str) -> str:
    first, second = " ".join(first.split()), " ".join(second.split())
    if second.endswith(".") and not is_abbreviation(second.split()[-1]):
        second = second[:-1]
    return f"{first} and {second}"


def _list_offset(group: str) -> int:
    """Where the list starts: after the end of a sentence before it ("Monday. Kerr and
    Dorn") and after opening words that name no one ("Then", "Instead,"; "May Kerr" keeps May)."""
    tokens = [(m.start(), m[0]) for m in re.finditer(r"\S+", group)]
    first = 0
    for at, (_, token) in enumerate(tokens[:-1]):
        if token.endswith((".", "?", "!")) and not is_abbreviation(token):
            first = at + 1
    while first < len(tokens) - 1:
        token = tokens[first][1]
        word = token.rstrip(",").casefold()
        if word not in FUNCTION_WORDS or (word in _LIST_FIRST_NAMES and not token.endswith(",")):
            break
        first += 1
    return tokens[first][0] if tokens else 0


def plural_noun(noun: str) -> bool:
    """True for a plural head noun ("aides", "people"), never "boss" or "campus"."""
    return noun in IRREGULAR_PLURALS or (noun.endswith("s") and not noun.endswith(_NOT_PLURAL))


# Singular nouns for many people at once: a description they head is a group, never the
# one person just quoted ("“Next year,” chanted the crowd" after the coach spoke).
GROUP_NOUNS = word_set(
    "crowd audience congregation electorate public jury panel band orchestra choir chorus "
    "team squad crew throng mob gathering"
)


def many_people(noun: str) -> bool:
    """True for a head noun naming a group: a plural ("aides") or a group noun ("crowd")."""
    return plural_noun(noun) or noun in GROUP_NOUNS


def head_noun(role: str) -> str:
    """The noun a description's role turns on: "president" in "Mexican president", "head" in
    "head of the commission"."""
    words = role.split()
    link = next((i for i, word in enumerate(words) if word in PART_LINKS), len(words))
    return words[link - 1] if link else role


def head_fits(description: str, head: str, role: str) -> bool:
    """True when a description's head fits a written role and none of its other role words
    says otherwise: "vermont senator" fits "Sen.", "former president" does not fit "President"
    and "senate minority leader" does not fit "Union Leader"."""
    if not role_fits(head, role):
        return False
    role_words = {_party_noun(TITLE_WORDS.get(w, w)) for w in role.casefold().split()}
    modifiers = role_before_link(description).split()
    read = (_party_noun(TITLE_WORDS.get(word, word)) for word in modifiers if word in ROLE_WORDS)
    return all(word in role_words for word in read)


def role_before_link(role: str) -> str:
    """A description's role up to its first link: "narrator" in "narrator in the ad", the
    whole role when none ("senate minority leader")."""
    words = role.split()
    link = next((i for i, word in enumerate(words) if word in PART_LINKS), len(words))
    return " ".join(words[:link]) if link else role


# A description is matched against the roles of every person named before it (a scan that
# grows with the article), and the same few pairs come back: each pair is read once.
@lru_cache(maxsize=4096)
def role_fits(description: str, role: str) -> bool:
    """True when a description ("the Norwegian minister", "the senator") fits a written role
    ("Norwegian Fisheries Minister", "Sen."): every word of it is a word of the role."""
    role_words = {_party_noun(TITLE_WORDS.get(w, w)) for w in role.casefold().split()}
    # "the Democratic congresswoman" fits "Rep.": both words read as the role's.
    wanted = [_party_noun(TITLE_WORDS.get(word, word)) for word in description.split()]
    return bool(wanted) and all(word in role_words for word in wanted)


def _party_noun(word: str) -> str:
    """A party adjective as the party's noun ("democratic" is "democrat"), else the word."""
    return PARTY_ADJECTIVES.get(word, word)

"""The subject of a sentence's main clause, read from its opening words: past opening
phrases ("On Thursday, after remaining neutral, Warren ..."), linking words ("And then ...")
and the region of a place ("Speaking in Dunmore, New Avon, Vale went"). Cue phrases with no
subject of their own (a participle, "and said") and quotes with no cue read it here.
"""

from __future__ import annotations

import re

from store.quotes.adjective_openers import before_plural_people
from store.quotes.appositives import past_opening, relative_after
from store.quotes.described import described, verb_follows
from store.quotes.employer_subjects import employer_person
from store.quotes.lexicon import (
    DETERMINERS,
    INTRODUCTORY_WORDS,
    PRONOUNS,
    ROLE_WORDS,
    SUBJECT_JOINERS,
)
from store.quotes.mentions import is_abbreviation
from store.quotes.role_of_names import past_role_of_place
from store.quotes.role_subjects import role_then_name
from store.quotes.speech import Subject
from store.quotes.term_words import WORK_WORDS
from store.quotes.unpunctuated_openings import main_clause, opens_clause

_SPACED = re.compile(r"\S+")
_SHORT_INTRO = 4
_REFLEXIVES = frozenset(("herself", "himself", "themselves", "itself"))
# Words that open a sentence before its subject: "And then Vance went on the attack".
LEADING_LINKS = frozenset("and but then so yet also still now here there".split())
_PLACE_WORDS = 3  # "New South Wales,": a region after a town that an opening phrase ends on
_APPOSITIVE_REACH = 8
_TITLE_WORDS = 6  # "Salt, Iron and the Sea,": a work's title after its noun and a comma
_PLACE_PREPOSITIONS = frozenset(("in", "at", "from", "near", "outside"))
# One-word openings a comma follows that are no one's name ("Still, ...", "Meanwhile, ...").
_OPENING_ADVERBS = LEADING_LINKS | frozenset(
    "meanwhile however instead yesterday today tonight nevertheless indeed separately".split()
)


def sentence_subject(text: str, start: int, end: int) -> Subject | None:
    """The words that open a sentence's main clause: its grammatical subject, roughly."""
    tokens = [(m.start(), m[0]) for m in _SPACED.finditer(text, start, end)]
    # Opening phrases go: "On Thursday, after remaining neutral, Warren ...", "Hours later, ...".
    tokens = past_opening(tokens)
    while tokens:
        if tokens[0][1].casefold() in LEADING_LINKS and len(tokens) > 1:
            tokens = tokens[1:]  # "And then Vance ...", "Here in Columbia, Hale ..."
            continue
        comma = next((i for i, (_, word) in enumerate(tokens) if word.endswith(",")), None)
        if tokens[0][1].casefold() in INTRODUCTORY_WORDS:
            tokens = _past_place(tokens, comma) if comma is not None else main_clause(tokens)
        elif comma is None and opens_clause(tokens[0][1]):
            tokens = main_clause(tokens)  # "Afterwards she ended by saying", "Once we sat down he"
        elif comma is not None and (named := past_role_of_place(tokens, comma)) is not None:
            tokens = named  # "The mayor of Dunmore, Ada Kerr, defended": Ada Kerr
            break
        elif comma is not None and comma < _SHORT_INTRO and not _has_name(tokens[1 : comma + 1]):
            if _reflexive_after(tokens, comma) or _described_after(tokens, comma):
                break  # "Selwyn, herself a supporter, drew boos": the name is the subject
            if relative_after(tokens, comma):
                break  # "Quill, who is running again, praised": the name is the subject
            if 0 < comma == len(tokens) - 1:
                break  # "Kerr struck back, saying": no clause after the comma, its opening speaks
            if _answered(tokens, comma):
                break  # "Renn hit back, saying", "Kerr was asked,": no opening phrase
            tokens = tokens[comma + 1 :]
        else:
            break
    words: list[tuple[int, str]] = []
    for at, word in tokens:
        core = word.strip("“”\"‘’()").rstrip(",;:")
        at += len(word) - len(word.lstrip("“”\"‘’()"))  # "(Ada Kerr's aide": from "Ada"
        core = core if is_abbreviation(core) else core.rstrip(".")
        lowered = core.casefold()
        joined = bool(words) and lowered in SUBJECT_JOINERS
        is_name = core[:1].isupper() or lowered in ROLE_WORDS or joined
        is_name = is_name or (not words and lowered == "the")  # "..., the senator said"
        if not core or not (is_name or (not words and lowered in PRONOUNS)):
            break
        words.append((at, core))
        if not word.endswith(core) or lowered in PRONOUNS:
            break  # "Kerr,", "Kerr”": the subject ends at its mark, not at an opening one
    if not words or _adjective_opening(words, tokens):
        return None
    employed = employer_person(tokens, len(words))  # words are the tokens' first ones
    if employed is not None:  # "Dover Radio and former anchor Ada Kerr has …": Ada Kerr
        words = [tokens[employed[0]], tokens[employed[1]]]
    first, last = words[0], words[-1]
    if len(words) == 1 and first[1].casefold() == "the":
        last = described(tokens, text) or last
    elif last[1].endswith(_POSSESSIVES):
        # "Bo Renn's public defense counsel asked": the owner's description, not the owner.
        # The token holding the owner: its start may sit before a stripped mark ("“Kerr's").
        owner = next(i for i, (at, word) in enumerate(tokens) if at <= last[0] < at + len(word))
        last = described(tokens[owner:], text) or last
    subject = Subject(text[first[0] : last[0] + len(last[1])], first[0])
    if verb_follows(text, last[0] + len(last[1])):
        return subject
    return role_then_name(text, subject, end) or subject  # "Harbour front-runner Ada Kerr is"


_POSSESSIVES = ("’s", "'s")


def _adjective_opening(words: list[tuple[int, str]], tokens: list[tuple[int, str]]) -> bool:
    """True for "Small groups of protesters": a lone capital before plural people."""
    if len(words) != 1:
        return False
    after = [word for at, word in tokens if at > words[0][0]]
    return bool(after) and before_plural_people(words[0][1], after[0])


def _past_place(tokens: list[tuple[int, str]], comma: int) -> list[tuple[int, str]]:
    """The words after an opening phrase, and after the region of a place it ends on:
    "Speaking in Dunmore, New Avon, Vale went" opens with "Vale", not the region."""
    rest = tokens[comma + 1 :]
    if tokens[comma][1].rstrip(",").casefold() in WORK_WORDS:
        return _past_title(rest)
    placed = any(word in _PLACE_PREPOSITIONS for _, word in tokens[max(0, comma - 2) : comma])
    if not placed or not tokens[comma][1][:1].isupper():
        return rest
    tail = next((i for i, (_, word) in enumerate(rest[:_PLACE_WORDS]) if word.endswith(",")), None)
    if tail is None or tail + 1 >= len(rest) or not _all_capitalised(rest[: tail + 2]):
        return rest  # the subject after the region is a name too: "..., New Avon, Vale went"
    return rest[tail + 1 :]


def _past_title(rest: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The words after a work's title that its comma closes: "In her book, Living Proof, the
    mayor noted" opens with "the mayor", not the book."""
    reach = enumerate(rest[:_TITLE_WORDS])
    closing = next((i for i, (_, word) in reach if word.endswith(",")), None)
    if closing is None or not rest[0][1][:1].isupper():
        return rest
    return rest[closing + 1 :]


def _all_capitalised(tokens: list[tuple[int, str]]) -> bool:
    return all(word[:1].isupper() for _, word in tokens)


def _described_after(tokens: list[tuple[int, str]], comma: int) -> bool:
    """True for "Vale, New Avon’s sitting governor, repeated": a one-word opening before a
    described appositive closed by its own comma is the subject's name, not an opening word."""
    word = tokens[0][1].rstrip(",")
    if comma != 0 or not word[:1].isupper() or word.casefold() in _OPENING_ADVERBS:
        return False
    if word.casefold().endswith("ly") or len(tokens) < 3:
        return False
    described = tokens[1][1].casefold() in DETERMINERS or _possessive_name(tokens[1:4])
    closes = any(word.endswith(",") for _, word in tokens[1 : 1 + _APPOSITIVE_REACH])
    return described and closes


def _possessive_name(tokens: list[tuple[int, str]]) -> bool:
    """True for "New Avon’s" opening an appositive: capitalised words, the last possessive."""
    for count, (_, word) in enumerate(tokens, 1):
        if not word[:1].isupper():
            return False
        if word.endswith(("’s", "'s")):
            return _all_capitalised(tokens[:count])
    return False


def _reflexive_after(tokens: list[tuple[int, str]], comma: int) -> bool:
    return comma + 1 < len(tokens) and tokens[comma + 1][1].casefold() in _REFLEXIVES


def _has_name(tokens: list[tuple[int, str]]) -> bool:
    return any(word[:1].isupper() for _, word in tokens)


# "Renn hit back,", "Kerr was asked,": a name with its verb, a retort's particle or an
# auxiliary after it, which no opening phrase ("Hours later,", "Last week,") has.
_RETORT_PARTICLES = frozenset(("back,", "back"))
_AUXILIARIES = frozenset("was were is are has had".split())


def _answered(tokens: list[tuple[int, str]], comma: int) -> bool:
    """True for a one-word name and its verb before the comma: "Renn hit back, saying",
    "Kerr was asked, “...”"."""
    if comma not in (1, 2) or not tokens[0][1][:1].isupper():
        return False
    if tokens[1][1] in _AUXILIARIES:
        return True
    return comma == 2 and tokens[1][1].islower() and tokens[2][1] in _RETORT_PARTICLES

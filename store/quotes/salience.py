"""What makes a person the one a pronoun means: sex agreement, subject place, recency."""

from __future__ import annotations

import re
from functools import lru_cache

from store.quotes.first_names import CALENDAR_NAMES, FEMALE_FIRST_NAMES, MALE_FIRST_NAMES
from store.quotes.lexicon import (
    ADVERBS,
    NAME_PARTICLES,
    NON_SUBJECT_PREPOSITIONS,
    ORGANISATION_WORDS,
    ROLE_WORDS,
    Gender,
)
from store.quotes.name_words import POSSESSIVE_END
from store.quotes.person_words import can_speak
from store.quotes.place_words import PLACE_LAST_WORDS
from store.quotes.titled_names import qualifies_title

# "he", "his", "him", "himself" and "she", "her", "hers", "herself", in any case, as words.
# The first letter leads each pattern as a class of its own (every character that letter
# matches ignoring case, "ſ" too), the word boundary looked back at after it: the engine then
# skips to those letters, not trying the boundary at every character. Same matches.
# An object pronoun is left out: "Ada Kerr said the town owed him a debt" is most often
# another man (the one the article is about), no vote on Kerr's sex; "her" is an object
# before punctuation or a word no noun follows a possessive with ("owed her a debt").
_HE = re.compile(r"[Hh](?<!\w.)(?i:e|is|im|imself)\b")
_OBJECT_HIM = re.compile(r"[Hh](?<!\w.)(?i:im)\b")
_SHE = re.compile(r"[SsſHh](?<!\w.)(?:(?<=[Ssſ])(?i:he)|(?<=[Hh])(?i:er|ers|erself))\b")
_OBJECT_HER = re.compile(
    r"[Hh](?<!\w.)(?i:er)\b(?=\s*(?:[^\w\s]|$|(?:the|a|an|to|for|in|on|at|with|and|or|but|that"
    r"|as|from|by|of|into|about|up|out|off|down|back|over)\b))"
)
_NEXT_WORD = re.compile(r"\s*([’']s?\b|[\w’'-]+)")
SUBJECT_REACH = 40  # characters from a sentence's start where its subject stands
_OPENING_WORDS = 3  # words before a name that may hold the preposition it is the object of
_PRONOUN_OPENING = re.compile(r"(?:He|She|His|Her)\b")
_OTHER_NAME = re.compile(r"(?<=\s)(?!(?:He|She|His|Her|I)\b)[A-Z][a-z]\w*")
_MALE, _FEMALE, _UNSAID = Gender.MALE, Gender.FEMALE, Gender.UNSAID


def first_name_gender(word: str) -> Gender:
    """The sex a first name most often says ("Maria" female), UNSAID when unknown or shared."""
    key = word.casefold()
    if key in MALE_FIRST_NAMES:
        return _MALE
    return _FEMALE if key in FEMALE_FIRST_NAMES else _UNSAID


def gender_vote(text: str, after: int, ends: list[int], sentence: int) -> int:
    """+1 when the pronouns after a sentence's subject are male, -1 when female.

    The window is the rest of the sentence, and the next one only when it opens with a
    pronoun: "Olsen said his party ..." must not vote on the sex of the sentence before.
    """
    stop = ends[sentence] if sentence < len(ends) else len(text)
    following = text[stop : stop + 12].lstrip()
    if _PRONOUN_OPENING.match(following) and sentence + 1 < len(ends):
        stop = ends[sentence + 1]
    elif _PRONOUN_OPENING.match(following):
        stop = len(text)
    window = text[after:stop]
    other = next(
        (m for m in _OTHER_NAME.finditer(window) if m[0].casefold() not in CALENDAR_NAMES), None
    )
    if other is not None:
        # "Aldous said the race helped Lind, who ... her": past another name, the
        # pronouns are as likely to be that person's.
        window = window[: other.start()]
    female = len(_SHE.findall(window)) - len(_OBJECT_HER.findall(window))
    male = len(_HE.findall(window)) - len(_OBJECT_HIM.findall(window))
    return (male > female) - (female > male)


_SUBJECT_PRONOUN = re.compile(r"(?:[^,;:\x01\"“”]{0,40},\s+)?(he|she)\b", re.IGNORECASE)


def pronoun_subjects(text: str, ends: list[int]) -> list[tuple[int, int, Gender]]:
    """(sentence, offset, sex) of each sentence whose subject is "he" or "she", an opening
    phrase allowed before it ("On Sunday, she ...")."""
    found = []
    for sentence, start in enumerate([0, *ends]):
        while start < len(text) and text[start].isspace():  # (no copy of the rest, as lstrip)
            start += 1
        match = _SUBJECT_PRONOUN.match(text, start)
        if match is not None:
            gender = _MALE if match[1].casefold() == "he" else _FEMALE
            found.append((sentence, match.start(1), gender))
    return found


def modifies(text: str, end: int) -> bool:
    """True for a name that qualifies what follows: "Halden consultant Ada Kerr",
    "Stroud's stare"."""
    following = _NEXT_WORD.match(text, end)
    if following is None:
        return False
    word = following[1]
    # "The Ohio senator’s answer": the role owns the possessive, the name still qualifies it.
    lowered = word.casefold()  # (a word without a mark at its end is spared the pattern)
    role = POSSESSIVE_END.sub("", lowered) if lowered.endswith(("’", "'", "’s", "'s")) else lowered
    owns = word.startswith(("’s", "'s", "’", "'")) or role in ROLE_WORDS
    return owns or qualifies_title(text, end)  # "Ohio chapter president Ada Kerr"


# A finite verb right after a name makes it its clause's subject: "after Ada Kerr revealed".
_FINITE = re.compile(r"\s+(?:[a-z]+ed|[a-z]+[^s\W’']s|is|was|has|had|will|would|can|could)\b")
_ADVERB = re.compile(r"\s+([a-z]+)\b")
_NAME_WORD = r"[A-Z](?:\.|[\w’'-]*)"  # "Ada", "J.", "O’Neil": never a sentence's stop
_NAME_RUN = re.compile(_NAME_WORD + r"(?:\s+" + _NAME_WORD + r")*")


def clause_subject(text: str, at: int) -> bool:
    """True for the name at `at` followed by a finite verb ("Ada Kerr revealed her plan"),
    never a possessive ("Kerr's remarks") nor an object ("the thought of Kerr as ...")."""
    name = _NAME_RUN.match(text, at)
    if name is None or name[0].endswith(("’s", "'s", "’", "'")):
        return False
    end = name.end()
    if _FINITE.match(text, end) is not None:
        return True
    # An adverb may stand before the verb: "Kerr again appears", "Kerr also revealed".
    adverb = _ADVERB.match(text, end)
    if adverb is None or adverb[1] not in ADVERBS:
        return False
    return _FINITE.match(text, adverb.end()) is not None


def in_subject_place(text: str, at: int, end: int, sentence_start: int) -> bool:
    """True for a name near its sentence's start or right after an opening clause's comma,
    and not after a preposition ("in South Carolina", "In downtown Oslo", "to Fox News") nor
    inside a list ("to Iowa, North Dakota, Ohio")."""
    before = text[sentence_start:at]
    clause = before[before.rfind(",") + 1 :].split()
    if any(word.casefold() in NON_SUBJECT_PREPOSITIONS for word in clause[-_OPENING_WORDS:]):
        return False
    if text[at:end].split()[0].casefold() in NON_SUBJECT_PREPOSITIONS:
        return False  # a sentence's capitalised preposition read into the name: "Like Kerr,"
    if before.rstrip().endswith(",") and _in_list(before, text, end):
        return False
    if clause and all(_titling(word) for word in clause):
        return True  # "On Monday night, Ohio campaign manager Ada Kerr": her own title
    return len(before) <= SUBJECT_REACH or before.rstrip().endswith(",")


def _titling(word: str) -> bool:
    """A word of the title or modifiers a subject's name may carry before it ("Ohio
    developer Ada Kerr": a noun for a person, singular, as a job before a name is)."""
    if word[:1].isupper() or word.casefold() in ROLE_WORDS:
        return True
    return word.islower() and not word.endswith("s") and can_speak(word)


def _in_list(before: str, text: str, end: int) -> bool:
    """True for a name between a capitalised word's comma and another comma or "and".

    Not when that word opens the sentence: "Recently, Ada Kerr, the mayor, ..." is a subject
    after an opening adverb, and a list opening its sentence is its subject anyway.
    """
    words = before.rstrip()[:-1].split()
    after = text[end : end + 5]
    listed = len(words) > 1 and words[-1][:1].isupper()
    return listed and after.startswith((",", " and ", " or "))


_DUTCH = frozenset(("in", "'t", "’t"))  # "Sophie in 't Veld"
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten".split())


@lru_cache(maxsize=4096)
def name_like(name: str) -> bool:
    """True for what may be a person's name, as "he" or "she" may mean: every word
    capitalised but a particle, and no lone "-ing" word ("Secretary of Defense", "Hale’
    campaign manager", "Walking" are what a misread narration took for names)."""
    words = name.split()
    if all(len(word) > 1 and word.isupper() for word in words):
        return False  # "FULL TEXT", "KING-TV": a heading's or a station's capitals
    if len(words) == 1 and (name.endswith("ing") or name.casefold() in _NUMBER_WORDS):
        return False  # "Walking to the car, ...", "Two weeks later, ..."
    if words[-1].casefold() in ORGANISATION_WORDS:
        return False  # "State Department", "Halden White House": a body, never "he"
    if words[-1].casefold() in PLACE_LAST_WORDS and not first_name_gender(words[0]):
        return False  # "Boca West", "Sandy Hook" with no first name: a place
    particles = NAME_PARTICLES | _DUTCH if "'t" in words or "’t" in words else NAME_PARTICLES
    return all(word[:1].isupper() or word.casefold() in particles for word in words)


_TOPIC_OPENERS = ("as for", "as to")
_VIEW_OPENERS = ("To", "For")


def is_topic(text: str, at: int, end: int, sentence_start: int) -> bool:
    """True for a name the sentence opens on as its topic: "As for Kerr, she ...", or whose
    view it gives: "To Ohio pollster Kerr, the plan is ...", "For Kerr, ..."."""
    if text[end : end + 1] != ",":
        return False
    words = text[sentence_start:at].split()
    if not words and text[at:end].split()[0] in _VIEW_OPENERS:
        return True  # the opener read into the name: "For Kerr, ..."
    opening = " ".join(words).casefold()
    if opening in _TOPIC_OPENERS:
        return True
    return bool(words) and words[0] in _VIEW_OPENERS and all(map(_titling, words[1:]))


def names_the_subject(text: str, start: int, end: int, sentence_start: int, taken: bool) -> bool:
    """Whether the name at text[start:end] is what its sentence's pronouns most likely mean: the
    sentence's first name in a subject's place (unless a subject is `taken` already) and not
    modifying a noun, or the sentence's topic ("As for Ada Kerr, she said ...")."""
    placed = not taken and in_subject_place(text, start, end, sentence_start)
    if placed and not modifies(text, end):
        return True
    return is_topic(text, start, end, sentence_start)

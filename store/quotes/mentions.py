"""Reading a speaker's mention ("Russian Foreign Minister Sergey Lavrov", "he", "the report")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from store.quotes.affiliations import affiliation_link, capitalised_run_start
from store.quotes.bare_plurals import capitalised_plural
from store.quotes.body_members import member_of_body
from store.quotes.body_words import organisation_words
from store.quotes.contracted_has import uncontracted
from store.quotes.country_words import role_or_none
from store.quotes.description_mentions import (
    MAX_OPEN_DESCRIPTION,
    MAX_ROLE_WORDS,
    adjective_like,
    description,
    possessive,
)
from store.quotes.field_gerunds import field_gerund, field_holder
from store.quotes.first_names import FIRST_NAMES
from store.quotes.foreign_titles import foreign_title_at, foreign_title_gender
from store.quotes.german_nouns import german_article_at
from store.quotes.job_openers import role_before_a_name
from store.quotes.lexicon import (
    ABBREVIATIONS,
    DESCRIPTION_OPENERS,
    FOREIGN_TITLE_GENDER,
    FUNCTION_WORDS,
    HONORIFIC_GENDER,
    JOB_LINKS,
    NAME_PARTICLES,
    NAME_STOPPERS,
    NAME_SUFFIXES,
    ORGANISATION_WORDS,
    PART_LINKS,
    PART_WORDS,
    PRONOUNS,
    RELATIVE_PRONOUNS,
    ROLE_WORDS,
    Gender,
)
from store.quotes.listed_adjectives import listed_adjectives_start
from store.quotes.moved import moved
from store.quotes.name_starts import INITIALS, given_name_at, serves
from store.quotes.name_words import (
    BODY_NAME_JOINS,
    CAPITALISED_AUXILIARY_NAMES,
    MISREAD_LETTER,
    POSSESSIVE_END,
    body_on_start,
    body_with_and,
    capitalised,
    dutch_particle,
    heading_words,
    inside_body_name,
    linked_body,
    object_of_preposition,
    phrase_body,
    singular_title,
)
from store.quotes.nationality_speakers import nationality_at
from store.quotes.opening_words import QUANTIFIERS, anonymous_speaker, opens_before_a_name
from store.quotes.person_words import can_speak

_TOKEN = re.compile(r"(?:" + MISREAD_LETTER + r"|[\w\u0300-\u036f’'.&-])+")  # "IbaÃ±ez": one
_LAST_BARRIER = re.compile(r"[()\[\]—–\"“”«»:;,\x01][^()\[\]—–\"“”«»:;,\x01]*$")
MAX_NAME_WORDS = 4
_DUTCH_WORDS = frozenset(("in", "'t", "’t"))  # the only words dutch_particle takes


class MentionKind(StrEnum):
    """How a mention names its speaker."""

    NAME = "name"  # "Russian Foreign Minister Sergey Lavrov", "Lavrov"
    ORGANISATION = "organisation"  # "the Foreign Ministry", "TASS", "officials"
    PRONOUN = "pronoun"  # "he", "they", "him"
    RELATIVE = "relative"  # "who" in "Lavrov, who said ..."
    DESCRIPTION = "description"  # "the foreign minister", "a spokesman for the ministry"


@dataclass(frozen=True)
class Mention:
    """How narration names a speaker at one place."""

    text: str  # as written, role included
    kind: MentionKind
    name: str | None = None  # the name part ("Sergey Lavrov"), None for pronouns/descriptions
    role: str | None = None  # the title or job as written ("Russian Foreign Minister")
    gender: Gender = Gender.UNSAID
    start: int = 0  # offsets of the mention inside the text it was read from
    end: int = 0


def read_mention(chunk: str, offset: int = 0) -> Mention | None:
    """The speaker named at the end of a chunk of narration, or None when it names nobody."""
    # Only the words after the last bracket, dash or quote can name the speaker: read once.
    last_barrier = _LAST_BARRIER.search(chunk)
    words = chunk[last_barrier.start() + 1 :].lstrip() if last_barrier else chunk
    if last_barrier and chunk[last_barrier.start()] == ",":
        # "the bespectacled, 71-year-old diplomat": the comma lists adjectives of one noun.
        listed = listed_adjectives_start(chunk, last_barrier.start())
        words = chunk[listed:] if listed is not None else words
    mention, by = _read_mention(words), offset + len(chunk) - len(words)
    return moved(mention, by) if mention is not None and by else mention


@lru_cache(maxsize=8192)  # the cast and the events read the same words again ("he said")
def _read_mention(chunk: str) -> Mention | None:
    tokens = [(m[0], m.start(), m.end()) for m in _TOKEN.finditer(chunk)]  # (no *span: slower)
    # A full stop that is no initial or title ends a sentence ("... for Media. Pell").
    for at in range(len(tokens) - 2, -1, -1) if "." in chunk else ():
        if tokens[at][0].endswith(".") and not is_abbreviation(tokens[at][0]):
            tokens = tokens[at + 1 :]
            break
    if not tokens:
        return None
    job = _job_of(tokens)
    if job is not None:
        return job
    last = tokens[-1][0].rstrip(".")
    lowered = uncontracted(last)  # "she's", "he'd", "they'll": a pronoun with its verb attached
    anonymous = anonymous_speaker(tokens)
    if anonymous is not None:
        return Mention(anonymous[0], MentionKind.PRONOUN, start=anonymous[1], end=anonymous[2])
    if lowered in PRONOUNS:
        word, start, end = tokens[-1]
        return Mention(word, MentionKind.PRONOUN, gender=PRONOUNS[lowered], start=start, end=end)
    if lowered in RELATIVE_PRONOUNS:
        word, start, end = tokens[-1]
        return Mention(word, MentionKind.RELATIVE, start=start, end=end)
    if (nation := nationality_at(tokens)) is not None:  # "said the Chilean": a person
        text = " ".join([word for word, _, _ in tokens[nation:]])
        return Mention(text, MentionKind.DESCRIPTION, start=tokens[nation][1], end=tokens[-1][2])
    if last[:1].isupper() and (lowered not in FUNCTION_WORDS or _surname_word(tokens)):
        return capitalised_plural(tokens) or _proper(tokens)  # "Protesters shouted"
    described = description(tokens)
    if described is None:
        return None
    return member_of_body(tokens, described, _proper) or described  # "Bo Renn of the council"


def _surname_word(tokens: list[tuple[str, int, int]]) -> bool:
    """True for a capitalised function word that is a surname: after a known first name
    ("Al From", "Theresa May"), or alone as a word a name may be ("“...,” May said")."""
    word = tokens[-1][0]
    if len(tokens) == 1:
        return word.casefold() in CAPITALISED_AUXILIARY_NAMES
    return tokens[-2][0].casefold() in FIRST_NAMES and tokens[-2][0][:1].isupper()


def _job_of(tokens: list[tuple[str, int, int]]) -> Mention | None:
    """ "a spokesman for the ministry", "the head of the commission": the person in the job,
    not the body after "for" or "of"."""
    for at in range(len(tokens) - 2, 0, -1):
        link = tokens[at][0].casefold()
        if link not in JOB_LINKS and link not in PART_LINKS and not serves(tokens[at - 1][0], link):
            continue
        job = tokens[at - 1][0]
        if field_holder([word for word, _, _ in tokens], at):
            return None  # "the head of engineering Carla Mendes": Mendes, in the job
        # "Critics of the plan said", "Leaders of the group": those people, not the plan;
        # never past a name ("Supporters of Ada Kerr", "members of ... Sen. Ada Kerr").
        determined = tokens[at + 1][0].casefold() in DESCRIPTION_OPENERS
        unnamed = determined and tokens[-1][0].islower()
        if at == 1 and link in JOB_LINKS and unnamed and _people(job):
            text = " ".join([word for word, _, _ in tokens])
            return Mention(text, MentionKind.DESCRIPTION, start=tokens[0][1], end=tokens[-1][2])
        # "the narrator in the ad": a part played in a work, whoever plays it.
        part = job in PART_WORDS and link in PART_LINKS
        served = (job in ROLE_WORDS and link in JOB_LINKS) or serves(job, link)
        if not job.islower() or not (served or part):
            return None  # "Secretary of State", "Department of Justice" are names
        first = at - 1
        while first > 0 and at - first < MAX_OPEN_DESCRIPTION and _describes(tokens[first - 1][0]):
            first -= 1
        opening = tokens[first][0]
        if opening.casefold() not in DESCRIPTION_OPENERS and not possessive(opening):
            return None
        text = " ".join([word for word, _, _ in tokens[first:]])
        return Mention(text, MentionKind.DESCRIPTION, start=tokens[first][1], end=tokens[-1][2])
    return None


def _people(word: str) -> bool:
    """True for a plural word for people ("Critics", "members"), in either case."""
    lowered = word.casefold()
    return lowered.endswith("s") and (can_speak(lowered) or can_speak(lowered[:-1]))


def _describes(word: str) -> bool:
    lowered = word.casefold()
    return lowered in DESCRIPTION_OPENERS or possessive(word) or lowered not in FUNCTION_WORDS


def is_abbreviation(word: str) -> bool:
    """True for a word whose full stop abbreviates: "Sen.", "Mr.", "J.", "U.S.", "G.K."."""
    return word.casefold() in ABBREVIATIONS or bool(INITIALS.fullmatch(word))


def _is_name_word(word: str) -> bool:
    lowered = word.casefold()
    if lowered in NAME_STOPPERS:
        return False  # "Besides Lind", "Thanks Sarah": a sentence's opening word
    if lowered in NAME_PARTICLES or lowered in NAME_SUFFIXES:
        return True
    return word[:1].isupper() and lowered not in ROLE_WORDS and lowered not in FUNCTION_WORDS


def _name_word_at(tokens: list[tuple[str, int, int]], at: int) -> bool:
    """True for a word of a name; a capitalised word for a job ending the mention counts
    right after a known first name: "Ana Pope", "Tim Cook" are surnames, "the Pope" a role."""
    word = tokens[at][0]
    lowered = word.casefold()  # the set look-ups first spare most words two calls
    if lowered in FOREIGN_TITLE_GENDER and foreign_title_at(tokens, at):
        return False  # "M. Lemoine", "Frau Roth": the title is the role's
    if _is_name_word(word) or (lowered in _DUTCH_WORDS and dutch_particle(tokens, at)):
        return True
    # Only as the last word: "Virginia Gov. Terry McAuliffe" keeps "Gov." a title.
    last = at == len(tokens) - 1 and at > 0 and word.isalpha()
    surname_like = lowered in ROLE_WORDS or lowered in FUNCTION_WORDS
    if not last or not word[:1].isupper() or not surname_like:
        return False  # "Ana Pope", "Al From", "Theresa May": after a first name, a surname
    given = tokens[at - 1][0].casefold()
    return given in FIRST_NAMES


def _is_role_word(word: str) -> bool:
    lowered = word.casefold()
    if lowered in FUNCTION_WORDS and lowered not in ("of", "for", "the"):
        return False
    return (
        lowered in ROLE_WORDS
        or lowered in PART_WORDS  # "actress Ada Kerr", "host Bo Renn"
        or lowered in ("of", "for", "the", "and")
        or lowered.endswith(("’s", "'s"))
        or word[:1].isupper()
    )


def _joined_role(tokens: list[tuple[str, int, int]], at: int) -> bool:
    """True for the "and" of two jobs of one person ("founder and chief executive Ada Kerr"):
    a lower-case job before it, never a name ("Bo Renn and chief executive Ada Kerr")."""
    before = tokens[at - 1][0] if at > 0 else ""
    return tokens[at][0] == "and" and before.islower() and before in ROLE_WORDS


def _proper(tokens: list[tuple[str, int, int]]) -> Mention | None:
    body_at = body_on_start(tokens)
    if body_at is not None:  # "the Council on Foreign Relations": one body
        return _capitalised_body(tokens, body_at)
    at = len(tokens)
    while at > 0 and len(tokens) - at < MAX_NAME_WORDS and _name_word_at(tokens, at - 1):
        at -= 1
    # A particle or connector cannot open a name: "de Gaulle" keeps "de" only after a first name.
    while at < len(tokens) and tokens[at][0].casefold() in NAME_PARTICLES:
        if at + 1 < len(tokens) and tokens[at + 1][0].casefold() in FUNCTION_WORDS:
            break  # "Al From": a first name before a surname that names nothing alone
        at += 1
    at = body_with_and(tokens, at, _is_name_word)
    name_tokens = tokens[at:]
    if not name_tokens:
        # "Anna Berg of the Liberal Party": "Party" is a job's word too, so no name ends the
        # run; the person before the body's "of" still speaks.
        run_at = capitalised_run_start(tokens)
        placed = _placed(tokens, run_at) if 0 < run_at < len(tokens) else None
        return placed or _capitalised_body(tokens) or description(tokens)
    if (article := german_article_at(tokens, at)) is not None:  # "Die Ministerin": a noun
        text = " ".join([word for word, _, _ in tokens[article:]])
        return Mention(text, MentionKind.DESCRIPTION, start=tokens[article][1], end=tokens[-1][2])
    placed = _placed(tokens, at)
    if placed is not None:
        return placed
    if object_of_preposition(tokens, at):
        return None
    # A nationality, country or job before the name is the role's ("Russian Sergey Lavrov",
    # "Novelist Jude Marren"). Only before two more words: "Grant Tully" keeps his first.
    while len(name_tokens) > 2 and role_before_a_name([word for word, _, _ in name_tokens]):
        at += 1
        name_tokens = tokens[at:]
    # "RNC Chief of Staff Ada Kerr", "Ohio's Bo Renn": a known first name opens the name.
    at += given_name_at(name_tokens)
    name_tokens = tokens[at:]
    opener, floor = name_tokens[0][0], 0
    if len(name_tokens) > 1 and opens_before_a_name(opener):
        at += 1  # "Regarding Vance", "Interestingly Blocher": the name after the opener
        name_tokens, floor = tokens[at:], at
    elif opens_before_a_name(opener) and opener.casefold() not in QUANTIFIERS:
        return None  # "Shortly", "Continuing": no one named ("Another" reads as one)
    role_at = at
    while (
        role_at > floor
        and at - role_at < MAX_ROLE_WORDS
        and (
            _is_role_word(tokens[role_at - 1][0])
            or _joined_role(tokens, role_at - 1)
            or field_gerund([word for word, _, _ in tokens], role_at - 1)  # "of nursing"
        )
    ):
        role_at -= 1
    while role_at < at and tokens[role_at][0].casefold() in ("of", "for", "and"):
        role_at += 1
    determiner = role_at < at and tokens[role_at][0].casefold() == "the"
    role_tokens = tokens[role_at + determiner : at]
    # "Bill Lind's years": the possessor is named without the possessive.
    name = POSSESSIVE_END.sub("", " ".join([word for word, _, _ in name_tokens]))
    role = role_or_none(singular_title(" ".join([word for word, _, _ in role_tokens])))
    start, end = tokens[role_at][1], tokens[-1][2]
    text = " ".join([word for word, _, _ in tokens[role_at:]])
    if heading_words(tokens, at):
        return None
    words = {word.casefold() for word, _, _ in tokens[role_at:]} - _given_name(name_tokens)
    # A body's word makes a body; "Un" ending "Ri Chol Un" is a syllable, not the UN.
    run = [word for word, _, _ in tokens[role_at:]]
    body_words = organisation_words(run) - _given_name(name_tokens)
    organisational = determiner or body_words or _acronym(name) or _owned(name_tokens)
    # "Bank of Halden", "Church of Ireland": a body's word, then "of" and its place.
    role_words = [word for word, _, _ in role_tokens]
    body_of = role_words[-1:] == ["of"] and bool(organisation_words(role_words, owners=True))
    # "the Institute for Policy Studies", "the Ministry of Foreign Affairs": the words after a
    # body's "of" or "for" name the body, unless a first name opens them.
    body_of = body_of or (linked_body(role_tokens) and not _given_name(name_tokens))
    # "Friends of the Earth", "Save the Children": a body's phrase, not "Earth" with a role.
    phrased = phrase_body(role_tokens, len(name_tokens)) and not _given_name(name_tokens)
    organisational = organisational or phrased
    body_of = body_of or phrased
    if organisational and (not role or not _looks_personal(name_tokens) or body_of):
        held = organisation_words(run, owners=True)  # "the Kremlin’s": its owner's word
        if _names_nothing(name_tokens) and not held and not _acronym(name):
            return None  # "The Texan’s [words]", "The Latest:": no body, nobody
        org = POSSESSIVE_END.sub("", _org_name(tokens[role_at:]))
        return Mention(text, MentionKind.ORGANISATION, name=org, start=start, end=end)
    gender = next((HONORIFIC_GENDER[w] for w in words if w in HONORIFIC_GENDER), Gender.UNSAID)
    gender = gender or foreign_title_gender(role_tokens)
    return Mention(
        text, MentionKind.NAME, name=name, role=role, gender=gender, start=start, end=end
    )


def _placed(tokens: list[tuple[str, int, int]], at: int) -> Mention | None:
    """ "Gov. Ada Kerr of Ohio", "Sen. Bo Renn of the Senate panel": the person before the
    place or body they come from."""
    link = at - 1
    # "Jo Lee of the Hart Center for Trade Studies": a name that ends a body's name after its
    # "for" or "and" is the body's; the person stands before the body's "of".
    inside = link > 0 and tokens[link][0].casefold() in BODY_NAME_JOINS
    while inside and link > 1 and at - link < MAX_ROLE_WORDS and inside_body_name(tokens[link][0]):
        link -= 1
    found = affiliation_link(tokens, link + 1, not inside)  # "of the [civic list] Borgo Vivo"
    if found is None:
        return None
    person = _proper(tokens[:found])
    if person is None or person.kind != MentionKind.NAME:
        return None
    titled = person.role is not None or person.gender or " " in (person.name or "")
    return person if titled and not heading_words(tokens, at) else None


def _capitalised_body(tokens: list[tuple[str, int, int]], at: int | None = None) -> Mention | None:
    """ "the Department of Justice", "the Foreign Ministry": a capitalised name of a body
    (starting at `at` when the caller knows where)."""
    if at is None:
        at = len(tokens)
        while at > 0 and (tokens[at - 1][0][:1].isupper() or tokens[at - 1][0] in ("of", "for")):
            at -= 1
        while at < len(tokens) and not tokens[at][0][:1].isupper():
            at += 1
        at = body_with_and(tokens, at, capitalised)  # "the Committee for Peace and Justice"
    words = {word.casefold() for word, _, _ in tokens[at:]}
    the = at > 0 and tokens[at - 1][0].casefold() == "the"
    # "the President", "the Foreign Minister" are people's titles, not bodies.
    if at == len(tokens) or not (words & ORGANISATION_WORDS or (the and not words <= ROLE_WORDS)):
        return None
    first = at - the
    text = " ".join([word for word, _, _ in tokens[first:]])
    name = _org_name(tokens[at:])
    start, end = tokens[first][1], tokens[-1][2]
    return Mention(text, MentionKind.ORGANISATION, name=name, start=start, end=end)


def _looks_personal(name_tokens: list[tuple[str, int, int]]) -> bool:
    given = _given_name(name_tokens)
    return all(
        word.casefold() not in ORGANISATION_WORDS or word.casefold() in given
        for word, _, _ in name_tokens
    )


def _owned(name_tokens: list[tuple[str, int, int]]) -> bool:
    """True for one capitalised word after a possessive ("Emily's List", "Macy's Parade"): a
    thing someone owns. Two or more may be a person ("Ohio's Ada Kerr")."""
    owner = name_tokens[0][0]
    # "Here's Kerr": a contraction, no possessive.
    return (
        len(name_tokens) == 2
        and possessive(owner)
        and POSSESSIVE_END.sub("", owner).casefold() not in FUNCTION_WORDS
    )


def _given_name(name_tokens: list[tuple[str, int, int]]) -> set[str]:
    """The first name opening a name of two or three words ("Bill Lind"), which is no
    word for a body ("the bill") however it is spelt."""
    first = name_tokens[0][0].casefold()
    known = first in FIRST_NAMES
    return {first} if known and 1 < len(name_tokens) <= 3 else set()


def _names_nothing(name_tokens: list[tuple[str, int, int]]) -> bool:
    """True for a determiner's capitalised words that are no name: a possessive, an adjective."""
    last = name_tokens[-1][0]
    return possessive(last) or (len(name_tokens) == 1 and adjective_like(last))


def _acronym(name: str) -> bool:
    return len(name) >= 2 and name.isupper() and " " not in name and len(name) <= 5


def _org_name(tokens: list[tuple[str, int, int]]) -> str:
    words = [word for word, _, _ in tokens]
    if words and words[0].casefold() == "the":
        words = words[1:]
    return " ".join(words)

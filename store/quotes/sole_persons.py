"""“...,” the businessman said": the person the passage is about, when no role names anyone.

Reporters name the person a story is about once or twice ("Real-estate developer Ada Kerr
said on Monday ...") and then quote them by whatever they are ("the businessman", "the
candidate", "the retired surgeon"): a word the cast's roles need not hold, and one the article
need not have set beside the name (introduced_roles.py). The description then stood for
nobody, so a who-said answer named no one. It is read here as the person narration last made
speak or the subject of a sentence, when that person is also the one it has named most so far
(a round-up of several candidates names none most, and leaves the description), a noun of the
other sex is not theirs, and a title the description holds contradicts none of theirs ("the
governor" is not a senator). Only the plain shape "the <words> <noun>": a noun of someone
beside the main person ("the host", "the rival", "her husband"), of a group, a body or a text,
or one tied to something ("the head of the panel"), is someone else or no one, and stays a
description. The way stays a description's, whose confidence is capped below the plain ways'.

Only a noun saying who a person IS, the words of a profile (an occupation, a standing, an
age: "the tycoon", "the former teacher", "the 46-year-old"), is read so; a part someone plays
in an event ("the victim", "the gunman", "the witness", "the passenger") is as often a
bystander the story never names, and stays a description. So does any noun once the article
has brought in someone unnamed ("a critic who saw it ... the reviewer said": that critic),
or when someone else named twice is the latest subject ("Renn, who is 19, ... the teenager").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping

from store.quotes.antecedents import many_people
from store.quotes.described_sexes import description_sex
from store.quotes.introduced_roles import NO_ROLE_HEADS, person_word
from store.quotes.lexicon import (
    INDEFINITE_DETERMINERS,
    KIN_WORDS,
    ORGANISATION_WORDS,
    PART_LINKS,
    word_set,
)
from store.quotes.paired_subjects import paired_subject
from store.quotes.passage_people import round_up_passage_person
from store.quotes.people import Person
from store.quotes.person_words import BODY_NOUNS, TEXT_NOUNS, can_speak
from store.quotes.profile_clashes import trade_clash
from store.quotes.statement_words import REPORTED_DOCUMENT_HEADS
from store.quotes.subordinate_subjects import opens_own_clause
from store.quotes.unnamed_referents import introduced_someone

Seen = list[tuple[int, Person]]
# People an article sets beside the one it is about: who interviews, questions, opposes or
# works with them, or heckles them. "the host said" in an interview is the host, not the guest.
_BESIDE = word_set(
    """
    host anchor moderator interviewer questioner reporter journalist correspondent caller
    listener viewer heckler protester protestor rival opponent challenger critic detractor
    partner friend colleague associate assistant aide adviser advisor spokesman spokeswoman
    spokesperson mate spouse neighbor neighbour lawyer attorney counsel other percent majority
    half minority share
    """
)
# Offices a story writes as a title beside the name ("Sen. Bo Renn", "Mayor Ada Kerr"): the
# role rules find their holder, and when none holds it the description is someone else.
OFFICE_HEADS = word_set(
    """
    president vice minister secretary senator representative congressman congresswoman
    governor mayor chairman chairwoman chair director chief head leader ambassador envoy
    general judge justice commissioner prosecutor chancellor premier sheriff officer captain
    commander admiral pope king queen prince sheikh speaker treasurer inspector member
    """
)
_AGED = re.compile(r"\d+-year-old")
# A compound's parts: a prefix that narrows a trade ("neuro-", "super-"; not "co-star",
# someone beside the star, nor any word's first letters: a "contractor" is no actor, a
# "speechwriter" no writer of whom the speech was) on a profile noun of four or more.
_COMPOUND_PREFIXES = ("neuro", "cardio", "psycho", "super", "mega", "ultra", "multi", "arch")
_COMPOUND_HEAD = 4
# Nouns of who a person is, that a profile calls them by after naming them once: occupations,
# standings and ages. Never a part in an event (victim, gunman, witness, passenger, driver,
# caller, customer, resident, tourist, homeowner), which a bystander plays as often.
PROFILE_NOUNS = word_set(
    """
    businessman businesswoman developer investor financier banker entrepreneur industrialist
    executive tycoon mogul magnate billionaire millionaire heir heiress philanthropist
    candidate nominee frontrunner hopeful politician lawmaker legislator diplomat statesman
    author novelist writer poet playwright actor actress singer songwriter musician rapper
    star celebrity comedian artist painter sculptor dancer performer filmmaker producer
    designer architect engineer scientist economist historian professor scholar academic
    teacher educator surgeon doctor physician veteran athlete champion retiree pensioner
    activist preacher pastor priest bishop rabbi imam chef
    teenager octogenarian nonagenarian centenarian
    boxer footballer cricketer jockey gymnast sprinter climber skier surfer rower photographer
    presenter broadcaster founder soldier
    """
)
# Words before the noun that say it is someone else: "the other candidate", "the fellow
# senator", "the former rival".
_OTHER = word_set("other another fellow second third same rival opposing")
# Bodies and peoples the people nouns hold: "the state said" is no one of the cast.
_BODIES = word_set(
    "state nation country government administration campaign firm company party family"
    " household clan dynasty"
)
_NOT_ONE = (
    _BODIES | ORGANISATION_WORDS | BODY_NOUNS | TEXT_NOUNS | REPORTED_DOCUMENT_HEADS | KIN_WORDS
)


def sole_person(
    description: str,
    at: int,
    spoke: Seen,
    subjects: Seen,
    named: Seen,
    fits: Callable[[Person], bool],
    texts: Mapping[int, str],
    raw_texts: Mapping[int, str],
) -> Person | None:
    """The one person `description` ("the businessman") at reading position `at` stands for,
    else None. `spoke`, `subjects` and `named` are the cast's speech events, sentence subjects
    and narration mentions; `fits` says who may be meant at all (a person, no place); `texts`
    the masked narration, read for anyone brought in unnamed; `raw_texts` the paragraphs with
    their quotes."""
    written = description.split()[1:]
    if not written or not _one_person_noun(written) or not _profile_noun(written[-1]):
        return None
    if introduced_someone(texts, at, _a_person):
        return None  # "a critic who saw it ... the reviewer said": that one, unnamed
    words = [word.casefold() for word in written]
    speakers = {id(p) for where, p in spoke if where < at}
    # A subject of no known sex who never spoke ("Ada Kerr via Getty Images", "New Dunmore
    # voted") is a photo credit or a place as often as a person: passed over.
    focus = _focus(spoke + [(w, p) for w, p in subjects if p.sex or id(p) in speakers], at, fits)
    if focus is None or not focus.sex:
        return None  # a "person" of no known sex may be a place or a title misread as a name
    if paired_subject(focus, spoke + subjects, named, texts, at, fits):
        return None  # "Mia Loft and Tom Reed were rescued. “...,” the teenager said": either
    if _someone_else_last(focus, spoke + subjects, named, at, fits):
        return None  # "Renn, who is 19, was gracious. “...,” the teenager said": maybe Renn
    sex = description_sex(description)  # "the businessman", "the male gymnast"
    if sex and focus.sex != sex:
        return None  # "the businessman" after "Ada Kerr spoke": someone else
    if any(p is focus and opens_own_clause(texts, where, at) for where, p in named):
        return None  # "Vane met Kerr after the candidate said": someone else than Vane
    if trade_clash(_unprefixed(words[-1]), focus, texts):
        return None  # "the surgeon" after "developer Tom Vane": someone else
    if _names_someone(written[:-1], named, at):
        return None  # "the Kerr family", "the Renn supporter": someone of Kerr's, not Kerr
    if _described_before(words[-1], spoke + subjects + named, at):
        return None  # "an American witness said ... the witness added": that one
    if _most_seen(focus, spoke, subjects, named, at, fits):
        return focus
    # A round-up names others more, yet gives each person a passage of their own.
    in_passage = round_up_passage_person(focus, spoke + subjects, named, at, fits, raw_texts)
    return focus if in_passage else None


def _one_person_noun(written: list[str]) -> bool:
    """True for the words of one person's plain description: "billionaire businessman", "New
    York investor", "46-year-old"; not "the Associated Press" (a name) nor "the senator"."""
    head = _unprefixed(written[-1])  # "the ex-boxer", "the co-founder"
    if not (head.isalpha() and head.islower()) and not _AGED.fullmatch(head):
        return False
    if head in OFFICE_HEADS or head in NO_ROLE_HEADS or head in _BESIDE or head in _NOT_ONE:
        return False
    if many_people(head) or not can_speak(head):
        return False
    # "the head of the panel", "the other candidate", "the 30 percent"
    return not any(w.casefold() in PART_LINKS or w.casefold() in _OTHER for w in written)


def _profile_noun(head: str) -> bool:
    """True for a noun of who someone is ("tycoon", "46-year-old"), not of a part played."""
    # "the ex-boxer": who someone was is who they are.
    noun = _unprefixed(head)
    return noun in PROFILE_NOUNS or _compound_profile(noun) or bool(_AGED.fullmatch(head))


def _compound_profile(noun: str) -> bool:
    """True for a profile noun one word makes narrower: "neurosurgeon", "superstar"."""
    return any(
        noun[len(prefix) :] in PROFILE_NOUNS and len(noun) - len(prefix) >= _COMPOUND_HEAD
        for prefix in _COMPOUND_PREFIXES
        if noun.startswith(prefix)
    )


def _unprefixed(noun: str) -> str:
    """The noun without its "ex-" or "co-": "ex-boxer" is a boxer's profile, "co-founder" a
    founder's."""
    return noun.removeprefix("ex-").removeprefix("co-")


def _a_person(word: str) -> bool:
    """True for a word naming one person ("critic", "man", "34-year-old"), no body or text."""
    noun = word.casefold()
    if noun in _NOT_ONE or many_people(noun):
        return False
    return bool(_AGED.fullmatch(noun)) or person_word(noun)


def _someone_else_last(
    focus: Person, events: Seen, named: Seen, at: int, fits: Callable[[Person], bool]
) -> bool:
    """True when the latest speaker or subject before `at` is not `focus` but someone the
    article named at least twice, whatever their sex (a once-named photo credit is not)."""
    latest = _focus(events, at, fits)
    if latest is None or latest is focus:
        return False
    return sum(1 for where, p in named if p is latest and where < at) >= 2


def _focus(events: Seen, at: int, fits: Callable[[Person], bool]) -> Person | None:
    """The full-named person who last spoke or was a sentence's subject before `at`."""
    latest = max(
        ((seen, p) for seen, p in events if seen < at and _named_person(p, fits)),
        key=_position,
        default=None,
    )
    return latest[1] if latest is not None else None


def _most_seen(
    focus: Person,
    spoke: Seen,
    subjects: Seen,
    named: Seen,
    at: int,
    fits: Callable[[Person], bool],
) -> bool:
    """True when no one else was named, spoke or was a subject as often as `focus` before
    `at`, or as often but without speaking while `focus` spoke ("Ada Kerr said Tom Vane
    would ...": Kerr is the one the passage follows), or, no one having spoken, without
    being a subject while `focus` was ("Ada Kerr played a video of Tom Vane ...")."""
    speakers = {id(p) for where, p in spoke if where < at}
    actors = speakers | {id(p) for where, p in subjects if where < at}
    seen = {(w, id(p)) for w, p in spoke + subjects + named if w < at and _named_person(p, fits)}
    counts = Counter(person for _, person in seen)
    mine = counts.pop(id(focus), 0)
    if mine == 0 or any(n > mine for n in counts.values()):
        return False
    tied = {person for person, n in counts.items() if n == mine}
    if not tied:
        return True
    if speakers:
        return id(focus) in speakers and not speakers.intersection(tied)
    return id(focus) in actors and not actors.intersection(tied)


def _names_someone(modifiers: list[str], named: Seen, at: int) -> bool:
    """True when a word before the noun is the surname of someone named before `at`."""
    surnames = {p.surname for where, p in named if where < at and " " in p.name}
    owners = (word.removesuffix("’s").removesuffix("'s") for word in modifiers)
    return any(word in surnames for word in owners if word[:1].isupper())


def _described_before(head: str, events: Seen, at: int) -> bool:
    """True when someone known only by an indefinite description of this head noun ("an
    American witness") came before `at`: "the witness" is that one."""
    return any(where < at and _unnamed_one(p.name.casefold().split(), head) for where, p in events)


def _unnamed_one(words: list[str], head: str) -> bool:
    return words[0] in INDEFINITE_DETERMINERS and words[-1] == head


def _named_person(person: Person, fits: Callable[[Person], bool]) -> bool:
    return " " in person.name and not person.described and fits(person)


def _position(pair: tuple[int, Person]) -> int:
    return pair[0]

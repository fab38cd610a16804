"""One person or body an article names, as the cast collects it while reading."""

from __future__ import annotations

from dataclasses import dataclass, field

from store.models import SpeakerKind
from store.quotes.described_sexes import description_sex
from store.quotes.lexicon import DETERMINERS, Gender
from store.quotes.salience import first_name_gender

_PERSON = SpeakerKind.PERSON
_MALE, _FEMALE, _UNSAID = Gender.MALE, Gender.FEMALE, Gender.UNSAID


@dataclass
class Person:
    """One speaker or person named in the article, collected while reading it."""

    name: str
    kind: SpeakerKind = SpeakerKind.PERSON
    gender: Gender = Gender.UNSAID
    names: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    votes: int = 0  # he/his after the name count +1, she/her -1
    given: Gender = Gender.UNSAID  # the sex the first name most often says
    learnt: Gender = Gender.UNSAID  # a sex only a narration pronoun's guess gave (unsexed.py)

    def __post_init__(self) -> None:
        if self.kind == _PERSON and " " in self.name:
            # "North Dakota's Ada Quist", "Staff Katie Wren": the first word that is a
            # known first name, the surname aside.
            words = self.name.split()[:-1]
            self.given = next(filter(None, map(first_name_gender, words)), _UNSAID)
        elif self.kind == _PERSON:
            self.given = first_name_gender(self.name)  # "Bob", who gave no surname
        if self.described:
            # "a young man", "the woman": the head noun says the sex.
            self.given = description_sex(self.name)

    @property
    def described(self) -> bool:
        """True for someone known only by a description ("the host", "an Iowa voter")."""
        return self.name[:1].islower() or self.name.split()[0].casefold() in DETERMINERS

    @property
    def sex(self) -> Gender:
        """From a title, else from the first name, else from the pronouns after the name."""
        if self.gender:
            return self.gender
        if self.given:
            return self.given
        return _MALE if self.votes > 0 else _FEMALE if self.votes < 0 else _UNSAID

    def call(self, *names: str | None) -> None:
        """Note another way the article names this person."""
        for name in names:
            if name and name != self.name and name not in self.names:
                self.names.append(name)

    @property
    def surname(self) -> str:
        return self.name.split()[-1]


# Reading-order positions in an article: paragraph * PARAGRAPH_STRIDE + the character offset
# (the headline is paragraph -1). No paragraph runs to a million characters.
PARAGRAPH_STRIDE = 1_000_000


def position(paragraph: int | None, offset: int) -> int:
    """A reading-order position: the headline first, then each paragraph's characters."""
    return (-1 if paragraph is None else paragraph) * PARAGRAPH_STRIDE + offset


def paragraphs_back(at: int, paragraphs: int) -> int:
    """The position where the paragraph `paragraphs` before the one holding `at` starts."""
    return (at // PARAGRAPH_STRIDE - paragraphs) * PARAGRAPH_STRIDE


def seen_at(pair: tuple[int, object]) -> int:
    """The position of a (position, anything) pair: the key the cast's sorted lists bisect on."""
    return pair[0]


def titled_alone(people: dict[str, Person], word: str) -> Person | None:
    """The person a lone word names when a title introduced it alone ("President Halden" made
    "Halden" someone): the cast files no surname for a one-word name, yet "Halden departs" is
    that person, not an unknown capital like "Moscow"."""
    person = people.get(word.casefold())
    titled = person is not None and person.kind == _PERSON and bool(person.roles or person.gender)
    return person if titled else None

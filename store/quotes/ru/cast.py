"""The people a Russian article names, and who a mention at a cue stands for.

Every full name the narration uses is registered first (with the role written before it), so
that a surname in any case ("Лаврова", "Лавровым") widens to the full name, a pronoun finds
the last person of its gender, and a description ("глава МИД РФ", "министр") the person who
holds that role.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from store.models import AttributionHow, Speaker, SpeakerKind
from store.quotes.confidence import confidence_of
from store.quotes.namesake_policy import bearer_at, headline_bearer, named_before
from store.quotes.ru.cues import (
    GENERIC_DESCRIPTIONS,
    ROLE_HEADS,
    Mention,
    MentionKind,
)
from store.quotes.ru.full_names import read_full_name
from store.quotes.ru.groups import list_name
from store.quotes.ru.names import GENDERS, NAME_WORD
from store.quotes.ru.role_words import DEPUTIES, one_heading

# Offices written two ways: "глава МИД" is the foreign minister, "глава государства" the
# president; a description matches a role when its canonical words are among the role's.
_SYNONYMS = {
    ("глава", "мид"): ("министр", "иностранный", "дело"),
    ("глава", "минобороны"): ("министр", "оборона"),
    ("глава", "государство"): ("президент",),
    ("глава", "кремль"): ("президент",),
    ("представитель", "кремль"): ("пресс-секретарь", "президент"),
    ("пресс-секретарь", "кремль"): ("пресс-секретарь", "президент"),
    ("глава", "правительство"): ("премьер-министр",),
    ("председатель", "правительство"): ("премьер-министр",),
    ("премьер",): ("премьер-министр",),
    ("глава", "регион"): ("губернатор",),
    ("глава", "область"): ("губернатор",),
    ("глава", "край"): ("губернатор",),
    ("глава", "минздрав"): ("министр", "здравоохранение"),
    ("глава", "минфин"): ("министр", "финансы"),
    ("глава", "минэнерго"): ("министр", "энергетика"),
    ("глава", "минюст"): ("министр", "юстиция"),
    ("глава", "минтранс"): ("министр", "транспорт"),
    ("цб",): ("банк", "россия"),
    ("центробанк",): ("банк", "россия"),
    ("глава", "банк"): ("председатель", "банк"),
    ("рф",): ("россия",),
    ("российский",): ("россия",),
    **DEPUTIES,
}
# "глава регулятора", "руководитель ведомства": whoever heads a body, when no role says more.
_HEADING = frozenset({"глава", "руководитель"})
_HEADS_OF_BODIES = frozenset(
    "председатель глава руководитель директор министр президент губернатор мэр начальник "
    "гендиректор ректор премьер-министр".split()
)
# Everything up to the last mark before a name that ends the clause its role may be in (the
# greedy run backs off to the nearest mark: a max of rfinds scanned the text once per mark).
_TO_CLAUSE_MARK = re.compile(r"(?s:.*)[" + re.escape(".,;:!?\x01«»—(") + "]")
# Words of a role that do not tell offices apart ("официальный представитель").
_LOOSE = frozenset({"официальный", "россия", "рф", "российский"})
# "Мэр признал" after "Главе Кедровска Владимиру Сабурову": a town's head is its mayor.
_MAYOR = frozenset({"мэр", "город"})
_HEAD_OF_PLACE = re.compile(r"^глава [А-ЯЁ][а-яё-]+$")


PARAGRAPH_STRIDE = 1_000_000  # no paragraph runs to a million characters


def position(paragraph: int | None, offset: int) -> int:
    """A reading-order key: the headline first, then paragraph by paragraph."""
    return -1 if paragraph is None else paragraph * PARAGRAPH_STRIDE + offset


@dataclass
class Person:
    """Someone the article names, with every way it does."""

    name: str  # nominative: "Сергей Лавров"
    surname: str
    gender: str | None
    roles: list[str] = field(default_factory=list)
    role_words: set[str] = field(default_factory=set)
    heads: set[str] = field(default_factory=set)  # each role's head: "министр", "председатель"
    names: list[str] = field(default_factory=list)  # as written, roles, the surname
    kind: SpeakerKind = SpeakerKind.PERSON


@lru_cache(maxsize=4096)
def canonical(words: tuple[str, ...]) -> frozenset[str]:
    """A role's lemmas with the synonyms of its offices spelt one way (cached: the same
    roles recur in every article, and each is matched against every person named)."""
    out: list[str] = list(words)
    for short, long in _SYNONYMS.items():
        if short[0] not in out:
            continue  # most roles hold none of the offices written two ways
        for at in range(len(out) - len(short) + 1):
            if tuple(out[at : at + len(short)]) == short:
                out[at : at + len(short)] = long
                break
    return frozenset(out)


@dataclass
class Cast:
    """Everyone named so far, and where: reading order decides who "он" is."""

    people: dict[str, Person] = field(default_factory=dict)
    seen: list[tuple[int, Person]] = field(default_factory=list)
    # _latest_first as of len(seen) entries: asked at every pronoun and description, and
    # `seen` is only ever appended to, so the order holds until the next entry.
    _latest: tuple[int, list[tuple[int, Person]]] = field(
        default=(-1, []), init=False, repr=False, compare=False
    )
    # (paragraph, speaker) of each bare surname resolved while two of its bearers were named.
    shared: set[tuple[int | None, str]] = field(default_factory=set)

    def add(self, mention: Mention, at: int) -> Person | None:
        """Register the full name a mention reads, with its role; the person, or None."""
        reading = mention.reading
        if reading is None:
            return None
        person = self.people.get(reading.name)
        if person is None:
            genders = (reading.gender,) if reading.gender else GENDERS
            short = self._by_surname([(g, reading.surname) for g in genders])
            # A full name with a known surname is someone else (Иван and Олег Петров).
            short = short if short is not None and " " not in short.name else None
            person = self._widen(short, reading.name, reading.surname, reading.gender)
        self._note(person, mention, at)
        return person

    def _widen(self, short: Person | None, name: str, surname: str, gender: str | None) -> Person:
        person = Person(name, surname, gender)
        if short is not None:
            # A surname registered alone is the same person once the full name is read.
            del self.people[short.name]
            person.roles, person.role_words, person.names = (
                short.roles,
                short.role_words,
                short.names,
            )
        self.people[name] = person
        return person

    def _note(self, person: Person, mention: Mention, at: int) -> None:
        written_name = mention.written if mention.kind == MentionKind.NAME else None
        for written in (written_name, person.surname, mention.role):
            if written and written not in person.names and written != person.name:
                person.names.append(written)
        if mention.role and mention.role not in person.roles:
            person.roles.append(mention.role)
            # The words as written too: "замглавы" fits "заместитель главы Минэнерго",
            # whose canonical words are the minister's.
            person.role_words |= canonical(mention.role_words) | set(mention.role_words)
            person.heads |= {next((w for w in mention.role_words if w in ROLE_HEADS), "")}
        self.seen.append((at, person))

    def resolve(
        self, mention: Mention, gender: str | None, at: int
    ) -> tuple[Person | None, AttributionHow | None]:
        """Who a mention at a cue stands for, and how that was found."""
        if mention.kind == MentionKind.NAME:
            return self._named(mention, gender, at)
        if mention.kind == MentionKind.ORGANISATION:
            named = self._surname_for_body(mention, at)
            if named is not None:
                return named, AttributionHow.SURNAME
            return self._body(mention, at), AttributionHow.ORGANISATION
        if mention.kind == MentionKind.PRONOUN:
            person = self.salient(mention.gender or gender, at)
            return person, AttributionHow.PRONOUN if person else None
        if mention.kind == MentionKind.GROUP:
            return self._group_described(mention, gender, at)
        person = self._described(mention, gender, at)
        return person, AttributionHow.DESCRIPTION if person else None

    def _named(
        self, mention: Mention, gender: str | None, at: int
    ) -> tuple[Person | None, AttributionHow | None]:
        if mention.reading is not None:
            return self.add(mention, at), AttributionHow.NAMED
        forms = list(mention.surnames)
        # "заявила Лаврова": the woman, not Лавров's genitive.
        forms = [pair for pair in forms if pair[0] == gender] or forms
        # A first name the dictionary gives the other sex (Эммануэль is its Emmanuelle):
        # the surname alone, when nobody of the cue's sex bears it.
        bearers = self._bearers(forms) or self._bearers(forms, any_sex=mention.guessed)
        known = self._bearer_at(bearers, at)
        if bearers and known is None:
            return None, None  # several bear it, none named by then: no one can tell whom
        if known is not None:
            self._note(known, mention, at)
            how = AttributionHow.SURNAME if " " in known.name else AttributionHow.NAMED
            return known, how
        if mention.guessed:
            return None, None  # a capitalised word, and nobody named so: no speaker
        sex, surname = forms[0]
        person = Person(surname, surname, sex)
        self.people[surname] = person
        self._note(person, mention, at)
        return person, AttributionHow.NAMED

    def group(
        self, members: list[Mention], paragraph: int | None
    ) -> tuple[Person | None, AttributionHow | None]:
        """Several people speaking as one ("Лавров и Захарова"), stored as English stores
        them: one speaker of the organisation kind, named by all of them; found the least
        sure way any one of them was. None when one of them is nobody we can name."""
        found = [self.resolve(m, None, position(paragraph, m.start)) for m in members]
        people = {person.name: person for person, _ in found if person is not None}
        if len(people) < len(found):
            return None, None  # one of them unknown, or one person twice
        name = list_name(list(people))
        group = self.people.get(name)
        if group is None:
            group = self.people[name] = Person(name, name, "plur", kind=SpeakerKind.ORGANISATION)
        return group, min((how for _, how in found if how), key=confidence_of)

    def _group_described(
        self, mention: Mention, gender: str | None, at: int
    ) -> tuple[Person | None, AttributionHow | None]:
        """Several people the article describes ("жители района"): one speaker of the group
        kind, named as described, never the antecedent of "он" or "она" (only of "они", when
        no one was named since); no group is the subject of a verb in the singular ("сказал",
        "заявила")."""
        if gender not in (None, "plur"):
            return None, None
        name = mention.body or mention.written
        group = self.people.get(name)
        if group is None:
            group = self.people[name] = Person(name, name, "plur", kind=SpeakerKind.GROUP)
        if mention.written != name and mention.written not in group.names:
            group.names.append(mention.written)
        self.seen.append((at, group))  # "по их словам" right after is theirs (salient)
        return group, AttributionHow.DESCRIPTION

    def _body(self, mention: Mention, at: int) -> Person:
        name = mention.body or mention.written
        body = self.people.get(name)
        if body is None:
            body = self.people[name] = Person(name, name, None, kind=SpeakerKind.ORGANISATION)
        if mention.written != name and mention.written not in body.names:
            body.names.append(mention.written)
        return body

    def _surname_for_body(self, mention: Mention, at: int) -> Person | None:
        """A lone capitalised word the analyser guessed a body ("Рытов" as "Рыты") that is
        the surname of someone named: them ("Об этом Рытов сказал журналистам")."""
        word = mention.written
        if " " in word or not word[:1].isupper() or not word[1:].islower():
            return None
        person = self._bearer_at(self._bearers([(g, word) for g in GENDERS]), at)
        if person is None or " " not in person.name:
            return None
        self._note(person, replace(mention, kind=MentionKind.NAME), at)
        return person

    def knows(self, mention: Mention) -> bool:
        """True when a lone surname's person was named in the article."""
        return self._by_surname(list(mention.surnames)) is not None

    def _by_surname(self, forms: list[tuple[str, str]], any_sex: bool = False) -> Person | None:
        found = self._bearers(forms, any_sex)
        return found[-1] if found else None

    def _bearers(self, forms: list[tuple[str, str]], any_sex: bool = False) -> list[Person]:
        """Everyone registered whose surname is one of the forms, in the order first named."""
        return [
            person
            for person in self.people.values()
            if any(
                person.surname == surname and (any_sex or person.gender in (sex, None))
                for sex, surname in forms
            )
        ]

    def _bearer_at(self, bearers: list[Person], at: int) -> Person | None:
        """The bearer a bare surname at `at` means (namesake_policy.py); noted as shared when
        two full-named bearers were named by then."""
        if len(bearers) < 2:
            return bearers[0] if bearers else None
        known = bearer_at(self.seen, bearers, at)
        full = [p for p in bearers if " " in p.name]
        if known is not None and len(named_before(self.seen, full, at)) > 1:
            self.shared.add((at // PARAGRAPH_STRIDE if at >= 0 else None, known.name))
        return known

    def headline_speaker(self, mention: Mention, end: int) -> Person | None:
        """Whom a headline's name credits: a surname several bear, the lede's one bearer."""
        bearers = self._bearers(list(mention.surnames)) if mention.reading is None else []
        if len(bearers) > 1:
            return headline_bearer(self.seen, bearers, position(1, 0))
        return self.resolve(mention, None, end)[0]

    def salient(self, gender: str | None, at: int) -> Person | None:
        """The person of that gender named last before `at` (a pronoun's antecedent); for
        "они", "по их словам", a group that spoke, when no one was named since."""
        if gender == "plur":
            before = [pair for pair in self.seen if pair[0] < at]
            latest = max(before, key=lambda pair: pair[0])[1] if before else None
            return latest if latest is not None and latest.kind == SpeakerKind.GROUP else None
        if gender == "neut":
            return None
        for seen, person in self._latest_first():
            if seen < at and (gender is None or person.gender in (gender, None)):
                return person
        return None

    def _latest_first(self) -> list[tuple[int, Person]]:
        # Names are read ahead of the cues that mention them again: order by position.
        if self._latest[0] != len(self.seen):
            people = [pair for pair in self.seen if pair[1].kind == SpeakerKind.PERSON]
            latest = sorted(people, key=lambda pair: pair[0], reverse=True)
            self._latest = (len(self.seen), latest)
        return self._latest[1]

    def fits(self, mention: Mention, person: Person) -> bool:
        """Whether a description fits a person: their role, or words that name no office."""
        wanted = canonical(mention.role_words) - _LOOSE
        return bool(wanted and one_heading(wanted) <= one_heading(person.role_words)) or (
            self.generic(mention)
        )

    @staticmethod
    def generic(mention: Mention) -> bool:
        """A description that names no office: "дипломат", "эксперт"."""
        return bool(set(mention.role_words) & GENERIC_DESCRIPTIONS)

    def _described(self, mention: Mention, gender: str | None, at: int) -> Person | None:
        wanted = canonical(mention.role_words) - _LOOSE
        before = [
            person
            for seen, person in self._latest_first()
            if seen < at and (gender in (None, person.gender) or not person.gender)
        ]
        wanted = one_heading(wanted)
        for person in before:
            if wanted and wanted <= one_heading(person.role_words):
                self._note(person, mention, at)
                return person
        if "мэр" in mention.role_words and set(mention.role_words) <= _MAYOR:
            mayor = next((p for p in before if any(map(_HEAD_OF_PLACE.match, p.roles))), None)
            if mayor is not None:
                self.seen.append((at, mayor))
                return mayor
        heading = mention.role_words[:1] and mention.role_words[0] in _HEADING
        named_body = any(word[:1].isupper() for word in mention.written.split()[1:])
        if heading and not named_body and canonical(mention.role_words) == set(mention.role_words):
            # "Глава регулятора напомнила": the woman who chairs something, named before;
            # never for an office the table knows ("глава МИД" is no governor), nor for a
            # body named ("глава Росстата" no one holds is not whoever was named last).
            head = next((p for p in before if p.heads & _HEADS_OF_BODIES), None)
            if head is not None:
                self.seen.append((at, head))  # "…, — добавил чиновник" next is the head's
            return head
        if set(mention.role_words) & GENERIC_DESCRIPTIONS:
            return self.salient(gender, at)
        return None

    def read_names(self, text: str, paragraph: int | None) -> None:
        """Register every full name in a paragraph's narration, roles and all."""
        words = list(NAME_WORD.finditer(text))
        for at, word in enumerate(words):
            if at + 1 < len(words) and words[at + 1].start() == word.end() + 1:
                continue  # not a run's last word yet
            first = at
            while first > 0 and words[first - 1].end() + 1 == words[first].start():
                first -= 1
            if first == at:
                continue
            clause = _TO_CLAUSE_MARK.match(text, 0, words[first].start())
            begin = clause.end() if clause else 0
            mention = read_full_name(text[begin : word.end()], begin)
            if mention is not None:
                self.add(mention, position(paragraph, mention.start))

    def speakers(self, quoted: set[str]) -> tuple[Speaker, ...]:
        """The quoted people as records, with every name the article gives them."""
        return tuple(
            Speaker(p.name, p.kind, tuple(p.names))
            for p in self.people.values()
            if p.name in quoted
        )

    def mentioned(self, quoted: set[str]) -> tuple[Speaker, ...]:
        """People named by a full name whom no quote is attributed to."""
        return tuple(
            Speaker(p.name, SpeakerKind.PERSON, tuple(p.names))
            for p in self.people.values()
            if p.name not in quoted and " " in p.name and p.kind == SpeakerKind.PERSON
        )

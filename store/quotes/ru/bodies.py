"""Bodies beyond cues.ORGANISATIONS: named by their own word, or by a phrase.

The list in cues.ORGANISATIONS holds the bodies every article names; federal agencies and
ministries are too many to list, but the analyser tags the ones it knows as organisations
(Orgn), and the agencies it does not know are built one way: "Рос" and the field they
oversee (Росавиация, Росгидромет), never "Росс…" (Россия) or "Рост…" (Ростов, Ростислав).

A regional office is seldom named by its word alone: agency copy writes the adjectives that
say whose it is before it, in the case the preposition asks ("сообщили в городском
управлении здравоохранения", "в районной администрации"). The phrase names the speaker as
the nominative body would; its name is the phrase in the nominative, lowercase as written (a
description, not a proper name).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from store.quotes.ru.names import nominative_phrase, parses

_AGENCY = re.compile(r"^Рос(?![ст])[а-яё]{4,}$")
_NAMED = re.compile(r"^[А-ЯЁ][а-яё]{3,}$")
# "Росляков", "Росинская": a surname in any case, built like one, is nobody's agency.
_SURNAME_LIKE = re.compile(r"(?:[оеё]в|[иы]н|[сц]к)(?:а|у|ым|ой|ом|е|ий|ая|ого|ую)?$")
# Words of bodies beyond cues.ORGANISATIONS: the offices of a town or a region.
MORE_BODIES = frozenset("управление департамент комитет штаб служба комиссия инспекция".split())
# "этом", "нашем": pronouns agree as adjectives do, and name no body ("Об этом министерство").
_PRONOUN_ADJECTIVE = "Apro"


def named_body(word: str) -> bool:
    """True for a capitalised word that names a body: tagged one, or built like an agency."""
    if _NAMED.match(word) is None:
        return False
    best = parses(word)[0]
    if "Orgn" in best.tag.grammemes:
        return True
    return (
        not best.is_known and _AGENCY.match(word) is not None and _SURNAME_LIKE.search(word) is None
    )


def adjectives_before(words: Sequence[tuple[str, int, int]], at: int) -> int:
    """Where a body's phrase starts: at the adjectives before its word that agree with it in
    case ("городском управлении"), else at its word."""
    cases = {p.tag.case for p in parses(words[at][0]) if "NOUN" in p.tag.grammemes}
    start = at
    while start > 0 and _agrees(words[start - 1][0], cases):
        start -= 1
    return start


def _agrees(word: str, cases: set[str | None]) -> bool:
    if not word[1:].islower() or len(word) < 3:
        return False
    return any(
        "ADJF" in p.tag.grammemes
        and _PRONOUN_ADJECTIVE not in p.tag.grammemes
        and p.tag.case in cases
        for p in parses(word)
    )


def body_name(written: list[str], described: bool) -> str:
    """A body's name in the nominative: "МИД России" is its own, "пресс-службе Кремля" is
    "Пресс-служба Кремля"; a phrase opened by adjectives is "городское управление …"."""
    if described:
        name = nominative_phrase(written)
        return name[:1].lower() + name[1:]
    name = " ".join(written) if written[0].isupper() else nominative_phrase(written)
    return name[:1].upper() + name[1:]


_PLACE_OF_SPEECH = re.compile(r"(?:^|\s)(?:в|во|на)\s+$", re.IGNORECASE)


def where_spoken(text: str, body: int, verb_gender: str | None) -> bool:
    """Whether a body read after a cue is where its subject spoke, not who: after "в" with a
    verb in the singular ("Петров заявил в правительстве, что …"); "сообщили в министерстве"
    is the ministry's, said by several there."""
    before = _PLACE_OF_SPEECH.search(text, max(0, body - 4), body)
    return verb_gender != "plur" and before is not None

"""Surnames an article gives to more than one person ("Ada Kerr" and "Tom Kerr").

There a bare "Kerr said" is only as sure as the extractor's guess of which Kerr is meant,
once both have been named, so answering hedges it (handlers/sureness.py). The fact is read
with the quotes (`with_namesakes`, a notification's snippets), so every path that shows a
quote hedges it alike; worked out when read, not stored, it follows any later change of the
article's names (a reindex, speakers merged).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import NamedTuple

from sqlite_utils import Database

from store.db import placeholders
from store.models import AttributionHow
from store.quotes.name_bearers import one_per_first_name, several_people
from store.search.name_cases import name_words, same_name_word
from store.search.records import Match
from store.search.tokens import words

# Every full name an article uses for a person, quoted (speaker_names) or only named (mentions).
_NAMES = """
SELECT sn.article_id, s.name FROM speaker_names sn JOIN speakers s ON s.id = sn.speaker_id
WHERE sn.article_id IN ({marks})
UNION SELECT article_id, person FROM mentions WHERE article_id IN ({marks})
"""

Bearers = dict[str, frozenset[str]]  # a surname (as `words` reads it): the full names bearing it


def shared_surnames(db: Database, article_ids: Sequence[int]) -> dict[int, Bearers]:
    """Each article's surnames that two different people bear, with their full names."""
    ids = sorted(set(article_ids))
    if not ids:
        return {}
    names: dict[int, set[str]] = {}
    for article_id, name in db.execute(_NAMES.format(marks=placeholders(ids)), [*ids, *ids]):
        if len(words(str(name))) > 1 and _one_person(str(name)):
            names.setdefault(int(article_id), set()).add(str(name))
    return {aid: _shared(people) for aid, people in names.items()}


@dataclass(frozen=True)
class Credit:
    """What a quote's namesake hedge is worked out from."""

    article_id: int
    speaker: str | None
    how: AttributionHow | None
    paragraph: str | None  # the paragraph the quote is in


def namesakes(db: Database, credits: Sequence[Credit]) -> list[str]:
    """For each quote credited by a surname alone that another person of its article bears,
    named by then, that other person's full name (the first of them named); else ""."""
    by_surname = [c for c in credits if _by_surname(c)]
    if not by_surname:
        return [""] * len(credits)  # most quotes: no query at all
    shared = shared_surnames(db, [c.article_id for c in by_surname])
    seen: dict[tuple[int, frozenset[str]], _Naming] = {}  # each article read once
    return [
        _namesake(db, c, shared.get(c.article_id, {}), seen) if _by_surname(c) else ""
        for c in credits
    ]


def with_namesakes(db: Database, matches: Sequence[Match]) -> list[Match]:
    """The matches, each quote credited by a surname two people of its article bear marked
    with the other bearer's name."""
    credits = [Credit(m.article_id, m.speaker, m.how, m.paragraph) for m in matches]
    marks = namesakes(db, credits)
    return [replace(m, namesake=n) if n else m for m, n in zip(matches, marks, strict=True)]


# A headline credits as a cue does, by whatever name it has room for ("Kerr: …").
_CREDITS_BY_NAME = (AttributionHow.SURNAME, AttributionHow.HEADLINE)


def _by_surname(credit: Credit) -> bool:
    return credit.how in _CREDITS_BY_NAME and bool(credit.speaker)


def _namesake(
    db: Database, credit: Credit, shared: Bearers, seen: dict[tuple[int, frozenset[str]], _Naming]
) -> str:
    name = words(credit.speaker or "")
    if len(name) < 2 or name[-1] not in shared or not _one_person(credit.speaker or ""):
        return ""
    others = frozenset(n for n in shared[name[-1]] if words(n)[-2:] != name[-2:])
    key = (credit.article_id, others)
    if key not in seen:
        texts = _article_texts(db, credit.article_id)
        first = _first_naming(texts, others)
        other = _named_in(texts[first], others) if first is not None else ""
        seen[key] = _Naming(texts, first, other)
    texts, first, other = seen[key]
    if credit.how == AttributionHow.HEADLINE and not _surname_only(texts[0], credit.speaker or ""):
        return ""  # "Ada Kerr: …" says which Kerr; "Minister: …" names no Kerr at all
    return other if _by_then(texts, credit.paragraph, first) else ""


# Words that join two people's names into one credit: "Kerr and Hale", "Лавров и Захарова".
_JOINING = frozenset({"and", "or", "&", "и"})
_PARTICLE = 3  # "de", "von", "bin": lowercase words a person's name may hold, none longer


def _one_person(name: str) -> bool:
    """Whether a stored name is one person's: not a group credited as one ("Kerr and Hale")
    nor a description ending in a name ("A spokesman for Kerr"), whose lowercase words say
    so; "Luis de Barros" is one."""
    parts = name.split()
    return not any(
        part.casefold() in _JOINING or (part.islower() and len(part) > _PARTICLE) for part in parts
    )


def _shared(names: Iterable[str]) -> Bearers:
    # The first name is the word before the surname: "Norland Foreign Minister Ada Kerr"
    # and "Ada Kerr" are one person, "Tom Kerr" another.
    # Counted as extraction counts them (store/quotes/name_bearers.py).
    by_surname: dict[str, list[tuple[str, str]]] = {}
    for name in names:
        *_, first, surname = words(name)
        by_surname.setdefault(surname, []).append((first, name))
    bearers = {surname: one_per_first_name(named) for surname, named in by_surname.items()}
    return {
        surname: frozenset(firsts.values())
        for surname, firsts in bearers.items()
        if several_people(firsts)
    }


def named_by_then(
    db: Database, article_id: int, paragraph: str | None, names: Iterable[str]
) -> bool:
    """Whether any of the full names (their last two words) is written in the article's title
    or its paragraphs up to and including `paragraph` (all of them if it is not found)."""
    texts = _article_texts(db, article_id)
    return _by_then(texts, paragraph, _first_naming(texts, names))


class _Naming(NamedTuple):
    texts: list[str]  # the article's title, then its paragraphs
    first: int | None  # the first of them to name another bearer; None: none does
    other: str  # the other bearer it names ("" when none does)


def _article_texts(db: Database, article_id: int) -> list[str]:
    title = db.execute("SELECT title FROM articles WHERE id = ?", [article_id]).fetchone()
    paragraphs = db.execute(
        "SELECT text FROM paragraphs WHERE article_id = ? ORDER BY position", [article_id]
    )
    return [str(title[0]) if title else "", *(str(text) for (text,) in paragraphs)]


def _first_naming(texts: Sequence[str], names: Iterable[str]) -> int | None:
    wanted = [name_words(name)[-2:] for name in names]
    return next(
        (
            at
            for at, text in enumerate(texts)
            if any(_names_in(name, name_words(text)) for name in wanted if name)
        ),
        None,
    )


def _named_in(text: str, names: Iterable[str]) -> str:
    """The first of the names (in sorted order, for a steady answer) the text writes."""
    written = name_words(text)
    return next((n for n in sorted(names) if _names_in(name_words(n)[-2:], written)), "")


def _by_then(texts: Sequence[str], paragraph: str | None, first: int | None) -> bool:
    upto = texts.index(paragraph) if paragraph in texts else len(texts) - 1
    return first is not None and first <= upto


def _names_in(name: list[str], text: list[str]) -> bool:
    """Whether the name's words stand together among the text's, as whole words in any case:
    "ada kerr" is not in "nada kerrigan", "Игоря Петрова" is "Игорь Петров", "Анатолия
    Петрова" is not "Анна Петрова" (store/search/name_cases.py)."""
    size = len(name)
    return any(
        all(same_name_word(want, got) for want, got in zip(name, text[at : at + size], strict=True))
        for at in range(len(text) - size + 1)
    )


def _surname_only(title: str, speaker: str) -> bool:
    """Whether the title writes the speaker's surname (in any case) but not their full name."""
    name, written = name_words(speaker)[-2:], name_words(title)
    return any(same_name_word(name[-1], word) for word in written) and not _names_in(name, written)

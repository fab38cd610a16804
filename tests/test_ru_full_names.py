"""The cast's reader of full names gives what read_mention gives wherever that reads a full
name, and nothing elsewhere; a mention moved on is a mention like any other
(scripts/extraction_digest_ru.py checks whole articles)."""

from __future__ import annotations

import dataclasses

import pytest

from store.quotes.ru import full_names, names
from store.quotes.ru.cues import forget_words, read_mention
from store.quotes.ru.full_names import read_full_name

CLAUSES = [
    "Сергей Лавров",  # a full name alone
    "министр иностранных дел России Сергей Лавров",  # a role before it
    "официального представителя МИД РФ Марии Захаровой",  # another case, a role
    "Как отметил Иван Петрович Сидоров",  # three parts after a cue
    "жители района во главе с Мариной Лисицыной",  # a group before the name
    "Сергей Лавров и депутаты Государственной Думы",  # the last run no name, one before it
    "Лавров, Захарова",  # two surnames a comma apart
    "Эммануэль Макрон",  # a name the dictionary lacks, no role before it
    "президент Франции Эммануэль Макрон",  # the same after a role in the nominative
    "В Москве Сергей Лавров",  # a place, then the name
    "глава МИД РФ",  # a description
    "он",  # a pronoun
    "в пресс-службе Кремля",  # a body
    "Лаврова",  # a lone surname
    "жители деревни Сухой Брод",  # a group with a place's name
    "",  # nothing
]


@pytest.mark.parametrize("clause", CLAUSES)
@pytest.mark.parametrize("offset", [0, 23])
def test_a_full_name_is_read_as_read_mention_reads_it(clause: str, offset: int) -> None:
    forget_words()
    mention = read_mention(clause, offset)
    wanted = mention if mention is not None and mention.reading is not None else None
    forget_words()
    assert read_full_name(clause, offset) == wanted
    assert read_full_name(clause, offset) == wanted  # from the cache, moved again


def test_forgetting_words_empties_the_full_name_cache() -> None:
    read_full_name("министр Сергей Лавров")
    forget_words()  # the benchmark's cold start: no name may be remembered
    assert full_names._full_name.cache_info().currsize == 0


def test_a_moved_mention_is_a_frozen_mention_at_its_new_place() -> None:
    mention = read_mention("министр иностранных дел России Сергей Лавров")
    assert mention is not None
    moved = mention.moved(40)
    made = dataclasses.replace(mention, start=mention.start + 40, end=mention.end + 40)
    assert (moved, hash(moved), repr(moved)) == (made, hash(made), repr(made))
    with pytest.raises(dataclasses.FrozenInstanceError):
        moved.start = 0  # type: ignore[misc]
    assert mention.start == made.start - 40  # the one moved from is left as it was


def test_a_name_read_again_is_read_alike_and_forgetting_empties_the_inflections() -> None:
    forget_words()
    first = read_mention("министром иностранных дел России Сергеем Лавровым")
    again = read_mention("с министром иностранных дел России Сергеем Лавровым")
    assert first is not None and first.reading is not None and again is not None
    assert first.reading == again.reading  # the second from the inflections kept
    assert first.reading.name == "Сергей Лавров"
    assert names._nominative.cache_info().currsize > 0
    forget_words()  # the benchmark's cold start: no inflection may be remembered
    assert names._nominative.cache_info().currsize == 0

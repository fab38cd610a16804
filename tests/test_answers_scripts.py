"""A name asked in the other script finds its speaker ("что сказал Лавров?" in a store whose
Lavrov is quoted in English), and a no-match hint suggests people of the question's language."""

from __future__ import annotations

import pytest
from sqlite_utils import Database

from handlers.answer import answer_question
from handlers.phrases import Lang
from handlers.records import AnswerKind
from store.ingest.batch import store_article
from store.ingest.text import parse_text
from store.search import has_cyrillic

# Invented, in Interfax style.
RUSSIAN = """Соколов: строительство моста завершат к зиме

Казань. 20 июня. INTERFAX.RU - Строительство нового моста через Волгу завершат к зиме, сообщил губернатор области Дмитрий Соколов.

— Мы идем с опережением графика, — сказал Соколов.
"""


@pytest.fixture
def mixed(fresh_db: Database, seed_text: str) -> Database:
    store_article(fresh_db, parse_text(seed_text))
    store_article(fresh_db, parse_text(RUSSIAN))
    return fresh_db


@pytest.mark.parametrize(
    ("question", "speaker", "lead"),
    [
        ("что сказал Лавров?", "Sergey Lavrov", "Sergey Lavrov: цитаты"),
        ("цитаты Лаврова", "Sergey Lavrov", "Sergey Lavrov: цитаты"),  # genitive, then spelt
        ("что сказал Сергей Лавров?", "Sergey Lavrov", "Sergey Lavrov: цитаты"),
        ("what did Sokolov say?", "Дмитрий Соколов", "What Дмитрий Соколов said"),
        ("what did Dmitry Sokolov say?", "Дмитрий Соколов", "What Дмитрий Соколов said"),
        ("/quote Лаврова", "Sergey Lavrov", "Sergey Lavrov: цитаты"),
    ],
)
def test_a_name_in_the_other_script_finds_the_speaker(
    mixed: Database, question: str, speaker: str, lead: str
) -> None:
    answer = answer_question(mixed, question)
    assert answer.kind == AnswerKind.SPEAKER_QUOTES, answer.text
    assert answer.lead.startswith(lead), answer.lead
    assert {hit.speaker for hit in answer.hits} == {speaker}


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("что сказал Путин?", "Я не знаю никого по имени «Путин»"),
        ("what did Greta Vinter say?", "I don't know anyone called “Greta Vinter”"),
    ],
)
def test_someone_in_neither_script_is_still_unknown(
    mixed: Database, question: str, lead: str
) -> None:
    assert answer_question(mixed, question).lead.startswith(lead)


@pytest.mark.parametrize(
    ("question", "hint"),
    [
        # An English question finds English quotes: an English speaker is suggested.
        ("who said the moon is made of cheese?", "People I can quote: Sergey Lavrov."),
        ("what did Greta Vinter say?", "People I can quote: Sergey Lavrov."),
        ("кто сказал, что луна сделана из сыра?", "Кого я могу процитировать: Дмитрий Соколов."),
    ],
)
def test_a_no_match_hint_suggests_people_of_the_questions_language(
    mixed: Database, question: str, hint: str
) -> None:
    answer = answer_question(mixed, question)
    assert answer.kind == AnswerKind.NO_MATCH
    assert answer.lead.endswith(hint), answer.lead


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        # One language's question round the other's words: still "who said".
        ("who said мы идем с опережением графика?", "Дмитрий Соколов"),
        ("кто сказал we don't have embassies now", "Sergey Lavrov"),
        ("кто сказал, что «we don't have embassies now»", "Sergey Lavrov"),
    ],
)
def test_a_who_said_frame_in_the_other_language_is_still_who_said(
    mixed: Database, question: str, speaker: str
) -> None:
    answer = answer_question(mixed, question)
    assert answer.kind == AnswerKind.WHO_SAID, answer.text
    assert answer.hits[0].speaker == speaker and answer.hits[0].quote, answer.text


@pytest.mark.parametrize(("client", "russian"), [(Lang.RU, True), (Lang.EN, False), (None, False)])
def test_a_random_quote_comes_from_an_article_in_the_replys_language(
    mixed: Database, client: Lang | None, russian: bool
) -> None:
    for _ in range(10):  # random: each pick of several must be in the reply's language
        (hit,) = answer_question(mixed, "/quote", client=client).hits
        assert has_cyrillic(hit.snippet) == russian, hit.snippet


# Invented: a Russian quote no one is named for (a placard), beside an English one with a speaker.
PLACARD = """Жители вышли на митинг

ТВЕРЬ, 3 мая. /ТАСС/. На площади собрались жители района.

«Мы не отдадим наш парк под застройку, пусть даже нам обещают новые дороги и школы», — было написано на плакатах.
"""
PIER = """Kerr opens harbour

HAVENPORT, May 2. /WIRE/. The new pier opened on Monday.

"The pier is ready for every boat in the bay," Ada Kerr said.
"""


def test_a_random_quote_keeps_the_replys_language_over_a_named_speaker(
    fresh_db: Database,
) -> None:
    store_article(fresh_db, parse_text(PLACARD))
    store_article(fresh_db, parse_text(PIER))
    (hit,) = answer_question(fresh_db, "/quote", client=Lang.RU).hits
    assert has_cyrillic(hit.snippet), hit.snippet

"""A speaker asked for in the other script than the articles spell them ("Петренко о мосте"
of an English article's Ivan Petrenko): their quotes, as "what did … say" finds them."""

from __future__ import annotations

import pytest
from sqlite_utils import Database

from handlers.answer import answer_question
from handlers.records import AnswerKind
from store.ingest.batch import store_article
from store.ingest.text import parse_text

# Invented: a Slavic name in English copy, and a Russian article.
ENGLISH = """Bridge to open in autumn

RIVERTON, June 5. /WIRE/. Mayor Ivan Petrenko said the new bridge would open in October.

"The bridge will carry its first cars before the first snow," Petrenko told reporters.
"""
RUSSIAN = """Бюджет стройки утверждён

ОСТРОВСК, 5 июня. /ТАСС/. Министр финансов Анна Крылова сообщила, что бюджет стройки утверждён.

«Дополнительных денег на мост не будет», — подчеркнула Крылова.
"""


@pytest.fixture
def both(fresh_db: Database) -> Database:
    store_article(fresh_db, parse_text(ENGLISH))
    store_article(fresh_db, parse_text(RUSSIAN))
    return fresh_db


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("Петренко о мосте", "Ivan Petrenko"),
        ("Петренко", "Ivan Petrenko"),
        ("Krylova on money", "Анна Крылова"),
        ("Krylova", "Анна Крылова"),
        # As asked with a verb, for comparison: the same people.
        ("что сказал Петренко о мосте?", "Ivan Petrenko"),
        ("what did Krylova say about money?", "Анна Крылова"),
    ],
)
def test_a_speaker_on_a_topic_is_found_in_either_script(
    both: Database, question: str, speaker: str
) -> None:
    answer = answer_question(both, question)
    assert answer.kind == AnswerKind.SPEAKER_QUOTES, answer.text
    assert {hit.speaker for hit in answer.hits} == {speaker}


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        (
            "what did Krylova say about money?",
            "The quotes of Анна Крылова are in Russian, and “money” is not: ask about it in "
            "Russian. The latest quotes instead:",
        ),
        (
            "что сказал Петренко о мосте?",
            "Ivan Petrenko: цитаты на английском, а «мосте» — нет: спросите об этом на "
            "английском. Вот последние цитаты:",
        ),
        # A topic in the quotes' own language that they do not speak of: said plainly.
        (
            "what did Petrenko say about taxes?",
            "I have nothing from Ivan Petrenko about “taxes”; the latest quotes instead:",
        ),
        ("что сказала Крылова о налогах?", "Анна Крылова: о «налогах» ничего нет;"),
    ],
)
def test_a_topic_in_the_other_language_than_the_quotes_says_so(
    both: Database, question: str, lead: str
) -> None:
    answer = answer_question(both, question)
    assert answer.lead.startswith(lead), answer.lead
    assert answer.hits

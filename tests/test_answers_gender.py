"""A question whose gender contradicts a reading of the name (a feminine surname form, a
feminine verb) never gets that reading's words: "что сказала Соколова?" is not Дмитрий
Соколов, in either script."""

from __future__ import annotations

import pytest
from sqlite_utils import Database

from handlers.answer import answer_question
from store.ingest.batch import store_article
from store.ingest.text import parse_text

# Invented, in TASS style.
RUSSIAN = """Соколов: мост откроют в срок

МОСКВА, 12 апреля. /ТАСС/. Глава района Дмитрий Соколов заявил, что мост откроют в срок.

«Мы идем с опережением графика», — сказал Соколов журналистам.
"""


@pytest.fixture
def sokolov(fresh_db: Database) -> Database:
    store_article(fresh_db, parse_text(RUSSIAN))
    return fresh_db


@pytest.mark.parametrize(
    ("question", "his_words"),
    [
        ("что сказала Соколова?", False),
        ("what did Sokolova say?", False),
        ("/quote Sokolova", False),
        ("что сказал Соколов?", True),
        ("what did Sokolov say?", True),
        ("цитаты Соколова", True),  # genitive, no gender asked
    ],
)
def test_gender_of_question_drops_other_readings(
    sokolov: Database, question: str, his_words: bool
) -> None:
    text = answer_question(sokolov, question).text
    assert ("опережением графика" in text) is his_words, text

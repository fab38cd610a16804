"""The console's answer to a command only the Telegram bot runs is in the asker's language."""

from __future__ import annotations

import pytest
from sqlite_utils import Database

from handlers.answer import answer_question
from handlers.phrases import Lang
from handlers.records import AnswerKind


@pytest.mark.parametrize(
    ("question", "client", "lead"),
    [
        ("/follow Лавров", None, "/follow работает в Telegram"),
        ("/follow Lavrov", None, "/follow works in Telegram"),
        ("/following", Lang.RU, "/following работает в Telegram"),  # no words: the app's language
        ("/unfollow", None, "/unfollow works in Telegram"),
        ("/feeds", Lang.RU, "Здесь статьи и ленты добавляются из командной строки"),
        ("/add https://example.org/a", None, "Here, articles and feeds are added from the shell"),
    ],
)
def test_a_telegram_only_command_is_answered_in_the_askers_language(
    fresh_db: Database, question: str, client: Lang | None, lead: str
) -> None:
    answer = answer_question(fresh_db, question, client=client)
    assert answer.kind == AnswerKind.HELP
    assert answer.lead.startswith(lead), answer.lead

"""Replies in the asker's language beyond answers: /stats, the Telegram edge's fixed texts,
follows and notifications. The store is invented text (tests/test_answers_ru.py's)."""

from __future__ import annotations

import time
from typing import Any

import pytest
from sqlite_utils import Database

from bot.telegram.answers import reply_language
from bot.telegram.fairness import cut_note
from handlers.answer import answer_question
from handlers.phrases import Lang, Phrase, say
from store.db import open_db
from tests.fake_bot_api import Call, FakeBotApi, RunningBot, private_chat
from tests.test_answers_ru import add_russian

RUSSIAN_READER = {"id": 4646, "is_bot": False, "first_name": "Читатель", "language_code": "ru"}
ENGLISH_READER = {"id": 4747, "is_bot": False, "first_name": "Reader", "language_code": "en"}


@pytest.fixture
def russian_store() -> Database:
    return add_russian(open_db(":memory:"))


# -- /stats ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "client", "opening", "newest"),
    [
        ("/stats", None, "I have read 3 articles (7 paragraphs)", "2 August 2024"),
        ("/stats", Lang.EN, "I have read 3 articles", "2 August 2024"),
        ("/stats", Lang.RU, "Я прочитал 3 статьи (7 абзацев). Цитат: ", "2 августа 2024"),
    ],
)
def test_stats_in_the_askers_language(
    russian_store: Database, question: str, client: Lang | None, opening: str, newest: str
) -> None:
    answer = answer_question(russian_store, question, client=client)
    assert answer.text.startswith(opening), answer.text
    assert f"({newest})" in answer.text
    assert answer.lang == (client or Lang.EN)


# -- the Telegram edge's fixed texts ---------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "client", "lang"),
    [
        ("кто сказал «посольств нет»?", None, Lang.RU),  # the question's words decide
        ("кто сказал «посольств нет»?", Lang.RU, Lang.RU),
        ("who said the harbour reopens?", Lang.RU, Lang.EN),
        ("/latest", Lang.RU, Lang.RU),  # no words: the app's language
        ("/latest", None, Lang.EN),
        (None, Lang.RU, Lang.RU),  # no question at all (an expired button): the app's
        (None, None, Lang.EN),
    ],
)
def test_fixed_texts_take_the_question_then_the_app_language(
    question: str | None, client: Lang | None, lang: Lang
) -> None:
    assert reply_language(question, client) == lang


@pytest.mark.parametrize(
    ("phrase", "english"),
    [
        (Phrase.SLOW_DOWN, "Slow down, please"),
        (Phrase.SLOW_DOWN_SHORT, "Slow down, please"),
        (Phrase.EXPIRED, "This list has expired"),
        (Phrase.ALREADY_SENT, "Already sent."),
        (Phrase.APOLOGY, "Sorry, something went wrong"),
        (Phrase.STALE_BUTTON, "This button no longer works."),
    ],
)
def test_every_fixed_text_has_a_russian_one(phrase: Phrase, english: str) -> None:
    assert say(Lang.EN, phrase).startswith(english)
    russian = say(Lang.RU, phrase)
    assert sum("а" <= c.lower() <= "я" for c in russian) > len(russian) // 2
    assert len(say(Lang.RU, Phrase.SLOW_DOWN_SHORT)) <= 200  # a toast's limit


def test_the_cut_note_in_russian() -> None:
    assert cut_note(Lang.RU) == "(Ваше сообщение длинное: я прочитал только первые 500 символов.)"
    assert cut_note(Lang.EN).startswith("(Your message was long")


def _wait(api: FakeBotApi, method: str, check: Any, what: str) -> Call:
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        found = [call for call in api.done(method) if check(call)]
        if found:
            return found[0]
        time.sleep(0.01)
    raise AssertionError(f"no {what}")


def _reply(api: FakeBotApi, message: dict[str, Any]) -> Call:
    return _wait(
        api,
        "sendMessage",
        lambda c: c.get("reply_parameters", {}).get("message_id") == message["message_id"],
        f"reply to {message['text']!r}",
    )


@pytest.mark.parametrize(
    ("user", "stale", "expired"),
    [
        (RUSSIAN_READER, "Эта кнопка больше не работает.", "Этот список устарел"),
        (ENGLISH_READER, "This button no longer works.", "This list has expired"),
    ],
)
def test_button_toasts_in_the_language_of_the_users_app(
    api: FakeBotApi, russian_store: Database, user: dict[str, Any], stale: str, expired: str
) -> None:
    chat = private_chat(user["id"])
    with RunningBot(api, russian_store):
        first = _reply(api, api.say(chat, "/help", user=user))
        assert isinstance(first.result, dict)
        api.press(first.result, "vote:yes", user=user)
        api.press(first.result, "more#1:0123456789abcdef0123", user=user)
        [one, two] = api.wait_for("answerCallbackQuery", count=2)
    texts = sorted(str(call["text"]) for call in (one, two))
    assert [t for t in texts if t.startswith(stale)] and [t for t in texts if t.startswith(expired)]


def test_a_russian_app_gets_stats_in_russian(api: FakeBotApi, russian_store: Database) -> None:
    chat = private_chat(RUSSIAN_READER["id"])
    with RunningBot(api, russian_store):
        reply = _reply(api, api.say(chat, "/stats", user=RUSSIAN_READER))
    assert str(reply["text"]).startswith("Я прочитал 3 статьи")

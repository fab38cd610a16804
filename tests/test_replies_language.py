"""The reply's language where issue 13 left gaps: /stats feed health, inline mode, one render
per answer, and counts out of range (/latest 0). Invented text only."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest
from sqlite_utils import Database

from handlers.admin import feed_health_lines
from handlers.answer import answer_question
from handlers.phrases import Lang
from handlers.records import AnswerKind, Hit
from handlers.render import compose_text
from store.db import open_db
from store.ingest.batch import store_article
from store.live.feeds import AddedBy, add_feed
from store.models import Article
from store.search.topic_words import topic_word
from tests.fake_bot_api import Call, FakeBotApi, RunningBot, private_chat
from tests.russian_store import add_russian

RUSSIAN_READER: dict[str, Any] = {
    "id": 5151,
    "is_bot": False,
    "first_name": "Читатель",
    "language_code": "ru",
}
ENGLISH_READER: dict[str, Any] = {
    "id": 5252,
    "is_bot": False,
    "first_name": "Reader",
    "language_code": "en-GB",
}
HARBOUR = Article(
    title="Harbour cranes return to work",
    source="Coast Daily",
    published="2025-03-04",
    url="https://example.org/harbour",
    paragraphs=(
        "“The cranes will be moving again by Monday morning,” said port director Jane Roe.",
    ),
)

HARBOUR_TALKS = Article(
    title="Port strike talks to resume",
    source="Coast Daily",
    published="2025-03-05",
    url="https://example.org/strike",
    paragraphs=(
        "“I am absolutely certain that our talks will resume next week,” said port "
        "director Jane Roe.",
    ),
)
HARBOUR_TALKS_RU = Article(
    title="Переговоры в порту возобновятся",
    source="Прибрежные новости",
    published="2025-03-05",
    url="https://example.ru/port",
    paragraphs=(
        "«Мы абсолютно уверены, что переговоры обязательно возобновятся», — сказала "
        "директор порта Мария Иванова.",
    ),
)


@pytest.fixture
def russian_store() -> Database:
    return add_russian(open_db(":memory:"))


def _failing_feeds(db: Database) -> None:
    """Two feeds: one polled fine, from NEWSBOT_FEEDS; one failing twice in a row."""
    add_feed(db, "https://feeds.example.org/good.xml", AddedBy.CONFIG)
    add_feed(db, "https://reader:key@feeds.example.org/bad.xml?token=x", "telegram:42")
    db.execute(
        "UPDATE feeds SET last_ok_at = '2026-11-26T12:15:00+00:00', failures = 0 WHERE url = ?",
        ["https://feeds.example.org/good.xml"],
    )
    db.execute(
        "UPDATE feeds SET failures = 2, last_error = 'HTTP 503 Service Unavailable', "
        "next_poll_at = '2026-11-26T12:45:00+00:00' WHERE url LIKE '%bad.xml%'"
    )
    db.conn.commit()


def _reply(api: FakeBotApi, message: dict[str, Any]) -> Call:
    api.wait_until(
        lambda: any(
            c.get("reply_parameters", {}).get("message_id") == message["message_id"]
            for c in api.done("sendMessage")
        ),
        f"a reply to {message['text']!r}",
    )
    return next(
        c
        for c in api.done("sendMessage")
        if c.get("reply_parameters", {}).get("message_id") == message["message_id"]
    )


# -- 1. /stats: feed health in the reply's language ------------------------------------------


@pytest.mark.parametrize(
    ("client", "lines"),
    [
        (
            Lang.RU,
            [
                "Ленты: 2, с ошибками: 1.",
                "С ошибкой: https://feeds.example.org/bad.xml — не удалось прочитать 2 раза "
                "подряд: HTTP 503 Service Unavailable; следующая попытка 26 ноября 12:45 UTC",
            ],
        ),
        (  # English stays word for word what it was
            None,
            [
                "Feeds: 2 polled, 1 failing.",
                "Failing: https://feeds.example.org/bad.xml — failed 2 times in a row: "
                "HTTP 503 Service Unavailable; next try 26 Nov 12:45 UTC",
            ],
        ),
    ],
)
def test_stats_feed_health_in_the_askers_language(
    russian_store: Database, client: Lang | None, lines: list[str]
) -> None:
    _failing_feeds(russian_store)
    answer = answer_question(russian_store, "/stats", client=client)
    assert answer.text.endswith("\n\n" + "\n".join(lines)), answer.text


@pytest.mark.parametrize(
    ("failures", "lang", "line"),
    [
        (1, Lang.RU, "не удалось прочитать: HTTP 503"),
        (5, Lang.RU, "не удалось прочитать 5 раз подряд"),
        (22, Lang.RU, "не удалось прочитать 22 раза подряд"),
        (1, Lang.EN, "failed once: HTTP 503"),
    ],
)
def test_failure_counts_read_right(
    fresh_db: Database, failures: int, lang: Lang, line: str
) -> None:
    _failing_feeds(fresh_db)
    fresh_db.execute("UPDATE feeds SET failures = ? WHERE url LIKE '%bad.xml%'", [failures])
    assert line in feed_health_lines(fresh_db, lang)[1]


def test_a_russian_app_gets_feed_health_in_russian(
    api: FakeBotApi, russian_store: Database
) -> None:
    _failing_feeds(russian_store)
    with RunningBot(api, russian_store):
        reply = _reply(api, api.say(private_chat(5151), "/stats", user=RUSSIAN_READER))
    text = str(reply["text"])
    # The bot's start drops the NEWSBOT_FEEDS feed its settings no longer name: one is left.
    assert "Ленты: 1, с ошибками: 1." in text and "следующая попытка 26 ноября" in text
    assert "Feeds:" not in text and "failed" not in text


# -- 2. inline mode takes the app's language like commands do --------------------------------


@pytest.fixture
def harbour_store() -> Database:
    db = open_db(":memory:")
    store_article(db, HARBOUR)
    return db


@pytest.mark.parametrize(
    ("query", "user", "date", "personal"),
    [
        ("", RUSSIAN_READER, "4 марта 2025", True),  # no words: the app's language
        ("", ENGLISH_READER, "4 March 2025", True),
        ("cranes moving again", RUSSIAN_READER, "4 March 2025", False),  # the words' language
    ],
)
def test_inline_results_in_the_language_of_the_words_else_the_app(
    api: FakeBotApi,
    harbour_store: Database,
    query: str,
    user: dict[str, Any],
    date: str,
    personal: bool,
) -> None:
    with RunningBot(api, harbour_store):
        api.inline(query, user=user)
        [call] = api.wait_for("answerInlineQuery")
    [result] = call["results"]
    sent = result["input_message_content"]["message_text"]
    assert date in sent, sent
    assert "“The cranes will be moving again" in sent  # English words keep English marks
    # Cached per query text by Telegram: wordless results differ by asker.
    assert str(call.get("is_personal")).lower() == str(personal).lower()


@pytest.mark.parametrize(
    ("user", "button"),
    [
        (RUSSIAN_READER, "Цитат не нашлось: нажмите, чтобы узнать, что я умею искать"),
        (ENGLISH_READER, "No quote matches: tap for what I can find"),
    ],
)
def test_no_inline_results_offer_help_in_the_apps_language(
    api: FakeBotApi, user: dict[str, Any], button: str
) -> None:
    with RunningBot(api, open_db(":memory:")):
        api.inline("", user=user)
        [call] = api.wait_for("answerInlineQuery")
    assert call["results"] == []
    assert call["button"] == {"text": button, "start_parameter": "help"}


@pytest.mark.parametrize("payload", ["help", "slow_down"])
def test_start_from_an_inline_button_answers_in_the_apps_language(
    russian_store: Database, payload: str
) -> None:
    # Its payload is no words of the asker's: "/start help" is /help in the app's language.
    answer = answer_question(russian_store, f"/start {payload}", client=Lang.RU)
    assert answer.kind == AnswerKind.HELP and answer.lang == Lang.RU
    assert answer.text.startswith("Я отвечаю на вопросы")


def test_the_help_button_opens_russian_help_for_a_russian_app(
    api: FakeBotApi, russian_store: Database
) -> None:
    # Pressed, the button sends "/start help" from the asker's own account.
    with RunningBot(api, russian_store):
        reply = _reply(api, api.say(private_chat(5151), "/start help", user=RUSSIAN_READER))
    assert str(reply["text"]).startswith("Я отвечаю на вопросы")


# -- 3. an answer is rendered once, in the intent's language ---------------------------------


@pytest.mark.parametrize("question", ["/latest 2", "/help", "/stats", "/quote", "/latest 0"])
@pytest.mark.parametrize("client", [Lang.RU, Lang.EN])
def test_a_wordless_command_is_rendered_once_in_the_apps_language(
    monkeypatch: pytest.MonkeyPatch, russian_store: Database, question: str, client: Lang
) -> None:
    rendered: list[Lang] = []

    def counted(lead: str, hits: Sequence[Hit], lang: Lang = Lang.EN) -> str:
        rendered.append(lang)
        return compose_text(lead, hits, lang)

    monkeypatch.setattr("handlers.answer.compose_text", counted)
    answer = answer_question(russian_store, question, client=client)
    assert rendered == [client]
    assert answer.lang == client


# -- 4. the help's topic word is a noun, not the longest word ------------------------------


@pytest.mark.parametrize(
    ("quote", "language", "topic"),
    [
        # The longest word was the topic: "absolutely", "optimistic", "extremely".
        ("I am absolutely certain that our talks will resume", "en", "talks"),
        ("We are very optimistic about the harvest this autumn", "en", "harvest"),
        ("Inflation will remain extremely stubborn", "en", "Inflation"),
        ("The proposal is unacceptable", "en", "proposal"),
        ("The negotiations were difficult but ultimately productive", "en", "negotiations"),
        ("Это совершенно неприемлемое решение", "ru", "решение"),
        ("Ситуация остаётся чрезвычайно напряжённой", "ru", "Ситуация"),
        ("Мы абсолютно уверены, что переговоры будут успешными", "ru", "переговоры"),
        ("Quickly, quietly, carefully", "en", "carefully"),  # no noun at all: the longest word
        ("Yes, we can", "en", ""),  # no word long enough to be a topic
    ],
)
def test_the_topic_word_is_noun_like(quote: str, language: str, topic: str) -> None:
    assert topic_word(quote, language) == topic


@pytest.mark.parametrize(
    ("article", "client", "asked", "searched"),
    [
        (HARBOUR_TALKS, Lang.EN, "what did Jane Roe say about talks?", "/search talks"),
        (
            HARBOUR_TALKS_RU,
            Lang.RU,
            "что Мария Иванова говорит о «переговоры»?",
            "/search переговоры",
        ),
    ],
)
def test_help_asks_about_a_noun_of_its_example_quote(
    article: Article, client: Lang, asked: str, searched: str
) -> None:
    db = open_db(":memory:")
    store_article(db, article)
    lines = answer_question(db, "/help", client=client).text.splitlines()
    assert asked in lines, lines
    assert any(line.startswith(searched + " — ") for line in lines), lines
    about = answer_question(db, asked, client=client)
    assert about.kind == AnswerKind.SPEAKER_QUOTES and "ничего нет" not in about.lead, about.text
    assert "nothing from" not in about.lead


# -- 5. a count out of range is refused, not bent --------------------------------------------


@pytest.mark.parametrize(
    ("question", "client", "reply"),
    [
        ("/latest 0", None, "/latest takes a number from 1 to 20, for example /latest 5."),
        ("/latest -5", None, "/latest takes a number from 1 to 20, for example /latest 5."),
        ("/latest 50", None, "/latest takes a number from 1 to 20, for example /latest 5."),
        ("/news 0", None, "/news takes a number from 1 to 20, for example /news 5."),
        ("latest 0 news", None, "/latest takes a number from 1 to 20, for example /latest 5."),
        ("/latest 0", Lang.RU, "После /latest нужно число от 1 до 20, например: /latest 5."),
        (
            "последние 0 новостей",
            None,
            "После /latest нужно число от 1 до 20, например: /latest 5.",
        ),
    ],
)
def test_a_count_out_of_range_is_refused_in_the_askers_language(
    russian_store: Database, question: str, client: Lang | None, reply: str
) -> None:
    answer = answer_question(russian_store, question, client=client)
    assert (answer.kind, answer.text, answer.hits) == (AnswerKind.HELP, reply, ())


@pytest.mark.parametrize(("question", "shown"), [("/latest 1", 1), ("/latest 20", 3)])
def test_counts_in_range_still_list(russian_store: Database, question: str, shown: int) -> None:
    assert len(answer_question(russian_store, question).hits) == shown


def test_a_russian_app_is_told_the_range_in_russian(
    api: FakeBotApi, russian_store: Database
) -> None:
    with RunningBot(api, russian_store):
        reply = _reply(api, api.say(private_chat(5151), "/latest -5", user=RUSSIAN_READER))
    assert reply["text"] == "После /latest нужно число от 1 до 20, например: /latest 5."


def test_help_examples_ask_about_a_speaker_the_bot_names_plainly() -> None:
    # Bo Renn is quoted most, but only through "he said"; a help example about him would be
    # answered "probably Bo Renn". Ada Kerr is named at her quote.
    db = open_db(":memory:")
    paragraphs = (
        "Bo Renn, the mayor of Varnholm, walked the pier on Monday with fishermen.",
        "“We have waited far too long for this bridge to open again,” he said.",
        "“Every boat in this harbour deserves a safe berth for the winter,” he added.",
        "“The council will vote on the money before the end of the month,” he said.",
        "“The harbour will reopen next week for every fishing boat,” said Ada Kerr, the "
        "harbour master.",
    )
    store_article(db, Article(title="Harbour reopens", paragraphs=paragraphs))
    help_text = answer_question(db, "/help").text
    assert "Ada Kerr" in help_text
    assert "Bo Renn" not in help_text

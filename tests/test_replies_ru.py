"""Replies in the asker's language beyond answers: /stats, the Telegram edge's fixed texts,
follows and notifications. The store is invented text (tests/test_answers_ru.py's)."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import pytest
from sqlite_utils import Database

from bot.telegram.answers import reply_language
from bot.telegram.fairness import cut_note
from bot.telegram.sending import SEND_ATTEMPTS
from handlers.answer import answer_question
from handlers.follows import (
    Asker,
    common_refusal,
    digest_answer,
    digest_message,
    follow_reply,
    following_reply,
    notification_answer,
    notification_message,
    unfollow_reply,
)
from handlers.phrases import MONTHS_OF_DAY_RU, Lang, Phrase, say
from handlers.records import AnswerKind, ArticleRef, Hit
from handlers.render import render_html
from handlers.sureness import quoted
from store.db import open_db
from store.ingest.seeds import ensure_seeded
from store.live.common_words import WordShare
from store.live.digests import Digest, DigestEntry
from store.live.follows import Follow, FollowKind, Notification, Snippet
from store.models import AttributionHow, QuoteKind
from tests.corpus import build_corpus
from tests.fake_bot_api import Call, FakeBotApi, Fault, FaultyBotApi, RunningBot, private_chat
from tests.russian_store import add_russian

RUSSIAN_READER: dict[str, Any] = {
    "id": 4646,
    "is_bot": False,
    "first_name": "Читатель",
    "language_code": "ru",
}
ENGLISH_READER: dict[str, Any] = {
    "id": 4747,
    "is_bot": False,
    "first_name": "Reader",
    "language_code": "en",
}


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


# -- follows and notifications ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("command", "text", "lang", "reply"),
    [
        ("follow", "Лаврова", None, "Подписка оформлена: Лавров (цитаты)."),
        ("follow", "урожай пшеницы", None, "Подписка оформлена: слова «урожай пшеницы»."),
        ("follow", "harbour", Lang.RU, "Подписка оформлена: слова «harbour»."),  # a Russian app
        ("follow", "harbour", None, "Following the words “harbour”."),
        ("follow", "", Lang.RU, "Скажите, за кем или за чем следить"),
        ("unfollow", "", Lang.RU, "От чего отписаться?"),
        ("unfollow", "посольства", None, "Этот чат не подписан на «посольства»."),
        ("following", "", Lang.RU, "У этого чата пока нет подписок."),
        ("following", "", None, "This chat follows nothing yet."),
    ],
)
def test_follow_replies_in_russian(
    russian_store: Database, command: str, text: str, lang: Lang | None, reply: str
) -> None:
    if command == "follow":
        answer = follow_reply(russian_store, 7, text, lang=lang)
    elif command == "unfollow":
        answer = unfollow_reply(russian_store, 7, text, lang=lang)
    else:
        answer = following_reply(russian_store, 7, lang or Lang.EN)
    assert answer.text.startswith(reply), answer.text
    assert answer.lang == (Lang.RU if reply[0] in "ПСОЭУ" else Lang.EN)


def test_a_follow_already_there_and_someone_elses_in_russian(russian_store: Database) -> None:
    mine = Asker(user_id=1, in_group=True)
    follow_reply(russian_store, -9, "Захарова", asker=mine)
    again = follow_reply(russian_store, -9, "Захарова", asker=mine)
    assert again.text == "Этот чат уже подписан: Захарова (цитаты)."
    other = Asker(user_id=2, in_group=True)
    refused = unfollow_reply(russian_store, -9, "Захарова", asker=other)
    assert refused.text.startswith("Изменить подписку (Захарова (цитаты)) могут только админы")
    listed = following_reply(russian_store, -9, Lang.RU).text
    assert listed == (
        "Подписки этого чата:\n• Захарова (цитаты)\n\nОтписаться: /unfollow <имя или слова>"
    )


@pytest.mark.parametrize(
    ("several", "common_by_count", "sampled", "refusal"),
    [
        (False, False, False, "«и» — слишком частое слово, чтобы за ним следить; подпишитесь"),
        (True, False, False, "Все эти слова слишком частые, чтобы за ними следить; подпишитесь"),
        (False, True, True, "«и» есть в 93% свежих статей; подпишитесь на имя"),
        (True, True, False, "Все эти слова частые («и» есть в 93% статей); подпишитесь"),
    ],
)
def test_the_common_word_refusal_in_russian(
    several: bool, common_by_count: bool, sampled: bool, refusal: str
) -> None:
    articles = 93 if common_by_count else 1
    share = WordShare("и", articles, 100, sampled=sampled, stopword=not common_by_count)
    assert share.common_by_count == common_by_count
    assert common_refusal(share, several=several, lang=Lang.RU).startswith(refusal)


def _note(query: str, kind: FollowKind, title: str, published: str) -> Notification:
    quote = "Переговоры о визовом режиме продолжатся осенью"
    snippet = Snippet(
        quote,
        paragraph=f"«{quote}», — добавила она.",
        speaker="Мария Захарова",
        quote_kind=QuoteKind.DIRECT,
        how=AttributionHow.PRONOUN,
        confidence=0.6,
    )
    follow = Follow(1, 5, kind, query)
    return Notification(5, follow, 1, title, "РИА Новости", published, None, (snippet,))


@pytest.mark.parametrize(
    ("query", "kind", "title", "lead", "date"),
    [
        ("Захарова", FollowKind.SPEAKER, "Захарова о визах", "Новое: статья с цитатой", "23 июля"),
        (
            "визовом",
            FollowKind.WORDS,
            "Захарова о визах",
            "Новое: статья со словами «визовом»",
            "23 июля",
        ),
        # An English follow of a Russian article: the article's language.
        ("Zakharova", FollowKind.SPEAKER, "Захарова о визах", "Новое: статья с цитатой", "23 июля"),
        (
            "Zakharova",
            FollowKind.SPEAKER,
            "Zakharova on visas",
            "New: Zakharova is quoted",
            "23 July",
        ),
    ],
)
def test_a_notification_of_a_russian_article_is_in_russian(
    query: str, kind: FollowKind, title: str, lead: str, date: str
) -> None:
    note = _note(query, kind, title, "--07-23")
    answer = notification_answer(note)
    assert answer.text.startswith(lead), answer.text
    assert date in answer.text
    message = notification_message(note)
    assert date in message
    if lead.startswith("Новое"):
        assert "отписаться: /unfollow" in message and "July" not in message
        if kind == FollowKind.SPEAKER:
            assert "«Переговоры" in answer.text


@pytest.mark.parametrize(
    ("queries", "lead", "tail"),
    [
        (
            ("Лавров", "урожай"),
            "Новое: 30 статей по подпискам этого чата (Лавров, «урожай»)",
            "и ещё ",
        ),
        (
            ("Lavrov", "harvest"),
            "New: 30 articles for what this chat follows (Lavrov, “harvest”)",
            "and ",
        ),
    ],
)
def test_a_digest_in_the_language_of_what_is_followed(
    queries: tuple[str, str], lead: str, tail: str
) -> None:
    follows = (
        Follow(1, 5, FollowKind.SPEAKER, queries[0]),
        Follow(2, 5, FollowKind.WORDS, queries[1]),
    )
    entries = tuple(DigestEntry(n, f"Статья {n}", "ТАСС", "2024-08-02", None) for n in range(1, 4))
    digest = Digest(5, None, tuple(range(1, 31)), entries, follows)
    assert digest_answer(digest, 3).text.startswith(lead)
    message = digest_message(digest)
    assert tail + "27" in message
    assert ("2 августа 2024" if tail == "и ещё " else "2 August 2024") in message


def test_a_russian_app_follows_in_russian(api: FakeBotApi, russian_store: Database) -> None:
    chat = private_chat(RUSSIAN_READER["id"])
    with RunningBot(api, russian_store):
        followed = _reply(api, api.say(chat, "/follow harbour", user=RUSSIAN_READER))
        listed = _reply(api, api.say(chat, "/following", user=RUSSIAN_READER))
        stopped = _reply(api, api.say(chat, "/unfollow harbour", user=RUSSIAN_READER))
    assert str(followed["text"]).startswith("Подписка оформлена: слова «harbour»")
    assert str(listed["text"]).startswith("Подписки этого чата:")
    assert str(stopped["text"]).startswith("Подписка отменена")


# -- a quote's marks are its own language's, a date the reply's ------------------------------


def _hit(words: str, kind: QuoteKind = QuoteKind.DIRECT) -> Hit:
    article = ArticleRef(1, "Title", "ТАСС", "2016-07-22", None)
    return Hit(article, words, 100.0, quote=words, speaker="Сергей Лавров", kind=kind)


@pytest.mark.parametrize(
    ("words", "reply", "shown"),
    [
        ("Посольств нет", Lang.EN, "«Посольств нет»"),
        ("Посольств нет", Lang.RU, "«Посольств нет»"),
        ("There is no embassy", Lang.RU, "“There is no embassy”"),
        ("There is no embassy", Lang.EN, "“There is no embassy”"),
        ("2:0", Lang.RU, "«2:0»"),  # no letters: the reply's marks
        ("2:0", Lang.EN, "“2:0”"),
    ],
)
def test_quote_marks_follow_the_quotes_language(words: str, reply: Lang, shown: str) -> None:
    assert quoted(_hit(words), words, reply) == shown
    reported = _hit(words, QuoteKind.INDIRECT)
    assert quoted(reported, words, reply) == words  # reported words take no marks at all


@pytest.mark.parametrize(
    ("question", "client", "marks", "date"),
    [
        ("/quote", None, "«", " July"),  # an English reply over a Russian quote (random)
        ("/latest", None, "", "2 August 2024"),
        ("/quote", Lang.RU, "«", " июля"),
    ],
)
def test_an_english_reply_over_russian_articles(
    russian_store: Database, question: str, client: Lang | None, marks: str, date: str
) -> None:
    answer = answer_question(russian_store, question, client=client)
    assert date in answer.text
    if marks:
        assert f"\n\n{marks}" in answer.text and "“" not in answer.text
        assert f"\n{marks}" in render_html(answer)[0]


def test_a_russian_reply_over_english_quotes_keeps_their_marks(corpus: Database) -> None:
    # The quote is picked at random, and one corpus article has no date: ask a few times.
    for _ in range(10):
        answer = answer_question(corpus, "/quote", client=Lang.RU)
        shown = answer.text.split("\n\n")[1].splitlines()[0]  # the corpus has a Russian quote
        russian = sum("а" <= c.lower() <= "я" for c in shown) > len(shown) // 3
        assert shown.startswith("«" if russian else "“"), shown
        source_line = answer.text.splitlines()[-1]  # the date, not the quote, which may name one
        dated = bool(answer.hits[0].article.published)
        assert dated == any(month in source_line for month in MONTHS_OF_DAY_RU), source_line


# -- /help: every example it shows gets an answer --------------------------------------------


def _seed() -> Database:
    db = open_db(":memory:")
    ensure_seeded(db)
    return db


STORES: dict[str, Callable[[], Database]] = {
    "seed": _seed,
    "russian": lambda: add_russian(open_db(":memory:")),
    "mixed": lambda: add_russian(build_corpus(open_db(":memory:"))),
}


@pytest.mark.parametrize("store", sorted(STORES))
@pytest.mark.parametrize("lang", [Lang.EN, Lang.RU])
def test_every_help_example_finds_something(store: str, lang: Lang) -> None:
    db = STORES[store]()
    help_text = answer_question(db, "/help", client=lang).text
    examples = [line.split(" — ")[0] for line in help_text.split("\n\n", 1)[1].splitlines()]
    assert len(examples) == 8
    for example in examples:
        if example.startswith("/follow "):  # a Telegram command: it must follow the speaker
            followed = follow_reply(db, 1, example.removeprefix("/follow "), lang=lang)
            assert followed.text.startswith(("Following the speaker", "Подписка оформлена: "))
            assert "слова «" not in followed.text, followed.text
            continue
        answer = answer_question(db, example, client=lang)
        assert answer.kind not in (AnswerKind.NO_MATCH, AnswerKind.HELP), (example, answer.text)
        assert "nothing from" not in answer.lead and "ничего нет" not in answer.lead, example


@pytest.mark.parametrize(
    ("store", "lang", "speaker", "marks"),
    [
        ("mixed", Lang.EN, "Sergey Lavrov", "“"),  # not a Russian name in English help
        ("mixed", Lang.RU, "Сергей Лавров", "«"),
        ("russian", Lang.RU, "Сергей Лавров", "«"),
        ("seed", Lang.RU, "Sergey Lavrov", "“"),  # no Russian quote yet: an English one
        ("russian", Lang.EN, "Сергей Лавров", "«"),  # and the other way round
    ],
)
def test_help_takes_its_example_from_one_quote_in_its_language(
    store: str, lang: Lang, speaker: str | None, marks: str
) -> None:
    db = STORES[store]()
    lines = answer_question(db, "/help", client=lang).text.split("\n\n", 1)[1].splitlines()
    assert lines[0].split(" ", 2)[2].startswith(marks)
    assert lines[2] == f"/quote {speaker} — " + lines[2].split(" — ", 1)[1]
    said = _words_of(lines[0])
    quoted_by = {
        str(name)
        for (name,) in db.execute(
            "SELECT s.name FROM quotes q JOIN speakers s ON s.id = q.speaker_id "
            "WHERE q.kind = 'direct' AND q.text LIKE ?",
            [said + "%"],
        )
    }
    assert lines[2].split(" — ")[0].removeprefix("/quote ") in quoted_by


def _words_of(line: str) -> str:
    return line.split(" ", 2)[2].rstrip("?").strip("«»“”")


# -- the apology and the slow-down through Telegram ------------------------------------------


@pytest.mark.parametrize(
    ("user", "apology"),
    [
        (RUSSIAN_READER, "Простите, при ответе что-то пошло не так."),
        (ENGLISH_READER, "Sorry, something went wrong while answering."),
    ],
)
def test_the_apology_in_the_language_of_the_users_app(
    russian_store: Database, user: dict[str, Any], apology: str
) -> None:
    chat = private_chat(user["id"])
    api = FaultyBotApi()
    with api, RunningBot(api, russian_store):
        api.fault_next("sendMessage", *[Fault(500)] * SEND_ATTEMPTS)
        reply = _reply(api, api.say(chat, "/help", user=user))
    assert str(reply["text"]).startswith(apology)


def test_a_flood_of_russian_questions_is_told_to_slow_down_in_russian(
    api: FakeBotApi, russian_store: Database
) -> None:
    chat = private_chat(RUSSIAN_READER["id"])
    with RunningBot(api, russian_store):
        asked = [api.say(chat, f"что сказал Лавров {n}", user=RUSSIAN_READER) for n in range(12)]
        told = _wait(
            api,
            "sendMessage",
            lambda c: str(c["text"]).startswith("Помедленнее, пожалуйста"),
            "slow-down notice",
        )
    assert told["reply_parameters"]["message_id"] in {m["message_id"] for m in asked}

"""The Telegram bot end to end: the real Application (or the real `newsbot run` process)
polling a fake Bot API server on 127.0.0.1. No mocked updates: every reply asserted here went
over HTTP as python-telegram-bot sends it."""

from __future__ import annotations

import json
import re
import signal
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlite_utils import Database

from bot.telegram.answers import APOLOGY, EXPIRED
from bot.telegram.sending import SEND_ATTEMPTS
from store.db import open_db
from store.ingest.batch import store_article
from store.ingest.seeds import ensure_seeded
from store.models import Article
from tests.fake_bot_api import (
    OTHER_READER,
    Call,
    FakeBotApi,
    RunningBot,
    free_port,
    group_chat,
    newsbot,
    private_chat,
    replies_to,
    reply_to,
    shows_no_token,
    stop,
)

ME = private_chat(501)
GROUP = group_chat(-100501)
FORUM = group_chat(-100502, forum=True)
# Another reader, whose question is asked after the messages a test expects no (more) replies
# to: the bot takes updates in order, so by the time it answers this, it has handled those.
PROBE_CHAT = private_chat(502)

GRAIN = Article(
    title="Farmers <b>cheer</b> & worry as the grain deal ends",
    paragraphs=(
        '"The grain deal is dead and buried, and we must find new buyers," Agriculture '
        "Minister Anna Petrova said on Monday.",
        'Farmers said prices would fall. "We will plant less wheat <next year>," said Ivan '
        "Sokolov, head of the farmers' union.",
    ),
    source="Test Agency",
    published="2024-07-22",
    url="https://news.example.org/grain?id=1&lang=en",
)


LONG_TITLE = (
    "farmers in the region count bigger yields of wheat, barley and rye than last year, "
    "say storage is running short and ask the regional government for help with new silos"
)


def harvest(number: int) -> Article:
    # Long titles, so that /latest 20 needs more than one Telegram message.
    return Article(
        title=f"Harvest report number {number}: " + LONG_TITLE,
        paragraphs=(
            f'"The harvest in region {number} was larger than last year," said Maria Orlova, '
            "the regional governor.",
        ),
        source="Test Agency",
        published=f"2024-06-{number:02d}",
        url=f"https://news.example.org/harvest/{number}",
    )


@pytest.fixture(scope="module")
def news_db() -> Iterator[Database]:
    """The seed plus articles with speakers, markup-like text and enough items to page."""
    db = open_db(":memory:")
    ensure_seeded(db)
    store_article(db, GRAIN)
    for number in range(1, 26):
        store_article(db, harvest(number))
    yield db
    db.close()


@pytest.fixture
def bot(api: FakeBotApi, news_db: Database) -> Iterator[RunningBot]:
    with RunningBot(api, news_db) as running:
        yield running


def sent_to(api: FakeBotApi, chat: dict[str, Any]) -> list[Call]:
    """Messages the bot delivered to a chat."""
    return [call for call in api.done("sendMessage") if int(call["chat_id"]) == chat["id"]]


def probe(api: FakeBotApi) -> Call:
    """Ask another chat a question and wait for its answer: whatever the bot was going to send
    for the updates before it, it has sent by now."""
    return reply_to(api, api.say(PROBE_CHAT, "/help"))


def bot_message(call: Call) -> dict[str, Any]:
    """The message the fake created for a delivered sendMessage call."""
    assert isinstance(call.result, dict)
    return call.result


# -- starting --------------------------------------------------------------------------------


def test_start_registers_commands_with_telegram(api: FakeBotApi, bot: RunningBot) -> None:
    [call] = api.wait_for("setMyCommands")
    names = [command["command"] for command in call["commands"]]
    assert {"quote", "latest", "search", "follow", "following", "unfollow", "help", "stats"} <= set(
        names
    )
    assert api.calls_to("getMe"), "the bot learns its username before answering"


# -- private chats ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("who said the grain deal is dead?", "Petrova"),
        ("/quote grain deal is dead", "Petrova"),
        ("/quote Anna Petrova", "grain deal"),
        ("/latest", "Harvest report"),
        ("/search harvest region", "harvest"),
        ("/help", "/quote"),
        ("/start", "/quote"),
        ("/stats", "27 articles"),  # the seed, the grain story and 25 harvest reports
        ("/latest@NewsQuoteBot 2", "Farmers"),
    ],
)
def test_private_chat_every_message_is_a_question(
    api: FakeBotApi, bot: RunningBot, text: str, expected: str
) -> None:
    question = api.say(ME, text)
    reply = reply_to(api, question)
    assert reply["parse_mode"] == "HTML"
    assert expected.lower() in reply["text"].lower()
    assert "message_thread_id" not in reply.fields  # no topics in a private chat


def test_snippet_escapes_article_text_and_links_the_source(
    api: FakeBotApi, bot: RunningBot
) -> None:
    reply = reply_to(api, api.say(ME, "/quote grain deal is dead"))
    text = reply["text"]
    assert "Anna Petrova" in text
    assert "Agriculture Minister" in text or "agriculture minister" in text.lower()  # the role
    assert "&lt;b&gt;cheer&lt;/b&gt; &amp; worry" in text  # the title is text, not markup
    assert 'href="https://news.example.org/grain?id=1&amp;lang=en"' in text
    assert "Test Agency, 22 July 2024" in text


# -- groups ----------------------------------------------------------------------------------


def test_group_answers_only_what_is_addressed_to_the_bot(api: FakeBotApi, bot: RunningBot) -> None:
    answered = api.say(GROUP, "/latest@NewsQuoteBot")
    bot_reply = bot_message(reply_to(api, answered))
    silent = [
        api.say(GROUP, "who said the grain deal is dead?"),  # chatter, not for us
        api.say(GROUP, "/latest@OtherBot"),  # another bot's command
        api.say(GROUP, "/help@OtherBot", reply_to=bot_reply),  # even as a reply to us
        api.say(GROUP, "nice", user=OTHER_READER, reply_to=answered),  # reply to a person
    ]
    asked = [
        api.say(GROUP, "/stats"),  # plain command: privacy mode delivers it when it may
        api.say(GROUP, "@NewsQuoteBot who said the grain deal is dead?"),
        api.say(GROUP, "and what did Ivan Sokolov say?", reply_to=bot_reply),
        api.say(GROUP, "/help@newsquotebot"),  # usernames ignore case
    ]
    for question in asked:  # asked after the silent ones: their answers come after
        reply_to(api, question)
    for question in silent:
        assert replies_to(api, question) == [], question["text"]
    assert len(api.done("sendMessage")) == 1 + len(asked)


def test_quote_as_reply_looks_up_the_words_of_that_message(
    api: FakeBotApi, bot: RunningBot
) -> None:
    said = api.say(GROUP, "the grain deal is dead and buried", user=OTHER_READER)
    reply = reply_to(api, api.say(GROUP, "/quote@NewsQuoteBot", reply_to=said))
    assert "Anna Petrova" in reply["text"]
    assert replies_to(api, said) == []  # the quoted chatter itself is not a question


def test_quote_as_reply_to_a_selected_part_looks_up_that_part(
    api: FakeBotApi, bot: RunningBot
) -> None:
    said = api.say(GROUP, "Big news today! the grain deal is dead and buried", user=OTHER_READER)
    question = api.say(GROUP, "/quote", reply_to=said, quote="the grain deal is dead and buried")
    assert "Anna Petrova" in reply_to(api, question)["text"]


def test_answers_stay_in_the_forum_topic_of_the_question(api: FakeBotApi, bot: RunningBot) -> None:
    in_topic = api.say(FORUM, "/latest@NewsQuoteBot", topic=77)
    chatter = api.say(FORUM, "lovely weather in this topic", topic=77)
    in_general = api.say(FORUM, "/help@NewsQuoteBot")
    assert reply_to(api, in_topic)["message_thread_id"] == "77"
    assert "message_thread_id" not in reply_to(api, in_general).fields  # asked after chatter
    # Telegram marks every topic message as a reply to the topic's first message: not to us.
    assert replies_to(api, chatter) == []


# -- paging ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "item"),
    [("/latest", "Harvest report"), ("/quote Maria Orlova", "The harvest in region")],
)
def test_long_list_pages_with_a_more_button(
    api: FakeBotApi, bot: RunningBot, question: str, item: str
) -> None:
    first = reply_to(api, api.say(ME, question))
    [[button]] = first["reply_markup"]["inline_keyboard"]
    api.press(bot_message(first), button["callback_data"])
    [answered] = api.wait_for("answerCallbackQuery")
    [_, second] = api.wait_for("sendMessage", 2)
    assert second["text"] != first["text"]
    assert item in second["text"]
    [edit] = api.wait_for("editMessageReplyMarkup")  # the pressed button goes away
    assert edit["message_id"] == str(bot_message(first)["message_id"])
    assert "text" not in answered.fields  # no error toast


def test_pressing_more_twice_sends_the_page_once(api: FakeBotApi, bot: RunningBot) -> None:
    # An impatient double tap, or a client replaying the press: both arrive before the
    # button is gone.
    first = reply_to(api, api.say(ME, "/latest"))
    [[button]] = first["reply_markup"]["inline_keyboard"]
    api.press(bot_message(first), button["callback_data"])
    api.press(bot_message(first), button["callback_data"])
    answered = api.wait_for("answerCallbackQuery", 2)
    probe(api)
    assert len(sent_to(api, ME)) == 2  # the first page and the second, once
    assert sorted("text" in call.fields for call in answered) == [False, True]


def test_a_forgotten_more_button_says_so(api: FakeBotApi, bot: RunningBot) -> None:
    first = reply_to(api, api.say(ME, "/help"))
    api.press(bot_message(first), "more#1:0123456789abcdef0123")
    [answered] = api.wait_for("answerCallbackQuery")
    assert answered["text"] == EXPIRED


@pytest.mark.parametrize(
    "data",
    [
        "more:99999999999999999999:/latest",  # an offset SQLite cannot hold
        "more:\u00b2:/latest",  # a digit int() refuses
    ],
)
def test_forged_more_buttons_expire_without_an_apology(
    api: FakeBotApi, bot: RunningBot, data: str
) -> None:
    first = reply_to(api, api.say(ME, "/help"))
    api.press(bot_message(first), data)
    [answered] = api.wait_for("answerCallbackQuery")
    assert answered["text"] == EXPIRED
    probe(api)
    assert [call["text"] for call in sent_to(api, ME)] == [first["text"]]


def test_a_long_reply_is_split_at_paragraph_boundaries(api: FakeBotApi, bot: RunningBot) -> None:
    question = api.say(ME, "/latest 20")
    reply_to(api, question)
    # The parts go out one after the other: the last one carries the "More" button.
    api.wait_until(
        lambda: any("reply_markup" in call.fields for call in api.done("sendMessage")),
        "the part with the More button",
    )
    probe(api)
    parts = sent_to(api, ME)
    assert len(parts) >= 2
    assert all(len(part["text"]) <= 4096 for part in parts)
    assert all(balanced_html(part["text"]) for part in parts)
    numbers = [int(n) for part in parts for n in re.findall(r"(?m)^(\d+)\. ", part["text"])]
    assert numbers == list(range(1, 21))  # nothing lost, nothing repeated
    # The first part answers the question; the button for the next page ends the last.
    assert [("reply_parameters" in p.fields, "reply_markup" in p.fields) for p in parts] == (
        [(True, False)] + [(False, False)] * (len(parts) - 2) + [(False, True)]
    )


def balanced_html(text: str) -> bool:
    """Whether every tag opened in text is closed, in order."""
    open_tags: list[str] = []
    for closing, name in re.findall(r"<(/?)([a-z]+)[^>]*>", text):
        if not closing:
            open_tags.append(name)
        elif not open_tags or open_tags.pop() != name:
            return False
    return not open_tags


# -- inline mode -----------------------------------------------------------------------------


def test_inline_mode_offers_matching_quotes_as_sourced_snippets(
    api: FakeBotApi, bot: RunningBot
) -> None:
    api.inline("grain deal dead")
    [call] = api.wait_for("answerInlineQuery")
    results = call["results"]
    assert results, "at least one quote matches"
    best = results[0]
    assert best["type"] == "article"
    assert "grain deal" in best["title"].lower()
    assert "Petrova" in best["description"]
    content = best["input_message_content"]
    assert content["parse_mode"] == "HTML"
    assert "Anna Petrova" in content["message_text"]
    assert "https://news.example.org/grain" in content["message_text"]
    assert len({result["id"] for result in results}) == len(results)


def test_inline_results_posted_in_a_chat_are_not_questions(
    api: FakeBotApi, bot: RunningBot
) -> None:
    posted = api.say(ME, "“The grain deal is dead” — Anna Petrova", via_bot=api.bot_user)
    reply_to(api, api.say(ME, "/help"))  # asked after the posted result: answered after it
    assert replies_to(api, posted) == []


# -- failures --------------------------------------------------------------------------------


def test_retry_after_from_telegram_delays_the_reply_but_never_loses_it(
    api: FakeBotApi, bot: RunningBot
) -> None:
    api.fail_next("sendMessage", 429)
    question = api.say(ME, "/help")
    reply = reply_to(api, question, timeout=8)
    [refused, delivered] = api.calls_to("sendMessage")
    assert refused.status == 429 and delivered is reply
    assert delivered.at - refused.at >= 1.0  # the retry_after the server asked for
    assert APOLOGY not in reply["text"]


def test_a_server_error_that_persists_gets_logged_and_an_apology(
    api: FakeBotApi, bot: RunningBot, caplog: pytest.LogCaptureFixture
) -> None:
    # One 500 is retried (tests/test_telegram_faults_answers.py); every try failing is not.
    api.fail_next("sendMessage", *[500] * SEND_ATTEMPTS)
    question = api.say(ME, "/help")
    reply = reply_to(api, question)
    assert reply["text"] == APOLOGY
    [record] = [r for r in caplog.records if r.getMessage().startswith("Could not handle update")]
    assert record.exc_info is not None and "(message in a private chat)" in record.getMessage()
    assert "/help" not in record.getMessage()  # what people write is logged at DEBUG only


def test_a_user_who_blocked_the_bot_gets_no_apology_attempt(
    api: FakeBotApi, bot: RunningBot, caplog: pytest.LogCaptureFixture
) -> None:
    # Forbidden: bot was blocked by the user. Aimed at ME's chat: the probe asks at once, and
    # its answer may be sent first (a 403 for the next sendMessage of any chat went to it).
    api.fail_next_in(ME["id"], "sendMessage", 403)
    api.say(ME, "/help")
    probe(api)  # the bot carries on with everyone else
    api.wait_until(
        lambda: any(r.getMessage().startswith("Could not handle update") for r in caplog.records),
        "the error logged",
    )
    probe(api)  # an apology, were one attempted after the log line, would be sent by now
    to_me = [
        call.status for call in api.calls_to("sendMessage") if int(call["chat_id"]) == ME["id"]
    ]
    assert to_me == [403]  # the refused answer, and no apology after it


def test_polling_survives_a_server_error(api: FakeBotApi, news_db: Database) -> None:
    api.fail_next("getUpdates", 500)
    with RunningBot(api, news_db):
        reply_to(api, api.say(ME, "/help"), timeout=8)


# -- the real process ------------------------------------------------------------------------


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=lambda sig: sig.name)
def test_newsbot_run_answers_then_stops_cleanly_on_signal(
    tmp_path: Path, api: FakeBotApi, sig: signal.Signals
) -> None:
    process = newsbot(tmp_path, api)
    try:
        api.wait_for("setMyCommands", timeout=20)
        # So an error and its traceback reach the log too: every try of the answer fails.
        api.fail_next("sendMessage", *[500] * SEND_ATTEMPTS)
        assert reply_to(api, api.say(ME, "/stats"), timeout=10)["text"] == APOLOGY
        question = api.say(ME, "/help")
        assert "/quote" in reply_to(api, question, timeout=10)["text"]
    finally:
        code, _, err = stop(process, sig)
    assert code == 0, err
    assert "Serving Telegram as @NewsQuoteBot" in err
    assert "Could not handle update" in err and "Traceback" in err
    assert shows_no_token(err)


def said_to_the_user(err: str) -> list[str]:
    """The lines of stderr that are not DEBUG or INFO log records: what the user is told."""
    log_record = re.compile(r"^\d{4}-\d\d-\d\d [\d:,]+ (DEBUG|INFO) ")
    return [line for line in err.splitlines() if line.strip() and not log_record.match(line)]


def test_newsbot_run_with_a_rejected_token_says_so_in_one_line(
    tmp_path: Path, api: FakeBotApi
) -> None:
    process = newsbot(tmp_path, api, TELEGRAM_BOT_TOKEN="42:wrong-token-for-tests")
    _, err = process.communicate(timeout=20)
    assert process.returncode == 2
    # Our line alone: no library traceback or ERROR record before it.
    assert said_to_the_user(err) == [
        "newsbot: Telegram rejected TELEGRAM_BOT_TOKEN; check it with @BotFather"
    ]
    assert "wrong-token" not in err


def test_newsbot_run_with_the_bot_api_unreachable_says_so_in_one_line(
    tmp_path: Path, api: FakeBotApi
) -> None:
    nobody = f"http://127.0.0.1:{free_port()}/bot"
    process = newsbot(tmp_path, api, TELEGRAM_BASE_URL=nobody)
    _, err = process.communicate(timeout=20)
    assert process.returncode == 1
    [line] = said_to_the_user(err)
    assert line.startswith(f"newsbot: cannot reach the Bot API at {nobody}: ")
    assert "Traceback" not in err
    assert shows_no_token(err)


def test_newsbot_run_without_a_token_explains_and_starts_the_console(
    tmp_path: Path, api: FakeBotApi
) -> None:
    process = newsbot(tmp_path, api, TELEGRAM_BOT_TOKEN="")
    out, err = process.communicate("/help\n", timeout=20)
    assert process.returncode == 0, err
    assert "@BotFather" in err
    assert "/quote" in out  # the console answered
    assert api.calls == []  # and Telegram was never called


def test_webhook_mode_registers_the_webhook_and_answers_posted_updates(
    tmp_path: Path, api: FakeBotApi
) -> None:
    port = free_port()
    process = newsbot(
        tmp_path,
        api,
        NEWSBOT_WEBHOOK_URL=f"http://127.0.0.1:{port}/telegram",
        NEWSBOT_WEBHOOK_PORT=str(port),
        NEWSBOT_WEBHOOK_SECRET="s3cret-for-tests",
    )
    try:
        [hook] = api.wait_for("setWebhook", timeout=20)
        assert hook["url"] == f"http://127.0.0.1:{port}/telegram"
        assert hook["secret_token"] == "s3cret-for-tests"
        api.wait_for("setMyCommands")
        question = {
            "message_id": 7,
            "date": int(time.time()),
            "chat": ME,
            "from": {"id": 501, "is_bot": False, "first_name": "Reader"},
            "text": "/help",
        }
        forged = post_update(port, {"update_id": 1, "message": question}, secret="wrong")
        assert forged == 403
        assert post_update(port, {"update_id": 2, "message": question}, "s3cret-for-tests") == 200
        assert "/quote" in reply_to(api, question, timeout=10)["text"]
    finally:
        code, _, err = stop(process, signal.SIGTERM)
    assert code == 0, err
    assert len(api.done("sendMessage")) == 1  # the forged update was refused


def post_update(port: int, update: dict[str, Any], secret: str) -> int:
    """POST an update to the bot's webhook, as Telegram does; returns the HTTP status."""
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/telegram",
        data=json.dumps(update).encode("utf-8"),
        headers={"Content-Type": "application/json", "X-Telegram-Bot-Api-Secret-Token": secret},
    )
    deadline = time.monotonic() + 10
    while True:
        try:
            with urllib.request.urlopen(request, timeout=5) as response:
                return int(response.status)
        except urllib.error.HTTPError as error:
            return error.code
        except urllib.error.URLError:
            # The bot sets its webhook with Telegram first, then starts listening.
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)

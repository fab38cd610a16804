"""The addressing rules: which messages the bot answers, and what question each one asks."""

from __future__ import annotations

import pytest

from handlers.groups import (
    Command,
    Incoming,
    mentions,
    parse_command,
    question_for,
    strip_bidi,
)

BOT = "NewsQuoteBot"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("/latest", Command("latest", None, "")),
        ("/latest 5", Command("latest", None, "5")),
        ("/quote@NewsQuoteBot  Putin ", Command("quote", "NewsQuoteBot", "Putin")),
        ("/search\nline two", Command("search", None, "line two")),
        ("  /help  ", Command("help", None, "")),
        ("/path/to/file", None),  # a path, not a command
        ("who said /latest", None),  # a command only counts at the start
        ("/", None),
        ("hello", None),
    ],
)
def test_parse_command(text: str, expected: Command | None) -> None:
    assert parse_command(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("@NewsQuoteBot who said it?", True),
        ("hey @newsquotebot, who said it?", True),  # usernames ignore case
        ("@NewsQuoteBotFan who said it?", False),  # a longer, different username
        ("mail me at x@NewsQuoteBot.org", False),  # part of a word, not a mention
        ("NewsQuoteBot who said it?", False),  # no @
    ],
)
def test_mentions(text: str, expected: bool) -> None:
    assert mentions(text, BOT) is expected


def group(text: str, **kw: object) -> Incoming:
    return Incoming(text=text, private=False, **kw)  # type: ignore[arg-type]


def private(text: str, **kw: object) -> Incoming:
    return Incoming(text=text, private=True, **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # Private chats: every text message is a question.
        (private("who said grain deal?"), "who said grain deal?"),
        (private("/latest 3"), "/latest 3"),
        (private("/latest@NewsQuoteBot 3"), "/latest 3"),
        (private("/latest@OtherBot 3"), None),  # meant for another bot, even here
        # Groups: only what is addressed to the bot.
        (group("who said grain deal?"), None),
        (group("/latest@NewsQuoteBot"), "/latest"),
        (group("/LATEST@newsquotebot 2"), "/LATEST 2"),  # the answers layer reads any case
        (group("/latest"), "/latest"),  # plain command, where privacy mode delivers it
        (group("/latest@OtherBot"), None),
        (group("/start@OtherBot", reply_to_bot=True), None),  # a reply, but for another bot
        (group("@NewsQuoteBot who said grain deal?"), "who said grain deal?"),
        (group("so, @newsquotebot, who said grain deal?"), "so, who said grain deal?"),
        (group("@NewsQuoteBot: latest news"), "latest news"),
        (group("@NewsQuoteBot"), "/help"),  # a bare mention gets the help text
        (group("and the day before?", reply_to_bot=True), "and the day before?"),
        (group("nice one", replied_text="an answer from someone else"), None),
        # /quote as a reply looks up the words of the replied-to message.
        (group("/quote", replied_text="grain  deal\nis dead"), "/quote grain deal is dead"),
        (group("/quote@NewsQuoteBot", replied_text="grain deal"), "/quote grain deal"),
        (group("/quote Putin", replied_text="grain deal"), "/quote Putin"),  # own words win
        (group("/quote@OtherBot", replied_text="grain deal"), None),
        (group("/latest", replied_text="grain deal"), "/latest"),  # only /quote reads the reply
        # Our own inline results, posted by users, are not questions.
        (private("“We are out of the deal” — Putin", via_this_bot=True), None),
        (group("@NewsQuoteBot grain", via_this_bot=True), None),
    ],
)
def test_question_for(message: Incoming, expected: str | None) -> None:
    assert question_for(message, BOT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("who said \u202egrain deal", "who said grain deal"),  # the right-to-left override
        ("\u202aa\u202bb\u202cc\u202dd", "abcd"),  # embeddings and their pop
        ("\u2066x\u2067y\u2068z\u2069", "xyz"),  # isolates
        ("left\u200e right\u200f arabic\u061c mark", "left right arabic mark"),  # the marks
        ("שלום and سلام stay", "שלום and سلام stay"),  # right-to-left letters are words, kept
        ("zero\u200bwidth space", "zero\u200bwidth space"),  # not a bidi control
    ],
)
def test_strip_bidi(text: str, expected: str) -> None:
    assert strip_bidi(text) == expected


def test_questions_come_without_bidi_controls() -> None:
    # Echoed in a reply ("I found no one saying ..."), an override would reverse our sentence.
    message = Incoming(text="/quote \u202eharvest\u202c", private=True)
    assert question_for(message, BOT) == "/quote harvest"

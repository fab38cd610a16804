"""What a message asks, in its many phrasings."""

from __future__ import annotations

import pytest

from handlers.intent import (
    ELSEWHERE,
    EMPTY,
    HELP,
    LATEST,
    LATEST_MAX,
    QUOTE,
    RANDOM_QUOTE,
    SEARCH,
    SPEAKER_QUOTES,
    STATS,
    UNKNOWN_COMMAND,
    WHO_SAID,
    parse,
)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("who said we don't have embassies?", "we don't have embassies"),
        ("Who said that the ball is in their court", "the ball is in their court"),
        ("who told the forum the ball is in their court?", "the forum the ball is in their court"),
        ('Who told the forum "the ball is in their court"?', "the ball is in their court"),
        ("who stated: rivers are drying", "rivers are drying"),
        ("who claimed rivers are drying", "rivers are drying"),
        ("WHO DECLARED rivers are drying!", "rivers are drying"),
        ("which minister said rivers are drying?", "rivers are drying"),
        ("who is quoted as saying rivers are drying", "rivers are drying"),
        ("who was it that said rivers are drying", "rivers are drying"),
        ("who said it: rivers are drying", "rivers are drying"),
        ("and who said the words “rivers are drying”?", "rivers are drying"),
        ('"rivers are drying faster"', "rivers are drying faster"),  # a bare quotation
        ("“rivers are drying faster”?", "rivers are drying faster"),
        ("« мяч на стороне соседей »", "мяч на стороне соседей"),
        ('"rivers are drying" - who said that?', "rivers are drying"),
        ('/quote@NewsBot "rivers are drying"', "rivers are drying"),  # marks: words, not a name
        ("/who rivers are drying", "rivers are drying"),
    ],
)
def test_who_said_phrasings(text: str, words: str) -> None:
    intent = parse(text)
    assert (intent.kind, intent.words) == (WHO_SAID, words)


@pytest.mark.parametrize(
    ("text", "speaker", "topic"),
    [
        ("what did Lavrov say about Georgia?", "Lavrov", "Georgia"),
        ("What did the Russian foreign minister say?", "the Russian foreign minister", ""),
        ("what has Okafor said on water", "Okafor", "water"),
        ("what does lavrof think about embassies", "lavrof", "embassies"),
        ("did Nowak say anything about inflation?", "Nowak", "inflation"),
        ("what was said by Nowak about rates", "Nowak", "rates"),
        ("quotes by Jane Okafor", "Jane Okafor", ""),
        ("show me quotes from Nowak on inflation", "Nowak", "inflation"),
        ("Lavrov's quotes about Georgia", "Lavrov", "Georgia"),
        ("what Lavrov said about Georgia", "Lavrov", "Georgia"),
    ],
)
def test_speaker_phrasings(text: str, speaker: str, topic: str) -> None:
    intent = parse(text)
    assert (intent.kind, intent.speaker, intent.topic) == (SPEAKER_QUOTES, speaker, topic)


@pytest.mark.parametrize(
    ("text", "kind", "n", "words"),
    [
        ("/quote", RANDOM_QUOTE, 5, ""),
        ("/quote@NewsBot", RANDOM_QUOTE, 5, ""),
        ("/QUOTE Lavrov", QUOTE, 5, "Lavrov"),  # a speaker or words: the store decides
        ("/quote the ball is in their court", QUOTE, 5, "the ball is in their court"),
        ("/latest", LATEST, 5, ""),
        ("/latest 3", LATEST, 3, ""),
        ("/latest@NewsBot 3", LATEST, 3, ""),  # commands in groups carry the bot's name
        ("/latest 1000000", LATEST, LATEST_MAX, ""),
        ("/latest 0", LATEST, 1, ""),
        ("/latest many", LATEST, 5, ""),
        ("latest 3 news", LATEST, 3, ""),
        ("what's new?", LATEST, 5, ""),
        ("/search Georgia relations", SEARCH, 5, "Georgia relations"),
        ("/search", HELP, 5, ""),
        ("/help", HELP, 5, ""),
        ("/start", HELP, 5, ""),
        ("/start@NewsBot", HELP, 5, ""),
        ("hello", HELP, 5, ""),
        ("/stats", STATS, 5, ""),
        ("/frobnicate now", UNKNOWN_COMMAND, 5, ""),
        ("/follow Lavrov", ELSEWHERE, 5, ""),  # the bot process answers these in Telegram
        ("/feeds", ELSEWHERE, 5, ""),
        ("", EMPTY, 5, ""),
        ("  \n\t ", EMPTY, 5, ""),
        ("\u200b", EMPTY, 5, ""),
        (
            "when did Georgia break off relations?",
            SEARCH,
            5,
            "when did Georgia break off relations?",
        ),
        ("Georgia", SEARCH, 5, "Georgia"),
        ('NEAR(a b) AND "x" OR y*', SEARCH, 5, 'NEAR(a b) AND "x" OR y*'),
        ("<b>hi</b>", SEARCH, 5, "<b>hi</b>"),
        ("who said", HELP, 5, ""),  # nothing to attribute
    ],
)
def test_commands_and_other_questions(text: str, kind: str, n: int, words: str) -> None:
    intent = parse(text)
    assert (intent.kind, intent.n, intent.words) == (kind, n, words)


def test_a_huge_message_is_cut_not_refused() -> None:
    intent = parse("who said " + "word " * 5000)
    assert intent.kind == WHO_SAID
    assert len(intent.words) < 2100


def test_the_command_is_kept_without_the_bot_name() -> None:
    assert parse("/frobnicate@NewsBot x").command == "/frobnicate"

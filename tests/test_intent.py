"""What a message asks, in its many phrasings."""

from __future__ import annotations

import pytest

from handlers.intent import LATEST_MAX, IntentKind, parse


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
    assert (intent.kind, intent.words) == (IntentKind.WHO_SAID, words)


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
    assert (intent.kind, intent.speaker, intent.topic) == (
        IntentKind.SPEAKER_QUOTES,
        speaker,
        topic,
    )


@pytest.mark.parametrize(
    ("text", "kind", "n", "words"),
    [
        ("/quote", IntentKind.RANDOM_QUOTE, 5, ""),
        ("/quote@NewsBot", IntentKind.RANDOM_QUOTE, 5, ""),
        ('/quote "', IntentKind.RANDOM_QUOTE, 5, ""),  # marks alone are no words to look up
        ("/quote «»", IntentKind.RANDOM_QUOTE, 5, ""),
        ("/QUOTE Lavrov", IntentKind.QUOTE, 5, "Lavrov"),  # a speaker or words: the store decides
        ("/quote the ball is in their court", IntentKind.QUOTE, 5, "the ball is in their court"),
        ("/latest", IntentKind.LATEST, 5, ""),
        ("/latest 3", IntentKind.LATEST, 3, ""),
        ("/latest@NewsBot 3", IntentKind.LATEST, 3, ""),  # commands in groups carry the bot's name
        ("/latest 20", IntentKind.LATEST, LATEST_MAX, ""),
        # A number out of range is refused with the range, not bent into it (was 20 and 1).
        ("/latest 1000000", IntentKind.BAD_NUMBER, 5, "1000000"),
        ("/latest 0", IntentKind.BAD_NUMBER, 5, "0"),
        ("/latest -5", IntentKind.BAD_NUMBER, 5, "-5"),  # was the default, 5
        ("/latest 2.5", IntentKind.BAD_NUMBER, 5, "2.5"),
        ("/news 21", IntentKind.BAD_NUMBER, 5, "21"),
        ("latest 0 news", IntentKind.BAD_NUMBER, 5, "0"),
        ("последние 0 новостей", IntentKind.BAD_NUMBER, 5, "0"),
        ("/latest +3", IntentKind.LATEST, 3, ""),
        ("/latest many", IntentKind.LATEST, 5, ""),
        ("latest 3 news", IntentKind.LATEST, 3, ""),
        ("what's new?", IntentKind.LATEST, 5, ""),
        ("/search Georgia relations", IntentKind.SEARCH, 5, "Georgia relations"),
        ("/search", IntentKind.HELP, 5, ""),
        ("/help", IntentKind.HELP, 5, ""),
        ("/start", IntentKind.HELP, 5, ""),
        ("/start@NewsBot", IntentKind.HELP, 5, ""),
        ("hello", IntentKind.HELP, 5, ""),
        ("/stats", IntentKind.STATS, 5, ""),
        ("/frobnicate now", IntentKind.UNKNOWN_COMMAND, 5, ""),
        (
            "/follow Lavrov",
            IntentKind.ELSEWHERE,
            5,
            "",
        ),  # the bot process answers these in Telegram
        ("/feeds", IntentKind.ELSEWHERE, 5, ""),
        ("", IntentKind.EMPTY, 5, ""),
        ("  \n\t ", IntentKind.EMPTY, 5, ""),
        ("\u200b", IntentKind.EMPTY, 5, ""),
        (
            "when did Georgia break off relations?",
            IntentKind.SEARCH,
            5,
            "when did Georgia break off relations?",
        ),
        ("Georgia", IntentKind.SEARCH, 5, "Georgia"),
        ('NEAR(a b) AND "x" OR y*', IntentKind.SEARCH, 5, 'NEAR(a b) AND "x" OR y*'),
        ("<b>hi</b>", IntentKind.SEARCH, 5, "<b>hi</b>"),
        ("who said", IntentKind.HELP, 5, ""),  # nothing to attribute
    ],
)
def test_commands_and_other_questions(text: str, kind: IntentKind, n: int, words: str) -> None:
    intent = parse(text)
    assert (intent.kind, intent.n, intent.words) == (kind, n, words)


def test_a_huge_message_is_cut_not_refused() -> None:
    intent = parse("who said " + "word " * 5000)
    assert intent.kind == IntentKind.WHO_SAID
    assert len(intent.words) < 2100


def test_the_command_is_kept_without_the_bot_name() -> None:
    assert parse("/frobnicate@NewsBot x").command == "/frobnicate"


# One message of each kind: every kind is reachable, and parse returns the enum member itself.
ONE_OF_EACH = {
    IntentKind.EMPTY: "",
    IntentKind.HELP: "/help",
    IntentKind.STATS: "/stats",
    IntentKind.LATEST: "/latest 3",
    IntentKind.RANDOM_QUOTE: "/quote",
    IntentKind.QUOTE: "/quote Lavrov",
    IntentKind.WHO_SAID: "who said the ball is in their court",
    IntentKind.SPEAKER_QUOTES: "what did Lavrov say about Georgia",
    IntentKind.SEARCH: "Georgia relations",
    IntentKind.UNKNOWN_COMMAND: "/frobnicate",
    IntentKind.ELSEWHERE: "/follow Lavrov",
    IntentKind.BAD_NUMBER: "/latest 0",
}


@pytest.mark.parametrize("kind", list(IntentKind))
def test_every_intent_kind_is_parsed_as_the_enum(kind: IntentKind) -> None:
    assert parse(ONE_OF_EACH[kind]).kind is kind

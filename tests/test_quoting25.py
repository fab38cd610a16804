"""Words a speaker quotes someone else saying (store.quotes.nested_quotes, store.search.quoting):
asked for the inner words, the answer says the speaker was quoting someone, never that they
said them; asked for the speaker's own words, it names them plainly."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from sqlite_utils import Database

from bot.console import ask
from handlers.answer import answer_question
from handlers.phrases import Lang
from handlers.records import ArticleRef, Hit
from handlers.render import render_html, render_json
from handlers.sureness import credit
from store.ingest.batch import store_article
from store.models import Article
from store.quotes.extract import extract_quotes
from store.quotes.nested_quotes import inner_spans
from tests.fake_bot_api import FakeBotApi, RunningBot, private_chat, reply_to

ROBBERY = Article(
    title="Bakery on Quill Lane robbed at closing time",
    paragraphs=(
        "A masked man robbed the Quill Lane bakery in Dunmore on Friday evening.",
        "“He came through the side door and said, ‘Nobody move,’ and then he emptied the till "
        "and ran,” said Orla Fennick, who runs the bakery.",
        "“We open again on Monday,” Fennick said.",
    ),
    source="Dunmore Courier",
    published="2025-03-14",
    url="https://courier.example.org/quill-lane",
)
OWNER = "Orla Fennick"


def _inner(paragraph: str) -> list[str]:
    """The inner words the first quote of paragraph relays, as written."""
    start = paragraph.index("“") + 1
    end = paragraph.index("”", start)
    return [paragraph[a:b] for a, b in inner_spans(paragraph, start, end)]


@pytest.mark.parametrize(
    ("paragraph", "inner"),
    [
        ("“He said, ‘Stay down,’ and left,” said Ada Kerr.", ["Stay down,"]),
        # A speech verb with its object pronoun and a colon.
        ("“The guard told us: ‘Wait here’ and shut the gate,” Kerr said.", ["Wait here"]),
        # Not someone else's: a title, a scare quote, the speaker's own voice.
        ("“We read ‘Harbour Lights’ at school,” said Ada Kerr.", []),
        ("“It is a so-called ‘fix’ and no more,” said Ada Kerr.", []),
        ("“I just said, ‘Thanks,’ and sat down,” said Ada Kerr.", []),
    ],
)
def test_inner_spans_are_the_words_a_speech_verb_inside_introduces(
    paragraph: str, inner: list[str]
) -> None:
    assert _inner(paragraph) == inner


def test_the_whole_quote_keeps_its_speakers_plain_confidence() -> None:
    # The outer speaker did say all of it: no cap hedges her own words.
    [quote] = [q for q in extract_quotes(ROBBERY).quotes if "Nobody" in q.text]
    assert quote.speaker == OWNER
    assert quote.confidence is not None and quote.confidence >= 0.9


@pytest.fixture
def robbery_store(fresh_db: Database) -> Database:
    store_article(fresh_db, ROBBERY)
    return fresh_db


@pytest.mark.parametrize(
    ("question", "quoting"),
    [
        # The words inside the inner marks are the robber's, whom Fennick quotes.
        ("who said nobody move", True),
        ("who said ‘nobody move’?", True),
        # Her own words around them are hers, named plainly.
        ("who said he came through the side door", False),
        ("who said he emptied the till and ran", False),
        # Most of the words asked are hers: she said them, the inner ones among them.
        ("who said he came through the side door and said nobody move", False),
    ],
)
def test_who_said_the_inner_words_is_answered_as_quoting_someone(
    robbery_store: Database, question: str, quoting: bool
) -> None:
    answer = answer_question(robbery_store, question)
    best = answer.hits[0]
    assert best.speaker == OWNER and best.quoting is quoting
    if quoting:
        assert answer.lead == f"{OWNER}, quoting someone else:"
        assert "said it" not in answer.text
        assert f"— {OWNER}, quoting someone else" in answer.text
    else:
        assert answer.lead == f"{OWNER} said it:"
        assert "quoting" not in answer.text


def test_newsbot_ask_prints_the_speaker_as_quoting(robbery_store: Database) -> None:
    out = io.StringIO()
    ask(robbery_store, "who said nobody move", as_json=True, stdin=io.StringIO(), out=out)
    assert '"quoting": true' in out.getvalue()
    out = io.StringIO()
    ask(robbery_store, "who said nobody move", as_json=False, stdin=io.StringIO(), out=out)
    assert f"{OWNER}, quoting someone else" in out.getvalue()
    assert f"{OWNER} said it" not in out.getvalue()


def test_telegram_reply_credits_the_speaker_as_quoting(robbery_store: Database) -> None:
    [message] = render_html(answer_question(robbery_store, "who said nobody move"))
    assert f"<b>{OWNER}</b>, quoting someone else:" in message
    assert render_json(answer_question(robbery_store, "who said the till"))["hits"]


def test_the_bot_over_the_fake_bot_api_says_quoting(
    api: FakeBotApi, robbery_store: Database
) -> None:
    with RunningBot(api, robbery_store):
        mine = reply_to(api, api.say(private_chat(2501), "who said he emptied the till"))
        theirs = reply_to(api, api.say(private_chat(2501), "who said nobody move"))
    assert "quoting" not in mine["text"] and OWNER in mine["text"]
    assert f"<b>{OWNER}</b>, quoting someone else" in theirs["text"]


_HIT = Hit(
    article=ArticleRef(1, "T", None, None, None),
    snippet="s",
    score=90.0,
    quote="s",
    speaker=OWNER,
    confidence=0.95,
    quoting=True,
)


@pytest.mark.parametrize(
    ("hit", "lang", "expected"),
    [
        (_HIT, Lang.EN, f"{OWNER}, quoting someone else"),
        (_HIT, Lang.RU, f"{OWNER}, цитируя чужие слова"),
        # Hedged as surely as the article names her, and quoting still said.
        (replace(_HIT, confidence=0.7), Lang.EN, f"probably {OWNER}, quoting someone else"),
    ],
)
def test_credit_says_quoting_in_the_replys_language(hit: Hit, lang: Lang, expected: str) -> None:
    assert credit(hit, OWNER, lang).text == expected

"""One answer, three renderings: plain text, JSON, Telegram HTML."""

from __future__ import annotations

import html
import json
import re
from html.parser import HTMLParser
from typing import ClassVar

import pytest
from sqlite_utils import Database

from handlers.answer import answer_question
from handlers.records import Answer, AnswerKind, ArticleRef, Hit
from handlers.render import (
    TELEGRAM_LIMIT,
    format_date,
    render_html,
    render_json,
    render_text,
    split_messages,
)


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        ("2016-07-22", "22 July 2016"),
        ("2016-07-02T10:00:00+00:00", "2 July 2016"),
        ("--07-22", "22 July"),  # the dateline had no year: we never invent one
        ("--12-01", "1 December"),
        ("2016-07", "July 2016"),
        (None, ""),
        ("", ""),
        ("yesterday", "yesterday"),  # unknown forms pass through
        ("2016-13-01", "2016-13-01"),
    ],
)
def test_format_date(published: str | None, expected: str) -> None:
    assert format_date(published) == expected


class TagBalance(HTMLParser):
    """Checks that every tag Telegram allows is closed, in order, and nothing else is used."""

    ALLOWED: ClassVar[set[str]] = {"b", "i", "a"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.text = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        assert tag in self.ALLOWED, tag
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack.pop() == tag

    def handle_data(self, data: str) -> None:
        self.text += data


def balanced_text(message: str) -> str:
    parser = TagBalance()
    parser.feed(message)
    parser.close()
    assert parser.stack == []
    return parser.text


def test_html_escapes_article_text_and_links_the_title(corpus: Database) -> None:
    answer = answer_question(corpus, "who said use script alert and enjoy the fair")
    (message,) = render_html(answer)
    assert "<script>" not in message and "&lt;script&gt;" in message
    assert "<b>Mary &lt;Smith&gt;</b>, organiser &amp; host" in message
    assert 'Tags &lt;b&gt;&amp; "quotes"&lt;/b&gt; in a title' in message  # no URL: not a link
    assert "Local &amp; Co" in message
    balanced_text(message)


def test_html_quote_hit_shows_speaker_title_link_source_and_date(corpus: Database) -> None:
    answer = answer_question(corpus, "who said we will ration water")
    (message,) = render_html(answer)
    assert "<b>Jane Okafor</b>, Environment Minister:" in message
    assert (
        '<a href="https://example.com/drought">Minister warns of drought as rivers shrink</a>'
        in message
    )
    assert "<i>Reuters, 5 March 2024</i>" in message
    assert "We will ration water in the capital from April" in balanced_text(message)


def test_html_never_links_a_script_url() -> None:
    article = ArticleRef(1, "T", None, None, "javascript:alert(1)")
    answer = Answer("q", AnswerKind.SEARCH, "text", (Hit(article, "snippet", 90.0),), lead="Found:")
    assert "href" not in "".join(render_html(answer))


def long_answer(hits: int, snippet: str) -> Answer:
    article = ArticleRef(1, "Title & more", "Src", "2020-01-02", "https://example.com/a?b=1&c=2")
    found = tuple(Hit(article, snippet, 80.0, quote=snippet, speaker="A <b>") for _ in range(hits))
    return Answer("q", AnswerKind.SPEAKER_QUOTES, "plain", found, lead="Quotes:")


@pytest.mark.parametrize(
    ("hits", "snippet"),
    [
        (40, "A fairly long quote about the budget and the deficit. " * 8),
        (3, "&<>" * 5000),  # escaping multiplies the length
        (1, "word " * 3000),
        (25, "Ünïcödé ёжик 😀 " * 30),
    ],
)
def test_long_replies_split_into_telegram_sized_messages(hits: int, snippet: str) -> None:
    messages = render_html(long_answer(hits, snippet))
    assert messages
    for message in messages:
        assert len(message) <= TELEGRAM_LIMIT
        balanced_text(message)
    assert messages[0].startswith("Quotes:")
    shown = sum(m.count("<b>A &lt;b&gt;</b>") for m in messages)
    assert shown == hits  # every hit is shown, none is split across messages


def test_split_messages_keeps_blocks_whole() -> None:
    blocks = [f"<b>{i}</b> " + "x" * 1000 for i in range(10)]
    messages = split_messages(blocks)
    assert all(len(m) <= TELEGRAM_LIMIT for m in messages)
    assert "\n\n".join(messages) == "\n\n".join(blocks)


def test_json_has_the_design_shape(corpus: Database) -> None:
    answer = answer_question(corpus, "who said we will ration water")
    data = render_json(answer)
    json.dumps(data)
    assert set(data) == {"question", "kind", "text", "hits"}
    hits = data["hits"]
    assert isinstance(hits, list)
    hit = hits[0]
    assert set(hit) == {
        "speaker", "quote", "kind", "how", "confidence", "namesake", "quoting", "snippet",
        "score", "article",
    }
    assert set(hit["article"]) == {"id", "title", "source", "published", "url"}
    assert hit["speaker"] == "Jane Okafor"
    assert data["text"] == render_text(answer)
    # The kind is an AnswerKind in the record and its plain value in JSON.
    assert answer.kind is AnswerKind.WHO_SAID
    assert json.dumps(data).startswith('{"question": "who said we will ration water", "kind": "who_said"')


@pytest.mark.parametrize(
    "question",
    [
        "who said we will ration water",
        "/latest 3",
        "/search wheat",
        "/help",
        "/stats",
        "/quote",
        "xyzzy",
    ],
)
def test_every_rendering_says_the_same_thing(corpus: Database, question: str) -> None:
    answer = answer_question(corpus, question)
    text = render_text(answer)
    shown = html.unescape(re.sub(r"<[^>]+>", "", "\n\n".join(render_html(answer))))
    for hit in answer.hits:
        assert hit.article.title in text and hit.article.title in shown
        if hit.speaker:
            assert hit.speaker in text and hit.speaker in shown
    if not answer.hits:
        assert shown == text

"""A Russian TASS-style article, ingested from a file, a page or a feed, answers Russian
questions in the console and in Telegram (the real Application against the fake Bot API)."""

from __future__ import annotations

import html
import io
from pathlib import Path

import pytest
from sqlite_utils import Database

from bot import console
from store.db import open_db
from store.ingest.batch import ingest
from tests.fake_bot_api import FakeBotApi, RunningBot, private_chat
from tests.loopback import LoopbackServer, loopback_fetch, rss

ARTICLE = Path(__file__).resolve().parent / "fixtures" / "ru" / "tass_embassies.txt"
TITLE = "Россия ответит на высылку дипломатов зеркально — Лавров"

# Each question, and what its reply must hold: the speaker in the nominative, and the exact
# words in «ёлочки» (reported speech would have none).
QUESTIONS = [
    ("кто сказал, что решение уже принято?", ["Сергей Лавров", "«Мы не оставим этот шаг"]),
    ("что сказал Лавров о переговорах?", ["Сергей Лавров", "«Никаких переговоров"]),
    ("/quote Лаврова", ["Сергей Лавров", "«Мы готовы к диалогу"]),
]


def as_page(text: str) -> str:
    """The article as a news site's HTML page: title, then one <p> per paragraph."""
    lines = [line for line in text.split("\n\n") if line.strip()]
    body = "".join(f"<p>{html.escape(line)}</p>" for line in lines[3:])
    return (
        f"<html><head><title>{html.escape(TITLE)}</title></head><body><article>"
        f"<h1>{html.escape(TITLE)}</h1>{body}</article></body></html>"
    )


def stored_from(source: str, server: LoopbackServer, tmp_path: Path) -> Database:
    """A store holding the article, read from the given kind of source."""
    text = ARTICLE.read_text(encoding="utf-8")
    match source:
        case "file":
            where = str(ARTICLE)
        case "page":
            where = server.serve("/lavrov.html", as_page(text))
        case _:
            paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n\n")[3:])
            feed = rss(("lavrov", TITLE, paragraphs), base=server.base)
            where = server.serve("/feed.xml", feed, "application/rss+xml")
    db = open_db(str(tmp_path / "news.db"))
    [result] = ingest(db, [where], fetcher=loopback_fetch)
    assert result.status == "added", result
    assert db.execute("SELECT language FROM articles").fetchall() == [("ru",)]
    return db


@pytest.mark.parametrize("source", ["file", "page", "feed"])
def test_the_console_answers_russian_questions_on_a_russian_article(
    source: str, local_site: LoopbackServer, tmp_path: Path
) -> None:
    db = stored_from(source, local_site, tmp_path)
    out = io.StringIO()
    asked = "".join(question + "\n" for question, _ in QUESTIONS)
    console.chat(db, stdin=io.StringIO(asked), out=out)
    replies = out.getvalue().split(console.PROMPT)[1 : len(QUESTIONS) + 1]
    for (question, wanted), reply in zip(QUESTIONS, replies, strict=True):
        for part in wanted:
            assert part in reply, (question, reply)
        assert "Лаврова" not in reply.split("\n")[0], reply  # the name as stored, not as asked


def test_telegram_answers_russian_questions_on_a_russian_article(
    api: FakeBotApi, local_site: LoopbackServer, tmp_path: Path
) -> None:
    db = stored_from("file", local_site, tmp_path)
    with RunningBot(api, db):
        asked = [api.say(private_chat(800 + i), q) for i, (q, _) in enumerate(QUESTIONS)]
        for message, (question, wanted) in zip(asked, QUESTIONS, strict=True):
            [reply] = [
                call
                for call in api.wait_for("sendMessage", count=len(QUESTIONS))
                if call.get("reply_parameters", {}).get("message_id") == message["message_id"]
                and int(call["chat_id"]) == message["chat"]["id"]
            ]
            for part in wanted:
                assert part in html.unescape(reply["text"]), (question, reply["text"])
            assert "22 июля" in reply["text"]  # the date in Russian too

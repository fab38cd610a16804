"""The bot without Telegram: newsbot ask and the chat conversation."""

from __future__ import annotations

import io
import json

from sqlite_utils import Database

from bot.console import BLANK_JSON, PROMPT, ask, chat


def test_ask_one_question_in_plain_text(corpus: Database) -> None:
    out = io.StringIO()
    assert (
        ask(corpus, "who said we will ration water", as_json=False, stdin=io.StringIO(), out=out)
        == 0
    )
    assert "Jane Okafor" in out.getvalue() and "https://example.com/drought" in out.getvalue()


def test_ask_json_reads_one_question_per_line(corpus: Database) -> None:
    questions = ["who said we will ration water", "", "/latest 2", "xyzzy plugh", "/quote Nowak"]
    out = io.StringIO()
    ask(corpus, "", as_json=True, stdin=io.StringIO("\n".join(questions) + "\n"), out=out)
    lines = out.getvalue().splitlines()
    answers = [json.loads(line) for line in lines]
    # Every line gets exactly one answer line; a blank one a blank answer, so they pair up.
    assert [a["question"].strip() for a in answers] == questions
    assert [a["kind"] for a in answers] == ["who_said", "", "latest", "no_match", "speaker_quotes"]
    assert answers[1] == BLANK_JSON


def test_ask_plain_text_from_stdin_prints_one_line_per_answer(corpus: Database) -> None:
    out = io.StringIO()
    ask(
        corpus,
        "  ",
        as_json=False,
        stdin=io.StringIO("/latest 2\n\nwho said we will ration water\n"),
        out=out,
    )
    lines = out.getvalue().splitlines()
    assert len(lines) == 3
    assert lines[0].startswith("The latest articles: | 1. ") and "Jane Okafor" in lines[2]
    assert lines[1] == ""  # the blank line's answer keeps the next one on line 3


def test_chat_answers_pages_and_quits(corpus: Database) -> None:
    script = "/latest 2\n/more\n/more\n/more\n\nwho said we will ration water\n/quit\n/help\n"
    out = io.StringIO()
    assert chat(corpus, stdin=io.StringIO(script), out=out) == 0
    shown = out.getvalue()
    assert shown.count("Earlier articles") == 2  # two more pages of /latest 2 over 5 articles
    assert "There is nothing more to show." in shown
    assert "Jane Okafor" in shown
    assert "I answer questions" not in shown  # /help came after /quit


def test_chat_ends_at_end_of_input(corpus: Database) -> None:
    out = io.StringIO()
    assert chat(corpus, stdin=io.StringIO("/stats"), out=out) == 0
    assert "5 articles" in out.getvalue()
    assert out.getvalue().count(PROMPT) == 2

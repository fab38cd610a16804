"""The bot without Telegram: `newsbot ask` and the `newsbot chat` conversation."""

from __future__ import annotations

import json
from typing import TextIO

from sqlite_utils import Database

from handlers.answer import answer_question
from handlers.records import Answer
from handlers.render import render_json, render_text

PROMPT = "you> "
MORE = ("/more", "/next", "more")
QUIT = ("/quit", "/exit", "/q", "quit", "exit")
# The `ask --json` answer to a blank line: the same keys as every answer, all empty.
BLANK_JSON: dict[str, object] = {"question": "", "kind": "", "text": "", "hits": []}


def ask(db: Database, question: str, *, as_json: bool, stdin: TextIO, out: TextIO) -> int:
    """Answer the question, or each line of stdin (one answer per line) when there is none."""
    if question.strip():
        _print(answer_question(db, question), as_json=as_json, out=out, one_line=False)
        return 0
    for line in stdin:
        if line.strip():
            _print(answer_question(db, line.strip()), as_json=as_json, out=out, one_line=True)
        else:
            # A blank answer for a blank line: output line N stays the answer to input line N.
            print(json.dumps(BLANK_JSON) if as_json else "", file=out)
        out.flush()
    return 0


def _print(answer: Answer, *, as_json: bool, out: TextIO, one_line: bool) -> None:
    if as_json:
        print(json.dumps(render_json(answer), ensure_ascii=False), file=out)
    elif one_line:
        # One answer per line, so a script can pair each line with its question.
        print(
            " | ".join(line.strip() for line in render_text(answer).splitlines() if line.strip()),
            file=out,
        )
    else:
        print(render_text(answer), file=out)


def chat(db: Database, *, stdin: TextIO, out: TextIO) -> int:
    """A console conversation: a question per line, /more for the next page, /quit to leave."""
    print(
        "newsbot — ask about the news (/help for ideas, /more for more, /quit to leave)", file=out
    )
    last: Answer | None = None
    while True:
        print(PROMPT, end="", file=out, flush=True)
        line = stdin.readline()
        if not line:
            print(file=out)
            return 0
        text = line.strip()
        if not text:
            continue
        if text.lower() in QUIT:
            return 0
        if text.lower() in MORE:
            if last is None or not last.has_more:
                print("There is nothing more to show.\n", file=out)
                continue
            last = answer_question(db, last.question, page=last.page + 1)
        else:
            last = answer_question(db, text)
        print(render_text(last), file=out)
        if last.has_more:
            print("(/more for more)", file=out)
        print(file=out)

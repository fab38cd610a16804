"""The bot without Telegram: `newsbot ask` and the `newsbot chat` conversation."""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import TextIO

from sqlite_utils import Database

from handlers.answer import answer_question
from handlers.phrases import Lang, Phrase, say
from handlers.records import Answer
from handlers.render import render_json, render_text

PROMPT = "you> "
MORE = ("/more", "/next", "more")
QUIT = ("/quit", "/exit", "/q", "quit", "exit")
HISTORY_FILE = "~/.newsbot_history"  # the questions of earlier chats, for Up and Ctrl-R
HISTORY_LINES = 1000
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
    """A console conversation: a question per line, /more for the next page, /quit to leave.

    At a terminal, lines can be edited and earlier questions recalled (readline); piped
    input is read as it comes, line by line.
    """
    print(
        "newsbot — ask about the news (/help for ideas, /more for more, /quit to leave)", file=out
    )
    interactive = stdin is sys.stdin and out is sys.stdout and stdin.isatty()
    editing = line_editing(Path(HISTORY_FILE).expanduser()) if interactive else None
    read = _input_line if editing is not None else _reader(stdin, out)
    try:
        return _converse(db, read, out)
    finally:
        if editing is not None:
            save_history(editing, Path(HISTORY_FILE).expanduser())


def line_editing(history: Path | None) -> ModuleType | None:
    """Turn on line editing and history for input() (readline, loaded only here: importing
    it changes how input() reads); earlier questions come from `history` if it exists.
    None where readline is missing (Windows without pyreadline)."""
    try:
        import readline
    except ImportError:
        return None
    readline.set_history_length(HISTORY_LINES)
    if history is not None and history.is_file():
        # An unreadable history file only costs the earlier questions.
        with contextlib.suppress(OSError):
            readline.read_history_file(history)
    return readline


def save_history(editing: ModuleType, history: Path) -> None:
    """Keep this chat's questions for the next one; a read-only home is no error."""
    with contextlib.suppress(OSError):
        editing.write_history_file(history)


def _input_line() -> str | None:
    try:
        return input(PROMPT) + "\n"
    except EOFError:
        return None


def _reader(stdin: TextIO, out: TextIO) -> Callable[[], str | None]:
    def read() -> str | None:
        print(PROMPT, end="", file=out, flush=True)
        return stdin.readline() or None

    return read


def _converse(db: Database, read: Callable[[], str | None], out: TextIO) -> int:
    last: Answer | None = None
    while True:
        line = read()
        if line is None:
            print(file=out)
            return 0
        text = line.strip()
        if not text:
            continue
        if text.lower() in QUIT:
            return 0
        if text.lower() in MORE:
            if last is None or not last.has_more:
                lang = last.lang if last else Lang.EN
                print(say(lang, Phrase.NOTHING_MORE) + "\n", file=out)
                continue
            last = answer_question(db, last.question, page=last.page + 1)
        else:
            last = answer_question(db, text)
        print(render_text(last), file=out)
        if last.has_more:
            print(say(last.lang, Phrase.MORE_HINT), file=out)
        print(file=out)

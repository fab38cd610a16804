"""The command line as a user runs it: options, ingest, stats, quotes, exit codes, start-up."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import click
import pytest

from bot.cli import cli, main, run_ingest
from bot.config import ConfigError
from store.db import open_db
from store.errors import StoreError
from store.ingest.fetch import Fetched
from store.live.feeds import AddedBy, add_feed
from tests.corpus import SEED

ROOT = Path(__file__).resolve().parent.parent
MISSING = "missing.db"


@pytest.fixture(autouse=True)
def clean_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test in a folder of its own (no stray .env), with no database or token set."""
    monkeypatch.chdir(tmp_path)
    for name in ("NEWSBOT_DB", "TELEGRAM_BOT_TOKEN"):
        monkeypatch.delenv(name, raising=False)


def empty_db(path: Path) -> str:
    """A migrated database without articles, as a first `ingest` or `run` leaves it."""
    open_db(str(path)).close()
    return str(path)


def child_env() -> dict[str, str]:
    """The environment for a `python -m bot` child: ours, without a database or token."""
    return {k: v for k, v in os.environ.items() if k not in ("NEWSBOT_DB", "TELEGRAM_BOT_TOKEN")}


# --- the options --------------------------------------------------------------------------


def test_version_names_the_installed_package(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out == f"newsbot {version('newsbot')}\n"


def test_every_command_option_and_argument_has_help() -> None:
    assert cli.help
    for name, command in cli.commands.items():
        assert command.help and command.get_short_help_str(), name
        with click.Context(command, info_name=name) as ctx:
            shown = command.get_help(ctx)
        for param in command.params:
            if isinstance(param, click.Option):
                assert param.help, f"{name} {param.name}"
            else:  # an argument has no help of its own: the command's text must explain it
                assert param.human_readable_name.rstrip(".") in command.help, f"{name} {param}"
        assert "Usage: " in shown


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_help_of_every_command_exits_0(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([command, "--help"]) == 0
    assert capsys.readouterr().out.startswith(f"Usage: newsbot {command} ")


@pytest.mark.parametrize(
    ("argv", "environ", "used"),
    [
        (["--db", "a.db", "stats"], {}, "a.db"),  # before the command
        (["stats", "--db", "a.db"], {}, "a.db"),  # after it
        (["stats"], {"NEWSBOT_DB": "a.db"}, "a.db"),
        (["--db", "a.db", "stats"], {"NEWSBOT_DB": "b.db"}, "a.db"),  # the option wins
        (["--db", "b.db", "stats", "--db", "a.db"], {}, "a.db"),  # the nearest one wins
    ],
)
def test_db_is_taken_from_either_place_or_the_environment(
    argv: list[str],
    environ: dict[str, str],
    used: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    empty_db(tmp_path / "a.db")
    empty_db(tmp_path / "b.db")
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    assert main(argv) == 0
    assert f"database:   {used} (" in capsys.readouterr().out


def test_a_usage_error_is_exit_code_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ingest"]) == 2  # SOURCE is required
    assert "Missing argument 'SOURCE...'" in capsys.readouterr().err


# --- which commands may create their database ---------------------------------------------


@pytest.mark.parametrize(
    ("argv", "environ"),
    [
        (["--db", MISSING, "ask", "/latest"], {}),
        (["stats", "--db", MISSING], {}),
        (["chat"], {"NEWSBOT_DB": MISSING}),  # a path from the environment is refused alike
        (["--db", f"folder/{MISSING}", "stats"], {}),
    ],
)
def test_a_reading_command_refuses_a_database_that_does_not_exist(
    argv: list[str],
    environ: dict[str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    path = environ.get("NEWSBOT_DB") or argv[argv.index("--db") + 1]
    assert main(argv) == 2
    assert capsys.readouterr().err == (
        f"newsbot: cannot use the database {path}: it does not exist (ingest creates it)\n"
    )
    assert list(tmp_path.iterdir()) == []  # nothing was created, not even a journal


@pytest.mark.parametrize(
    "argv",
    [
        ["stats"],  # the default path, on first use: created and seeded
        ["--db", "newsbot.db", "stats"],  # the same file named
        ["--db", MISSING, "run"],  # the first command of a new deployment
        ["--db", MISSING, "ingest", str(SEED)],
        ["--db", MISSING, "reindex"],
    ],
)
def test_the_default_path_and_the_writing_commands_create_the_database(
    argv: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # `run` without a token: the console
    assert main(argv) == 0
    created = tmp_path / (MISSING if MISSING in argv else "newsbot.db")
    assert created.is_file()
    db = open_db(str(created))
    assert db["articles"].count == (0 if "reindex" in argv else 1)  # seeded, or ingested


def test_stats_seeds_an_empty_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", empty_db(tmp_path / "n.db"), "stats"]) == 0
    out = capsys.readouterr().out
    assert "articles:   1" in out and "paragraphs: 7" in out


# --- ask ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("flag", "blank"),
    [([], ""), (["--json"], '{"question": "", "kind": "", "text": "", "hits": []}')],
)
def test_ask_answers_a_blank_line_with_a_blank_line(
    flag: list[str],
    blank: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("xyzzy plugh\n\n   \nwho said the ball\n"))
    assert main(["ask", *flag]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 4  # one output line for each input line
    assert lines[1] == lines[2] == blank
    assert "Lavrov" in lines[3] and "Lavrov" not in lines[0]


# --- ingest -------------------------------------------------------------------------------


def test_ingest_summary_and_exit_code(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Good\n\nBody text.")
    db = str(tmp_path / "n.db")
    assert main(["--db", db, "ingest", str(good)]) == 0
    assert capsys.readouterr().out.strip() == "added 1, updated 0, unchanged 0, failed 0"
    assert main(["--db", db, "ingest", str(good), str(tmp_path / "nope.txt")]) == 1
    captured = capsys.readouterr()
    assert captured.out.strip() == "added 0, updated 0, unchanged 1, failed 1"
    assert f"failed: {tmp_path / 'nope.txt'}: no such file or directory" in captured.err


def test_ingest_json_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Good\n\nBody text.")
    assert main(["--db", str(tmp_path / "n.db"), "ingest", "--json", str(good)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["added"], report["failed"]) == (1, 0)
    assert report["results"][0]["title"] == "Good"


def interrupt(url: str, **conditions: str | None) -> Fetched:
    """A fetcher during which the user presses Ctrl-C."""
    raise KeyboardInterrupt


@pytest.mark.parametrize("as_json", [False, True], ids=["text", "json"])
def test_ctrl_c_during_ingest_prints_the_summary_so_far(tmp_path: Path, as_json: bool) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Good\n\nBody text.")
    db = open_db(str(tmp_path / "n.db"))
    out, err = io.StringIO(), io.StringIO()
    sources = [str(good), "http://127.0.0.1:9/never", str(SEED)]
    code = run_ingest(db, sources, as_json=as_json, out=out, err=err, fetcher=interrupt)
    assert code == 130
    if as_json:
        report = json.loads(out.getvalue())
        assert (report["added"], report["failed"], len(report["results"])) == (1, 0, 1)
    else:
        assert out.getvalue() == "added 1, updated 0, unchanged 0, failed 0\n"
    assert "interrupted" in err.getvalue()
    assert db["articles"].count == 1  # what was stored before Ctrl-C stays; the seed never came


def test_ctrl_c_during_newsbot_ingest_exits_130_after_the_summary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("store.ingest.fetch.fetch", interrupt)  # what ingest fetches with
    argv = ["--db", "n.db", "ingest", str(SEED), "http://127.0.0.1:9/never"]
    assert main(argv) == 130
    assert capsys.readouterr().out == "added 1, updated 0, unchanged 0, failed 0\n"


# --- quotes and stats ---------------------------------------------------------------------


def test_stats_name_failing_feeds(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db_path = str(tmp_path / "n.db")
    db = open_db(db_path)
    add_feed(db, "https://example.com/rss", added_by=AddedBy.CONFIG)
    db.execute("UPDATE feeds SET failures = 1, last_error = 'timed out'")
    db.conn.commit()
    db.close()
    assert main(["--db", db_path, "stats"]) == 0
    out = capsys.readouterr().out
    assert "Feeds: 1 polled, 1 failing." in out
    assert "https://example.com/rss — failed once: timed out" in out


def test_quotes_json_names_the_file_and_stores_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seed = SEED
    assert main(["--db", MISSING, "quotes", "--json", str(seed)]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert records and all(r["file"] == str(seed) for r in records)
    assert set(records[0]) == {
        "file",
        "quote",
        "speaker",
        "role",
        "cue",
        "kind",
        "paragraph",
        "how",
        "confidence",
    }
    assert any("ball is in the court of our Georgia neighbors" in r["quote"] for r in records)
    assert list(tmp_path.iterdir()) == []


# --- failures at the edge -----------------------------------------------------------------


def test_a_file_that_is_not_a_database_is_one_clear_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bogus = tmp_path / "bogus.db"
    bogus.write_bytes(b"this is not sqlite" * 100)
    assert main(["--db", str(bogus), "stats"]) == 2
    assert capsys.readouterr().err.startswith(f"newsbot: cannot use the database {bogus}: ")


def test_a_folder_as_the_database_is_one_clear_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(tmp_path), "stats"]) == 2
    assert (
        capsys.readouterr().err == f"newsbot: cannot use the database {tmp_path}: it is a folder\n"
    )


def test_a_bad_setting_is_one_line_and_exit_code_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("LOG_LEVEL", "LOUD")
    assert main(["stats"]) == 2
    assert capsys.readouterr().err.startswith("newsbot: LOG_LEVEL: 'LOUD' is not one of DEBUG")


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (KeyboardInterrupt(), 130),
        (ConfigError("NEWSBOT_X: bad"), 2),
        (StoreError("the store is broken"), 2),
        (RuntimeError("a bug"), 1),
    ],
    ids=lambda value: type(value).__name__ if isinstance(value, BaseException) else str(value),
)
def test_what_a_command_raises_becomes_its_exit_code(
    error: BaseException, code: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(*args: object, **kwargs: object) -> int:
        raise error

    monkeypatch.setattr("bot.cli.show_stats", fail)
    assert main(["--db", empty_db(tmp_path / "n.db"), "stats"]) == code


def test_an_unexpected_error_never_prints_the_token(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    token = "123456:SECRET-token"
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", token)

    def explode(*args: object, **kwargs: object) -> int:
        raise RuntimeError(f"POST https://api.telegram.org/bot{token}/getMe failed")

    monkeypatch.setattr("bot.cli.show_stats", explode)
    assert main(["--db", empty_db(tmp_path / "n.db"), "stats"]) == 1
    err = capsys.readouterr().err
    assert "RuntimeError" in err and "[REDACTED]" in err
    assert token not in err


def test_a_reader_that_goes_away_is_no_traceback(tmp_path: Path) -> None:
    questions = tmp_path / "questions.txt"
    questions.write_text("/latest\n" * 500)
    with questions.open() as stdin:
        child = subprocess.Popen(
            [sys.executable, "-m", "bot", "ask"],
            stdin=stdin,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=tmp_path,
            env=child_env(),
        )
        assert child.stdout is not None and child.stderr is not None
        child.stdout.close()  # `newsbot ask < questions | head -0`
        with child.stderr:
            err = child.stderr.read().decode()
        assert child.wait(timeout=60) == 141
    assert "Traceback" not in err and "BrokenPipeError" not in err


def test_python_dash_m_bot_is_the_same_program(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "bot", "stats", "--db", "n.db"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
        env={**child_env(), "NEWSBOT_DB": "n.db"},
    )
    assert done.returncode == 2  # not silently created: `stats` only reads
    done = subprocess.run(
        [sys.executable, "-m", "bot", "stats"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
        env=child_env(),
    )
    assert done.returncode == 0, done.stderr
    assert "articles:   1" in done.stdout


# --- start-up -----------------------------------------------------------------------------

# What `newsbot ask` must not import: ingestion and Telegram cost most of the start-up.
HEAVY = ("trafilatura", "feedparser", "lxml", "telegram", "httpx")


def test_ask_imports_neither_ingestion_nor_telegram(tmp_path: Path) -> None:
    probe = (
        "import sys, runpy\n"
        "sys.argv = ['newsbot', 'ask', 'who said the ball']\n"
        "try:\n"
        "    runpy.run_module('bot', run_name='__main__')\n"
        "except SystemExit as done:\n"
        "    assert done.code == 0, done.code\n"
        f"print(sorted({{m.split('.')[0] for m in sys.modules}} & set({HEAVY!r})))\n"
    )
    # The store exists and is seeded: seeding an empty one is the only ask that ingests.
    subprocess.run(
        [sys.executable, "-m", "bot", "stats"],
        cwd=tmp_path,
        env=child_env(),
        check=True,
        capture_output=True,
    )
    done = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
        env=child_env(),
    )
    assert done.returncode == 0, done.stderr
    assert "Lavrov" in done.stdout
    assert done.stdout.splitlines()[-1] == "[]"

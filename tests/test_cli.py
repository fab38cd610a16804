"""The command line as a user runs it: ingest, stats, quotes, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main
from store.db import open_db
from store.live.feeds import CONFIG, add_feed
from tests.corpus import SEED

ROOT = Path(__file__).resolve().parent.parent


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


def test_stats_seeds_an_empty_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(tmp_path / "n.db"), "stats"]) == 0
    out = capsys.readouterr().out
    assert "articles:   1" in out and "paragraphs: 7" in out


def test_stats_name_failing_feeds(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db_path = str(tmp_path / "n.db")
    db = open_db(db_path)
    add_feed(db, "https://example.com/rss", added_by=CONFIG)
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
    assert main(["quotes", "--json", str(seed)]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert records and all(r["file"] == str(seed) for r in records)
    assert set(records[0]) == {"file", "quote", "speaker", "role", "cue", "kind", "paragraph"}
    assert any("ball is in the court of our Georgia neighbors" in r["quote"] for r in records)


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
    assert capsys.readouterr().err == f"newsbot: cannot use the database {tmp_path}: it is a folder\n"


def test_an_unexpected_error_never_prints_the_token(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    token = "123456:SECRET-token"
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", token)

    def explode(*args: object) -> int:
        raise RuntimeError(f"POST https://api.telegram.org/bot{token}/getMe failed")

    monkeypatch.setattr("bot.cli._dispatch", explode)
    assert main(["--db", str(tmp_path / "n.db"), "stats"]) == 1
    err = capsys.readouterr().err
    assert "RuntimeError" in err and "[REDACTED]" in err
    assert token not in err


def test_a_reader_that_goes_away_is_no_traceback(tmp_path: Path) -> None:
    questions = tmp_path / "questions.txt"
    questions.write_text("/latest\n" * 500)
    with questions.open() as stdin:
        child = subprocess.Popen(
            [sys.executable, "-m", "bot", "--db", str(tmp_path / "n.db"), "ask"],
            stdin=stdin,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=tmp_path,
        )
        assert child.stdout is not None and child.stderr is not None
        child.stdout.close()  # `newsbot ask < questions | head -0`
        with child.stderr:
            err = child.stderr.read().decode()
        assert child.wait(timeout=60) == 141
    assert "Traceback" not in err and "BrokenPipeError" not in err


def test_python_dash_m_bot_is_the_same_program(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "bot", "--db", str(tmp_path / "n.db"), "stats"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert "articles:   1" in done.stdout

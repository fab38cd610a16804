"""The suite's own rules: test modules share code through helper modules (tests/loopback.py,
tests/corpus.py, tests/fake_bot_api.py) and fixtures in conftest.py, never by importing each
other; importing conftest would run it twice under two names."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = {
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    }
    return names | {
        node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module
    }


def is_test_module(name: str) -> bool:
    last = name.rsplit(".", 1)[-1]
    return name.startswith("tests.") and (last.startswith("test_") or last == "conftest")


@pytest.mark.parametrize("path", sorted(TESTS.glob("*.py")), ids=lambda path: path.name)
def test_no_module_of_the_suite_imports_a_test_module_or_conftest(path: Path) -> None:
    assert sorted(filter(is_test_module, imported_modules(path))) == []


@pytest.mark.parametrize(
    ("source", "imports_a_test_module"),
    [
        ("from tests.test_feed_poll import rss", True),
        ("from tests.conftest import LocalSite", True),
        ("import tests.test_bot_e2e", True),
        ("from tests.loopback import rss", False),
        ("from tests.fake_bot_api import FakeBotApi", False),
        ("from store.ingest.batch import store_article", False),
    ],
)
def test_the_rule_sees_every_form_of_import(
    tmp_path: Path, source: str, imports_a_test_module: bool
) -> None:
    path = tmp_path / "test_example.py"
    path.write_text(source + "\n", encoding="utf-8")
    assert any(map(is_test_module, imported_modules(path))) is imports_a_test_module

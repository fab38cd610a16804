"""The layout holds: lower layers never import higher ones, modules stay a readable size."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("bot", "handlers", "store")
MAX_LINES = 500

# Lowest first. A module may import its own layer and the ones before it.
LAYERS = (
    ("store.models", "store.errors", "store.clock"),
    ("store.quotes",),  # text to quotes: no database
    ("store.db", "store.migrations"),
    ("store.search",),  # reading
    ("store.articles", "store.article_rows", "store.stats"),  # writing one article, counting
    ("store.ingest",),  # sources to stored articles
    ("store.live",),  # feeds and follows
    ("handlers",),  # the conversation, no Telegram
    ("bot",),  # the process and the Telegram edge
)


def layer_of(module: str) -> int | None:
    """The layer a dotted module name belongs to; None outside the project."""
    for number, prefixes in enumerate(LAYERS):
        if any(module == p or module.startswith(p + ".") for p in prefixes):
            return number
    return None


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_modules(path: Path) -> list[tuple[int, str]]:
    """(line, module) of every import in a file, those inside functions included."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
            # `from store import search` imports the subpackage store.search.
            found += [(node.lineno, f"{node.module}.{alias.name}") for alias in node.names]
    return found


def project_files() -> list[Path]:
    return sorted(path for package in PACKAGES for path in (ROOT / package).rglob("*.py"))


def test_every_project_module_has_a_layer() -> None:
    # store/__init__.py alone: the package itself, which holds nothing.
    assert [module_name(p) for p in project_files() if layer_of(module_name(p)) is None] == [
        "store"
    ]


@pytest.mark.parametrize("path", project_files(), ids=lambda p: module_name(p))
def test_no_import_from_a_higher_layer(path: Path) -> None:
    own = layer_of(module_name(path))
    if own is None:
        return
    upward = [
        f"line {line}: {module}"
        for line, module in imported_modules(path)
        if (layer := layer_of(module)) is not None and layer > own
    ]
    assert upward == []


@pytest.mark.parametrize("package", ["handlers", "store"])
def test_no_telegram_below_bot(package: str) -> None:
    # The conversation and the data never depend on Telegram: the console and CLI use them too.
    users = [
        f"{module_name(path)} line {line}"
        for path in (ROOT / package).rglob("*.py")
        for line, module in imported_modules(path)
        if module.split(".")[0] == "telegram"
    ]
    assert users == []


@pytest.mark.parametrize("path", project_files(), ids=lambda p: module_name(p))
def test_modules_stay_a_readable_size(path: Path) -> None:
    assert len(path.read_text(encoding="utf-8").splitlines()) <= MAX_LINES


@pytest.mark.parametrize(
    ("module", "layer"),
    [
        ("store.models", 0),
        ("store.quotes.lexicon", 1),
        ("store.search.plan", 3),
        ("store.ingest.batch", 5),
        ("handlers.answer", 7),
        ("bot.telegram.app", 8),
        ("storeroom", None),  # a prefix is a whole dotted part, not the start of a word
        ("telegram.ext", None),
    ],
)
def test_layer_of(module: str, layer: int | None) -> None:
    assert layer_of(module) == layer

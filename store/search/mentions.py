"""People an article names but never quotes: "mentioned, not quoted" instead of "unknown"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlite_utils import Database

from store.db import newest_first, placeholders
from store.search.paragraphs import snippet
from store.search.records import PARAGRAPH_ROWS, Match, paragraph_match
from store.search.stopwords_ru import RU_STOPWORDS
from store.search.tokens import STOPWORDS, fold, words

MAX_SHOWN = 3  # articles whose paragraph naming the person is shown
NAME_WORDS = 4  # a longer "name" is no name: not looked for in the text
_NO_NAMES = STOPWORDS | RU_STOPWORDS
PARAGRAPHS_READ = 200  # paragraphs holding the words, read to see them written as a name


@dataclass(frozen=True)
class Mentioned:
    """Where someone who is never quoted is named: how many articles, and the newest ones."""

    articles: int
    where: tuple[Match, ...]  # the paragraph naming them, newest article first


def mentioned(db: Database, name: str) -> Mentioned | None:
    """The articles that name `name` (any name form, any case) without quoting them."""
    article_ids = [
        int(article_id)
        for (article_id,) in db.execute(
            "SELECT DISTINCT a.id FROM mentions m JOIN articles a ON a.id = m.article_id "
            f"WHERE m.name = ? ORDER BY {newest_first('a')}",
            [name],
        )
    ]
    if not article_ids:
        article_ids = _written_as_a_name(db, name)
    if not article_ids:
        return None
    shown = [found for aid in article_ids[:MAX_SHOWN] if (found := _naming(db, aid, name))]
    return Mentioned(len(article_ids), tuple(shown))


def _written_as_a_name(db: Database, name: str) -> list[int]:
    """The articles whose text writes the name capitalised, as a name ("under Mikheil
    Saakashvili"), newest first: someone the extractor listed under no mention, or only
    inside a longer one ("Russia Zurab Abashidze")."""
    tokens = words(name)
    if not tokens or len(tokens) > NAME_WORDS or set(tokens) <= _NO_NAMES:
        return []  # "he", "she", "она": capitalised at a sentence's start, never a name
    rows = db.execute(
        "SELECT p.article_id, p.text FROM paragraphs_fts f JOIN paragraphs p ON p.id = f.rowid "
        "WHERE paragraphs_fts MATCH ? LIMIT ?",
        ['"' + " ".join(tokens) + '"', PARAGRAPHS_READ],  # words(): no quote in them
    )
    written = re.compile(r"(?<!\w)" + r"\W+".join(map(re.escape, tokens)) + r"(?!\w)")
    found = {int(article_id) for article_id, text in rows if _as_a_name(written, str(text))}
    if not found:
        return []
    ordered = db.execute(
        f"SELECT a.id FROM articles a WHERE a.id IN ({placeholders(found)}) "
        f"ORDER BY {newest_first('a')}",
        sorted(found),
    )
    return [int(article_id) for (article_id,) in ordered]


def _as_a_name(written: re.Pattern[str], text: str) -> bool:
    """Whether the (folded) words stand in the text with a capital to each word."""
    folded = fold(text)
    if len(folded) != len(text):
        return False  # offsets would not line up; so rare a text is simply not read
    return any(
        all(word[:1].isupper() for word in re.findall(r"\w+", text[m.start() : m.end()]))
        for m in written.finditer(folded)
    )


def _naming(db: Database, article_id: int, name: str) -> Match | None:
    """The first paragraph of an article that holds the name, as a search match."""
    row = db.execute(
        PARAGRAPH_ROWS + "WHERE p.article_id = ? AND instr(lower(p.text), lower(?)) "
        "ORDER BY p.position LIMIT 1",
        [article_id, name],
    ).fetchone()
    if row is None:
        return None
    return paragraph_match(row, snippet(str(row[1]), set(words(name))), 100.0)

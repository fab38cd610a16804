"""The stemmed index as saving now writes it (ruspeed21b): its text split at spaces alone
(migration m014: the ascii tokenizer, no row sizes), the queue emptied a range at a time.
It must hold exactly the stems Python made, find what it found before, and an older store
must come out of the migration with the same terms."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from sqlite_utils import Database

from handlers.answer import answer_question
from store.db import open_db
from store.ingest.batch import store_article
from store.live.matching import stems_index_words
from store.migrations import migrations
from store.models import Article
from store.search import stems as stems_module
from store.search.stems import stems, sync_stems

# Invented rows: Cyrillic, Latin with marks, capitals, digits, marks around words.
TEXTS = [
    "«Посольства откроются осенью», — заявил министр.",
    "В кафе Café на Тверской встретились делегаты NATO-led миссии.",
    "ЁЛКА и ёлка, COVID-19 и «Жёлтый» дом № 5½.",
    "Сотрудник O'Brien сообщил: «Никаких изменений»!",
]


def _article(paragraphs: list[str], title: str = "Новости дня") -> Article:
    return Article(title=title, source="ТАСС", paragraphs=tuple(paragraphs), language="ru")


def _vocabulary(db: Database, table: str) -> Counter[str]:
    rows = db.execute(f"SELECT term, doc FROM {table}_fts_vocab")
    return Counter({str(term): int(doc) for term, doc in rows})


def _terms(db: Database, table: str) -> Counter[str]:
    rows = db.execute("SELECT term, df FROM search_terms WHERE tbl = ?", [table])
    return Counter({str(term): int(df) for term, df in rows})


def test_the_stemmed_index_holds_the_stems_python_made(fresh_db: Database) -> None:
    store_article(fresh_db, _article(TEXTS))
    expected = Counter(term for text in TEXTS for term in set(stems(text)))
    assert _vocabulary(fresh_db, "paragraphs_ru") == expected
    assert _terms(fresh_db, "paragraphs_ru") == expected


@pytest.mark.parametrize(
    ("follow", "found"),
    [
        ("Café", True),  # marked: stored folded, as unicode61 read it
        ("CAFÉ,", True),
        ("«NATO»", True),  # marks around a word are no part of it
        ("NATO-led", True),  # a phrase of two tokens
        ("O'Brien", True),
        ("Brien-O", False),  # a phrase, in its order
        ("Berlin", False),
    ],
)
def test_a_latin_follow_is_looked_for_in_the_stemmed_index_as_stored(
    fresh_db: Database, follow: str, found: bool
) -> None:
    store_article(fresh_db, _article(TEXTS))
    sql = "SELECT count(*) FROM paragraphs_ru_fts WHERE paragraphs_ru_fts MATCH ?"
    hits = fresh_db.execute(sql, [stems_index_words(follow)]).fetchone()[0]
    assert (hits > 0) == found


def test_a_queue_longer_than_a_batch_is_stemmed_a_range_at_a_time(
    fresh_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(stems_module, "_BATCH", 3)  # 3, 3, then 2 rows of 8
    paragraphs = [f"{text} Выпуск {at}." for at, text in enumerate(TEXTS * 2)]
    store_article(fresh_db, _article(paragraphs))
    assert fresh_db.execute("SELECT count(*) FROM stems_pending").fetchone() == (0,)
    stored = fresh_db.execute("SELECT text FROM paragraphs_ru ORDER BY id").fetchall()
    assert [text for (text,) in stored] == [" ".join(stems(p)) for p in paragraphs]
    assert _terms(fresh_db, "paragraphs_ru") == _vocabulary(fresh_db, "paragraphs_ru")


def _store_before_m014(path: Path) -> None:
    """A store as m013 left it, Russian rows stemmed into the unicode61 indexes."""
    old = Database(str(path))
    migrations.apply(old, stop_before="m014_stemmed_index_split_at_spaces")
    article_id = (
        old.table("articles")
        .insert({"title": "Порт", "content_hash": "x", "ingested_at": "x", "language": "ru"})
        .last_pk
    )
    for position, text in enumerate(TEXTS):
        paragraph_id = (
            old.table("paragraphs")
            .insert(
                {
                    "article_id": article_id,
                    "position": position,
                    "text": text,
                    "in_english_index": 0,
                }
            )
            .last_pk
        )
        old.table("quotes").insert(
            {
                "article_id": article_id,
                "paragraph_id": paragraph_id,
                "position": position,
                "text": text,
                "speaker": "Иван Петров",
                "kind": "direct",
                "in_english_index": 0,
            }
        )
    sync_stems(old)
    old.conn.commit()
    old.close()


def test_an_older_store_keeps_its_stemmed_terms(tmp_path: Path) -> None:
    _store_before_m014(tmp_path / "old.db")
    old = Database(str(tmp_path / "old.db"))
    before = {t: (_vocabulary(old, t), _terms(old, t)) for t in ("quotes_ru", "paragraphs_ru")}
    old.close()
    db = open_db(tmp_path / "old.db")
    for table, (vocabulary, terms) in before.items():
        sql = db.execute("SELECT sql FROM sqlite_master WHERE name = ?", [f"{table}_fts"])
        assert "tokenize='ascii'" in str(sql.fetchone()[0])
        assert _vocabulary(db, table) == vocabulary == terms == _terms(db, table)
    assert answer_question(db, "кто сказал, что посольства откроются").hits
    # Rows leave the rebuilt index as they went in: deleting them leaves no term behind.
    db.execute("DELETE FROM articles")
    assert _vocabulary(db, "paragraphs_ru") == Counter()
    assert _vocabulary(db, "quotes_ru") == Counter()

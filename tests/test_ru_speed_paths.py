"""The shortcuts Russian ingest was sped up with give what the plain path gives: a cached
mention read at another offset, the stems of a group stemmed a distinct word at a time.
(scripts/extraction_digest_ru.py checks whole articles.)"""

from __future__ import annotations

import hashlib
from dataclasses import replace

import pytest
from sqlite_utils import Database

from store.ingest.batch import store_article
from store.models import Article
from store.quotes.ru import cues
from store.quotes.ru.cues import ACCORDING_NOUNS, ACCORDING_TO, forget_words, read_mention
from store.quotes.ru.events import _LABEL, _LABEL_COLON
from store.quotes.ru.names import CASES
from store.search.stems import _stem_rows, stemmed_text, sync_stems

PHRASES = [
    "министр иностранных дел России Сергей Лавров",  # a role and a full name
    "Сергея Лаврова",  # a name in another case
    "глава МИД РФ",  # a description
    "он",  # a pronoun
    "в пресс-службе Кремля",  # a body
    "Макрон",  # a lone capitalised word
    "журналистам",  # nobody
]


@pytest.mark.parametrize("phrase", PHRASES)
@pytest.mark.parametrize("cases", [CASES, ("nomn",), ("accs", "gent")])
def test_a_mention_read_again_or_elsewhere_is_the_first_reading_moved(
    phrase: str, cases: tuple[str, ...]
) -> None:
    forget_words()
    fresh = read_mention(phrase, 0, cases)
    forget_words()
    at_offset = read_mention(phrase, 17, cases)  # read first at an offset, then from the cache
    again = read_mention(phrase, 0, cases)
    assert again == fresh
    if fresh is None:
        assert at_offset is None
    else:
        assert at_offset == replace(fresh, start=fresh.start + 17, end=fresh.end + 17)


def test_forgetting_words_empties_the_mention_cache() -> None:
    read_mention("заявил Сергей Лавров", 0, ("nomn",))
    forget_words()  # the benchmark's cold start: no mention may be remembered
    assert cues._mention.cache_info().currsize == 0


@pytest.mark.parametrize(
    "texts",
    [
        ["Посольства закрыты.", "Посольство откроется, посольства нет."],  # words repeated
        ["Ёлка и елка", "ЁЛКА"],  # ё read as е, in either case
        ["", "МИД России и NATO 2024"],  # an empty row; Latin letters and digits
        ["один", "один", "один"],  # one word in every row
        # The rows are folded together: a row's last sigma stays final, a capital that lowers
        # to two characters moves no row boundary, a row holding the joining character is
        # folded alone.
        ["ΟΔΟΣ", "Σεργей ΟΔΟΣ Ёж", "İstanbul и Café", "Мир\x00дом", "Zürich ёмкость"],
    ],
)
def test_a_group_is_stemmed_as_each_row_alone(texts: list[str]) -> None:
    assert [" ".join(stems) for stems in _stem_rows(texts)] == [stemmed_text(t) for t in texts]


@pytest.mark.parametrize(
    ("text", "according", "label"),
    [
        ("По словам Лаврова, встреча прошла хорошо.", True, False),
        ("по его мнению, это ошибка", True, False),
        ("По оценке экспертов и по утверждению МИД, рост продолжится.", True, False),
        ("Захарова: «Мы ответим».", False, True),
        ("Итоги года. Песков:«Бюджет исполнен».", False, True),  # no space after the colon
        ("Лавров: \u201cМы готовы\u201d", False, True),
        ('Глава МИД: "Да"', False, True),
        ("Время: 12:30, встреча: завтра.", False, False),  # colons, no label
        ("Он сказал по-словацки: нет.", False, False),
        ("", False, False),
    ],
)
def test_a_paragraph_left_unscanned_has_no_match_to_lose(
    text: str, according: bool, label: bool
) -> None:
    # find_events scans for "по словам …" and "X: «…»" only in paragraphs that hold what
    # every match holds: whatever the patterns find, the cheap checks let through.
    assert (ACCORDING_TO.search(text) is not None) == according
    assert (_LABEL.search(text) is not None) == label
    if according:
        assert any(noun in text for noun in ACCORDING_NOUNS)
    if label:
        assert _LABEL_COLON.search(text)


def _stem_counts(db: Database) -> dict[tuple[str, str], int]:
    rows = db.execute("SELECT tbl, term, df FROM search_terms WHERE tbl LIKE '%_ru'")
    return {(str(tbl), str(term)): int(df) for tbl, term, df in rows}


def _vocabulary(db: Database) -> dict[tuple[str, str], int]:
    """What a rebuild from the stemmed FTS indexes would count: the truth to match."""
    found = {}
    for table in ("quotes_ru", "paragraphs_ru"):
        for term, doc in db.execute(f"SELECT term, doc FROM {table}_fts_vocab"):
            found[(table, str(term))] = int(doc)
    return found


ARTICLE = Article(
    title="Лавров: посольства откроются",
    source="ТАСС",
    paragraphs=(
        "МОСКВА, 22 июля. /ТАСС/.",
        "«Посольства откроются, посольств станет больше», — заявил Сергей Лавров.",
        "По словам министра, посольство в Тбилиси откроется осенью.",
    ),
    language="ru",
)


def test_the_stems_a_save_counts_are_the_stemmed_index_s(fresh_db: Database) -> None:
    store_article(fresh_db, ARTICLE)  # counted from the stems just made, not read back
    assert _stem_counts(fresh_db) == _vocabulary(fresh_db)


def test_a_queue_of_more_than_five_hundred_rows_is_stemmed_in_one_statement(
    fresh_db: Database,
) -> None:
    # FTS5 writes a segment at the end of each statement: a group's rows go in together.
    article_id = store_article(fresh_db, ARTICLE).article_id
    many = 1200
    fresh_db.conn.executemany(
        "INSERT INTO paragraphs (article_id, position, text) VALUES (?, ?, ?)",
        [(article_id, 10 + at, f"Посольство номер {at} закрыто.") for at in range(many)],
    )
    statements: list[str] = []
    fresh_db.conn.set_trace_callback(statements.append)
    try:
        sync_stems(fresh_db)
    finally:
        fresh_db.conn.set_trace_callback(None)
    # The trace names a statement again at each row its triggers run for: distinct texts.
    inserts = {s for s in statements if s.startswith("INSERT INTO paragraphs_ru ")}
    assert len(inserts) == 1
    stored = fresh_db.execute("SELECT count(*) FROM paragraphs_ru").fetchone()[0]
    assert stored == many + len(ARTICLE.paragraphs)
    assert _stem_counts(fresh_db) == _vocabulary(fresh_db)


def test_rows_stemmed_by_another_writer_are_counted_too(fresh_db: Database) -> None:
    # A stemmed row the last fold did not count (a writer that stemmed without folding):
    # the rows to fold are then more than those just stemmed, and are read back.
    article_id = store_article(fresh_db, ARTICLE).article_id
    fresh_db.execute("INSERT INTO paragraphs_ru (id, text) VALUES (900, 'посольств закрыт')")
    fresh_db.execute(
        "INSERT INTO paragraphs (id, article_id, position, text) VALUES (901, ?, 9, ?)",
        [article_id, "Посольство закрыто."],
    )
    sync_stems(fresh_db)
    counts = _stem_counts(fresh_db)
    assert counts == _vocabulary(fresh_db)
    assert counts[("paragraphs_ru", "закрыт")] == 2  # the row read back, and the one stemmed


def test_an_articles_content_hash_is_computed_once_and_a_changed_copy_has_its_own(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Ingest asks an article's hash three times (stored? in its group, its row).
    made: list[object] = []
    sha256 = hashlib.sha256

    def counted() -> object:
        made.append(None)
        return sha256()

    monkeypatch.setattr(hashlib, "sha256", counted)
    article = Article(title="Причал", paragraphs=("Причал открыт.",))
    assert article.content_hash == article.content_hash
    changed = replace(article, paragraphs=("Причал закрыт.",))
    assert changed.content_hash != article.content_hash
    assert (
        changed.content_hash == Article(title="Причал", paragraphs=("Причал закрыт.",)).content_hash
    )
    assert len(made) == 3  # once each article

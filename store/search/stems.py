"""Russian words as the stemmed index sees them, and that index kept in step with the rows.

Russian inflects: a question's "посольства" must find a quote's "посольств", "Грузии" an
article's "Грузия". The Snowball stemmer (PyStemmer: C, a few hundred nanoseconds a word)
folds each word to one stem, so one FTS5 term stands for all its forms. English rows are
never stemmed and never read here: the English indexes answer English questions as before.

Rows written in Cyrillic are queued in stems_pending by triggers (migration m011); `sync_stems`
stems them into quotes_ru / paragraphs_ru (whose FTS5 indexes follow by trigger) and counts
their stems in search_terms, so store/search/plan.py plans a Russian query as it does an
English one. save_article syncs inside its transaction; a Russian search syncs first, which
covers every other writer (reindex, bulk loads).
"""

from __future__ import annotations

import re
import sqlite3
from collections import Counter
from collections.abc import Sequence
from functools import cache
from itertools import chain

import Stemmer
from sqlite_utils import Database

from store.db import placeholders
from store.search.records import one_int
from store.search.stopwords_ru import RU_STOPWORDS
from store.search.terms import CATCH_UP_ROWS, add_term_counts, fold_terms
from store.search.tokens import WORD, fold, words

# Each stemmed table, by the table whose rows it stems.
STEMMED = {"quotes": "quotes_ru", "paragraphs": "paragraphs_ru"}
# CATCH_UP_ROWS (store/search/terms.py): rows stemmed whose terms are counted in Python, as
# the English tables' are; past it, a rebuild.

_BATCH = 5_000  # pending rows read and stemmed at a time
STEM_CACHE = 50_000  # words whose stems the stemmer keeps

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# The letters the stems_pending trigger (migration m011) looks for, by their UTF-8 lead
# bytes D0 and D1: a row holding one is stemmed.
_STEMMED_LETTER = re.compile(r"[\u0400-\u047f]")


def has_cyrillic(text: str) -> bool:
    return _CYRILLIC.search(text) is not None


def english_indexed(language: str, text: str) -> bool:
    """Whether the English index holds a row (its in_english_index, migration m013) of an
    article in `language`: every row but a Russian article's rows in Cyrillic, which only
    their stems index (Russian questions read them there, English ones find no Russian
    words anyway). A Russian article's row with no Cyrillic letter, never stemmed, stays."""
    return language != "ru" or _STEMMED_LETTER.search(text) is None


def is_russian(text: str) -> bool:
    """Whether most of the letters of text are Cyrillic: a Russian question or name."""
    if not has_cyrillic(text):  # most text asked about is English: one scan in C
        return False
    letters = [ch for ch in text if ch.isalpha()]
    cyrillic = sum(1 for ch in letters if "\u0400" <= ch <= "\u04ff")
    return cyrillic * 2 > len(letters)


@cache
def _stemmer() -> Stemmer.Stemmer:
    # Made on first use, not at import: an English-only process never builds one. Its cache
    # of stems (10,000 words by default) thrashed on news vocabulary, stemming slower than
    # with none; 50,000 (a few MB) holds the forms that recur.
    return Stemmer.Stemmer("russian", STEM_CACHE)


def stems(text: str) -> list[str]:
    """The Snowball stems of text's words, in order ("ё" read as "е", as most writers do)."""
    found: list[str] = _stemmer().stemWords(_words(text))
    return found


def content_stems(text: str) -> list[str]:
    """The stems of text's meaning words (stop words out), each once, in order."""
    kept = [w for w in _words(text) if w not in RU_STOPWORDS]
    return list(dict.fromkeys(_stemmer().stemWords(kept)))


def _words(text: str) -> list[str]:
    """text's words as store.search.tokens.words reads them, "ё" read as "е"."""
    return words(text.lower().replace("ё", "е"))


def _row_words(text: str) -> list[str]:
    """_words of a stored row, lowered once: ё and е are both word characters, so replacing
    one by the other in each word is the same, and most rows hold no ё."""
    found = words(text)
    if "ё" in text or "Ё" in text:
        return [word.replace("ё", "е") for word in found]
    return found


# Joins the rows _rows_words folds together: no word character, and no text holds it (else
# each row is folded alone).
_ROW_END = "\x00"


def _rows_words(texts: list[str]) -> list[list[str]]:
    """_row_words of each text, the lot folded in one call: a call a row (lowering, looking
    for marked letters and ё) cost as much as finding the words."""
    joined = _ROW_END.join(texts)
    if joined.count(_ROW_END) != len(texts) - 1:
        return [_row_words(text) for text in texts]
    # Lowering is a character at a time but for a final sigma, which _ROW_END (neither a
    # cased letter nor ignorable) ends as the end of the row would.
    folded = fold(joined)
    if "ё" in folded:
        folded = folded.replace("ё", "е")
    return list(map(WORD.findall, folded.split(_ROW_END)))


def stemmed_text(text: str) -> str:
    """What the stemmed index holds for a row: its stems, in order, one space apart."""
    return " ".join(stems(text))


# --- the index ------------------------------------------------------------------------------


def sync_stems(db: Database) -> None:
    """Stem the rows queued in stems_pending into the stemmed tables and count their terms.

    Writers call it inside their transaction (save_article), so a Russian search, which
    calls it too, only reads unless rows came another way (a bulk load, reindexing)."""
    for table in STEMMED:
        try:
            with db.atomic():
                fresh = _stem_pending(db, table)
                _sync_terms(db, STEMMED[table], fresh)
        except sqlite3.OperationalError:
            # Another writer holds the lock (or the file is read-only): answer from the
            # stems we have; the next search catches up.
            return


def _stem_pending(db: Database, table: str) -> dict[int, list[str]]:
    """Stem the queued rows of a table; the stems of each row stemmed, by id (up to
    CATCH_UP_ROWS of them: past it, terms are rebuilt, not counted)."""
    stemmed = STEMMED[table]
    fresh: dict[int, list[str]] = {}
    while True:
        # The queue and the rows' text in one read; a queued id whose row is gone (LEFT
        # JOIN: no text) leaves the queue all the same.
        queued = db.execute(
            f"SELECT p.id, t.text FROM stems_pending p LEFT JOIN {table} t ON t.id = p.id "
            "WHERE p.tbl = ? ORDER BY p.id LIMIT ?",
            [table, _BATCH],
        ).fetchall()
        if not queued:
            return fresh
        ids = [int(i) for i, _ in queued]
        found = [(int(i), str(text)) for i, text in queued if text is not None]
        row_stems = _stem_rows([t for _, t in found])
        rows = [(i, " ".join(stems)) for (i, _), stems in zip(found, row_stems, strict=True)]
        # A row stemmed again (its text changed) replaces its old stems; rows newer than
        # every stemmed one (a save's: the queue is read in id order) have none.
        if ids[0] <= one_int(db, f"SELECT max(id) FROM {stemmed}", []):
            db.execute(f"DELETE FROM {stemmed} WHERE id IN ({placeholders(ids)})", ids)
        _insert_stemmed(db, stemmed, rows)
        # The batch is the queue's lowest ids of the table: every id queued up to its last
        # one, so a range (one statement, prepared once) and not a list of a batch's ids.
        db.execute("DELETE FROM stems_pending WHERE tbl = ? AND id <= ?", [table, ids[-1]])
        if len(fresh) + len(found) <= CATCH_UP_ROWS:
            fresh.update((i, stems) for (i, _), stems in zip(found, row_stems, strict=True))
        if len(queued) < _BATCH:
            return fresh  # the queue is empty now: only this transaction's writes fill it


def _stem_rows(texts: list[str]) -> list[list[str]]:
    """stems of each text, each distinct word of all of them stemmed once, in one call (a
    group of articles repeats most of its words: 0.65x the time of stemming every one)."""
    tokens = _rows_words(texts)
    distinct = list(dict.fromkeys(chain.from_iterable(tokens)))
    stem_of = dict(zip(distinct, _stemmer().stemWords(distinct), strict=True)).__getitem__
    return [list(map(stem_of, words_of_row)) for words_of_row in tokens]


def _sync_terms(db: Database, stemmed: str, fresh: dict[int, list[str]]) -> None:
    """Fold stemmed rows newer than the last fold into search_terms, as terms.py does for
    the English tables (a rebuild from the FTS vocabulary after a bulk load). `fresh`: the
    stems of rows just stemmed, counted without reading them back when they are all the
    rows to fold."""

    def add_rows(db: Database, stemmed: str, last_id: int, newest: int) -> None:
        add_term_counts(db, stemmed, _new_term_counts(db, stemmed, last_id, newest, fresh))

    fold_terms(db, stemmed, _rebuild_terms, add_rows)


def _new_term_counts(
    db: Database, stemmed: str, last_id: int, newest: int, fresh: dict[int, list[str]]
) -> Counter[str]:
    """How many of the rows in (last_id, newest] hold each stem."""
    mine = [stems for row_id, stems in fresh.items() if last_id < row_id <= newest]
    bounds = [last_id, newest]
    stored = one_int(db, f"SELECT count(*) FROM {stemmed} WHERE id > ? AND id <= ?", bounds)
    if stored == len(mine):  # every row to fold is one just stemmed (ids are unique)
        # filter(None, …): the stems as the stored text splits into them.
        return Counter(chain.from_iterable(set(filter(None, stems)) for stems in mine))
    rows = db.execute(f"SELECT text FROM {stemmed} WHERE id > ? AND id <= ?", bounds)
    # Each row's distinct stems (folded, one space apart), counted in C as terms.py does.
    texts = (str(text) for (text,) in rows)
    return Counter(chain.from_iterable(map(set, map(str.split, texts))))


# Rows in one INSERT statement, not one a row: FTS5 writes a new index segment at the end of
# every statement that touched it (as store/articles.py explains); row by row, stemming 65k
# rows took a minute, mostly merging segments. A whole batch of the queue in one: a group of
# 64 Russian articles (~1,500 paragraphs) made three or four segments at 500 rows a
# statement, for the automerge to fold (saving a group took 0.965x the time with one). Two
# variables a row: 10,000, within SQLite's limit of 32,766.
ROWS_PER_INSERT = _BATCH


def _insert_stemmed(db: Database, stemmed: str, rows: Sequence[tuple[int, str]]) -> None:
    for start in range(0, len(rows), ROWS_PER_INSERT):
        chunk = rows[start : start + ROWS_PER_INSERT]
        values = ", ".join(["(?, ?)"] * len(chunk))
        db.conn.execute(
            f"INSERT INTO {stemmed} (id, text) VALUES {values}",
            list(chain.from_iterable(chunk)),
        )


def _rebuild_terms(db: Database, stemmed: str) -> None:
    db.execute("DELETE FROM search_terms WHERE tbl = ?", [stemmed])
    db.execute(
        f"INSERT INTO search_terms (tbl, term, df) SELECT ?, term, doc FROM {stemmed}_fts_vocab",
        [stemmed],
    )

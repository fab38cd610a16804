"""An article's rows as they are inserted: paragraphs, quotes, speakers, their names and the
people mentioned, a statement for a few hundred rows; and which rows the English index holds.

store.articles decides what is written when (transactions, groups, updates); this writes it.
"""

from __future__ import annotations

from itertools import chain
from typing import Any

from sqlite_utils import Database

from store.db import placeholders
from store.models import Attribution, Speaker
from store.search.stems import english_indexed

# Rows in one INSERT statement, not one statement a row (executemany): FTS5 writes its
# pending terms out as a new index segment at the end of every statement that touched it, so
# row-by-row inserts made one segment per quote and kept the automerge busy folding them
# (about a third of the writer's time). Bounded to stay far below SQLite's variable limit.
ROWS_PER_INSERT = 500

PARAGRAPH_COLUMNS = ("article_id", "position", "text", "in_english_index")
_NAME_COLUMNS = ("speaker_id", "article_id", "name")
_MENTION_COLUMNS = ("article_id", "person", "name")
_OR_IGNORE = "INSERT OR IGNORE"  # a name listed twice (another spelling of it) is kept once
_QUOTE_COLUMNS = tuple(
    'article_id paragraph_id position text speaker_id speaker role cue kind start "end" how '
    "confidence in_english_index".split()
)


def insert_rows(
    db: Database,
    table: str,
    columns: tuple[str, ...],
    rows: list[tuple[Any, ...]],
    verb: str = "INSERT",
) -> None:
    """Insert rows (tuples in `columns` order) a few hundred to a statement; `verb` may be
    "INSERT OR IGNORE" (a row a constraint refuses is skipped, the others go in, in order)."""
    one = f"({placeholders(columns)})"
    for start in range(0, len(rows), ROWS_PER_INSERT):
        chunk = rows[start : start + ROWS_PER_INSERT]
        sql = f"{verb} INTO {table} ({', '.join(columns)}) VALUES {', '.join([one] * len(chunk))}"
        db.conn.execute(sql, list(chain.from_iterable(chunk)))  # half a nested loop's time


def paragraph_rows(
    article_id: int, paragraphs: tuple[str, ...], language: str
) -> list[tuple[int, int, str, bool]]:
    """An article's paragraphs as rows in PARAGRAPH_COLUMNS order."""
    return [
        (article_id, position, text, english_indexed(language, text))
        for position, text in enumerate(paragraphs)
    ]


def index_paragraphs_as(db: Database, article_id: int, language: str) -> None:
    """Put a stored article's paragraphs in (or out of) the English index as its language
    now says: the update trigger (migration m013) moves each one whose place changes."""
    sql = "SELECT id, text, in_english_index FROM paragraphs WHERE article_id = ?"
    for paragraph_id, text, indexed in db.execute(sql, [article_id]).fetchall():
        if english_indexed(language, text) != bool(indexed):
            db.execute(
                "UPDATE paragraphs SET in_english_index = NOT in_english_index WHERE id = ?",
                [paragraph_id],
            )


def _nocase(name: str) -> bytes:
    """The key speakers.name (COLLATE NOCASE) compares by: only ASCII letters fold."""
    return name.encode("utf-8").lower()


def _stored_speaker_ids(db: Database, names: list[str]) -> dict[bytes, int]:
    """The stored speakers among names, in one query, keyed as speakers.name compares."""
    unique = list(dict.fromkeys(names))
    found: dict[bytes, int] = {}
    # Chunked like inserts: an article may name more speakers than SQLite takes variables.
    for start in range(0, len(unique), ROWS_PER_INSERT):
        chunk = unique[start : start + ROWS_PER_INSERT]
        sql = f"SELECT id, name FROM speakers WHERE name IN ({placeholders(chunk)})"
        found.update((_nocase(name), speaker_id) for speaker_id, name in db.execute(sql, chunk))
    return found


class _SpeakerIds:
    """Speaker ids for one article: looked up together, new speakers inserted as met."""

    def __init__(self, db: Database, names: list[str]) -> None:
        self.db = db
        self.known = _stored_speaker_ids(db, names)

    def __call__(self, speaker: Speaker) -> int:
        # speakers.name is COLLATE NOCASE: "putin" finds "Putin"; the kind is only for a new row.
        key = _nocase(speaker.name)
        if key not in self.known:
            cursor = self.db.conn.execute(
                "INSERT INTO speakers (name, kind) VALUES (?, ?)", [speaker.name, speaker.kind]
            )
            assert cursor.lastrowid is not None
            self.known[key] = cursor.lastrowid
        return self.known[key]


class AttributionRows:
    """The speaker names, mentions and quotes of articles, gathered to be inserted together
    (speakers, whose ids the others hold, are looked up and inserted as each is added)."""

    def __init__(self) -> None:
        self.names: list[tuple[int, int, str]] = []
        self.mentions: list[tuple[int, str, str]] = []
        self.quotes: list[tuple[Any, ...]] = []

    def add(
        self,
        db: Database,
        article_id: int,
        paragraph_ids: list[int],
        attribution: Attribution,
        language: str,
    ) -> None:
        """Gather an article's rows; `language` is the article's (which index holds a quote)."""
        speaker_ids: dict[str, int] = {}
        lookup = _SpeakerIds(
            db,
            [speaker.name for speaker in attribution.speakers]
            + [quote.speaker for quote in attribution.quotes if quote.speaker],
        )
        for speaker in attribution.speakers:
            speaker_id = lookup(speaker)
            speaker_ids[speaker.name.casefold()] = speaker_id
            names = {speaker.name, *speaker.names}
            self.names += [(speaker_id, article_id, name) for name in names]
        self.mentions += [
            (article_id, person.name, name)
            for person in attribution.mentioned
            for name in {person.name, *person.names}
        ]
        for position, quote in enumerate(attribution.quotes):
            if quote.speaker and quote.speaker.casefold() not in speaker_ids:
                speaker_ids[quote.speaker.casefold()] = lookup(Speaker(quote.speaker))
            self.quotes.append(
                (
                    article_id,
                    None if quote.paragraph is None else paragraph_ids[quote.paragraph],
                    position,
                    quote.text,
                    speaker_ids.get(quote.speaker.casefold()) if quote.speaker else None,
                    quote.speaker,
                    quote.role,
                    quote.cue,
                    quote.kind,
                    quote.start,
                    quote.end,
                    quote.how,
                    quote.confidence if quote.how else None,
                    english_indexed(language, quote.text),
                )
            )

    def insert(self, db: Database) -> None:
        """Insert every row gathered."""
        # No FTS index on names and mentions, yet a statement for the lot still beats
        # executemany (binding and stepping a statement a row).
        insert_rows(db, "speaker_names", _NAME_COLUMNS, self.names, _OR_IGNORE)
        insert_rows(db, "mentions", _MENTION_COLUMNS, self.mentions, _OR_IGNORE)
        insert_rows(db, "quotes", _QUOTE_COLUMNS, self.quotes)

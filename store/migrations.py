"""Numbered schema migrations: an older database opens and is brought up to date."""

from __future__ import annotations

from sqlite_utils import Database, Migrations

migrations = Migrations("newsbot")


_WORDS_TOKENIZER = "tokenize='unicode61 remove_diacritics 2'"


def _fts_table(db: Database, table: str, column: str, options: str = _WORDS_TOKENIZER) -> None:
    """An external-content FTS5 index on table.column, kept in step by triggers."""
    db.executescript(
        f"""
        CREATE VIRTUAL TABLE {table}_fts USING fts5(
            {column}, content='{table}', content_rowid='id', {options}
        );
        CREATE TRIGGER {table}_ai AFTER INSERT ON {table} BEGIN
            INSERT INTO {table}_fts(rowid, {column}) VALUES (new.id, new.{column});
        END;
        CREATE TRIGGER {table}_ad AFTER DELETE ON {table} BEGIN
            INSERT INTO {table}_fts({table}_fts, rowid, {column})
            VALUES ('delete', old.id, old.{column});
        END;
        CREATE TRIGGER {table}_au AFTER UPDATE ON {table} BEGIN
            INSERT INTO {table}_fts({table}_fts, rowid, {column})
            VALUES ('delete', old.id, old.{column});
            INSERT INTO {table}_fts(rowid, {column}) VALUES (new.id, new.{column});
        END;
        """
    )


@migrations(name="m001_articles_and_paragraphs")
def m001_articles_and_paragraphs(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            url TEXT UNIQUE,
            content_hash TEXT NOT NULL,
            title TEXT NOT NULL,
            subtitle TEXT,
            source TEXT,
            published TEXT,
            place TEXT,
            author TEXT,
            ingested_at TEXT NOT NULL
        );
        CREATE INDEX articles_content_hash ON articles(content_hash);
        CREATE TABLE paragraphs (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            text TEXT NOT NULL,
            UNIQUE (article_id, position)
        );
        """
    )
    _fts_table(db, "paragraphs", "text")


@migrations(name="m002_quotes_and_speakers")
def m002_quotes_and_speakers(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE speakers (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            kind TEXT NOT NULL DEFAULT 'person'
        );
        -- Every way an article names a speaker: full name, surname, role, description.
        CREATE TABLE speaker_names (
            speaker_id INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            name TEXT NOT NULL COLLATE NOCASE,
            PRIMARY KEY (speaker_id, article_id, name)
        );
        CREATE INDEX speaker_names_name ON speaker_names(name);
        CREATE INDEX speaker_names_article ON speaker_names(article_id);
        CREATE TABLE quotes (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            paragraph_id INTEGER REFERENCES paragraphs(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            text TEXT NOT NULL,
            speaker_id INTEGER REFERENCES speakers(id),
            speaker TEXT,
            role TEXT,
            cue TEXT,
            kind TEXT NOT NULL,
            start INTEGER NOT NULL DEFAULT 0,
            "end" INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX quotes_article ON quotes(article_id);
        CREATE INDEX quotes_speaker ON quotes(speaker_id);
        """
    )
    _fts_table(db, "quotes", "text")


@migrations(name="m003_search_terms")
def m003_search_terms(db: Database) -> None:
    # Term -> document frequency per FTS index, so retrieval can pick a question's rarest
    # words and find near spellings of a typo without scanning the FTS index itself.
    # store/search/terms.py keeps it in step: each write transaction folds in its rows newer
    # than last_id (bulk loads rebuild it from the fts5vocab tables below).
    db.executescript(
        """
        CREATE TABLE search_terms (
            tbl TEXT NOT NULL,
            term TEXT NOT NULL,
            df INTEGER NOT NULL,
            PRIMARY KEY (tbl, term)
        ) WITHOUT ROWID;
        CREATE INDEX search_terms_near ON search_terms(tbl, substr(term, 1, 1), length(term));
        CREATE TABLE search_terms_state (
            tbl TEXT PRIMARY KEY,
            last_id INTEGER NOT NULL DEFAULT 0
        );
        CREATE VIRTUAL TABLE paragraphs_fts_vocab USING fts5vocab(paragraphs_fts, row);
        CREATE VIRTUAL TABLE quotes_fts_vocab USING fts5vocab(quotes_fts, row);
        -- /latest and the random quote read the newest articles; the expression is
        -- store.db.NEWEST_FIRST so the planner can walk this index instead of sorting (a
        -- migration is history: this copy stays as written even if that one changes).
        CREATE INDEX articles_newest ON articles(
            (CASE WHEN published GLOB '[0-9][0-9][0-9][0-9]-*' THEN published
             ELSE ingested_at END), id
        );
        """
    )


@migrations(name="m004_live_news")
def m004_live_news(db: Database) -> None:
    # Feeds polled while the bot runs (store/live/poll.py); follows that push new quotes to
    # chats and the deliveries that make "told once, never twice, even across restarts" true
    # (store/live/follows.py).
    db.executescript(
        """
        CREATE TABLE feeds (
            id INTEGER PRIMARY KEY,
            url TEXT NOT NULL UNIQUE,
            added_by TEXT NOT NULL,          -- 'config', 'cli' or 'telegram:<user id>'
            added_at TEXT NOT NULL,
            etag TEXT,                       -- validators for the next conditional request
            last_modified TEXT,
            last_polled_at TEXT,
            last_ok_at TEXT,
            last_error TEXT,                 -- NULL once a poll succeeds again
            failures INTEGER NOT NULL DEFAULT 0,  -- consecutive; drives the back-off
            next_poll_at TEXT                -- NULL: due now
        );
        CREATE TABLE follows (
            id INTEGER PRIMARY KEY,
            chat_id INTEGER NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('speaker', 'words')),
            query TEXT NOT NULL COLLATE NOCASE,
            created_at TEXT NOT NULL,
            -- max(articles.id) when the follow began: older articles are never pushed.
            since_article_id INTEGER NOT NULL,
            -- Articles up to this id have been matched against the follow already.
            checked_article_id INTEGER NOT NULL,
            UNIQUE (chat_id, kind, query)
        );
        -- The outbox: one row per (chat, article) to push. A row turns 'sending' before the
        -- message goes out, so a crash or restart may lose a notification but never sends it
        -- twice; 'pending' rows (not tried yet, or a network error) are sent on the next round.
        CREATE TABLE deliveries (
            chat_id INTEGER NOT NULL,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            follow_id INTEGER NOT NULL REFERENCES follows(id) ON DELETE CASCADE,
            state TEXT NOT NULL DEFAULT 'pending'
                CHECK (state IN ('pending', 'sending', 'sent', 'failed')),
            attempts INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            sent_at TEXT,
            error TEXT,
            PRIMARY KEY (chat_id, article_id)
        ) WITHOUT ROWID;
        CREATE INDEX deliveries_follow ON deliveries(follow_id);
        CREATE INDEX deliveries_pending ON deliveries(state) WHERE state = 'pending';
        """
    )


@migrations(name="m005_follow_topics")
def m005_follow_topics(db: Database) -> None:
    # The forum topic a follow was made in: its notifications are told there.
    db.execute("ALTER TABLE follows ADD COLUMN thread_id INTEGER")


@migrations(name="m006_attribution_confidence")
def m006_attribution_confidence(db: Database) -> None:
    # How each quote's speaker was found (store.models.AttributionHow) and how sure that is,
    # 0-1. NULL for quotes stored before this: `newsbot reindex` extracts them again.
    db.execute("ALTER TABLE quotes ADD COLUMN how TEXT")
    db.execute("ALTER TABLE quotes ADD COLUMN confidence REAL")


@migrations(name="m008_articles_by_date")
def m008_articles_by_date(db: Database) -> None:
    # store.db.NEWEST_FIRST now puts every dated article before the undated ones (which
    # m003's index ranked by ingestion time among them): an index on the new terms lets
    # /latest and stats walk it instead of sorting every article. A copy, kept as written.
    db.executescript(
        """
        DROP INDEX IF EXISTS articles_newest;
        CREATE INDEX articles_by_date ON articles(
            (CASE WHEN published GLOB '[0-9][0-9][0-9][0-9]-*' THEN 2
                  WHEN published GLOB '--[0-9][0-9]-[0-9][0-9]' THEN 1 ELSE 0 END),
            (CASE WHEN published GLOB '[0-9][0-9][0-9][0-9]-*'
                    OR published GLOB '--[0-9][0-9]-[0-9][0-9]' THEN published
                  ELSE ingested_at END),
            id
        );
        """
    )


@migrations(name="m009_mentions")
def m009_mentions(db: Database) -> None:
    # People an article names but never quotes, by every name it uses for them, so that
    # "what did Karasin say?" hears "mentioned, not quoted" rather than "I don't know him".
    db.executescript(
        """
        CREATE TABLE mentions (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            person TEXT NOT NULL,
            name TEXT NOT NULL COLLATE NOCASE,
            PRIMARY KEY (article_id, person, name)
        ) WITHOUT ROWID;
        CREATE INDEX mentions_by_name ON mentions(name);
        """
    )


@migrations(name="m010_article_language")
def m010_article_language(db: Database) -> None:
    # Which language an article is in ("en" or "ru"): quotes are extracted, and questions
    # answered, by the reader of that language. Every article stored before was English.
    db.execute("ALTER TABLE articles ADD COLUMN language TEXT NOT NULL DEFAULT 'en'")


@migrations(name="m011_stemmed_search")
def m011_stemmed_search(db: Database) -> None:
    # Russian questions search Snowball stems ("посольства" and "посольств" are one stem),
    # in tables beside the English indexes, which stay as they are. quotes_ru and
    # paragraphs_ru hold the stemmed text of each row written in Cyrillic, under the row's
    # own id; store/search/stems.py fills them from stems_pending (Python stems, SQL
    # cannot), which these triggers keep: an English row costs one byte search, no write.
    db.execute(
        "CREATE TABLE stems_pending (tbl TEXT NOT NULL, id INTEGER NOT NULL, "
        "PRIMARY KEY (tbl, id)) WITHOUT ROWID"
    )
    # Russian letters (U+0400-U+047F) are the only UTF-8 characters whose first byte is D0
    # or D1; a byte search for them is 2 µs a paragraph, GLOB '*[Ѐ-ӿ]*' 16.
    cyrillic = "(instr(CAST(new.text AS BLOB), X'D0') OR instr(CAST(new.text AS BLOB), X'D1'))"
    for table in ("quotes", "paragraphs"):
        db.execute(f"CREATE TABLE {table}_ru (id INTEGER PRIMARY KEY, text TEXT NOT NULL)")
        _fts_table(db, f"{table}_ru", "text")
        db.executescript(
            f"""
            CREATE VIRTUAL TABLE {table}_ru_fts_vocab USING fts5vocab({table}_ru_fts, row);
            CREATE TRIGGER {table}_stems_ai AFTER INSERT ON {table}
            WHEN {cyrillic} BEGIN
                INSERT OR IGNORE INTO stems_pending (tbl, id) VALUES ('{table}', new.id);
            END;
            CREATE TRIGGER {table}_stems_ad AFTER DELETE ON {table} BEGIN
                DELETE FROM {table}_ru WHERE id = old.id;
                DELETE FROM stems_pending WHERE tbl = '{table}' AND id = old.id;
            END;
            CREATE TRIGGER {table}_stems_au AFTER UPDATE OF text ON {table} BEGIN
                DELETE FROM {table}_ru WHERE id = old.id;
                INSERT OR IGNORE INTO stems_pending (tbl, id)
                SELECT '{table}', new.id WHERE {cyrillic};
            END;
            """
        )
        db.execute(
            f"INSERT INTO stems_pending (tbl, id) SELECT '{table}', id FROM {table} "
            "WHERE " + cyrillic.replace("new.", "")
        )


@migrations(name="m012_follow_creators")
def m012_follow_creators(db: Database) -> None:
    # Who made a follow (a Telegram user id): in a group only they and the chat's admins may
    # remove or move it. NULL for follows made before this, on behalf of a chat (anonymously
    # or as a channel), or outside Telegram: then only admins may.
    db.execute("ALTER TABLE follows ADD COLUMN created_by INTEGER")


@migrations(name="m013_english_index_without_russian")
def m013_english_index_without_russian(db: Database) -> None:
    # A Russian article's rows written in Cyrillic were indexed twice: by their stems (m011),
    # which Russian questions read, and in the English indexes, which only questions in
    # Latin letters read (store/search/languages.py routes by script), at a third of the
    # cost of saving the article. in_english_index now says whether the English index
    # holds a row; writers set it (store.search.stems.english_indexed). The triggers read
    # only the row itself, so a row leaves the index (deleted, updated) exactly as it went
    # in: an external-content FTS5 index must be told the text of each row it holds, and
    # of no other. Updating other columns (a quote's speaker) no longer touches the index.
    # The index is now a part of its content table: FTS5's 'rebuild' (which reads every
    # row) would put the Russian rows back, and its integrity-check with rank 1 reports
    # them; MATCH, the vocabulary tables and the triggers read only the index.
    cyrillic = "(instr(CAST(text AS BLOB), X'D0') OR instr(CAST(text AS BLOB), X'D1'))"
    for table in ("quotes", "paragraphs"):
        db.execute(f"ALTER TABLE {table} ADD COLUMN in_english_index INTEGER NOT NULL DEFAULT 1")
        for trigger in ("ai", "ad", "au"):
            db.execute(f"DROP TRIGGER {table}_{trigger}")
        fts = f"{table}_fts"
        db.execute(
            f"CREATE TRIGGER {table}_ai AFTER INSERT ON {table} WHEN new.in_english_index "
            f"BEGIN INSERT INTO {fts}(rowid, text) VALUES (new.id, new.text); END"
        )
        db.execute(
            f"CREATE TRIGGER {table}_ad AFTER DELETE ON {table} WHEN old.in_english_index "
            f"BEGIN INSERT INTO {fts}({fts}, rowid, text) VALUES ('delete', old.id, old.text); "
            "END"
        )
        db.execute(
            f"CREATE TRIGGER {table}_au AFTER UPDATE OF text, in_english_index ON {table} "
            f"BEGIN INSERT INTO {fts}({fts}, rowid, text) "
            "SELECT 'delete', old.id, old.text WHERE old.in_english_index; "
            f"INSERT INTO {fts}(rowid, text) SELECT new.id, new.text WHERE new.in_english_index; "
            "END"
        )
        # The rows stored so far leave the index through the update trigger; their words'
        # counts are taken anew from what the index holds then (only in stores holding any).
        moved = db.execute(
            f"UPDATE {table} SET in_english_index = 0 WHERE {cyrillic} "
            "AND article_id IN (SELECT id FROM articles WHERE language = 'ru')"
        ).rowcount
        if moved:
            db.execute("DELETE FROM search_terms WHERE tbl = ?", [table])
            db.execute(
                "INSERT INTO search_terms (tbl, term, df) "
                f"SELECT ?, term, doc FROM {table}_fts_vocab",
                [table],
            )


# The stemmed indexes' text is Python's already (store/search/stems.py): stems folded as
# unicode61 folds, one space apart. The ascii tokenizer splits it at the spaces alone (every
# byte of a non-ASCII letter is a token byte), a third cheaper than unicode61 reading each
# character's class; and no question is ranked by bm25 (store/search/plan.py ranks), so no
# row sizes are kept (columnsize=0). Saving a Russian article: 0.15 ms less of ~4.8.
_STEMS_INDEX = "tokenize='ascii', columnsize=0"


@migrations(name="m014_stemmed_index_split_at_spaces")
def m014_stemmed_index_split_at_spaces(db: Database) -> None:
    # The stemmed indexes anew, rebuilt from their own tables (which hold only stemmed
    # rows): the same terms, postings and counts.
    for table in ("quotes_ru", "paragraphs_ru"):
        db.execute(f"DROP TABLE {table}_fts_vocab")
        for trigger in ("ai", "ad", "au"):
            db.execute(f"DROP TRIGGER {table}_{trigger}")
        db.execute(f"DROP TABLE {table}_fts")
        _fts_table(db, table, "text", _STEMS_INDEX)
        db.execute(f"CREATE VIRTUAL TABLE {table}_fts_vocab USING fts5vocab({table}_fts, row)")
        db.execute(f"INSERT INTO {table}_fts({table}_fts) VALUES ('rebuild')")
        # Recounted from the index all the same: a word unicode61 read otherwise than Python
        # (a letter newer than its tables) is counted as the index now holds it.
        db.execute("DELETE FROM search_terms WHERE tbl = ?", [table])
        db.execute(
            f"INSERT INTO search_terms (tbl, term, df) SELECT ?, term, doc FROM {table}_fts_vocab",
            [table],
        )


def migrate(db: Database) -> None:
    """Apply every pending migration, each in its own transaction."""
    migrations.apply(db)

"""Which speaker or words a follow means, and how it is matched: names as the articles give
them (a Russian one in any case), words as FTS5 strings (Russian ones by their stems).

Plain functions over the store's tables; store/live/follows.py keeps the follows themselves.
"""

from __future__ import annotations

from sqlite_utils import Database

from store.db import placeholders
from store.search.groups import groups_listing
from store.search.names_ru import nominative_names
from store.search.stems import content_stems, has_cyrillic
from store.search.tokens import words


def fts_words(text: str) -> str:
    """An FTS5 query for paragraphs holding every word of text; "" if it has no words.

    Each word becomes a quoted string, so nothing typed can be FTS5 syntax (AND, NEAR, *, -).
    """
    quoted = [
        '"' + word.replace('"', '""') + '"'
        for word in text.split()
        if any(char.isalnum() for char in word)
    ]
    return " ".join(quoted)


def names_speaker(db: Database, name: str) -> bool:
    # Exactly, not by a near spelling: "/follow grain" must not become a speaker follow of
    # the "Grain Union" and then never match the word.
    names = [name, f"the {name}"]
    sql = (
        f"SELECT 1 FROM speaker_names WHERE name IN ({placeholders(names)}) "
        f"UNION ALL SELECT 1 FROM speakers WHERE name IN ({placeholders(names)}) LIMIT 1"
    )
    return db.execute(sql, [*names, *names]).fetchone() is not None


def speaker_ids(db: Database, query: str) -> list[int]:
    """Every speaker the words name: as a speaker's name, or as an article called them.

    Articles are read one at a time, so one person may be two speakers: "Vladimir Putin" and
    "Putin" (from an article that never gave the first name). A full name also takes in a
    speaker known only by its last word; not a speaker merely called so ("Anna Smith", whose
    article also says "Smith", is not John Smith). And the lists of speakers they are one of
    ("Anna Smith and Bo Renn said": store.search.groups).
    """
    names = [query, f"the {query}"]
    canonical = [*names, query.split()[-1]]
    sql = (
        f"SELECT speaker_id FROM speaker_names WHERE name IN ({placeholders(names)}) "
        f"UNION SELECT id FROM speakers WHERE name IN ({placeholders(canonical)})"
    )
    found = [int(row[0]) for row in db.execute(sql, [*names, *canonical])]
    return found + groups_listing(db, found)


def spoken_names(name: str) -> list[str]:
    """The name as given, then, for a Russian one, its nominative readings: speakers are
    stored in the nominative, and "/follow Лаврова" means Лавров."""
    if not name:
        return []
    if not has_cyrillic(name):
        return [name]
    return list(dict.fromkeys([name, *nominative_names(name)]))


def words_match(query: str) -> list[tuple[str, str]]:
    """The indexes a words follow is matched in, each with its MATCH string: Russian words
    by their stems (the stemmed index holds a paragraph under its own id), so "/follow
    посольства" matches "посольств" and "посольство" as a Russian question would; others as
    written, in the English index and in the stemmed one too: a Russian article's paragraphs
    in Cyrillic are in the stemmed index alone (migration m013), their Latin words as
    written ("NATO" as "nato": the Russian stemmer leaves Latin letters alone)."""
    if has_cyrillic(query) and (found := content_stems(query)):
        return [("paragraphs_ru_fts", " ".join(f'"{stem}"' for stem in found))]
    return [("paragraphs_fts", fts_words(query)), ("paragraphs_ru_fts", stems_index_words(query))]


def stems_index_words(text: str) -> str:
    """fts_words for the stemmed index, each word's tokens as unicode61 reads them: that
    index splits only at ASCII marks and folds nothing (migration m014), its text being
    folded words already ("Café," is looked for as "cafe", as it is stored)."""
    tokens = (words(word) for word in text.split())
    return " ".join(f'"{" ".join(found)}"' for found in tokens if found)

"""Russian retrieval: who said, search and a speaker's topic, over the stemmed index.

The same planning (rarest terms, near spellings for typos, candidate rounds) and the same
rapidfuzz ranking as the English modules, on stems instead of words: the question's stems
against each row's stems (store/search/stems.py), so any form of a word matches any other.
Only rows written in Cyrillic are in the stemmed index: a Russian question finds Russian
quotes and paragraphs, whatever else the store holds.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from sqlite_utils import Database

from store.db import newest_first, placeholders
from store.search.paragraphs import coverage, paragraph_matches, snippet
from store.search.plan import Query, document_frequencies, near_terms, plan_query
from store.search.quotes import best_rows, quote_score, shares_meaning, words_held
from store.search.records import QUOTE_ROWS, Match, fetch_rows, quote_match
from store.search.speakers import ABOUT_TOPIC, is_fragment, speaker_quotes
from store.search.stems import STEMMED, content_stems, stems, sync_stems
from store.search.tokens import words

QUOTES, PARAGRAPHS = STEMMED["quotes"], STEMMED["paragraphs"]


def find_russian_quotes(db: Database, asked: str, *, limit: int, cutoff: float) -> list[Match]:
    """The Russian quotes that best match the words asked, best first; none below cutoff."""
    sync_stems(db)
    asked_stems = stems(asked)
    meaning = content_stems(asked)
    stemmed = " ".join(asked_stems)
    query = plan_query(db, QUOTES, asked_stems)
    best = best_rows(
        db,
        QUOTES,
        query,
        score=lambda text: quote_score(stemmed, text) * _short_share(asked_stems, meaning, text),
        keep=lambda text: shares_meaning(meaning, text),
        limit=limit,
        cutoff=cutoff,
    )
    rows = fetch_rows(db, QUOTE_ROWS + "WHERE q.id IN ({marks})", [i for _, i, _ in best])
    by_id = {int(str(row[0])): row for row in rows}
    return [quote_match(by_id[row_id], score) for score, row_id, _ in best if row_id in by_id]


def _short_share(asked: Sequence[str], meaning: Sequence[str], quote: str) -> float:
    # As for English (store/search/quotes.py): a quote much shorter than the question scores
    # by how much of its meaning it holds, or a one-word quote would be the whole question.
    if not meaning or (quote.count(" ") + 1) * 2 > len(asked):
        return 1.0
    return math.sqrt(words_held(meaning, quote) / len(meaning))


def find_russian_paragraphs(
    db: Database, asked: str, *, limit: int, cutoff: float, verbatim: bool = False
) -> list[Match]:
    """The Russian paragraphs that best answer a question, with a snippet around the match."""
    sync_stems(db)
    meaning = content_stems(asked)
    if not meaning:
        return []
    tokens = stems(asked) if verbatim else meaning
    stemmed = " ".join(tokens)
    query = plan_query(db, PARAGRAPHS, tokens)
    best = best_rows(
        db,
        PARAGRAPHS,
        query,
        score=(
            (lambda text: quote_score(stemmed, text))
            if verbatim
            else (lambda text: _coverage(query, tokens, text))
        ),
        keep=(lambda text: shares_meaning(meaning, text)) if verbatim else (lambda text: True),
        limit=limit,
        cutoff=cutoff,
    )
    shown = set(query.terms) | set(tokens)
    return paragraph_matches(db, best, lambda text: snippet(text, _surface(text, shown)))


def _surface(text: str, wanted: set[str]) -> set[str]:
    """The words of text (as written) whose stems are wanted: what a snippet centres on."""
    tokens = words(text)
    return {
        word for word, stem in zip(tokens, stems(" ".join(tokens)), strict=True) if stem in wanted
    }


def _coverage(query: Query, tokens: Sequence[str], stemmed: str) -> float:
    """The share (0-100) of the question's stems a paragraph holds, as for English words."""
    return coverage(query, tokens, set(stemmed.split()))


def mostly_written_in_russian(db: Database, asked: str) -> bool:
    """Whether at least half the question's meaning stems are in the Russian paragraphs."""
    sync_stems(db)
    meaning = content_stems(asked)
    if not meaning:
        return False
    return len(document_frequencies(db, PARAGRAPHS, meaning)) * 2 >= len(meaning)


def russian_speaker_quotes(
    db: Database, speaker_ids: Sequence[int], *, topic: str, limit: int = 1000
) -> list[Match]:
    """A speaker's quotes, those about a Russian topic first (any form of its words, or a
    near spelling), then newest first; the writer's words around a quote count half.
    (Their order and fragments as in store/search/speakers.py, which scores English.)"""
    patterns = _topic_patterns(db, content_stems(topic))
    if not patterns or not speaker_ids:
        return speaker_quotes(db, speaker_ids, limit=limit)
    rows = db.execute(
        QUOTE_ROWS + f"WHERE q.speaker_id IN ({placeholders(speaker_ids)}) "
        f"ORDER BY {newest_first('a')}, q.position LIMIT ?",
        [*speaker_ids, limit],
    ).fetchall()
    scored = [
        quote_match(row, _topic_score(patterns, str(row[1]), str(row[5] or ""))) for row in rows
    ]
    about = sorted(
        (m for m in scored if m.score >= ABOUT_TOPIC), key=lambda m: (is_fragment(m.text), -m.score)
    )
    rest = sorted((m for m in scored if m.score < ABOUT_TOPIC), key=lambda m: is_fragment(m.text))
    return about + rest


# A Snowball stem is the start of every form of its word, which adds an ending of at most
# four letters ("посольств" + "ами", "грузинск" + "ого"): longer is another word
# ("груз" + "овик" is not "Грузия").
_ENDING = r"\w{0,4}\b"


def _topic_patterns(db: Database, topic: Sequence[str]) -> list[re.Pattern[str]]:
    """One pattern per topic stem: its forms and, if no paragraph has it, those of the
    stems a typo away from it."""
    if not topic:
        return []
    sync_stems(db)
    known = document_frequencies(db, PARAGRAPHS, topic)
    patterns = []
    for stem in topic:
        near = [t for t, _ in near_terms(db, PARAGRAPHS, stem)] if stem not in known else []
        forms = [stem, *near] if len(stem) >= 3 else [stem]
        patterns.append(re.compile(r"\b(?:" + "|".join(map(re.escape, forms)) + ")" + _ENDING))
    return patterns


def _topic_score(topic: Sequence[re.Pattern[str]], quote: str, paragraph: str) -> float:
    """0-100: how much of the topic the quote's own words hold; the paragraph's other words
    (the writer's, or the next quote's: the English scoring tells them apart by offsets)
    count half."""
    own, around = _lowered(quote), _lowered(paragraph)
    total = sum(
        1.0 if p.search(own) else 0.5 if around and p.search(around) else 0.0 for p in topic
    )
    return round(100.0 * total / len(topic), 1)


def _lowered(text: str) -> str:
    return text.lower().replace("ё", "е")


def known_russian_speakers(db: Database, *, limit: int = 3) -> list[str]:
    """The speakers with a Cyrillic name quoted most, for a Russian reply's hints."""
    rows = db.execute(
        "SELECT s.name FROM speakers s JOIN quotes q ON q.speaker_id = s.id "
        "WHERE s.name GLOB '*[Ѐ-ӿ]*' GROUP BY s.id ORDER BY count(*) DESC, s.name LIMIT ?",
        [limit],
    )
    return [str(name) for (name,) in rows]

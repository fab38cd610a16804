"""Who said: the quotes that best match the words asked."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, utils
from sqlite_utils import Database

from store.search.plan import Needed, Query, candidate_rounds, document_frequencies, plan_query
from store.search.records import QUOTE_ROWS, Match, fetch_rows, quote_match
from store.search.terms import sync_terms
from store.search.tokens import content_words, words

SURE = 85.0  # a candidate scoring this well ends the search for more...


SURE_ALONE, SURE_MARGIN = 72.0, 8.0  # ...as does one this good that far ahead of the next


QUOTE_CUTOFF = 62.0  # who-said: below this a quote is not the answer


def quote_score(asked: str, quote: str) -> float:
    """How well a quote matches the words asked: fragments, reordering and typos allowed."""
    # partial_ratio rewards a fragment, token_set_ratio dropped or reordered words;
    # their mean beat either alone (shared/notes/retrieval.md).
    return (
        fuzz.token_set_ratio(asked, quote, processor=utils.default_process)
        + fuzz.partial_ratio(asked, quote, processor=utils.default_process)
    ) / 2


def find_quotes(
    db: Database, asked: str, *, limit: int = 3, cutoff: float = QUOTE_CUTOFF
) -> list[Match]:
    """The quotes that best match the words asked, best first; none below the cutoff."""
    sync_terms(db)
    meaning = content_words(asked)
    if not meaning:  # "who said the": no quote shares a meaning with that
        return []
    asked_words = words(asked)
    needed = meaning_needed(meaning)
    query = plan_query(db, "quotes", asked_words, needed)
    best = best_rows(
        db,
        "quotes",
        query,
        score=lambda text: (
            quote_score(asked, text) * _short_quote_share(len(asked_words), meaning, text)
        ),
        keep=lambda text: shares_meaning(meaning, text),
        limit=limit,
        cutoff=cutoff,
        needed=needed,
    )
    rows = fetch_rows(db, QUOTE_ROWS + "WHERE q.id IN ({marks})", [row_id for _, row_id, _ in best])
    by_id = {int(str(row[0])): row for row in rows}
    return [quote_match(by_id[row_id], score) for score, row_id, _ in best]


@dataclass(frozen=True)
class Scored:
    score: float
    order: int  # when it came: earlier rounds and better ranks first
    row_id: int
    text: str


def best_rows(
    db: Database,
    table: str,
    query: Query,
    *,
    score: Callable[[str], float],
    keep: Callable[[str], bool],
    limit: int,
    cutoff: float,
    needed: Needed | None = None,
) -> list[tuple[float, int, str]]:
    """(score, row id, text) of the best rows, round after round until sure of the best;
    with needed, only rows that may hold what keep asks for are scored."""
    best: list[Scored] = []
    order = 0
    for ids in candidate_rounds(db, table, query, needed):
        rows = fetch_rows(db, f"SELECT id, text FROM {table} WHERE id IN ({{marks}})", ids)
        texts = {int(str(row_id)): str(text) for row_id, text in rows}
        for row_id in ids:
            text = texts[row_id]
            order += 1
            value = score(text)
            if value >= cutoff:
                best.append(Scored(value, order, row_id, text))
        # Equal scores (the same words quoted in several articles): the earlier one.
        best.sort(key=lambda s: (-s.score, s.order))
        best = [s for s in best[: limit * 2] if keep(s.text)]
        if is_sure([s.score for s in best]):
            break
    return [(round(s.score, 1), s.row_id, s.text) for s in best[:limit]]


def is_sure(scores: Sequence[float]) -> bool:
    """Whether the best score is good enough, or stands out enough, to look no further."""
    if not scores:
        return False
    best = scores[0]
    second = scores[1] if len(scores) > 1 else 0.0
    return best >= SURE or (best >= SURE_ALONE and best - second >= SURE_MARGIN)


def _short_quote_share(asked_words: int, meaning: Sequence[str], quote: str) -> float:
    """1 for a quote more than half as long as the question (the question may be a fragment
    of it); for a shorter one, how much of the question's meaning it holds, softened.

    token_set_ratio and partial_ratio both score a quote inside the question at 100: the
    one-word scare quote "rigged" would be the very words of "the election is rigged".
    """
    # Only a quote of half the question's words or fewer pays (the fuzzy check costs); its
    # spaces count its words closely enough, at a fraction of a tokenisation's cost.
    if not meaning or (quote.count(" ") + 1) * 2 > asked_words:
        return 1.0
    return math.sqrt(words_held(meaning, quote) / len(meaning))


def words_held(meaning: Sequence[str], text: str) -> int:
    """How many of the meaning words text holds, as written or nearly."""
    present = set(words(text))
    return sum(1 for word in meaning if word in present or near_word(word, present))


def near_word(word: str, present: Iterable[str]) -> bool:
    return any(fuzz.ratio(word, p, score_cutoff=75) for p in present if abs(len(p) - len(word)) < 4)


def shares_meaning(meaning: Sequence[str], text: str) -> bool:
    """Whether text holds (nearly) at least half the words that carry the question's meaning.

    Keeps "who said the" or a question of common words from matching any quote that
    happens to hold them all.
    """
    if not meaning:
        return False
    return words_held(meaning, text) * 2 >= len(meaning)


def meaning_needed(meaning: Sequence[str]) -> Needed:
    """What shares_meaning asks of a row, for the search to skip rows that lack it."""
    return Needed(frozenset(meaning), (len(meaning) + 1) // 2)


def mostly_written(db: Database, table: str, asked: str) -> bool:
    """Whether at least half the words that carry the question's meaning are in the table's
    index as written: what "these words are in an article" promises, typos in the rest
    allowed.

    One lookup in search_terms; a miss of words no article holds (a name never seen, another
    language) then costs no near-spelling search and no candidate round.
    """
    meaning = content_words(asked)
    if not meaning:
        return False
    return len(document_frequencies(db, table, meaning)) * 2 >= len(meaning)

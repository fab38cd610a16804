"""Search: the paragraphs that cover a question best, with snippets around the match."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence

from sqlite_utils import Database

from store.search.plan import Query, plan_query
from store.search.quotes import best_rows, meaning_needed, quote_score, shares_meaning
from store.search.records import PARAGRAPH_ROWS, Match, fetch_rows, paragraph_match
from store.search.terms import sync_terms
from store.search.tokens import STOPWORDS, WORD, content_words, fold, words

PARAGRAPH_CUTOFF = 50.0  # search: share (0-100) of the question's weight a paragraph covers


SNIPPET_CHARS = 240


FOCUSED_WORDS = 150  # distinct words a paragraph may have before it counts as a page


def find_paragraphs(
    db: Database,
    asked: str,
    *,
    limit: int = 3,
    cutoff: float = PARAGRAPH_CUTOFF,
    verbatim: bool = False,
) -> list[Match]:
    """The paragraphs that best answer a question, with a snippet around the matching words.

    verbatim scores like a quote (the words themselves were asked, as in who-said);
    otherwise by how much of the question's weight (rare words weigh more) a paragraph holds.
    """
    sync_terms(db)
    meaning = content_words(asked)
    if not meaning:  # "the", "who is it": nothing to look for
        return []
    tokens = words(asked) if verbatim else meaning
    needed = meaning_needed(meaning) if verbatim else None
    query = plan_query(db, "paragraphs", tokens, needed)
    if verbatim:
        best = best_rows(
            db,
            "paragraphs",
            query,
            score=lambda text: quote_score(asked, text),
            keep=lambda text: shares_meaning(meaning, text),
            limit=limit,
            cutoff=cutoff,
            needed=needed,
        )
    else:
        best = best_rows(
            db,
            "paragraphs",
            query,
            score=lambda text: _coverage(query, tokens, text),
            keep=lambda text: True,
            limit=limit,
            cutoff=cutoff,
        )
    shown = set(query.terms) | set(tokens)
    return paragraph_matches(db, best, lambda text: snippet(text, shown, query.prefixes))


def paragraph_matches(
    db: Database, best: Sequence[tuple[float, int, str]], show: Callable[[str], str]
) -> list[Match]:
    """best_rows' paragraphs as matches with their articles, each showing show(its text)."""
    ids = [row_id for _, row_id, _ in best]
    by_id = {
        int(str(r[0])): r for r in fetch_rows(db, PARAGRAPH_ROWS + "WHERE p.id IN ({marks})", ids)
    }
    found = []
    for score, row_id, _ in best:
        row = by_id[row_id]
        found.append(paragraph_match(row, show(str(row[1])), score))
    return found


def _coverage(query: Query, tokens: Sequence[str], paragraph: str) -> float:
    """The share (0-100) of the question's words a paragraph holds, rare words weighing more."""
    present = set(words(paragraph))
    return coverage(query, tokens, present) * _focus(len(present))


def coverage(query: Query, tokens: Sequence[str], present: set[str]) -> float:
    """The share (0-100) of the question's tokens among a row's present ones, rare ones
    weighing more; a near spelling or a completion counts a little less than the token itself.
    (Tokens are words for English, stems for Russian: store/search/russian.py.)"""
    # The question's tokens -> document frequency; a token the corpus never had weighs as
    # the rarest: the question is about it.
    asked = dict.fromkeys(tokens, 1)
    for option in query.options:
        if option.exact:
            asked[option.word] = option.df
    found = dict.fromkeys(asked, 0.0)
    for option in query.options:
        if option.prefix:
            hit = any(p.startswith(option.term) for p in present)
        else:
            hit = option.term in present
        if hit:
            found[option.word] = max(found[option.word], 1.0 if option.exact else 0.8)
    weights = {token: math.log(1 + query.rows / max(df, 1)) for token, df in asked.items()}
    total = sum(weights.values())
    if total == 0:
        return 0.0
    return 100.0 * sum(weights[t] * found[t] for t in weights) / total


def _focus(distinct_words: int) -> float:
    """1 for a paragraph of ordinary length, down to 0.7 for a page scraped as one block
    (a liveblog, a comment thread): it holds every word of any question by sheer size."""
    excess = max(0, distinct_words - FOCUSED_WORDS)
    return 1.0 - 0.3 * min(1.0, excess / 1000)


def snippet(
    text: str, terms: set[str], prefixes: Iterable[str] = (), width: int = SNIPPET_CHARS
) -> str:
    """A window of text where the most distinct matching words are, cut at word boundaries."""
    if len(text) <= width:
        return text
    fragments = tuple(prefixes)
    hits = []  # (offset, word) of each matching word
    for found in WORD.finditer(text):
        word = fold(found.group())
        if (word in terms and word not in STOPWORDS) or (fragments and word.startswith(fragments)):
            hits.append((found.start(), word))
    start = 0
    if hits:
        lead = width // 5
        start = max(
            (offset for offset, _ in hits),
            key=lambda at: (len({w for o, w in hits if at - lead <= o < at + width - lead}), -at),
        )
    begin = max(0, start - width // 5)
    end = min(len(text), begin + width)
    begin = max(0, end - width)
    if begin > 0:
        space = text.find(" ", begin)
        begin = space + 1 if 0 <= space < start else begin
    if end < len(text):
        space = text.rfind(" ", begin, end)
        end = space if space > start else end
    return ("…" if begin > 0 else "") + text[begin:end].strip() + ("…" if end < len(text) else "")

"""Choosing what FTS5 looks for: a question's rarest words, near spellings, candidate rounds."""

from __future__ import annotations

import math
import weakref
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import pairwise

from rapidfuzz import process
from rapidfuzz.distance import OSA
from sqlite_utils import Database

from store.db import placeholders
from store.search.records import one_int
from store.search.terms import CATCH_UP_ROWS
from store.search.tokens import STOPWORDS, match_expression, words

CANDIDATES = 50  # FTS5 rows reranked by rapidfuzz


MAX_TERMS = 8  # the rarest words of a question that go to FTS5


# Postings (summed document frequencies) of the rare words each round reads in full
# (~0.3 µs a posting); the second round also tries adjacent pairs as phrases.
POSTINGS_BUDGETS = (3_000, 10_000)


LONE_TERM_MAX = 30_000  # when every word is commoner, the least common still leads


MAX_COMMON = 3  # first round: common words counted in the rows holding a rare one


MAX_PAIRS = 2  # second round: adjacent word pairs counted as phrases in those rows


NEIGHBOURS = 16  # near spellings tried for a word the index never saw


@dataclass(frozen=True)
class Term:
    df: int  # document frequency
    term: str  # what FTS5 looks for
    word: str  # the question's word it stands for
    prefix: bool = False  # term is a word fragment: look for its completions

    @property
    def exact(self) -> bool:
        return self.term == self.word and not self.prefix


@dataclass(frozen=True)
class Needed:
    """What a row must hold to be worth reranking: `count` of these words, each as one of
    the terms planned for it (itself, a near spelling, a completion)."""

    words: frozenset[str]
    count: int


@dataclass(frozen=True)
class Query:
    rows: int  # rows in the table, for inverse document frequencies
    options: tuple[Term, ...]  # rarest first
    pairs: tuple[tuple[str, str], ...] = ()  # adjacent words, both indexed: phrases to try
    vain: frozenset[str] = frozenset()  # words looked for with no term or near spelling

    def tier(self, budget: int) -> tuple[tuple[Term, ...], tuple[Term, ...]]:
        """The rarest terms whose summed document frequency stays within budget, and the
        commoner terms after them that still tell rows apart (in under a quarter of them).
        """
        rare: list[Term] = []
        asked: set[str] = set()  # the question's words the terms stand for
        total = 0
        for option in self.options:
            if total + option.df > budget:
                break
            if option.word not in asked and len(asked) >= MAX_TERMS:
                continue  # near spellings of a word already in still fit
            rare.append(option)
            asked.add(option.word)
            total += option.df
        if not rare and self.options and self.options[0].df <= LONE_TERM_MAX:
            rare.append(self.options[0])  # every word is common: the least common leads
            asked.add(self.options[0].word)
        common = [
            o
            for o in self.options
            if o not in rare and o.word not in asked and not o.prefix and o.df * 5 <= self.rows * 3
        ]
        return tuple(rare), tuple(common[: max(0, min(MAX_COMMON, MAX_TERMS - len(asked)))])

    def weight(self, option: Term) -> float:
        """Inverse document frequency; a near spelling or completion weighs a little less."""
        return math.log(1 + self.rows / max(option.df, 1)) * (1.0 if option.exact else 0.8)

    def unread(self, words: frozenset[str], read: Sequence[Term]) -> int:
        """How many of the words a row may hold unseen by a round reading these terms: a
        word with a planned term not among them, or one never looked for (a letter, or a
        search stopped as hopeless). A word looked for in vain no row holds, as far as
        we look."""
        seen = {o.word for o in read}
        unseen = seen & {o.word for o in self.options if o not in read}
        return len(words - seen - self.vain) + len(words & unseen)

    def can_hold(self, needed: Needed) -> bool:
        """Whether any row may hold what is needed, given the words looked for in vain."""
        return len(needed.words - self.vain) >= needed.count

    @property
    def terms(self) -> dict[str, int]:
        return {o.term: o.df for o in self.options if not o.prefix}

    @property
    def prefixes(self) -> dict[str, int]:
        return {o.term: o.df for o in self.options if o.prefix}


def plan_query(
    db: Database, table: str, tokens: Sequence[str], needed: Needed | None = None
) -> Query:
    """The question's words as indexed terms, with near spellings for words never indexed;
    with needed, near spellings are no longer looked for once too few words are left for
    any row to hold what is needed (invented words: each search costs ~0.2 ms)."""
    unique = list(dict.fromkeys(t for t in tokens if len(t) > 1 or t.isdigit()))[:64]
    known = document_frequencies(db, table, unique)
    options = [Term(known[word], word, word) for word in unique if word in known]
    vain: set[str] = set()
    for word in unique:
        if word in known or len(word) < 3:
            continue
        if needed is not None and len(needed.words - vain) < needed.count:
            break  # no row can hold enough: the words left stay unsearched
        found = respellings(db, table, word)
        options += found
        if not found:
            vain.add(word)
    options.sort(key=lambda o: (o.df, o.term))
    rows = max(one_int(db, f"SELECT max(id) FROM {table}", []), 1)
    pairs = dict.fromkeys((a, b) for a, b in pairwise(tokens) if a in known and b in known)
    # The rarest pairs tell most; a pair of the commonest words costs most to read.
    ranked = sorted(pairs, key=lambda pair: known[pair[0]] + known[pair[1]])
    return Query(rows, tuple(options), tuple(ranked[:MAX_PAIRS]), frozenset(vain))


def respellings(db: Database, table: str, word: str) -> list[Term]:
    """Terms standing for a word the index never saw: near spellings, or its completions."""
    found = [
        Term(df, term, word)
        for term, df in near_terms(db, table, word)
        if term not in STOPWORDS  # "tall" is not "all"
    ]
    if len(word) >= 4:
        df = prefix_frequency(db, table, word)
        if df:
            found.append(Term(df, word, word, prefix=True))
    return found


def candidate_rounds(
    db: Database, table: str, query: Query, needed: Needed | None = None
) -> Iterator[list[int]]:
    """Candidate row ids, cheapest round first; the caller stops once it is sure.

    FTS5 cost grows with the postings it reads (bm25 ranking costs ~2 µs each, a plain
    scan ~0.3 µs), so a round reads the rarest words in full and the commoner ones only
    where a rare one is (FTS5 seeks there). The first round counts those common words;
    the second reads more rare words and counts adjacent pairs as phrases instead (among
    the many rows holding the same common words, the quote holds them in the order asked).

    With needed, a round returns only rows that may hold enough of its words (those held
    among the terms read, plus every word left unread), and it is the last round when
    it returned them all and a row without its rare terms cannot hold enough: a question
    no row answers then costs one round, and no reranking of rows holding one word.
    """
    if needed is not None and not query.can_hold(needed):
        return
    seen: set[int] = set()
    previous: tuple[Term, ...] = ()
    for round_, budget in enumerate(POSTINGS_BUDGETS):
        rare, common = query.tier(budget)
        pairs = query.pairs if round_ else ()
        if not rare or (rare == previous and not pairs):
            continue
        previous = rare
        common = () if round_ else common
        held = 0
        if needed is not None:
            held = needed.count - query.unread(needed.words, (*rare, *common))
        ranked = ranked_ids(db, table, query, rare, common, pairs, needed, held)
        ids = [i for i in ranked if i not in seen]
        seen.update(ids)
        yield ids
        if (
            needed is not None
            and len(ranked) < CANDIDATES
            and query.unread(needed.words, rare) < needed.count
        ):
            return  # every row that may hold enough was in this round


def ranked_ids(
    db: Database,
    table: str,
    query: Query,
    rare: Sequence[Term],
    common: Sequence[Term],
    pairs: Sequence[tuple[str, str]] = (),
    needed: Needed | None = None,
    held: int = 0,
) -> list[int]:
    """Rows holding the most (and rarest) of the terms, best first; with needed, only rows
    holding at least `held` of its words among these terms.

    Our own ranking instead of bm25: a sum of idf weights per row costs a seventh as much.
    Common terms count only in rows that hold a rare one, so FTS5 never reads them whole.
    """
    # Rows are counted (k: the question's word a term stands for) only when some must be
    # left out: the plain ranking's query stays as lean as it was.
    counted = needed.words if needed is not None and held > 0 else None
    parts = []
    params: list[object] = []
    any_rare = " OR ".join(term_expression(o) for o in rare)
    k = ", ? AS k" if counted is not None else ""
    select = f"SELECT rowid AS id, ? AS w{k} FROM {table}_fts WHERE {table}_fts MATCH ?"
    for option in (*rare, *common):
        expression = term_expression(option)
        if option not in rare:
            expression = f"({any_rare}) AND {expression}"
        parts.append(select)
        params.append(query.weight(option))
        if counted is not None:
            params.append(option.word if option.word in counted else None)
        params.append(expression)
    frequencies = query.terms
    for first, second in pairs:
        phrase = match_expression([f"{first} {second}"])
        parts.append(select)
        params.append(sum(math.log(1 + query.rows / frequencies[w]) for w in (first, second)))
        if counted is not None:
            params.append(None)
        params.append(f"({any_rare}) AND {phrase}")
    # count(k), not count(DISTINCT k), which cost a fifth more: a row holding two near
    # spellings of one word counts it twice, so the count never falls below the words held.
    having = "HAVING count(k) >= ? " if counted is not None else ""
    sql = (
        f"SELECT id FROM ({' UNION ALL '.join(parts)}) GROUP BY id {having}"
        "ORDER BY sum(w) DESC, id DESC LIMIT ?"
    )
    limits = [held, CANDIDATES] if having else [CANDIDATES]
    return [int(i) for (i,) in db.execute(sql, [*params, *limits])]


def term_expression(option: Term) -> str:
    if option.prefix:
        return match_expression([], [option.term])
    return match_expression([option.term])


def document_frequencies(db: Database, table: str, tokens: Sequence[str]) -> dict[str, int]:
    if not tokens:
        return {}
    rows = db.execute(
        f"SELECT term, df FROM search_terms WHERE tbl = ? AND term IN ({placeholders(tokens)})",
        [table, *tokens],
    )
    return {term: int(df) for term, df in rows if df > 0}


def near_terms(db: Database, table: str, word: str) -> list[tuple[str, int]]:
    """Indexed terms within one edit (two for longer words) of a word the index never saw.

    Looked for among terms that start with the word's first letter, or with its second
    (a letter slipped in front, or the first two swapped), or that share its second
    letter (the first mistyped or lost); a swap counts as one edit.
    """
    max_edits = 1 if len(word) <= 4 else 2
    vocabulary = table_vocabulary(db, table)
    buckets = [
        *(
            vocabulary.terms(word[0], n)
            for n in range(len(word) - max_edits, len(word) + max_edits + 1)
        ),
        *(vocabulary.terms(word[1], n) for n in (len(word) - 1, len(word))),
        vocabulary.terms_after(word[1], len(word)),
        vocabulary.terms_after(word[0], len(word) + 1),
    ]
    # Bucket by bucket: a union of the buckets (thousands of terms) cost as much as the
    # search itself; a term in two buckets is the same distance away in both.
    found = {
        term: distance
        for bucket in buckets
        for term, distance, _ in process.extract(
            word, bucket, scorer=OSA.distance, score_cutoff=max_edits, limit=None
        )
    }
    # Nearest first, then alphabetical, so the same question always gets the same terms.
    near = sorted((distance, term) for term, distance in found.items())
    if near and near[0][0] <= 1:
        near = [(d, term) for d, term in near if d <= 1]  # one edit away beats two
    chosen = [term for _, term in near[:NEIGHBOURS]]
    frequencies = document_frequencies(db, table, chosen)
    return [(term, frequencies[term]) for term in chosen if term in frequencies]


class Vocabulary:
    """Indexed terms by first letter and length, and by second letter and length.

    Near spellings are looked for on every typo; reading the same few thousand terms
    from SQLite each time cost more than the FTS5 query itself. Every term is read once,
    the first time a question needs near spellings (no index serves second letters, and
    reading buckets one by one cost a query each for every new first letter or length);
    new rows' words are added as they come. Buckets are lists: rapidfuzz reads a list in
    two thirds of the time of a set.
    """

    def __init__(self, db: Database, table: str, version: int) -> None:
        self.db, self.table, self.version = db, table, version
        self.by_first: dict[tuple[str, int], list[str]] = {}
        self.by_second: dict[tuple[str, int], list[str]] = {}
        self.known: set[str] | None = None  # every term in the buckets, once read

    def terms(self, head: str, length: int) -> list[str]:
        """Terms of this length that start with head."""
        self._read()
        return self.by_first.get((head, length), [])

    def terms_after(self, second: str, length: int) -> list[str]:
        """Terms of this length whose second letter is given (any first letter)."""
        self._read()
        return self.by_second.get((second, length), [])

    def catch_up(self, version: int) -> None:
        """Add the words of the rows folded into search_terms since this was read."""
        if self.known is not None:
            rows = self.db.execute(
                f"SELECT text FROM {self.table} WHERE id > ? AND id <= ?", [self.version, version]
            )
            for (text,) in rows:
                for word in words(str(text)):
                    self._add(word)
        self.version = version

    def _read(self) -> None:
        if self.known is None:
            self.known = set()
            rows = self.db.execute("SELECT term FROM search_terms WHERE tbl = ?", [self.table])
            for (term,) in rows:
                self._add(str(term))

    def _add(self, term: str) -> None:
        assert self.known is not None
        if term in self.known:
            return
        self.known.add(term)
        self.by_first.setdefault((term[0], len(term)), []).append(term)
        if len(term) > 1:
            self.by_second.setdefault((term[1], len(term)), []).append(term)


_vocabularies: weakref.WeakKeyDictionary[Database, dict[str, Vocabulary]] = (
    weakref.WeakKeyDictionary()
)


def table_vocabulary(db: Database, table: str) -> Vocabulary:
    # search_terms grows only when rows are folded in, which moves last_id (in this
    # process or another): the words of those rows are added, or after a bulk load the
    # cached terms are dropped.
    version = one_int(db, "SELECT last_id FROM search_terms_state WHERE tbl = ?", [table])
    cached = _vocabularies.setdefault(db, {})
    vocabulary = cached.get(table)
    if vocabulary is None or not 0 <= version - vocabulary.version <= CATCH_UP_ROWS:
        vocabulary = cached[table] = Vocabulary(db, table, version)
    elif vocabulary.version != version:
        vocabulary.catch_up(version)
    return vocabulary


def prefix_frequency(db: Database, table: str, fragment: str) -> int:
    # A fragment such as "diplom" stands for its completions; 50 of them say enough
    # about the cost, and a prefix with more than that is too vague to help.
    rows = db.execute(
        "SELECT df FROM search_terms WHERE tbl = ? AND term > ? AND term < ? LIMIT 51",
        [table, fragment, fragment + "\U0010ffff"],
    ).fetchall()
    if not rows or len(rows) > 50:
        return 0
    return sum(int(df) for (df,) in rows)

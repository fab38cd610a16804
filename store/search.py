"""Retrieval: FTS5 narrows to candidates by a question's rarest words, rapidfuzz ranks them.

User text never reaches MATCH as syntax: it is cut into words and each word is wrapped in
double quotes. A word the index has never seen is replaced by the indexed words within an
edit or two of it (and, for a fragment, a prefix). Candidates come in rounds, cheapest
first (see _candidate_rounds); the caller stops as soon as the best one is clear.
search_terms (migration m003) holds each indexed term's document frequency; it is kept in
step here, lazily, so every writer (save_article, bulk loads, re-extraction) is covered.
"""

from __future__ import annotations

import itertools
import math
import re
import sqlite3
import unicodedata
import weakref
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import pairwise

from rapidfuzz import fuzz, process, utils
from rapidfuzz.distance import OSA
from sqlite_utils import Database

from store.stats import NEWEST_FIRST

TABLES = ("quotes", "paragraphs")
CANDIDATES = 50  # FTS5 rows reranked by rapidfuzz
MAX_TERMS = 8  # the rarest words of a question that go to FTS5
# Postings (summed document frequencies) of the rare words each round reads in full
# (~0.3 µs a posting); the second round also tries adjacent pairs as phrases.
POSTINGS_BUDGETS = (3_000, 10_000)
LONE_TERM_MAX = 30_000  # when every word is commoner, the least common still leads
MAX_COMMON = 3  # first round: common words counted in the rows holding a rare one
MAX_PAIRS = 2  # second round: adjacent word pairs counted as phrases in those rows
NEIGHBOURS = 16  # near spellings tried for a word the index never saw
SURE = 85.0  # a candidate scoring this well ends the search for more...
SURE_ALONE, SURE_MARGIN = 72.0, 8.0  # ...as does one this good that far ahead of the next
CATCH_UP_ROWS = 20_000  # newer rows folded into search_terms in Python; past it, a rebuild
QUOTE_CUTOFF = 62.0  # who-said: below this a quote is not the answer
PARAGRAPH_CUTOFF = 50.0  # search: share (0-100) of the question's weight a paragraph covers
SNIPPET_CHARS = 240
FOCUSED_WORDS = 150  # distinct words a paragraph may have before it counts as a page
ABOUT_TOPIC = 50.0  # a speaker's quote scoring this (0-100) is about the asked topic

_WORD = re.compile(r"[^\W_]+")

# Words that carry no topic; kept out of coverage scoring so "when did X happen" is about X.
STOPWORDS = frozenset(
    """a an the and or but of to in on at by for from with about as into over after before
    is are was were be been being am do does did done has have had having will would shall
    should can could may might must it its this that these those there here what which who
    whom whose when where why how i you he she we they me him her us them my your his our
    their not no yes so if then than too very just also any all some said say says tell told
    news article articles show me find search please""".split()
)


@dataclass(frozen=True)
class Match:
    """A quote or paragraph that answers a question, with the article it comes from."""

    kind: str  # "quote" or "paragraph"
    row_id: int
    text: str  # the quote, or the paragraph
    snippet: str  # what to show: the quote, or a window of the paragraph around the match
    score: float  # 0-100
    article_id: int
    title: str
    source: str | None
    published: str | None
    url: str | None
    paragraph: str | None = None  # the paragraph a quote is in
    speaker: str | None = None
    role: str | None = None
    quote_kind: str | None = None  # "direct" / "indirect"


@dataclass(frozen=True)
class SpeakerMatch:
    """A speaker whose name, surname, role or description matches what was asked."""

    id: int
    name: str
    score: float
    named_as: str  # the stored name that matched
    quotes: int


@dataclass(frozen=True)
class ArticleRow:
    """An article's reference data, for lists such as /latest."""

    id: int
    title: str
    source: str | None
    published: str | None
    url: str | None


# --- words -------------------------------------------------------------------------------


def fold(text: str) -> str:
    """Lower case without diacritics, as the FTS5 unicode61 tokenizer sees text."""
    text = text.lower()
    if text.isascii():
        return text
    return "".join(_fold_char(c) for c in text)


def _fold_char(char: str) -> str:
    # remove_diacritics only strips marks from Latin letters: "é" is "e" but the
    # Cyrillic "й" stays itself.
    if char.isascii() or not ("\u00c0" <= char < "\u0250" or "\u1e00" <= char < "\u1f00"):
        return char
    decomposed = unicodedata.normalize("NFD", char)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def words(text: str) -> list[str]:
    """The FTS5 tokens of text, in order."""
    return _WORD.findall(fold(text))


def content_words(text: str) -> list[str]:
    """The words of text that carry meaning, each once, in order."""
    return list(dict.fromkeys(w for w in words(text) if w not in STOPWORDS))


def match_expression(terms: Iterable[str], prefixes: Iterable[str] = ()) -> str:
    """An FTS5 MATCH string in which every term is a plain word (or a word prefix)."""
    # Terms come from words(), so they hold no quote; doubling is for any other caller.
    quoted = [f'"{t.replace(chr(34), chr(34) * 2)}"' for t in terms if t]
    quoted += [f'"{p.replace(chr(34), chr(34) * 2)}"*' for p in prefixes if p]
    return " OR ".join(quoted)


# --- the term table ----------------------------------------------------------------------


def sync_terms(db: Database) -> None:
    """Fold rows added since the last search into search_terms (a rebuild after bulk loads)."""
    for table in TABLES:
        try:
            # Read inside the transaction: one snapshot for the row range and the FTS
            # vocabulary, while the poller may be storing articles on its own connection.
            with db.atomic():
                _sync_table_terms(db, table)
        except sqlite3.OperationalError:
            # Another writer holds the lock (or the file is read-only): search with the
            # terms we have; the next search catches up.
            return


def _sync_table_terms(db: Database, table: str) -> None:
    last_id = _one_int(db, "SELECT last_id FROM search_terms_state WHERE tbl = ?", [table])
    newest = _one_int(db, f"SELECT max(id) FROM {table}", [])
    if newest <= last_id:
        return
    if newest - last_id > CATCH_UP_ROWS:
        _rebuild_table_terms(db, table)
    else:
        _add_terms(db, table, last_id, newest)
    db.execute(
        "INSERT INTO search_terms_state (tbl, last_id) VALUES (?, ?) "
        "ON CONFLICT (tbl) DO UPDATE SET last_id = excluded.last_id",
        [table, newest],
    )


def rebuild_terms(db: Database) -> None:
    """Recompute search_terms from the FTS indexes (after a bulk load or many deletions)."""
    with db.atomic():
        for table in TABLES:
            _rebuild_table_terms(db, table)
            db.execute(
                "INSERT INTO search_terms_state (tbl, last_id) "
                f"VALUES (?, (SELECT coalesce(max(id), 0) FROM {table})) "
                "ON CONFLICT (tbl) DO UPDATE SET last_id = excluded.last_id",
                [table],
            )


def _rebuild_table_terms(db: Database, table: str) -> None:
    db.execute("DELETE FROM search_terms WHERE tbl = ?", [table])
    db.execute(
        f"INSERT INTO search_terms (tbl, term, df) SELECT ?, term, doc FROM {table}_fts_vocab",
        [table],
    )


def _add_terms(db: Database, table: str, after_id: int, up_to_id: int) -> None:
    # Bounded above: another connection may store rows while we fold; they wait for the next
    # sync rather than being counted now and again then.
    counts: Counter[str] = Counter()
    rows = db.execute(f"SELECT text FROM {table} WHERE id > ? AND id <= ?", [after_id, up_to_id])
    for (text,) in rows:
        counts.update(set(words(text)))
    db.conn.executemany(
        "INSERT INTO search_terms (tbl, term, df) VALUES (?, ?, ?) "
        "ON CONFLICT (tbl, term) DO UPDATE SET df = df + excluded.df",
        # In key order: each upsert then lands next to the previous one in the B-tree.
        [(table, term, counts[term]) for term in sorted(counts)],
    )


def _one_int(db: Database, sql: str, params: Sequence[object]) -> int:
    row = db.execute(sql, list(params)).fetchone()
    return int(row[0]) if row and row[0] is not None else 0


# --- choosing what FTS5 looks for ---------------------------------------------------------


@dataclass(frozen=True)
class _Term:
    df: int  # document frequency
    term: str  # what FTS5 looks for
    word: str  # the question's word it stands for
    prefix: bool = False  # term is a word fragment: look for its completions

    @property
    def exact(self) -> bool:
        return self.term == self.word and not self.prefix


@dataclass(frozen=True)
class _Query:
    rows: int  # rows in the table, for inverse document frequencies
    options: tuple[_Term, ...]  # rarest first
    pairs: tuple[tuple[str, str], ...] = ()  # adjacent words, both indexed: phrases to try

    def tier(self, budget: int) -> tuple[tuple[_Term, ...], tuple[_Term, ...]]:
        """The rarest terms whose summed document frequency stays within budget, and the
        commoner terms after them that still tell rows apart (in under a quarter of them).
        """
        rare: list[_Term] = []
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

    def weight(self, option: _Term) -> float:
        """Inverse document frequency; a near spelling or completion weighs a little less."""
        return math.log(1 + self.rows / max(option.df, 1)) * (1.0 if option.exact else 0.8)

    @property
    def terms(self) -> dict[str, int]:
        return {o.term: o.df for o in self.options if not o.prefix}

    @property
    def prefixes(self) -> dict[str, int]:
        return {o.term: o.df for o in self.options if o.prefix}


def _plan(db: Database, table: str, tokens: Sequence[str]) -> _Query:
    """The question's words as indexed terms, with near spellings for words never indexed."""
    unique = list(dict.fromkeys(t for t in tokens if len(t) > 1 or t.isdigit()))[:64]
    known = _document_frequencies(db, table, unique)
    options: list[_Term] = []
    for word in unique:
        if word in known:
            options.append(_Term(known[word], word, word))
            continue
        if len(word) < 3:
            continue
        options += [
            _Term(df, term, word)
            for term, df in _near_terms(db, table, word)
            if term not in STOPWORDS  # "tall" is not "all"
        ]
        if len(word) >= 4:
            df = _prefix_frequency(db, table, word)
            if df:
                options.append(_Term(df, word, word, prefix=True))
    options.sort(key=lambda o: (o.df, o.term))
    rows = max(_one_int(db, f"SELECT max(id) FROM {table}", []), 1)
    pairs = dict.fromkeys((a, b) for a, b in pairwise(tokens) if a in known and b in known)
    # The rarest pairs tell most; a pair of the commonest words costs most to read.
    ranked = sorted(pairs, key=lambda pair: known[pair[0]] + known[pair[1]])
    return _Query(rows, tuple(options), tuple(ranked[:MAX_PAIRS]))


def _candidate_rounds(db: Database, table: str, query: _Query) -> Iterator[list[int]]:
    """Candidate row ids, cheapest round first; the caller stops once it is sure.

    FTS5 cost grows with the postings it reads (bm25 ranking costs ~2 µs each, a plain
    scan ~0.3 µs), so a round reads the rarest words in full and the commoner ones only
    where a rare one is (FTS5 seeks there). The first round counts those common words;
    the second reads more rare words and counts adjacent pairs as phrases instead (among
    the many rows holding the same common words, the quote holds them in the order asked).
    """
    seen: set[int] = set()
    previous: tuple[_Term, ...] = ()
    for round_, budget in enumerate(POSTINGS_BUDGETS):
        rare, common = query.tier(budget)
        pairs = query.pairs if round_ else ()
        if not rare or (rare == previous and not pairs):
            continue
        previous = rare
        common = () if round_ else common
        ranked = _ranked_ids(db, table, query, rare, common, pairs)
        ids = [i for i in ranked if i not in seen]
        seen.update(ids)
        yield ids


def _ranked_ids(
    db: Database,
    table: str,
    query: _Query,
    rare: Sequence[_Term],
    common: Sequence[_Term],
    pairs: Sequence[tuple[str, str]] = (),
) -> list[int]:
    """Rows holding the most (and rarest) of the terms, best first.

    Our own ranking instead of bm25: a sum of idf weights per row costs a seventh as much.
    Common terms count only in rows that hold a rare one, so FTS5 never reads them whole.
    """
    parts = []
    params: list[object] = []
    any_rare = " OR ".join(_expression(o) for o in rare)
    for option in (*rare, *common):
        expression = _expression(option)
        if option not in rare:
            expression = f"({any_rare}) AND {expression}"
        parts.append(f"SELECT rowid AS id, ? AS w FROM {table}_fts WHERE {table}_fts MATCH ?")
        params += [query.weight(option), expression]
    frequencies = query.terms
    for first, second in pairs:
        phrase = match_expression([f"{first} {second}"])
        parts.append(f"SELECT rowid AS id, ? AS w FROM {table}_fts WHERE {table}_fts MATCH ?")
        weight = sum(math.log(1 + query.rows / frequencies[w]) for w in (first, second))
        params += [weight, f"({any_rare}) AND {phrase}"]
    sql = (
        f"SELECT id FROM ({' UNION ALL '.join(parts)}) GROUP BY id "
        "ORDER BY sum(w) DESC, id DESC LIMIT ?"
    )
    return [int(i) for (i,) in db.execute(sql, [*params, CANDIDATES])]


def _expression(option: _Term) -> str:
    if option.prefix:
        return match_expression([], [option.term])
    return match_expression([option.term])


def _document_frequencies(db: Database, table: str, tokens: Sequence[str]) -> dict[str, int]:
    if not tokens:
        return {}
    marks = ", ".join("?" for _ in tokens)
    rows = db.execute(
        f"SELECT term, df FROM search_terms WHERE tbl = ? AND term IN ({marks})",
        [table, *tokens],
    )
    return {term: int(df) for term, df in rows if df > 0}


def _near_terms(db: Database, table: str, word: str) -> list[tuple[str, int]]:
    """Indexed terms within one edit (two for longer words) of a word the index never saw.

    Looked for among terms that start with the word's first letter, or with its second
    (a letter slipped in front, or the first two swapped), or that share its second
    letter (the first mistyped or lost); a swap counts as one edit.
    """
    max_edits = 1 if len(word) <= 4 else 2
    vocabulary = _vocabulary(db, table)
    buckets = [
        *(
            vocabulary.terms(word[0], n)
            for n in range(len(word) - max_edits, len(word) + max_edits + 1)
        ),
        *(vocabulary.terms(word[1], n) for n in (len(word) - 1, len(word))),
        vocabulary.terms_after(word[1], len(word)),
        vocabulary.terms_after(word[0], len(word) + 1),
    ]
    found = process.extract(
        word, set().union(*buckets), scorer=OSA.distance, score_cutoff=max_edits, limit=None
    )
    # Nearest first, then alphabetical, so the same question always gets the same terms.
    near = sorted((distance, term) for term, distance, _ in found)
    if near and near[0][0] <= 1:
        near = [(d, term) for d, term in near if d <= 1]  # one edit away beats two
    chosen = [term for _, term in near[:NEIGHBOURS]]
    frequencies = _document_frequencies(db, table, chosen)
    return [(term, frequencies[term]) for term in chosen if term in frequencies]


class _Vocabulary:
    """Indexed terms by first letter and length, and by second letter and length.

    Near spellings are looked for on every typo; reading the same few thousand terms
    from SQLite each time cost more than the FTS5 query itself. Buckets by first letter
    are read as needed (an index serves them); by second letter, all at once, the first
    time a question needs them (no index can). New rows' words are added as they come.
    """

    def __init__(self, db: Database, table: str, version: int) -> None:
        self.db, self.table, self.version = db, table, version
        self.by_first: dict[tuple[str, int], set[str]] = {}
        self.by_second: dict[tuple[str, int], set[str]] | None = None

    def terms(self, head: str, length: int) -> set[str]:
        """Terms of this length that start with head."""
        key = (head, length)
        if key not in self.by_first:
            rows = self.db.execute(
                "SELECT term FROM search_terms WHERE tbl = ? AND substr(term, 1, 1) = ? "
                "AND length(term) = ?",
                [self.table, head, length],
            )
            self.by_first[key] = {str(term) for (term,) in rows}
        return self.by_first[key]

    def terms_after(self, second: str, length: int) -> set[str]:
        """Terms of this length whose second letter is given (any first letter)."""
        if self.by_second is None:
            self.by_second = {}
            rows = self.db.execute("SELECT term FROM search_terms WHERE tbl = ?", [self.table])
            for (term,) in rows:
                self._add_second(str(term))
        return self.by_second.get((second, length), set())

    def catch_up(self, version: int) -> None:
        """Add the words of the rows folded into search_terms since this was read."""
        rows = self.db.execute(
            f"SELECT text FROM {self.table} WHERE id > ? AND id <= ?", [self.version, version]
        )
        for (text,) in rows:
            for word in set(words(str(text))):
                if (word[0], len(word)) in self.by_first:
                    self.by_first[word[0], len(word)].add(word)
                if self.by_second is not None:
                    self._add_second(word)
        self.version = version

    def _add_second(self, term: str) -> None:
        assert self.by_second is not None
        if len(term) > 1:
            self.by_second.setdefault((term[1], len(term)), set()).add(term)


_vocabularies: weakref.WeakKeyDictionary[Database, dict[str, _Vocabulary]] = (
    weakref.WeakKeyDictionary()
)


def _vocabulary(db: Database, table: str) -> _Vocabulary:
    # search_terms grows only when rows are folded in, which moves last_id (in this
    # process or another): the words of those rows are added, or after a bulk load the
    # cached terms are dropped.
    version = _one_int(db, "SELECT last_id FROM search_terms_state WHERE tbl = ?", [table])
    cached = _vocabularies.setdefault(db, {})
    vocabulary = cached.get(table)
    if vocabulary is None or not 0 <= version - vocabulary.version <= CATCH_UP_ROWS:
        vocabulary = cached[table] = _Vocabulary(db, table, version)
    elif vocabulary.version != version:
        vocabulary.catch_up(version)
    return vocabulary


def _prefix_frequency(db: Database, table: str, fragment: str) -> int:
    # A fragment such as "diplom" stands for its completions; 50 of them say enough
    # about the cost, and a prefix with more than that is too vague to help.
    rows = db.execute(
        "SELECT df FROM search_terms WHERE tbl = ? AND term > ? AND term < ? LIMIT 51",
        [table, fragment, fragment + "\U0010ffff"],
    ).fetchall()
    if not rows or len(rows) > 50:
        return 0
    return sum(int(df) for (df,) in rows)


# --- who said: quotes ---------------------------------------------------------------------

_QUOTE_ROWS = """
SELECT q.id, q.text, q.speaker, q.role, q.kind, p.text, a.id, a.title, a.source,
       a.published, a.url, s.name
FROM quotes q JOIN articles a ON a.id = q.article_id
LEFT JOIN paragraphs p ON p.id = q.paragraph_id
LEFT JOIN speakers s ON s.id = q.speaker_id
"""


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
    asked_words = words(asked)
    query = _plan(db, "quotes", asked_words)
    best = _best_rows(
        db,
        "quotes",
        query,
        score=lambda text: quote_score(asked, text)
        * _short_quote_share(len(asked_words), meaning, text),
        keep=lambda text: shares_meaning(meaning, text),
        limit=limit,
        cutoff=cutoff,
    )
    rows = _rows(db, _QUOTE_ROWS + "WHERE q.id IN ({marks})", [row_id for _, row_id, _ in best])
    by_id = {int(str(row[0])): row for row in rows}
    return [_quote_match(by_id[row_id], score) for score, row_id, _ in best]


@dataclass(frozen=True)
class _Scored:
    score: float
    order: int  # when it came: earlier rounds and better ranks first
    row_id: int
    text: str


def _best_rows(
    db: Database,
    table: str,
    query: _Query,
    *,
    score: Callable[[str], float],
    keep: Callable[[str], bool],
    limit: int,
    cutoff: float,
) -> list[tuple[float, int, str]]:
    """(score, row id, text) of the best rows, round after round until sure of the best."""
    best: list[_Scored] = []
    order = 0
    for ids in _candidate_rounds(db, table, query):
        rows = _rows(db, f"SELECT id, text FROM {table} WHERE id IN ({{marks}})", ids)
        texts = {int(str(row_id)): str(text) for row_id, text in rows}
        for row_id in ids:
            text = texts[row_id]
            order += 1
            value = score(text)
            if value >= cutoff:
                best.append(_Scored(value, order, row_id, text))
        # Equal scores (the same words quoted in several articles): the earlier one.
        best.sort(key=lambda s: (-s.score, s.order))
        best = [s for s in best[: limit * 2] if keep(s.text)]
        if _sure([s.score for s in best]):
            break
    return [(round(s.score, 1), s.row_id, s.text) for s in best[:limit]]


def _sure(scores: Sequence[float]) -> bool:
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
    return math.sqrt(_words_held(meaning, quote) / len(meaning))


def _words_held(meaning: Sequence[str], text: str) -> int:
    """How many of the meaning words text holds, as written or nearly."""
    present = set(words(text))
    return sum(1 for word in meaning if word in present or _near_word(word, present))


def _near_word(word: str, present: Iterable[str]) -> bool:
    return any(
        fuzz.ratio(word, p, score_cutoff=75) for p in present if abs(len(p) - len(word)) < 4
    )


def shares_meaning(meaning: Sequence[str], text: str) -> bool:
    """Whether text holds (nearly) at least half the words that carry the question's meaning.

    Keeps "who said the" or a question of common words from matching any quote that
    happens to hold them all.
    """
    if not meaning:
        return False
    return _words_held(meaning, text) * 2 >= len(meaning)


def _rows(db: Database, sql: str, ids: Sequence[int]) -> list[tuple[object, ...]]:
    if not ids:
        return []
    marks = ", ".join("?" for _ in ids)
    return list(db.execute(sql.format(marks=marks), list(ids)).fetchall())


def _quote_match(row: Sequence[object], score: float) -> Match:
    (qid, text, speaker, role, kind, paragraph, aid, title, source, published, url, name) = row
    return Match(
        kind="quote",
        row_id=int(str(qid)),
        text=str(text),
        snippet=str(text),
        score=round(score, 1),
        article_id=int(str(aid)),
        title=str(title),
        source=_text(source),
        published=_text(published),
        url=_text(url),
        paragraph=_text(paragraph),
        speaker=_text(name) or _text(speaker),
        role=_text(role),
        quote_kind=_text(kind),
    )


def _text(value: object) -> str | None:
    return None if value is None else str(value)


# --- search: paragraphs -------------------------------------------------------------------

_PARAGRAPH_ROWS = """
SELECT p.id, p.text, a.id, a.title, a.source, a.published, a.url
FROM paragraphs p JOIN articles a ON a.id = p.article_id
"""


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
    query = _plan(db, "paragraphs", tokens)
    if verbatim:
        best = _best_rows(
            db,
            "paragraphs",
            query,
            score=lambda text: quote_score(asked, text),
            keep=lambda text: shares_meaning(meaning, text),
            limit=limit,
            cutoff=cutoff,
        )
    else:
        best = _best_rows(
            db,
            "paragraphs",
            query,
            score=lambda text: _coverage(query, tokens, text),
            keep=lambda text: True,
            limit=limit,
            cutoff=cutoff,
        )
    ids = [row_id for _, row_id, _ in best]
    by_id = {int(str(r[0])): r for r in _rows(db, _PARAGRAPH_ROWS + "WHERE p.id IN ({marks})", ids)}
    shown = set(query.terms) | set(tokens)
    found = []
    for score, row_id, paragraph in best:
        _, _, aid, title, source, published, url = by_id[row_id]
        found.append(
            Match(
                kind="paragraph",
                row_id=row_id,
                text=paragraph,
                snippet=snippet(paragraph, shown, query.prefixes),
                score=score,
                article_id=int(str(aid)),
                title=str(title),
                source=_text(source),
                published=_text(published),
                url=_text(url),
                paragraph=paragraph,
            )
        )
    return found


def _coverage(query: _Query, tokens: Sequence[str], paragraph: str) -> float:
    """The share (0-100) of the question's words a paragraph holds, rare words weighing more."""
    present = set(words(paragraph))
    # The question's words -> document frequency; a word the corpus never had weighs as
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
            # A near spelling or a completion counts a little less than the word itself.
            found[option.word] = max(found[option.word], 1.0 if option.exact else 0.8)
    weights = {word: math.log(1 + query.rows / max(df, 1)) for word, df in asked.items()}
    total = sum(weights.values())
    if total == 0:
        return 0.0
    return 100.0 * sum(weights[w] * found[w] for w in weights) / total * _focus(len(present))


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
    for found in _WORD.finditer(text):
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


# --- speakers -----------------------------------------------------------------------------

SPEAKER_CUTOFF = 80.0
_LEADING = re.compile(r"^(?:the|a|an|mr|mrs|ms|dr)\.?\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s?$")


def clean_name(name: str) -> str:
    """A speaker as asked for, without "the", titles or a possessive."""
    name = " ".join(name.split()).strip(" ?!.,;:\"'“”«»")
    name = _LEADING.sub("", name)
    return _POSSESSIVE.sub("", name).strip()


def find_speakers(db: Database, asked: str, *, limit: int = 5) -> list[SpeakerMatch]:
    """Speakers named so (full name, surname, role, description), else by a near spelling;
    asked by surname alone, the person most quoted under it (see find_people)."""
    people = find_people(db, asked)
    return people[0][:limit] if people else []


def find_people(db: Database, asked: str, *, limit: int = 5) -> list[list[SpeakerMatch]]:
    """The people a name may mean, the most quoted first, each with every spelling of them
    the articles use: "Trump" is Donald Trump ("Donald J. Trump", "Trump"), else Eric
    Trump. A full name, a role ("spokesman") or a description is one group of all it finds."""
    name = clean_name(asked)
    if not name or len(name) > 200:
        return []
    found = _speakers_named(db, [name, f"the {name}"]) or _speakers_like(db, name)
    if not found:
        return []
    name_words = words(name)
    return (_by_person(name_words[0], found) if len(name_words) == 1 else [found])[:limit]


def _by_person(surname: str, found: list[SpeakerMatch]) -> list[list[SpeakerMatch]]:
    full_names = sorted((s for s in found if len(words(s.name)) > 1), key=lambda s: -s.quotes)
    if not full_names or fuzz.ratio(surname, words(full_names[0].name)[-1]) < SPEAKER_CUTOFF:
        return [found]  # a role or description asked alone: everyone holding it
    people: list[list[SpeakerMatch]] = []
    for speaker in full_names:
        person = next((p for p in people if same_person(p[0].name, speaker.name)), None)
        if person is None:
            people.append([speaker])
        else:
            person.append(speaker)
    # A bare surname in an article most likely means the best-known bearer.
    people[0] += [s for s in found if len(words(s.name)) <= 1]
    return people


def same_person(name: str, other: str) -> bool:
    """Whether two speaker names may be one person: same surname, and the same first name
    (near spelling or initial) or none."""
    first, second = words(name), words(other)
    if not first or not second or first[-1] != second[-1]:
        return False
    if len(first) == 1 or len(second) == 1:
        return True
    a, b = first[0], second[0]
    return fuzz.ratio(a, b) >= 80 or (min(len(a), len(b)) == 1 and a[0] == b[0])


_SPEAKER_ROWS = """
SELECT s.id, s.name, n.name,
       (SELECT count(*) FROM quotes q WHERE q.speaker_id = s.id) AS quotes
FROM speakers s JOIN ({names}) n ON n.speaker_id = s.id
"""


def _speakers_named(db: Database, names: Sequence[str]) -> list[SpeakerMatch]:
    marks = ", ".join("?" for _ in names)
    names_sql = (
        f"SELECT speaker_id, name FROM speaker_names WHERE name IN ({marks}) "
        f"UNION SELECT id, name FROM speakers WHERE name IN ({marks})"
    )
    rows = db.execute(_SPEAKER_ROWS.format(names=names_sql), [*names, *names]).fetchall()
    best: dict[int, SpeakerMatch] = {}
    for sid, full, named_as, quotes in rows:
        best.setdefault(int(sid), SpeakerMatch(int(sid), full, 100.0, named_as, int(quotes)))
    return sorted(best.values(), key=lambda s: -s.quotes)


def _speakers_like(db: Database, name: str) -> list[SpeakerMatch]:
    """Speakers with a name within a few typos of the one asked, best first."""
    asked = words(name)
    if not asked:
        return []
    sync_terms(db)
    names = _names(db).near(asked)
    scored = [(name_score(asked, n), n) for n in _not_other_names(db, asked, names)]
    good = [(score, n) for score, n in scored if score >= SPEAKER_CUTOFF]
    if not good:
        return []
    top = max(score for score, _ in good)
    chosen = [n for score, n in good if score >= top - 0.01]
    found = _speakers_named(db, chosen)
    return [SpeakerMatch(s.id, s.name, round(top, 1), s.named_as, s.quotes) for s in found]


def _not_other_names(db: Database, asked: Sequence[str], names: Iterable[str]) -> list[str]:
    """The names, less those that would read a word the articles use at least as often as
    the name's own word as a typo: "Putin", in many articles, is not a misspelt "Gutin"."""
    names = list(names)
    partners = {
        (word, part)
        for name in names
        for word in asked
        if word not in (parts := words(name))
        for part in parts
        if fuzz.ratio(word, part) >= SPEAKER_CUTOFF
    }
    if not partners:
        return names
    tokens = sorted({t for pair in partners for t in pair})
    df = _document_frequencies(db, "paragraphs", tokens)
    rival = {part for word, part in partners if df.get(word, 0) >= max(1, df.get(part, 0))}
    return [name for name in names if not rival & set(words(name))]


class _NameIndex:
    """Every way a speaker is named, by the words in it, to find names despite typos.

    Read once per process and topped up with the rows added since (speaker_names only
    grows, bar re-extraction; a name no longer stored simply finds no speaker).
    """

    def __init__(self) -> None:
        self.last_rowid = 0
        self.by_word: dict[str, set[str]] = {}

    def refresh(self, db: Database) -> None:
        newest = _one_int(db, "SELECT max(rowid) FROM speaker_names", [])
        if newest <= self.last_rowid:
            return
        # The first time, every name: read from the index on names, not the table.
        since = "WHERE rowid > ?" if self.last_rowid else "WHERE ? = 0"
        rows = db.execute(
            f"SELECT DISTINCT name FROM speaker_names {since} UNION SELECT name FROM speakers",
            [self.last_rowid],
        )
        for (name,) in rows:
            for word in set(words(str(name))):
                self.by_word.setdefault(word, set()).add(str(name))
        self.last_rowid = newest

    def near(self, asked: Sequence[str]) -> set[str]:
        """Names holding a word within two edits of a word asked."""
        found: set[str] = set()
        vocabulary = list(self.by_word)
        for word in asked:
            if word in self.by_word:
                found |= self.by_word[word]
            if len(word) < 3:
                continue
            edits = 1 if len(word) <= 4 else 2
            for near, _, _ in process.extract(
                word, vocabulary, scorer=OSA.distance, score_cutoff=edits, limit=NEIGHBOURS
            ):
                found |= self.by_word[near]
        return found


_name_indexes: weakref.WeakKeyDictionary[Database, _NameIndex] = weakref.WeakKeyDictionary()


def _names(db: Database) -> _NameIndex:
    index = _name_indexes.setdefault(db, _NameIndex())
    index.refresh(db)
    return index


def name_score(asked: Sequence[str], name: str) -> float:
    """0-100: every word asked is (nearly) one of the name's words, or the whole is close."""
    parts = words(name)
    if not parts:
        return 0.0
    per_word = [max(fuzz.ratio(word, part) for part in parts) for word in asked]
    whole = fuzz.ratio(" ".join(asked), " ".join(parts))
    return max(whole, sum(per_word) / len(per_word))


def speaker_quotes(
    db: Database, speaker_ids: Sequence[int], *, topic: str = "", limit: int = 1000
) -> list[Match]:
    """A speaker's quotes: the ones about the topic first (best first), then newest first."""
    if not speaker_ids:
        return []
    marks = ", ".join("?" for _ in speaker_ids)
    # The ordering mirrors store.stats.NEWEST_FIRST for the joined articles table.
    rows = db.execute(
        _QUOTE_ROWS + f"WHERE q.speaker_id IN ({marks}) ORDER BY "
        "CASE WHEN a.published GLOB '[0-9][0-9][0-9][0-9]-*' THEN a.published "
        "ELSE a.ingested_at END DESC, a.id DESC, q.position LIMIT ?",
        [*speaker_ids, limit],
    ).fetchall()
    patterns = _topic_patterns(db, content_words(topic))
    matches = [_quote_match(row, _topic_score(patterns, row)) for row in rows]
    if not patterns:
        return matches
    about = [m for m in matches if m.score >= ABOUT_TOPIC]
    about.sort(key=lambda m: -m.score)  # stable: newest first among equals
    rest = [m for m in matches if m.score < ABOUT_TOPIC]
    return about + rest


def _topic_patterns(db: Database, topic: Sequence[str]) -> list[re.Pattern[str]]:
    """One pattern per topic word: the word, its longer forms, and, for a word no article
    has, its near spellings."""
    if not topic:
        return []
    sync_terms(db)
    known = _document_frequencies(db, "paragraphs", topic)
    patterns = []
    for word in topic:
        forms = [word, *_number_forms(word)]
        if word not in known and len(word) >= 3:
            near = _near_terms(db, "paragraphs", word)
            forms += [term for term, _ in near if term not in STOPWORDS]
        # "georgia" also finds "georgian"; a short word only itself ("war", not "warm").
        tail = r"\w*" if len(word) >= 5 else r"\b"
        patterns.append(re.compile(r"\b(?:" + "|".join(map(re.escape, forms)) + ")" + tail))
    return patterns


def _number_forms(word: str) -> list[str]:
    """The English singular or plural spelling the longer-forms tail does not reach."""
    if len(word) < 4 or not word.isalpha():
        return []
    if word.endswith("ies"):
        return [word[:-3] + "y"]  # embassies -> embassy
    if word.endswith("y"):
        return [word[:-1] + "ies"]  # embassy -> embassies
    if word.endswith("s") and not word.endswith(("ss", "us", "is", "news")):
        return [word[:-1]]  # neighbors -> neighbor ("neighbor" already reaches "neighbors")
    return []


def _topic_score(topic: Sequence[re.Pattern[str]], row: Sequence[object]) -> float:
    """0-100: how much of the topic the quote (or, counting half, its paragraph) is about."""
    if not topic:
        return 100.0
    quote = fold(str(row[1]))
    around: str | None = None  # the paragraph and title, folded only when needed
    total = 0.0
    for pattern in topic:
        if pattern.search(quote):
            total += 1.0
            continue
        if around is None:
            around = fold(f"{row[5] or ''} {row[7] or ''}")
        if pattern.search(around):
            total += 0.5
    return round(100.0 * total / len(topic), 1)


# --- lists --------------------------------------------------------------------------------


def latest_articles(db: Database, *, limit: int, offset: int = 0) -> list[ArticleRow]:
    """The newest articles, newest first."""
    rows = db.execute(
        f"SELECT id, title, source, published, url FROM articles ORDER BY {NEWEST_FIRST} "
        "LIMIT ? OFFSET ?",
        [limit, offset],
    )
    return [ArticleRow(int(i), str(t), _text(s), _text(p), _text(u)) for i, t, s, p, u in rows]


def random_quote(db: Database, *, recent: int = 50) -> Match | None:
    """A quote picked at random from the newest articles: where there is one, a whole
    statement (direct, six words or more) with a known speaker, not a scare quote."""
    newest = [a.id for a in latest_articles(db, limit=recent)]
    if not newest:
        return None
    marks = ", ".join("?" for _ in newest)
    rows = db.execute(
        _QUOTE_ROWS + f"WHERE q.article_id IN ({marks}) "
        "ORDER BY q.speaker_id IS NULL, q.kind != 'direct', "
        "length(q.text) - length(replace(q.text, ' ', '')) < 5, random() LIMIT 1",
        newest,
    ).fetchall()
    return _quote_match(rows[0], 100.0) if rows else None


def known_speakers(db: Database, *, limit: int = 5, recent: int = 50) -> list[str]:
    """The speakers quoted most in the newest articles, for examples and honest no-match."""
    newest = [a.id for a in latest_articles(db, limit=recent)]
    if not newest:
        return []
    marks = ", ".join("?" for _ in newest)
    rows = db.execute(
        "SELECT s.name FROM quotes q JOIN speakers s ON s.id = q.speaker_id "
        f"WHERE q.article_id IN ({marks}) GROUP BY s.id ORDER BY count(*) DESC, s.name",
        newest,
    )
    # Names, not descriptions: "a senior official" means someone else in every article.
    named = (str(name) for (name,) in rows if str(name)[:1].isupper())
    return list(itertools.islice(named, limit))

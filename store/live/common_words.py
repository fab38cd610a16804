"""How common a follow's words are in the store's own articles.

A words follow matches every new article with a paragraph holding all its words, so one made
only of common words ("/follow the", "/follow AND OR") matches nearly every article and floods
its chat. `common_follow` tells such a follow by counting, in the newest articles, how many
hold each word (FTS5 document frequency, taken per article rather than per paragraph).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from store.live.follows import FIRST_PARAGRAPH
from store.live.matching import fts_words, words_match
from store.search.stopwords_ru import RU_STOPWORDS
from store.search.tokens import STOPWORDS, words

# A word is common when it is in at least COMMON_SHARE of the articles counted AND in at least
# COMMON_FLOOR of them. The floor keeps a small store from judging: with the seed article alone
# every word is "in 100% of articles", which says nothing about the news to come, so below
# COMMON_FLOOR articles only stopwords ("the", "and", "or", "и", "в") count as common.
COMMON_SHARE = 0.2
COMMON_FLOOR = 20
# The newest articles counted: they are what a follow will meet, and they bound the cost of
# counting a word that is in every article (a few ms, on the event loop).
SAMPLE = 500


@dataclass(frozen=True)
class WordShare:
    """How many of the newest articles hold a word of a follow."""

    word: str  # as the follow has it
    articles: int  # articles counted that hold it
    sample: int  # articles counted
    sampled: bool  # False: every stored article was counted
    stopword: bool  # a word that carries no topic ("the", "and")

    @property
    def percent(self) -> int:
        """The share of articles counted holding the word, in whole percent."""
        return round(100 * self.articles / self.sample) if self.sample else 0

    @property
    def common_by_count(self) -> bool:
        """Whether the articles themselves show the word to be common (see COMMON_FLOOR)."""
        return self.articles >= max(COMMON_FLOOR, COMMON_SHARE * self.sample)

    @property
    def common(self) -> bool:
        """Whether a follow of this word alone would match a large share of articles."""
        return self.stopword or self.common_by_count


def common_follow(db: Database, query: str) -> WordShare | None:
    """When every word of a words follow is common, the one that tells it best (the rarest
    that the articles show to be common, else the rarest stopword); None when some word is
    rare enough that the follow will not match a large share of articles."""
    boundary, sample, sampled = _sample(db)
    first = db.execute(FIRST_PARAGRAPH, [boundary]).fetchone()[0] or 0
    shares: list[WordShare] = []
    for word in dict.fromkeys(w for w in query.split() if fts_words(w)):
        share = WordShare(
            word=word,
            articles=_articles_with(db, word, boundary, first),
            sample=sample,
            sampled=sampled,
            stopword=all(_stopword(token) for token in words(word)),
        )
        if not share.common:
            return None  # the follow needs this word too: it is no more common than it
        shares.append(share)
    if not shares:
        return None
    counted = [share for share in shares if share.common_by_count]
    return min(counted or shares, key=lambda share: share.articles)


def _stopword(token: str) -> bool:
    """An English or a Russian word that carries no topic ("the", "и", "всё")."""
    return token in STOPWORDS or token.replace("ё", "е") in RU_STOPWORDS


def _sample(db: Database) -> tuple[int, int, bool]:
    """The lowest article id counted, how many articles are counted, and whether that is
    fewer than the store holds."""
    row = db.execute(
        "SELECT id FROM articles ORDER BY id DESC LIMIT 1 OFFSET ?", [SAMPLE - 1]
    ).fetchone()
    if row is None:  # SAMPLE articles or fewer: all of them
        total = int(db.execute("SELECT count(*) FROM articles").fetchone()[0])
        return 0, total, False
    boundary = int(row[0])
    total = int(db.execute("SELECT count(*) FROM articles WHERE id >= ?", [boundary]).fetchone()[0])
    return boundary, total, True


def _articles_with(db: Database, word: str, boundary: int, first_paragraph: int) -> int:
    # The word matched as the follow matches it (words_match), so "U.S." counts as the
    # phrase and a Russian word by its stem, in each index the follow reads. Paragraph ids
    # grow with article ids: bounding the FTS rowid keeps a word that is in every paragraph
    # from walking the whole index.
    matches = words_match(word)
    holding = " UNION ALL ".join(
        f"SELECT p.article_id FROM {index} f JOIN paragraphs p ON p.id = f.rowid "
        f"WHERE {index} MATCH ? AND f.rowid >= ? AND p.article_id >= ?"
        for index, _ in matches
    )
    params = [value for _, match in matches for value in (match, first_paragraph, boundary)]
    sql = f"SELECT count(DISTINCT article_id) FROM ({holding})"
    return int(db.execute(sql, params).fetchone()[0])

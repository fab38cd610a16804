"""Retrieval: FTS5 candidates, typo and fragment fallbacks, rapidfuzz rerank, speakers."""

from __future__ import annotations

import itertools
import random
from pathlib import Path

import pytest
from sqlite_utils import Database

from store import search
from store.db import open_db
from store.ingest.batch import reextract_quotes, store_article
from store.models import Article
from store.search import plan as query_plan
from store.search import quotes as search_quotes
from store.search import terms as term_table
from store.search.records import one_int
from tests.corpus import attribute

HOSTILE = [
    "",
    "   ",
    '"',
    '""',
    "AND",
    "OR NOT",
    "NEAR(ball court)",
    "ball*",
    "^ball",
    "text:ball",
    "well-known don't c++",
    "{text}: ball",
    "ball + court - (x)",
    "'; DROP TABLE quotes; --",
    "😀🔥",
    "x" * 10_000,
    "<b>ball</b> &amp;",
    "мяч",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_user_text_never_reaches_fts5_as_syntax(corpus: Database, text: str) -> None:
    # Each of these is a syntax error or a silent change of meaning if passed through.
    search.find_quotes(corpus, text)
    search.find_paragraphs(corpus, text)
    search.find_speakers(corpus, text)
    expression = search.match_expression(search.words(text))
    if expression:
        corpus.execute("SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?", [expression])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ball court", '"ball" OR "court"'),
        ("NOT ball", '"not" OR "ball"'),  # operators become plain (lower-case) words
        ('say "x" NEAR(y)', '"say" OR "x" OR "near" OR "y"'),
        ("well-known", '"well" OR "known"'),
        ("Café", '"cafe"'),  # as the unicode61 tokenizer with remove_diacritics folds it
        ("", ""),
    ],
)
def test_match_expression_quotes_every_word(text: str, expected: str) -> None:
    assert search.match_expression(search.words(text)) == expected


def test_fts_operator_words_are_searched_as_words(corpus: Database) -> None:
    found = search.find_paragraphs(corpus, "not the ones who severed them", verbatim=True)
    assert found and "not the ones who severed them" in found[0].text


@pytest.mark.parametrize(
    ("asked", "expected"),
    [
        ("we don't have embassies now", "We don’t have embassies"),  # straight apostrophe
        ("sections of interests we have", "We don’t have embassies"),  # reordered fragment
        ("the ball is in the court of our neighbors", "the ball is in the court"),
        ("the bal is in the cuort of our Georgia neighbours", "the ball is in the court"),  # typos
        ("rivers drying faster models", "The rivers are drying faster"),  # dropped words
        ("rivers are drying fastr than our modles predicted", "The rivers are drying faster"),
        ("inflation stubbornly high holding rates", "Inflation remains stubbornly high"),
        ("nobody expects cuts before summer", "Nobody should expect cuts"),  # paraphrase
        ("ration watr in the capitl", "We will ration water"),
        ("predic the rivers", "The rivers are drying faster"),  # a cut word: prefix
    ],
)
def test_who_said_finds_the_quote(corpus: Database, asked: str, expected: str) -> None:
    found = search.find_quotes(corpus, asked)
    assert found, asked
    assert expected in found[0].text


@pytest.mark.parametrize(
    "asked",
    [
        "bananas are yellow and tasty",
        "quantum chromodynamics lattice",
        "the",
        "zzz qqq",
    ],
)
def test_who_said_finds_nothing_rather_than_a_weak_match(corpus: Database, asked: str) -> None:
    assert search.find_quotes(corpus, asked) == []


def test_quote_matches_carry_their_source(corpus: Database) -> None:
    (best, *_) = search.find_quotes(corpus, "we will ration water")
    assert (best.speaker, best.role) == ("Jane Okafor", "Environment Minister")
    assert (best.title, best.source, best.published, best.url) == (
        "Minister warns of drought as rivers shrink",
        "Reuters",
        "2024-03-05",
        "https://example.com/drought",
    )
    assert best.paragraph and "Okafor told reporters" in best.paragraph


@pytest.mark.parametrize(
    ("asked", "expected"),
    [
        ("when did Georgia break off relations", "broke off diplomatic relations"),
        ("wheat harvest", "half of the wheat harvest"),
        ("wheet harvst", "half of the wheat harvest"),  # typos
        ("Abashidze Karasin meetings", "Abashidze and Karasin"),
        ("Грузинских соседей", "Мяч на стороне"),  # Cyrillic
    ],
)
def test_search_finds_the_paragraph(corpus: Database, asked: str, expected: str) -> None:
    found = search.find_paragraphs(corpus, asked)
    assert found, asked
    assert expected in found[0].text
    assert expected in found[0].snippet or len(found[0].text) > search.SNIPPET_CHARS


def test_snippet_is_a_window_around_the_match() -> None:
    text = " ".join(f"word{i}" for i in range(200)) + " target " + "tail " * 100
    shown = search.snippet(text, {"target"})
    assert "target" in shown
    assert shown.startswith("…") and shown.endswith("…")
    assert len(shown) <= search.SNIPPET_CHARS + 2


@pytest.mark.parametrize(
    ("asked", "expected"),
    [
        ("Sergey Lavrov", "Sergey Lavrov"),
        ("lavrov", "Sergey Lavrov"),  # surname
        ("the russian foreign minister", "Sergey Lavrov"),  # role
        ("Lavrov's", "Sergey Lavrov"),
        ("lavrof", "Sergey Lavrov"),  # a near spelling
        ("Sergei Lavrov", "Sergey Lavrov"),
        ("okafr", "Jane Okafor"),
        ("the environment minister", "Jane Okafor"),
        ("central bank governor", "Piotr Nowak"),
        ("nowak", "Piotr Nowak"),
    ],
)
def test_find_speakers_by_any_name(corpus: Database, asked: str, expected: str) -> None:
    found = search.find_speakers(corpus, asked)
    assert found and found[0].name == expected


@pytest.mark.parametrize("asked", ["Putin", "the pope", "", "x" * 500])
def test_unknown_speakers_are_not_guessed(corpus: Database, asked: str) -> None:
    assert search.find_speakers(corpus, asked) == []


def test_speaker_quotes_about_the_topic_come_first(corpus: Database) -> None:
    (nowak,) = search.find_speakers(corpus, "Nowak")
    quotes = search.speaker_quotes(corpus, [nowak.id], topic="drought")
    assert "Water prices" in quotes[0].text
    assert [q.score >= 50 for q in quotes] == [True, False, False]


def test_speaker_quotes_without_a_topic_are_newest_first(corpus: Database) -> None:
    okafor, nowak = (search.find_speakers(corpus, n)[0] for n in ("Okafor", "Nowak"))
    quotes = search.speaker_quotes(corpus, [okafor.id, nowak.id])
    dates = [q.published or "" for q in quotes]  # "" is no date and fails the set below
    assert dates == sorted(dates, reverse=True)
    assert {"2025-01-10", "2024-03-05"} == set(dates)


def test_terms_follow_new_articles(corpus: Database) -> None:
    assert search.find_paragraphs(corpus, "zeppelins") == []
    store_article(corpus, Article(title="Air", paragraphs=("Zeppelins return to the skies.",)))
    assert search.find_paragraphs(corpus, "zepelins")  # a typo of a word only now indexed


def test_incremental_terms_equal_a_rebuild(corpus: Database) -> None:
    search.sync_terms(corpus)
    incremental = corpus.execute("SELECT tbl, term, df FROM search_terms ORDER BY 1, 2").fetchall()
    search.rebuild_terms(corpus)
    rebuilt = corpus.execute("SELECT tbl, term, df FROM search_terms ORDER BY 1, 2").fetchall()
    assert incremental == rebuilt


def test_rows_stored_during_a_sync_are_counted_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The bot's poller stores articles on its own connection while a search folds new rows
    # into the term table: a row that lands mid-sync must not be counted now and again later.
    path = tmp_path / "race.db"
    db, other = open_db(path), open_db(path)
    store_article(db, Article(title="One", paragraphs=("Quinces ripen slowly.",)))
    read_one_int = one_int  # what store.search.terms calls

    def one_int_then_another_writer(db_: Database, sql: str, params: list[object]) -> int:
        value = read_one_int(db_, sql, params)
        if "max(id)" in sql and "FROM paragraphs" in sql:
            monkeypatch.setattr(term_table, "one_int", read_one_int)
            store_article(other, Article(title="Two", paragraphs=("More quinces arrive.",)))
        return value

    monkeypatch.setattr(term_table, "one_int", one_int_then_another_writer)
    search.sync_terms(db)
    search.sync_terms(db)
    incremental = db.execute("SELECT tbl, term, df FROM search_terms ORDER BY 1, 2").fetchall()
    search.rebuild_terms(db)
    assert (
        incremental == db.execute("SELECT tbl, term, df FROM search_terms ORDER BY 1, 2").fetchall()
    )


def test_latest_articles_are_newest_first(corpus: Database) -> None:
    articles = search.latest_articles(corpus, limit=10)
    # Full dates first, then year-less datelines, then the undated (tests/test_listing.py).
    assert [a.title for a in articles] == [
        "Central bank holds rates",
        "Minister warns of drought as rivers shrink",
        "Лавров о Грузии",
        "Moscow expects Tbilisi’s steps to restore relations — Lavrov",
        'Tags <b>& "quotes"</b> in a title',
    ]
    assert [a.title for a in search.latest_articles(corpus, limit=2, offset=4)] == [
        articles[4].title
    ]


def test_random_quote_prefers_a_known_speaker(corpus: Database) -> None:
    for _ in range(5):
        quote = search.random_quote(corpus)
        assert quote is not None and quote.speaker


def test_fuzzy_speaker_names_follow_new_speakers(corpus: Database) -> None:
    assert search.find_speakers(corpus, "okafr")[0].name == "Jane Okafor"  # names now read
    saved = store_article(
        corpus, Article(title="Fjords", paragraphs=('"The ice is thin," Halvorsen said.',))
    )
    attribute(corpus, saved.article_id, "Ingrid Halvorsen", "glaciologist", ["Halvorsen"])
    assert search.find_speakers(corpus, "halvorsn")[0].name == "Ingrid Halvorsen"


def _add_speaker(db: Database, speaker: str, names: list[str], quotes: int, role: str = "") -> None:
    paragraphs = tuple(
        f'"Point {n} about {speaker} stands," {speaker} said.' for n in range(quotes)
    )
    saved = store_article(db, Article(title=f"{speaker} speaks", paragraphs=paragraphs))
    attribute(db, saved.article_id, speaker, role or "official", names)


@pytest.mark.parametrize(
    ("asked", "expected"),
    [
        # A surname alone means the person most quoted under it, in every spelling articles
        # use for them, not everyone who shares the surname.
        ("Vance", {"Tom Vance", "Tom J. Vance", "Vance"}),
        ("vnace", {"Tom Vance", "Tom J. Vance", "Vance"}),
        ("Eric Vance", {"Eric Vance"}),
        ("Iva Vance", {"Iva Vance"}),
    ],
)
def test_a_surname_means_one_person(corpus: Database, asked: str, expected: set[str]) -> None:
    _add_speaker(corpus, "Tom Vance", ["Vance"], 5)
    _add_speaker(corpus, "Tom J. Vance", ["Vance"], 1)
    _add_speaker(corpus, "Vance", [], 2)
    _add_speaker(corpus, "Eric Vance", ["Vance"], 3)
    _add_speaker(corpus, "Iva Vance", ["Vance"], 1)
    assert {s.name for s in search.find_speakers(corpus, asked)} == expected


def test_a_name_the_articles_use_is_not_read_as_a_typo(corpus: Database) -> None:
    _add_speaker(corpus, "Myra Lutin", ["Lutin"], 2)
    paragraphs = ("Putin met Erdogan in Sochi.", "Putin flew home.", "Putin spoke to no one.")
    store_article(corpus, Article(title="Summit", paragraphs=paragraphs))
    # "Putin" is in more paragraphs than "Lutin": no misspelling of it, no one is guessed.
    assert search.find_speakers(corpus, "Putin") == []
    assert [s.name for s in search.find_speakers(corpus, "Lutn")] == ["Myra Lutin"]


@pytest.mark.parametrize("role", ["the foreign minister", "minister", "the minister"])
def test_a_role_still_finds_everyone_holding_it(corpus: Database, role: str) -> None:
    _add_speaker(corpus, "Maria Lopez", ["Lopez", "the foreign minister", "minister"], 2)
    _add_speaker(corpus, "Sergey Lavrov", ["minister"], 1)
    found = {s.name for s in search.find_speakers(corpus, role)}
    assert found == {"Sergey Lavrov", "Maria Lopez"}


def test_a_random_quote_is_a_statement_not_a_scare_quote(fresh_db: Database) -> None:
    saved = store_article(
        fresh_db,
        Article(
            title="Vote",
            paragraphs=(
                'The mayor called the count "rigged" and the result "a farce" on Monday.',
                '"We will recount every ballot in this city before Friday," the mayor said.',
            ),
        ),
    )
    attribute(fresh_db, saved.article_id, "Ann Mayor", "mayor", ["Mayor"])
    picked = {getattr(search.random_quote(fresh_db), "text", None) for _ in range(30)}
    assert picked == {"We will recount every ballot in this city before Friday"}


def test_a_focused_paragraph_beats_a_page_dumped_as_one(fresh_db: Database) -> None:
    for n in range(30):  # "many" and "people" are common words here
        store_article(fresh_db, Article(f"Other {n}", (f"Many people came to fair {n}.",)))
    filler = " ".join(f"word{n} comment{n} reply" for n in range(600))
    page = f"Sign in. {filler} many people said Orlando {filler} they died {filler}"
    store_article(fresh_db, Article(title="Liveblog", paragraphs=(page,)))
    store_article(fresh_db, Article("Vigil", ("Forty-nine died in the Orlando attack.",)))
    found = search.find_paragraphs(fresh_db, "how many people died in Orlando", limit=2)
    assert [m.title for m in found] == ["Vigil", "Liveblog"]


# --- at a size where words are common ------------------------------------------------------


def zipf_corpus(quotes: int, seed: int = 3) -> tuple[Database, list[str]]:
    """A store of quotes in a made-up language whose common words are in most quotes."""
    rng = random.Random(seed)
    syllables = [c + v for c in "bdfgklmnprstvz" for v in "aeiou"]
    vocabulary = list(
        dict.fromkeys(
            "".join(rng.choices(syllables, k=1 if rank < 40 else rng.randint(2, 4)))
            for rank in range(6000)
        )
    )
    # Summed once: choices() would sum the 6000 weights again for each of the quotes.
    ranked = itertools.accumulate(1 / (rank + 1) ** 1.05 for rank in range(len(vocabulary)))
    cum_weights = list(ranked)
    db = open_db(":memory:")
    texts = [
        " ".join(rng.choices(vocabulary, cum_weights=cum_weights, k=rng.randint(12, 25)))
        for _ in range(quotes)
    ]
    with db.atomic():
        db.execute(
            "INSERT INTO articles (id, title, content_hash, ingested_at) VALUES (1, 'A', 'h', 'x')"
        )
        db.conn.executemany(
            "INSERT INTO quotes (article_id, position, text, kind) VALUES (1, ?, ?, 'direct')",
            list(enumerate(texts)),
        )
    return db, texts


def noisy_fragment(rng: random.Random, text: str) -> str:
    """5-9 consecutive words, one maybe dropped, one long word mistyped."""
    words = text.split()
    size = rng.randint(5, min(9, len(words)))
    start = rng.randrange(len(words) - size + 1)
    fragment = words[start : start + size]
    if rng.random() < 0.5:
        del fragment[rng.randrange(1, len(fragment) - 1)]
    long_words = [i for i, w in enumerate(fragment) if len(w) >= 4]
    if long_words:
        i = rng.choice(long_words)
        at = rng.randrange(1, len(fragment[i]))
        fragment[i] = fragment[i][:at] + fragment[i][at + 1 :]  # a letter lost
    return " ".join(fragment)


def test_noisy_fragments_are_found_when_most_words_are_common() -> None:
    db, texts = zipf_corpus(12_000)
    search.sync_terms(db)
    top = db.execute("SELECT max(df) FROM search_terms WHERE tbl = 'quotes'").fetchone()[0]
    assert top > query_plan.POSTINGS_BUDGETS[0]  # the common-word paths are exercised
    rng = random.Random(5)
    picked = rng.sample(range(len(texts)), 120)
    hits = 0
    for index in picked:
        found = search.find_quotes(db, noisy_fragment(rng, texts[index]))
        hits += bool(found) and found[0].text == texts[index]
    assert hits / len(picked) >= 0.95


@pytest.mark.parametrize(
    ("topic", "first"),
    [
        ("drought", "Water prices"),
        ("drougt", "Water prices"),  # a typo: near spellings of a word no article has
        ("inflation", "Inflation remains"),
        ("summer", "Nobody should expect"),
    ],
)
def test_speaker_quotes_topic_forms(corpus: Database, topic: str, first: str) -> None:
    (nowak,) = search.find_speakers(corpus, "Nowak")
    assert first in search.speaker_quotes(corpus, [nowak.id], topic=topic)[0].text


@pytest.mark.parametrize(
    ("topic", "about"),
    [
        # A plural topic finds the singular and the reverse: "embassies" / "an embassy".
        ("embassies", {"We don’t have embassies", "Georgia also does not have an embassy"}),
        ("embassy", {"We don’t have embassies", "Georgia also does not have an embassy"}),
        # The quote about neighbors, not the other quote of its paragraph (issue 12: it
        # counted at half weight, and "about neighbors" overclaimed it).
        ("neighbor", {"This situation can only be improved"}),
    ],
)
def test_speaker_topics_match_singular_and_plural(
    corpus: Database, topic: str, about: set[str]
) -> None:
    (lavrov,) = search.find_speakers(corpus, "Lavrov")
    quotes = search.speaker_quotes(corpus, [lavrov.id], topic=topic)
    found = {q.text for q in quotes if q.score >= 50}
    assert {next((t for t in found if t.startswith(a)), a) for a in about} == found


def test_reindexed_quotes_leave_the_term_table_exact(corpus: Database) -> None:
    search.sync_terms(corpus)
    reextract_quotes(corpus)  # every quote row is replaced by a new one
    search.sync_terms(corpus)
    reindexed = corpus.execute("SELECT tbl, term, df FROM search_terms ORDER BY 1, 2").fetchall()
    search.rebuild_terms(corpus)
    assert (
        reindexed
        == corpus.execute("SELECT tbl, term, df FROM search_terms ORDER BY 1, 2").fetchall()
    )


def test_examples_name_people_not_descriptions(corpus: Database) -> None:
    # "a senior official" of one article is not the one of the next: no good as an example.
    store_article(
        corpus,
        Article(
            title="Talks stall",
            published="2030-01-01",
            paragraphs=tuple(
                f'"Point {n} is settled," a senior official said.' for n in range(1, 8)
            ),
        ),
    )
    assert search.find_speakers(corpus, "a senior official")  # still answerable when asked
    names = search.known_speakers(corpus, limit=3)
    assert names and "a senior official" not in names
    assert all(name[:1].isupper() for name in names)


def _paragraph_reads(db: Database, question: str) -> tuple[object, list[str]]:
    """The answer to a question, and the statements it ran that read the paragraphs' terms
    or index (the paragraph fallback of who-said)."""
    from handlers.answer import answer_question

    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)
    try:
        answer = answer_question(db, question)
    finally:
        db.conn.set_trace_callback(None)
    reads = [s for s in statements if "paragraphs_fts" in s or "'paragraphs'" in s]
    return answer, reads


@pytest.mark.parametrize(
    ("question", "looks", "found"),
    [
        # No word of it in any article: no near spellings, no rounds in the paragraphs.
        ("who said zorblax quivvyn snergleth wumpfort", False, False),
        # Most of its meaning words unknown, a known one ("ball") alongside.
        ("who said the ball zorblax quivvyn snergleth", False, False),
        # Reported speech, in a paragraph as written: the fallback still looks there.
        ("who said the wheat harvest was half lost in the north", True, True),
        # Three of five meaning words as written, two mistyped: still looked for.
        ("who said the wheat harvest was hlaf lsot in the north", True, False),
    ],
)
def test_who_said_looks_in_paragraphs_only_for_words_the_articles_hold(
    corpus: Database, question: str, looks: bool, found: bool
) -> None:
    answer, reads = _paragraph_reads(corpus, question)
    # The FTS index, or the terms near spellings are looked for among.
    looked = ("paragraphs_fts", "substr(term", "SELECT term FROM search_terms WHERE")
    assert any(any(sign in s for sign in looked) for s in reads) == looks, reads
    assert bool(getattr(answer, "hits", ())) == found


# --- what a row must hold to be reranked ---------------------------------------------------

_SCATTERED = ("marlow", "quintet", "basalt", "fennel", "larkspur", "tundra")


def _scattered_quotes(db: Database, *, one_holds_three: bool) -> None:
    """A quote for each word, none holding two; maybe one more holding three of them."""
    texts = [f"We spoke of the {word} at length" for word in _SCATTERED]
    if one_holds_three:
        texts.append("The marlow and the quintet sang of basalt")
    for n, text in enumerate(texts):
        store_article(db, Article(f"Talk {n}", (f'"{text}," Kai Moss said.',)))


@pytest.mark.parametrize(
    ("one_holds_three", "expected"),
    [
        # Every word is in some quote, but none holds half of them: one round, no rows.
        (False, [[]]),
        # The quote holding half of them is the only candidate; no second round.
        (True, [["The marlow and the quintet sang of basalt"]]),
    ],
)
def test_rounds_give_only_rows_that_may_hold_half_the_words(
    fresh_db: Database, one_holds_three: bool, expected: list[list[str]]
) -> None:
    _scattered_quotes(fresh_db, one_holds_three=one_holds_three)
    search.sync_terms(fresh_db)
    asked = " ".join(_SCATTERED)
    meaning = search.content_words(asked)
    query = query_plan.plan_query(fresh_db, "quotes", search.words(asked))
    rounds = query_plan.candidate_rounds(
        fresh_db, "quotes", query, search_quotes.meaning_needed(meaning)
    )
    texts = dict(fresh_db.execute("SELECT id, text FROM quotes").fetchall())
    assert [[texts[i] for i in ids] for ids in rounds] == expected


@pytest.mark.parametrize(
    ("asked", "unread"),
    [
        ("marlow quintet basalt", 0),
        ("marlow quintet bazalt", 0),  # a typo: its near spellings are read too
        ("marlow quintet zorblax", 0),  # a word no article has, nor anything near it
        ("marlow quintet x", 1),  # a letter is never looked for: any row may hold it
    ],
)
def test_words_unread_by_a_round(fresh_db: Database, asked: str, unread: int) -> None:
    _scattered_quotes(fresh_db, one_holds_three=False)
    search.sync_terms(fresh_db)
    query = query_plan.plan_query(fresh_db, "quotes", search.words(asked))
    meaning = frozenset(search.content_words(asked))
    assert query.unread(meaning, query.options) == unread
    assert query.unread(meaning, ()) == unread + len({o.word for o in query.options})


@pytest.mark.parametrize(
    ("asked", "vain", "found"),
    [
        # Three of five words looked for in vain: no row can hold three, so the fourth
        # is not looked for, and no round is run.
        ("zorblax quivvyn snergleth wumpfort marlow", {"zorblax", "quivvyn", "snergleth"}, []),
        # A near spelling found ("bazalt": basalt) keeps the search going, and finds.
        (
            "zorblax bazalt marlow quintet wumpfort",
            {"zorblax", "wumpfort"},
            [["The marlow and the quintet sang of basalt"]],
        ),
    ],
)
def test_near_spellings_stop_once_no_row_can_hold_enough(
    fresh_db: Database, asked: str, vain: set[str], found: list[list[str]]
) -> None:
    _scattered_quotes(fresh_db, one_holds_three=True)
    search.sync_terms(fresh_db)
    needed = search_quotes.meaning_needed(search.content_words(asked))
    query = query_plan.plan_query(fresh_db, "quotes", search.words(asked), needed)
    assert query.vain == vain
    texts = dict(fresh_db.execute("SELECT id, text FROM quotes").fetchall())
    rounds = query_plan.candidate_rounds(fresh_db, "quotes", query, needed)
    assert [[texts[i] for i in ids] for ids in rounds] == found


def test_a_who_said_no_quote_answers_costs_one_round(fresh_db: Database) -> None:
    _scattered_quotes(fresh_db, one_holds_three=False)
    statements: list[str] = []
    fresh_db.conn.set_trace_callback(statements.append)
    try:
        found = search.find_quotes(fresh_db, " ".join(_SCATTERED))
    finally:
        fresh_db.conn.set_trace_callback(None)
    assert found == []
    rounds = [s for s in statements if "quotes_fts MATCH" in s]
    reranked = [s for s in statements if s.startswith("SELECT id, text FROM quotes")]
    assert (len(rounds), reranked) == (1, [])


def _quoted_today(db: Database, name: str) -> None:
    saved = store_article(
        db,
        Article(
            title=f"{name} speaks",
            published="2031-01-01",  # newer than every other article
            paragraphs=tuple(f'"Point {n} stands," {name} said.' for n in range(9)),
        ),
    )
    attribute(db, saved.article_id, name, "envoy", [name.split()[-1]])


def test_known_speakers_are_read_again_only_when_the_store_changes(corpus: Database) -> None:
    first = search.known_speakers(corpus, limit=3)
    statements: list[str] = []
    corpus.conn.set_trace_callback(statements.append)
    try:
        assert search.known_speakers(corpus, limit=3) == first
    finally:
        corpus.conn.set_trace_callback(None)
    assert statements == ["PRAGMA data_version"]  # the newest articles are not read again
    _quoted_today(corpus, "Tove Lind")
    assert search.known_speakers(corpus, limit=3)[0] == "Tove Lind"


def test_known_speakers_follow_another_connections_articles(tmp_path: Path) -> None:
    reader, writer = open_db(tmp_path / "news.db"), open_db(tmp_path / "news.db")
    try:
        _quoted_today(writer, "Tove Lind")
        assert search.known_speakers(reader) == ["Tove Lind"]
        _quoted_today(writer, "Omar Vale")  # now the newest article, and as quoted
        assert "Omar Vale" in search.known_speakers(reader)
    finally:
        reader.close()
        writer.close()


def test_near_spellings_read_the_terms_once(fresh_db: Database) -> None:
    _scattered_quotes(fresh_db, one_holds_three=False)
    search.sync_terms(fresh_db)
    statements: list[str] = []
    fresh_db.conn.set_trace_callback(statements.append)
    try:
        # Other first letters and lengths each: one read of the terms serves them all.
        near = [query_plan.near_terms(fresh_db, "quotes", w) for w in ("marlov", "qintt", "fenel")]
    finally:
        fresh_db.conn.set_trace_callback(None)
    firsts = [[term for term, _ in found][:1] for found in near]
    assert firsts == [["marlow"], ["quintet"], ["fennel"]]
    reads = [s for s in statements if "FROM search_terms WHERE" in s and "df" not in s]
    assert len(reads) == 1, reads


def test_folding_a_text_is_folding_each_of_its_characters() -> None:
    # fold() translates by a table built from fold_char: every character of the Basic
    # Multilingual Plane folds the same both ways (accented Latin, Cyrillic, emoji halves).
    from store.search.tokens import fold, fold_char

    for code in range(0x10000):
        char = chr(code)
        assert fold(char) == "".join(fold_char(c) for c in char.lower()), hex(code)
    assert fold("Café Ёлка ÅNGSTRÖM Łódź") == "cafe ёлка angstrom łodz"

"""Follows: what a chat follows, which new articles match, and each told to a chat once."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlite_utils import Database

from handlers.follows import MAX_FOLLOWS, Asker, follow_reply, notification_answer
from handlers.render import render_html
from store.db import open_db
from store.ingest.batch import store_article
from store.live.follows import (
    MAX_ATTEMPTS,
    MAX_QUERY,
    DeliveryState,
    FollowKind,
    add_follow,
    claim_delivery,
    follows_of,
    mark_sent,
    move_chat,
    pending_deliveries,
    queue_deliveries,
    remove_follow,
    retry_later,
    unsubscribe_chat,
)
from store.live.matching import fts_words
from store.models import Article

CHAT, OTHER_CHAT = 100, -200  # a private chat and a group

PUTIN_GRAIN = Article(
    title="Grain corridor extended",
    paragraphs=(
        "“We will keep the corridor open,” Vladimir Putin said on Thursday.",
        "Farmers in the south welcomed the grain deal.",
    ),
    url="http://news.example/grain",
)
HARBOUR = Article(
    title="Harbour reopens",
    paragraphs=("The harbour reopened on Tuesday after a week of repairs.",),
    url="http://news.example/harbour",
)
PUTIN_AGAIN = Article(
    title="Talks in Ankara",
    paragraphs=(
        "The talks went well, President Putin told reporters in Ankara.",
        "“There is a chance for peace,” Putin said.",
    ),
    url="http://news.example/ankara",
)
WHEAT = Article(
    title="Wheat prices fall",
    paragraphs=("Wheat prices fell after the grain deal was extended for a year.",),
    url="http://news.example/wheat",
)


GRAIN_UNION = Article(
    title="Union warns on prices",
    paragraphs=("“Prices will fall,” the Grain Union said in a statement.",),
    url="http://news.example/union",
)


def store(db: Database, *articles: Article) -> list[int]:
    return [store_article(db, article).article_id for article in articles]


def deliveries(db: Database) -> list[tuple[int, int, str]]:
    cursor = db.execute(
        "SELECT chat_id, article_id, state FROM deliveries ORDER BY chat_id, article_id"
    )
    return [tuple(row) for row in cursor]


def send_all(db: Database) -> list[tuple[int, str, tuple[str, ...]]]:
    """What a sender would deliver this round: (chat, title, snippets)."""
    sent = []
    for chat_id, article_id in pending_deliveries(db):
        note = claim_delivery(db, chat_id, article_id)
        if note is not None:
            sent.append((chat_id, note.title, tuple(s.text for s in note.snippets)))
            mark_sent(db, chat_id, article_id)
    return sent


# --- following -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "query"),
    [
        ("Putin", FollowKind.SPEAKER, "Putin"),  # a surname the speakers table knows
        ("vladimir putin", FollowKind.SPEAKER, "vladimir putin"),  # names match whatever the case
        ("Putin's", FollowKind.SPEAKER, "Putin"),  # as a person might write it
        ("grain deal", FollowKind.WORDS, "grain deal"),
        ("  grain   deal ", FollowKind.WORDS, "grain deal"),  # spacing does not make a new follow
        ("Zelensky", FollowKind.WORDS, "Zelensky"),  # nobody by that name yet: the word is followed
        ("Putn", FollowKind.WORDS, "Putn"),  # a near spelling is not taken for a speaker
        ("grain", FollowKind.WORDS, "grain"),  # nor is a word that is part of a speaker's name
        (
            'grain AND "deal* NEAR(x)',
            FollowKind.WORDS,
            'grain AND "deal* NEAR(x)',
        ),  # FTS syntax is text
    ],
)
def test_a_follow_is_a_known_speaker_or_else_words(
    fresh_db: Database, text: str, kind: str, query: str
) -> None:
    store(fresh_db, PUTIN_GRAIN, GRAIN_UNION)
    result = add_follow(fresh_db, CHAT, text)
    assert result is not None
    follow, created = result
    assert (follow.kind, follow.query, created) == (kind, query, True)
    assert add_follow(fresh_db, CHAT, text) == (follow, False)
    queue_deliveries(fresh_db)  # must not raise, whatever was typed


@pytest.mark.parametrize("text", ["", "   ", "*** ?!", '""'])
def test_nothing_to_follow(fresh_db: Database, text: str) -> None:
    assert add_follow(fresh_db, CHAT, text) is None


@pytest.mark.parametrize(
    ("text", "query"),
    [
        ("grain deal", '"grain" "deal"'),
        ('say "hi"', '"say" """hi"""'),
        ("NEAR(a b) OR c*", '"NEAR(a" "b)" "OR" "c*"'),
        ("— ...", ""),
    ],
)
def test_fts_words_quote_every_word(text: str, query: str) -> None:
    assert fts_words(text) == query


def test_follows_are_per_chat_and_unfollow_takes_the_listed_text(fresh_db: Database) -> None:
    store(fresh_db, PUTIN_GRAIN)
    add_follow(fresh_db, CHAT, "Putin")
    add_follow(fresh_db, CHAT, "harbour")
    add_follow(fresh_db, OTHER_CHAT, "Putin")
    assert [f.query for f in follows_of(fresh_db, CHAT)] == ["Putin", "harbour"]
    removed = remove_follow(fresh_db, CHAT, "HARBOUR")
    assert removed is not None and removed.kind == FollowKind.WORDS
    assert remove_follow(fresh_db, CHAT, "harbour") is None
    assert [f.query for f in follows_of(fresh_db, CHAT)] == ["Putin"]
    assert [f.query for f in follows_of(fresh_db, OTHER_CHAT)] == ["Putin"]


def test_a_follow_remembers_who_made_it_and_following_again_does_not_change_that(
    fresh_db: Database,
) -> None:
    # In a group, whoever made a follow may remove it (handlers.follows.may_change).
    store(fresh_db, PUTIN_GRAIN)
    follow_reply(fresh_db, OTHER_CHAT, "grain", asker=Asker(7, in_group=True))
    follow_reply(fresh_db, OTHER_CHAT, "grain", asker=Asker(8, in_group=True))
    follow_reply(fresh_db, OTHER_CHAT, "harbour", asker=Asker(None, in_group=True))
    assert [(f.query, f.created_by) for f in follows_of(fresh_db, OTHER_CHAT)] == [
        ("grain", 7),
        ("harbour", None),  # made on behalf of a chat: nobody known
    ]


# --- matching and delivering ---------------------------------------------------------------


def test_news_goes_to_the_topic_the_follow_was_last_asked_in(fresh_db: Database) -> None:
    store(fresh_db, PUTIN_GRAIN)
    assert "Following" in follow_reply(fresh_db, OTHER_CHAT, "Putin", thread_id=7).text
    moved = follow_reply(fresh_db, OTHER_CHAT, "Putin", thread_id=9).text
    assert moved.endswith("its news now comes in this topic.")
    assert "now comes" not in follow_reply(fresh_db, OTHER_CHAT, "Putin", thread_id=9).text
    store(fresh_db, PUTIN_AGAIN)
    queue_deliveries(fresh_db)
    note = claim_delivery(
        fresh_db, OTHER_CHAT, fresh_db.execute("SELECT max(id) FROM articles").fetchone()[0]
    )
    assert note is not None and note.follow.thread_id == 9


def test_only_articles_stored_after_the_follow_are_pushed(fresh_db: Database) -> None:
    store(fresh_db, PUTIN_GRAIN)  # already there: never pushed
    add_follow(fresh_db, CHAT, "Putin")
    add_follow(fresh_db, OTHER_CHAT, "grain deal")
    assert queue_deliveries(fresh_db) == 0
    store(fresh_db, HARBOUR, PUTIN_AGAIN, WHEAT)
    assert queue_deliveries(fresh_db) == 2
    [(chat, title, quotes), to_other] = send_all(fresh_db)
    # Every quote of his in the article (how many the extractor finds is its business).
    assert (chat, title) == (CHAT, "Talks in Ankara")
    assert "There is a chance for peace" in quotes
    assert to_other == (OTHER_CHAT, "Wheat prices fall", (WHEAT.paragraphs[0],))


def test_unfollowing_keeps_what_another_follow_of_the_chat_matches(fresh_db: Database) -> None:
    store(fresh_db, PUTIN_GRAIN)
    add_follow(fresh_db, CHAT, "Putin")
    add_follow(fresh_db, CHAT, "peace")
    add_follow(fresh_db, CHAT, "harbour")
    store(fresh_db, PUTIN_AGAIN, HARBOUR)  # Ankara: Putin, and the word peace
    assert queue_deliveries(fresh_db) == 2
    remove_follow(fresh_db, CHAT, "Putin")  # queued under Putin, still wanted for "peace"
    remove_follow(fresh_db, CHAT, "harbour")  # nothing else wants the harbour
    [(chat, title, snippets)] = send_all(fresh_db)
    assert (chat, title) == (CHAT, "Talks in Ankara")
    assert any("peace" in snippet for snippet in snippets)


def test_a_speaker_is_matched_by_any_name_the_articles_give_them(fresh_db: Database) -> None:
    store(fresh_db, PUTIN_GRAIN)  # teaches the store that "Putin" is Vladimir Putin
    add_follow(fresh_db, CHAT, "Vladimir Putin")
    store(fresh_db, PUTIN_AGAIN)  # says only "Putin" and "President Putin"
    queue_deliveries(fresh_db)
    [(chat, title, snippets)] = send_all(fresh_db)
    assert (chat, title) == (CHAT, "Talks in Ankara")
    assert "There is a chance for peace" in snippets


SMITHS = (
    Article("Prices", ("“Prices will rise,” Anna Smith said on Monday.",), url="http://n/1"),
    Article("Builders", ("“We build more,” John Smith said.",), url="http://n/2"),
)
SMITH_NEWS = (
    # Only a surname: the article itself cannot tell which Smith.
    Article("Taxes", ("“Taxes will fall,” Smith told reporters.",), url="http://n/3"),
    Article("Ready", ("“We are ready,” Anna Smith said.",), url="http://n/4"),
    Article("Bricks", ("“Bricks are dear,” John Smith said.",), url="http://n/5"),
)


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        ("Anna Smith", ["Taxes", "Ready"]),
        ("John Smith", ["Taxes", "Bricks"]),  # not "Ready", though Anna is called Smith too
        ("Smith", ["Taxes", "Ready", "Bricks"]),  # every speaker ever called Smith
    ],
)
def test_which_new_quotes_a_speaker_follow_takes_in(
    fresh_db: Database, text: str, titles: list[str]
) -> None:
    store(fresh_db, *SMITHS)
    result = add_follow(fresh_db, CHAT, text)
    assert result is not None and result[0].kind == FollowKind.SPEAKER
    store(fresh_db, *SMITH_NEWS)
    queue_deliveries(fresh_db)
    assert [title for _, title, _ in send_all(fresh_db)] == titles


def test_a_chat_hears_of_an_article_once_however_many_follows_match(fresh_db: Database) -> None:
    store(fresh_db, PUTIN_GRAIN)
    for text in ("Putin", "peace", "Ankara"):
        add_follow(fresh_db, CHAT, text)
    add_follow(fresh_db, OTHER_CHAT, "peace")
    store(fresh_db, PUTIN_AGAIN)
    assert queue_deliveries(fresh_db) == 2  # one per chat
    assert queue_deliveries(fresh_db) == 0
    assert [chat for chat, *_ in send_all(fresh_db)] == [OTHER_CHAT, CHAT]
    assert send_all(fresh_db) == []
    # The article changes and is stored again: it is the same article, not news.
    store_article(
        fresh_db,
        Article(PUTIN_AGAIN.title, (*PUTIN_AGAIN.paragraphs, "More."), url=PUTIN_AGAIN.url),
    )
    assert queue_deliveries(fresh_db) == 0


def test_never_twice_across_restarts_even_after_a_crash_mid_send(tmp_path: Path) -> None:
    path = tmp_path / "news.db"
    db = open_db(path)
    store(db, PUTIN_GRAIN)
    add_follow(db, CHAT, "Putin")
    add_follow(db, OTHER_CHAT, "Putin")
    store(db, PUTIN_AGAIN)
    queue_deliveries(db)
    [first, second] = pending_deliveries(db)
    claim_delivery(db, *first)
    mark_sent(db, *first)
    claim_delivery(db, *second)  # ... and the process dies before the message is confirmed
    db.close()

    db = open_db(path)  # the restarted bot
    assert queue_deliveries(db) == 0
    assert pending_deliveries(db) == []
    assert {(chat, state) for chat, _, state in deliveries(db)} == {
        (first[0], DeliveryState.SENT),
        (second[0], DeliveryState.SENDING),
    }
    db.close()


def test_a_network_error_is_retried_a_few_times_then_given_up(fresh_db: Database) -> None:
    store(fresh_db, PUTIN_GRAIN)
    add_follow(fresh_db, CHAT, "Putin")
    store(fresh_db, PUTIN_AGAIN)
    queue_deliveries(fresh_db)
    for attempt in range(1, MAX_ATTEMPTS + 1):
        [key] = pending_deliveries(fresh_db)
        assert claim_delivery(fresh_db, *key) is not None
        assert claim_delivery(fresh_db, *key) is None  # claimed: nobody else sends it
        retry_later(fresh_db, *key, "connection reset")
        assert deliveries(fresh_db)[0][2] == (
            DeliveryState.PENDING if attempt < MAX_ATTEMPTS else DeliveryState.FAILED
        )
    assert pending_deliveries(fresh_db) == []


def test_unsubscribing_a_chat_drops_its_follows_and_queued_messages(fresh_db: Database) -> None:
    store(fresh_db, PUTIN_GRAIN)
    add_follow(fresh_db, CHAT, "Putin")
    add_follow(fresh_db, OTHER_CHAT, "Putin")
    store(fresh_db, PUTIN_AGAIN)
    queue_deliveries(fresh_db)
    assert unsubscribe_chat(fresh_db, CHAT) == 1
    assert follows_of(fresh_db, CHAT) == []
    assert [chat for chat, *_ in send_all(fresh_db)] == [OTHER_CHAT]


def test_a_group_that_became_a_supergroup_keeps_its_follows(fresh_db: Database) -> None:
    store(fresh_db, PUTIN_GRAIN)
    add_follow(fresh_db, OTHER_CHAT, "Putin")
    store(fresh_db, PUTIN_AGAIN)
    queue_deliveries(fresh_db)
    move_chat(fresh_db, OTHER_CHAT, -1001)
    assert [f.query for f in follows_of(fresh_db, -1001)] == ["Putin"]
    assert [chat for chat, *_ in send_all(fresh_db)] == [-1001]


def test_matching_while_the_poller_writes_from_its_own_connection(tmp_path: Path) -> None:
    # The bot polls feeds on a second connection; reading then writing on this one must wait
    # for that writer rather than fail with "database is locked".
    db, poller = open_db(tmp_path / "news.db"), open_db(tmp_path / "news.db")
    store(db, PUTIN_GRAIN)
    for chat in range(1, 201):  # many follows: each round reads long enough to be overtaken
        add_follow(db, chat, "grain")
    errors: list[Exception] = []
    stop = threading.Event()

    def poll() -> None:
        n = 0
        while not stop.is_set():
            n += 1
            try:
                store_article(poller, Article(f"Grain news {n}", (f"Grain report number {n}.",)))
            except Exception as error:
                errors.append(error)
            # Not a wait for anything: the poller's pace, which fetches and extracts quotes
            # between articles (the test holds however the threads interleave).
            stop.wait(0.001)

    writer = threading.Thread(target=poll)
    writer.start()
    try:
        for chat in range(1001, 1061):
            add_follow(db, chat, "grain")
            queue_deliveries(db)
    finally:
        stop.set()
        writer.join()
    queue_deliveries(db)
    assert errors == []
    # Every chat hears of every article stored after its follow began, and of no other.
    expected = db.execute(
        "SELECT count(*) FROM follows f JOIN articles a ON a.id > f.since_article_id"
    ).fetchone()[0]
    assert len(pending_deliveries(db, limit=1_000_000)) == expected > 0
    db.close()
    poller.close()


def test_a_notification_is_the_sourced_snippet_with_article_text_escaped(
    fresh_db: Database,
) -> None:
    store(fresh_db, PUTIN_GRAIN)
    add_follow(fresh_db, CHAT, "Putin")
    add_follow(fresh_db, OTHER_CHAT, "a<b")
    store(
        fresh_db,
        Article(
            title="Talks <script>alert(1)</script> & more",
            paragraphs=("“Peace is near, a<b,” Putin said.",),
            source="Loopback News",
            published="2026-11-26",
            url="https://news.example/talks?a=1&b=2",
        ),
    )
    queue_deliveries(fresh_db)
    messages = {}
    for key in pending_deliveries(fresh_db):
        note = claim_delivery(fresh_db, *key)
        assert note is not None
        [messages[key[0]]] = render_html(notification_answer(note))
    assert messages[CHAT] == (
        "New: Putin is quoted in an article. (/unfollow Putin to stop)\n\n"
        "<b>Putin</b>:\n“Peace is near, a&lt;b”\n"
        '<a href="https://news.example/talks?a=1&amp;b=2">Talks &lt;script&gt;alert(1)&lt;/script&gt; &amp; more</a>\n'
        "<i>Loopback News, 26 November 2026</i>"
    )
    assert messages[OTHER_CHAT].startswith("New: an article with “a&lt;b”.")


@pytest.mark.parametrize(
    "text",
    [
        "grain " * 2000,  # far over the stored length: /unfollow with the same text must work
        "corridor " + "x" * 300,  # one long word at the cut
        "Лавров 🌾 <b>зерно</b>",  # Cyrillic, emoji and markup are words like any other
    ],
)
def test_unfollow_takes_the_text_follow_took(fresh_db: Database, text: str) -> None:
    result = add_follow(fresh_db, CHAT, text)
    assert result is not None
    follow, _ = result
    assert len(follow.query) <= MAX_QUERY
    assert remove_follow(fresh_db, CHAT, text) == follow
    assert follows_of(fresh_db, CHAT) == []


def test_a_long_follow_is_cut_between_words(fresh_db: Database) -> None:
    result = add_follow(fresh_db, CHAT, "harbour corridor " * 50)
    assert result is not None
    assert set(result[0].query.split()) == {"harbour", "corridor"}  # no "corr" that matches nothing


def test_a_chat_at_the_cap_is_told_what_it_already_follows(fresh_db: Database) -> None:
    for number in range(MAX_FOLLOWS):
        follow_reply(fresh_db, CHAT, f"topic{number}")
    assert "already follows the words “topic0”" in follow_reply(fresh_db, CHAT, "topic0").text
    assert f"already follows {MAX_FOLLOWS} things" in follow_reply(fresh_db, CHAT, "new").text
    assert len(follows_of(fresh_db, CHAT)) == MAX_FOLLOWS


EMBASSY_RU = Article(
    title="Посольство откроется весной",
    paragraphs=("Новое здание посольства в столице откроется весной, сообщили в министерстве.",),
    url="http://news.example/posolstvo",
)
HARVEST_RU = Article(
    title="Урожай в этом году",
    paragraphs=("Фермеры собрали рекордный урожай пшеницы.",),
    url="http://news.example/urozhai",
)


def test_a_russian_words_follow_matches_any_form_of_its_words(fresh_db: Database) -> None:
    # Asked in one form ("посольства"), the article has another ("посольства" in the
    # genitive here, "посольство" in the title): Russian words follow by their stems.
    add_follow(fresh_db, CHAT, "посольствам")
    store(fresh_db, HARVEST_RU, EMBASSY_RU)
    assert queue_deliveries(fresh_db) == 1
    [(chat, title, _)] = send_all(fresh_db)
    assert (chat, title) == (CHAT, "Посольство откроется весной")

"""Questions in, answer records out: every phrasing, typos, hostile input, honest no-match."""

from __future__ import annotations

import pytest
from sqlite_utils import Database

from handlers.answer import PAGE_SIZE, answer_question
from handlers.records import AnswerKind
from store.db import open_db
from store.ingest.batch import store_article
from store.ingest.text import parse_text
from store.live.feeds import AddedBy, add_feed
from store.models import Article
from tests.corpus import attribute


@pytest.mark.parametrize(
    ("question", "speaker", "words"),
    [
        ("who said we don't have embassies?", "Sergey Lavrov", "We don’t have embassies"),
        ('Who told "the ball is in the court"?', "Sergey Lavrov", "the ball is in the court"),
        ('"the ball is in the court of our Georgia neighbors"', "Sergey Lavrov", "the ball"),
        ("/quote the ball is in the court", "Sergey Lavrov", "the ball is in the court"),
        ("who claimed the bal is in the cuort?", "Sergey Lavrov", "the ball"),  # typos
        ("who said drying faster than our models", "Jane Okafor", "drying faster"),  # fragment
        ("which official said rates at 4.5 percent", "Piotr Nowak", "4.5 percent"),
        ("who stated nobody expects cuts before summer", "Piotr Nowak", "Nobody should"),
        ("who said resolve all problems, confident we are", "Sergey Lavrov", "resolve all"),
    ],
)
def test_who_said(corpus: Database, question: str, speaker: str, words: str) -> None:
    answer = answer_question(corpus, question)
    assert answer.kind == AnswerKind.WHO_SAID
    best = answer.hits[0]
    assert best.speaker == speaker
    assert best.quote and words in best.quote
    assert best.article.title and best.article.source
    assert speaker in answer.text and words in answer.text


def test_reported_speech_is_found_but_not_attributed(corpus: Database) -> None:
    answer = answer_question(corpus, "who said the wheat harvest was half lost in the north")
    # Nobody is quoted saying it: the paragraph is shown, honestly.
    assert answer.kind == AnswerKind.WHO_SAID
    assert answer.hits[0].quote is None and "wheat harvest" in answer.hits[0].snippet
    assert "not as a quote" in answer.text


@pytest.mark.parametrize(
    ("question", "speaker", "first"),
    [
        ("what did Lavrov say about embassies?", "Sergey Lavrov", "embassies"),
        ("What did the Russian foreign minister say?", "Sergey Lavrov", None),  # by role
        ("what did lavrof say", "Sergey Lavrov", None),  # a fuzzy spelling
        ("/quote Okafor", "Jane Okafor", None),
        ("/quote@NewsBot okafr", "Jane Okafor", None),
        ("what did the environment minister say about water?", "Jane Okafor", "water"),
        ("what did Nowak say about the drought", "Piotr Nowak", "Water prices"),  # topic first
        ("what did Nowak say about the drougt?", "Piotr Nowak", "Water prices"),  # topic typo
        ("Lavrov on embassies", "Sergey Lavrov", "embassies"),  # "<speaker> on <topic>"
        ("Nowak on the drought?", "Piotr Nowak", "Water prices"),
    ],
)
def test_speaker_quotes(corpus: Database, question: str, speaker: str, first: str | None) -> None:
    answer = answer_question(corpus, question)
    assert answer.kind == AnswerKind.SPEAKER_QUOTES
    assert {hit.speaker for hit in answer.hits} == {speaker}
    if first:
        assert answer.hits[0].quote and first in answer.hits[0].quote


@pytest.mark.parametrize("question", ["war on drought", "rates on hold", "Okafr on water"])
def test_words_on_a_topic_are_searched_unless_a_speaker_is_named(
    corpus: Database, question: str
) -> None:
    assert answer_question(corpus, question).kind in (AnswerKind.SEARCH, AnswerKind.NO_MATCH)


def test_a_speakers_quotes_page_on(corpus: Database) -> None:
    first = answer_question(corpus, "what did Lavrov say")
    assert (first.page, first.has_more, len(first.hits)) == (0, True, PAGE_SIZE)
    second = answer_question(corpus, "what did Lavrov say", page=1)
    assert second.page == 1 and second.hits
    assert not {h.quote for h in first.hits} & {h.quote for h in second.hits}


@pytest.mark.parametrize("question", ["/quote lavrof", "/quote Lavrow", "/quote okafr"])
def test_quote_command_finds_a_misspelt_speaker(corpus: Database, question: str) -> None:
    # No quote holds these words, so the name is read as a speaker at the usual cutoff.
    answer = answer_question(corpus, question)
    assert answer.kind == AnswerKind.SPEAKER_QUOTES
    assert answer.hits[0].speaker in {"Sergey Lavrov", "Jane Okafor"}


def test_no_match_suggestions_stay_apart(corpus: Database) -> None:
    text = answer_question(corpus, "who said the moon is made of cheese").text
    # The /search suggestion must stay copyable: nothing runs on after it on its line.
    assert "/search the moon is made of cheese\n" in text
    assert "People I can quote:" in text


def test_a_one_word_quote_is_only_the_closest_match_for_a_longer_claim(corpus: Database) -> None:
    saved = store_article(
        corpus,
        Article(title="Count", paragraphs=('The mayor called the count "rigged" on Monday.',)),
    )
    attribute(corpus, saved.article_id, "Ann Mayor", "mayor", ["Mayor"])
    answer = answer_question(corpus, "who said the election is rigged?")
    # "rigged" is one of the two words that matter: not the words asked, at best near them.
    assert answer.hits[0].quote == "rigged"
    assert answer.lead.startswith("The closest quote I found is by Ann Mayor")
    exact = answer_question(corpus, "who said rigged")
    assert exact.lead.startswith("Ann Mayor, mayor, said it")


def test_one_person_is_named_once(corpus: Database) -> None:
    for name, quotes in (("Jane Okafor", 0), ("J. Okafor", 2), ("Okafor", 3)):
        paragraphs = tuple(f'"Item {n} is done," {name} said.' for n in range(quotes))
        saved = store_article(corpus, Article(title=f"By {name}", paragraphs=paragraphs or ("x",)))
        attribute(corpus, saved.article_id, name, "minister", ["Okafor"])
    lead = answer_question(corpus, "what did Okafor say?").lead
    assert lead == "What Jane Okafor said, newest first:"


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("what did Smith say?", "Anna Smith"),  # the most quoted Smith
        ("what did Smith say about bricks?", "John Smith"),  # the Smith who spoke of bricks
        ("what did Smith say about taxes?", "Anna Smith"),
        ("Smith on bricks", "John Smith"),
    ],
)
def test_a_surname_with_a_topic_means_the_bearer_who_spoke_of_it(
    corpus: Database, question: str, speaker: str
) -> None:
    for name, said in (
        ("Anna Smith", ("Taxes will fall", "Rates stay", "We are ready")),
        ("John Smith", ("Bricks are dear",)),
    ):
        paragraphs = tuple(f'"{words}," {name} said.' for words in said)
        saved = store_article(corpus, Article(title=f"By {name}", paragraphs=paragraphs))
        attribute(corpus, saved.article_id, name, "builder", ["Smith"])
    answer = answer_question(corpus, question)
    assert answer.kind == AnswerKind.SPEAKER_QUOTES
    assert {hit.speaker for hit in answer.hits} == {speaker}


def test_speaker_quotes_say_where_the_topic_ends(corpus: Database) -> None:
    answer = answer_question(corpus, "what did lavrof say about embassies?")
    assert answer.lead.startswith("What Sergey Lavrov said about “embassies” (2 quotes)")
    assert "then the rest, newest first" in answer.lead
    assert "embass" in (answer.hits[0].quote or "") and "embass" in (answer.hits[1].quote or "")


def test_speaker_quotes_say_when_nothing_is_about_the_topic(corpus: Database) -> None:
    answer = answer_question(corpus, "what did Okafor say about football?")
    assert answer.kind == AnswerKind.SPEAKER_QUOTES
    assert "nothing from Jane Okafor about" in answer.text


def test_random_quote(corpus: Database) -> None:
    answer = answer_question(corpus, "/quote")
    assert answer.kind == AnswerKind.RANDOM_QUOTE
    assert answer.hits[0].quote and answer.hits[0].speaker
    assert answer.has_more  # ask again for another


@pytest.mark.parametrize(("question", "count"), [("/latest", 5), ("/latest@NewsBot 2", 2)])
def test_latest(corpus: Database, question: str, count: int) -> None:
    answer = answer_question(corpus, question)
    assert answer.kind == AnswerKind.LATEST
    assert len(answer.hits) == count
    assert all(hit.article.title in answer.text for hit in answer.hits)


def test_latest_pages_on_to_the_end(corpus: Database) -> None:
    pages = [answer_question(corpus, "/latest 2", page=p) for p in range(4)]
    assert [len(p.hits) for p in pages] == [2, 2, 1, 0]
    assert [p.has_more for p in pages] == [True, True, False, False]
    assert pages[3].kind == AnswerKind.NO_MATCH
    titles = [h.article.title for p in pages for h in p.hits]
    assert len(set(titles)) == 5


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("when did Georgia break off relations?", "broke off diplomatic relations"),
        ("/search wheat harvest", "wheat harvest"),
        ("/search wheet harvst", "wheat harvest"),
        ("Abashidze and Karasin", "Abashidze"),
        ("Грузинских соседей", "Мяч на стороне"),
    ],
)
def test_search(corpus: Database, question: str, expected: str) -> None:
    answer = answer_question(corpus, question)
    assert answer.kind == AnswerKind.SEARCH
    assert expected in answer.hits[0].snippet
    assert answer.hits[0].article.title in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "who said bananas are yellow and tasty?",
        "what did Putin say about Georgia?",
        "/search quantum chromodynamics",
        "how tall is the eiffel tower",
        "who said the",
    ],
)
def test_honest_no_match(corpus: Database, question: str) -> None:
    answer = answer_question(corpus, question)
    assert answer.kind == AnswerKind.NO_MATCH
    assert answer.hits == ()
    assert "Try" in answer.text or "know" in answer.text


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("/help", AnswerKind.HELP),
        ("/start", AnswerKind.HELP),
        ("/start@NewsBot", AnswerKind.HELP),
        ("/stats", AnswerKind.STATS),
    ],
)
def test_help_and_stats(corpus: Database, question: str, kind: AnswerKind) -> None:
    answer = answer_question(corpus, question)
    assert answer.kind == kind
    if kind == AnswerKind.HELP:
        # Examples come from the corpus: a real speaker.
        assert "/latest" in answer.text and "/quote" in answer.text
        assert any(name in answer.text for name in ("Lavrov", "Okafor", "Nowak"))
    else:
        assert "5 articles" in answer.text


@pytest.mark.parametrize(
    ("question", "advice"),
    [
        ("/follow Lavrov", "TELEGRAM_BOT_TOKEN"),
        ("/unfollow Lavrov", "TELEGRAM_BOT_TOKEN"),
        ("/following", "TELEGRAM_BOT_TOKEN"),
        ("/add https://example.com/a", "newsbot ingest"),
        ("/feeds", "newsbot ingest --watch"),
        ("/unfeed https://example.com/rss", "newsbot ingest --watch"),
    ],
)
def test_telegram_commands_say_where_they_work(
    corpus: Database, question: str, advice: str
) -> None:
    # The console and `newsbot ask` share the bot's answers; these few need the bot process.
    answer = answer_question(corpus, question)
    assert answer.kind == AnswerKind.HELP
    assert advice in answer.text
    assert "I don't know" not in answer.text


def test_help_mentions_follows(corpus: Database) -> None:
    assert "/follow" in answer_question(corpus, "/help").text


def test_stats_report_failing_feeds(corpus: Database) -> None:
    assert "Feeds" not in answer_question(corpus, "/stats").text  # no feeds, no line
    add_feed(corpus, "https://example.com/rss", added_by=AddedBy.CONFIG)
    corpus.execute(
        "UPDATE feeds SET failures = 2, last_error = 'HTTP 503' WHERE url = ?",
        ["https://example.com/rss"],
    )
    text = answer_question(corpus, "/stats").text
    assert "Feeds: 1 polled, 1 failing." in text
    assert "https://example.com/rss — failed 2 times in a row: HTTP 503" in text


def test_stats_of_one_article_read_naturally(seed_text: str) -> None:
    db = open_db(":memory:")
    store_article(db, parse_text(seed_text))
    text = answer_question(db, "/stats").text
    assert text.startswith("I have read 1 article (7 paragraphs) with ")
    assert "from 1 speaker." in text


def test_unknown_command_is_helpful(corpus: Database) -> None:
    answer = answer_question(corpus, "/frobnicate@NewsBot now")
    assert answer.kind == AnswerKind.HELP
    assert answer.text.startswith("I don't know /frobnicate.")


@pytest.mark.parametrize(
    "question",
    [
        "",
        " ",
        '"',
        "NEAR(ball court) AND x OR NOT y*",
        "who said ^ball : court *",
        "/search \"\" OR ''",
        "'; DROP TABLE quotes; --",
        "x" * 10_000,
        "who said " + "ball court " * 1000,
        "😀" * 50,
        "Какая погода в Москве?",
        "<script>alert(1)</script>",
        "/quote <b>Lavrov</b>",
        "what did \" say about ' ?",
        "/latest -5",
        "\x00\x01\x02",
    ],
)
def test_hostile_input_gets_an_answer(corpus: Database, question: str) -> None:
    answer = answer_question(corpus, question)
    assert answer.text
    assert answer.kind in {
        AnswerKind.WHO_SAID,
        AnswerKind.SPEAKER_QUOTES,
        AnswerKind.SEARCH,
        AnswerKind.NO_MATCH,
        AnswerKind.HELP,
        AnswerKind.LATEST,
    }
    assert corpus.execute("SELECT count(*) FROM quotes").fetchone()[0] > 0


def test_an_empty_store_answers_honestly() -> None:
    db = open_db(":memory:")
    for question in ("/quote", "/latest", "who said anything", "/help", "/stats", "Georgia"):
        answer = answer_question(db, question)
        assert answer.text and answer.hits == ()


def test_new_articles_are_answered_at_once(corpus: Database) -> None:
    store_article(
        corpus,
        Article(title="Zoo news", paragraphs=('"The pandas are thriving," the keeper said.',)),
    )
    answer = answer_question(corpus, "who said the pandas are thriving")
    assert answer.kind == AnswerKind.WHO_SAID and answer.hits[0].article.title == "Zoo news"


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("who said we don't have embassies?", AnswerKind.WHO_SAID),
        ("what did Lavrov say?", AnswerKind.SPEAKER_QUOTES),
        ("/quote", AnswerKind.RANDOM_QUOTE),
        ("/latest", AnswerKind.LATEST),
        ("/search Georgia", AnswerKind.SEARCH),
        ("/help", AnswerKind.HELP),
        ("/stats", AnswerKind.STATS),
        ("who said zzqx plugh wibble", AnswerKind.NO_MATCH),
    ],
)
def test_answer_kinds_are_the_enum(corpus: Database, question: str, kind: AnswerKind) -> None:
    # The member itself, not an equal string: front ends may match on it.
    assert answer_question(corpus, question).kind is kind

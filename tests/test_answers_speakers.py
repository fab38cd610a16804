"""A speaker's quotes, honestly (issue 12): the role asked for is the role held, a topic is
counted by the quote's own words, and a word or two in quote marks is no statement."""

from __future__ import annotations

import pytest
from sqlite_utils import Database

from handlers.answer import answer_question
from handlers.records import AnswerKind
from store import search
from store.ingest.batch import store_article
from store.models import Article
from tests.corpus import attribute

# --- the role asked for -------------------------------------------------------------------


def _ministers(db: Database) -> None:
    """A finance minister and the deputy, each quoted in an article of their own."""
    for name, role, said in (
        ("Olga Berk", "Finance Minister", "Taxes will not rise this year"),
        ("Ivan Dal", "Deputy Finance Minister", "The audit starts in June"),
    ):
        saved = store_article(
            db, Article(title=f"{name} speaks", paragraphs=(f'"{said}," {role} {name} said.',))
        )
        attribute(db, saved.article_id, name, role, [name.split()[-1]])


@pytest.mark.parametrize(
    ("asked", "expected"),
    [
        ("deputy finance minister", ["Ivan Dal"]),  # named so
        ("deputy finance ministr", ["Ivan Dal"]),  # a typo still finds the deputy ...
        ("finance ministr", ["Olga Berk"]),  # ... and the minister, never the deputy
        ("former finance minister", []),  # neither is a former minister
        ("acting finance minister", []),
        ("vice finance minister", []),
        ("deputy foreign minister", []),  # the seed's Lavrov is the foreign minister
        ("the russian foreign minister", ["Sergey Lavrov"]),
    ],
)
def test_a_role_asked_for_is_the_role_held(
    corpus: Database, asked: str, expected: list[str]
) -> None:
    _ministers(corpus)
    assert [s.name for s in search.find_speakers(corpus, asked)] == expected


def test_no_one_holding_the_role_is_said_honestly(corpus: Database) -> None:
    answer = answer_question(corpus, "what did the deputy foreign minister say?")
    # The seed names Grigory Karasin as deputy, but does not quote him: not Lavrov's words.
    assert answer.kind == AnswerKind.NO_MATCH and not answer.hits
    assert answer.lead.startswith("I have no quotes from the deputy foreign minister.")
    assert "(without “deputy”): /quote Sergey Lavrov" in answer.lead


@pytest.mark.parametrize(
    ("question", "changer"),
    [
        ("/quote former foreign minister", "former"),
        ("/quote the deputy foreign minister", "deputy"),
        ("/quote acting foreign minister", "acting"),
        ("/quote vice foreign minister", "vice"),
    ],
)
def test_quote_command_reads_a_role_phrase_as_a_role(
    corpus: Database, question: str, changer: str
) -> None:
    # The seed quotes the foreign minister (Lavrov), so "former foreign minister" names a
    # role, not words to attribute: no one holds it, and who holds it without the changer
    # is said, never given as the answer.
    answer = answer_question(corpus, question)
    assert answer.kind == AnswerKind.NO_MATCH and not answer.hits
    role = question.removeprefix("/quote ").removeprefix("the ")
    assert answer.lead.startswith(f"I have no quotes from the {role}.")
    assert f"(without “{changer}”): /quote Sergey Lavrov" in answer.lead


@pytest.mark.parametrize(
    "question",
    [
        "/quote former glory days",  # "glory days" is no one's role: words to attribute
        "/quote first things first",
    ],
)
def test_quote_command_keeps_words_that_are_no_role(corpus: Database, question: str) -> None:
    answer = answer_question(corpus, question)
    assert not answer.lead.startswith("I have no quotes from")


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("what did the russian foreign minister say about embassies?", "Sergey Lavrov"),
        ("what did the deputy finance minister say?", "Ivan Dal"),
        ("what did the finance ministr say?", "Olga Berk"),
    ],
)
def test_the_role_held_still_answers(corpus: Database, question: str, speaker: str) -> None:
    _ministers(corpus)
    answer = answer_question(corpus, question)
    assert answer.kind == AnswerKind.SPEAKER_QUOTES
    assert {hit.speaker for hit in answer.hits} == {speaker}


# --- a topic, by the quote's own words ----------------------------------------------------


@pytest.mark.parametrize(
    ("question", "lead", "first"),
    [
        # Only one quote says "the ball"; the other's paragraph does, not its words.
        ("what did Lavrov say about the ball?", "(1 quote)", "the ball is in the court"),
        ("what did Lavrov say about the bal?", "(1 quote)", "the ball is in the court"),  # typo
        ("what did Lavrov say about neighbor?", "(1 quote)", "Georgia neighbors"),  # singular
        ("what did Lavrov say about embassy?", "(2 quotes)", "embass"),
        # Reported speech or the headline among them: statements, not quotes.
        ("what did Lavrov say about Tbilisi?", "(2 statements)", "Tbilisi"),
    ],
)
def test_a_topic_is_counted_by_the_quotes_own_words(
    corpus: Database, question: str, lead: str, first: str
) -> None:
    answer = answer_question(corpus, question)
    assert lead in answer.lead
    assert first in (answer.hits[0].quote or "")


def test_another_quotes_words_do_not_lift_a_quote(corpus: Database) -> None:
    paragraphs = (
        # The second quote's paragraph says "bridge" only in the first quote: not about it.
        '"The bridge opens in May," Ada Kern said. "We are sorry for the delay," she added.',
        # The writer's words around a quote say what it is about: half weight.
        'Asked about the bridge, Kern said: "We did our best."',
    )
    saved = store_article(corpus, Article(title="Works", paragraphs=paragraphs))
    attribute(corpus, saved.article_id, "Ada Kern", "mayor", ["Kern"])
    (kern,) = search.find_speakers(corpus, "Kern")
    quotes = search.speaker_quotes(corpus, [kern.id], topic="bridges")
    assert [(q.text, q.score) for q in quotes] == [
        ("The bridge opens in May", 100.0),
        ("We did our best.", 50.0),
        ("We are sorry for the delay", 0.0),
    ]


# --- a word or two in quote marks ---------------------------------------------------------


def _gale(db: Database, *, statement: bool = True) -> None:
    """Rita Gale: a word or two quoted in the newest article, a statement in an older one."""
    articles: list[tuple[str, tuple[str, ...]]] = [
        (
            "2025-02-01",
            (
                'Gale called her critics "rapists" on Monday.',
                # A fragment with no clause around it: no reported statement of hers either.
                'She called the delay a "paperwork error" on Tuesday.',
            ),
        ),
    ]
    if statement:
        articles.append(
            ("2024-02-01", ('"The budget will be balanced by next spring," Rita Gale said.',))
        )
    for published, paragraphs in articles:
        saved = store_article(db, Article(title="Gale", published=published, paragraphs=paragraphs))
        attribute(db, saved.article_id, "Rita Gale", "senator", ["Gale"])


@pytest.mark.parametrize(
    ("question", "lead", "quotes"),
    [
        # Newest first, but the statement leads: words quoted follow it.
        (
            "what did Gale say?",
            "What Rita Gale said, newest first:",
            ["The budget will be balanced by next spring", "rapists", "paperwork error"],
        ),
        # Asked for, a word quoted is the answer, and counted.
        (
            "what did Gale say about rapists?",
            "about “rapists” (1 quote)",
            ["rapists", "The budget will be balanced by next spring", "paperwork error"],
        ),
        (
            "what did Gale say about the paperwork error?",
            "(1 quote)",
            ["paperwork error", "The budget will be balanced by next spring", "rapists"],
        ),
        (
            "what did Gale say about the budget?",
            "What Rita Gale said about “the budget” (1 quote)",
            ["The budget will be balanced by next spring", "rapists", "paperwork error"],
        ),
        (
            "/quote Rita Gale",
            "What Rita Gale said, newest first:",
            ["The budget will be balanced by next spring", "rapists", "paperwork error"],
        ),
    ],
)
def test_words_quoted_never_lead_a_speakers_list(
    corpus: Database, question: str, lead: str, quotes: list[str]
) -> None:
    _gale(corpus)
    answer = answer_question(corpus, question)
    assert answer.kind == AnswerKind.SPEAKER_QUOTES
    assert lead in answer.lead
    assert [hit.quote for hit in answer.hits] == quotes


def test_a_speaker_quoted_only_in_a_word_or_two_is_said_so(corpus: Database) -> None:
    _gale(corpus, statement=False)
    answer = answer_question(corpus, "what did Gale say?")
    assert answer.lead == "I have only a word or two quoted from Rita Gale, newest first:"
    assert [hit.quote for hit in answer.hits] == ["rapists", "paperwork error"]

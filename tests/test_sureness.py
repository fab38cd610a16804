"""Honest answers: exact words only when exact, a speaker only as sure as the article is."""

from __future__ import annotations

import pytest
from sqlite_utils import Database

from handlers.answer import answer_question
from handlers.records import Answer, ArticleRef, Hit
from handlers.render import render_html, render_json
from handlers.sureness import Sureness, credit, sureness
from store.ingest.batch import store_article
from store.models import Article, AttributionHow, QuoteKind

INTRO = "Ingrid Halvorsen, the fisheries minister, met the trawler crews on Monday."


def ask(db: Database, paragraphs: tuple[str, ...], question: str, title: str = "Quota") -> Answer:
    store_article(db, Article(title=title, paragraphs=paragraphs))
    return answer_question(db, question)


def test_reported_speech_is_never_in_quote_marks(fresh_db: Database) -> None:
    answer = ask(
        fresh_db,
        (
            "Ingrid Halvorsen, the fisheries minister, said that the quota talks would resume in "
            "the spring after the storms.",
        ),
        "who said the quota talks would resume in the spring",
    )
    (hit,) = answer.hits
    assert hit.kind is QuoteKind.INDIRECT
    assert answer.lead == (
        "Ingrid Halvorsen, the fisheries minister, said this, as the article reports it "
        "(not exact words):"
    )
    for text in (answer.text, render_html(answer)[0]):
        assert "“" not in text and "”" not in text  # no marks anywhere in the reply
        assert "reported, not exact words" in text
    assert render_json(answer)["hits"][0]["kind"] == "indirect"  # type: ignore[index]


def test_a_headline_claim_says_it_is_the_headlines(fresh_db: Database) -> None:
    answer = ask(
        fresh_db,
        (INTRO, "The talks in Bergen ended without a deal on the cod quota."),
        "who said the cod quota talks will resume",
        title="Cod quota talks will resume in spring — Halvorsen",
    )
    hit = answer.hits[0]
    assert hit.how is AttributionHow.HEADLINE
    assert answer.lead == (
        "The headline attributes these words to Ingrid Halvorsen, the fisheries minister:"
    )
    assert "— the headline, crediting Ingrid Halvorsen, the fisheries minister (not a quote)" in (
        answer.text
    )
    assert "“Cod quota" not in answer.text


def test_a_pronoun_speaker_is_named_only_as_probable(fresh_db: Database) -> None:
    answer = ask(
        fresh_db,
        (INTRO, '"The nets stay in port until the quota is signed," she said.'),
        "who said the nets stay in port until the quota is signed",
    )
    assert answer.lead == (
        "Probably Ingrid Halvorsen, the fisheries minister "
        "(the article names them there only by a pronoun):"
    )
    html = render_html(answer)[0]
    assert "Probably <b>Ingrid Halvorsen</b>, the fisheries minister (the article" in html
    assert "“The nets stay in port until the quota is signed”" in html  # exact words: marks


def test_a_name_at_the_cue_is_said_plainly(fresh_db: Database) -> None:
    answer = ask(
        fresh_db,
        ('"The nets stay in port until the quota is signed," said Ingrid Halvorsen.',),
        "who said the nets stay in port until the quota is signed",
    )
    assert answer.lead == "Ingrid Halvorsen said it:"
    assert "— Ingrid Halvorsen\n" in answer.text


def hit(confidence: float | None, how: AttributionHow | None, speaker: str | None) -> Hit:
    return Hit(
        article=ArticleRef(1, "T", None, None, None),
        snippet="words",
        score=90.0,
        quote="words",
        speaker=speaker,
        kind=QuoteKind.DIRECT,
        how=how,
        confidence=confidence,
    )


@pytest.mark.parametrize(
    ("confidence", "how", "speaker", "sure", "credited"),
    [
        (0.96, AttributionHow.SURNAME, "Ann Berg", Sureness.SURE, "Ann Berg"),
        (
            0.83,
            AttributionHow.DESCRIPTION,
            "Ann Berg",
            Sureness.PROBABLE,
            "probably Ann Berg (the article names them there only by their role)",
        ),
        (
            0.57,
            AttributionHow.NEARBY,
            "Ann Berg",
            Sureness.PROBABLE,
            "probably Ann Berg (no one is credited in the quote's own sentence)",
        ),
        (
            0.36,
            AttributionHow.RELATIVE,
            "Ann Berg",
            Sureness.UNCLEAR,
            "speaker not clear (perhaps Ann Berg)",
        ),
        (0.0, None, None, Sureness.NONE, "speaker not identified"),
        # Stored before the confidence existed (migration m006): as before, until reindexed.
        (None, None, "Ann Berg", Sureness.SURE, "Ann Berg"),
    ],
)
def test_credit_follows_the_confidence(
    confidence: float | None,
    how: AttributionHow | None,
    speaker: str | None,
    sure: Sureness,
    credited: str,
) -> None:
    found = hit(confidence, how, speaker)
    assert sureness(found) is sure
    assert credit(found, speaker or "").text == credited


def test_a_notification_hedges_as_the_answer_does(fresh_db: Database) -> None:
    from handlers.follows import notification_message
    from store.live.follows import add_follow, claim_delivery, queue_deliveries

    store_article(fresh_db, Article(title="Crews", paragraphs=(INTRO,)))  # Halvorsen is known
    store_article(
        fresh_db,
        Article(title="Quota", paragraphs=(INTRO, '"The nets stay in port," she said.')),
    )
    assert add_follow(fresh_db, 7, "Halvorsen") is not None
    store_article(
        fresh_db,
        Article(
            title="Quota again",
            paragraphs=(INTRO, '"The nets stay in port until spring," she said.'),
        ),
    )
    queue_deliveries(fresh_db)
    note = claim_delivery(fresh_db, 7, 3)
    assert note is not None
    assert "Probably <b>Ingrid Halvorsen</b>" in notification_message(note)

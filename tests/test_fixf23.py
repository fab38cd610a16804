"""Review fixes stop 23 (fixf23): reported statements with no "that" and no auxiliary
(store.quotes.bare_clauses): a simple past after the clause's subject, a bare addressee
after "told", a participle after a closing credit, a dateline before the statement."""

from __future__ import annotations

import pytest

from store.models import Article, QuoteKind
from store.quotes.extract import extract_quotes


def _reported(*paragraphs: str, title: str = "Harbour news") -> list[tuple[str, str | None]]:
    quotes = extract_quotes(Article(title=title, paragraphs=paragraphs)).quotes
    return [(q.text, q.speaker) for q in quotes if q.kind == QuoteKind.INDIRECT]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # A simple past is the bare clause's verb, as an auxiliary is.
        (
            ("Ada Kerr said the harbour board stood by its decision.",),
            [("the harbour board stood by its decision", "Ada Kerr")],
        ),
        (
            ("The editor, Ada Kerr, said the paper stood by its story.",),
            [("the paper stood by its story", "Ada Kerr")],
        ),
        # A lower-case plural subject after a word or two of its own.
        (
            ("Tom Lind said falling pupil numbers left the council no choice.",),
            [("falling pupil numbers left the council no choice", "Tom Lind")],
        ),
        (
            (
                "Tom Lind runs the ferries.",
                "Lind said rising fuel costs would close the ferry line.",
            ),
            [("rising fuel costs would close the ferry line", "Tom Lind")],
        ),
        # "told parliament", "told local radio": an addressee with no determiner.
        (
            ("Tom Lind told parliament the deficit had fallen.",),
            [("the deficit had fallen", "Tom Lind")],
        ),
        (
            ("The minister, Tom Lind, told parliament the deficit had fallen.",),
            [("the deficit had fallen", "Tom Lind")],
        ),
        (
            ("Tom Lind told local radio the ferry fleet would be replaced.",),
            [("the ferry fleet would be replaced", "Tom Lind")],
        ),
        (
            ("Tom Lind told parliament the harbour board sold the old pier.",),
            [("the harbour board sold the old pier", "Tom Lind")],
        ),
        # A participle after the closing credit goes on with the speaker's own words ("the
        # company" read as the firm named).
        (
            (
                "Acme Corp. will cut 300 jobs at its yards, the company said on Tuesday, "
                "blaming weak demand.",
            ),
            [("Acme Corp. will cut 300 jobs at its yards", "Acme Corp")],
        ),
        # A simple past shows the clause before a closing credit.
        (
            ("A strong storm shook the harbour town early Friday, police said.",),
            [("A strong storm shook the harbour town early Friday", "police")],
        ),
        # The dateline is no one's words.
        (
            (
                "PORT ARVEN, Norland (AP) — A strong storm shook the harbour town early Friday, "
                "police said.",
            ),
            [("A strong storm shook the harbour town early Friday", "police")],
        ),
    ],
)
def test_bare_clause_statements(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]
) -> None:
    assert _reported(*paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs",
    [
        # "said prayers offered by ...": a passive participle after a plural, no clause.
        ("Tom Lind said quiet prayers offered by the crews at the harbour wall.",),
        # "told a meeting being held in ...": a passive participle, no clause of its own.
        ("Tom Lind told a crowd gathering held in the town hall about the pier.",),
        # "told investigators in May ...": a preposition after a bare addressee is no subject,
        # and the month is no modal.
        ("Tom Lind told federal investigators in May about the pier and its owners.",),
        ("Tom Lind told investigators in May about the pier and its owners.",),
        # A relative's verb is no closing credit: "..., Ada Kerr, who added ...".
        ("The fleet lost three boats to rival Ada Kerr, who added to her lead.",),
        # "..., telling them ...": a participle handing on a clause of its own.
        (
            "On Monday, even as shares were falling, Tom Lind wrote to investors, telling them "
            "to hold on.",
        ),
        # "..., because, according to X, ...": the clause is still to come.
        (
            "Tom Lind went to the harbour, and he will go again next week, because, according "
            "to Lind, the press would mock him otherwise.",
        ),
    ],
)
def test_no_bare_clause_statement(paragraphs: tuple[str, ...]) -> None:
    texts = [text for text, _ in _reported(*paragraphs)]
    assert not any(
        text.startswith(("On Monday", "Tom Lind went", "The fleet lost", "about", "quiet"))
        for text in texts
    ), texts
    assert not any("held in" in text or "in May" in text for text in texts), texts


def _direct(*paragraphs: str, title: str = "Quarry plans") -> list[tuple[str, str | None]]:
    quotes = extract_quotes(Article(title=title, paragraphs=paragraphs)).quotes
    return [(q.text, q.speaker) for q in quotes if q.kind == QuoteKind.DIRECT]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # The next sentence names whose verdict the quote was.
        (
            (
                "\u201cIt will be dust and lorries.\u201d That was the verdict of Ada Kerr, a resident.",
            ),
            [("It will be dust and lorries.", "Ada Kerr")],
        ),
        (
            (
                "Tom Lind spoke first. \u201cIt will be dust and lorries.\u201d That was the blunt "
                "warning of Ada Kerr.",
            ),
            [("It will be dust and lorries.", "Ada Kerr")],
        ),
        # ... or where the words came from, a lower-case title before the name.
        (
            (
                "Tom Lind spoke first. \u201cIt will be dust and lorries.\u201d The words came from "
                "parish councillor Ada Kerr, who opposes the plan.",
            ),
            [("It will be dust and lorries.", "Ada Kerr")],
        ),
        # The older shape still holds.
        (
            (
                "Tom Lind spoke first. \u201cIt will be dust and lorries.\u201d That quote from Ada "
                "Kerr appeared in a flyer.",
            ),
            [("It will be dust and lorries.", "Ada Kerr")],
        ),
    ],
)
def test_next_sentence_names_the_owner(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]
) -> None:
    assert _direct(*paragraphs) == expected


def _spoken(*paragraphs: str) -> list[tuple[str, str | None, str | None]]:
    quotes = extract_quotes(Article(title="Flood night", paragraphs=paragraphs)).quotes
    return [(q.text, q.speaker, q.how) for q in quotes if q.kind == QuoteKind.DIRECT]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # A quote over three paragraphs, its mark closed and credited only in the last: the
        # first two are the credit's speaker's too, carried.
        (
            (
                "Ada Kerr was asleep when the water came.",
                "\u201cI remember my father shouting.",
                "\u201cWe stayed on the roof until morning.",
                "\u201cI still cannot sleep when it rains,\u201d she said.",
            ),
            [
                ("I remember my father shouting.", "Ada Kerr", "carried"),
                ("We stayed on the roof until morning.", "Ada Kerr", "carried"),
                ("I still cannot sleep when it rains", "Ada Kerr", "pronoun"),
            ],
        ),
        # A stray open mark inside narration starts no run.
        (
            (
                "Tom Lind runs the yard. (Acme says it builds \u201cmore boats.",
                "\u201cThe yard will close,\u201d Ada Kerr said.",
            ),
            [("more boats.", None, None), ("The yard will close", "Ada Kerr", "named")],
        ),
    ],
)
def test_open_run_takes_its_closing_credit(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _spoken(*paragraphs) == expected

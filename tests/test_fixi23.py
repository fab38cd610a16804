"""Review fixes stop 23 (fixi23): name particles before a German article (german_nouns), the
thing told read as the one told (bare_clauses), a description that asked someone
(described_speakers) and a relative who alone spoke (kin_bearers)."""

from __future__ import annotations

import pytest

from store.models import Article, QuoteKind
from store.quotes.extract import extract_quotes


def _speakers(kind: QuoteKind, *paragraphs: str) -> list[tuple[str, str | None]]:
    quotes = extract_quotes(Article(title="Town news", paragraphs=paragraphs)).quotes
    return [(q.text, q.speaker) for q in quotes if q.kind == kind]


def _speaker_of(text: str, *paragraphs: str) -> str | None:
    found = [who for quoted, who in _speakers(QuoteKind.DIRECT, *paragraphs) if quoted == text]
    assert found, f"no quote {text!r}"
    return found[0]


@pytest.mark.parametrize(
    ("paragraphs", "quote", "wrong"),
    [
        # "der" after a lower-case particle is part of the surname, no article.
        (
            (
                "Ursula von der Lindt, the commission chief, spoke on Monday.",
                "“We will not back down,” von der Lindt said.",
            ),
            "We will not back down",
            "der Lindt",
        ),
        (
            (
                "The architect Piet van der Hoek opened the hall on Friday.",
                "“Buildings should breathe,” van der Hoek said.",
            ),
            "Buildings should breathe",
            "der Hoek",
        ),
    ],
)
def test_a_particle_before_der_keeps_the_surname(
    paragraphs: tuple[str, ...], quote: str, wrong: str
) -> None:
    assert _speaker_of(quote, *paragraphs) not in (wrong, None)


def test_von_der_is_the_full_named_person() -> None:
    paragraphs = (
        "Ursula von der Lindt, the commission chief, spoke on Monday.",
        "“We will not back down,” von der Lindt said.",
    )
    assert _speaker_of("We will not back down", *paragraphs) == "Ursula von der Lindt"


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        # What is told is no hearer: the clause after it describes it, nobody's statement.
        ("Ada Kerr told jokes the crowd found funny, then left early.", None),
        ("Tom Lind told tales his father wrote during the war.", None),
        ("Ada Kerr told stories the children had never heard, then signed books.", None),
        # Kept: a person, a body or an outlet told.
        (
            "The minister told parliament the deficit had fallen to two percent.",
            "the deficit had fallen to two percent",
        ),
        (
            "Mayor Tom Lind told local radio the river would peak on Sunday.",
            "the river would peak on Sunday",
        ),
        ("Ada Kerr told reporters the talks would resume in May.", "the talks would resume in May"),
    ],
)
def test_a_bare_addressee_is_someone_told(sentence: str, clause: str | None) -> None:
    found = [text for text, _ in _speakers(QuoteKind.INDIRECT, sentence)]
    assert found == ([clause] if clause else [])


@pytest.mark.parametrize(
    ("paragraphs", "quote", "speaker"),
    [
        # The one asked may answer with a question: never the asker.
        (
            ("A reporter asked the mayor whether he would quit. “Why would I quit now?” he said.",),
            "Why would I quit now?",
            None,
        ),
        # Asking no one, the asker goes on asking.
        (
            (
                "Mayor Bo Renn spoke at the meeting.",
                "A worker asked about pensions. “Will we be paid?” he said.",
            ),
            "Will we be paid?",
            "A worker",
        ),
    ],
)
def test_a_question_after_asking_someone_is_not_the_askers(
    paragraphs: tuple[str, ...], quote: str, speaker: str | None
) -> None:
    found = _speaker_of(quote, *paragraphs)
    assert found == speaker if speaker else found != "A reporter"


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # The relative is the only bearer who spoke: the lone surname is hers.
        (
            (
                "Tom Kerr, a fisherman, died on Sunday. His widow, Ada Kerr, said he loved the sea.",
                "“He never missed a tide,” Kerr said.",
            ),
            "Ada Kerr",
        ),
        # Kept: the article's own person is alive and may speak yet (the old choice).
        (
            (
                "Tom Kerr, a fisherman, retired on Sunday. His wife, Ada Kerr, said he loved the sea.",
                "“I will miss the tides,” Kerr said.",
            ),
            "Tom Kerr",
        ),
        # Kept: the article's own person spoke too, so the relative is left out.
        (
            (
                "Tom Kerr, a fisherman, said the catch was poor. His wife, Ada Kerr, said he "
                "worked too hard.",
                "“I will go out again,” Kerr said.",
            ),
            "Tom Kerr",
        ),
    ],
)
def test_a_relative_who_alone_spoke_keeps_the_surname(
    paragraphs: tuple[str, ...], speaker: str
) -> None:
    quote = paragraphs[-1].split("“")[1].split(",”")[0]
    assert _speaker_of(quote, *paragraphs) == speaker

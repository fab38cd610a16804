"""Review fixes stop 23 (fixd23): French and German credits after a quote's closing mark
(store.quotes.foreign_cues), a faceless group's scare quote (scare_quotes) and a live page's
headline label (live_labels)."""

from __future__ import annotations

import pytest

from store.models import Article, QuoteKind
from store.quotes.extract import extract_quotes
from store.quotes.live_labels import live_label


def _direct(*paragraphs: str, title: str = "Harbour news") -> list[tuple[str, str | None]]:
    quotes = extract_quotes(Article(title=title, paragraphs=paragraphs)).quotes
    return [(q.text, q.speaker) for q in quotes if q.kind == QuoteKind.DIRECT]


_MAYOR_FR = "Le maire, Tom Lind, a dit comprendre."
_MAYOR_DE = "Der Bürgermeister Tom Lind sagte, er verstehe die Sorgen."


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # "», a <participle> NAME": the name after the participle, a description maybe first.
        (
            (_MAYOR_FR, "« C'est injuste pour les enfants », a estimé une mère d'élève, Ada Kerr."),
            [("C'est injuste pour les enfants", "Ada Kerr")],
        ),
        (
            ("« Nous ne fermerons pas », a déclaré Ada Kerr, porte-parole du syndicat local.",),
            [("Nous ne fermerons pas", "Ada Kerr")],
        ),
        (
            ("« Le port restera ouvert », précise Ada Kerr.",),
            [("Le port restera ouvert", "Ada Kerr")],
        ),
        # "», a-t-il ajouté": the pronoun's speaker, the mayor named before.
        (
            (
                "Le maire, Tom Lind, a dit comprendre. « Mais la décision vient d'ailleurs », "
                "a-t-il ajouté.",
            ),
            [("Mais la décision vient d'ailleurs", "Tom Lind")],
        ),
        (
            ("Ada Kerr, la directrice, a parlé.", "« Nous restons ouverts », explique-t-elle."),
            [("Nous restons ouverts", "Ada Kerr")],
        ),
        # A credit naming nobody we can read still stops the carry from the paragraph before.
        (
            (
                "« Nous verrons », a dit Tom Lind.",
                "« C'est trop tard », a déclaré un porte-parole.",
            ),
            [("Nous verrons", "Tom Lind"), ("C'est trop tard", None)],
        ),
        # German "“, sagte NAME": a role glued before the name, a place after it.
        (
            (
                _MAYOR_DE,
                "„Wir haben keine andere Wahl“, sagte Gewerkschaftschef Bo Renn in Kassel.",
            ),
            [("Wir haben keine andere Wahl", "Bo Renn")],
        ),
        (
            (_MAYOR_DE, "„Ich komme heute nicht“, sagte die Pendlerin Ada Kerr."),
            [("Ich komme heute nicht", "Ada Kerr")],
        ),
        (("„Es bleibt dabei“, so Bo Renn.",), [("Es bleibt dabei", "Bo Renn")]),
        (
            ("„Wir warten ab“, betonte Bo Renn.", "„Dann sehen wir weiter“, sagte er."),
            [("Wir warten ab", "Bo Renn"), ("Dann sehen wir weiter", "Bo Renn")],
        ),
    ],
)
def test_french_and_german_credits_after_the_mark(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]
) -> None:
    assert _direct(*paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # A faceless plural's claim opening with one word in marks: the writer's scare quote.
        (
            (
                "Professor Ada Kerr said it was old.",
                "Critics say the “research” behind many such diets is thin.",
            ),
            [],
        ),
        (("Some experts argue that the “cure” for the fever is worse.",), []),
        # Kept: a named speaker's phrase, a short answer, a fragment after a verb.
        (
            ("Senator Bo Renn said the “harbour cartel” is growing nervous.",),
            [("harbour cartel", "Bo Renn")],
        ),
        (("Asked if she would run, Ada Kerr said: “Never.”",), [("Never.", "Ada Kerr")]),
        (("Critics say the plan is “reckless” and should be dropped.",), [("reckless", "Critics")]),
    ],
)
def test_a_faceless_groups_scare_quote_is_nobodys(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]
) -> None:
    assert _direct(*paragraphs) == expected


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("latest updates", True),
        ("the latest", True),
        ("live updates", True),
        ("Live coverage from the coast", True),
        ("what we know so far", True),
        ("as it happened", True),
        # Statements after a colon stay statements.
        ("latest figures show a recovery", False),
        ("we will win", False),
        ("live with the risk or leave", False),
    ],
)
def test_live_page_labels(claim: str, label: bool) -> None:
    assert live_label(claim) is label


def test_a_live_page_headline_is_no_statement() -> None:
    article = Article(
        title="Storm Ivo: latest updates",
        paragraphs=("09:40 Transport secretary Ada Kerr says all ferries are cancelled.",),
    )
    headline = [q for q in extract_quotes(article).quotes if q.paragraph is None]
    assert headline == []

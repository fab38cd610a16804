"""“...,” the company said": the one company the headline or lede named, read back from
later paragraphs (store/quotes/lede_companies.py), and the nouns left as they were."""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes

SHARES = "Shares in the group fell 4 percent in early trading."


def _speakers(*paragraphs: str) -> list[str | None]:
    quotes = extract_quotes(Article(title="Business news", paragraphs=paragraphs)).quotes
    return [quote.speaker for quote in quotes]


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # A company's name ending ("Tiles" is none, "Bakeries" is one), a paragraph between.
        (
            (
                "Dunmore Bakeries cut 120 jobs on Tuesday.",
                SHARES,
                "“It has been a difficult year,” the company said.",
            ),
            ["Dunmore Bakeries"],
        ),
        # A company word before the name: a one-word name narration never reads as a body.
        (
            (
                "Garden tools maker Quellbrook is recalling 8,000 hedge trimmers.",
                "The company said it had received 14 reports of faults.",
            ),
            ["Quellbrook"],
        ),
        # The company in apposition, reported speech two paragraphs on.
        (
            (
                "Pembry Tiles, the maker of the Corris floor range, reported a loss on Friday.",
                SHARES,
                "The company said it would close its plant in Harwick.",
            ),
            ["Pembry Tiles"],
        ),
        # "The firm" as "the company" (the lexicon's ORGANISATION_WORDS holds both).
        (
            (
                "Dunmore Bakeries cut 120 jobs on Tuesday.",
                "The firm said it would close two shops.",
                "“It has been a difficult year,” the firm said.",
            ),
            ["Dunmore Bakeries", "Dunmore Bakeries"],
        ),
        # Words that open the sentence are no part of the name.
        (
            (
                "On Monday Dunmore Bakeries cut 120 jobs.",
                SHARES,
                "“It has been a difficult year,” the company said.",
            ),
            ["Dunmore Bakeries"],
        ),
        # A later "it" is that company too, once the lede said it is one.
        (
            (
                "Garden tools maker Quellbrook is recalling 8,000 hedge trimmers.",
                "The company said it had received 14 reports of faults.",
                "Quellbrook, founded in 1990, employs 300 people. It said it would pay refunds.",
            ),
            ["Quellbrook", "Quellbrook"],
        ),
    ],
)
def test_the_company_is_the_ledes_company(
    paragraphs: tuple[str, ...], speakers: list[str | None]
) -> None:
    assert _speakers(*paragraphs) == speakers


@pytest.mark.parametrize(
    "paragraphs",
    [
        # Two companies in the lede: no telling which one "the company" is.
        (
            "Dunmore Bakeries agreed on Monday to buy Harlow Foods for 40 million crowns.",
            SHARES,
            "“It is a good fit,” the company said.",
        ),
        # Another company described between the lede and the noun.
        (
            "Dunmore Bakeries cut 120 jobs on Tuesday.",
            "A rival company in Harwick also announced cuts.",
            "“It has been a difficult year,” the company said.",
        ),
        # A company described, not named, in the lede itself.
        (
            "Ada Kerr, who runs a small company in Harwick, sued Dunmore Bakeries on Monday.",
            SHARES,
            "“It has been a difficult year,” the company said.",
        ),
        # A body the lede names that nothing shows to be a company (a club) is not taken for one.
        (
            "Fans of the Harwick Chess Club marched through the town on Monday.",
            SHARES,
            "“It has been a difficult year,” the company said.",
        ),
        # Another company shown to be one after the lede: the noun may be that one.
        (
            "Dunmore Bakeries cut 120 jobs on Tuesday.",
            "Its flour supplier, the Harwick company Quorn, was also hit.",
            "“It has been a difficult year,” the company said.",
        ),
        # A person beside a company word is no company.
        (
            "Anna Quellbrook, a company director, was fined on Tuesday.",
            SHARES,
            "“It has been a difficult year,” the company said.",
        ),
        # A trade word before a person's name: a person, not a company.
        (
            "Mall developer Ada Kerr bought the Harwick site on Monday.",
            SHARES,
            "“It has been a difficult year,” the company said.",
        ),
        (
            "Cable supplier Ada Kerr won the contract on Monday.",
            SHARES,
            "“It has been a difficult year,” the company said.",
        ),
        # "developer" is as often a person's trade, whatever the first name.
        (
            "Mall developer Korvan Brandt bought the Harwick site on Monday.",
            SHARES,
            "“It has been a difficult year,” the company said.",
        ),
        # The company's head, not the company.
        (
            "Tom Varley, the head of the company, resigned on Tuesday.",
            SHARES,
            "“It has been a difficult year,” the company said.",
        ),
    ],
)
def test_the_company_stays(paragraphs: tuple[str, ...]) -> None:
    assert _speakers(*paragraphs)[-1] in ("the company", "The company")

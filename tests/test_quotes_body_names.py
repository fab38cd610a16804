"""A body's name with "of", "for", "on" or "and" in it is the body's, not a person's nor its last
word ("the Institute for Policy Studies", "the Committee for Peace and Justice")."""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes
from store.quotes.mentions import MentionKind, read_mention


@pytest.mark.parametrize(
    ("mention", "kind", "name"),
    [
        (
            "the Institute for Harbour Studies",
            MentionKind.ORGANISATION,
            "Institute for Harbour Studies",
        ),
        (
            "the Ministry of Coastal Affairs",
            MentionKind.ORGANISATION,
            "Ministry of Coastal Affairs",
        ),
        ("the Center for Rural Progress", MentionKind.ORGANISATION, "Center for Rural Progress"),
        (
            "the Committee for Peace and Justice",
            MentionKind.ORGANISATION,
            "Committee for Peace and Justice",
        ),
        ("the Board of Trustees", MentionKind.ORGANISATION, "Board of Trustees"),
        ("the Council on Coastal Trade", MentionKind.ORGANISATION, "Council on Coastal Trade"),
        (
            "the Senate Committee on Roads and Bridges",
            MentionKind.ORGANISATION,
            "Senate Committee on Roads and Bridges",
        ),
        ("the Bank of Halden", MentionKind.ORGANISATION, "Bank of Halden"),
        # A person after a body "on" is that person.
        (
            "Council on Harbour Affairs Executive Director Ada Kerr",
            MentionKind.NAME,
            "Ada Kerr",
        ),
        # People keep their titles with "of" in them.
        ("Secretary of State Ada Kerr", MentionKind.NAME, "Ada Kerr"),
        ("Minister of Coastal Affairs Ada Kerr", MentionKind.NAME, "Ada Kerr"),
        ("Justice Ada Kerr", MentionKind.NAME, "Ada Kerr"),
    ],
)
def test_a_body_name_with_of_for_and(mention: str, kind: MentionKind, name: str) -> None:
    found = read_mention(mention)
    assert found is not None and (found.kind, found.name) == (kind, name)


def test_a_quote_credited_to_a_body_with_for_goes_to_the_body() -> None:
    article = Article(
        title="Harbour fees",
        paragraphs=(
            "“The fees will drive the small boats away,” the Institute for Harbour Studies said.",
        ),
    )
    speakers = [quote.speaker for quote in extract_quotes(article).quotes]
    assert speakers == ["Institute for Harbour Studies"]

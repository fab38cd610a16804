"""A body named by a phrase is the body, not its last word with a role (lead, stop 28).

"Friends of the Earth said" credited "Earth" at 0.95, "Save the Children said" "Children" at
0.92: the capitalised words before the last one were read as its role.
"""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes
from store.quotes.mentions import MentionKind, read_mention


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("“The plan is a disgrace,” Friends of the Heath said.", "Friends of the Heath"),
        ("Keep the Commons said: “This is a tragedy.”", "Keep the Commons"),
        ("“We will stay,” said Medics Without Frontiers.", "Medics Without Frontiers"),
    ],
)
def test_a_body_named_by_a_phrase_speaks_whole(paragraph: str, speaker: str) -> None:
    paragraphs = ("The minister met campaigners in Dunmere on Monday.", paragraph)
    quotes = extract_quotes(Article(title="Heath plan", paragraphs=paragraphs)).quotes
    assert [quote.speaker for quote in quotes] == [speaker]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # A post opens these: the role and the surname, as before.
        ("Secretary of State Varga", "Varga", "Secretary of State"),
        ("Prime Minister Varga", "Varga", "Prime Minister"),
        ("Sen. Varga", "Varga", "Sen."),
        # A prefixed post is a post too (review28b: the body "Then-Secretary of State ..." at 0.96).
        ("Then-Secretary of State Varga", "Varga", "Then-Secretary of State"),
        ("Ex-Minister of Defence Varga", "Varga", "Ex-Minister of Defence"),
        ("Shadow Secretary of State Varga", "Varga", "Shadow Secretary of State"),
        # A person's full name after the phrase: the group is hers, read as before.
        ("Friends of Ines Varga", "Ines Varga", "Friends of"),
    ],
)
def test_a_post_before_a_surname_stays_a_role(text: str, name: str, role: str) -> None:
    mention = read_mention(text, 0)
    assert mention is not None
    assert (mention.kind, mention.name, mention.role) == (MentionKind.NAME, name, role)

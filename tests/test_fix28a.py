"""Reported statements that are no statements, or that run on; a group's cue kept to its
own clause (fix28a).

Every case is invented: names, places and words belong to no corpus.
"""

from __future__ import annotations

import pytest

from store.models import Article, QuoteKind
from store.quotes.extract import extract_quotes


def _quotes(paragraph: str) -> list[tuple[str, str | None, float, str]]:
    article = Article(title="Depot news", paragraphs=("Fares rise today in Carran.", paragraph))
    return [(q.kind, q.speaker, q.confidence, q.text) for q in extract_quotes(article).quotes]


def _statements(paragraph: str) -> list[tuple[str | None, float, str]]:
    return [
        (who, conf, text)
        for kind, who, conf, text in _quotes(paragraph)
        if kind == QuoteKind.INDIRECT
    ]


# store.quotes.unsaid_speech: an act that asserts nothing reports no statement, and the
# fronted words before it are the writer's.
@pytest.mark.parametrize(
    "paragraph",
    [
        # "said nothing": the claim before it is what she was asked about, not her words
        "Responding to the claim that the depot would close, Ilse Roth said nothing.",
        "The depot would close, Ilse Roth said nothing.",
        # a fronted answering phrase is the writer's setting, even before a real cue
        "Reacting to reports that the yard would shut, the ferry would stay, Ilse Roth said.",
        # modal and intended speech: nothing said yet
        "Ada Morrell could settle it by telling Tam Vane that he will lose the seat.",
        "Ada Morrell could tell Tam Vane that he will lose the seat.",
        "Ada Morrell should say that the seat is safe.",
        "Ada Morrell wants to tell voters that the seat is safe.",
        "Ada Morrell hopes to tell voters that the seat is safe.",
        "Ada Morrell might also tell voters that the seat is safe.",
        "Ada Morrell could have told Tam Vane that the seat is safe.",
        "Ada Morrell can convince them by arguing that the seat is safe.",
    ],
)
def test_no_statement_when_nothing_is_said(paragraph: str) -> None:
    assert _statements(paragraph) == []


# Look-alikes that still report a statement.
@pytest.mark.parametrize(
    ("paragraph", "statement"),
    [
        # "nothing" opens the clause she said
        ("Ilse Roth said nothing would change at the depot.", "nothing would change at the depot"),
        ("Ilse Roth said little would change at the depot.", "little would change at the depot"),
        # the modal is inside the statement, not on the cue
        (
            "Ada Morrell said she could tell Tam Vane that he will lose the seat.",
            "she could tell Tam Vane that he will lose the seat",
        ),
        # a gerund subject, not an answering phrase
        ("Raising fares would hurt families, Ilse Roth said.", "Raising fares would hurt families"),
        (
            "Responding to the claim, Ilse Roth said the figures were wrong.",
            "the figures were wrong",
        ),
        # a surname that is a modal word
        ("Dora Shall said on Tuesday that the depot would close.", "the depot would close"),
        ("Ines Might told reporters the depot would close.", "the depot would close"),
        # a real act by a gerund, no modal governing it
        (
            "Ada Morrell began by telling the crowd that the depot would close.",
            "the depot would close",
        ),
    ],
)
def test_statement_still_reported(paragraph: str, statement: str) -> None:
    assert statement in [text for _, _, text in _statements(paragraph)]


def _direct(paragraph: str) -> dict[str, str | None]:
    article = Article(
        title="Budget news",
        paragraphs=("Lena Aske unveiled her programme in Carran on Monday.", paragraph),
    )
    return {q.text: q.speaker for q in extract_quotes(article).quotes if q.kind == QuoteKind.DIRECT}


# store.quotes.own_clause_leads: a quote with its own subject and naming verb after ", but"
# or "; " is not the group's, whose cue came first in the sentence.
@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("Critics call her programme “a slow ruin”, but she calls it “a fair start”.", "Lena Aske"),
        ("Critics call it “a slow ruin”; Aske calls it “a fair start”.", "Lena Aske"),
        ("Rivals label the plan “a gamble”; Tam Vell calls it “a fair start”.", "Tam Vell"),
        # a role nobody named: nobody's, never the critics'
        ("Critics call it “a slow ruin”, but the mayor calls it “a fair start”.", None),
    ],
)
def test_own_clause_keeps_its_quote(paragraph: str, speaker: str | None) -> None:
    assert _direct(paragraph).get("a fair start") == speaker


# Look-alikes: no subject of its own, or no verb, after the break: still the group's words.
@pytest.mark.parametrize(
    ("paragraph", "quote"),
    [
        ("Critics call it “a slow ruin”, and call its author “a dreamer”.", "a dreamer"),
        ("Critics call it “a slow ruin”, and “a con”.", "a con"),
        ("Critics call it “a slow ruin” and “a con”.", "a con"),
    ],
)
def test_group_cue_goes_on(paragraph: str, quote: str) -> None:
    assert _direct(paragraph).get(quote) == "Critics"


# store.quotes.reported_runons: the statement stops before the writer's coordinated clause,
# even when a time phrase or a counted subject opens it.
@pytest.mark.parametrize(
    "paragraph",
    [
        "Mira Hale said the cranes would stay, yet the board decided last week that the yard would shut.",
        "Mira Hale said the cranes would stay, but last week the board decided that the yard would shut.",
        "Mira Hale said the cranes would stay, but in March the board decided that the yard would shut.",
        "Mira Hale said the cranes would stay, but two members of the board voted to shut the yard.",
    ],
)
def test_statement_stops_at_the_writers_clause(paragraph: str) -> None:
    assert ("Mira Hale", "the cranes would stay") in [
        (who, text) for who, _, text in _statements(paragraph)
    ]


# Look-alikes: the clause after the joiner is still governed by the speech verb.
@pytest.mark.parametrize(
    ("paragraph", "statement"),
    [
        (
            "Mira Hale said the cranes would stay and that the yard would not shut.",
            "the cranes would stay and that the yard would not shut",
        ),
        (
            "Mira Hale said the cranes would stay, but that the sheds would go.",
            "the cranes would stay, but that the sheds would go",
        ),
        (
            "Mira Hale said the cranes would stay, but only for a year.",
            "the cranes would stay, but only for a year",
        ),
        # a modal: as often her own clause, read as before
        (
            "Mira Hale said the cranes would stay, but most of the sheds would go.",
            "the cranes would stay, but most of the sheds would go",
        ),
    ],
)
def test_statement_goes_on(paragraph: str, statement: str) -> None:
    assert statement in [text for _, _, text in _statements(paragraph)]

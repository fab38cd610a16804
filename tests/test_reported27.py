"""Plainly reported statements the extractor used to miss: a subject naming places before the
marks that carry its verb, an inverted cue with its speaker's description inside the
statement, "he" for a full-named person of unknown sex brought in with a role, a quote inside
the quote closing before the cue's comma, the writer's clause before a quote its cue splits,
a long time-and-place phrase before "that", and "responding that". Look-alikes stay unread."""

from __future__ import annotations

import pytest

from store.models import Article, QuoteKind
from store.quotes.extract import extract_quotes
from tests.reported_cases import BERG, HOLM, INTRO


def reported_after(intro: str, paragraph: str) -> list[tuple[str, str | None]]:
    """The indirect quotes of `paragraph` written after `intro`, as (text, speaker)."""
    found = extract_quotes(Article(title="A headline", paragraphs=(intro, paragraph)))
    return [
        (q.text, q.speaker)
        for q in found.quotes
        if q.kind == QuoteKind.INDIRECT and q.paragraph == 1
    ]


CASES = [
    # A subject of names and joiners before the marks, the quoted words opening with its verb.
    (
        INTRO,
        "Berg said ports such as Bodo and Narvik “have more history,” while others do not.",
        [("ports such as Bodo and Narvik “have more history,”", BERG)],
    ),
    # Marks after a name but no verb opening them, or a comma before them: no clause.
    (INTRO, "Berg thanked Holm “for everything he has done.”", []),
    (INTRO, "Berg said Monday “we will sail before the storm.”", []),
    # An inverted credit with a description of its speaker, inside its statement.
    (
        INTRO,
        "The trouble with the fleet, says Lars Holm, a captain at Bodo harbour, is that it was"
        " never finished.",
        [
            (
                "The trouble with the fleet, says Lars Holm, a captain at Bodo harbour, is that"
                " it was never finished",
                HOLM,
            )
        ],
    ),
    # A direct quote split by the inverted credit, and no verb after it: nothing reported.
    (INTRO, "“The fleet is old,” says Holm, a captain at Bodo, “and it leaks.”", []),
    (INTRO, "The fleet, says Holm, a relic of the war years.", []),
    # "He" for a full name whose sex no list knows, introduced with a role.
    (
        "Tarvo Lindqvist, a pollster for the harbour union, wrote a memo on Monday.",
        "He writes Holm has “built a lead among both crews and owners.”",
        [("Holm has “built a lead among both crews and owners.”", "Tarvo Lindqvist")],
    ),
    # Without a role, a name of unknown sex stays too unsure for "he".
    (
        "Former harbour speechwriter Tarvo Lindqvist wrote a memo on Monday.",
        "He wrote that Holm “has built a lead among both crews and owners.”",
        [],
    ),
    # An inverted credit whose description runs on in a "who" clause to the sentence's end.
    (
        INTRO,
        "The water had been brown for weeks, said a woman who lives near the harbour.",
        [("The water had been brown for weeks", "a woman")],
    ),
    # A name's "who" clause after an inverted credit is more than a cue: left alone.
    (INTRO, "The water was brown, said Holm who then left the harbour for good.", []),
    # A place read as a name is no one "he" can report for.
    (
        "South Dover voted on the quota on Monday.",
        "He writes the council has “built a lead among both crews and owners.”",
        [],
    ),
    # A quote inside the quote closes before the comma that ends the statement.
    (
        INTRO,
        "The stoppage came down to “skippers warning the board, 'no more cuts,'” Holm said.",
        [("The stoppage came down to “skippers warning the board, 'no more cuts,'”", HOLM)],
    ),
    # The writer's clause ending in a quote the cue splits: the clause is the statement.
    (
        INTRO,
        "The harbour vote shows “the crews still trust the old plan,” Berg says, “though I"
        " doubt it.”",
        [("The harbour vote shows “the crews still trust the old plan,”", BERG)],
    ),
    # An opening before a split quote is no statement of hers.
    (INTRO, "When the rule takes effect, “nobody will fish,” Berg said, “not even me.”", []),
    (INTRO, "Remarking on the “vast catch,” Berg said, “It was luck and nothing more.”", []),
    # A time and a place of eleven words before "that".
    (
        INTRO,
        "Holm said Thursday during a meeting of the harbour board in Bodo, Nordland, that the"
        " quota would fall.",
        [("the quota would fall", HOLM)],
    ),
    # An object and its appositive before "that": the object's relative clause.
    (
        INTRO,
        "Holm told the story of the flooded town — a place that the river took in 1910 and"
        " never gave back.",
        [],
    ),
    # "responding that" reports; "responding to" does not.
    (
        INTRO,
        "Berg refused to discuss the quota, responding that she is “not going to go into it.”",
        [("she is “not going to go into it.”", BERG)],
    ),
    (INTRO, "Berg replied at once, responding to the crews before the vote.", []),
    # The writer's narration with "said" inside a relative clause or an "as" aside.
    (INTRO, "The harbour, which Holm said last year was too small, reopened on Monday.", []),
    (INTRO, "The quota is too low, as Holm said last year, and the fleet is shrinking.", []),
]


@pytest.mark.parametrize(("intro", "paragraph", "expected"), CASES)
def test_plainly_reported_statements(
    intro: str, paragraph: str, expected: list[tuple[str, str | None]]
) -> None:
    assert reported_after(intro, paragraph) == expected

"""Stop 23's new cue rules, kept to their shapes (review23's bugs 1, 2, 4 and 5).

A verb joined by "and" shares only a subject's cue, never an object's (store.quotes.
joined_verbs); "quoted ... as saying" has an object only in the active (store.quotes.
quoted_objects); a "with X -ing" phrase holds the marks only when it speaks and no cue follows
it (store.quotes.with_subjects); "and" opens a clause only after a finite verb and before a
true auxiliary (store.quotes.and_clauses).
"""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes


def _speakers(paragraph: str, kind: str) -> list[str | None]:
    """The speakers of the quotes of one kind in a one-paragraph article."""
    article = Article(title="Port row", paragraphs=(paragraph,))
    return [q.speaker for q in extract_quotes(article).quotes if q.kind == kind]


@pytest.mark.parametrize(
    ("paragraph", "kind", "speakers"),
    [
        # Lind is whom Kerr watched; "and said" joins Kerr's "watched", not "announce".
        (
            "Ada Kerr watched Tom Lind announce the deal and said, “It is a fine day.”",
            "direct",
            ["Ada Kerr"],
        ),
        (
            "Ada Kerr let Tom Lind speak first and then said the port would stay open.",
            "indirect",
            ["Ada Kerr"],
        ),
        # What Lind said is his; what Kerr said after "and said" is hers.
        (
            "Ada Kerr heard Tom Lind say the port was lost and said she agreed with him.",
            "indirect",
            ["Tom Lind", "Ada Kerr"],
        ),
        # An object pronoun before a bare infinitive is no subject either.
        (
            "Tom Lind spoke. Ada Kerr watched him announce the deal and said, “It is a fine day.”",
            "direct",
            ["Ada Kerr"],
        ),
        (
            "Tom Lind spoke. Ada Kerr let him speak first and then said, “It is a fine day.”",
            "direct",
            ["Ada Kerr"],
        ),
        # Kept: the cue's subject goes on speaking after "and".
        (
            "Ada Kerr met Tom Lind. He called her “soft” and said she had “no friends left” now.",
            "direct",
            ["Tom Lind", "Tom Lind"],
        ),
    ],
)
def test_and_joins_a_verb_to_its_subjects_cue_only(
    paragraph: str, kind: str, speakers: list[str | None]
) -> None:
    assert _speakers(paragraph, kind) == speakers


@pytest.mark.parametrize(
    ("paragraph", "kind", "speakers"),
    [
        # The passive has no object: what follows "quoted"/"cited" is by whom or where.
        (
            "Ada Kerr was cited by Tom Lind as saying, “We will not sell the port.”",
            "direct",
            ["Ada Kerr"],
        ),
        (
            "Ada Kerr was quoted by the Harbour News as saying, “We will not sell the port.”",
            "direct",
            ["Ada Kerr"],
        ),
        (
            "Ada Kerr was quoted by the Harbour News as saying that the port would not be sold.",
            "indirect",
            ["Ada Kerr"],
        ),
        (
            "Ada Kerr, quoted by the Harbour News as saying the port would not be sold, later "
            "denied it.",
            "indirect",
            ["Ada Kerr"],
        ),
        # Kept: the active's object speaks, not the paper that quotes.
        (
            "The Harbour News quoted an aide to Ada Kerr as saying, “We will not sell the port.”",
            "direct",
            ["an aide to Ada Kerr"],
        ),
        (
            "Ada Kerr was often quoted as saying, “We will not sell the port.”",
            "direct",
            ["Ada Kerr"],
        ),
    ],
)
def test_quoted_as_saying_has_an_object_only_in_the_active(
    paragraph: str, kind: str, speakers: list[str | None]
) -> None:
    assert _speakers(paragraph, kind) == speakers


@pytest.mark.parametrize(
    ("paragraph", "speakers"),
    [
        # A cue after the phrase speaks the marks; "fuming", "pending" say nothing.
        (
            "Tom Lind met Ada Kerr. Lind left the talks with Kerr fuming and said the deal was "
            "“dead in the water.”",
            ["Tom Lind"],
        ),
        (
            "Tom Lind sued Ada Kerr. Lind reached a deal with Kerr pending review and said it "
            "was “a fair outcome.”",
            ["Tom Lind"],
        ),
        # Kept: the phrase's subject calls it, the main clause's cue spoke of something else.
        (
            "The campaign denied it, with Bo Renn taking to the radio to call Ada Kerr “totally "
            "confused.”",
            ["Bo Renn"],
        ),
        ("With Bo Renn taking notes, Ada Kerr called the plan “a gift to the rich.”", ["Ada Kerr"]),
    ],
)
def test_a_with_phrase_holds_the_marks_only_when_it_speaks(
    paragraph: str, speakers: list[str | None]
) -> None:
    assert _speakers(paragraph, "direct") == speakers


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # Two subjects of one verb: the words are both's, not the last name's alone.
        ("Dock workers and Tom Lind later branded the plan “a betrayal of the town.”", None),
        ("Dock workers and Tom Lind have branded the plan “a betrayal of the town.”", None),
        # "and the" before a body's name and an auxiliary opens a clause too.
        (
            "Tom Lind will call you a cheat and the Acme Corp. will say you faked “a betrayal "
            "of the town.”",
            "Acme Corp",
        ),
        # Kept: a finite verb before "and", a name and a true auxiliary after it.
        (
            "Tom Lind will call you a cheat and Ada Kerr will say you faked “a betrayal of the "
            "town.”",
            "Ada Kerr",
        ),
        (
            "Ada Kerr and Tom Lind have called the plan “a betrayal of the town.”",
            "Ada Kerr and Tom Lind",
        ),
    ],
)
def test_and_opens_a_clause_after_a_finite_verb_only(paragraph: str, speaker: str | None) -> None:
    assert _speakers(paragraph, "direct") == [speaker]

"""Speakers of whole direct quotes, stop 23 (issue 11): an opening no comma closes ("Later she
ended by saying", "When he landed he began by saying") still leaves the main clause's
pronoun as the -ing cue's speaker (store.quotes.unpunctuated_openings)."""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes

LEDE = "Judge Ada Kerr took a short recess before the council vote."
WORDS = "“We are here to talk about the pier.”"


def _last_speaker(*paragraphs: str) -> str | None:
    """The speaker of the last direct quote of the article's last paragraph."""
    article = Article(title="Council", paragraphs=(LEDE, *paragraphs))
    last = len(paragraphs)
    quotes = [q for q in extract_quotes(article).quotes if q.paragraph == last]
    return [q.speaker for q in quotes if q.kind == "direct"][-1]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # A subordinate clause with its own subject and no comma: the second pronoun opens
        # the main clause, whose -ing cue it speaks.
        (f"When she returned she began by saying, {WORDS}", "Ada Kerr"),
        (f"After the break ended she opened by saying, {WORDS}", "Ada Kerr"),
        (f"When asked she began by saying, {WORDS}", "Ada Kerr"),
        # A one-word adverb of time and no comma: the pronoun right after it.
        (f"Later she ended by saying, {WORDS}", "Ada Kerr"),
        # As before: the comma closes the opening.
        (f"Later, she ended by saying, {WORDS}", "Ada Kerr"),
        # "Later Tuesday" is a time, not a subject: no pronoun right after the adverb, and
        # nothing read as the subject.
        (f"Later Tuesday she ended by saying, {WORDS}", None),
    ],
)
def test_opening_without_comma(paragraph: str, speaker: str | None) -> None:
    assert _last_speaker(paragraph) == speaker


@pytest.mark.parametrize(
    ("lede", "speaker"),
    [
        # A plural title before the first of two names is a title, not part of the name, also
        # before a first name no list knows (store.quotes.lexicon ROLE_WORDS).
        (
            "Sens. Rand Kerr (Ky.) and Marco Renn (Fla.) debated tax credits on Tuesday.",
            "Rand Kerr",
        ),
        ("Reps. Rand Kerr and Marco Renn wrote the harbour bill.", "Rand Kerr"),
        ("Govs. Rand Kerr and Marco Renn met on Tuesday.", "Rand Kerr"),
    ],
)
def test_plural_title_before_names(lede: str, speaker: str) -> None:
    article = Article(
        title="Debate", paragraphs=(lede, "“We must settle what is fair,” Kerr said.")
    )
    assert [q.speaker for q in extract_quotes(article).quotes if q.paragraph == 1] == [speaker]


@pytest.mark.parametrize(
    "paragraph",
    [
        # "Here’s X:" lays out X's words; the contraction is no part of X's name
        # (store.quotes.opening_words), which resolves to the full name the lede gives.
        "Here’s Kerr in December 2012: “Our next course must rest on the harbour.”",
        "Here's Kerr on taxes: “We will cut them for every family in the state.”",
    ],
)
def test_here_is_opens_no_name(paragraph: str) -> None:
    assert _last_speaker(paragraph) == "Ada Kerr"


def _speakers(paragraph: str) -> list[tuple[str, str | None]]:
    """(kind, speaker) of every quote of the article's last paragraph."""
    article = Article(title="Council", paragraphs=(LEDE, "Senator Tom Lind spoke too.", paragraph))
    return [(q.kind, q.speaker) for q in extract_quotes(article).quotes if q.paragraph == 2]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # The one quoted "as saying" speaks, not the outlet relaying the words
        # (store.quotes.quoted_objects), direct or reported.
        (
            "The Harbour News quoted Kerr as saying, “The pier will never open.”",
            [("direct", "Ada Kerr")],
        ),
        (
            "The Harbour News quoted Kerr as saying the pier would close next year.",
            [("indirect", "Ada Kerr")],
        ),
        (
            "The paper cited Lind as saying the pier “will never open.”",
            [("indirect", "Tom Lind"), ("direct", "Tom Lind")],
        ),
        ("Kerr quoted Lind as saying, “The pier will never open.”", [("direct", "Tom Lind")]),
        # Passive: no object, the subject was quoted.
        ("Kerr was quoted as saying, “The pier will open.”", [("direct", "Ada Kerr")]),
        # An unnamed object: the description, never the relaying outlet.
        (
            "Reuters quoted an aide to Kerr as saying: “The pier will never open.”",
            [("direct", "an aide to Kerr")],
        ),
    ],
)
def test_quoted_as_saying(paragraph: str, expected: list[tuple[str, str | None]]) -> None:
    assert _speakers(paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # Two speakers in one sentence: a later clause, after a comma and a joining word,
        # introduces the second quote with its colon (store.quotes.colon_clauses).
        ("“It is a good deal,” Kerr said, but Lind disagreed: “No, it is not.”", "Tom Lind"),
        (
            "“It is a good deal,” Kerr insisted, before Lind cut her off: “No, it is not.”",
            "Tom Lind",
        ),
        ("Kerr called it a good deal, but Lind had other ideas: “No, it is not.”", "Tom Lind"),
        # The same speaker in the later clause: still hers.
        ("“It is a good deal,” Kerr said, as she has before: “We will win.”", "Ada Kerr"),
        # A cue of its own in the later clause, as before.
        ("“It is a good deal,” Kerr said, and Lind shot back: “No, it is not.”", "Tom Lind"),
    ],
)
def test_later_clause_introduces_second_quote(paragraph: str, speaker: str) -> None:
    assert _speakers(paragraph)[-1] == ("direct", speaker)


@pytest.mark.parametrize(
    "paragraph",
    [
        # "So"/"Thus" invert the verb of the next sentence's credit: the name after it speaks
        # (store.quotes.adverb_inversions); "Thus" was read as the speaker's name.
        "“We will lose the vote.” So said Lind.",
        "“We will lose the vote.” Thus spoke Lind.",
        "“We will lose the vote,” so said Lind on Monday.",
        "“We will lose the vote.” Or so said Lind.",
    ],
)
def test_so_said(paragraph: str) -> None:
    # Kerr spoke last: a quote carried on without its credit would be hers.
    spoke = "Senator Tom Lind spoke too. “The vote is ours,” Kerr said."
    article = Article(title="Council", paragraphs=(LEDE, spoke, paragraph))
    quotes = [(q.kind, q.speaker) for q in extract_quotes(article).quotes if q.paragraph == 2]
    assert quotes == [("direct", "Tom Lind")]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # "aide to X" is the aide, never X (store.quotes.name_starts): no name the cast
        # knows, so the description itself.
        ("An aide to Kerr said: “The pier will never open.”", [("direct", "An aide to Kerr")]),
        ("“The pier will never open,” an aide to Kerr said.", [("direct", "an aide to Kerr")]),
        # The name before the appositive speaks, not the one the aide serves.
        (
            "Bo Renn, the former top aide to Senator Tom Lind, said: “The pier will never open.”",
            [("direct", "Bo Renn")],
        ),
    ],
)
def test_aide_to_someone(paragraph: str, expected: list[tuple[str, str | None]]) -> None:
    assert _speakers(paragraph) == expected

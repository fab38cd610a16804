"""Credits after and around a quote, stop 22 (issue 11): a credit without a speech verb names
the quote's owner (store.quotes.owner_credits), two people named together take no carried
quote (store.quotes.joint_carries), an -ing cue after a who-clause is the clause subject's
and a plural noun before a relative clause is a group (store.quotes.relative_ing_cues)."""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes

LEDE = "Sen. Ada Kerr and Gov. Tom Vance spoke at the harbour rally on Monday."
# Spoken by Vance, then a quote credited only by the next sentence.
VANCE_FIRST = "“We will win the fall,” Vance said. “The plan will ruin the harbour.” "


def _quotes(*paragraphs: str) -> list[tuple[str | None, float]]:
    """(speaker, confidence) of the direct quotes of the article's last paragraph."""
    article = Article(title="Rally", paragraphs=(LEDE, *paragraphs))
    last = len(paragraphs)
    return [
        (q.speaker, q.confidence)
        for q in extract_quotes(article).quotes
        if q.paragraph == last and q.kind == "direct"
    ]


def _last_speaker(*paragraphs: str) -> str | None:
    return _quotes(*paragraphs)[-1][0]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # The next sentence's subject is the words, owned "from"/"by" someone: theirs, not
        # Vance's (who spoke the sentence before).
        (VANCE_FIRST + "That quote from Mayor Bo Renn appeared in a flyer.", "Bo Renn"),
        (VANCE_FIRST + "Those words, from Mayor Bo Renn, appeared in a flyer.", "Bo Renn"),
        (VANCE_FIRST + "The remark by Mayor Bo Renn drew boos.", "Bo Renn"),
        # Kept: a next sentence about something else leaves the quote carried on to Vance.
        (VANCE_FIRST + "That flyer from the port was read aloud.", "Tom Vance"),
    ],
)
def test_a_credit_in_the_next_sentence_names_the_owner(paragraph: str, speaker: str) -> None:
    assert _last_speaker("Mayor Bo Renn joined them.", paragraph) == speaker


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # "in X's words" ends the quote's sentence: X's, not the nearby speaker's.
        (
            "Mayor Bo Renn spoke next. “The plan will ruin the harbour,” in Kerr's words.",
            "Ada Kerr",
        ),
        (
            "Mayor Bo Renn spoke next. “The plan will ruin the harbour,” in the words of Ada Kerr.",
            "Ada Kerr",
        ),
        # An unnamed owner: its description, never the nearby named speaker.
        (
            "Kerr spoke. She dislikes “shocks,” in the words of one top aide, and left.",
            "one top aide",
        ),
        # Kept: "to quote X," before the marks already named X.
        (
            "Mayor Bo Renn spoke next. To quote Ada Kerr, “the plan will ruin the harbour.”",
            "Ada Kerr",
        ),
    ],
)
def test_in_the_words_of(paragraph: str, speaker: str) -> None:
    assert _last_speaker(paragraph) == speaker


@pytest.mark.parametrize(
    "paragraphs",
    [
        # A cue-less quote opening the paragraph after the pair is neither's.
        ("“The plan will ruin the harbour.”",),
        ("“The plan will ruin the harbour.” The rally ran late.",),
        ("“The plan will ruin the harbour.”", "“And the fleet with it.”"),
    ],
)
def test_two_people_named_together_take_no_carried_quote(paragraphs: tuple[str, ...]) -> None:
    speaker, confidence = _quotes(*paragraphs)[0]
    assert speaker is None or confidence < 0.7


def test_a_lone_speaker_still_carries_on() -> None:
    # Kept: after one speaker, the next paragraph's cue-less quote is still hers.
    assert _last_speaker("“We will win,” Kerr said.", "“The plan will ruin the harbour.”") == (
        "Ada Kerr"
    )


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # "praising “": a cue, after the who-clause its subject's (store.quotes.quoting_verbs).
        (
            "Kerr was rallying for Bo Renn, who worked the crowd, praising “the brave dockers.”",
            "Bo Renn",
        ),
        (
            "Kerr was rallying for Bo Renn, who worked the crowd, blasting “the greedy owners.”",
            "Bo Renn",
        ),
        # Plural nouns for ordinary people are groups after "where" and before "who".
        (
            "Kerr spoke near the mill, where dockers had gathered, chanting “no more cuts.”",
            "dockers",
        ),
        (
            "Kerr thanked the vendors, who stood in the rain, chanting “no more cuts.”",
            "the vendors",
        ),
        (
            "Kerr thanked the commuters, who stood in the rain, chanting “no more cuts.”",
            "the commuters",
        ),
        # A plural no list knows, before "who": still a group's chant, never Kerr's.
        ("Kerr thanked the jugglers, who stood in the rain, chanting “no more cuts.”", None),
    ],
)
def test_ing_cues_after_relative_clauses(paragraph: str, speaker: str | None) -> None:
    assert _last_speaker(paragraph) == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # "praised “...”" cues the words in marks: the praiser's, not the earlier speaker's.
        (
            ("Kerr said the port was ready, and Mayor Bo Renn praised “the finest crews.”",),
            "Bo Renn",
        ),
        # Kept: "praised the plan" is narration, no cue: the next quote is not carried to him
        # (tests/test_quotes_no_speaker19.py).
        (("Mayor Bo Renn praised the crews.", "“We need more of them.”"), None),
    ],
)
def test_praise_cues_only_a_quote_right_after_it(
    paragraphs: tuple[str, ...], speaker: str | None
) -> None:
    assert _last_speaker(*paragraphs) == speaker


@pytest.mark.parametrize(
    "paragraph",
    [
        # review22b: a possessive owner is someone else ("Renn's rival"), never Renn.
        "Ada Kerr told the crowd: “Bo Renn lied to you.” That remark from Bo Renn's rival drew cheers.",
        "Ada Kerr told the crowd: “Bo Renn lied to you.” That remark from Bo Renn’s rival drew cheers.",
    ],
)
def test_a_possessive_owner_in_the_next_sentence_credits_no_one_named(paragraph: str) -> None:
    quotes = extract_quotes(Article(title="Rally", paragraphs=(paragraph,))).quotes
    assert [q.speaker for q in quotes] == ["Ada Kerr"]


@pytest.mark.parametrize(
    ("lede", "speaker"),
    [
        # review22b: a body's "&" or one word each side of "and" is one name, carried on.
        ("Holm & Berg said on Monday that sales fell in the spring.", "Holm & Berg"),
        ("Lind and Sorrel said on Monday that sales fell in the spring.", "Lind and Sorrel"),
    ],
)
def test_a_bodys_joined_name_is_no_pair_of_people(lede: str, speaker: str) -> None:
    paragraphs = (lede, "“We expect a better autumn.”")
    quotes = extract_quotes(Article(title="Sales", paragraphs=paragraphs)).quotes
    assert [q.speaker for q in quotes if q.paragraph == 1] == [speaker]

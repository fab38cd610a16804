"""Subjects of an inner speech verb that name no speaker: a people, a place, a poll's share.

Invented text. Each "not credited" case fails when quoted words inside a paraphrase go to a
nationality ("Canadians will say"), a place inside someone's description ("a nurse from
Dunmore, Vermont, told"), a share in a sentence naming its poll, the subject a "so-called"
label reads as, or a sentence's opener ("Given"); each "kept" case fails when the rule
reaches a real speaker.
"""

from __future__ import annotations

import pytest

from store.models import Article, QuoteKind
from store.quotes.extract import extract_quotes

NOT_CREDITED: list[tuple[str, str, str | None]] = [
    # (paragraph, quoted text, expected speaker: the paraphrase's own, or nobody)
    (
        "Mayor Ilse Varga said she expected that Canadians will say “no” to the levy.",
        "no",
        "Ilse Varga",
    ),
    (
        "In a Harbour Institute poll released Monday, 61 percent of voters said the levy "
        "was “a step too far.”",
        "a step too far.",
        None,
    ),
    # "self-described" ends on a cue verb: the body it labels said nothing.
    (
        "Ada Kerr, in two interviews on Monday, referred to the levy as “the worst tax” "
        "for the self-described Harbour Front.",
        "the worst tax",
        "Ada Kerr",
    ),
    (
        "The latest survey found the same: 61% of voters said it was “a step too far.”",
        "a step too far.",
        None,
    ),
]

NO_QUOTE_FOR = [
    # (paragraph, a speaker the old reading gave its quotes)
    (
        "Ilse Varga visited the port. A nurse from Dunmore, Vermont, told her she was "
        "“worn out” by the plan.",
        "Vermont",
    ),
    (
        "Ada Kerr spoke on Monday. Given his remarks about Dunmore “thieves” and “crooks,” "
        "it is fair to say he means the crews.",
        "Given",
    ),
    (
        "Ada Kerr spoke on Monday. Given his past remarks about keeping out the so-called "
        "Dunmore “harbour thieves,” it is fair to say he means the crews.",
        "Dunmore",
    ),
]

OBJECT_LISTS: list[tuple[str, str, str | None]] = [
    # A list of names in an object's place before an inverted credit: the credited speaks.
    (
        "Ada Kerr and Bo Renn are both running. A win would create a “summer of pain” for "
        "Lia Holm, making her fight off both Kerr and Renn, said Tom Dale, a pollster.",
        "summer of pain",
        "Tom Dale",
    ),
    # The same list opening its sentence is its subject.
    (
        "Ada Kerr and Bo Renn toured the port. Kerr and Renn, who met on Monday, said the "
        "levy was “a step too far.”",
        "a step too far.",
        "Kerr and Renn",
    ),
]

PLACE_OWNERS: list[tuple[str, str, str | None]] = [
    # A town and its state after someone: the one they belong to speaks.
    (
        "Bo Renn toured the port. A nurse from Dunmore, Vermont, told him she was “worn out” "
        "by the plan.",
        "worn out",
        "A nurse",
    ),
]

KEPT: list[tuple[str, str, str | None]] = [
    # A surname that is also a people's adjective, once the full name was given.
    (
        "Oscar Cuban, the harbour master, spoke first. Cuban said the levy was “a step too far.”",
        "a step too far.",
        "Oscar Cuban",
    ),
    # A place opening its own clause is its government speaking.
    ("Ohio said it would appeal the ruling “at once.”", "at once.", "Ohio"),
    # An age is no share of a sample.
    (
        "The 71-year-old diplomat said the levy was “a step too far.”",
        "a step too far.",
        "The 71-year-old diplomat",
    ),
    # A share with no poll named is as near a speaker as the sentence gives.
    ("A third of the crews say the levy is “a step too far.”", "a step too far.", "the crews"),
]


def _direct(paragraph: str) -> dict[str, str | None]:
    article = Article(url="https://example.test/n", title="Port news", paragraphs=(paragraph,))
    quotes = extract_quotes(article).quotes
    return {q.text: q.speaker for q in quotes if q.kind == QuoteKind.DIRECT}


@pytest.mark.parametrize(
    ("paragraph", "quoted", "speaker"), NOT_CREDITED + OBJECT_LISTS + PLACE_OWNERS + KEPT
)
def test_the_inner_subject_is_credited_only_when_it_can_speak(
    paragraph: str, quoted: str, speaker: str | None
) -> None:
    quotes = _direct(paragraph)
    assert quoted in quotes, sorted(quotes)
    assert quotes[quoted] == speaker


@pytest.mark.parametrize(("paragraph", "wrong"), NO_QUOTE_FOR)
def test_a_place_an_opener_or_a_label_speaks_no_quote(paragraph: str, wrong: str) -> None:
    assert wrong not in _direct(paragraph).values()


def test_the_with_a_people_is_one_side_of_talks_and_its_cue_stands() -> None:
    paragraph = "The talks stalled. The Russians have warned they could walk out “within days.”"
    article = Article(url="https://example.test/n", title="Port news", paragraphs=(paragraph,))
    (quote,) = [q for q in extract_quotes(article).quotes if q.kind == QuoteKind.DIRECT]
    assert (quote.speaker, quote.cue) == ("Russians", "warned")

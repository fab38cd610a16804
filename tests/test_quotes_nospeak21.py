"""Speakers that name no one (a sentence's capitalised common word, a people, a counted share,
a piece of a clause read as a description), and full names read wrong: a nickname in marks,
a surname that is a function word or a body's word.

Invented text. Each case fails without the rule it names: "Social media ..., she said" read
"Social" as a lone surname and gave it her quote; "Nobody asked" made "Nobody" a speaker whom
the next "he" meant; "Young Latinos" was a person's full name; a counted share ("75 percent
of residents", "the share of crews") spoke for its sample; "pledged a" made "a" a speaker,
"a member of the [family]" one, and "The senator emailed supporters" a body; a nickname in
marks (Juan “Chico” Marquez) split a full name in two, leaving "he said" to no one; "Twelve
years ago, ... she" and "Sooner or later, ... he" made lone surnames; "From said" after Al From
was no one's; "Steven Law, who runs the fund" was a body, and "Law said" another. The "kept"
cases fail when the rule reaches a real speaker.
"""

from __future__ import annotations

import pytest

from store.models import Article, QuoteKind
from store.quotes.common_words import lower_case_words, people_named
from store.quotes.extract import extract_quotes


def _speakers(paragraphs: tuple[str, ...], kind: QuoteKind) -> dict[str, str | None]:
    article = Article(title="Harbour levy vote", paragraphs=paragraphs)
    return {q.text: q.speaker for q in extract_quotes(article).quotes if q.kind == kind}


COMMON_OPENERS: list[tuple[tuple[str, ...], str, str | None]] = [
    # (paragraphs, quoted words, speaker): a capitalised common word opening a sentence is
    # no lone surname, so the pronoun after it means the woman named before.
    (
        (
            "Bo Renn spoke for the dock workers and their immigration cases.",
            "Immigration is now a question of pride; gone is the time when he said that "
            "only owners wanted “open quays.”",
        ),
        "open quays.",
        "Bo Renn",
    ),
    # "Nobody asked" is no speech event whose speaker the next "he" means.
    (
        (
            "Bo Renn took questions at the dock.",
            "Nobody asked about the levy, so he raised it himself. He called it “shameful” "
            "and left.",
        ),
        "shameful",
        "Bo Renn",
    ),
    # A number written out, or a word with "or" after it, opens a sentence as no one's name.
    (
        (
            "Ada Kerr took over the harbour desk in May.",
            "Ten years back, when she was new to it, the trade was rougher. “You learn "
            "to keep a shield up,” she said.",
        ),
        "You learn to keep a shield up",
        "Ada Kerr",
    ),
    (
        (
            "Bo Renn, who runs the harbour fund, spoke first.",
            "Sooner or later, “I expect a levy will come,” he said.",
        ),
        "I expect a levy will come",
        "Bo Renn",
    ),
    # A people's plural after a capital is a group, not a man's full name.
    (
        (
            "Bo Renn won the ward easily.",
            "Young Latinos and older Cubans, who turned out in numbers, backed him. “They "
            "came for the harbour,” he said.",
        ),
        "They came for the harbour",
        "Bo Renn",
    ),
]

REPORTED: list[tuple[tuple[str, ...], str, str | None]] = [
    # "Social media has ..., she noted": the statement is hers, not a person's named Social.
    (
        (
            "Ada Kerr runs the social club.",
            "Social media has put one more link in the chain, she noted.",
        ),
        "Social media has put one more link in the chain",
        "Ada Kerr",
    ),
    # A common word as the subject of a speech verb names nobody ("research" is written in
    # lower case elsewhere).
    (
        (
            "The harbour board paid for new research on the tides.",
            "Research suggests that the new levy will drive the smaller boats away.",
        ),
        "the new levy will drive the smaller boats away",
        None,
    ),
    # A noun for people stays its description.
    (
        (
            "Bo Renn hired three aides for the campaign.",
            "Aides suggested that the levy would be dropped before the summer vote.",
        ),
        "the levy would be dropped before the summer vote",
        "Aides",
    ),
]

SHARES: list[tuple[str, str, str | None]] = [
    # (paragraph, quoted words, speaker): a counted share is a finding, poll named or not.
    (
        "Asked whether the levy was fair, 75 percent of residents said “yes, mostly.”",
        "yes, mostly.",
        None,
    ),
    (
        "Only half backed the levy. Some 22 percent said they would “leave the harbour.”",
        "leave the harbour.",
        None,
    ),
    (
        "Since 2010 the share of crews saying “the levy is too high” has doubled.",
        "the levy is too high",
        None,
    ),
    # A share in words keeps its sample when no poll is named.
    ("A third of the crews say the levy is “a step too far.”", "a step too far.", "the crews"),
    # ... and names nobody when the paragraph names its poll.
    (
        "The harbour poll came out on Monday. A third of the crews say the levy is “a step "
        "too far.”",
        "a step too far.",
        None,
    ),
]


@pytest.mark.parametrize(("paragraphs", "quoted", "speaker"), COMMON_OPENERS)
def test_a_common_word_or_a_people_is_no_one_a_pronoun_means(
    paragraphs: tuple[str, ...], quoted: str, speaker: str | None
) -> None:
    quotes = _speakers(paragraphs, QuoteKind.DIRECT)
    assert quoted in quotes, sorted(quotes)
    assert quotes[quoted] == speaker


@pytest.mark.parametrize(("paragraphs", "quoted", "speaker"), REPORTED)
def test_a_common_word_opening_a_sentence_reports_for_no_one(
    paragraphs: tuple[str, ...], quoted: str, speaker: str | None
) -> None:
    quotes = _speakers(paragraphs, QuoteKind.INDIRECT)
    assert quoted in quotes or speaker is None, sorted(quotes)
    assert quotes.get(quoted) == speaker  # a statement of no one is left out


@pytest.mark.parametrize(("paragraph", "quoted", "speaker"), SHARES)
def test_a_counted_share_speaks_for_no_one(
    paragraph: str, quoted: str, speaker: str | None
) -> None:
    quotes = _speakers((paragraph,), QuoteKind.DIRECT)
    assert quoted in quotes or speaker is None, sorted(quotes)
    assert quotes.get(quoted) == speaker  # a short quote of no one may be left out as a term


@pytest.mark.parametrize(
    ("name", "group"),
    [("Young Latinos", True), ("Many Mexicans", True), ("Mark Cuban", False), ("Bo Renn", False)],
)
def test_a_peoples_plural_ends_a_group(name: str, group: bool) -> None:
    assert people_named(name) is group


def test_lower_case_words_leave_out_pieces_of_names() -> None:
    words = lower_case_words(("The social club met Bashar al-Assad and Ada de Vries.",))
    assert "social" in words and "al-assad" not in words and "assad" not in words
    assert "de" in words  # a particle alone is a lower-case word; "De" opens no sentence


FRAGMENTS: list[tuple[tuple[str, ...], str, str | None]] = [
    # (paragraphs, quoted words, speaker): a lone determiner after a cue is no description.
    (
        (
            "Bo Renn spoke for an hour. He pledged to fix the port’s “broken” levy system and "
            "he, once again, pledged a “harbour revolution” and left.",
        ),
        "harbour revolution",
        "Bo Renn",
    ),
    # A phrase cut before its noun names no one ("family" was cut off as an adverb until stop
    # 24; now the whole description suggests, and its suggestion holds the quoted word).
    (
        (
            "Bo Renn sat in the office with two aides when a member of the family suggested "
            "they post a picture of him at his “harbour” lunch.",
        ),
        "harbour",
        "a member of the family",
    ),
    # "who" after a clause read as a noun phrase stands for no one it can name.
    (
        (
            "Mr. Renn tells voters who ask why he cannot match the fury of his rival that "
            "he “was not brought up that way.”",
        ),
        "was not brought up that way.",
        None,
    ),
    (
        (
            "Mayor Bo Renn sharply scolded critics who say he should call the strikers "
            "“harbour thieves,” saying it would do nothing.",
        ),
        "harbour thieves",
        None,
    ),
    # A description read on past its verb is cut there and read again: the senator named.
    (
        (
            "Sen. Bo Renn of Dunmore did not concede.",
            "Yet it was unclear whether Renn was ready to stop. The Dunmore senator emailed "
            "supporters saying: “The struggle goes on” and vowing to fight on.",
        ),
        "The struggle goes on",
        "Bo Renn",
    ),
]


@pytest.mark.parametrize(("paragraphs", "quoted", "speaker"), FRAGMENTS)
def test_a_piece_of_a_clause_is_no_description(
    paragraphs: tuple[str, ...], quoted: str, speaker: str | None
) -> None:
    quotes = _speakers(paragraphs, QuoteKind.DIRECT)
    assert quoted in quotes or speaker is None, sorted(quotes)
    assert quotes.get(quoted) == speaker


NICKNAMES: list[tuple[tuple[str, ...], str, str | None]] = [
    # (paragraphs, quoted words, speaker): a nickname in marks between a given name and a
    # surname leaves the full name whole, and "he said" after it is his.
    (
        (
            "Bo Renn led the march.",
            "In downtown Dunmore, the crews marched in silence. Juan “Chico” Marquez of Oakland "
            "held one of the photos up. “I wept all through the parade,” he said.",
        ),
        "I wept all through the parade",
        "Juan Marquez",
    ),
    # Marks after a word that is no given name hold no nickname: the old reading stands.
    (
        (
            "Bo Renn led the march.",
            "The crews wore “Harbour” Tees on Monday. “I wept all through the parade,” he said.",
        ),
        "I wept all through the parade",
        "Bo Renn",
    ),
]


@pytest.mark.parametrize(("paragraphs", "quoted", "speaker"), NICKNAMES)
def test_a_nickname_in_marks_leaves_the_full_name_whole(
    paragraphs: tuple[str, ...], quoted: str, speaker: str | None
) -> None:
    quotes = _speakers(paragraphs, QuoteKind.DIRECT)
    assert quoted in quotes, sorted(quotes)
    assert quotes[quoted] == speaker


FUNCTION_WORD_SURNAMES: list[tuple[tuple[str, ...], str, str | None]] = [
    # (paragraphs, quoted words, speaker): a surname that is a function word, right before
    # its verb, once the full name was given.
    (
        (
            "Al From, who founded the harbour council, watched the vote.",
            "“The times are different,” From said. “We needed the banks.”",
        ),
        "The times are different,",
        "Al From",
    ),
    # The word alone, with no full name ending in it, is still no one's name.
    (("“The times are different,” From said.",), "The times are different,", None),
]


@pytest.mark.parametrize(("paragraphs", "quoted", "speaker"), FUNCTION_WORD_SURNAMES)
def test_a_function_word_surname_is_the_person_named_before(
    paragraphs: tuple[str, ...], quoted: str, speaker: str | None
) -> None:
    quotes = _speakers(paragraphs, QuoteKind.DIRECT)
    assert quoted.rstrip(",") in quotes, sorted(quotes)
    assert quotes[quoted.rstrip(",")] == speaker


BODY_WORD_SURNAMES: list[tuple[tuple[str, ...], str, str | None]] = [
    # (paragraphs, quoted words, speaker): a given name and a body's word, with a person's
    # appositive after them, is a person, and the lone word later is his surname.
    (
        (
            "Steven Law, who runs the harbour fund, spoke first.",
            "“There is a real rush now,” Law said.",
        ),
        "There is a real rush now",
        "Steven Law",
    ),
    (
        (
            "“We will win,” said Ada Church, a former aide to the mayor.",
            "“The vote is close,” Church said.",
        ),
        "The vote is close",
        "Ada Church",
    ),
    # A body keeps its word: "the" before it, and no person's appositive.
    (
        (
            "The Carter Center, a nonprofit, watched the vote.",
            "“The vote is close,” the Carter Center said.",
        ),
        "The vote is close",
        "Carter Center",
    ),
]


@pytest.mark.parametrize(("paragraphs", "quoted", "speaker"), BODY_WORD_SURNAMES)
def test_a_surname_that_is_a_bodys_word_is_the_person(
    paragraphs: tuple[str, ...], quoted: str, speaker: str | None
) -> None:
    quotes = _speakers(paragraphs, QuoteKind.DIRECT)
    assert quoted in quotes, sorted(quotes)
    assert quotes[quoted] == speaker

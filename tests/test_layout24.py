"""Layouts, terms and broken names (stop 24): whose words a layout gives, and what is no quote."""

from __future__ import annotations

import pytest

from store.models import Article, QuoteKind
from store.quotes.extract import extract_quotes


def _direct(
    paragraphs: tuple[str, ...], title: str = "Harbour news"
) -> list[tuple[str, str | None]]:
    attribution = extract_quotes(Article(title=title, paragraphs=paragraphs))
    return [(q.text, q.speaker) for q in attribution.quotes if q.kind == QuoteKind.DIRECT]


# A newsletter's digest item: HEADLINE “excerpt” [Source]. The excerpt went to nobody.
DIGEST_CASES = [
    (
        "HARBOUR FERRIES TO SAIL AGAIN “The first boats leave on Monday, and the port expects"
        " crowds all week.” Read more tonight. [Gazette.]",
        "The first boats leave on Monday, and the port expects crowds all week.",
        "Gazette",
    ),
    # A byline names the writer before the outlet: the writer's piece.
    (
        "‘WHY THE TOWN HALL WENT DARK’ “Power to the hall was cut at noon after a storm brought"
        " down two lines.” [Ada Kerr, The Dover Lantern]",
        "Power to the hall was cut at noon after a storm brought down two lines.",
        "Ada Kerr",
    ),
    # Several items in one paragraph, each ending on its credit; a remark after a bar.
    (
        "FERRIES SAIL AGAIN The boats leave on Monday. [Gazette] ‘WHY THE HALL WENT DARK’“Power"
        " to the hall was cut at noon after a storm.” The lights came back later."
        " [Lantern | Paywall]",
        "Power to the hall was cut at noon after a storm.",
        "Lantern",
    ),
]


@pytest.mark.parametrize(("paragraph", "excerpt", "source"), DIGEST_CASES)
def test_a_digest_excerpt_is_its_bracketed_source(
    paragraph: str, excerpt: str, source: str
) -> None:
    assert (excerpt, source) in _direct(("TOP STORIES.", paragraph))


def test_marks_later_in_a_digest_item_take_no_source() -> None:
    # A title in the item's own words is no excerpt of the outlet's piece.
    paragraph = (
        "GULLS RETURN TO THE QUAY Birders can now watch the nesting film “Harbour.” [Gazette]"
    )
    assert all(speaker != "Gazette" for _, speaker in _direct(("TOP STORIES.", paragraph)))


# UTF-8 read as Latin-1 inside a name ("Ibañez" as "IbaÃ±ez", twice misread "IbaÃ\x83Â±ez"),
# precomposed or decomposed ("A\u0303"): the name was cut at the misread letter ("IbaA").
MISREAD_NAMES = [
    ("Ximena Iba\u00c3\u00b1ez Varela", "Ximena Iba\u00c3\u00b1ez Varela"),
    ("Ximena Iba\u00c3\u0083\u00c2\u00b1ez", "Ximena Iba\u00c3\u0083\u00c2\u00b1ez"),
    ("Ximena IbaA\u0303\u00b1ez", "Ximena IbaA\u0303\u00b1ez"),
    ("Ximena Ine\u0301s Varela", "Ximena Ine\u0301s Varela"),  # a decomposed letter's accent
]


@pytest.mark.parametrize(("written", "speaker"), MISREAD_NAMES)
def test_a_misread_letter_stays_inside_its_name(written: str, speaker: str) -> None:
    paragraph = f"“The ferries will sail on Monday,” said {written}, the harbour master."
    assert _direct((paragraph,)) == [("The ferries will sail on Monday", speaker)]


# A cry drawn out after a question is the crowd's reply, even when the question was put to no
# one ("Kerr asked."): the asker was carried on to it.
CRY_CASES = [
    (("“Do we let them close the port?” Kerr asked.", "“Nooooo!”"), "Nooooo!", None),
    (("“Do we let them close the port?” Kerr asked.", "“Yesss!”"), "Yesss!", None),
    # Unchanged: an answer of plain words after a question put to no one is its asker's.
    (("“Do we let them close the port?” Kerr asked.", "“No.”"), "No.", "Kerr"),
]


@pytest.mark.parametrize(("paragraphs", "text", "speaker"), CRY_CASES)
def test_a_drawn_out_cry_answers_the_question(
    paragraphs: tuple[str, ...], text: str, speaker: str | None
) -> None:
    assert (text, speaker) in _direct(paragraphs)


# A count determines the noun a word in marks qualifies, as "the" does: the writer's term, not
# words of the paragraph's nearest speaker.
COUNTED_TERMS = [
    "Kerr said the port would grow. The board will pick 27 “at-large” members next week.",
    "Kerr said the port would grow. The board will pick nine “at-large” members next week.",
    "Kerr said the port would grow. The board will pick 1,200 “temporary” permits next week.",
]


@pytest.mark.parametrize("paragraph", COUNTED_TERMS)
def test_a_counted_qualifier_is_a_term(paragraph: str) -> None:
    assert _direct((paragraph,)) == []


# Marks nobody speaks in: a transcript's stage direction or sign-off (carried on from the last
# turn), a gesture, words refused, a qualifier inside an inverted credit's description.
UNSAID_CASES = [
    (("“We must sail now, and we will sail at dawn —.", "“(CROSSTALK.)"), "(CROSSTALK.)"),
    (("“We must sail now,” Kerr said.", "“Follow Ada Kerr on Twitter @adakerr.”"), "Follow"),
    (("Kerr spoke first, and she said the port would close. She gestured “no” twice.",), "no"),
    (
        (
            "Kerr said the port would close. She and the other pilots refused to say the words"
            " “open port,” a moment the union seized on.",
        ),
        "open port",
    ),
    (
        (
            "“The port must stay open,” said Ada Kerr (D-Dover), one of the original “harbour four”"
            " pilots, along with Bo Renn.",
        ),
        "harbour four",
    ),
]


@pytest.mark.parametrize(("paragraphs", "words"), UNSAID_CASES)
def test_unsaid_marks_are_no_quote(paragraphs: tuple[str, ...], words: str) -> None:
    assert all(not text.startswith(words) for text, _ in _direct(paragraphs))


# Unchanged: a credit's own clause that speaks, and marks opening a clause after the credit.
SPOKEN_CASES = [
    (
        "“The port must stay open,” said Ada Kerr, who called the plan a “disaster” on Monday.",
        "disaster",
    ),
    (
        "“We sail,” said Ada Kerr, the pilot, “and we will not wait for anyone.”",
        "and we will not wait for anyone.",
    ),
]


@pytest.mark.parametrize(("paragraph", "words"), SPOKEN_CASES)
def test_spoken_marks_after_a_credit_stay_quotes(paragraph: str, words: str) -> None:
    assert (words, "Ada Kerr") in _direct((paragraph,))


# A body joined by "and" to a role before a name, with a singular verb: the body employs the
# person, who is the subject (the body was taken for the speaker).
EMPLOYER_CASES = [
    (
        "Dover Radio and former TV network anchor Ada Kerr has given speeches this spring,"
        " telling the graduates, “If you can’t row, you can’t steer.”",
        "Ada Kerr",
    ),
    (
        "The Harbour Gazette and longtime columnist Bo Renn has spoken at three dinners,"
        " telling each crowd, “Ferries are the town’s heart.”",
        "Bo Renn",
    ),
]


@pytest.mark.parametrize(("paragraph", "speaker"), EMPLOYER_CASES)
def test_a_body_and_a_role_before_a_name_is_the_person(paragraph: str, speaker: str) -> None:
    assert [s for _, s in _direct((paragraph,))] == [speaker]


# A block of someone's text without marks after "Kerr wrote:": the quotes inside it are hers
# (they went to nobody).
BLOCK_CASES = [
    (
        "I think the port must stay open for all of us this winter. The board has other plans."
        " But the real puzzle for us is “who pays for the new quay?”",
        "who pays for the new quay?",
        "Ada Kerr",
    ),
    (
        "The quay was built in 1900. It was never meant for ferries. Soon the tides will bring"
        " “waves that no wall can hold.” The town must choose.",
        "waves that no wall can hold.",
        "Ada Kerr",
    ),
    # Unchanged: a block that reports another's speech, and a list's one-sentence item.
    (
        "The quay was built in 1900. The board said the plan was “a costly fantasy.”",
        "a costly fantasy.",
        "board",
    ),
]


@pytest.mark.parametrize(("block", "words", "speaker"), BLOCK_CASES)
def test_quotes_inside_a_block_are_its_writers(block: str, words: str, speaker: str) -> None:
    paragraphs = ("In a post on Monday, Ada Kerr wrote:", block)
    found = dict(_direct(paragraphs))
    assert speaker in (found.get(words) or "")


def test_a_one_sentence_item_under_a_lead_in_is_not_a_block() -> None:
    paragraphs = (
        "Ada Kerr spoke to the board on Monday. Here are the week's notable moments:",
        "Praising Bo Renn for “turning the board around,” apparently on ferries.",
    )
    assert ("turning the board around,", "Ada Kerr") not in _direct(paragraphs)


# A preposition opening a sentence before a surname is no first name: "Absent Kerr, …" named a
# person "Absent Kerr", who then took Kerr's quotes.
@pytest.mark.parametrize("opener", ["Absent", "Barring"])
def test_an_opening_preposition_is_no_part_of_the_name(opener: str) -> None:
    paragraphs = (
        f"Ada Kerr backed the plan. {opener} Kerr, the board would have voted no.",
        "When Renn pointed out that Kerr calls it “a ferry for all,” the board went quiet.",
    )
    assert ("a ferry for all", "Ada Kerr") in _direct(paragraphs)


# A campaign a body rolls out does not speak: the body does ("campaign" was the speaker).
@pytest.mark.parametrize(
    "paragraph",
    [
        "The Harbour Ferry Committee has rolled out a “Ferries First” campaign dubbing the board"
        " members “Quaysiders.”",
        "The Harbour Ferry Committee launched a new campaign calling the quay plan “a sinkhole.”",
    ],
)
def test_a_campaign_speaks_for_the_body_that_put_it_out(paragraph: str) -> None:
    speakers = [s for _, s in _direct((paragraph,))]
    assert speakers and speakers[-1] == "Harbour Ferry Committee"

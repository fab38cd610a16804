"""Plain wire copy: closing credits by a body, headline labels, Q&A answers, statement ends.

Invented wire stories found each shape read wrong; every case below failed before its fix.
"""

from __future__ import annotations

import pytest

from store.models import Article, QuoteKind
from store.quotes.extract import extract_quotes


def _quotes(
    kind: QuoteKind, *paragraphs: str, title: str = "Harbour news"
) -> list[tuple[str | None, str]]:
    attribution = extract_quotes(Article(title=title, paragraphs=paragraphs))
    found = []
    for quote in attribution.quotes:
        if quote.kind == kind:
            text = title if quote.paragraph is None else paragraphs[quote.paragraph]
            found.append((quote.speaker, text[quote.start : quote.end]))
    return found


@pytest.mark.parametrize(
    ("paragraph", "speaker", "statement"),
    [
        # A name inside the statement is not the body that credits it.
        (
            "Homes lost power across the valley as Storm Ilsa hit, the grid operator said.",
            "the grid operator",
            "Homes lost power across the valley as Storm Ilsa hit",
        ),
        (
            "Four people were missing after Varrow Lines' ferry capsized, the coast guard said.",
            "the coast guard",
            "Four people were missing after Varrow Lines' ferry capsized",
        ),
        # Bodies and roles in words the lexicon's lists lack.
        (
            "Four people were missing after the ferry capsized, the coast guard said.",
            "the coast guard",
            "Four people were missing after the ferry capsized",
        ),
        (
            "The blaze was brought under control by midnight, the fire brigade said.",
            "the fire brigade",
            "The blaze was brought under control by midnight",
        ),
        (
            "The port will reopen to shipping on Friday, the harbour master said.",
            "the harbour master",
            "The port will reopen to shipping on Friday",
        ),
        (
            "Trains will run every ten minutes from Monday, the operator said.",
            "the operator",
            "Trains will run every ten minutes from Monday",
        ),
    ],
)
def test_a_closing_credit_by_the_and_a_noun_is_its_speaker(
    paragraph: str, speaker: str, statement: str
) -> None:
    assert _quotes(QuoteKind.INDIRECT, paragraph) == [(speaker, statement)]


def test_a_body_the_lexicon_lacks_is_no_one_named_before() -> None:
    # "the fire brigade" names itself, not the rescued woman of the sentence before.
    paragraphs = (
        "Ada Kerr, 40, was pulled from the water near the pier.",
        "Four people were still missing on Tuesday night, the fire brigade said.",
    )
    assert _quotes(QuoteKind.INDIRECT, *paragraphs) == [
        ("the fire brigade", "Four people were still missing on Tuesday night")
    ]


def test_a_quote_credited_to_a_body_the_lexicon_lacks() -> None:
    paragraph = "“We searched the bay all night,” the fire brigade said."
    assert _quotes(QuoteKind.DIRECT, paragraph) == [
        ("the fire brigade", "We searched the bay all night")
    ]


@pytest.mark.parametrize(
    "paragraph",
    [
        # Unchanged: a known body, and a name's own credit.
        "Four people were missing after the ferry capsized, police said.",
        "Four people were missing after the ferry capsized, Ada Kerr said.",
    ],
)
def test_other_closing_credits_are_unchanged(paragraph: str) -> None:
    found = _quotes(QuoteKind.INDIRECT, paragraph)
    assert [text for _, text in found] == ["Four people were missing after the ferry capsized"]


@pytest.mark.parametrize(
    "paragraph",
    [
        # A writing is no one who speaks, however its credit is placed.
        "The county closed too many polling places, the lawsuit said.",
        # Not a closing credit: what follows the verb is no statement of its own.
        "Discussing the show in a radio interview, the actor explained the differences"
        " between him and his character.",
    ],
)
def test_no_statement_for_a_writing_or_an_opening_description(paragraph: str) -> None:
    assert _quotes(QuoteKind.INDIRECT, paragraph) == []


@pytest.mark.parametrize(
    ("title", "paragraphs"),
    [
        (
            "Storm Ilsa: 40,000 without power as winds hit 120 km/h",
            ("Winds of up to 120 km/h cut power to 40,000 homes as Storm Ilsa came ashore.",),
        ),
        (
            "Harbour Point: Veterans mark 50 years since rescue",
            (
                "Five crew members who rescued 112 sailors at Harbour Point gathered on Sunday.",
                "“We did what anyone would do,” said Tom Reddy, 81.",
            ),
        ),
    ],
)
def test_a_headline_label_the_body_never_quotes_is_no_speaker(
    title: str, paragraphs: tuple[str, ...]
) -> None:
    attribution = extract_quotes(Article(title=title, paragraphs=paragraphs))
    assert [q for q in attribution.quotes if q.paragraph is None] == []


def test_a_headline_credit_the_body_quotes_keeps_its_claim() -> None:
    title = "Kerr: Port will reopen by spring"
    paragraphs = ("Harbour chief Ada Kerr said on Tuesday that the port would reopen by spring.",)
    attribution = extract_quotes(Article(title=title, paragraphs=paragraphs))
    assert [(q.speaker, q.text) for q in attribution.quotes if q.paragraph is None] == [
        ("Ada Kerr", "Port will reopen by spring")
    ]


QA_INTRO = "Ines Cardoso, principal of Westbrook High, spoke with the Ledger about phones."


@pytest.mark.parametrize(
    "answers",
    [
        # The answer in marks after the turn's letter, as the answer without them.
        ('A: "In class, yes."', "A: “No. Lunch is their time.”"),
        ("A: In class, yes.", "A: No. Lunch is their time."),
    ],
)
def test_an_interview_answer_in_marks_is_the_interviewees(answers: tuple[str, str]) -> None:
    paragraphs = (
        QA_INTRO, "Q: Will you ban phones?", answers[0], "Q: What about lunch?", answers[1]
    )
    assert _quotes(QuoteKind.DIRECT, *paragraphs, title="Q&A: A principal on phones") == [
        ("Ines Cardoso", "In class, yes."),
        ("Ines Cardoso", "No. Lunch is their time."),
    ]


def test_turns_labelled_by_surname_are_the_speakers() -> None:
    paragraphs = (
        QA_INTRO,
        "Ledger: Will you ban phones?",
        "Cardoso: In class, yes.",
        "Ledger: What about lunch?",
        "Cardoso: No. Lunch is their time.",
    )
    # The outlet's questions stay nobody's; the labelled answers are the interviewee's.
    assert _quotes(QuoteKind.DIRECT, *paragraphs) == [
        ("Ines Cardoso", "In class, yes."),
        ("Ines Cardoso", "No. Lunch is their time."),
    ]


@pytest.mark.parametrize(
    "paragraphs",
    [
        # A label once is a heading or a list's item (a poll's candidates).
        (
            "Ada Kerr and Tom Reddy are running for mayor of Dover.",
            "Kerr: 41 percent of likely voters.",
            "Reddy: 38 percent of likely voters.",
        ),
        # A topic, however often, is no one named before.
        ("The council met on Monday.", "Taxes: The levy rises by 2 percent.", "Taxes: None."),
    ],
)
def test_a_title_case_word_before_a_colon_is_no_turn(paragraphs: tuple[str, ...]) -> None:
    assert _quotes(QuoteKind.DIRECT, *paragraphs) == []


def test_a_quote_in_marks_opening_with_a_surname_stays_its_posters() -> None:
    paragraphs = (
        "Ada Kerr and Tom Reddy debated on Monday.",
        "“Recap. Kerr: 'We built the port.' Reddy: 'We will build more.'” tweeted aide Bo Renn.",
    )
    assert [speaker for speaker, _ in _quotes(QuoteKind.DIRECT, *paragraphs)] == ["Bo Renn"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "The van was found abandoned near the quarry, the spokeswoman, Constable Priya Anand, said.",
        "The van was found abandoned near the quarry, a police spokeswoman, Priya Anand, said.",
        "The van was found abandoned near the quarry, its owner, Tom Reddy, said on Monday.",
    ],
)
def test_a_role_between_commas_before_its_holder_is_not_the_statements(paragraph: str) -> None:
    found = _quotes(QuoteKind.INDIRECT, paragraph)
    assert [text for _, text in found] == ["The van was found abandoned near the quarry"]


@pytest.mark.parametrize(
    ("paragraph", "statement"),
    [
        (
            "Holt says he will keep the shop open despite losing half his customers to the mall.",
            "he will keep the shop open despite losing half his customers to the mall",
        ),
        # After a comma "despite" is still the writer's remark on the statement.
        ("Holt said the shop was safe, despite three break-ins this year.", "the shop was safe"),
    ],
)
def test_despite_without_a_comma_stays_in_the_statement(paragraph: str, statement: str) -> None:
    assert _quotes(QuoteKind.INDIRECT, paragraph) == [("Holt", statement)]


@pytest.mark.parametrize(
    ("paragraph", "statement"),
    [
        (
            'Marlow said the figures were "unacceptable" and promised a full review by spring.',
            'the figures were "unacceptable"',
        ),
        (
            "Marlow said the ward would stay open, but added that staff were stretched thin.",
            "the ward would stay open",
        ),
        # Unchanged: a second verb of the statement's own clause, and a past as an adjective.
        (
            "Marlow said she had her staff answer the calls and tell callers she was away.",
            "she had her staff answer the calls and tell callers she was away",
        ),
        (
            "Marlow said he would make an issue of the rumours and alleged affairs.",
            "he would make an issue of the rumours and alleged affairs",
        ),
    ],
)
def test_a_second_act_of_the_speaker_ends_the_statement(paragraph: str, statement: str) -> None:
    assert _quotes(QuoteKind.INDIRECT, paragraph)[:1] == [("Marlow", statement)]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "The school will close early on Friday, according to the school's principal,"
            " Dr. Leon Baptiste.",
            "Leon Baptiste",
        ),
        (
            "The plant is under pressure from imports, said the company's chief, Tom J. Reddy.",
            "Tom J. Reddy",
        ),
    ],
)
def test_a_name_after_its_role_keeps_its_title_and_initial(paragraph: str, speaker: str) -> None:
    # The appositive stopped at the first full stop: "Dr" and "Tom J" were all of the name.
    assert [who for who, _ in _quotes(QuoteKind.INDIRECT, paragraph)] == [speaker]


def test_a_detective_inspectors_titles_end_no_sentence() -> None:
    # "Insp." ended the sentence, so "Moira Galt said" had lost its title and its lead.
    paragraph = "Det. Insp. Moira Galt said the thieves had used a stolen van."
    assert _quotes(QuoteKind.INDIRECT, paragraph) == [
        ("Moira Galt", "the thieves had used a stolen van")
    ]


@pytest.mark.parametrize(
    ("paragraph", "statement"),
    [
        (
            "Honeybees can count to four, researchers at the University of Calder reported"
            " Wednesday.",
            "Honeybees can count to four",
        ),
        (
            "Researchers at the University of Calder said honeybees can count to four.",
            "honeybees can count to four",
        ),
    ],
)
def test_the_people_of_a_body_report_its_statement(paragraph: str, statement: str) -> None:
    # The body after "at" was read as a speaker inside an appositive ("an organizer with the
    # Union"), and "reported" reported nothing.
    assert _quotes(QuoteKind.INDIRECT, paragraph) == [("University of Calder", statement)]


@pytest.mark.parametrize(
    "paragraph",
    [
        # An outlet that carried the story is no one's statement.
        "Honeybees can count to four, the Calder Gazette reported.",
        # The person before the body speaks, not the body.
        "Per Lund, an organizer with the Dock Union, said the strike would go on.",
    ],
)
def test_an_outlet_or_a_persons_body_is_no_reporter(paragraph: str) -> None:
    speakers = [who for who, _ in _quotes(QuoteKind.INDIRECT, paragraph)]
    assert "Calder Gazette" not in speakers and "Dock Union" not in speakers


def test_a_second_verb_after_another_persons_clause_stays_in_the_statement() -> None:
    # "called" may be Dunn's, inside what Kerr noted: the statement is left whole.
    paragraph = (
        "Kerr noted that Dunn has criticized the mayor for taking money from developers"
        " and called the mayor weak."
    )
    assert _quotes(QuoteKind.INDIRECT, paragraph) == [
        (
            "Kerr",
            "Dunn has criticized the mayor for taking money from developers and called the"
            " mayor weak",
        )
    ]

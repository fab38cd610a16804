"""Whom a direct quote's cue means: shared surnames, places after a role, openers, particles."""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes
from store.quotes.mentions import read_mention
from store.quotes.salience import name_like

CASES = [
    # (paragraphs, quoted text, expected speaker)
    # A relative named once in full does not take over the surname the article is about.
    (
        (
            "Lena Marsh, the chief executive of Dovecote Mills, announced the merger on Monday.",
            "Lena Marsh said the board had agreed within the hour.",
            "Her husband, Oskar Marsh, runs a bakery across the street.",
            "“We move fast when the price is right,” Marsh said.",
        ),
        "We move fast when the price is right",
        "Lena Marsh",
    ),
    # The other way round: the relative named most is whom the lone surname means.
    (
        (
            "Oskar Marsh bakes bread in Dovecote. Oskar Marsh opened at dawn.",
            "His wife, Lena Marsh, runs the mill.",
            "“Flour is dearer every week,” Marsh said.",
        ),
        "Flour is dearer every week",
        "Oskar Marsh",
    ),
]


@pytest.mark.parametrize(("paragraphs", "text", "speaker"), CASES)
def test_direct_quote_speaker(paragraphs: tuple[str, ...], text: str, speaker: str | None) -> None:
    quotes = extract_quotes(Article(title="Town notes", paragraphs=paragraphs)).quotes
    quote = next(q for q in quotes if q.text.startswith(text))
    assert quote.speaker == speaker


# (paragraphs, a quote, a name that is a place or body and must be no speaker or person)
NOT_PEOPLE = [
    # "governor of North Dakota" is the state's governor: "the governor" is not the state.
    (
        (
            "Was that really Ben Adler, the tireless, never-tired governor of North Dakota?",
            "Adler spoke on his radio show this week.",
            "“I have known him for years and he is the best man for the job,” the governor said.",
        ),
        "I have known him for years",
        "North Dakota",
    ),
    # The end of a body's name after "Center for" names no one.
    (
        (
            "Donations rose in March.",
            "“Money finds a way,” said Mia Ford, executive director of the Center for Open "
            "Ledgers.",
        ),
        "Money finds a way",
        "Open Ledgers",
    ),
    (
        (
            "Trade talks stalled on Monday.",
            "Jo Lee of the Hart Center for Trade Studies spoke first. “Nobody wants to blink "
            "first,” he said.",
        ),
        "Nobody wants to blink first",
        "Trade Studies",
    ),
]


@pytest.mark.parametrize(("paragraphs", "text", "place"), NOT_PEOPLE)
def test_a_place_or_body_after_a_role_is_no_person(
    paragraphs: tuple[str, ...], text: str, place: str
) -> None:
    attribution = extract_quotes(Article(title="Town notes", paragraphs=paragraphs))
    quote = next(q for q in attribution.quotes if q.text.startswith(text))
    assert quote.speaker != place
    people = [p.name for p in (*attribution.speakers, *attribution.mentioned)]
    assert place not in people


@pytest.mark.parametrize(
    ("chunk", "name"),
    [
        # The person before the body's "of", past the body's own "for".
        ("said Jo Lee of the Hart Center for Trade Studies", "Jo Lee"),
        ("Gov. Ada Kerr of Ohio", "Ada Kerr"),
        # A capitalised word before the name is no body: the role's "of" stays the role's.
        ("Secretary of State Ian Roe", "Ian Roe"),
        # A plural title before a first name is no part of the name; initials are.
        ("Sens. Ada Kerr", "Ada Kerr"),
        ("Reps. Robert Vance", "Robert Vance"),
        ("J. Robert Vance", "J. Robert Vance"),
    ],
)
def test_a_person_of_a_body(chunk: str, name: str) -> None:
    mention = read_mention(chunk)
    assert mention is not None
    assert mention.name == name


def test_an_opening_word_is_no_part_of_the_name_after_it() -> None:
    # "Regarding Kerr" is no person: "she" is the woman who spoke after the opening phrase.
    paragraphs = (
        "Milo Kerr spoke at the fair on Sunday.",
        "Regarding Kerr’s speech, Dana Holt said none of it went too far.",
        "“The way I see it, nobody crossed a line,” she said.",
    )
    attribution = extract_quotes(Article(title="Town notes", paragraphs=paragraphs))
    quote = next(q for q in attribution.quotes if q.text.startswith("The way I see it"))
    assert quote.speaker == "Dana Holt"
    assert "Regarding Kerr" not in [p.name for p in attribution.speakers]


@pytest.mark.parametrize(
    ("chunk", "name"),
    [
        ("Interestingly Renn", "Renn"),  # the adverb is neither name nor role
        ("Maybe Renn", "Renn"),
        ("Stated Renn", "Renn"),  # an inverted cue's verb
        ("Shortly", None),  # an adverb alone names no one
        ("Continuing", None),
        ("Another", "Another"),  # an unnamed one, as before
        ("Kelly Ashgrove", "Kelly Ashgrove"),  # a first name ending in -ly is a first name
    ],
)
def test_opening_words_before_a_name(chunk: str, name: str | None) -> None:
    mention = read_mention(chunk)
    assert (mention.name if mention is not None else None) == name
    if mention is not None:
        assert mention.role is None


DESCRIBED = [
    # (paragraph after "Senator Bo Renn / Mayor Ada Kerr toured the plant.", quote, speaker)
    # "his chief aide" is someone else than the man who just spoke.
    (
        "“We will keep these jobs,” Renn said. “It is a long shot,” his chief aide said.",
        "It is a long shot",
        "his chief aide",
    ),
    # "the man" is not the woman who just spoke.
    (
        "“We will keep these jobs,” Kerr said. “I have heard that before,” the man shouted.",
        "I have heard that before",
        "the man",
    ),
    # A description that fits her is still hers.
    (
        "“We will keep these jobs,” Kerr said. “That is the plan,” the mayor added.",
        "That is the plan",
        "Ada Kerr",
    ),
]


@pytest.mark.parametrize(("paragraph", "text", "speaker"), DESCRIBED)
def test_a_description_after_a_speaker(paragraph: str, text: str, speaker: str) -> None:
    opening = "Senator Bo Renn" if "Renn" in paragraph else "Mayor Ada Kerr"
    paragraphs = (f"{opening} toured the plant on Monday.", paragraph)
    quotes = extract_quotes(Article(title="Town notes", paragraphs=paragraphs)).quotes
    assert next(q for q in quotes if q.text.startswith(text)).speaker == speaker


@pytest.mark.parametrize(
    ("paragraphs", "text"),
    [
        # A Dutch "in 't" inside a name keeps the name whole, after the cue ...
        (
            (
                "Trade talks stalled on Monday.",
                '"Europe is splitting as we watch," said Anouk in \'t Hout, a Dutch member of '
                "the assembly.",
            ),
            "Europe is splitting",
        ),
        # ... and for the pronoun that follows it.
        (
            ("Anouk in ’t Hout spoke first.", "“Europe is splitting as we watch,” she said."),
            "Europe is splitting",
        ),
    ],
)
def test_a_name_with_a_dutch_particle(paragraphs: tuple[str, ...], text: str) -> None:
    quotes = extract_quotes(Article(title="Town notes", paragraphs=paragraphs)).quotes
    speaker = next(q for q in quotes if q.text.startswith(text)).speaker
    assert speaker is not None and speaker.endswith("t Hout")


INNER_CREDITS = [
    # (quoted paragraph, the quote's words as stored, speaker)
    # A credit line closing the marks names the speaker and is no part of the words.
    (
        "“The tax plan adds a trillion to the debt. Dana Holt, Center for Fair Budgets.”",
        "The tax plan adds a trillion to the debt.",
        "Dana Holt",
    ),
    (
        "“We will fight it in every state. Marco Ruiz.”",
        "We will fight it in every state.",
        "Marco Ruiz",
    ),
    # A question answered with a name, a title's full stop, a sentence naming someone: no credit.
    ("“Who could fix this? Dana Holt.”", "Who could fix this? Dana Holt.", None),
    ("“The one for the job is Sen. Dana Holt.”", "The one for the job is Sen. Dana Holt.", None),
    (
        "“They deserve one of their own. That’s Dana Holt.”",
        "They deserve one of their own. That’s Dana Holt.",
        None,
    ),
]


@pytest.mark.parametrize(("paragraph", "text", "speaker"), INNER_CREDITS)
def test_a_credit_line_inside_the_marks(paragraph: str, text: str, speaker: str | None) -> None:
    paragraphs = ("Reactions poured in on Tuesday.", paragraph)
    quotes = extract_quotes(Article(title="Town notes", paragraphs=paragraphs)).quotes
    assert [(q.text, q.speaker) for q in quotes] == [(text, speaker)]


@pytest.mark.parametrize(
    "paragraph",
    [
        # An unnamed speaker is nobody we can name: not the mayor who spoke before.
        "“We want jobs,” one said.",
        "Kerr waved. “We want jobs,” someone yelled.",
        "Kerr spoke to reporters. “We want jobs,” one of them said.",
        "Kerr spoke to reporters. Yet another said, “We want jobs.”",
    ],
)
def test_an_anonymous_speaker_is_left_unnamed(paragraph: str) -> None:
    paragraphs = ("Mayor Ada Kerr spoke at the rally on Monday.", paragraph)
    quotes = extract_quotes(Article(title="Town notes", paragraphs=paragraphs)).quotes
    assert [q.speaker for q in quotes if q.text.startswith("We want jobs")] == [None]


def test_a_described_member_of_the_crowd_keeps_the_description() -> None:
    paragraphs = (
        "Mayor Ada Kerr spoke at the rally on Monday.",
        "“We want jobs,” a protester shouted.",
    )
    quotes = extract_quotes(Article(title="Town notes", paragraphs=paragraphs)).quotes
    assert [q.speaker for q in quotes] == ["a protester"]


def test_a_place_written_after_in_is_no_he() -> None:
    # "Dover Heights" reads like a full name, but narration writes it as a place.
    paragraphs = (
        "Tom Reyes toured the state on Monday.",
        "Crowds gathered in Dover Heights. Dover Heights has rarely seen such a rally.",
        "“We will be back,” he said.",
    )
    quotes = extract_quotes(Article(title="Town notes", paragraphs=paragraphs)).quotes
    assert [q.speaker for q in quotes] == ["Tom Reyes"]


def test_a_heading_in_capitals_is_no_he() -> None:
    paragraphs = (
        "Admiral Tom Reyes spoke in Manila on Monday.",
        "FULL TEXT",
        "“The reefs are being armed,” he said.",
    )
    quotes = extract_quotes(Article(title="Town notes", paragraphs=paragraphs)).quotes
    assert [q.speaker for q in quotes] == ["Tom Reyes"]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Boca Pines West", False),  # places and buildings, whatever their capitals
        ("Dover Memorial Museum", False),
        ("Maple Hook", False),
        ("Ada West", True),  # a first name makes it a person's surname
        ("Tom Reyes", True),
    ],
)
def test_place_names_are_not_name_like(name: str, expected: bool) -> None:
    assert name_like(name) is expected


def test_a_job_noun_before_a_name_after_an_opening_phrase() -> None:
    # "Ohio developer Ivo Brandt" is the sentence's subject, however long the phrase before.
    paragraphs = (
        "“We raised more than we hoped,” said Tom Reyes, a fundraiser for the party.",
        "Just a few short months ago, Ohio developer Ivo Brandt voiced doubts about the "
        "nominee. “I kept telling myself it would never happen,” he told the paper.",
    )
    quotes = extract_quotes(Article(title="Town notes", paragraphs=paragraphs)).quotes
    quote = next(q for q in quotes if q.text.startswith("I kept telling myself"))
    assert quote.speaker == "Ivo Brandt"


@pytest.mark.parametrize("opening", ["To Ohio consultant Reyes,", "For Reyes,"])
def test_whose_view_a_sentence_gives(opening: str) -> None:
    # "To X, the idea ... is silly": X's view; the "he" after it is X, not the man in it.
    paragraphs = (
        "Tom Reyes, an Ohio consultant, has advised the party for years.",
        "Milo Kerr met donors on Monday. Kerr said he would win.",
        f"{opening} the idea that Kerr will win is just plain silly.",
        "“This is wishful thinking,” he said.",
    )
    quotes = extract_quotes(Article(title="Town notes", paragraphs=paragraphs)).quotes
    assert [q.speaker for q in quotes if q.text.startswith("This is")] == ["Tom Reyes"]


def test_a_credit_paragraph_names_the_quote_above_over_a_carried_speaker() -> None:
    paragraphs = (
        "“We will fight for every vote,” said Ada Kerr.",
        "“Taxes are too high for working families.”",
        "- Bo Renn.",  # its full stop is no part of the name
    )
    quotes = extract_quotes(Article(title="Town notes", paragraphs=paragraphs)).quotes
    assert [q.speaker for q in quotes] == ["Ada Kerr", "Bo Renn"]


@pytest.mark.parametrize(
    "paragraph",
    [
        # The words of a person's post or statement are that person's.
        "From Kerr’s Facebook post: “We must move past the anger of this campaign.”",
        "Kerr’s statement said: “We must move past the anger of this campaign.”",
        "“We must move past the anger of this campaign,” Kerr’s statement said.",
    ],
)
def test_a_persons_document_speaks_for_them(paragraph: str) -> None:
    paragraphs = ("Senator Ada Kerr backed the plan on Monday.", paragraph)
    quotes = extract_quotes(Article(title="Town notes", paragraphs=paragraphs)).quotes
    assert [q.speaker for q in quotes] == ["Ada Kerr"]


@pytest.mark.parametrize(
    "paragraphs",
    [
        # A Title Case heading's capitals name no one a pronoun could mean ...
        (
            "Ten voices from the week.",
            "1 Ada Kerr On How Town History Makes Us Feel Small",
            "In a talk about her new book, the author spoke of towns. “Nobody teaches our "
            "story,” she said.",
        ),
        # ... nor does a station's call sign.
        (
            "Marches went ahead on Sunday.",
            "In Seattle, marchers carried roses, KING-TV reported.",
            "“I cried the whole way,” he said.",
        ),
    ],
)
def test_capitals_that_name_no_one(paragraphs: tuple[str, ...]) -> None:
    quotes = extract_quotes(Article(title="Town notes", paragraphs=paragraphs)).quotes
    assert [q.speaker for q in quotes] == [None]


@pytest.mark.parametrize(
    "paragraph",
    [
        # A cue set off by commas inside another's sentence: its speaker holds the passage.
        "Kerr, Ivo Brandt said, has built a strange kind of movement.",
        # The main clause's speaker after an opening clause with someone else's cue.
        "After Tom Reyes asked the author who would win, Ivo Brandt replied, “Kerr will.”",
    ],
)
def test_the_speaker_of_an_aside_holds_the_passage(paragraph: str) -> None:
    paragraphs = (
        "Milo Kerr held a rally on Friday.",
        paragraph,
        "“We should never confuse hope with fact,” he said.",
    )
    quotes = extract_quotes(Article(title="Town notes", paragraphs=paragraphs)).quotes
    quote = next(q for q in quotes if q.text.startswith("We should never"))
    assert quote.speaker == "Ivo Brandt"

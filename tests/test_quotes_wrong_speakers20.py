"""Wrong speakers on direct quotes, stop 20: the general causes behind them, in invented text."""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes
from store.quotes.titled_names import qualifies_title


def _speaker_of(paragraphs: tuple[str, ...], quoted: str) -> str | None:
    attribution = extract_quotes(Article(title="Town news", paragraphs=paragraphs))
    quote = next(q for q in attribution.quotes if q.text.strip(" ,.") == quoted.strip(" ,."))
    return quote.speaker


TITLED = [
    # (paragraphs, quoted text, expected speaker)
    # A place that qualifies a title ("Port Dover chapter president") is no subject for "he".
    (
        (
            "The club met on Friday. On the topic, Port Dover chapter president Luka Brenn told "
            "the weekly: “We have 300 members of every kind.”",
            "He added that members are “farmers, teachers and retired pilots.”",
        ),
        "farmers, teachers and retired pilots.",
        "Luka Brenn",
    ),
]


@pytest.mark.parametrize(("paragraphs", "quoted", "speaker"), TITLED)
def test_a_name_qualifying_a_title_is_not_the_subject(
    paragraphs: tuple[str, ...], quoted: str, speaker: str
) -> None:
    assert _speaker_of(paragraphs, quoted) == speaker


@pytest.mark.parametrize(
    ("text", "end", "expected"),
    [
        ("Dover chapter president Luka Brenn said", 5, True),
        ("Former Ohio speechwriter Jon Pell wrote", 11, True),
        ("Kerr met lawyer Ada Renn", 4, False),
        ("Kerr hired consultant Ada Renn", 4, False),
        ("Ohio voters Ada Renn and Bo Pell", 4, False),
        ("Kerr said Renn was late", 4, False),
    ],
)
def test_qualifies_title(text: str, end: int, expected: bool) -> None:
    assert qualifies_title(text, end) is expected


ADDRESSED = [
    # (paragraphs, quoted text, expected speaker)
    # A question put to the clause's subject is not the subject's words.
    (
        (
            "In an interview with a weekly magazine, Ada Kerr was asked, “What is the worst "
            "town you have seen?”",
            "Kerr joked that it was her own, then added, “There are worse towns.”",
        ),
        "What is the worst town you have seen?",
        None,
    ),
    (
        ("Bo Renn was told, “Your stall has to move by noon.”",),
        "Your stall has to move by noon.",
        None,
    ),
    # With its agent after "by", the agent asked it.
    (
        ("Bo Renn was asked by host Ada Kerr, “Will you run again?”",),
        "Will you run again?",
        "Ada Kerr",
    ),
]


@pytest.mark.parametrize(("paragraphs", "quoted", "speaker"), ADDRESSED)
def test_a_quote_put_to_the_subject_is_not_theirs(
    paragraphs: tuple[str, ...], quoted: str, speaker: str | None
) -> None:
    assert _speaker_of(paragraphs, quoted) == speaker


NEXT_CUES = [
    # (paragraphs, quoted text, expected speaker)
    # A second speaker's cue ends the sentence before the quote: theirs, not the first's.
    (
        (
            "Ada Kerr called her neighbour at noon.",
            "“Tell her I owe you a cake,” Kerr said, and her brother broke in. “Don’t "
            "forget me, I have known her since school.”",
        ),
        "Don’t forget me, I have known her since school.",
        "her brother",
    ),
    (
        (
            "“The bridge opens in May,” Ada Kerr said, and then Bo Renn shouted. “Not "
            "before the vote!”",
        ),
        "Not before the vote!",
        "Bo Renn",
    ),
    # A source after the credit or a clause inside its sentence introduces nothing.
    (
        (
            "“The bridge opens in May,” Ada Kerr said, according to the Dover Weekly. “It "
            "will carry four lanes.”",
        ),
        "It will carry four lanes.",
        "Ada Kerr",
    ),
    (
        ("“I liked his answer,” Ada Kerr said after Bo Renn spoke. “My worry is the traffic.”",),
        "My worry is the traffic.",
        "Ada Kerr",
    ),
]


@pytest.mark.parametrize(("paragraphs", "quoted", "speaker"), NEXT_CUES)
def test_a_later_cue_introduces_the_next_quote(
    paragraphs: tuple[str, ...], quoted: str, speaker: str
) -> None:
    assert _speaker_of(paragraphs, quoted) == speaker


def _speakers(*paragraphs: str) -> dict[str, str | None]:
    attribution = extract_quotes(Article(title="Town news", paragraphs=paragraphs))
    return {q.text: q.speaker for q in attribution.quotes}


@pytest.mark.parametrize(
    "paragraphs",
    [
        # "so-called" holds no speech verb: "called Norwegian" named no speaker.
        (
            "Given his remarks on a fence to keep so-called Norwegian “poachers” and "
            "“thieves” out of the bay, it is safe to say he means the border.",
        ),
        # A participle opening the sentence before "his" is no surname for "he".
        (
            "Tomas Berg spoke first.",
            "Given his record on the harbour, it is fair to say he wants a “bigger and deeper "
            "port”, whatever it costs.",
        ),
    ],
)
def test_no_junk_speaker_from_an_adjective_or_participle(paragraphs: tuple[str, ...]) -> None:
    speakers = set(_speakers(*paragraphs).values())
    assert not speakers & {"Norwegian", "Given"}


def test_a_place_after_from_is_no_subject_of_the_verb_after_it() -> None:
    # "families from Moldavia admitted to the country": Moldavia admitted nothing.
    speakers = _speakers(
        "Many of the refugees so far are Christian. A large number of families from Moldavia "
        "admitted to the country have been farmers, and this makes sense because “it is a "
        "mostly rural country.”"
    )
    assert speakers["it is a mostly rural country."] != "Moldavia"


def test_a_counted_group_is_no_he() -> None:
    # "many more Ruritanians said": a group, never what "he" means.
    speakers = _speakers(
        "Ruritanians gave us lots to chew on this year. Take a look at what Tomas "
        "Berg, Ada Kerr and many more Ruritanians said that got us thinking.",
        "In a chat about his new film, the actor bemoaned the lack of villages in school "
        "books. “Just imagine, nobody ever teaches you where bread comes from,” he said.",
    )
    assert speakers["Just imagine, nobody ever teaches you where bread comes from"] == "Tomas Berg"


TIME_CLAUSES = [
    # (paragraphs, quoted text, expected speaker)
    # The speaker of an opening time clause is no cue for the main clause's quote: the
    # main clause's subject urges (a body read since stop 24: ing_subjects.py), never Kerr.
    (
        (
            "Ada Kerr and Bo Renn met on Monday.",
            "As Kerr spoke, the union was going into overdrive, urging members to fight “any "
            "and all cuts” in the budget.",
        ),
        "any and all cuts",
        "the union",
    ),
    # ... the main clause's own subject speaks when it is someone named.
    (
        (
            "Ada Kerr and Bo Renn met on Monday.",
            "As Kerr spoke, Renn was urging members to fight “any and all cuts” in the budget.",
        ),
        "any and all cuts",
        "Bo Renn",
    ),
    # "As Kerr said, “...”" credits the quote: a verb that carries words.
    (
        ("Ada Kerr and Bo Renn met on Monday.", "As Kerr said, “the port is sinking.”"),
        "the port is sinking.",
        "Ada Kerr",
    ),
]


@pytest.mark.parametrize(("paragraphs", "quoted", "speaker"), TIME_CLAUSES)
def test_an_opening_time_clause_is_no_cue(
    paragraphs: tuple[str, ...], quoted: str, speaker: str | None
) -> None:
    assert _speaker_of(paragraphs, quoted) == speaker


def test_a_name_a_title_introduced_alone_stays_a_subject() -> None:
    # "President Varga" made "Varga" someone: "Varga departs ..." has him for its subject, and
    # the "he" after it is Varga, not the adviser quoted before.
    speakers = _speakers(
        "President Varga has taken flak for urging the islanders to stay.",
        "In a statement, his adviser, Jake Sorrel, said: “We stand with the league.”",
        "Varga leaves the island for Lisbon today, where he will meet the fleet.",
        "But he leaves behind a backlash. Conceding that a deal was likely “down the line” he "
        "warned: “It is not going to happen soon.”",
    )
    assert speakers["It is not going to happen soon."] == "Varga"


def test_an_ing_word_after_had_is_no_cue() -> None:
    # "the problems Renn had answering questions": Renn is not speaking; the subject notes it.
    speakers = _speakers(
        "Ada Kerr is swinging hard at Bo Renn in the debate.",
        "She is citing the “kind of problems” Renn had answering questions about the port.",
    )
    assert speakers["kind of problems"] == "Ada Kerr"


def test_a_description_means_the_subject_before_the_object() -> None:
    # "Tomas Berg joined in, mocking Ada Kerr": "the former mayor" is Berg, not the
    # object named last; the "he" after that is Berg too.
    speakers = _speakers(
        "Ada Kerr and Tomas Berg met in the square on Friday.",
        "Tomas Berg joined in, mocking Kerr during a rally. “Sometimes I feel the lady "
        "is running against me,” the former mayor said, going on to jab her record.",
        "“After she has been here a while longer, she will get used to it,” he said.",
    )
    assert speakers["Sometimes I feel the lady is running against me"] == "Tomas Berg"
    assert speakers["After she has been here a while longer, she will get used to it"] == (
        "Tomas Berg"
    )


def test_a_form_of_fields_lends_no_label_as_speaker() -> None:
    # "Name: ... Age: ... Why she is here: “...”": the first field's label is nobody.
    speakers = _speakers(
        "Name: Ada Kerr Age: 27 City: Dover Job: Waitress Why she is protesting: “As a tip "
        "worker, I never know how much I will make.”"
    )
    assert speakers["As a tip worker, I never know how much I will make."] != "Name"


@pytest.mark.parametrize(
    ("credit", "speaker"),
    [
        ("according to a court document filed by state attorney Bo Renn.", "Bo Renn"),
        ("according to a statement issued by Bo Renn.", "Bo Renn"),
        ("according to a letter by Bo Renn.", "Bo Renn"),
    ],
)
def test_according_to_a_document_by_its_author(credit: str, speaker: str) -> None:
    # The document names no one: its author is the source, not whoever spoke before.
    speakers = _speakers(
        "Ada Kerr later posted a photo of her arm and said she had been pulled.",
        f"“The evidence cannot prove the crime,” {credit}",
    )
    assert speakers["The evidence cannot prove the crime"] == speaker


def test_a_paragraph_of_quotation_carries_the_reporter_not_the_reported() -> None:
    # "Marlow said that ... some rivals had been forecasting": Marlow goes on speaking.
    speakers = _speakers(
        "Defence chief Ed Marlow spoke in the capital on Saturday.",
        "Marlow said that for years some rivals had been forecasting a retreat from the "
        "coast, but this was never going to come.",
        "“That is because this coast remains vital to us.”",
    )
    assert speakers["That is because this coast remains vital to us."] == "Ed Marlow"

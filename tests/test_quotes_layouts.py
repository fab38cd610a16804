"""Layouts that name the speaker without a verb: datelines, transcripts, interviews, lists."""

from __future__ import annotations

import pytest

from store.models import Article, AttributionHow, QuoteKind
from store.quotes.extract import extract_quotes
from store.quotes.layouts import Turn, blank_dateline, interview_turn

Direct = list[tuple[str, str | None]]


def direct(*paragraphs: str) -> Direct:
    attribution = extract_quotes(Article(title="A headline", paragraphs=paragraphs))
    return [(q.text, q.speaker) for q in attribution.quotes if q.kind == QuoteKind.DIRECT]


HEARING = "Defense Secretary Mark Dunn faced Senator Paul Hale at the budget hearing."
INTERVIEW = "Novelist Clara Voss spoke to the Weekly Ledger about her first book."
SPEECH = "Mayor Lena Ortiz gave her yearly address on Monday. Here is what Ortiz said:"

DATELINES = [
    # (paragraph, its dateline)
    ("WASHINGTON — The mayor spoke.", "WASHINGTON — "),
    ("NEW YORK (AP) — The mayor spoke.", "NEW YORK (AP) — "),
    ("LONDON, March 3 - The mayor spoke.", "LONDON, March 3 - "),
    ("PORTLAND, Ore., Dec. 8 (UPI) — The mayor spoke.", "PORTLAND, Ore., Dec. 8 (UPI) — "),
    ("ST. LOUIS -- The mayor spoke.", "ST. LOUIS -- "),
    ("MANCHESTER, N.H. — The mayor spoke.", "MANCHESTER, N.H. — "),
]


@pytest.mark.parametrize(("paragraph", "dateline"), DATELINES)
def test_dateline_blanked(paragraph: str, dateline: str) -> None:
    assert blank_dateline(0, paragraph) == " " * len(dateline) + paragraph[len(dateline) :]


NO_DATELINES = [
    # (paragraph number, paragraph): left as they are.
    (0, "SANDERS: We will win this state."),  # a transcript label, not a place
    (0, "The mayor of BOSTON — a city of bridges — spoke."),  # capitals, but not at the start
    (0, "NATO said the talks would go on."),  # no dash after the capitals
    (7, "BERLIN — The talks went on."),  # deep in the article a dash opens no dateline
]


@pytest.mark.parametrize(("paragraph", "text"), NO_DATELINES)
def test_not_a_dateline(paragraph: int, text: str) -> None:
    assert blank_dateline(paragraph, text) == text


DATELINE_ARTICLES = [
    # (paragraphs, direct quotes with their speakers): the place never speaks.
    (
        ("NEW YORK (AP) — “We will rebuild the pier,” the mayor said on Tuesday.",),
        [("We will rebuild the pier", "the mayor")],
    ),
    (
        (
            "DENVER, Dec. 8 (UPI) — In reply to the plan, the mayor's aide rallied donors, "
            "saying: “We have to be ready.”",
        ),
        [("We have to be ready.", None)],  # no one we can name, rather than "Dec"
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), DATELINE_ARTICLES)
def test_dateline_never_speaks(paragraphs: tuple[str, ...], expected: Direct) -> None:
    assert direct(*paragraphs) == expected


TRANSCRIPTS = [
    # (paragraphs, direct quotes with their speakers)
    (
        # Two turns inside one pair of marks: each label gives its part to its speaker,
        # "SECRETARY DUNN" the Dunn named before.
        (HEARING, "It went like this: “MR. HALE: We will fund it. SECRETARY DUNN: We won't.”"),
        [("MR. HALE: We will fund it.", "Paul Hale"), ("SECRETARY DUNN: We won't.", "Mark Dunn")],
    ),
    (
        (HEARING, "“SEN. HALE: Will you fund it? DUNN: We have no need to. HALE: Why not?”"),
        [
            ("SEN. HALE: Will you fund it?", "Paul Hale"),
            ("DUNN: We have no need to.", "Mark Dunn"),
            ("HALE: Why not?", "Paul Hale"),
        ],
    ),
    (
        # A title's full stop inside a label cuts nothing.
        (HEARING, "“MR. HALE: Good morning.”"),
        [("MR. HALE: Good morning.", "Paul Hale")],
    ),
    (
        # One turn a paragraph, as before.
        (HEARING, "“HALE: Will you fund it?”", "“DUNN: We won't need to.”"),
        [("HALE: Will you fund it?", "Paul Hale"), ("DUNN: We won't need to.", "Mark Dunn")],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), TRANSCRIPTS)
def test_transcript_labels(paragraphs: tuple[str, ...], expected: Direct) -> None:
    assert direct(*paragraphs) == expected


@pytest.mark.parametrize(
    ("text", "turn"),
    [
        ("Q: Why now?", Turn.QUESTION),
        ("“A: Because it was time.”", Turn.ANSWER),
        ("A new book came out.", None),  # the article "A" is no answer
        ("QUINN: Hello.", None),  # a label, not an interview turn
    ],
)
def test_interview_turn(text: str, turn: Turn | None) -> None:
    assert interview_turn(text) == turn


INTERVIEWS = [
    # (paragraphs, direct quotes with their speakers)
    (
        # The question is the interviewer's: never shown as the interviewee's words.
        (INTERVIEW, "“Q: Why did you write it?”", "“A: Because nobody else would.”"),
        [("Q: Why did you write it?", None), ("A: Because nobody else would.", "Clara Voss")],
    ),
    (
        # The interviewee speaks first in the intro: the answers are still hers.
        (
            "“I was nervous,” said the novelist Clara Voss.",
            "“Q: Were you?”",
            "“A: Very much so, yes.”",
            "“Q: And now?”",
            "“A: Less so, by now.”",
        ),
        [
            ("I was nervous", "Clara Voss"),
            ("Q: Were you?", None),
            ("A: Very much so, yes.", "Clara Voss"),
            ("Q: And now?", None),
            ("A: Less so, by now.", "Clara Voss"),
        ],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), INTERVIEWS)
def test_interview_turns(paragraphs: tuple[str, ...], expected: Direct) -> None:
    # "Novelist Clara Voss" or "Clara Voss": how the cast reads a job before a name is not
    # what this test is about.
    got = [(text, who and who.removeprefix("Novelist ")) for text, who in direct(*paragraphs)]
    assert got == expected


EXCERPT_LISTS = [
    # (paragraphs, direct quotes with their speakers)
    (
        # A lead-in per item is a topic: the list's speaker says every item.
        (SPEECH, "On taxes: “We will cut them.”", "On Schools: “Every child gets a laptop.”"),
        [("We will cut them.", "Lena Ortiz"), ("Every child gets a laptop.", "Lena Ortiz")],
    ),
    (
        (SPEECH, "The Port: “It reopens in May.”", "Public Safety: “More patrols.”"),
        [("It reopens in May.", "Lena Ortiz"), ("More patrols.", "Lena Ortiz")],
    ),
    (
        # A lead-in that names someone the article knows credits them instead.
        (
            "Mayor Lena Ortiz and her rival Tom Reyes debated. Here is what they said:",
            "Reyes: “Taxes are too high.”",
        ),
        [("Taxes are too high.", "Tom Reyes")],
    ),
    (
        # With no one introducing the list, a topic before a colon is still nobody.
        (
            "The mayor gave her yearly address. Here are the highlights:",
            "On Taxes: “We will cut them.”",
        ),
        [("We will cut them.", None)],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), EXCERPT_LISTS)
def test_excerpt_lists(paragraphs: tuple[str, ...], expected: Direct) -> None:
    assert direct(*paragraphs) == expected


COLON_OBJECTS = [
    # (paragraph, direct quotes with their speakers): a medium, language or addressee named
    # before a colon does not speak.
    ("Later that month, on Television Five: “I never said that.”", [("I never said that.", None)]),
    ("Later, in a letter to the weekly Gazette: “I never said that.”", [("I never said that.", None)]),
    # The sentence's subject still speaks: only the object is no speaker.
    ("Tom Reyes went on Radio Nine: “I never said that.”", [("I never said that.", "Tom Reyes")]),
    ("According to Tom Reyes: “I never said that.”", [("I never said that.", "Tom Reyes")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), COLON_OBJECTS)
def test_colon_after_object(paragraph: str, expected: Direct) -> None:
    assert direct("The weather was mild.", paragraph) == expected


def test_answer_is_layout() -> None:
    attribution = extract_quotes(
        Article(title="A headline", paragraphs=(INTERVIEW, "“Q: Why?”", "“A: Because I could.”"))
    )
    answer = [q for q in attribution.quotes if q.text.startswith("A:")]
    assert [q.how for q in answer] == [AttributionHow.LAYOUT]

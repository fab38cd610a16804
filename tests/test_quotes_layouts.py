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
        [("We will fund it.", "Paul Hale"), ("We won't.", "Mark Dunn")],
    ),
    (
        (HEARING, "“SEN. HALE: Will you fund it? DUNN: We have no need to. HALE: Why not?”"),
        [
            ("Will you fund it?", "Paul Hale"),
            ("We have no need to.", "Mark Dunn"),
            ("Why not?", "Paul Hale"),
        ],
    ),
    (
        # A title's full stop inside a label cuts nothing.
        (HEARING, "“MR. HALE: Good morning.”"),
        [("Good morning.", "Paul Hale")],
    ),
    (
        # One turn a paragraph, as before.
        (HEARING, "“HALE: Will you fund it?”", "“DUNN: We won't need to.”"),
        [("Will you fund it?", "Paul Hale"), ("We won't need to.", "Mark Dunn")],
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
    # (paragraphs, direct quotes with their speakers; the Q:/A: label is layout, not words)
    (
        # The question is the interviewer's: never shown as the interviewee's words.
        (INTERVIEW, "“Q: Why did you write it?”", "“A: Because nobody else would.”"),
        [("Why did you write it?", None), ("Because nobody else would.", "Clara Voss")],
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
            ("Were you?", None),
            ("Very much so, yes.", "Clara Voss"),
            ("And now?", None),
            ("Less so, by now.", "Clara Voss"),
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
    answer = [q for q in attribution.quotes if q.text == "Because I could."]  # no "A: "
    assert [q.how for q in answer] == [AttributionHow.LAYOUT]


HARBOUR = "Harbour master Tove Lind spoke in Bergen on Monday."

TIMESTAMPS = [
    # (paragraph, the live blog's time that opens it)
    ("14.32 GMT", "14.32 GMT"),
    ("14.32 GMT Lind said the ferries would run.", "14.32 GMT "),
    ("2:32pm", "2:32pm"),
    ("2.32pm BST: Lind said the ferries would run.", "2.32pm BST: "),
    ("Updated at 9.05am Lind said the ferries would run.", "Updated at 9.05am "),
    ("9:05 a.m. ET — Lind said the ferries would run.", "9:05 a.m. ET — "),
]


@pytest.mark.parametrize(("paragraph", "timestamp"), TIMESTAMPS)
def test_live_blog_time_blanked(paragraph: str, timestamp: str) -> None:
    # Deep in a live blog too, where no dateline is looked for.
    assert blank_dateline(9, paragraph) == " " * len(timestamp) + paragraph[len(timestamp) :]


@pytest.mark.parametrize(
    "paragraph",
    [
        "3.50 dollars a ticket, Lind said.",  # a clock needs am/pm or its zone
        "The 14.32 GMT ferry left late.",  # a time inside the sentence is narration's
    ],
)
def test_not_a_live_blog_time(paragraph: str) -> None:
    assert blank_dateline(9, paragraph) == paragraph


LIVE_BLOGS = [
    # (paragraphs, direct quotes with their speakers): a time is never part of a name.
    ((HARBOUR, "14.32 GMT Lind said: “We sail at dawn.”"), [("We sail at dawn.", "Tove Lind")]),
    ((HARBOUR, "2.32pm BST: “We sail at dawn,” Lind said."), [("We sail at dawn", "Tove Lind")]),
    (
        # A new entry opens with a quote and no cue: the last entry's speaker does not say it.
        (HARBOUR, "“We sail at dawn,” Lind said.", "14.40 GMT", "“The ferries will run.”"),
        [("We sail at dawn", "Tove Lind"), ("The ferries will run.", None)],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), LIVE_BLOGS)
def test_live_blog(paragraphs: tuple[str, ...], expected: Direct) -> None:
    assert direct(*paragraphs) == expected


UNQUOTED_TRANSCRIPTS = [
    # (paragraphs, direct quotes with their speakers): a transcript without marks, each
    # paragraph a turn its label names.
    (
        # "SEN. PAUL HALE" and "HALE" are one speaker, taking a second turn.
        (HEARING, "SEN. PAUL HALE: Will you fund it?", "DUNN: No.", "HALE: Why not?"),
        [
            ("Will you fund it?", "Paul Hale"),
            ("No.", "Mark Dunn"),
            ("Why not?", "Paul Hale"),
        ],
    ),
    (
        # A label nobody was named by is no one's; the turn is not the speaker's before it.
        (HEARING, "DUNN: We have no need to.", "REPORTER: Why not?", "DUNN: Costs."),
        [
            ("We have no need to.", "Mark Dunn"),
            ("REPORTER: Why not?", None),
            ("Costs.", "Mark Dunn"),
        ],
    ),
    (
        # Two turns in one paragraph.
        (HEARING, "MR. HALE: Will you fund it? SECRETARY DUNN: We won't."),
        [("Will you fund it?", "Paul Hale"), ("We won't.", "Mark Dunn")],
    ),
    # One speaker's label is a heading, not a transcript; so are known headings, and places
    # or topics in capitals that nobody returns to.
    ((HEARING, "DUNN: We have no need to."), []),
    ((HEARING, "UPDATE: The hearing ended.", "WATCH: The hearing in full."), []),
    ((HEARING, "LONDON: Talks went on.", "PARIS: Talks broke down.", "ROME: Talks began."), []),
]


@pytest.mark.parametrize(("paragraphs", "expected"), UNQUOTED_TRANSCRIPTS)
def test_unquoted_transcript(paragraphs: tuple[str, ...], expected: Direct) -> None:
    assert direct(*paragraphs) == expected


UNQUOTED_INTERVIEWS = [
    # (paragraphs, direct quotes with their speakers): the answers are the interviewee's,
    # the questions (the interviewer's) are left out.
    (
        (INTERVIEW, "Q: Why did you write it?", "A: Because nobody else would."),
        [("Because nobody else would.", "Clara Voss")],
    ),
    (
        # The last one to speak before the first turn is not the interviewee: the person the
        # intro names most is.
        (
            "Clara Voss has a new novel out. Voss wrote it in a year.",
            "Her publisher, Tom Reyes, said: “It sold out in a week.”",
            "Q: Was it hard?",
            "A: Very hard, yes.",
        ),
        [("It sold out in a week.", "Tom Reyes"), ("Very hard, yes.", "Clara Voss")],
    ),
    # Answers without questions make no interview: "A:" may open a list item.
    ((INTERVIEW, "A: Because nobody else would."), []),
]


@pytest.mark.parametrize(("paragraphs", "expected"), UNQUOTED_INTERVIEWS)
def test_unquoted_interview(paragraphs: tuple[str, ...], expected: Direct) -> None:
    got = [(text, who and who.removeprefix("Novelist ")) for text, who in direct(*paragraphs)]
    assert got == expected


POSTS = [
    # (paragraphs, direct quotes with their speakers): an embedded post is its author's.
    (
        (HARBOUR, "The ferries run again from Friday. — Tove Lind (@tovelind) March 3, 2024"),
        [("The ferries run again from Friday.", "Tove Lind")],
    ),
    (
        # The credit alone in the paragraph after the post.
        (HARBOUR, "The ferries run again from Friday.", "— Tove Lind (@tovelind) March 3, 2024"),
        [("The ferries run again from Friday.", "Tove Lind")],
    ),
    (
        # Someone not named before; the credit's trailing spaces and full stop as pasted.
        ("The ferries run again. #Bergen — Ola Berg (@olaberg) May 1, 2024        .",),
        [("The ferries run again. #Bergen", "Ola Berg")],
    ),
    (
        # A post's heading is not a transcript label.
        ("BREAKING: The ferries run again. — Ola Berg (@olaberg) May 1, 2024",),
        [("The ferries run again.", "Ola Berg")],
    ),
    # Without its date a name and handle end narration, no post.
    ((HARBOUR, "The column is by our reporter — Ola Berg (@olaberg)"), []),
]


@pytest.mark.parametrize(("paragraphs", "expected"), POSTS)
def test_embedded_post(paragraphs: tuple[str, ...], expected: Direct) -> None:
    assert direct(*paragraphs) == expected


def test_embedded_post_is_layout() -> None:
    attribution = extract_quotes(
        Article(title="A headline", paragraphs=("Ferries run. — Ola Berg (@olaberg) May 1, 2024",))
    )
    assert [(q.speaker, q.how) for q in attribution.quotes] == [("Ola Berg", AttributionHow.LAYOUT)]

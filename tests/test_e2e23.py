"""E2e precision, stop 23 (issue 11): quoted words that are a term and no one's statement
(store.quotes.word_terms), and curly quotes inside a straight-marked quote (store.quotes.marks)."""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes
from store.quotes.marks import spans_in_paragraph

LEDE = "Sen. Ada Kerr and Gov. Tom Vance spoke at the harbour rally on Monday."


def _direct(paragraph: str) -> list[tuple[str, str | None]]:
    """(text, speaker) of the direct quotes of the article's second paragraph."""
    article = Article(title="Rally", paragraphs=(LEDE, paragraph))
    return [
        (q.text, q.speaker)
        for q in extract_quotes(article).quotes
        if q.paragraph == 1 and q.kind == "direct"
    ]


@pytest.mark.parametrize(
    ("paragraph", "kept"),
    [
        # A noun for a set phrase introduces the words: the writer talks about them.
        ("Kerr said she avoids the charged term, “harbour tax,” which Vance uses.", False),
        ("Vance mocked the plan, a play on the phrase “quay ghost,” which critics coined.", False),
        ("Kerr rejected the label “moderate” at the rally, she said.", False),
        # Kept: the speaker's own verb of using or saying stands before the noun.
        ("Kerr used the phrase “harbour tax” twice, aides said.", True),
        ("Vance said the phrase “we will win” at every stop.", True),
        # Kept: a long quote after the noun is a saying, not a term.
        ("Vance recalled the phrase “we will win the whole fall and more,” Kerr said.", True),
    ],
)
def test_words_a_noun_for_words_introduces_are_no_statement(paragraph: str, kept: bool) -> None:
    assert bool(_direct(paragraph)) is kept


@pytest.mark.parametrize(
    ("paragraph", "texts"),
    [
        # A straight mark opens a pasted passage; curly pairs inside are quotes within it.
        (
            '"Lind defended Kerr’s “Look at me!” line, calling it a “term of art” and more.',
            ["Lind defended Kerr’s “Look at me!” line, calling it a “term of art” and more."],
        ),
        (
            '"Lind called it “harbour games” and said, “He had to point at them.”',
            ["Lind called it “harbour games” and said, “He had to point at them.”"],
        ),
        # Kept: a curly mark doubling the straight one opens the same quote, closed by the
        # curly closing mark (the doubled mark stays in its text, as it always did).
        ('"“We will win,” Kerr said.', ["“We will win"]),
        # A single closing mark typed for the double one after a sentence's end closes it.
        (
            "Kerr tweeted: “Let’s go. We can win.’ Kerr was in the room, after her film, “Harbour.”",
            ["Let’s go. We can win.", "Harbour."],
        ),
        # Kept: a single pair nested inside is no stray mark (the quote still closes at the
        # next mark, as it always did).
        (
            "Kerr said: “He told me ‘we can win.’ Then he left for the film, “Harbour.”",
            ["He told me ‘we can win.’ Then he left for the film"],
        ),
        # Kept: pasted text closing a straight mark with a curly one.
        ('Kerr said "we will win” and left.', ["we will win"]),
    ],
)
def test_marks_pair_as_the_writer_meant(paragraph: str, texts: list[str]) -> None:
    spans = spans_in_paragraph(0, paragraph)
    assert [paragraph[s.start : s.end] for s in spans] == texts


@pytest.mark.parametrize(
    ("paragraph", "kept"),
    [
        # A capitalised word in marks before a full name is a label the name wears.
        ("Kerr won the port (and the vote for “Dixie” Bo Renn in 1990), Vance said.", False),
        # A nickname inside a name whose first name carries a combining accent (decomposed).
        ("Kerr won a runoff with Jose\u0301 “Pepe” Lunde, a clerk who accused her.", False),
        # Kept: speech before a name and its verb, the comma forgotten.
        ("Kerr waved. “Thanks” Tom Vance said.", True),
        # Kept: a lower-case quote before a name is words, not a label.
        ("Kerr gave “thanks” Tom Vance recalled, and left.", True),
    ],
)
def test_a_label_before_a_full_name_is_no_statement(paragraph: str, kept: bool) -> None:
    assert bool(_direct(paragraph)) is kept


def _speakers(*paragraphs: str) -> list[tuple[str, str | None]]:
    """(text, speaker) of every direct quote after the lede."""
    article = Article(title="Rally", paragraphs=(LEDE, *paragraphs))
    return [(q.text, q.speaker) for q in extract_quotes(article).quotes if q.kind == "direct"]


ASKED = "“Or do we give up on the port?” Kerr asked the crowd."


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # A lone cry after a question answers it: the asker is not carried on to it, and she
        # goes on in the next paragraph of quotation.
        (
            (ASKED, "“No!”", "“Or do we get to work on it?”"),
            [
                ("Or do we give up on the port?", "Ada Kerr"),
                ("No!", None),
                ("Or do we get to work on it?", "Ada Kerr"),
            ],
        ),
        # Kept: a longer paragraph of quotation after the question is the asker going on.
        (
            (ASKED, "“No. We will build it, and we will win the fall.”"),
            [
                ("Or do we give up on the port?", "Ada Kerr"),
                ("No. We will build it, and we will win the fall.", "Ada Kerr"),
            ],
        ),
        # Kept: a short quote after a statement carries on its speaker.
        (
            ("“We will build the port,” Kerr said.", "“Every pier.”"),
            [("We will build the port", "Ada Kerr"), ("Every pier.", "Ada Kerr")],
        ),
    ],
)
def test_a_lone_cry_after_a_question_answers_it(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]
) -> None:
    assert _speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraph", "texts"),
    [
        # A headline before its byline, a show's name quoted inside it before the comma.
        (
            "PORT BEAT—\"Ada Kerr is leaving ‘Harbour,'\" by the Post's Tom Lind: "
            '"Kerr, the star of the show, will leave it next month."',
            ["Kerr, the star of the show, will leave it next month."],
        ),
        (
            "PORT BEAT—“Ada Kerr is leaving ‘Harbour,’” by the Post's Tom Lind: "
            "“Kerr, the star of the show, will leave it next month.”",
            ["Kerr, the star of the show, will leave it next month."],
        ),
    ],
)
def test_a_headline_before_its_byline_is_no_quote(paragraph: str, texts: list[str]) -> None:
    assert [text for text, _ in _direct(paragraph)] == texts


@pytest.mark.parametrize(
    ("paragraph", "kept"),
    [
        # A piece's title set off by commas after its noun, no cue claiming it.
        (
            "In Kerr's column on May 2, “The port must wait,” the senator seems to blame Vance.",
            False,
        ),
        # Kept: a cue after the marks claims the words.
        ("In Kerr's column on May 2, “The port must wait,” the senator wrote.", True),
        # Kept: no work's noun before the comma.
        ("At the rally on May 2, “The port must wait,” Kerr told the crowd.", True),
    ],
)
def test_a_title_apposed_to_its_work_is_no_statement(paragraph: str, kept: bool) -> None:
    assert bool(_direct(paragraph)) is kept

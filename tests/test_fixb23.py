"""fixb23: a work's title is no speaker, opening words are no names, a verb before "the
phrase" leaves the words to the speakers, and a question put to no one is answered by its asker."""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes

LEDE = "Ada Kerr ran the port of Dover for a decade."


def _speakers(*paragraphs: str) -> list[tuple[str, str, str | None]]:
    """(kind, text, speaker) of every quote after the lede."""
    article = Article(title="Port row", paragraphs=(LEDE, *paragraphs))
    return [(q.kind, q.text, q.speaker) for q in extract_quotes(article).quotes]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # The title between commas after "book" names the book; the description speaks.
        (
            "In her 2003 book, Open Water, the former mayor noted that the port was neglected.",
            [("indirect", "the port was neglected", "the former mayor")],
        ),
        # ... and a pronoun after the title is the one the article named, not the book.
        (
            "In her 2003 book, Open Water, she noted that the port was neglected.",
            [("indirect", "the port was neglected", "Ada Kerr")],
        ),
        # Kept: a name after the title speaks, and one after the noun with no comma too.
        (
            "In her 2003 book, Open Water, Ada Kerr noted that the port was neglected.",
            [("indirect", "the port was neglected", "Ada Kerr")],
        ),
        (
            "In her 2003 book Open Water, Ada Kerr noted that the port was neglected.",
            [("indirect", "the port was neglected", "Ada Kerr")],
        ),
        # Opening words of time or of a clause before the subject are no one's name.
        (
            "Afterwards she ended by saying, “The port stays open.”",
            [("direct", "The port stays open.", "Ada Kerr")],
        ),
        (
            "Once we sat down she began by saying, “The port stays open.”",
            [("direct", "The port stays open.", "Ada Kerr")],
        ),
        # A name and any verb before "the phrase": the words are the name's.
        (
            "At the rally, Ada Kerr invoked the phrase “never again” to cheers.",
            [("direct", "never again", "Ada Kerr")],
        ),
    ],
)
def test_titles_and_openings_name_no_speaker(
    paragraph: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _speakers(paragraph) == expected


@pytest.mark.parametrize(
    ("question", "reply_speaker"),
    [
        # Put to no one: the asker answers her own question and goes on.
        ("“Why does it matter?” Kerr asked.", "Ada Kerr"),
        # Put to the hearers: the lone short reply is theirs, no one's we can name.
        ("“Why does it matter?” Kerr asked the crowd.", None),
        ("“Why does it matter?” Kerr asked them.", None),
    ],
)
def test_a_reply_is_the_hearers_only_when_the_question_was_put_to_them(
    question: str, reply_speaker: str | None
) -> None:
    # A reply with no speaker may be left out altogether: either way it is no one's.
    replies = {text: speaker for _, text, speaker in _speakers(question, "“Because jobs.”")}
    assert replies.get("Because jobs.") == reply_speaker


def _how(*paragraphs: str) -> list[tuple[str, str | None, str | None]]:
    """(text, speaker, how) of every direct quote after the lede."""
    article = Article(title="Port row", paragraphs=(LEDE, *paragraphs))
    quotes = extract_quotes(article).quotes
    return [(q.text, q.speaker, q.how) for q in quotes if q.kind == "direct"]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # Narration after a named subject before the colon is its cue, no layout's label.
        (
            "“It is a good deal,” Kerr said, but Tom Lind disagreed: “No, it is not.”",
            [("It is a good deal", "Ada Kerr", "surname"), ("No, it is not.", "Tom Lind", "named")],
        ),
        ("Tom Lind disagreed: “No, it is not.”", [("No, it is not.", "Tom Lind", "named")]),
        # Kept: a name alone before the colon is a layout's label.
        ("Tom Lind: “No, it is not.”", [("No, it is not.", "Tom Lind", "layout")]),
    ],
)
def test_a_verb_before_the_colon_is_a_cue(
    paragraph: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _how(paragraph) == expected

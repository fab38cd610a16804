"""Quotation marks: nested quotes in the same marks, single marks and titles."""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes
from store.quotes.marks import looks_like_title, masked, spans_in_paragraph


def quoted(paragraph: str) -> list[str]:
    return [paragraph[s.start : s.end] for s in spans_in_paragraph(0, paragraph)]


SPANS = [
    # (paragraph, the quoted spans)
    # A quote inside a quote in the same curly marks stays inside the outer one.
    (
        "“He told me, “not this year,” and hung up,” Lind said.",
        ["He told me, “not this year,” and hung up"],
    ),
    # The same with straight marks.
    ('"She said "never" to the ferry," Lind said.', ['She said "never" to the ferry']),
    # Two nested quotes in one.
    (
        "“They called it “late” and “costly” at first,” Lind said.",
        ["They called it “late” and “costly” at first"],
    ),
    # A quote reopened after a sentence's end is the next quote, its closing mark forgotten.
    ("“The vote is over. “We lost,” Lind said.", ["The vote is over.", "We lost"]),
    # An opening mark with no closing pair after it was a closing one typed the wrong way.
    ("“We sail at dawn“ Lind said.", ["We sail at dawn"]),
    ('"Without a deal, she added, "we sail alone."', ["Without a deal, she added"]),
    # Side by side, quotes do not nest.
    ("He called it “a disgrace” and “a farce.”", ["a disgrace", "a farce."]),
    ('"We will win" said Lind "and soon."', ["We will win", "and soon."]),
    # British single curly marks: apostrophes and a plural's possessive stay inside.
    ("‘The Vikings’ coach has quit,’ Lind said.", ["The Vikings’ coach has quit"]),
    ("‘We don’t want Bergen’s plan to fail,’ Lind said.", ["We don’t want Bergen’s plan to fail"]),
    # Archive copy's doubled apostrophes are double marks, single ones nest inside them.
    ("''We will win,'' Lind said.", ["We will win"]),
    ("''They said 'never,' '' Lind said. ''Now.''", ["They said 'never,'", "Now."]),
    # BBC-style straight single marks, in a paragraph without double ones.
    ("'We will win,' Lind said.", ["We will win"]),
    ("'The Vikings' coach has quit,' Lind said.", ["The Vikings' coach has quit"]),
    ("'We don't want Bergen's plan,' Lind said.", ["We don't want Bergen's plan"]),
    # Elisions open nothing.
    ("Rock 'n' roll since the '80s, Lind said, 'til dawn.", []),
    # A markup attribute's closing mark before ">" opens nothing (an embedded post's tag).
    ('<post author="@lund" date="May 9, 2024 ">We sail at dawn. "Or not."', ["Or not."]),
]


@pytest.mark.parametrize(("paragraph", "expected"), SPANS)
def test_quoted_spans(paragraph: str, expected: list[str]) -> None:
    assert quoted(paragraph) == expected


def test_nested_quote_is_masked_whole() -> None:
    # Narration must not see the inner quote's words as its own ("said" inside it).
    paragraph = "“He said “no,” and left,” Lind said."
    narration = masked(paragraph, spans_in_paragraph(0, paragraph))
    assert narration.endswith("” Lind said.")
    assert "He" not in narration and "no" not in narration


TITLES = [
    # (quoted text, is a title)
    ("Fast & Furious", True),
    ("Meet the Press", True),
    ("Jews Against Tolls - Because We Remember", False),
    ("We will win", False),
    ("DUNN: No Comment.", False),  # a transcript's turn, however short
    ("Like Oslo. Or Bergen", False),  # two sentences are speech
    ("Mrs. Lind Goes To Bergen", True),  # an abbreviation's stop ends no sentence
]


@pytest.mark.parametrize(("text", "expected"), TITLES)
def test_looks_like_title(text: str, expected: bool) -> None:
    assert looks_like_title(text) is expected


def test_nested_quote_keeps_its_speaker() -> None:
    article = Article(
        title="Ferry talks",
        paragraphs=(
            "Harbour master Tove Lind spoke in Bergen on Monday.",
            "“The minister told me, “not this year,” and hung up,” Lind said.",
        ),
    )
    direct = [(q.text, q.speaker) for q in extract_quotes(article).quotes if q.kind == "direct"]
    assert direct == [("The minister told me, “not this year,” and hung up", "Tove Lind")]


ARCHIVE = [
    # (paragraphs, direct quotes with their speakers) in archive and plain-text styles
    (
        ("Harbour master Tove Lind spoke in Bergen.", "''The ferries will run,'' Ms. Lind said."),
        [("The ferries will run", "Tove Lind")],
    ),
    (
        ("Harbour master Tove Lind spoke in Bergen.", "Ms. Lind added: ''We sail at dawn.''"),
        [("We sail at dawn.", "Tove Lind")],
    ),
    (
        ("Harbour master Tove Lind spoke in Bergen.", "'The ferries will run,' Ms Lind said."),
        [("The ferries will run", "Tove Lind")],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), ARCHIVE)
def test_archive_and_plain_marks(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]
) -> None:
    article = Article(title="Ferry talks", paragraphs=paragraphs)
    direct = [(q.text, q.speaker) for q in extract_quotes(article).quotes if q.kind == "direct"]
    assert direct == expected


NESTED_IN_SINGLE = [
    # (paragraph, the quoted spans): British style nests double marks inside single ones.
    ("‘He told me “never”, and left,’ Lind said.", ["He told me “never”, and left"]),
    ("'She said \"not yet\" twice,' Lind said.", ['She said "not yet" twice']),
    # Double marks outside the single ones keep the double reading.
    ("“It’s ‘fine’ by me,” Lind said.", ["It’s ‘fine’ by me"]),
]


@pytest.mark.parametrize(("paragraph", "expected"), NESTED_IN_SINGLE)
def test_double_marks_nested_in_single(paragraph: str, expected: list[str]) -> None:
    assert quoted(paragraph) == expected


HARBOUR = "Harbour master Tove Lind spoke in Bergen."
HOUSE_STYLES = [
    # (paragraph after HARBOUR, direct quotes with their speakers) in marks of other presses.
    # German marks open low and close high.
    ("„We sail at dawn“, Lind said.", [("We sail at dawn", "Tove Lind")]),
    ("Lind added: „The ferries will run.“", [("The ferries will run.", "Tove Lind")]),
    # French guillemets with the spaces inside them.
    ("« We sail at dawn », Lind said.", [("We sail at dawn", "Tove Lind")]),
    ("Lind added: « The ferries will run. »", [("The ferries will run.", "Tove Lind")]),
    # BBC style: single marks, a quote nested in double ones inside.
    ("‘He told me “never”, and left,’ Lind said.", [("He told me “never”, and left", "Tove Lind")]),
    # Guardian style: the credit after a dash, the quote before it.
    (
        "“The queues have never been longer.” – Tove Lind",
        [("The queues have never been longer.", "Tove Lind")],
    ),
    (
        "'The queues have never been longer' – Tove Lind, the harbour master",
        [("The queues have never been longer", "Tove Lind")],
    ),
]


@pytest.mark.parametrize(("paragraph", "expected"), HOUSE_STYLES)
def test_house_styles(paragraph: str, expected: list[tuple[str, str | None]]) -> None:
    article = Article(title="Ferry talks", paragraphs=(HARBOUR, paragraph))
    direct = [(q.text, q.speaker) for q in extract_quotes(article).quotes if q.kind == "direct"]
    assert direct == expected


CREDITED_TITLE_CASE = [
    # (paragraphs, direct quotes with their speakers): Title Case words in marks.
    (
        # Opening its sentence with the credit right after: the first half of speech.
        ("Harbour master Tove Lind spoke.", "“As Mayor,” Lind said, “I will keep the ferries.”"),
        [("As Mayor", "Tove Lind"), ("I will keep the ferries.", "Tove Lind")],
    ),
    (
        # Inside the sentence, before the same credit: a show's title, nobody's words.
        ("Harbour master Tove Lind spoke.", "On “Morning Hour,” Lind said the ferries would run."),
        [],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), CREDITED_TITLE_CASE)
def test_credited_title_case(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]
) -> None:
    attribution = extract_quotes(Article(title="Ferry talks", paragraphs=paragraphs))
    assert [(q.text, q.speaker) for q in attribution.quotes if q.kind == "direct"] == expected


FORGOTTEN_CLOSE = [
    # (paragraph, the quoted spans): a quote whose closing mark was forgotten before the next.
    (
        "“They revel in it. “There is another side,” Lind said.",
        ["They revel in it.", "There is another side"],
    ),
    (
        '"They revel in it. "There is another side," Lind said.',
        ["They revel in it.", "There is another side"],
    ),
    # A nested quote inside a sentence is still skipped whole.
    (
        "“He told me, “not this year,” and hung up,” Lind said.",
        ["He told me, “not this year,” and hung up"],
    ),
]


@pytest.mark.parametrize(("paragraph", "expected"), FORGOTTEN_CLOSE)
def test_forgotten_closing_mark(paragraph: str, expected: list[str]) -> None:
    assert quoted(paragraph) == expected

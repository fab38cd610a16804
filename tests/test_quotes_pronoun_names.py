"""What "he" and "she" may mean: a person's name, never a misread phrase taken for one."""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes
from store.quotes.salience import name_like

CASES = [
    # (paragraphs, quoted text, expected speaker)
    # A title after "as" that narration took for a name is no one "he" can mean.
    (
        (
            "Ray Dunn met a veteran at the diner on Monday.",
            "Dunn jokingly offered the man a job as Secretary of Defense, then left.",
            "He says, “that is how you get smart.”",
        ),
        "that is how you get smart.",
        "Ray Dunn",
    ),
    # Another's aide named by a description is no "she" either: the woman spoke.
    (
        (
            "Lena Ortiz spoke at the rally on Saturday, during which she thanked the crowd.",
            "Pollster Sam Reed's campaign manager said the turnout was low.",
            "“I want to thank every volunteer,” she said.",
        ),
        "I want to thank every volunteer",
        "Lena Ortiz",
    ),
]


@pytest.mark.parametrize(("paragraphs", "quoted", "speaker"), CASES)
def test_pronoun_skips_what_is_no_name(
    paragraphs: tuple[str, ...], quoted: str, speaker: str
) -> None:
    article = Article(url="https://example.test/p", title="Report", paragraphs=paragraphs)
    quotes = {q.text: q.speaker for q in extract_quotes(article).quotes}
    assert quotes[quoted] == speaker


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Ray Dunn", True),
        ("Charles de Gaulle", True),
        ("Reed", True),
        ("Secretary of Defense", False),
        ("Reed's campaign manager", False),
        ("Walking", False),
    ],
)
def test_name_like(name: str, expected: bool) -> None:
    assert name_like(name) is expected

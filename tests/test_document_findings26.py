"""What a report, review, inquiry or audit "found" is quoted from it (probe26 pattern 5).

Every case is invented: names, places and words belong to no corpus.
"""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes


def _direct(*paragraphs: str) -> list[tuple[str, str | None]]:
    article = Article(title="Clinic news", paragraphs=paragraphs)
    return [(q.text, q.speaker) for q in extract_quotes(article).quotes if q.kind == "direct"]


# store.quotes.document_findings: a document subject of "found" before a quote in the
# sentence speaks it; the author it names ("by X", "led by X") speaks for it.
@pytest.mark.parametrize(
    ("paragraph", "quote", "speaker"),
    [
        # A short quote used to be dropped outright.
        (
            "A review of the clinic found a “habit of silence” among senior doctors.",
            "habit of silence",
            "A review",
        ),
        (
            "The audit found that the accounts were “in no fit state” for the auditors.",
            "in no fit state",
            "The audit",
        ),
        (
            "The inquiry has found “grave and repeated failings” on the night shift.",
            "grave and repeated failings",
            "The inquiry",
        ),
        (
            "A report by the Dunmere Water Board, published in May, found that pipes were "
            "“badly neglected”.",
            "badly neglected",
            "Dunmere Water Board",
        ),
        (
            "The review, led by the surgeon Dr Halla Brenn, found a “culture of fear” on the "
            "wards.",
            "culture of fear",
            "Halla Brenn",
        ),
        # A year among the modifiers, a participle before the tail, an opening adverb.
        (
            "A 2019 study found the pills “no better than chalk”.",
            "no better than chalk",
            "A 2019 study",
        ),
        (
            "A study published in the Harlow Medical Journal found the pills “no better than chalk”.",
            "no better than chalk",
            "A study",
        ),
        (
            "However, the review found a “culture of fear” on the wards.",
            "culture of fear",
            "the review",
        ),
        (
            "The report, published on Tuesday, found “widespread failings” at the port.",
            "widespread failings",
            "The report",
        ),
    ],
)
def test_a_documents_finding_is_its_quote(paragraph: str, quote: str, speaker: str) -> None:
    article = Article(title="Clinic news", paragraphs=(paragraph,))
    found = [q for q in extract_quotes(article).quotes if q.kind == "direct"]
    assert len(found) == 1
    assert found[0].text == quote
    assert speaker in (found[0].speaker or "")
    assert found[0].confidence <= 0.85  # a finding is never a plain "said"


@pytest.mark.parametrize(
    "paragraph",
    [
        # People find places and things: a scare quote, never their words by a cue.
        "Ada Rune went walking in the old town. She found a “quiet little spot” by the harbour.",
        "The inspectors found a “quiet little spot” by the harbour.",
        "Police found a “large quantity” of cash in the car.",
        # "by the end of May" names no author, and "A report" alone is no document phrase here.
        "Nothing by the end of May found a “quiet little spot” there.",
        # The quote is in the next sentence: the finding is not its cue.
        "The review found serious failings. The wards were a “quiet little spot” at night.",
    ],
)
def test_a_finding_that_is_no_documents_cues_nothing(paragraph: str) -> None:
    article = Article(title="Clinic news", paragraphs=(paragraph,))
    sure = [q for q in extract_quotes(article).quotes if q.confidence >= 0.8]
    assert sure == []


def test_it_found_is_the_body_that_last_spoke() -> None:
    # "It" after the report spoke: the report's finding, as "it said" would be.
    found = _direct(
        "“Patients were not heard,” the report said.",
        "It found that care “fell well short of what families could expect”.",
    )
    assert found[-1] == ("fell well short of what families could expect", "the report")


def test_it_found_with_no_body_before_names_no_one() -> None:
    found = _direct(
        "Ada Rune was at home that night.",
        "It found that care “fell well short of what families could expect”.",
    )
    assert found == [("fell well short of what families could expect", None)]

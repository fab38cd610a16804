"""E2e precision, stop 22: words in marks that no named person says, and no wrong speaker.

Invented text. A name that is the object of "to" in the subject's phrase ("an adviser to the
mayor said", "the email to her donors notes") is whom the words went to, not who said them:
the quote stays unattributed rather than go to that name. A few words in marks with no
speaker and no cue in their sentence are the writer's term and are no quote at all; with a
cue beside them ("“Okay,” I said") they stay a quote.
"""

from __future__ import annotations

import pytest

from store.models import Article, QuoteKind
from store.quotes.extract import extract_quotes


def _direct(paragraph: str) -> dict[str, str | None]:
    article = Article(
        url="https://example.test/p22", title="Report", paragraphs=("A day in Holt.", paragraph)
    )
    quotes = extract_quotes(article).quotes
    return {q.text: q.speaker for q in quotes if q.kind == QuoteKind.DIRECT}


NOT_THE_OBJECT = [
    # (paragraph, quoted words, the name they must never go to)
    # The adviser speaks, not the mayor the adviser works for (was Bo Renn at 0.95).
    (
        "An adviser to Mayor Bo Renn said the plan was “a mess from the start.”",
        "a mess from the start.",
        "Bo Renn",
    ),
    # The email's readers are whom it was sent to.
    (
        "Ilse Varga wrote on Monday. The email to her donors notes that Bo Renn “is a lawyer "
        "who fought for fair rents.”",
        "is a lawyer who fought for fair rents.",
        "her donors",
    ),
    # The paper that obtained a letter did not write it.
    (
        "A March 3 letter from the harbour guild obtained by the Holt Courier warns that “any "
        "further use will go to our lawyers.”",
        "any further use will go to our lawyers.",
        "Holt Courier",
    ),
]


@pytest.mark.parametrize(("paragraph", "quoted", "wrong"), NOT_THE_OBJECT)
def test_the_object_of_to_in_the_subjects_phrase_is_not_the_speaker(
    paragraph: str, quoted: str, wrong: str
) -> None:
    quotes = _direct(paragraph)
    assert quoted in quotes, sorted(quotes)
    assert quotes[quoted] != wrong


STILL_SPEAKERS = [
    # (paragraph, quoted words, speaker): a subject before "to" or after a comma still speaks.
    (
        "Speaking to reporters on Friday, Ilse Varga said the plan was “a mess from the start.”",
        "a mess from the start.",
        "Ilse Varga",
    ),
    (
        "According to Ilse Varga, the plan was “a mess from the start.”",
        "a mess from the start.",
        "Ilse Varga",
    ),
]


@pytest.mark.parametrize(("paragraph", "quoted", "speaker"), STILL_SPEAKERS)
def test_a_subject_outside_the_phrase_still_speaks(
    paragraph: str, quoted: str, speaker: str
) -> None:
    assert _direct(paragraph).get(quoted) == speaker


WRITERS_TERMS = [
    # (paragraph, words in marks that are the writer's term, not a quote)
    # The only cue ("state") is in the sentence before: no one says "homeland" here.
    (
        "The clip went up on Monday and it states the aims of the cell. They state their aim is "
        "to expand the “homeland” and also redraw the borders.",
        "homeland",
    ),
]


@pytest.mark.parametrize(("paragraph", "term"), WRITERS_TERMS)
def test_a_speakerless_phrase_with_no_cue_in_its_sentence_is_a_term(
    paragraph: str, term: str
) -> None:
    assert term not in _direct(paragraph)


SPOKEN_WITHOUT_SPEAKER = [
    # (paragraph, words in marks): a cue of their own sentence makes them speech, kept.
    ("I did not begin well. “Okay,” I said, trying again.", "Okay"),
    (
        "I said the vote was over. Friends offered to help with my “campaign” once I posted it.",
        "campaign",
    ),
]


@pytest.mark.parametrize(("paragraph", "quoted"), SPOKEN_WITHOUT_SPEAKER)
def test_a_phrase_with_a_cue_in_its_sentence_stays_a_quote(paragraph: str, quoted: str) -> None:
    assert quoted in _direct(paragraph)

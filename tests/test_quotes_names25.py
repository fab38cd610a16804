"""Speakers read wrong from broken names, relative clauses and pronouns (stop 25)."""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes


def _speaker_of(paragraphs: tuple[str, ...], words: str) -> str | None:
    """The speaker of the quote opening with `words`; None too when no quote holds them."""
    found = extract_quotes(Article(title="Harbour news", paragraphs=paragraphs))
    return next((q.speaker for q in found.quotes if q.text.startswith(words)), None)


_TRANSCRIPT = (
    "Part of the exchange follows:",
    '"DORN: Mayor Kerr, you said the storm caused it. Listen.',
    '"VIDEO: They swore it was the storm, though the gauges said otherwise.',
    '"MR. PELL: We will look at the sea wall again.',
)
_BERG = "Tomas Berg said the ruling was narrow. “It will not last,” Berg said."

CASES = [
    # A hyphened modifier in an owner's description: the aide speaks, never her employer.
    (
        ("Ada Kerr’s right-hand aide addressed the volunteers, saying: “Be set for Monday.”",),
        "Be set",
        "Kerr’s right-hand aide",
    ),
    (
        ("The long-time aide rallied the crowd, saying: “Stay calm.”",),
        "Stay calm",
        "The long-time aide",
    ),
    # An unnamed source's authorisation is an aside: "the record" said nothing.
    (
        (
            "“The crews are under pressure,” a harbour source, who is not authorized to talk"
            " on the record, told the Dover Ledger.",
        ),
        "The crews",
        "a harbour source",
    ),
    (
        (
            "“The crews are under pressure,” a harbour source, who is not authorised to discuss"
            " the talks publicly, told the Dover Ledger.",
        ),
        "The crews",
        "a harbour source",
    ),
    # The one person a new paragraph names, as a possessive or an object, is its "he".
    (
        (
            _BERG,
            "That might sound odd to anyone who heard harbour master Otto Lanner’s statement on"
            " Friday. He called the filing “plainly frivolous,” and said the case should close.",
        ),
        "plainly frivolous",
        "Otto Lanner",
    ),
    (
        (_BERG, "Just look at Mayor Otto Lanner. “The harbour will close,” he said last week."),
        "The harbour will close",
        "Otto Lanner",
    ),
    # Not when a description is brought in too, nor when the pronoun's own clause names him.
    (
        (
            _BERG,
            "The radio host filled his speeches for Otto Lanner with praise. He has declared"
            " Lanner to be “anointed” by all.",
        ),
        "anointed",
        "Tomas Berg",
    ),
    # Nor when the salient speaker is written in the paragraph, nor for a name only in the
    # pronoun's own sentence.
    (
        (_BERG, "Berg wrote to Otto Lanner on Sunday. “We did try,” he said."),
        "We did try",
        "Tomas Berg",
    ),
    (
        (_BERG, "After meeting Otto Lanner, he said “the talks went well.”"),
        "the talks went well",
        "Tomas Berg",
    ),
    # A transcript turn labelled with no one's name is nobody's we can name, never the last
    # speaker's words carried on; a named label still speaks.
    (_TRANSCRIPT, "VIDEO: They", None),
    (_TRANSCRIPT, "We will look at the sea wall", "Pell"),
]


@pytest.mark.parametrize(("paragraphs", "words", "speaker"), CASES)
def test_speaker(paragraphs: tuple[str, ...], words: str, speaker: str | None) -> None:
    assert _speaker_of(paragraphs, words) == speaker

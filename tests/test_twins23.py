"""Code once written twice in store/quotes now has one home; the readers that use it agree."""

from __future__ import annotations

import pytest

from store.quotes import reported, reported_asides, reported_speakers
from store.quotes.marks import spans_in_paragraph
from store.quotes.sentences import end_of_sentence, sentence_ends
from store.quotes.statement_words import REPORTED_RELATIVES, REPORTED_TELL_FORMS
from store.quotes.subjects import sentence_subject
from store.quotes.term_shapes import named_term

ENDS: list[tuple[str, str, int]] = [
    # (text, the word asked of, where its sentence ends) for end_of_sentence
    ("The quay shut. Ada Kerr left.", "quay", len("The quay shut.")),
    ("The quay shut. Ada Kerr left.", "Kerr", len("The quay shut. Ada Kerr left.")),
    ("Dr. Ada Kerr left the quay", "Kerr", len("Dr. Ada Kerr left the quay")),  # no stop: the end
]


@pytest.mark.parametrize(("text", "word", "end"), ENDS)
def test_end_of_sentence(text: str, word: str, end: int) -> None:
    assert end_of_sentence(sentence_ends(text), text.index(word), len(text)) == end


TERMS: list[tuple[str, bool]] = [
    # (paragraph, whether its quoted word is a term the sentence talks about)
    ("“Unfair” was the word the minister used.", False),
    # A title's full stop ends no sentence: the speech verb after it still counts (it was a
    # term while a bare stop bounded the rest of the sentence).
    ("“Unfair” was the word Dr. Ada Kerr used.", False),
    ("“Restricted” is the lowest grade of the files. Tom Lind used it.", True),
]


@pytest.mark.parametrize(("paragraph", "term"), TERMS)
def test_speech_after_the_term_reads_whole_sentence(paragraph: str, term: bool) -> None:
    (span,) = spans_in_paragraph(0, paragraph)
    assert named_term(paragraph, span) is term


def test_one_home_for_the_words_of_telling_and_relatives() -> None:
    # Each reader once held its own copy; a copy back in one of them could drift apart.
    assert {"tell", "told", "tells", "telling"} == REPORTED_TELL_FORMS
    assert {"who", "which", "that", "whose"} == REPORTED_RELATIVES
    assert not hasattr(reported, "_TELLING") and not hasattr(reported_asides, "_TELLING")
    assert not hasattr(reported_asides, "_RELATIVES") and not hasattr(reported_speakers, "_WHO")
    assert REPORTED_TELL_FORMS <= reported_asides._SAYING


OPENINGS: list[tuple[str, str | None]] = [
    # (sentence, its main clause's subject) after an opening clause no comma closes
    ("When he landed he began by saying", "he"),
    # "as" opens such a clause as "when" does: one list of subordinators serves both readers.
    ("As he left the quay he began by saying", "he"),
    ("As Ada Kerr left the quay Tom Lind began by saying", None),  # no pronoun: left unread
]


@pytest.mark.parametrize(("sentence", "subject"), OPENINGS)
def test_unpunctuated_opening_reads_the_shared_subordinators(
    sentence: str, subject: str | None
) -> None:
    found = sentence_subject(sentence, 0, len(sentence))
    assert (found.chunk if found else None) == subject

"""Confident wrong attributions of an invented probe: other people's words inside an account,
questions put to someone, letters read out, signs, joint speakers and words only mentioned."""

from __future__ import annotations

import pytest

from store.models import Article, QuoteKind
from store.quotes.extract import extract_quotes
from store.quotes.nested_quotes import inner_spans

PLAIN = 0.9


def _direct(paragraphs: tuple[str, ...], fragment: str) -> tuple[str | None, float]:
    result = extract_quotes(Article(title="Story", paragraphs=paragraphs))
    found = [q for q in result.quotes if q.kind == QuoteKind.DIRECT and fragment in q.text]
    assert found, f"no direct quote holds {fragment!r}"
    return found[0].speaker, found[0].confidence


def _has_direct(paragraphs: tuple[str, ...], fragment: str) -> bool:
    result = extract_quotes(Article(title="Story", paragraphs=paragraphs))
    return any(q.kind == QuoteKind.DIRECT and fragment in q.text for q in result.quotes)


# Words someone else says inside a quote are found as theirs, inside the outer speaker's quote.
@pytest.mark.parametrize(
    ("paragraph", "fragment"),
    [
        ("\"He came to the till and said, 'Nobody move,'\" said Wren Applegate.", "Nobody move"),
        ("\"She said 'Pack up' and left,\" said Wren Applegate.", "Pack up"),
        ("\"The foreman told me, 'You're done,' and walked off,\" said Wren Applegate.", "done"),
    ],
)
def test_inner_quote_after_a_speech_verb_is_marked_as_someone_elses(
    paragraph: str, fragment: str
) -> None:
    speaker, _ = _direct((paragraph,), fragment)
    assert speaker == "Wren Applegate"  # she said the whole quote, as the gold has it
    # The inner words are found as someone else's, so an answer asked for them says she was
    # quoting (store/search/quoting.py, tests/test_quoting25.py) rather than hedging it all.
    start, end = paragraph.index('"') + 1, paragraph.rindex('"')
    inner = [paragraph[a:b] for a, b in inner_spans(paragraph, start, end)]
    assert any(fragment in words for words in inner)


@pytest.mark.parametrize(
    "paragraph",
    [
        # The speaker's own voice or own scare quote inside: still plainly hers.
        "\"I just say, 'Thanks for coming,' to all of them,\" said Wren Applegate.",
        "\"They call it 'the pit' and it is mine,\" said Wren Applegate.",
        "\"Their so-called 'plan' is empty,\" said Wren Applegate.",
    ],
)
def test_own_inner_words_stay_sure(paragraph: str) -> None:
    assert _direct((paragraph,), "")[1] >= PLAIN


# A question put to someone is not theirs.
@pytest.mark.parametrize(
    "paragraphs",
    [
        ('Orrin Blaise was asked: "Did you sign the lease?"',),
        ('At the inquiry, Orrin Blaise was asked: "Did you sign the lease?" He said he forgot.',),
        ('Harbourmaster Orrin Blaise was asked: "Will you close the quay?"', '"No," he said.'),
    ],
)
def test_question_put_to_someone_has_no_speaker(paragraphs: tuple[str, ...]) -> None:
    assert _direct(paragraphs, "?")[0] is None


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ('Orrin Blaise was asked by councillor Tamsin Roe: "Did you sign?"', "Tamsin Roe"),
        ('Orrin Blaise asked: "Did you sign?"', "Orrin Blaise"),
        ('Orrin Blaise stood up. "Why now?" He asked.', "Orrin Blaise"),
    ],
)
def test_a_question_with_its_asker_keeps_them(paragraph: str, speaker: str) -> None:
    assert _direct((paragraph,), "?")[0] == speaker


# Someone else's cry inside a witness's account.
@pytest.mark.parametrize(
    "paragraph",
    [
        'Neighbour Pell Arkwright said she heard a man shout: "Run, the roof is going!"',
        'Pell Arkwright said a woman ran past screaming "Run, the roof is going!"',
    ],
)
def test_a_cry_in_an_account_is_the_criers(paragraph: str) -> None:
    speaker, confidence = _direct((paragraph,), "roof")
    assert speaker in ("a man", "a woman")
    assert confidence < PLAIN


def test_the_witness_keeps_her_own_words() -> None:
    paragraph = 'Pell Arkwright said she heard a crash and then told us: "Run, the roof is going!"'
    assert _direct((paragraph,), "roof")[0] == "Pell Arkwright"


# A letter read out is its writer's.
@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ('Judge Idris Vantongeren read out a letter from the victim: "I am afraid."', "the victim"),
        ('Judge Idris Vantongeren read a statement from Cora Lusk: "I am afraid."', "Cora Lusk"),
        ('Judge Idris Vantongeren read a statement: "I am afraid."', "Idris Vantongeren"),
    ],
)
def test_a_letter_read_out_is_its_writers(paragraph: str, speaker: str) -> None:
    assert _direct((paragraph,), "afraid")[0] == speaker


# A sign's text: its putter's, written, never a plain named quote.
@pytest.mark.parametrize(
    "paragraph",
    [
        'Grocer Fennimore Bax put up a sign saying "Shut until spring".',
        'Grocer Fennimore Bax hoisted a banner that read "Shut until spring".',
    ],
)
def test_a_signs_text_is_not_sure(paragraph: str) -> None:
    assert _direct((paragraph,), "spring")[1] < PLAIN


def test_a_statement_saying_stays_sure() -> None:
    paragraph = 'Grocer Fennimore Bax released a statement saying "We shut until spring".'
    assert _direct((paragraph,), "spring")[1] >= PLAIN


# Two people named with a role before the second: both, never the nearer alone.
@pytest.mark.parametrize(
    "paragraph",
    [
        'Warden Lise Okonkwo and surveyor Anders Pym both called it "a fine day for the valley".',
        'Warden Lise Okonkwo and surveyor Anders Pym both said: "A fine day for the valley."',
        'Lise Okonkwo and chief surveyor Anders Pym said: "A fine day for the valley."',
    ],
)
def test_joint_subject_with_a_role_is_both(paragraph: str) -> None:
    speaker = _direct((paragraph,), "fine day")[0]
    assert speaker is not None and "Okonkwo" in speaker and "Pym" in speaker


@pytest.mark.parametrize(
    "paragraph",
    [
        # The first capitalised word is a verb's object, not a speaker.
        'Lise Okonkwo met Tuesday and surveyor Anders Pym said: "A fine day for the valley."',
        'Lise Okonkwo left, and surveyor Anders Pym said: "A fine day for the valley."',
    ],
)
def test_a_role_after_another_clause_is_one_speaker(paragraph: str) -> None:
    assert _direct((paragraph,), "fine day")[0] == "Anders Pym"


# A word talked about is no quote.
@pytest.mark.parametrize(
    "paragraph",
    [
        'His rival Oona Feld said the word "ruin" was unfair.',
        'Oona Feld said the phrase "fair share" is meaningless.',
    ],
)
def test_a_word_talked_about_is_no_quote(paragraph: str) -> None:
    assert not _has_direct((paragraph,), "r")


@pytest.mark.parametrize(
    ("paragraph", "fragment"),
    [
        ('Oona Feld said the word "sorry" twice.', "sorry"),
        ('Oona Feld said the plan was "a ruin".', "ruin"),
    ],
)
def test_a_word_said_stays_a_quote(paragraph: str, fragment: str) -> None:
    assert _direct((paragraph,), fragment)[0] == "Oona Feld"

"""Inverted credits and demonstrative credits the probe of stop 25 found missed, in invented
wire, sport and BBC-style copy."""

from __future__ import annotations

import pytest

from store.models import Article, Attribution
from store.quotes.extract import extract_quotes


def _extract(paragraphs: tuple[str, ...], title: str = "Notes") -> Attribution:
    return extract_quotes(Article(title=title, paragraphs=paragraphs))


def _speaker_of(found: Attribution, words: str) -> str | None:
    """The speaker of the quote opening with `words`; None too when no quote holds them."""
    return next((q.speaker for q in found.quotes if q.text.startswith(words)), None)


# A short surname's full stop ("Holm.", "Lee.") was read as an abbreviation's when the next
# sentence opened with a capital, so the credit ran on into it and named no one (or 'Holm.').
SHORT_SURNAME_ENDS = [
    ('"We are set," said Greta Holm. The match starts at 3pm.', "Greta Holm"),
    ('"We are set," said Greta Holm. Later the match starts.', "Greta Holm"),
    ('"We are set," said Greta Holm. It starts at 3pm.', "Greta Holm"),
    ('"We are set," said Ann Ford. The match starts at 3pm.', "Ann Ford"),
    ('"We are set," said Ann Lee. The match starts at 3pm.', "Ann Lee"),
    ('"We are set," said Tom Vale. He smiled.', "Tom Vale"),
    ('"We are set," said Ms Holm. She smiled.', "Holm"),
    ("“We are set,” said Greta Holm. The match starts at 3pm.", "Greta Holm"),
    # A word that stops a credit stops it with its full stop too.
    ('"We are set," said Tom Vale yesterday.', "Tom Vale"),
    ('"We are set," said Tom Vale today. He smiled.', "Tom Vale"),
]


@pytest.mark.parametrize(("paragraph", "speaker"), SHORT_SURNAME_ENDS)
def test_a_short_surname_ends_the_inverted_credit(paragraph: str, speaker: str) -> None:
    assert _speaker_of(_extract((paragraph,)), "We are set") == speaker


# Real abbreviations keep their full stop and the credit runs on past them (a title is no
# part of the speaker's name).
ABBREVIATED_CREDITS = [
    ('"We are set," said Gov. Ada Kerr. The vote is on Friday.', "Ada Kerr"),
    ('"We are set," said Det. Insp. Ada Kerr. The trial opens soon.', "Ada Kerr"),
    ('"We are set," said J. Bo Renn. The vote is on Friday.', "J. Bo Renn"),
    ('"We are set," said Sen. Ada Kerr of Vermont.', "Ada Kerr"),
]


@pytest.mark.parametrize(("paragraph", "speaker"), ABBREVIATED_CREDITS)
def test_an_abbreviation_inside_an_inverted_credit_ends_nothing(
    paragraph: str, speaker: str
) -> None:
    assert _speaker_of(_extract((paragraph,)), "We are set") == speaker


# British copy quotes in single marks; a credit inverted after the closing one ("'...,' said
# Tom Vale") was never read, as only double marks counted as a quote's close before the verb.
SINGLE_MARK_CREDITS = [
    ("'We are set,' said Tom Vale.", "Tom Vale"),
    ("'We are set,' says Tom Vale.", "Tom Vale"),
    ("'We are set,' said Tom Vale, the coach.", "Tom Vale"),
    ("'We are set,' said the coach, Tom Vale.", "Tom Vale"),
    ("'We are set,' said Tom Vale yesterday.", "Tom Vale"),
    ("He arrived. 'We are set,' said Greta Holm, the coach.", "Greta Holm"),
    ("'We are set. We trained,' said Kim Arlott, 31.", "Kim Arlott"),
    ("‘We are set,’ said Tom Vale.", "Tom Vale"),
    ("'We are set,' Tom Vale said.", "Tom Vale"),
]


@pytest.mark.parametrize(("paragraph", "speaker"), SINGLE_MARK_CREDITS)
def test_a_credit_inverted_after_a_single_mark_names_the_speaker(
    paragraph: str, speaker: str
) -> None:
    assert _speaker_of(_extract((paragraph,)), "We are set") == speaker


# An apostrophe that closes no quote is still no quote's mark before a verb.
def test_a_possessive_apostrophe_before_a_verb_credits_no_one_after_it() -> None:
    found = _extract(("The players' said goodbye to Tom Vale on Friday.",))
    assert all(q.speaker != "Tom Vale" for q in found.quotes)


# "That was the verdict of X" credited a quote only as the next sentence of its paragraph,
# and only for a few nouns of judgement; a dash before it, "the message from X", or the
# credit opening the next paragraph left the quote with no speaker.
DEMONSTRATIVE_CREDITS = [
    (
        ('"We made an offer and they left" - that was the verdict of Ilse Marr, the union chief.',),
        "Ilse Marr",
    ),
    (('"We made an offer and they left" – this was the view of Ilse Marr.',), "Ilse Marr"),
    (('"We got it wrong." That was the message from Ilse Marr on Friday.',), "Ilse Marr"),
    (
        ('"We got it wrong."', "That was the message from Ilse Marr, the fair's director."),
        "Ilse Marr",
    ),
    (('"We got it wrong."', "That was the warning of Ilse Marr on Friday."), "Ilse Marr"),
    (('"We got it wrong."', "This was the plea from Ilse Marr to the council."), "Ilse Marr"),
]


@pytest.mark.parametrize(("paragraphs", "speaker"), DEMONSTRATIVE_CREDITS)
def test_that_was_the_message_from_names_the_quote_s_owner(
    paragraphs: tuple[str, ...], speaker: str
) -> None:
    assert _speaker_of(_extract(paragraphs), "We") == speaker


# Words that are someone else's, or a credit naming no one, credit nobody by these.
DEMONSTRATIVE_NON_CREDITS = [
    ('"We got it wrong."', "That was the view of critics like Ilse Marr, who spoke later."),
    ('"We got it wrong."', "That was the message from Ilse Marr's rival."),
    ('"We got it wrong."', "The message from the fair was sent to Ilse Marr on Friday."),
]


@pytest.mark.parametrize("paragraphs", DEMONSTRATIVE_NON_CREDITS)
def test_a_demonstrative_naming_others_credits_no_one(paragraphs: tuple[str, ...]) -> None:
    assert _speaker_of(_extract(paragraphs), "We got it wrong") is None


_MET = "Rob Halloran met Piet Vandersloot on Monday."

# "X said ..., but Y disagreed": Y, taking a stand in the sentence's last clause, is whom
# the next "he" means; only the sentence's first name counted as its subject.
STANCE_SUBJECTS = [
    (
        (
            _MET,
            "Vandersloot said the talks went well, but Halloran disagreed.",
            '"It was a waste," he said.',
        ),
        "Rob Halloran",
    ),
    (
        (
            _MET,
            "Vandersloot said the talks went well; but Halloran objected.",
            '"It was a waste," he said.',
        ),
        "Rob Halloran",
    ),
    (
        (
            _MET,
            "Vandersloot praised the talks, while Halloran strongly dissented.",
            '"It was a waste," he said.',
        ),
        "Rob Halloran",
    ),
]


@pytest.mark.parametrize(("paragraphs", "speaker"), STANCE_SUBJECTS)
def test_a_later_clause_taking_a_stand_is_the_salient_he(
    paragraphs: tuple[str, ...], speaker: str
) -> None:
    assert _speaker_of(_extract(paragraphs), "It was a waste") == speaker


# A later clause whose subject takes no stand leaves the sentence's speaker the salient one.
STANCE_NON_SUBJECTS = [
    (
        (
            _MET,
            "Vandersloot said the talks went well, but Halloran was absent.",
            '"It was a waste," he said.',
        ),
        "Piet Vandersloot",
    ),
    (
        (
            _MET,
            "Vandersloot said the talks went well, but Halloran's aides disagreed.",
            '"It was a waste," he said.',
        ),
        "Piet Vandersloot",
    ),
]


@pytest.mark.parametrize(("paragraphs", "speaker"), STANCE_NON_SUBJECTS)
def test_a_later_clause_without_a_stand_changes_no_antecedent(
    paragraphs: tuple[str, ...], speaker: str
) -> None:
    assert _speaker_of(_extract(paragraphs), "It was a waste") == speaker


def _reported(found: Attribution, words: str) -> str | None:
    """The speaker of the reported statement holding `words`; None when none holds them."""
    return next((q.speaker for q in found.quotes if words in q.text), None)


# "Name, appositive, PREDICATE, the ministry said": the name's appositive closed before its
# own verb, so the body after the last comma speaks; it was read as an appositive left
# unclosed ("Name, a former ambassador, will lead the talks, the foreign ministry") and lost.
TRAILING_BODY_CREDITS = [
    (
        "Odile Marchetti, a former envoy, will lead the talks, the foreign ministry said on Monday.",
        "the foreign ministry",
    ),
    (
        "Odile Marchetti, a former envoy, will lead the talks, the foreign ministry announced.",
        "the foreign ministry",
    ),
    ("Odile Marchetti, 64, has resigned, the harbour board said.", "the harbour board"),
    ("Odile Marchetti, the envoy, was named on Friday, Ada Kerr said.", "Ada Kerr"),
]


@pytest.mark.parametrize(("paragraph", "speaker"), TRAILING_BODY_CREDITS)
def test_a_trailing_credit_after_a_closed_appositive_and_its_predicate(
    paragraph: str, speaker: str
) -> None:
    assert _reported(_extract((paragraph,)), "Odile Marchetti") == speaker


# An appositive really left unclosed still gives the name its verb.
UNCLOSED_APPOSITIVES = [
    ("Odile Marchetti, who is chair of the fund said the fees would rise.", "Odile Marchetti"),
    (
        "Odile Marchetti, president of the harbour board stated the fees would rise.",
        "Odile Marchetti",
    ),
]


@pytest.mark.parametrize(("paragraph", "speaker"), UNCLOSED_APPOSITIVES)
def test_an_unclosed_appositive_keeps_its_name_the_speaker(paragraph: str, speaker: str) -> None:
    assert _reported(_extract((paragraph,)), "the fees would rise") == speaker

"""Speakers the probe of stop 24 found wrong or missing, in invented obituaries and wire copy."""

from __future__ import annotations

import pytest

from store.models import Article, Attribution, QuoteKind
from store.quotes.extract import extract_quotes


def _extract(paragraphs: tuple[str, ...], title: str = "Notes") -> Attribution:
    return extract_quotes(Article(title=title, paragraphs=paragraphs))


def _speaker_of(found: Attribution, words: str) -> str | None:
    """The speaker of the quote opening with `words`; None too when no quote holds them."""
    return next((q.speaker for q in found.quotes if q.text.startswith(words)), None)


_DEATH = "Tobias Quell, who built the town's first cinema, has died aged 91."

# "-ly" read "family" as an adverb between the subject and its verb ("Quell quietly said"),
# so the dead man was credited with his relatives' words, confidently; "the Quell family" was
# the body 'Quell'; "his family" and "the family" named nobody.
FAMILY_SPEAKERS = [
    (
        (_DEATH, "Quell's family said he had died peacefully at home."),
        "he had died",
        "Quell's family",
    ),
    ((_DEATH, '"He loved every film," Quell\'s family said.'), "He loved", "Quell's family"),
    (
        (_DEATH, '"He loved every film," the Quell family said in a statement.'),
        "He loved",
        "the Quell family",
    ),
    ((_DEATH, '"He loved every film," his family said.'), "He loved", "his family"),
    ((_DEATH, "The family said he had died peacefully at home."), "he had died", "The family"),
    (("Edna Varley has died at the age of 88, her family said.",), "Edna Varley", "her family"),
    # "ally" ends so too.
    (("Edna Varley's ally said the vote would be close.",), "the vote", "Varley's ally"),
]


@pytest.mark.parametrize(("paragraphs", "words", "speaker"), FAMILY_SPEAKERS)
def test_a_family_speaks_as_itself_never_as_the_person_it_is_named_after(
    paragraphs: tuple[str, ...], words: str, speaker: str
) -> None:
    assert _speaker_of(_extract(paragraphs), words) == speaker


# A manner adverb between a subject and its verb is still passed over.
ADVERB_SPEAKERS = [
    (("Edna Varley quietly said the vote would be close.",), "the vote", "Edna Varley"),
    (('"It will be close," Varley calmly said.',), "It will be close", "Varley"),
]


@pytest.mark.parametrize(("paragraphs", "words", "speaker"), ADVERB_SPEAKERS)
def test_a_manner_adverb_before_the_verb_is_no_speaker(
    paragraphs: tuple[str, ...], words: str, speaker: str
) -> None:
    assert _speaker_of(_extract(paragraphs), words) == speaker


_SON = "His son, Tom Quell, said she died at home."
_DAUGHTER = "His daughter, Edna Quell, said he died at home."

# An object pronoun in a subject's statement is most often someone else ("the town owed him a
# debt" is the dead man), so it says nothing of the subject's sex: "she said" right after is
# that subject, not a woman of known sex a paragraph before. A possessive still says it.
PRONOUN_AFTER_AN_OBJECT = [
    (
        (
            _DAUGHTER,
            'The dean, Lisette Brindle, said the town owed him a debt. "We miss him," she said.',
        ),
        "We miss",
        "Lisette Brindle",
    ),
    (
        ('The dean, Lisette Brindle, said the town owed him a debt. "We miss him," she said.',),
        "We miss",
        "Lisette Brindle",
    ),
    (
        (_SON, 'The pastor, Robin Hallam, said the town owed her a debt. "We miss her," he said.'),
        "We miss",
        "Robin Hallam",
    ),
    (
        (_SON, 'The pastor, Robin Hallam, said they thanked her. "We miss her," he said.'),
        "We miss",
        "Robin Hallam",
    ),
    # A possessive after the subject is the subject's own: the pronoun of the other sex is
    # the person of that sex before.
    (
        (_DAUGHTER, 'The dean, Robin Hallam, said his plan had worked. "We miss him," she said.'),
        "We miss",
        "Edna Quell",
    ),
    (
        (_SON, 'The pastor, Robin Hallam, said her own work was long. "We miss her," he said.'),
        "We miss",
        "Tom Quell",
    ),
]


@pytest.mark.parametrize(("paragraphs", "words", "speaker"), PRONOUN_AFTER_AN_OBJECT)
def test_an_object_pronoun_says_nothing_of_the_subjects_sex(
    paragraphs: tuple[str, ...], words: str, speaker: str
) -> None:
    assert _speaker_of(_extract(paragraphs), words) == speaker


def _statement_of(found: Attribution, words: str) -> str | None:
    """The speaker of the indirect quote opening with `words`, else None."""
    return next(
        (
            q.speaker
            for q in found.quotes
            if q.kind == QuoteKind.INDIRECT and q.text.startswith(words)
        ),
        None,
    )


# A bare subject "noun of [the] noun(s)" before a finite verb opens the reported clause; a
# lower-case subject was read as one noun only, so nothing was found.
OF_PHRASE_SUBJECTS = [
    ("Ivo Farrant said prices of bread had risen sharply.", "prices of bread", "Ivo Farrant"),
    ("Ivo Farrant said levels of smog were higher.", "levels of smog", "Ivo Farrant"),
    ("Ivo Farrant said members of the board had resigned.", "members of the", "Ivo Farrant"),
    ("Ivo Farrant said stocks of clean water were low.", "stocks of clean", "Ivo Farrant"),
    # No finite verb after the phrase, or a relative's: the verb's object, no statement.
    ("Ivo Farrant wrote letters of support to the board.", "letters of", None),
    ("Ivo Farrant thanked members of the board who had resigned.", "members of", None),
]


@pytest.mark.parametrize(("paragraph", "words", "speaker"), OF_PHRASE_SUBJECTS)
def test_a_noun_of_a_noun_is_a_reported_clauses_subject(
    paragraph: str, words: str, speaker: str | None
) -> None:
    assert _statement_of(_extract((paragraph,)), words) == speaker


# A place between the verb and its "that", and a description whose noun a modifier opens
# before "familiar with": statements that were missed.
MISSED_STATEMENTS = [
    ("Ivo Farrant said outside court that the fine was fair.", "the fine", "Ivo Farrant"),
    ("Ivo Farrant said inside the hall that the fine was fair.", "the fine", "Ivo Farrant"),
    (
        "A senior envoy familiar with the talks said the two sides were far apart.",
        "the two sides",
        "A senior envoy familiar with the talks",
    ),
    (
        "Another western official close to the talks said the deal was near.",
        "the deal",
        "Another western official close to the talks",
    ),
    # The speaker's kind between "the" and its name.
    ("The charity Harbourwell said the cuts were bad for families.", "the cuts", "Harbourwell"),
    ("The union Tidelink said that the cuts were bad for staff.", "the cuts", "Tidelink"),
    ("The dockers' union Tidelink said the cuts were bad.", "the cuts", "Tidelink"),
    # A writer's "as" clause after the cue's comma leaves the words before the cue its own.
    (
        "The toll rose to nine on Sunday, the agency said, as divers searched the lake.",
        "The toll rose",
        "the agency",
    ),
]


# "The day Tidelink said": no kind of speaker before the name, a time (no statement is read).
NO_KIND_BEFORE_A_NAME = [
    ("The day Tidelink said the cuts were bad, shares fell.", "the cuts"),
]


@pytest.mark.parametrize(("paragraph", "words"), NO_KIND_BEFORE_A_NAME)
def test_no_kind_before_a_name_leaves_the_clause_the_writers(paragraph: str, words: str) -> None:
    assert _statement_of(_extract((paragraph,)), words) is None


@pytest.mark.parametrize(("paragraph", "words", "speaker"), MISSED_STATEMENTS)
def test_statements_missed_before(paragraph: str, words: str, speaker: str) -> None:
    assert _statement_of(_extract((paragraph,)), words) == speaker

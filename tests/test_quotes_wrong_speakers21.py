"""Direct quotes given the wrong speaker (stop 21): whom the next quote's pronoun means."""

from __future__ import annotations

import pytest

from store.models import Article, Attribution
from store.quotes.clause_speakers import opens_own_clause
from store.quotes.extract import extract_quotes
from store.quotes.kin_names import kin_name


def _extract(paragraphs: tuple[str, ...], title: str = "Notes") -> Attribution:
    return extract_quotes(Article(title=title, paragraphs=paragraphs))


def _speaker_of(found: Attribution, words: str) -> str | None:
    """The speaker of the quote opening with `words`; None too when no quote holds them."""
    return next((q.speaker for q in found.quotes if q.text.startswith(words)), None)


# A credit that closes the sentence, or a speaker opening the clause after a fronted phrase:
# that speaker, not the subject of the words credited, is whom the next "he said" means.
OWN_CLAUSE_SPEAKERS = [
    (
        (
            "Senator Bo Kerr drew big crowds in the valley last spring.",
            "Kerr won the small towns over with long speeches, Tom Vance said.",
            '"He was sharp and quick," he said.',
        ),
        "He was sharp",
        "Tom Vance",
    ),
    (
        (
            "Mayor Luisa Orrin has raised taxes twice.",
            "Orrin lost the suburbs by a wide margin, said Carla Dunn, a pollster in the state.",
            '"Voters there remember," she said.',
        ),
        "Voters there remember",
        "Carla Dunn",
    ),
    (
        (
            "Governor Bo Kerr spoke at the fair on Monday.",
            "Of Kerr, Tom Vance, who has known him for years, said he works hard.",
            '"I am a fan of his," he said.',
        ),
        "I am a fan",
        "Tom Vance",
    ),
]


@pytest.mark.parametrize(("paragraphs", "words", "speaker"), OWN_CLAUSE_SPEAKERS)
def test_a_speaker_opening_his_own_clause_is_whom_the_pronoun_means(
    paragraphs: tuple[str, ...], words: str, speaker: str
) -> None:
    assert _speaker_of(_extract(paragraphs), words) == speaker


OPENS_OWN_CLAUSE = [
    # (sentence, the speaker's name in it, whether the name opens a clause of its own)
    ("Kerr won them over, Vance said.", "Vance", True),
    ("Kerr won them over, said Vance.", "Vance", True),
    ("Kerr won them over, said Vance, an aide to the mayor.", "Vance", True),
    ("Kerr won them over, Vance said on Monday.", "Vance", True),
    ("In Ohio, Vance said the plan would fail.", "Vance", True),
    # An inverted verb with more clause after the name reports what someone else will do.
    ("The envoy, said Vance must leave soon.", "Vance", False),
    ("Kerr met Vance, who said nothing.", "Vance", False),
    ("Kerr, Vance and Lee said so.", "Vance", False),
    ("Kerr balked when Vance asked.", "Vance", False),
]


@pytest.mark.parametrize(("sentence", "name", "opens"), OPENS_OWN_CLAUSE)
def test_which_speakers_open_a_clause_of_their_own(sentence: str, name: str, opens: bool) -> None:
    assert opens_own_clause(sentence, sentence.index(name)) is opens


# A family member named by first name alone beside the relation is a person of its sex, and
# the next quote's pronoun is theirs, not that of the last full name of the sex.
KIN_NAMES = [
    (
        (
            "Governor Nora Pike has kept quiet about her plans.",
            "Senator Bo Kerr wants another term. But his wife, Lena, offered a hint on Friday.",
            '"He will run again," she said.',
        ),
        "He will run again",
        "Lena Kerr",  # the owner's surname, lent to her name (kin_surnames.py)
    ),
    (
        (
            'Tom Vance, 60, said: "I came for the music."',
            "At the rally, Ada Pell, 14, held up a sign. Her father, Jory, 41, stood beside her.",
            '"People here are tired," he said.',
        ),
        "People here are tired",
        "Jory Pell",
    ),
]


@pytest.mark.parametrize(("paragraphs", "words", "speaker"), KIN_NAMES)
def test_a_relative_named_by_first_name_is_whom_the_pronoun_means(
    paragraphs: tuple[str, ...], words: str, speaker: str
) -> None:
    assert _speaker_of(_extract(paragraphs), words) == speaker


KIN_NAME_SHAPES = [
    # (sentence, the word, the relation's sex or "" for no relation)
    ("But his wife, Lena, spoke.", "Lena", "f"),
    ("Her father, Jory, 41, stood.", "Jory", "m"),
    ("Kerr’s daughter, Mae, laughed.", "Mae", "f"),
    ("The city, Dover, voted.", "Dover", ""),  # no family relation before it
    ("His plan, Medicare, grew.", "Medicare", ""),  # a plan has no sex
    ("His wife Lena spoke.", "Lena", ""),  # no commas: read as a name with its title
]


@pytest.mark.parametrize(("sentence", "word", "sex"), KIN_NAME_SHAPES)
def test_which_lone_names_stand_beside_a_relation(sentence: str, word: str, sex: str) -> None:
    at = sentence.index(word)
    assert kin_name(sentence, at, at + len(word)).value == sex


# A sentence's capitalised first word read into the name run ("Like Kerr", "For Kerr",
# "Often"): a preposition's object is no subject, the view opener keeps its topic, and an
# adverb is nobody.
OPENING_WORDS = [
    (
        (
            "Tarn Kerr sued the firm in 2010.",
            "Tom Vance lost his job but was proved right.",
            "Like Kerr, the former customer, Vance does not want to fight anymore.",
            '"I am 76 and tired," he said.',
        ),
        "I am 76",
        "Tom Vance",
    ),
    (
        (
            "Gloria Kerr works the phones at the hall.",
            "Senator Lena Pike spoke at the hall on Monday.",
            "For Kerr, a retiree and volunteer, the calls are a duty to her grandchildren.",
            '"Pike has facts," she said.',
        ),
        "Pike has facts",
        "Gloria Kerr",
    ),
    (
        (
            "Jory Dunn and Tom Vance both run the newsletter now.",
            "Vance checks his phone all day. Often he is calling the next source.",
            '"We like the work," he said.',
        ),
        "We like the work",
        "Tom Vance",
    ),
]


@pytest.mark.parametrize(("paragraphs", "words", "speaker"), OPENING_WORDS)
def test_a_sentences_first_word_read_into_a_name(
    paragraphs: tuple[str, ...], words: str, speaker: str
) -> None:
    assert _speaker_of(_extract(paragraphs), words) == speaker


# "Renn hit back, saying ...": a surname, its verb and "back" are the clause's subject and
# verb, no opening phrase like "Hours later," that the subject would follow.
RETORTS = [
    (
        ("Ada Kerr attacked Bo Renn on Monday.", 'Renn hit back, saying, "She has no plan."'),
        "She has no plan",
        "Bo Renn",
    ),
    (
        ("Ada Kerr attacked Bo Renn on Monday.", 'Renn shot back, saying Kerr "has no plan."'),
        "has no plan",
        "Bo Renn",
    ),
    (
        ("Ada Kerr attacked Bo Renn on Monday.", 'Hours later, Renn said: "She has no plan."'),
        "She has no plan",
        "Bo Renn",
    ),
]


@pytest.mark.parametrize(("paragraphs", "words", "speaker"), RETORTS)
def test_a_retort_after_a_lone_surname_is_his(
    paragraphs: tuple[str, ...], words: str, speaker: str
) -> None:
    assert _speaker_of(_extract(paragraphs), words) == speaker


# Quotes put to someone or under a verb that says nothing: no one's we can name.
NOBODYS_WORDS = [
    # "Kerr was asked, “...?”": the question is put to Kerr, by an interviewer not named.
    (
        (
            "In an interview on Monday, Kerr was asked, “Where were you that night?” Kerr "
            "joked that she had been at home.",
        ),
        "Where were you",
    ),
    # "continues to struggle" is no cue: the questions after the colon are the reporters'.
    (
        (
            "Senator Bo Renn has a plan. It has not paid off yet, and he still "
            "fails to explain it. At his news conference on Monday, Renn’s first "
            'questioners went from doubtful to angry: "Is it time to change?" . . . '
            '"Have you lost control?"',
        ),
        "Have you lost control?",
    ),
]


@pytest.mark.parametrize(("paragraphs", "words"), NOBODYS_WORDS)
def test_words_put_to_someone_are_no_ones_we_can_name(
    paragraphs: tuple[str, ...], words: str
) -> None:
    assert _speaker_of(_extract(paragraphs), words) is None


# A salient speaker from paragraphs before yields to the one person of the pronoun's sex who
# is a clause's subject in an earlier sentence of the pronoun's paragraph, never to a name
# inside the pronoun's own opening.
PARAGRAPH_SUBJECTS = [
    (
        (
            '"She voted with the party," Lena Pike said in her office.',
            "Groups have spent millions on ads against Senator Ada Kerr this summer.",
            "This is not at all the kind of campaign Kerr hoped to run. She admits that she "
            "did not expect it.",
            '"You deal with what you are given," she said.',
        ),
        "You deal with",
        "Ada Kerr",
    ),
    (
        (
            "Senator Ada Kerr leads the race.",
            '"I will vote for her," Lena Pike said on Monday.',
            "Asked about her own ballot in the event that Kerr faces Tom Vance, who has insulted "
            'voters, she replied: "I will see what happens."',
        ),
        "I will see",
        "Lena Pike",
    ),
]


@pytest.mark.parametrize(("paragraphs", "words", "speaker"), PARAGRAPH_SUBJECTS)
def test_a_subject_of_the_pronouns_paragraph_over_an_earlier_speaker(
    paragraphs: tuple[str, ...], words: str, speaker: str
) -> None:
    assert _speaker_of(_extract(paragraphs), words) == speaker


# A name after "that" is the reported clause's subject, never an inverted verb's speaker:
# ", said Wednesday that Kerr “...”" is the official's words about Kerr (or nobody's we name).
REPORTED_SUBJECTS = [
    (
        (
            "Tom Vance, the governor, is touring the state. A state official, speaking on the "
            'condition of anonymity, said Wednesday that Vance "will meet any group that asks."',
        ),
        "will meet any group",
        "Tom Vance",
    ),
]


@pytest.mark.parametrize(("paragraphs", "words", "not_speaker"), REPORTED_SUBJECTS)
def test_a_name_after_that_is_no_inverted_speaker(
    paragraphs: tuple[str, ...], words: str, not_speaker: str
) -> None:
    assert _speaker_of(_extract(paragraphs), words) != not_speaker


# A cue that introduces the next quote with a colon credits that quote, not the fragment of
# someone else's reported words before it.
COLON_CREDITS = [
    (
        (
            'After Kerr said that some pupils might thrive at "smaller village schools," '
            'Renn said: "I do not like what she said."',
        ),
        {"smaller village schools": "Kerr", "I do not like": "Renn"},
    ),
    # A credit with a comma goes on crediting both halves.
    (
        ('"We will win," Renn said, "and soon."',),
        {"We will win": "Renn", "and soon": "Renn"},
    ),
]


@pytest.mark.parametrize(("paragraphs", "speakers"), COLON_CREDITS)
def test_a_colon_cue_credits_the_quote_after_it(
    paragraphs: tuple[str, ...], speakers: dict[str, str]
) -> None:
    found = _extract(paragraphs)
    assert {words: _speaker_of(found, words) for words in speakers} == speakers


# A quote whose closing mark a speech verb follows has its own credit, even one naming no one
# we resolve: it is never the speaker's of the quote before it.
OWN_CREDITS = [
    (
        (
            'Tom Vance spoke first. "We will win," said Tom Vance, a senator. "Prices will fall '
            'because demand will drop," wrote the authors of the "Harbour Review," giving an '
            "example.",
        ),
        {"We will win": "Tom Vance", "Prices will fall": None},
    ),
    (
        ('"We want a vote on it," Tom Vance said.', '"Call the roll," came cries from the hall.'),
        {"We want a vote": "Tom Vance", "Call the roll": None},
    ),
]


@pytest.mark.parametrize(("paragraphs", "speakers"), OWN_CREDITS)
def test_a_quotes_own_credit_is_never_the_quote_befores(
    paragraphs: tuple[str, ...], speakers: dict[str, str | None]
) -> None:
    found = _extract(paragraphs)
    assert {words: _speaker_of(found, words) for words in speakers} == speakers


# "they" after a sentence about one person is neither that person nor a group that spoke in
# a paragraph before: nobody's we can name.
PLURALS_PAST_ONE_PERSON = [
    (
        (
            'The city council met on Monday. "We are ready for the summit," the council said.',
            "Tom Vance flies to Berlin today, where he will meet thousands of farmers "
            'protesting the deal. In a nod to his slogan, they will hold signs reading: "Yes we '
            'can stop it!"',
        ),
        "Yes we can stop it!",
    ),
]


@pytest.mark.parametrize(("paragraphs", "words"), PLURALS_PAST_ONE_PERSON)
def test_they_past_one_persons_sentence_is_no_earlier_group(
    paragraphs: tuple[str, ...], words: str
) -> None:
    assert _speaker_of(_extract(paragraphs), words) is None

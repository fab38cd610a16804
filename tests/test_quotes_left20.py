"""Leftovers of earlier sessions: plural pronouns, lone surnames, party tags, learnt sexes and
a person's office."""

from __future__ import annotations

import pytest

from store.models import Article, AttributionHow, SpeakerKind
from store.quotes.antecedents import role_fits
from store.quotes.extract import extract_quotes


def _speaker_of(paragraphs: tuple[str, ...], quoted: str) -> str | None:
    quotes = extract_quotes(Article(title="Notes", paragraphs=paragraphs)).quotes
    return next(q for q in quotes if q.text == quoted).speaker


PLURALS = [
    # (paragraphs, quoted text, expected speaker)
    # The last speaker is one person: "they" is not she.
    (
        (
            "Ada Kerr, the mayor, spoke to reporters on Monday.",
            "“The bridge will hold,” they said.",
        ),
        "The bridge will hold",
        None,
    ),
    # A pair spoke before her: "they" is the pair, not the member who spoke last.
    (
        (
            "Ada Kerr and Bo Holm said the vote was close.",
            "Kerr said the count would end by noon.",
            "“We will win,” they told reporters.",
        ),
        "We will win",
        "Ada Kerr and Bo Holm",
    ),
    # A plural description spoke before the mayor did.
    (
        (
            "The inspectors said the deck was sound.",
            "Ada Kerr, the mayor, said she had asked for the report.",
            "“It will hold for years,” they said.",
        ),
        "It will hold for years",
        "The inspectors",
    ),
    # A body that spoke: "they" as often as "it".
    (
        (
            "The harbour board said on Monday that the quay would close.",
            "“We have no choice,” they said.",
        ),
        "We have no choice",
        "The harbour board",
    ),
]


PLURAL_SUBJECTS = [
    # (paragraphs, quoted text, expected speaker)
    # No group spoke, but the sentence before the cue is about one.
    (
        (
            "Ada Kerr and Bo Holm met voters on Monday.",
            "“We will win,” they said.",
        ),
        "We will win",
        "Ada Kerr and Bo Holm",
    ),
    (
        (
            "Ada Kerr said the vote was close.",
            "Her aides met reporters later. “We will win,” they said.",
        ),
        "We will win",
        "Her aides",
    ),
    (
        ("The inspectors walked the deck on Monday.", "“It will hold,” they told reporters."),
        "It will hold",
        "The inspectors",
    ),
    # A body as the subject: "they" as often as "it".
    (
        ("Kerr’s campaign is tying the bill to Holm. “He voted for it,” they said.",),
        "He voted for it",
        "Kerr’s campaign",
    ),
    # The cue's own sentence, its subject before the pronoun.
    (
        ("The council members stalled the bill because they said it was “a poison pill.”",),
        "a poison pill.",
        "The council members",
    ),
    # The nearer sentence is one person's: the narration offers no plural subject.
    (
        ("Ada Kerr met the inspectors on Monday.", "“It will hold,” they said."),
        "It will hold",
        None,
    ),
    # After a comma the subject is the statement's own, never whom "they" means.
    (
        (
            "Ada Kerr spoke on Monday.",
            "The voters are tired of “the whole thing,” they said.",
        ),
        "the whole thing",
        None,
    ),
]


@pytest.mark.parametrize(("paragraphs", "quoted", "speaker"), PLURAL_SUBJECTS)
def test_they_is_the_plural_subject_narration_just_named(
    paragraphs: tuple[str, ...], quoted: str, speaker: str | None
) -> None:
    assert _speaker_of(paragraphs, quoted) == speaker


@pytest.mark.parametrize(("paragraphs", "quoted", "speaker"), PLURALS)
def test_they_is_a_plural_speaker_never_one_person(
    paragraphs: tuple[str, ...], quoted: str, speaker: str | None
) -> None:
    assert _speaker_of(paragraphs, quoted) == speaker


def test_a_plural_subject_passed_over_for_they_joins_no_cast() -> None:
    # "the council" spoke nearer than "The emails" opened a sentence: the emails were only a
    # candidate, and are no one the article names (they were listed as a person mentioned).
    paragraphs = (
        "Ada Kerr, the mayor, spoke to the council. The emails arrived on Monday, and the "
        "council said it was ready.",
        "“We will reopen,” they said.",
    )
    attribution = extract_quotes(Article(title="Port news", paragraphs=paragraphs))
    # The council's own short statement ("said it was ready") is reported beside the quote.
    assert [(q.text, q.speaker) for q in attribution.quotes] == [
        ("it was ready", "the council"),
        ("We will reopen", "the council"),
    ]
    assert [s.name for s in attribution.mentioned] == ["Ada Kerr"]


LONE_SURNAME_CUES = [
    # (paragraphs, quoted text, expected speaker)
    # Named by surname alone; the first pronoun after the name is the next quote's own cue.
    (
        (
            "“Rain is late,” said Tom Reddy, a farmer.",
            "Orme arrived late. “The wheat is thin,” he said.",
        ),
        "The wheat is thin",
        "Orme",
    ),
    (
        (
            "“Rain is late,” said Tom Reddy, a farmer.",
            "Later, Dulles walked in. “We need the loan,” she said. “Soon,” she added.",
        ),
        "Soon",
        "Dulles",
    ),
    # Another name in the sentence: the cue's pronoun may be its, so the word stays no one.
    (
        (
            "“Rain is late,” said Tom Reddy, a farmer.",
            "Moments later, Reddy sat down. “The wheat is thin,” he said.",
        ),
        "The wheat is thin",
        "Tom Reddy",
    ),
    # Words of quantity take a verb as a subject does, yet are no one.
    (
        (
            "“Rain is late,” said Tom Reddy, a farmer.",
            "None has offered a plan. “The wheat is thin,” he said.",
        ),
        "The wheat is thin",
        "Tom Reddy",
    ),
    (
        (
            "“Rain is late,” said Tom Reddy, a farmer.",
            "Others disagreed. “The wheat is thin,” he said.",
        ),
        "The wheat is thin",
        "Tom Reddy",
    ),
    (
        (
            "“Rain is late,” said Tom Reddy, a farmer.",
            "Others waited while he spoke. “The wheat is thin,” he said.",
        ),
        "The wheat is thin",
        "Tom Reddy",
    ),
]


@pytest.mark.parametrize(("paragraphs", "quoted", "speaker"), LONE_SURNAME_CUES)
def test_a_lone_surname_whose_first_pronoun_is_a_quotes_cue(
    paragraphs: tuple[str, ...], quoted: str, speaker: str | None
) -> None:
    assert _speaker_of(paragraphs, quoted) == speaker


PARTY_DESCRIPTIONS = [
    # (paragraphs, quoted text, expected speaker)
    # The description's party adjective is the tag's party: the Democrat, never the other.
    (
        (
            "Sen. Ada Kerr (D-Ohio) and Sen. Bo Holm (R-Ohio) met on Monday.",
            "“The bill is dead,” the Democratic senator said.",
        ),
        "The bill is dead",
        "Ada Kerr",
    ),
    (
        (
            "Sen. Ada Kerr (D-Ohio) and Sen. Bo Holm (R-Ohio) met on Monday.",
            "“The bill is dead,” the Republican senator said.",
        ),
        "The bill is dead",
        "Bo Holm",
    ),
    # The Republican spoke last; the Democratic senator is still the Democrat.
    (
        (
            "Sen. Ada Kerr (D-Ohio) said the bill was dead.",
            "Sen. Bo Holm (R-Ohio) said it was alive.",
            "“We will try again,” the Democratic senator said.",
        ),
        "We will try again",
        "Ada Kerr",
    ),
    # Only a Republican is known: the Democratic senator is someone else, not he.
    (
        (
            "Sen. Bo Holm (R-Ohio) said the bill was dead.",
            "“We will try again,” the Democratic senator said.",
        ),
        "We will try again",
        "the Democratic senator",
    ),
]


TITLED_PARTIES = [
    # (paragraphs, quoted text, expected speaker)
    # "the Democratic congresswoman" is the "(D-Ohio)" of "Rep. Ada Kerr", not the other.
    (
        (
            "Rep. Ada Kerr (D-Ohio) and Rep. Bo Holm (R-Ohio) met on Monday.",
            "“We will try again,” the Democratic congresswoman said.",
        ),
        "We will try again",
        "Ada Kerr",
    ),
    (
        (
            "Rep. Ada Kerr (D-Ohio) and Rep. Bo Holm (R-Ohio) met on Monday.",
            "“We will try again,” the Republican congressman said.",
        ),
        "We will try again",
        "Bo Holm",
    ),
]


@pytest.mark.parametrize(("paragraphs", "quoted", "speaker"), TITLED_PARTIES)
def test_a_descriptions_title_word_fits_the_abbreviated_title(
    paragraphs: tuple[str, ...], quoted: str, speaker: str
) -> None:
    assert _speaker_of(paragraphs, quoted) == speaker


@pytest.mark.parametrize(("paragraphs", "quoted", "speaker"), PARTY_DESCRIPTIONS)
def test_a_party_description_fits_the_tags_party(
    paragraphs: tuple[str, ...], quoted: str, speaker: str | None
) -> None:
    assert _speaker_of(paragraphs, quoted) == speaker


ROLE_FITS = [
    # (description, role, fits)
    ("democratic senator", "Ohio Democrat Sen.", True),
    ("ohio democrat", "Ohio Democrat Sen.", True),
    ("democratic senator", "Ohio Republican Sen.", False),
    ("republican senator", "Ohio Democrat Sen.", False),
    ("democratic senator", "Democratic Sen.", True),
    ("democratic congresswoman", "Ohio Democrat Rep.", True),
    ("gop", "Texas Republican Sen.", False),  # the party itself, no member of it
]


@pytest.mark.parametrize(("description", "role", "fits"), ROLE_FITS)
def test_party_adjectives_fit_the_party_noun(description: str, role: str, fits: bool) -> None:
    assert role_fits(description, role) is fits


LEARNT_SEXES = [
    # (paragraphs, quoted text, expected speaker)
    # Venn is no subject and no speaker, and "Quill" says no sex. A narration "she" (here the
    # clerk's) guesses Venn's sex only weakly: the cue's own "he" still finds him.
    (
        (
            "The count seemed slow to professor Quill Venn, a historian.",
            "The clerk on duty wore a grey coat. She shook her head. “It is slow.”",
            "“We will count again,” he said.",
        ),
        "We will count again",
        "Quill Venn",
    ),
    (
        (
            "The count seemed slow to professor Quill Venn, a historian.",
            "She shook her head. “It is slow.”",
            "“We will count again,” he said.",
        ),
        "We will count again",
        "Quill Venn",
    ),
    # A cue's "he" is the speaker's own: its sex sticks, and narration's "she" finds no one.
    (
        (
            "The count seemed slow to professor Quill Venn, a historian.",
            "“We will count again,” he said.",
            "She shook her head. “It is slow.”",
        ),
        "It is slow.",
        None,
    ),
    # Two narration guesses that disagree: the second finds no one.
    (
        (
            "The count seemed slow to professor Quill Venn, a historian.",
            "She shook her head. “It is slow.”",
            "He shrugged. “The machines are old.”",
        ),
        "The machines are old.",
        None,
    ),
]


@pytest.mark.parametrize(("paragraphs", "quoted", "speaker"), LEARNT_SEXES)
def test_a_sex_guessed_from_narration_is_weaker_than_a_cues(
    paragraphs: tuple[str, ...], quoted: str, speaker: str | None
) -> None:
    assert _speaker_of(paragraphs, quoted) == speaker


OFFICES = [
    # (paragraphs, quoted text, expected speaker)
    # The office speaks, not its holder, and its name says whose it is.
    (
        (
            "Sen. Ada Kerr (D-Ohio) voted against the bill.",
            "“The senator stands by her vote,” the office of Sen. Kerr said in a statement.",
        ),
        "The senator stands by her vote",
        "Ada Kerr's office",
    ),
    (
        (
            "Sen. Ada Kerr (D-Ohio) voted against the bill.",
            "“The senator stands by her vote,” said the office of Senator Kerr.",
        ),
        "The senator stands by her vote",
        "Ada Kerr's office",
    ),
    (
        (
            "Ada Kerr, the mayor, voted against the bill.",
            "“The mayor stands by her vote,” the Office of Ada Kerr said.",
        ),
        "The mayor stands by her vote",
        "Ada Kerr's office",
    ),
    (
        (
            "Sen. Ada Kerr (D-Ohio) voted against the bill.",
            "A statement from the office of Ada Kerr said “she stands by her vote.”",
        ),
        "she stands by her vote.",
        "Ada Kerr's office",
    ),
    # "Kerr’s office" is the same office, named by its holder's full name.
    (
        (
            "Sen. Ada Kerr (D-Ohio) voted against the bill.",
            "Kerr’s office said “she stands by her vote.”",
        ),
        "she stands by her vote.",
        "Ada Kerr's office",
    ),
    # "it" after the office is the office, never a body read from its written name.
    (
        (
            "Ada Kerr, the mayor, voted against the bill.",
            "“The mayor stands by her vote,” the Office of Ada Kerr said.",
            "“We will appeal,” it added.",
        ),
        "We will appeal",
        "Ada Kerr's office",
    ),
    # The office of a description: of whom it means, else as the words describe it.
    (
        (
            "Ada Kerr, the mayor, voted against the bill.",
            "“The mayor stands by her vote,” the office of the mayor said.",
        ),
        "The mayor stands by her vote",
        "Ada Kerr's office",
    ),
    (
        ("“The plan stands,” the office of the mayor said.",),
        "The plan stands",
        "the mayor's office",
    ),
    # A body whose name only opens with "Office of" is that body.
    (
        ("“The plan is sound,” the Office of Budget Review said.",),
        "The plan is sound",
        "Office of Budget Review",
    ),
]


@pytest.mark.parametrize(("paragraphs", "quoted", "speaker"), OFFICES)
def test_a_persons_office_speaks_as_an_organisation(
    paragraphs: tuple[str, ...], quoted: str, speaker: str
) -> None:
    attribution = extract_quotes(Article(title="Notes", paragraphs=paragraphs))
    quote = next(q for q in attribution.quotes if q.text == quoted)
    assert quote.speaker == speaker
    kinds = {s.name: s.kind for s in attribution.speakers}
    assert kinds[speaker] == SpeakerKind.ORGANISATION
    if speaker.endswith("office"):
        assert quote.how in (AttributionHow.ORGANISATION, AttributionHow.PRONOUN)
        assert "Ada Kerr" not in kinds  # never the holder herself
        assert not any(q.speaker == "Ada Kerr" for q in attribution.quotes)

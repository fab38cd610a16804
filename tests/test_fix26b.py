"""A reviewer's probes of cue26's rules (stop 26, fix26b): an elided word's mark and a
plural's possessive make no quote, a surname that is a role's plural stays its bearer's,
"that" before a time or an amount is no clause's opener, and an inquiry's panel finds."""

from __future__ import annotations

import pytest

from store.models import Article, AttributionHow, Quote, QuoteKind
from store.quotes.body_words import organisation_words
from store.quotes.extract import extract_quotes

_INTRO = "Mayor Pia Sund and skipper Olek Brand met on the quay on Friday."


def _quotes(paragraph: str) -> list[Quote]:
    article = Article(title="Quay talks", paragraphs=(_INTRO, paragraph))
    return [q for q in extract_quotes(article).quotes if q.paragraph != 0]


def _direct(paragraph: str) -> list[Quote]:
    return [q for q in _quotes(paragraph) if q.kind == QuoteKind.DIRECT]


def _indirect(paragraph: str) -> list[Quote]:
    return [q for q in _quotes(paragraph) if q.kind == QuoteKind.INDIRECT]


# --- 1. an elided word's mark (‘80s, ‘em, ‘cos, ‘Tis, ‘til) and a plural's possessive ---
# Before: the two marks paired into a quote of narration, credited at 0.92-0.97.
ELIDED_MARKS = [
    "“We will sail,” said Brand. Sund, a skipper since the ‘80s, said the sailors’ guild met.",
    "“We will sail,” said Brand. Sund said the board should let ‘em go, and the dockers’ union agreed.",
    "“We will sail,” said Brand. Sund said she left early ‘cos the buyers’ mood turned.",
    "“It’s done,” said Brand. ‘Tis the season, he joked, and the traders’ stalls filled.",
    "“We will sail,” said Brand. Sund stayed ‘til the end and heard the lawyers’ case.",
    # No double marks: the British reading had the same pair.
    "Sund said the board should let ‘em go, and the dockers’ union agreed.",
    "‘Tis the season, Brand joked, and the traders’ stalls filled.",
]


@pytest.mark.parametrize("paragraph", ELIDED_MARKS)
def test_an_elided_mark_and_a_plurals_possessive_are_no_quote(paragraph: str) -> None:
    texts = [q.text for q in _direct(paragraph)]
    assert texts in ([], ["We will sail"], ["It’s done"])


GENUINE_SINGLES = [
    ("“We will sail,” said Brand. He added: ‘The harbour is ours.’", "The harbour is ours."),
    ("“We will sail,” said Brand. Sund said: ‘I did nothing wrong.’", "I did nothing wrong."),
    # A plural's possessive inside the marks stays inside them.
    ("‘The sailors’ guild is with us,’ said Sund.", "The sailors’ guild is with us"),
    ("‘We sail at dawn,’ said Sund, who has fished since the ’80s.", "We sail at dawn"),
]


@pytest.mark.parametrize(("paragraph", "text"), GENUINE_SINGLES)
def test_a_single_marked_quote_is_still_read(paragraph: str, text: str) -> None:
    assert text in [q.text for q in _direct(paragraph)]


# --- 2. a surname that is a role's plural, once its bearer has spoken ---
# Before: "Kings added" was a description, "Kings", at 0.83, its bearer lost.
PLURAL_SURNAMES = [
    (
        "“We were unlucky,” said winger Rosa Kings. Kings added: “Next week we sail again.”",
        "Rosa Kings",
    ),
    (
        "“The ruling is wrong,” said Amy Judges, a net maker. Judges said: “We will appeal.”",
        "Amy Judges",
    ),
    (
        "“The exams were fine,” said head teacher Sue Provosts. “Results are up,” Provosts said.",
        "Sue Provosts",
    ),
    ("Ken Bishops said: “We will appeal.” “It is unfair,” Bishops added.", "Ken Bishops"),
]


@pytest.mark.parametrize(("paragraph", "speaker"), PLURAL_SURNAMES)
def test_a_role_plural_surname_is_its_speakers(paragraph: str, speaker: str) -> None:
    quote = _direct(paragraph)[-1]
    assert (quote.speaker, quote.how) == (speaker, AttributionHow.SURNAME)


PLURAL_NEAR_MISSES = [
    # No one of that surname has spoken: the role's holders, as cue26 read them.
    ("Aides say Sund plans to back Brand.", "Aides"),
    ("Judges said the fine was too high.", "Judges"),
    # A plural the lexicon lists as a party's people is the party's, whoever bears it.
    (
        "Lanark Democrats said the levy was fair. Democrats said the quay must stay open.",
        "Democrats",
    ),
]


@pytest.mark.parametrize(("paragraph", "speaker"), PLURAL_NEAR_MISSES)
def test_a_role_plural_no_speaker_bears_is_a_description(paragraph: str, speaker: str) -> None:
    quote = _indirect(paragraph)[-1]
    assert (quote.speaker, quote.how) == (speaker, AttributionHow.DESCRIPTION)


# --- 3. "that" before a time or an amount determines it; it opens no clause ---
# Before: "day he would resign", "sum might be lost": the noun taken into the clause.
DETERMINED_THATS = [
    ("Brand said that day he would resign.", "he would resign"),
    ("Brand said twice that week he was tired.", "he was tired"),
    ("Brand said more than once that night the fleet would sail.", "the fleet would sail"),
    ("Sund warned twice that sum might be lost.", "that sum might be lost"),
    ("Sund said that figure would double by May.", "that figure would double by May"),
    ("Brand said that week was the worst of his life.", "that week was the worst of his life"),
]


@pytest.mark.parametrize(("paragraph", "text"), DETERMINED_THATS)
def test_that_before_a_time_or_an_amount_is_no_clause_opener(paragraph: str, text: str) -> None:
    assert [q.text for q in _indirect(paragraph)] == [text]


THAT_NEAR_MISSES = [
    # The time word is the clause's own noun: the old reading stands.
    ("Brand said that day care centres would shut.", "day care centres would shut"),
    ("Brand said that the fleet would sail.", "the fleet would sail"),
    ("Brand said that was a mistake.", "that was a mistake"),
    ("Brand said twice that the fleet would sail.", "the fleet would sail"),
]


@pytest.mark.parametrize(("paragraph", "text"), THAT_NEAR_MISSES)
def test_that_before_any_other_word_keeps_its_reading(paragraph: str, text: str) -> None:
    assert [q.text for q in _indirect(paragraph)] == [text]


# --- 4. a panel finds as its report does; a co-operative's word ends a body's name ---
# Before: no speaker ("The disciplinary panel found that “…”"), cue26's heads dropped.
PANEL_FINDINGS = [
    ("The disciplinary panel found that “the skipper acted recklessly.”", "The disciplinary panel"),
    (
        "The committee found the skipper “guilty of serious misconduct” and fined him.",
        "The committee",
    ),
    ("The harbour commission found “no sign of any fraud at the quay.”", "The harbour commission"),
]


@pytest.mark.parametrize(("paragraph", "speaker"), PANEL_FINDINGS)
def test_a_panels_finding_in_marks_is_its_statement(paragraph: str, speaker: str) -> None:
    [quote] = _direct(paragraph)
    assert (quote.speaker, quote.cue) == (speaker, "found")
    assert quote.confidence < 0.9


PANEL_NEAR_MISSES = [
    # A person's report is no finding in her words (test_quotes_no_speaker19).
    "Sund's report found “serious failings” in the yard.",
    # "panel" is no head here: the beater found it.
    "The panel beater found “a huge dent” in the door.",
]


@pytest.mark.parametrize("paragraph", PANEL_NEAR_MISSES)
def test_found_after_no_panel_or_document_is_no_cue(paragraph: str) -> None:
    assert all(q.cue != "found" for q in _quotes(paragraph))


# Before: a person ("Lanark Co-op", NAMED at 0.98).
COOPERATIVES = [
    "“Milk prices are too low,” Lanark Co-op said.",
    "“Milk prices are too low,” Brenna Co-operative said in a statement.",
    "“Milk prices are too low,” said the Tarn Dairy Cooperative.",
]


@pytest.mark.parametrize("paragraph", COOPERATIVES)
def test_a_cooperatives_name_is_a_body(paragraph: str) -> None:
    [quote] = _direct(paragraph)
    assert quote.how == AttributionHow.ORGANISATION


COOPERATIVE_NEAR_MISSES = [
    ("“Milk prices are too low,” said Lanark Co-op chairman Ruth Obi.", "Ruth Obi"),
    ("“We have been very co-operative,” the farmer said.", "the farmer"),
    ("“Milk prices are too low,” said Ri Chol Un.", "Ri Chol Un"),
]


@pytest.mark.parametrize(("paragraph", "speaker"), COOPERATIVE_NEAR_MISSES)
def test_a_person_beside_a_cooperative_word_stays_a_person(paragraph: str, speaker: str) -> None:
    [quote] = _direct(paragraph)
    assert quote.speaker == speaker and quote.how != AttributionHow.ORGANISATION


# --- 5. one reading of a run's body words (body_words.py) ---
BODY_WORDS = [
    (["the", "Kremlin’s"], True, {"kremlin"}),
    (["the", "Kremlin’s"], False, set()),  # "Reuters’ Ada Kerr" names her, not Reuters
    (["Ri", "Chol", "Un"], False, set()),
    (["the", "UN"], False, {"un"}),
    (["Lanark", "Co-op"], False, {"co-op"}),
    (["Co-operative", "Kerr"], False, set()),
    (["Harbour", "Union"], False, {"union"}),
]


@pytest.mark.parametrize(("words", "owners", "found"), BODY_WORDS)
def test_organisation_words(words: list[str], owners: bool, found: set[str]) -> None:
    assert organisation_words(words, owners=owners) == found

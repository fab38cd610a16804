"""Wrong speakers no more: pronouns agree in sex, a relative clause's subject keeps speaking."""

from __future__ import annotations

import pytest

from store.models import Article, QuoteKind
from store.quotes.attributions import find_events
from store.quotes.cast_names import read_names
from store.quotes.extract import extract_quotes
from store.quotes.salience import clause_subject
from store.quotes.speakers import Cast

AGREEMENT = [
    # (paragraphs, quoted text, expected speaker)
    # The last speaker's first name says no sex; the paragraph's subject is a woman: "she".
    (
        (
            "“Borders are lines on old maps,” said Okon Vale, a novelist.",
            "Readers of the weekly were stunned after Maria Tolland announced her move to "
            "Lisbon. After the news spread, the painter posted a long note to her students: "
            "“I will teach from a smaller room,” she wrote.",
        ),
        "I will teach from a smaller room",
        "Maria Tolland",
    ),
    # The same with "he" and a man the paragraph names as its clause's subject.
    (
        (
            "“The harvest was late,” said Ilse Varn, who farms near the river.",
            "The co-op went quiet for a week after Peter Lusk listed his land. The news spread "
            "fast. “We wait,” he said.",
        ),
        "We wait",
        "Peter Lusk",
    ),
    # The speaker of unknown sex is named in the pronoun's own paragraph: still the speaker,
    # the woman of an embedded clause ("Nora Pell had agreed") is no new antecedent.
    (
        (
            "The talks ran late on Monday.",
            "In a memo, campaign chief Okon Vale wrote that Nora Pell had agreed to the terms, "
            "which, he said, “we expected.”",
        ),
        "we expected.",
        "Okon Vale",
    ),
    # A woman named only in a possessive is no subject: the earlier speaker keeps "she".
    (
        (
            "“We will reopen the mill,” said Okon Vale.",
            "Critics doubted Maria Tolland’s figures. “The money is there,” he said.",
        ),
        "The money is there",
        "Okon Vale",
    ),
]


@pytest.mark.parametrize(("paragraphs", "quoted", "speaker"), AGREEMENT)
def test_pronoun_agrees_with_the_paragraphs_subject(
    paragraphs: tuple[str, ...], quoted: str, speaker: str | None
) -> None:
    quotes = extract_quotes(Article(title="Notes", paragraphs=paragraphs)).quotes
    quote = next(q for q in quotes if q.text == quoted)
    assert quote.speaker == speaker


SUBJECTS = [
    # (text, offset of the name, is it a clause's subject?)
    ("after Ada Kerr revealed her plan", 6, True),
    ("Ada Kerr says so", 0, True),
    ("Kerr’s remarks were odd", 0, False),  # a possessive
    ("the thought of Kerr as a nominee", 15, False),  # an object
    ("a meeting with Kerr. He left", 15, False),  # the next sentence's "He" is not her name
]


@pytest.mark.parametrize(("text", "at", "expected"), SUBJECTS)
def test_clause_subject(text: str, at: int, expected: bool) -> None:
    assert clause_subject(text, at) is expected


PREDICATES = [
    # (paragraphs, quoted text, expected speaker)
    # Marks running straight on from a person's name hold what is said of that person, in the
    # words of whoever speaks in the passage: here the historian's, not the senator's.
    (
        (
            "Sen. Milo Vance left the hall early.",
            "“We expected more,” said Ada Kerr, a historian. Vance “simply misread the room.”",
        ),
        "simply misread the room.",
        "Ada Kerr",
    ),
    # A possessive before the marks is no such subject: nobody's words (a term), as before.
    (
        (
            "Sen. Milo Vance left the hall early.",
            "“We expected more,” said Ada Kerr, a historian. Vance’s “lost decade” speech is over.",
        ),
        "lost decade",
        None,
    ),
]


@pytest.mark.parametrize(("paragraphs", "quoted", "speaker"), PREDICATES)
def test_words_said_of_a_person_are_not_theirs(
    paragraphs: tuple[str, ...], quoted: str, speaker: str | None
) -> None:
    quotes = extract_quotes(Article(title="Notes", paragraphs=paragraphs)).quotes
    # A term in marks may be left out altogether: then it has no speaker either.
    assert {q.text: q.speaker for q in quotes}.get(quoted) == speaker


PASSIVES = [
    # (paragraphs, quoted text, expected speaker)
    # The agent of a passive verb did the asking, accusing or calling: the words are theirs,
    # not the subject's.
    (
        ("Tom Reddy was accused by Ada Kerr of “lying to voters.”",),
        "lying to voters.",
        "Ada Kerr",
    ),
    (
        ("Tom Reddy was called “a liar” by Ada Kerr on Monday.",),
        "a liar",
        "Ada Kerr",
    ),
    (
        (
            "Tom Reddy was asked by Hartwell Radio host Ada Kerr whether the plan would "
            "risk “another lost decade.”",
        ),
        "another lost decade.",
        "Ada Kerr",
    ),
    # Named or called by no one the sentence names: nobody's words, and never the subject's.
    (
        ("Ada Kerr spoke first.", "Tom Reddy was named “man of the year” in 2010."),
        "man of the year",
        None,
    ),
    # Inside a relative clause the passive says nothing of the sentence's own subject.
    (
        ("Ada Kerr spoke first.", "Tom Reddy, who was backed by Ada Kerr, is “a fighter.”"),
        "a fighter.",
        "Tom Reddy",
    ),
]


@pytest.mark.parametrize(("paragraphs", "quoted", "speaker"), PASSIVES)
def test_a_passive_verbs_agent_speaks(
    paragraphs: tuple[str, ...], quoted: str, speaker: str | None
) -> None:
    quotes = extract_quotes(Article(title="Notes", paragraphs=paragraphs)).quotes
    quote = next(q for q in quotes if q.text == quoted)
    assert quote.speaker == speaker


RELATIVE = [
    # (paragraphs, quoted text, expected speaker)
    # A name ending a relative clause is its object: the one the clause describes speaks.
    (
        ("“We are tired,” a nurse who backs Tom Reddy told the paper.",),
        "We are tired",
        "a nurse",
    ),
    (
        ("A teacher who voted for Ada Kerr said: “We were promised more.”",),
        "We were promised more.",
        "A teacher",
    ),
    # Set off by commas, the clause is an appositive: its owner before the commas speaks.
    (
        ("Tom Reddy, a nurse who backs Ada Kerr, said: “We are tired.”",),
        "We are tired.",
        "Tom Reddy",
    ),
    # A cue joined by "and" to a relative clause's cue keeps that clause's subject, never the
    # noun the clause is about.
    (
        (
            "Ivo Brandt spoke in Hartwell on Monday.",
            "And the Hartwell Trade Pact, which Brandt had called a “fiasco” and vowed "
            "to “tear up”? He praised it.",
        ),
        "tear up",
        "Ivo Brandt",
    ),
    # Not past a comma: the words after it are another clause, with a subject of its own.
    (
        (
            "Ivo Brandt spoke in Hartwell on Monday.",
            "The Hartwell Teachers Union, which Brandt called “a cartel,” and its members "
            "promised “a long strike.”",
        ),
        "a long strike.",
        "its members",
    ),
    # No relative clause: the sentence's subject speaks both times, as before.
    (
        (
            "Ivo Brandt spoke in Hartwell on Monday.",
            "The Hartwell Teachers Union called the plan “a fraud” and promised “a long strike.”",
        ),
        "a long strike.",
        "Hartwell Teachers Union",
    ),
]


@pytest.mark.parametrize(("paragraphs", "quoted", "speaker"), RELATIVE)
def test_relative_clause_subject_keeps_speaking(
    paragraphs: tuple[str, ...], quoted: str, speaker: str | None
) -> None:
    quotes = extract_quotes(Article(title="Notes", paragraphs=paragraphs)).quotes
    quote = next(q for q in quotes if q.text == quoted)
    assert quote.speaker == speaker


JUNK = [
    # (paragraphs, quoted text, expected speaker)
    # A place naming a role's holder is no speaker: "The Dunmore mayor’s answer" is not
    # Dunmore's; the possessive leaves the quote to nobody rather than to a town.
    (
        (
            "Mayor Ada Kerr of Dunmore spoke on Monday.",
            "The Dunmore mayor’s answer was that “the family comes first.”",
        ),
        "the family comes first.",
        None,
    ),
    (
        (
            "Sen. Ada Kerr of Ohio spoke on Monday.",
            "The Ohio senator’s reply on Tuesday was that “the state should help.”",
        ),
        "the state should help.",
        None,
    ),
    # "states", "reports" after "that" or "the" and before "can", "were": a plural noun, the
    # subject of a clause the real cue reports, never a speech event of a place.
    (
        (
            "Ada Kerr said on Monday, at a forum of the Hartwell Teachers Union, that states "
            "can pass such laws because “the people decide.”",
        ),
        "the people decide.",
        "Ada Kerr",
    ),
    (
        (
            "Ada Kerr told the Hartwell Teachers Union that the reports were late because "
            "“the office is short of staff.”",
        ),
        "the office is short of staff.",
        "Ada Kerr",
    ),
]


@pytest.mark.parametrize(("paragraphs", "quoted", "speaker"), JUNK)
def test_no_junk_speaker(paragraphs: tuple[str, ...], quoted: str, speaker: str | None) -> None:
    quotes = extract_quotes(Article(title="Notes", paragraphs=paragraphs)).quotes
    quote = next(q for q in quotes if q.text == quoted)
    assert quote.speaker == speaker


SPOKESPEOPLE = [
    # (paragraphs, quoted text, expected speaker)
    # Whoever receives the words is no speaker: the sender after "a letter from" is.
    (
        ("Tom Reddy received a letter from Ada Kerr: “We leave now.”",),
        "We leave now.",
        "Ada Kerr",
    ),
    (
        ("Tom Reddy heard from Ada Kerr on Monday: “We leave now.”",),
        "We leave now.",
        "Ada Kerr",
    ),
    (
        ("A message from Ada Kerr to Tom Reddy read: “We leave now.”",),
        "We leave now.",
        "Ada Kerr",
    ),
    # A body that speaks "through" a named spokesperson: the words are the spokesperson's.
    (
        ("The campaign, through spokesman Tom Reddy, said it was “fully confident.”",),
        "fully confident.",
        "Tom Reddy",
    ),
    (
        ("“We reject the report,” the ministry, through spokeswoman Ada Kerr, said.",),
        "We reject the report",
        "Ada Kerr",
    ),
    # No one named: the body stays the speaker.
    (
        ("The company, through a spokeswoman, said it was “fully confident.”",),
        "fully confident.",
        "The company",
    ),
]


@pytest.mark.parametrize(("paragraphs", "quoted", "speaker"), SPOKESPEOPLE)
def test_the_sender_or_spokesperson_speaks(
    paragraphs: tuple[str, ...], quoted: str, speaker: str | None
) -> None:
    quotes = extract_quotes(Article(title="Notes", paragraphs=paragraphs)).quotes
    quote = next(q for q in quotes if q.text == quoted and q.kind == QuoteKind.DIRECT)
    assert quote.speaker == speaker


PLACED_ROLES = [
    # (paragraphs, quoted text, expected speaker)
    # "Sen. Ada Kerr of Ohio" is the Ohio senator, whoever was named or spoke last.
    (
        (
            "Sen. Ada Kerr of Ohio and Sen. Tom Reddy of Maine met on Monday.",
            "“We agree,” the Ohio senator said.",
        ),
        "We agree",
        "Ada Kerr",
    ),
    (
        (
            "Gov. Tom Reddy of Maine met Gov. Ada Kerr of Ohio on Monday.",
            "“We agree,” the Maine governor said.",
        ),
        "We agree",
        "Tom Reddy",
    ),
]


@pytest.mark.parametrize(("paragraphs", "quoted", "speaker"), PLACED_ROLES)
def test_a_title_with_its_place(
    paragraphs: tuple[str, ...], quoted: str, speaker: str | None
) -> None:
    quotes = extract_quotes(Article(title="Notes", paragraphs=paragraphs)).quotes
    quote = next(q for q in quotes if q.text == quoted)
    assert quote.speaker == speaker


BODIES = [
    # (paragraphs, quoted text, expected speaker)
    # "Leaders of the union", "Critics of the plan": those people speak, not what they are of.
    (
        ("Leaders of the organization said it invites “every candidate who asks.”",),
        "every candidate who asks.",
        "Leaders of the organization",
    ),
    (
        ("“It will never work,” critics of the plan said on Monday.",),
        "It will never work",
        "critics of the plan",
    ),
    # ... and a name after such words is still a name the cast knows.
    (
        (
            "Several members of the board such as Sen. Ada Kerr backed the plan.",
            "“We won the vote,” she said.",
        ),
        "We won the vote",
        "Ada Kerr",
    ),
    # "the union", "the company": the body named before whose name says that kind.
    (
        ("The Hartwell Teachers Union sued the city.", "“We had no choice,” the union said."),
        "We had no choice",
        "Hartwell Teachers Union",
    ),
    (
        ("Acme Corp. sued the city on Monday.", "“We had no choice,” the company said."),
        "We had no choice",
        "Acme Corp",
    ),
    # No body of that kind was named: the description stays as written.
    (
        ("The Hartwell Teachers Union sued the city.", "“We had no choice,” the company said."),
        "We had no choice",
        "the company",
    ),
    # "the group" names no kind: advocacy groups and companies called "... Group" alike.
    (
        ("Dunmore Holdings Group sold the mill.", "“We had no choice,” the group said."),
        "We had no choice",
        "the group",
    ),
]


@pytest.mark.parametrize(("paragraphs", "quoted", "speaker"), BODIES)
def test_a_body_named_by_its_kind(
    paragraphs: tuple[str, ...], quoted: str, speaker: str | None
) -> None:
    quotes = extract_quotes(Article(title="Notes", paragraphs=paragraphs)).quotes
    quote = next(q for q in quotes if q.text == quoted)
    assert quote.speaker == speaker


@pytest.mark.parametrize("gap", [", ", ",   "])
def test_a_spokesperson_spoken_through_is_read_where_the_name_stands(gap: str) -> None:
    # The mention's offsets are the spokesperson's words, however the comma is spaced.
    text = f"The campaign{gap}through spokesman Tom Reddy, said the plan was “dead in the water.”"
    cast = Cast()
    read_names(cast, 0, text)
    spans = [text[e.mention.start : e.mention.end] for e in find_events(text, 0, cast)]
    assert spans == ["spokesman Tom Reddy"]

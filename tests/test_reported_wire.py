"""The commonest shapes of earnings and crime copy, reported plainly: a bare subject and its
simple past after "said" ("said revenue climbed", "said Berg drove"), a short clause ("said
he was 34"), a possessive body ("The harbour's owners said"), a pair of speakers."""

from __future__ import annotations

import pytest

from tests.reported_cases import BERG, reported

BARE_SUBJECTS = [
    # A bare singular noun and its past: the clause's subject, not the verb's object.
    (
        "Nordfisk Inc. said revenue climbed to $4.2 billion.",
        [("revenue climbed to $4.2 billion", "Nordfisk Inc")],
    ),
    (
        "The company said profit fell to $2 billion in the quarter.",
        [("profit fell to $2 billion in the quarter", "The company")],
    ),
    (
        "The company said net income slipped in the second half.",
        [("net income slipped in the second half", "The company")],
    ),
    # A name and an irregular past ("drove", "set"), as "Berg had set" and "Berg fled" were.
    (
        "Police said Holm drove the trawler into the pier on Sunday.",
        [("Holm drove the trawler into the pier on Sunday", "Police")],
    ),
    (
        "Prosecutors said Holm set the fire after a dispute over the quota.",
        [("Holm set the fire after a dispute over the quota", "Prosecutors")],
    ),
    (
        "Berg said Nordfisk's revenue fell by a third last year.",
        [("Nordfisk's revenue fell by a third last year", BERG)],
    ),
    # Unchanged: an object of "said" and a participle with its agent open no clause (with an
    # auxiliary after the agent, "were a comfort", they do: participle_subjects.py).
    ("Berg said goodbye to the crews on the pier.", []),
    ("Holm said prayers offered by the families at dawn.", []),
    # A verb at once after "said" has its subject before the speaker: a relative clause.
    ("It was a deadline that several skippers said went unnoticed in the north.", []),
]


@pytest.mark.parametrize(("paragraph", "expected"), BARE_SUBJECTS)
def test_a_bare_subject_and_its_simple_past_open_the_statement(
    paragraph: str, expected: list[tuple[str, str]]
) -> None:
    assert reported(paragraph) == expected


SHORT_STATEMENTS = [
    # A subject and its verb are a statement however short.
    ("Police said he was 34.", [("he was 34", "Police")]),
    ("Nordfisk said it would appeal.", [("it would appeal", "Nordfisk")]),
    ("Officials said two people died.", [("two people died", "Officials")]),
    ("Berg said she’s sure.", [("she’s sure", BERG)]),
    ("Police said the boat sank.", [("the boat sank", "Police")]),
    # An ellipsis, whose predicate went before, says nothing on its own.
    ("Berg promised to sail, and she said she would.", []),
    ("The harbour board said it would not.", []),
    # Words after the verb that are no clause: its object and a way of putting it.
    ("Berg explained it this way: “The quota is too low for the north.”", []),
]


@pytest.mark.parametrize(("paragraph", "expected"), SHORT_STATEMENTS)
def test_a_short_clause_with_its_subject_and_verb_is_a_statement(
    paragraph: str, expected: list[tuple[str, str]]
) -> None:
    assert reported(paragraph) == expected


POSSESSIVE_BODIES = [
    # The determiner before a possessive is the speaker's, not words before it.
    (
        "The port's owners said crews should keep off the pier until Friday.",
        [("crews should keep off the pier until Friday", "port's owners")],
    ),
    (
        "The mayor's office said on Friday that the ring roads would reopen.",
        [("the ring roads would reopen", "mayor's office")],
    ),
    (
        "In a statement, the union's leaders said the strike would go ahead.",
        [("the strike would go ahead", "union's leaders")],
    ),
    # A plural's possessive ("skippers'") owns its noun as "skipper's" does.
    (
        "Skippers' groups said the quota would push prices higher this winter.",
        [("the quota would push prices higher this winter", "Skippers' groups")],
    ),
    # Unchanged: a name's possessive opening the sentence.
    (
        "Holm's office said crews should keep off the pier until Friday.",
        [("crews should keep off the pier until Friday", "Lars Holm's office")],
    ),
    # A full name's plural possessive keeps the name whole.
    (
        "Ada Jones’ campaign says it took in nearly $3 million by June.",
        [("it took in nearly $3 million by June", "Ada Jones’ campaign")],
    ),
    # A determiner that is no possessor's stays words before the speaker: an object's.
    ("Talks on the quota that the union's leaders said would fail went on.", []),
]


@pytest.mark.parametrize(("paragraph", "expected"), POSSESSIVE_BODIES)
def test_a_possessive_body_reports_its_statement(
    paragraph: str, expected: list[tuple[str, str]]
) -> None:
    assert reported(paragraph) == expected


PAIRS = [
    # Two speakers joined by "and" report together, "both" between them and the verb or not.
    (
        "Berg and Holm both said they would back the quay plan.",
        [("they would back the quay plan", "Berg and Holm")],
    ),
    (
        "Berg and Holm said they would back the ferry plan.",
        [("they would back the ferry plan", "Berg and Holm")],
    ),
    (
        "But Berg and Holm said the vote would be close.",
        [("the vote would be close", "Berg and Holm")],
    ),
    (
        "Ada Nasser and Tom Finch both told reporters the plan would fail.",
        [("the plan would fail", "Ada Nasser and Tom Finch")],
    ),
    (
        "The two captains both said the quota was unfair.",
        [("the quota was unfair", "two captains")],
    ),
    # Places listed before a name are no pair of speakers: the name alone is no speaker here.
    ("Most skippers in Bodo, Tromso and Alta said they felt betrayed.", []),
]


@pytest.mark.parametrize(("paragraph", "expected"), PAIRS)
def test_two_speakers_joined_report_together(
    paragraph: str, expected: list[tuple[str, str]]
) -> None:
    assert reported(paragraph) == expected


FOLLOW_ONS = [
    # A reporting participle after straight marks goes on for the same speaker, as after
    # curly ones ("called it “a win,” saying ...").
    (
        'Berg called the plan "a win," saying it would cut fuel bills for the fleet.',
        [("it would cut fuel bills for the fleet", BERG)],
    ),
    (
        'Berg called the plan "a win," adding that it would cut fuel bills for the fleet.',
        [("it would cut fuel bills for the fleet", BERG)],
    ),
    (
        "Berg called the plan “a win,” saying it would cut fuel bills for the fleet.",
        [("it would cut fuel bills for the fleet", BERG)],
    ),
    # "She added that" after her own quote, as before.
    (
        "“It is a good day,” Berg said. She added that the plan would cut fuel bills.",
        [("the plan would cut fuel bills", BERG)],
    ),
]


@pytest.mark.parametrize(("paragraph", "expected"), FOLLOW_ONS)
def test_a_follow_on_clause_reports_for_the_same_speaker(
    paragraph: str, expected: list[tuple[str, str]]
) -> None:
    assert reported(paragraph) == expected


PLACED_SUBJECTS = [
    # A bare noun with a phrase of place or company, then its verb: the clause's subject.
    (
        "The harbour's owners said residents in the area should boil water until Friday.",
        [("residents in the area should boil water until Friday", "harbour's owners")],
    ),
    (
        "Police said anyone with information should call the harbour office.",
        [("anyone with information should call the harbour office", "Police")],
    ),
    (
        "Berg said crews on the Bodo ferry were safe.",
        [("crews on the Bodo ferry were safe", BERG)],
    ),
    # An object and where it was said: no verb after the phrase, no clause.
    ("Berg said prayers in the packed hall on Sunday.", []),
]


@pytest.mark.parametrize(("paragraph", "expected"), PLACED_SUBJECTS)
def test_a_bare_noun_and_its_phrase_open_the_statement(
    paragraph: str, expected: list[tuple[str, str]]
) -> None:
    assert reported(paragraph) == expected

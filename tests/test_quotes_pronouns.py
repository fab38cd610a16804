"""Whom "he" and "she" mean: the salient person of the right sex, never a name in passing."""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes
from store.quotes.lexicon import Gender
from store.quotes.salience import first_name_gender

CASES = [
    # (paragraphs, quoted text, expected speaker)
    # A name after the verb of a "he" sentence is its object, not the new subject.
    (
        (
            "Governor Abel Frost spoke to donors in Hartwell on Friday.",
            "He also urged Senate leader Milo Kerr to stick to taxes.",
            "“That man could not win a county fair,” he said.",
        ),
        "That man could not win a county fair",
        "Abel Frost",
    ),
    (
        (
            "Mayor Ivo Brandt closed the debate on Tuesday.",
            "He thanked Tom Reddy and Ms. Clara Voss, the moderators, for their patience.",
            "“We heard every voice tonight,” he said.",
        ),
        "We heard every voice tonight",
        "Ivo Brandt",
    ),
    # "her" about the other person in the sentence says nothing of the subject's sex.
    (
        (
            "Tavi Lund said the ruling helped Orin Sol, who had staked her career on it.",
            "“It is a fair result,” he said.",
        ),
        "It is a fair result",
        "Tavi Lund",
    ),
    # The first name says the sex: "she" is not the man named last.
    (
        (
            "Rita Holm opened the council meeting. Paul Dane followed with the budget.",
            "“We are ready for the vote,” she said.",
        ),
        "We are ready for the vote",
        "Rita Holm",
    ),
    # Sentences whose subject is "she" carry her on past the reach of a speech event; the
    # woman thanked in passing is no antecedent.
    (
        (
            "Judge Wren Okafor read the verdict in Dunmore.",
            "She turned to the jury.",
            "She then thanked Dara Quill.",
            "She paused only once.",
            "“Justice was done here,” she said.",
        ),
        "Justice was done here",
        "Wren Okafor",
    ),
    # A man named only as an object is no antecedent: better no speaker than a wrong one.
    (
        (
            "The new rules were announced after a meeting with Ivo Stam.",
            "“They take effect at once,” he said.",
        ),
        "They take effect at once",
        None,
    ),
]


# Places, lists and things someone owns are never the person a pronoun means.
SALIENCE = [
    # A name inside a list after a comma is no sentence's subject.
    (
        (
            "Mayor Ruth Albers spoke on Monday.",
            "Aid went to Ames, Dunmore, North Halden and Vell.",
            "“Every town gets its share,” she said.",
        ),
        "Every town gets its share",
        "Ruth Albers",
    ),
    # ... nor a name after a preposition in the opening phrase, past an adjective.
    (
        (
            "Carl Brenner spoke at the rally.",
            "In downtown Port Ellwood, marchers held candles.",
            "“We will not forget them,” he said.",
        ),
        "We will not forget them",
        "Carl Brenner",
    ),
    # "Grace's Table": one word owned by a possessive is a thing, whatever its owner's name.
    (
        (
            "Helen Marsh praised the plan.",
            "Meanwhile, Grace's Table gave out meals.",
            "“We fed a thousand people,” she said.",
        ),
        "We fed a thousand people",
        "Helen Marsh",
    ),
    # A weekday after the subject is no other person: "his" still says the subject's sex.
    (
        (
            "Robin Sels, a council member, disagreed with the plan.",
            "Jordan Alder said Tuesday that his plan would pass.",
            "“The votes are not there,” she said.",
        ),
        "The votes are not there",
        "Robin Sels",
    ),
    # A description's noun says its sex: "a young man" is no "she".
    (
        (
            "Rita Holm took questions at the town hall.",
            "A young man asked her why the plant closed.",
            "“I was angry too,” she said.",
        ),
        "I was angry too",
        "Rita Holm",
    ),
    # A description whose noun says no sex ("a caller") is no antecedent of "he" or "she".
    (
        (
            "Mira Solt appeared on a morning show on Sunday.",
            "A caller asked about the new tax.",
            "“Taxes will fall,” she said.",
        ),
        "Taxes will fall",
        "Mira Solt",
    ),
    # ", said X": the words before the comma are the statement ("... was mostly white"), and
    # the "he" after it is X's, not the man named first.
    (
        (
            "Mayor Ed Tollan spoke first. Voters long for an era when the town was mostly white,"
            " said Tom Arno, a historian."
            " “It is changing fast,” he said.",
        ),
        "It is changing fast",
        "Tom Arno",
    ),
    # A place after "in" before a speech verb speaks for nobody: no speaker, not the place.
    (
        (
            "Voters are tired, the campaign's staff in Halden says.",
            "“We hear it at every door,” he said.",
        ),
        "We hear it at every door",
        None,
    ),
]


@pytest.mark.parametrize(("paragraphs", "quoted", "speaker"), CASES + SALIENCE)
def test_pronoun_resolves_to_salient_person(
    paragraphs: tuple[str, ...], quoted: str, speaker: str | None
) -> None:
    attribution = extract_quotes(Article(title="A headline", paragraphs=paragraphs))
    found = {q.text: q.speaker for q in attribution.quotes if q.kind == "direct"}
    assert found[quoted] == speaker


@pytest.mark.parametrize(
    ("word", "gender"),
    [
        ("Maria", Gender.FEMALE),
        ("peter", Gender.MALE),
        ("Jordan", Gender.UNSAID),  # borne by both sexes: the pronouns decide
        ("Greta", Gender.FEMALE),
        ("Eric", Gender.MALE),
        ("Lindsey", Gender.UNSAID),  # both sexes
        ("Carolina", Gender.UNSAID),
    ],
)
def test_first_name_gender(word: str, gender: Gender) -> None:
    assert first_name_gender(word) == gender

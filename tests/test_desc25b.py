"""Descriptions and first names: a reported clause whose subject carries a participle phrase,
"the ex-boxer" or "the gymnast" read as the person profiled, and surnames that are no first
names ("Grant", "Carter").

Each case is a short invented article and what its quotes must get.
"""

from __future__ import annotations

import pytest

from store.models import Article, QuoteKind
from store.quotes.extract import extract_quotes

_MAX_DESCRIBED = 0.85  # a description resolved to a name stays below a name's confidence


def _quotes(*paragraphs: str) -> list[tuple[QuoteKind, str | None, float, str]]:
    attribution = extract_quotes(Article(title="Town news", paragraphs=paragraphs))
    return [(q.kind, q.speaker, q.confidence, q.text) for q in attribution.quotes]


def _indirect(fragment: str, *paragraphs: str) -> tuple[str | None, float] | None:
    found = [
        (speaker, confidence)
        for kind, speaker, confidence, text in _quotes(*paragraphs)
        if kind == QuoteKind.INDIRECT and fragment in text
    ]
    return found[0] if found else None


PARTICIPLE_CLAUSES = [
    (
        (
            "A ministry spokesman said: “We regret the error in the paper.”",
            "He said students affected by the mix-up could sit the paper next week.",
        ),
        "students affected",
        "A ministry spokesman",
    ),
    (
        (
            "Tom Hale, a council spokesman, spoke on Monday.",
            "Hale said families hit by the floods would get help with rent.",
        ),
        "families hit",
        "Tom Hale",
    ),
    (
        ("Mayor Ida Brook said the people hurt in the crash were recovering in hospital.",),
        "people hurt",
        "Ida Brook",
    ),
    (
        ("Ruth Ames said homes damaged in the storm will be rebuilt by spring.",),
        "homes damaged",
        "Ruth Ames",
    ),
    (
        ("Police chief Leo Dunn said a man injured in the attack was stable.",),
        "man injured",
        "Leo Dunn",
    ),
    (
        ("Nadia Penn said workers sacked by the mill would be paid in full.",),
        "workers sacked",
        "Nadia Penn",
    ),
    (
        ("Coach Ben Ortiz said players picked for the squad must report on Monday.",),
        "players picked",
        "Ben Ortiz",
    ),
    (
        ("Owen Tate said children taken into care had been failed by the county.",),
        "children taken",
        "Owen Tate",
    ),
    (
        ("Sara Vint said the files stolen from the office were only copies.",),
        "files stolen",
        "Sara Vint",
    ),
    (
        ("Ivy Marsh says cars parked on the verge will be towed away.",),
        "cars parked",
        "Ivy Marsh",
    ),
]


@pytest.mark.parametrize(("paragraphs", "fragment", "speaker"), PARTICIPLE_CLAUSES)
def test_a_participle_phrase_in_the_subject_keeps_the_clause(
    paragraphs: tuple[str, ...], fragment: str, speaker: str
) -> None:
    found = _indirect(fragment, *paragraphs)
    assert found is not None and found[0] == speaker


NO_PARTICIPLE_CLAUSE = [
    # No auxiliary ends the phrase: the participle may describe an object.
    ("Hale said prayers offered by the families at dawn.", "prayers offered"),
    # Not a say verb: "praised" takes the workers as its object.
    ("Hale praised workers injured in the blast who were brave.", "workers injured"),
    # A comma ends the phrase before any auxiliary.
    ("Hale thanked crews called to the fire, who would not rest.", "crews called"),
]


@pytest.mark.parametrize(("sentence", "fragment"), NO_PARTICIPLE_CLAUSE)
def test_no_clause_without_its_auxiliary(sentence: str, fragment: str) -> None:
    assert _indirect(fragment, sentence) is None


PROFILED = [
    (
        (
            "Errol Maddix has opened a gym in Tolvey.",
            "The ex-boxer said he wanted to open two more gyms.",
        ),
        "Errol Maddix",
    ),
    (
        (
            "Errol Maddix has opened a gym in Tolvey.",
            "The boxer said he wanted to open two more gyms.",
        ),
        "Errol Maddix",
    ),
    (
        ("Lena Ruiz won gold on Sunday.", "“I cried all night,” the gymnast said."),
        "Lena Ruiz",
    ),
    (
        ("Peter Olsen finished first in Brill.", "“The hill nearly beat me,” the sprinter said."),
        "Peter Olsen",
    ),
    (
        (
            "Hannah Sato spent ten years at the paper.",
            "“I still carry a camera,” the photographer said.",
        ),
        "Hannah Sato",
    ),
    (
        ("Marta Lind scored twice for Dunmore.", "“We never gave up,” the footballer said."),
        "Marta Lind",
    ),
    (
        (
            "Rufus Baptiste rode his third winner of the day.",
            "“The horse did it all,” the jockey said.",
        ),
        "Rufus Baptiste",
    ),
    (
        ("Amy Owusu left the army in 2019.", "“I missed the routine,” the ex-soldier said."),
        "Amy Owusu",
    ),
    (
        ("Ravi Menon set up Pellow Foods in a garage.", "“We got lucky,” the co-founder said."),
        "Ravi Menon",
    ),
    (
        ("Ivan Brandt won the county title in June.", "“It was my year,” the cricketer said."),
        "Ivan Brandt",
    ),
]


@pytest.mark.parametrize(("paragraphs", "speaker"), PROFILED)
def test_a_profile_noun_stands_for_the_person_profiled(
    paragraphs: tuple[str, ...], speaker: str
) -> None:
    quotes = _quotes(*paragraphs)
    said = [(who, confidence) for _, who, confidence, _ in quotes if who == speaker]
    assert said, quotes
    assert all(confidence <= _MAX_DESCRIBED for _, confidence in said[-1:])


def test_a_hyphened_word_of_no_person_is_no_speaker() -> None:
    """ "the long-term" or "the follow-up" heads no description: only "ex-", "co-" and "vice-"
    nouns are read whole."""
    quotes = _quotes("Lena Ruiz won gold on Sunday.", "“We will build on it,” the follow-up said.")
    assert all(speaker != "Lena Ruiz" for _, speaker, _, _ in quotes)


def test_a_profile_noun_of_the_other_sex_is_not_the_one_named() -> None:
    quotes = _quotes("Lena Ruiz won gold on Sunday.", "“I cried all night,” the male gymnast said.")
    assert all(speaker != "Lena Ruiz" for _, speaker, _, _ in quotes)


SURNAMES = [
    ("Harbour master Grant said the pier was unsafe.", "She", "Grant"),
    ("Dr Carter told the inquiry the ward was full.", "She", "Carter"),
    ("Professor Nelson said the study was small.", "She", "Nelson"),
    ("Judge Morris said the sentence was fair.", "She", "Morris"),
    ("Inspector Boyd said the road would stay shut.", "She", "Boyd"),
    ("Sergeant Mitchell said the road would stay shut.", "She", "Sergeant Mitchell"),
    ("Dr Marshall told the inquiry the ward was full.", "She", "Marshall"),
    ("Dr Mack told the inquiry the ward was full.", "She", "Mack"),
    ("Dr Kim told the inquiry the ward was full.", "He", "Kim"),
    ("Dr Jefferson told the inquiry the ward was full.", "She", "Jefferson"),
]


@pytest.mark.parametrize(("sentence", "pronoun", "speaker"), SURNAMES)
def test_a_surname_says_no_sex(sentence: str, pronoun: str, speaker: str) -> None:
    """A surname that is at times a first name ("Grant") must not turn "she" away."""
    quotes = _quotes(sentence, f"“We had no choice,” {pronoun.lower()} said.")
    direct = [who for kind, who, _, _ in quotes if kind == QuoteKind.DIRECT]
    assert direct == [speaker]


def test_a_first_name_still_says_the_sex() -> None:
    """ "Grant Hollis" is a man: "she" is someone else."""
    quotes = _quotes("Grant Hollis, the harbour master, spoke on Monday.", "“We shut it,” he said.")
    direct = [who for kind, who, _, _ in quotes if kind == QuoteKind.DIRECT]
    assert direct == ["Grant Hollis"]


PART_CREDITS = [
    ("A deal could be announced next week, one of the officials said.", "A deal could be"),
    ("The talks stalled on Friday, two of the sources said.", "The talks stalled"),
    ("The mill will close in May, one of the people said.", "The mill will close"),
    ("The vote was rigged, another of the delegates said.", "The vote was rigged"),
    ("Pay will rise by 4 percent, some of the workers said.", "Pay will rise"),
    ("The bridge is unsafe, several of the nurses said.", "The bridge is unsafe"),
    ("The ferry will run again, one of the officials said on Monday.", "The ferry will run"),
    ("Funding had been cut, three of the teachers told the board.", "Funding had been cut"),
    ("The plan has no backing, many of the members said.", "The plan has no backing"),
    (
        "The firm will cut 600 jobs, one of the people said, speaking on condition of anonymity.",
        "The firm will cut",
    ),
]


@pytest.mark.parametrize(("sentence", "fragment"), PART_CREDITS)
def test_a_part_of_the_people_credits_the_clause_before(sentence: str, fragment: str) -> None:
    found = _indirect(fragment, sentence)
    assert found is not None and found[0] is not None and found[1] <= _MAX_DESCRIBED


def test_no_part_credit_without_a_clause_before() -> None:
    """ "In the end, one of the officials said ...": the opening phrase is no statement."""
    assert (
        _indirect("In the end", "In the end, one of the officials said the deal was off.") is None
    )

"""Joint credits after the quote or with a body, and a cry in plain narration (review 25)."""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes


def _quote(paragraph: str, text: str) -> tuple[str | None, float]:
    found = extract_quotes(Article(title="Harbour news", paragraphs=(paragraph,))).quotes
    quote = next(q for q in found if q.text.rstrip(".,") == text.rstrip(".,"))
    return quote.speaker, quote.confidence


@pytest.mark.parametrize(
    ("paragraph", "text", "speaker"),
    [
        # A credit after the quote lists both, as one before it does.
        (
            "“The pier is sound,” Lise Ostby and surveyor Karl Funt both said.",
            "The pier is sound",
            "Lise Ostby and Karl Funt",
        ),
        # A person listed with a body: both of them.
        (
            "Ola Brann and the Dock Council both said: “The locks reopen in June.”",
            "The locks reopen in June.",
            "Ola Brann and the Dock Council",
        ),
        (
            "“The locks reopen in June,” Ola Brann and the Dock Council said.",
            "The locks reopen in June",
            "Ola Brann and the Dock Council",
        ),
        # Negatives: a body alone, and a body after an object, stay the body's.
        (
            "“The locks reopen in June,” the Dock Council said.",
            "The locks reopen in June",
            "Dock Council",
        ),
        (
            "After meeting Ola Brann and the Dock Council said: “The locks reopen in June.”",
            "The locks reopen in June.",
            "Dock Council",
        ),
    ],
)
def test_a_joint_credit_names_all_its_speakers(paragraph: str, text: str, speaker: str) -> None:
    assert _quote(paragraph, text)[0] == speaker


@pytest.mark.parametrize(
    "paragraph",
    [
        "Both Lise Ostby and the council's surveyor Karl Funt said: “The pier is sound.”",
        "“The pier is sound,” Lise Ostby and the council's surveyor Karl Funt both said.",
    ],
)
def test_one_of_several_speakers_is_never_a_sure_pick(paragraph: str) -> None:
    speaker, confidence = _quote(paragraph, "The pier is sound")
    assert " and " in (speaker or "") or confidence < 0.9


def test_a_lone_speaker_keeps_a_sure_credit() -> None:
    speaker, confidence = _quote("Karl Funt said: “Both piers are sound.”", "Both piers are sound.")
    assert (speaker, confidence >= 0.9) == ("Karl Funt", True)


@pytest.mark.parametrize(
    ("paragraph", "text", "speaker"),
    [
        # A cry in plain narration is the crier's, not the next cue's.
        ("A boy ran by yelling “Flood!” and Lise Ostby said: “We ran.”", "Flood!", "A boy"),
        ("A woman kept screaming “Help me!” until the guards came.", "Help me!", "A woman"),
        # Negatives: the named speaker's own cry, and the cue's own quote.
        ("Lise Ostby shouted “Flood!” as she ran.", "Flood!", "Lise Ostby"),
        (
            "At one point the crowd took up a chant “Dig deeper!” at the quay.",
            "Dig deeper!",
            None,
        ),
        ("A boy ran by yelling “Flood!” and Lise Ostby said: “We ran.”", "We ran.", "Lise Ostby"),
    ],
)
def test_a_cry_in_narration_is_the_criers(paragraph: str, text: str, speaker: str | None) -> None:
    who, confidence = _quote(paragraph, text)
    assert who == speaker
    assert confidence < 0.9 or speaker == "Lise Ostby"


@pytest.mark.parametrize(
    ("paragraph", "text", "speaker"),
    [
        # "Jr."/"Sr." after a surname close the name: a capital after opens a sentence.
        (
            "“The ridge was in fog,” said Ola Brann Jr. The crew turned back.",
            "The ridge was in fog",
            "Ola Brann Jr",
        ),
        (
            "“The ridge was in fog,” said Ola Brann Sr. The crew turned back.",
            "The ridge was in fog",
            "Ola Brann Sr",
        ),
        # Negatives: mid-sentence, and "Sr." as a title before a name.
        (
            "“The ridge was in fog,” said Ola Brann Jr., the crew's leader.",
            "The ridge was in fog",
            "Ola Brann Jr",
        ),
        ("“Pray for them,” said Sr. Ann Holm, the convent's head.", "Pray for them", "Ann Holm"),
    ],
)
def test_a_name_suffix_can_end_a_credit(paragraph: str, text: str, speaker: str) -> None:
    assert _quote(paragraph, text)[0] == speaker


def _texts(paragraph: str) -> list[str]:
    found = extract_quotes(Article(title="Harbour news", paragraphs=(paragraph,))).quotes
    return [q.text for q in found]


def test_a_phrase_told_after_being_talked_about_is_a_quote() -> None:
    paragraph = "Lise Ostby said the phrase “all is well” is what she told her sons."
    assert "all is well" in _texts(paragraph)


def test_a_phrase_only_talked_about_is_no_quote() -> None:
    assert "all is well" not in _texts("Lise Ostby said the phrase “all is well” was unfair.")

"""“...,” the businessman said": the person the passage is about when no role names anyone
(store/quotes/sole_persons.py), and the descriptions left as they are."""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes

VANE_RUNS = "Real-estate developer Tom Vane said on Monday he would run for mayor of Dunmore."
KERR_RUNS = "Ada Kerr said on Monday she would run for mayor of Dunmore."


def _last_speaker(*paragraphs: str) -> str | None:
    quotes = extract_quotes(Article(title="Harbour news", paragraphs=paragraphs)).quotes
    return quotes[-1].speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # A job word the article never set beside his name.
        (
            (
                VANE_RUNS,
                "Vane spoke to supporters at the quay.",
                "“We will rebuild this town,” the businessman said.",
            ),
            "Tom Vane",
        ),
        ((KERR_RUNS, "“The harbour needs work,” the candidate told a radio station."), "Ada Kerr"),
        ((KERR_RUNS, "“I am not done yet,” said the 61-year-old."), "Ada Kerr"),
        # A photo credit's name, of no known sex and no words, is passed over.
        (
            (
                KERR_RUNS,
                "Quarn Velt via Harbour Images.",
                "“I am not done yet,” said the 61-year-old.",
            ),
            "Ada Kerr",
        ),
        # The one who spoke, not the subject of what she said.
        (
            (
                "Tom Vane plans to sell the quay to a hotel chain, Ada Kerr said on Monday.",
                "“It would be a disaster,” the retired surgeon told a radio station.",
            ),
            "Ada Kerr",
        ),
    ],
)
def test_a_description_is_the_person_the_passage_is_about(
    paragraphs: tuple[str, ...], speaker: str
) -> None:
    assert _last_speaker(*paragraphs) == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # A noun of the other sex: someone else.
        ((KERR_RUNS, "“We will rebuild this town,” the businessman said."), "the businessman"),
        # An office: its holder would have been named with it.
        ((KERR_RUNS, "“The race is open,” the governor said."), "the governor"),
        # Someone beside the one the story is about.
        ((KERR_RUNS, "“She has my vote,” the host said."), "the host"),
        # A round-up of three who each spoke once: none is the story's.
        (
            (
                "Ada Kerr said she would run. Tom Vane said he would run. Bo Renn said he would"
                " run too.",
                "“The harbour needs work,” the candidate said.",
            ),
            "the candidate",
        ),
        # The last to speak is not the one the story names most.
        (
            (
                KERR_RUNS,
                "Kerr spoke at the quay. Kerr later met the harbour board.",
                "Tom Vane said he had not decided.",
                "“It is early,” the candidate said.",
            ),
            "the candidate",
        ),
    ],
)
def test_a_description_no_one_fits_plainly_stays_a_description(
    paragraphs: tuple[str, ...], speaker: str
) -> None:
    assert _last_speaker(*paragraphs) == speaker


@pytest.mark.parametrize(
    "paragraphs",
    [
        # "a witness ... the witness": that witness, whoever the rules read it as.
        (
            "A witness said the crane fell at noon.",
            KERR_RUNS,
            "“It shook the whole street,” the witness said.",
        ),
        # One of hers, not she.
        (KERR_RUNS, "“She will win,” the Kerr supporter said."),
        # "the other candidate": someone else than the one the story follows.
        (KERR_RUNS, "“She will lose,” the other candidate said."),
    ],
)
def test_a_description_of_someone_else_is_never_the_named_speaker(
    paragraphs: tuple[str, ...],
) -> None:
    assert _last_speaker(*paragraphs) != "Ada Kerr"


def test_a_resolved_description_is_a_probable_answer() -> None:
    quotes = extract_quotes(
        Article(
            title="Harbour news",
            paragraphs=(KERR_RUNS, "“The harbour needs work,” the candidate told a radio station."),
        )
    ).quotes
    assert quotes[-1].speaker == "Ada Kerr"
    assert quotes[-1].confidence <= 0.85


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # A part played in the event, by someone the story never names.
        (
            (
                "Ferry boss Tom Vane said the boat docked safely. Vane said the crew did well.",
                "“I was sure we would sink,” the passenger said.",
            ),
            "the passenger",
        ),
        (
            (
                "Harbour Police Chief Tom Vane said a man was held. Vane praised his officers.",
                "“I wanted them to listen,” the gunman said in a recording.",
            ),
            "the gunman",
        ),
        (
            (
                "Tom Vane was charged with theft on Tuesday. Vane denied it.",
                "“He took my bag,” the victim told the court.",
            ),
            "the victim",
        ),
        # Someone unnamed came in, called by another noun later.
        (
            (
                "Baritone Tom Vane said the opening night was a joy. Vane thanked the band.",
                "A critic at the opening was less warm.",
                "“The sets were cheap,” the reviewer said.",
            ),
            "the reviewer",
        ),
        # The latest subject, of no known sex, named twice: maybe that one.
        (
            (
                "Tom Vane beat Quill Marno in the chess final. Vane said it was close.",
                "Marno, who is 17, took it well.",
                "“He played better,” the teenager said.",
            ),
            "the teenager",
        ),
    ],
)
def test_a_part_in_an_event_or_a_newcomer_is_not_the_main_person(
    paragraphs: tuple[str, ...], speaker: str
) -> None:
    assert _last_speaker(*paragraphs) == speaker

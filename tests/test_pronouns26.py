"""Whom "he" or "she" means when its own sentence opens on someone it cannot be ("When I
emailed Kerr, he replied": store.quotes.other_subjects), and the person a description's
"of" phrase names ("the campaign of Tom Vance": store.quotes.linked_names)."""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes
from store.quotes.linked_names import linked_name
from store.quotes.mentions import Mention, MentionKind

LEDE = "Judge Tom Vance spoke at the harbour hearing on Monday. “We are done,” he said."
AWAY = "Sen. Ada Kerr ran as far from the campaign of Omar Nasri as she could."
RIVALS = "Among the senators, Bo Renn of Ohio has not endorsed Nasri and Cy Dorn left."
# Both men known, the judge the last to speak.
MET = "Judge Tom Vance met Omar Nasri at the harbour on Monday. “We are done,” Vance said."
WEAK = (
    "Kerr has clashed with Nasri once, writing she was “stunned” that he would jeer at a "
    "nurse. So she earned Nasri’s scorn - he labelled her “soft” and walked out."
)


def _speakers(*paragraphs: str) -> dict[str, str | None]:
    quotes = extract_quotes(Article(title="Hearing", paragraphs=paragraphs)).quotes
    return {q.text: q.speaker for q in quotes}


@pytest.mark.parametrize(
    ("paragraphs", "quote", "speaker"),
    [
        # The writer is the clause's subject: the one man the sentence names replied.
        (
            (
                LEDE,
                "Later, when I emailed Omar Nasri to thank him for his work, he replied, "
                "“It was my finest hour.”",
            ),
            "It was my finest hour.",
            "Omar Nasri",
        ),
        (
            (LEDE, "When we called Omar Nasri at home, he said, “The harbour will close.”"),
            "The harbour will close.",
            "Omar Nasri",
        ),
        # A woman is the subject; the man whose ire she drew (a possessive) spoke.
        ((AWAY, RIVALS, WEAK), "soft", "Omar Nasri"),
        (
            (
                LEDE,
                "Ada Kerr met Omar Nasri once. After she earned Nasri’s scorn, he said, “She is weak.”",
            ),
            "She is weak.",
            "Omar Nasri",
        ),
        # Kept: a pronoun of the same sex opens the sentence: he met Nasri, he spoke.
        (
            (MET, "After he met Nasri, he said, “The harbour will close.”"),
            "The harbour will close.",
            "Tom Vance",
        ),
        # Kept: two men in the sentence, no one to prefer.
        ((MET, "When I asked Nasri about Cy Dorn, he said, “No.”"), "No.", "Tom Vance"),
        # Kept: a body or place beside the name.
        ((MET, "When I asked Nasri about Leeds, he said, “No.”"), "No.", "Tom Vance"),
        # Kept: no subject of the clause's own ("Asked ..."), the salient reading stands.
        ((MET, "Asked about Nasri, he said, “No.”"), "No.", "Tom Vance"),
        # Kept: the sentence names him again after the pronoun.
        ((MET, "When I thanked Nasri, he said, “No,” and Nasri left."), "No,", "Tom Vance"),
    ],
)
def test_pronoun_of_a_sentence_whose_subject_it_cannot_be(
    paragraphs: tuple[str, ...], quote: str, speaker: str
) -> None:
    speakers = _speakers(*paragraphs)
    found = next(s for text, s in speakers.items() if text.rstrip(",.") == quote.rstrip(",."))
    assert found == speaker


def _description(text: str) -> Mention:
    return Mention(text, MentionKind.DESCRIPTION, start=0, end=len(text))


@pytest.mark.parametrize(
    ("text", "word", "name"),
    [
        ("the campaign of Omar Nasri", "Omar Nasri", "Omar Nasri"),
        ("the office of Ada Kerr", "Ada Kerr", "Ada Kerr"),
        # Kept: no first name (a place), a link other than "of", one word.
        ("the people of New Hampshire", "New Hampshire", None),
        ("the Center for Ada Kerr", "Ada Kerr", None),
        ("the campaign of Nasri", "Nasri", None),
    ],
)
def test_a_full_name_after_a_descriptions_of(text: str, word: str, name: str | None) -> None:
    read = linked_name(_description(text), word)
    assert read is not None
    assert (read.name if read.kind == MentionKind.NAME else None) == name


def test_a_name_mention_is_left_as_it_is() -> None:
    mention = Mention("Omar Nasri", MentionKind.NAME, name="Omar Nasri")
    assert linked_name(mention, "Omar Nasri") is mention
    assert linked_name(None, "Omar Nasri") is None


# Every quote of a "he said" whose first quote calls the salient man by title (self_titles.py)
# shares that doubt: the second, with no title in it, is held unclear too.
TITLED = (
    "His aide, Omar Nasri, said Renn believes the ads will pay off. He should gain from the "
    "win, Renn said.",
)


@pytest.mark.parametrize(
    ("paragraph", "confidences"),
    [
        (
            "“Voters asked whether Senator Renn's message could carry the state, and he "
            "proved it could,” he said. “A win here spreads that news across the country.”",
            [0.45, 0.45],
        ),
        # Kept: no quote of the event names him by title.
        (
            "“Voters asked whether the message could carry the state, and it could,” he "
            "said. “A win here spreads that news across the country.”",
            [0.76, 0.76],
        ),
    ],
)
def test_a_self_titled_quotes_doubt_holds_for_its_events_other_quotes(
    paragraph: str, confidences: list[float]
) -> None:
    lede = "Sen. Bo Renn won the primary on Tuesday."
    article = Article(title="Primary", paragraphs=(lede, *TITLED, paragraph))
    quotes = [q for q in extract_quotes(article).quotes if q.paragraph == 2]
    assert [q.confidence for q in quotes] == confidences
    assert {q.speaker for q in quotes} == {"Bo Renn"}

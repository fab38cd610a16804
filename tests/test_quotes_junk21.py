"""Junk speakers caught by the last check (store/quotes/junk_speakers.py): whatever path named
them, a quote whose speaker names no one keeps no speaker, never the nearest other name.

Invented text. Each "junk" case fails without the rule it names: a people's or a place's
adjective alone ("The Kazakh charter"), a word that only ever opens a sentence before a noun
and that salience picked ("Bitter remarks are ..."), a pronoun-like opener ("Somebody called
it"), an all-caps heading ("UPDATE: ...", "POET KNEW SOMETHING Gulls"), a description of a
thing or a body written, nearest the quote, as an object ("says he made a hasty choice",
"Backers of the harbour measure say"), a piece of a clause ("of Dunmore crews", "A share of
those who"). The "kept" cases fail when a rule reaches a real speaker; the kinds cases when
"the Texan said" or "Ada Law ... Law said" stays a body.
"""

from __future__ import annotations

import pytest

from store.models import Article, AttributionHow, Quote, QuoteKind, Speaker, SpeakerKind
from store.quotes.common_words import lower_case_words
from store.quotes.extract import extract_quotes
from store.quotes.junk_speakers import junk_speaker, person_kinds, place_adjective, unjunked


def _quote(paragraphs: tuple[str, ...], words: str) -> Quote:
    article = Article(title="Harbour levy vote", paragraphs=paragraphs)
    return next(q for q in extract_quotes(article).quotes if q.text.startswith(words))


JUNK: list[tuple[tuple[str, ...], str]] = [
    # (paragraphs, the quote's first words): the speaker the extractor read here is junk.
    (
        (
            "The Kazakh charter makes no mention of quays, although it does say that the isle "
            "agrees to “share the tides.”",
        ),
        "share the tides",
    ),
    # ("Bitter remarks are ... A young Dunmore woman was fined ... she wrote": now the woman's,
    # never "Bitter": tests/test_pron27.py.)
    (
        (
            "TURNS OUT THE POET KNEW SOMETHING Gulls are considered the “detectives of the "
            "shore.” [Quartz]",
        ),
        "detectives of",
    ),
    (
        (
            "Harbour insiders do not see what is happening in Dunmore. Somebody called it a "
            "“quiet tide,” and the mayor agreed.",
        ),
        "quiet tide",
    ),
]


@pytest.mark.parametrize(("paragraphs", "words"), JUNK)
def test_junk_speaker_leaves_the_quote_without_one(paragraphs: tuple[str, ...], words: str) -> None:
    assert _quote(paragraphs, words).speaker is None


OBJECTS: list[tuple[str, str, str]] = [
    # (paragraph, speaker read, quoted words): a description written, nearest the quote, as
    # an object ("made a hasty choice", "Backers of the harbour measure") names no one.
    (
        "Bo Renn says he made a hasty choice to back the levy, and that it was “a real help.”",
        "a hasty choice",
        "a real help.",
    ),
    (
        "Backers of the harbour measure say it makes the board an “idle referee.” Kerr said "
        "the harbour measure can be a start.",
        "the harbour measure",
        "idle referee.",
    ),
    ("Half of the crews say the “quay levy” was an improvement.", "an improvement", "quay levy"),
]


@pytest.mark.parametrize(("paragraph", "speaker", "words"), OBJECTS)
def test_object_read_as_speaker_is_dropped(paragraph: str, speaker: str, words: str) -> None:
    start = paragraph.index(words)
    end = start + len(words)
    how = AttributionHow.DESCRIPTION
    quote = Quote(words, speaker, None, "say", QuoteKind.DIRECT, 0, start, end, how, 0.8)
    texts = ("Harbour levy vote", paragraph)
    assert unjunked(quote, texts, lower_case_words(texts)).speaker is None


KEPT: list[tuple[tuple[str, ...], str, str]] = [
    # (paragraphs, the quote's first words, its speaker): real speakers the rules must spare.
    (
        (
            "Kerr spoke for an hour about the levy.",
            "Kerr openly admitted his choice was political. “With an eye on the vote,” he said.",
        ),
        "With an eye",
        "Kerr",
    ),
    (("“Bring the nets in,” the Texan said after the vote.",), "Bring the nets", "Texan"),
    (
        ("The advert ends with a voice over saying: “Vote no on the levy.”",),
        "Vote no",
        "a voice over",
    ),
    (
        ("“The tide has turned,” Others shouted as they marched down the quay.",),
        "The tide",
        "Others",
    ),
]


@pytest.mark.parametrize(("paragraphs", "words", "speaker"), KEPT)
def test_real_speaker_is_kept(paragraphs: tuple[str, ...], words: str, speaker: str) -> None:
    assert _quote(paragraphs, words).speaker == speaker


def test_place_noun_is_a_person() -> None:
    paragraphs = (
        "“Bring the nets in,” the Texan said after the vote.",
        "“No more,” the Texan said.",
    )
    article = Article(title="Harbour levy vote", paragraphs=paragraphs)
    assert [s.kind for s in extract_quotes(article).speakers] == [SpeakerKind.PERSON]


@pytest.mark.parametrize(
    ("speaker", "text", "kind"),
    [
        (Speaker("Ada Law", SpeakerKind.ORGANISATION), "Ada Law runs it. Law said so.", "person"),
        (Speaker("Ada Law", SpeakerKind.ORGANISATION), "Ada Law runs it.", "organisation"),
        (Speaker("Harbour Law", SpeakerKind.ORGANISATION), "Law said so.", "organisation"),
    ],
)
def test_first_named_surname_cited_alone_is_a_person(
    speaker: Speaker, text: str, kind: str
) -> None:
    assert person_kinds([speaker], [text])[0].kind.value == kind


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Kazakh", True),
        ("Romanian", True),
        ("Texan", True),
        ("British", True),
        ("Japanese", True),
        ("Saudis", False),  # a plural is one side speaking
        ("Jordan", False),  # the country itself: the first-name list decides
        ("Renn", False),
    ],
)
def test_place_adjective(word: str, expected: bool) -> None:
    assert place_adjective(word) is expected


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("KNEW IT ALL ALONG Gulls", "KNEW IT ALL ALONG Gulls are “crafty.”", True),
        ("UPDATE", "UPDATE: the levy is over.", True),
        ("FLOOD SURVIVORS", "FLOOD SURVIVORS Crews said “no.”", True),
        ("of Dunmore crews", "Half of Dunmore crews say so.", True),
        ("A share of those who", "A share of those who voted say so.", True),
        ("Al From", "Al From said so.", False),  # a capitalised "From" is a surname
        ("Registry", "Tides rose, according to the state Registry of Boats.", True),
        ("Registry", "The Registry of Boats said so. The Registry was firm.", False),
        ("NATO", "NATO said it would act.", False),
        ("Gulls Weekly", "Gulls Weekly said so.", False),
        ("an improvement", "They said it was an improvement.", True),
        ("the new plan", "Critics of the new plan say.", True),
        ("a spokesman", "Critics of a spokesman say.", False),  # a person may be the speaker
        ("Someone", "Someone called it a trap.", True),
        ("Several", "Several said they would.", False),
        ("Jordan", "Jim Jordan said it. Jordan was firm.", False),
    ],
)
def test_junk_speaker(name: str, text: str, expected: bool) -> None:
    lower_words = frozenset(w for w in text.split() if w.islower())
    assert junk_speaker(name, text, lower_words) is expected

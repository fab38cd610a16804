"""Junk speakers: a speaker is a person, a body, or a description of one, never a fragment."""

from __future__ import annotations

import pytest

from store.models import Article, Attribution
from store.quotes.extract import extract_quotes
from store.quotes.mentions import MentionKind, read_mention


def extract(*paragraphs: str, title: str = "A headline") -> Attribution:
    return extract_quotes(Article(title=title, paragraphs=paragraphs))


def speakers(attribution: Attribution) -> list[str | None]:
    return [q.speaker for q in attribution.quotes]


NOT_SPEAKERS = [
    # The noun after an adjective is the cue, not a speaker: "a thunderous chant of".
    "the caustic",
    "a thunderous",
    "one common",
    "The first",
    "the central",
    "A federal",
    # "one of the swing states": a part of a plural is plural; "states" is no verb here.
    "Oslo is one of the classic swing",
    # A preposition is not a head noun: "to phone a friend without [saying]".
    "a friend without",
    # A possessive names the owner of the next noun, never a speaker.
    "The Tasmanian’s",
    "The Lone Star State's",
    # An all-capitals heading runs on before any name, or holds an adverb.
    "FJORD TALKS NOT NECESSARILY DOOMED",
    "VOTERS WANT MORE FROM CANDIDATES",
    "SURELY NOT",
    # A running head of live coverage.
    "The Latest",
]


@pytest.mark.parametrize("chunk", NOT_SPEAKERS)
def test_no_speaker_in_fragments(chunk: str) -> None:
    assert read_mention(chunk) is None


STILL_SPEAKERS = [
    # (chunk, kind, name): the fixes must not cost real speakers.
    ("the retired neurosurgeon", MentionKind.DESCRIPTION, None),
    ("one of the advisers", MentionKind.DESCRIPTION, None),
    ("one of the women", MentionKind.DESCRIPTION, None),
    ("the gambling tycoon", MentionKind.DESCRIPTION, None),
    # Nouns for people with adjective endings.
    ("the conservative", MentionKind.DESCRIPTION, None),
    ("the official", MentionKind.DESCRIPTION, None),
    ("the Democratic nominee", MentionKind.DESCRIPTION, None),
    # A body's possessive still names the body, without the possessive.
    ("the Kremlin’s", MentionKind.ORGANISATION, "Kremlin"),
    # Names in capitals: a transcript speaker alone or after a title.
    ("OLAF NYGAARD", MentionKind.NAME, "OLAF NYGAARD"),
    ("SENATOR NYGAARD", MentionKind.NAME, "NYGAARD"),
    ("NATO", MentionKind.ORGANISATION, "NATO"),
    ("Tove Lind", MentionKind.NAME, "Tove Lind"),
]


@pytest.mark.parametrize(("chunk", "kind", "name"), STILL_SPEAKERS)
def test_real_speakers_kept(chunk: str, kind: MentionKind, name: str | None) -> None:
    mention = read_mention(chunk)
    assert mention is not None
    assert (mention.kind, mention.name) == (kind, name)


ARTICLES = [
    # (paragraphs, speaker of each quote in order)
    (
        (
            "Crowds filled the square in Bergen. At one point the crowd reprised the caustic "
            "chant “Out with the tolls! Out with the tolls!” that rang through the night.",
        ),
        [None],
    ),
    (
        (
            "Mayor Tove Lind spoke to the council on Monday.",
            "Besides Lind, two councillors spoke. “We will fix the ferries,” Lind said.",
        ),
        ["Tove Lind"],
    ),
    (
        (
            "FJORD POLLS NOT NECESSARILY WRONG - Olaf Nygaard: “The polls were fine, they "
            "just stopped too early.”",
        ),
        ["Olaf Nygaard"],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), ARTICLES)
def test_junk_never_speaks(paragraphs: tuple[str, ...], expected: list[str | None]) -> None:
    assert speakers(extract(*paragraphs)) == expected

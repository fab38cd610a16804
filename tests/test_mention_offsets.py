"""read_mention reads the words after a chunk's last barrier once: the same reading, moved."""

from __future__ import annotations

from dataclasses import replace

import pytest

from store.quotes.mentions import Mention, MentionKind, read_mention
from store.quotes.moved import moved

# Invented narration: what stands before the last comma, dash or quote changes nothing.
CASES = [
    ("he", 40, MentionKind.PRONOUN),
    ("the harbour board met, and Senator Ada Kerr", 7, MentionKind.NAME),
    ("“We will not,” the mayor", 0, MentionKind.DESCRIPTION),
    ("on Tuesday — the Tessel Institute", 300, MentionKind.ORGANISATION),
    ("the vote. Bo Renn", 12, MentionKind.NAME),
]


@pytest.mark.parametrize(("chunk", "offset", "kind"), CASES)
def test_a_reading_at_an_offset_is_the_reading_at_zero_moved(
    chunk: str, offset: int, kind: MentionKind
) -> None:
    at_zero = read_mention(chunk)
    assert at_zero is not None and at_zero.kind == kind
    assert read_mention(chunk, offset) == replace(
        at_zero, start=at_zero.start + offset, end=at_zero.end + offset
    )
    assert chunk[at_zero.start : at_zero.end] == at_zero.text


@pytest.mark.parametrize(("chunk", "offset", "kind"), CASES)
def test_the_words_after_the_last_barrier_read_alone_the_same(
    chunk: str, offset: int, kind: MentionKind
) -> None:
    cut = max(chunk.rfind(mark) for mark in (",", "—", "”")) + 1
    alone = read_mention(chunk[cut:].lstrip())
    assert alone is not None
    by = len(chunk) - len(chunk[cut:].lstrip())
    assert read_mention(chunk) == moved(alone, by)


def test_moved_copies_every_field_and_leaves_the_original() -> None:
    mention = Mention("Ada Kerr", MentionKind.NAME, name="Ada Kerr", start=3, end=11)
    copy = moved(mention, 10)
    assert (copy.start, copy.end, mention.start, mention.end) == (13, 21, 3, 11)
    assert replace(copy, start=3, end=11) == mention
    assert hash(copy) == hash(replace(mention, start=13, end=21))

"""word_trie: one regex for a word list finds exactly what a word scan and a set lookup find."""

from __future__ import annotations

import re

import pytest

from store.quotes import speech
from store.quotes.cue_gates import _GATED, GATED_WORDS, PHRASE_FIRST_WORDS, gated_cues
from store.quotes.word_trie import word_trie, words_shaped_like_word

_WORD = speech._WORD  # the word scan speech.py ran before the trie: the reference
_VERBS = {"said", "says", "say", "saying", "Said", "told", "co-signed", "can't"}


def _scanned(words: set[str], text: str) -> list[tuple[int, int]]:
    """The reference: every word of the text, kept when it is in the set."""
    return [m.span() for m in _WORD.finditer(text) if m.group() in words]


@pytest.mark.parametrize(
    "text",
    [
        "Kerr said the plan failed, and says so again, saying little.",
        "Said Bo Renn: it was told to him.",
        "The saidé and the sayings: longer words hold no verb.",  # a prefix is no match
        "McSaid and reSaid: capitals inside a word.",
        "She said's, say-so and say' are none.",  # an apostrophe or hyphen after the word
        "It co-signed nothing; he can't say.",  # shapes _WORD never matches
        "",
    ],
)
def test_the_trie_finds_what_the_word_scan_keeps(text: str) -> None:
    pattern = words_shaped_like_word(_VERBS)
    assert [m.span() for m in pattern.finditer(text)] == _scanned(_VERBS, text)


@pytest.mark.parametrize(
    ("words", "matches", "misses"),
    [
        (["say", "said", "saying"], ["say", "said", "saying"], ["sa", "sayi", "saidx", ""]),
        (["a.b", "a"], ["a.b", "a"], ["axb"]),  # letters are escaped
        ([], [], ["", "said"]),
    ],
)
def test_word_trie_matches_its_words_only(
    words: list[str], matches: list[str], misses: list[str]
) -> None:
    pattern = re.compile(word_trie(words))
    assert all(pattern.fullmatch(word) for word in matches)
    assert not any(pattern.fullmatch(word) for word in misses)


def test_speech_candidates_are_the_word_scans() -> None:
    # Invented narration with cues, capitalised cues and words that only look like them.
    text = (
        "Said Ada Kerr, the mayor: the board issued a statement. Bo Renn added that he "
        "warned them, and Kerr's aide, who sayss nothing, replied. Told you, said-so."
    )
    got = [m.span() for m in speech._CANDIDATE.finditer(text)]
    assert got == _scanned(set(speech._CANDIDATES) | GATED_WORDS | PHRASE_FIRST_WORDS, text)
    assert got  # the text does hold candidates


def test_speech_verbs_hand_gated_cues_the_words_of_their_own_scan() -> None:
    # One scan finds both the cue candidates and the gated words: gated_cues must decide as
    # it does over a scan of its own, and the candidates' cues must stay what they were.
    text = (
        "Kerr could only quip, “No,” questioned Renn; he referred to it as “a mess”. "
        "Bo Renn said the state would report it, then Kerr cut in: “Enough.”"
    )
    verbs = speech.speech_verbs(text)
    assert [v for v in verbs if v[2] in GATED_WORDS] == gated_cues(text, set())
    assert ("said" in [v[2] for v in verbs]) and ("quip" in [v[2] for v in verbs])


def test_every_gated_word_has_the_word_shape() -> None:
    # cue_gates scans with words_shaped_like_word, which leaves out words of another shape;
    # a verb with its particle ("cut in") has a scan of its own.
    singles = {word for word in GATED_WORDS if " " not in word}
    assert all(re.fullmatch(r"[A-Za-z][a-z]+", word) for word in singles)
    assert all(re.fullmatch(r"[a-z]+ (?:in|up)", word) for word in GATED_WORDS - singles)
    text = "Kerr could only quip, “No,” questioned Renn; he referred to it as “a mess”."
    assert [m.group() for m in _GATED.finditer(text)] == [
        m.group() for m in _WORD.finditer(text) if m.group() in GATED_WORDS
    ]

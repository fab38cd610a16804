"""speed27: the cheap tests put before a regex answer as the regex alone would.

Each gate is a necessary condition of its regex; these tables hold the look-alikes at its
edge (extra spaces, a newline, capitals, a mark glued on) and random text from the letters
that make or break a match, each answered by the gated function and by the bare regex.
"""

from __future__ import annotations

import random

import pytest

from store.quotes import (
    adverb_inversions,
    caused_cues,
    chunk_tokens,
    nonspeakers,
    self_titles,
    work_titles,
)
from store.quotes.attributions import _GLUED_CREDIT, narration
from store.quotes.lexicon import Gender
from store.quotes.marks import MASK
from store.quotes.mentions import Mention, MentionKind
from store.quotes.people import Person
from store.quotes.term_words import WORK_WORDS

_RNG_SEED = 27


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("So said Tarn", True),
        ("“Enough,” so  said Tarn", True),
        ("Thus\nsaid Tarn", True),
        ("Or so said Tarn", True),
        ("“Enough,” thus said Tarn", True),
        ("Also said Tarn", False),  # "so" inside a word
        ("Soon said Tarn", False),
        ("Tarn said", False),
    ],
)
def test_adverb_gate_answers_as_the_regex(text: str, expected: bool) -> None:
    at = text.rindex("said")
    bare = adverb_inversions._INVERTING.search(text[max(0, at - 12) : at]) is not None
    assert adverb_inversions.inverted_by_adverb(text, at) is bare is expected


def test_adverb_gate_agrees_on_random_text() -> None:
    alphabet = [*"SsoThuOr", " ", "\n", ",", ".", "”", "x"]
    rng = random.Random(_RNG_SEED)
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 16))) + "said"
        at = len(text) - 4
        bare = adverb_inversions._INVERTING.search(text[max(0, at - 12) : at]) is not None
        assert adverb_inversions.inverted_by_adverb(text, at) is bare, text


@pytest.mark.parametrize(
    "text",
    [
        "The strike prompted Vell Orsan to say",
        "which led the harbour master  to\tsay",
        "the ruling forced her to\nsay",
        "Vell Orsan wanted to say",  # "to" but no verb of causing
        "Vell Orsan went on to say",
        "Vell Orsan toured and said",  # "to" inside a word only
        "Vell Orsan said",
    ],
)
def test_caused_gate_answers_as_the_regex(text: str) -> None:
    at = text.rindex("s")  # the cue verb's first letter ("say", "said")
    bare = caused_cues._CAUSED.search(text, max(0, at - caused_cues._REACH), at)
    gated = caused_cues.caused_speaker(text, at)
    assert (gated is None) == (bare is None)


def test_glued_credit_gate_leaves_narration_as_the_sub_would() -> None:
    glued = f"“{MASK * 6}”Orsan said."  # the comma inside the marks is masked too
    apart = f"“{MASK * 5},” Orsan said. A “word”Orsan."
    for text in (glued, apart, glued.replace("”", '"'), "No marks at all, Orsan said."):
        unglued = _GLUED_CREDIT.sub(" ", text)
        assert narration(text) == narration(unglued)
    assert narration(glued) != glued  # the glued mark still reads as a space


@pytest.mark.parametrize(
    ("before", "text", "expected"),
    [
        ("Some 40 percent of ", "voters", True),
        ("FORTY PERCENT OF ", "voters", False),  # no digit: the share needs one
        ("40 PERCENT OF ", "voters", True),
        ("the share Of ", "members", True),
        ("the share for ", "members", False),
        ("", "the harbour master", False),
    ],
)
def test_counted_share_gate_answers_as_the_regex(before: str, text: str, expected: bool) -> None:
    subject = before + text
    assert (nonspeakers._COUNTED.search(subject) is not None) is expected
    mention = Mention(text, MentionKind.DESCRIPTION, start=len(before), end=len(subject))
    # names_nobody says True for a counted share: the gate must not hide one.
    if expected:
        assert nonspeakers.names_nobody(mention, subject + " said it.", None)


def test_counted_share_gate_finds_every_share_the_regex_finds() -> None:
    words = ["40", "percent", "PERCENT", "of", "OF", "Of", "the", "share", "voters", "%", ","]
    rng = random.Random(_RNG_SEED)
    for _ in range(3000):
        subject = " ".join(rng.choice(words) for _ in range(rng.randint(1, 6)))
        bare = nonspeakers._COUNTED.search(subject) is not None
        assert not bare or "of" in subject.lower(), subject


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        ("I told Senator Orsan the port stays open.", True),
        ("Ask Mr. Orsan what he thinks.", True),
        ("Orsan is my name and the port stays open.", False),
        ("The port stays open, Senator.", False),  # the title, not the surname
        ("They said, ‘Mr. Orsan, go home,’ and we did.", False),  # inner words
    ],
)
def test_self_title_gate_answers_as_before(quote: str, expected: bool) -> None:
    speaker = Person("Vell Orsan", gender=Gender.MALE)
    assert self_titles.calls_by_title(quote, speaker) is expected


@pytest.mark.parametrize(
    "word", ["Orsan", "Orsan,", "O’Dell", "U.S.", "a&b", "", "—", "9", "_x", "é", "Ørsted", "x-"]
)
def test_chunk_token_answers_as_the_regex(word: str) -> None:
    assert chunk_tokens.chunk_token(word) is (chunk_tokens.CHUNK_TOKEN.fullmatch(word) is not None)


def test_chunk_token_agrees_on_random_words() -> None:
    alphabet = [*"aZ9_", "é", "’", "'", ".", "&", "-", ",", "—", "²", "\u0301"]
    rng = random.Random(_RNG_SEED)
    for _ in range(3000):
        word = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 5)))
        bare = chunk_tokens.CHUNK_TOKEN.fullmatch(word) is not None
        assert chunk_tokens.chunk_token(word) is bare, repr(word)



@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In her book, Harbour Lights, she wrote", True),
        ("In her book,\n Harbour Lights, she wrote", True),
        ("In her book,Harbour Lights, she wrote", False),  # no space after the comma
        ("In her book Harbour Lights, she wrote", False),
        ("In her novel, Harbour Lights said", False),  # no comma closes the name
    ],
)
def test_work_title_gate_answers_as_the_regex(text: str, expected: bool) -> None:
    start = text.index("Harbour")
    end = start + len("Harbour Lights")
    noun = work_titles._NOUN_BEFORE.search(text, max(0, start - work_titles._REACH), start)
    bare = noun is not None and noun["noun"] in WORK_WORDS
    bare = bare and work_titles._COMMA_AFTER.match(text, end) is not None
    assert work_titles.titles_work(text, start, end) is bare is expected

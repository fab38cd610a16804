"""speed26: faster scans that find exactly what the slower ones found (invented text)."""

from __future__ import annotations

import random
import re

import pytest

from store.models import SpeakerKind
from store.quotes.digest_items import MIN_HEADLINE_WORDS, _headline
from store.quotes.introduced_roles import _patterns
from store.quotes.junk_speakers import _written_alone
from store.quotes.listed_adjectives import listed_adjectives_start, listed_commas_dropped
from store.quotes.paragraph_people import _writes
from store.quotes.people import Person
from store.quotes.whole_words import writes_word
from store.quotes.word_trie import words_shaped_like_word

# speech.py's word scan, the reference words_shaped_like_word must agree with.
_WORD = re.compile(r"\b[A-Za-z][a-z]+\b(?![’'-])")
_WORDS = {"said", "says", "saying", "Said", "told", "tells", "noted", "add", "added"}


def _reference(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _WORD.finditer(text) if m.group() in _WORDS]


@pytest.mark.parametrize(
    "text",
    [
        "Renn said it, Kerr says so and Dunn, saying little, told them.",
        "Said Ivo Marsh: “No.” Then he added that he noted it.",
        "unsaid resaid saidx: the letters of a cue inside a longer word",
        "_said 9said ésaid said_ said9 saidé: word characters beside the cue",
        "said's say-so said- said’ told-him: an apostrophe or hyphen after it",
        "Told.Said,said;SAID Noted",  # punctuation between, capitals only first
        "add adds added addeds",  # a word of the set inside a longer one of it
        "",
    ],
)
def test_cue_scan_finds_what_the_word_scan_keeps(text: str) -> None:
    pattern = words_shaped_like_word(_WORDS)
    assert [m.span() for m in pattern.finditer(text)] == _reference(text)


def test_cue_scan_agrees_on_random_text() -> None:
    # Letters of the words, their neighbours that make or break a boundary, and separators.
    alphabet = [*"saidtoldnedS", "é", "_", "9", "'", "’", "-", " ", ".", ",", "“"]
    pattern = words_shaped_like_word(_WORDS)
    rng = random.Random(26)
    for _ in range(4000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24)))
        assert [m.span() for m in pattern.finditer(text)] == _reference(text), text


def test_cue_scan_tests_the_boundary_before_the_first_letter() -> None:
    # The order is the speed: inside a word the boundary fails before the lookahead is run.
    assert words_shaped_like_word(_WORDS).pattern.startswith(r"\b(?=[")


# --- regexes compiled once a process, not once a call -------------------------------------


def _regex_writes(text: str, word: str) -> bool:
    """The reference: the pattern paragraph_people compiled for every surname."""
    return re.search(rf"\b{re.escape(word)}\b", text) is not None


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Later Kerr left the hall.", "Kerr", True),
        ("The Kerrs left the hall.", "Kerr", False),  # inside a longer word
        ("McKerr left.", "Kerr", False),
        ("Kerr_2 and 9Kerr", "Kerr", False),  # "_" and digits are word characters
        ("Kerr’s plan", "Kerr", True),  # an apostrophe is no word character
        ("al-Kerr said", "Kerr", True),  # nor a hyphen
        ("Kerré left", "Kerr", False),  # an accented letter is a word character
        ("Kerr\u0301 left", "Kerr", True),  # a combining accent is none (to re as here)
        ("the Kerr, then Kerrs", "Kerr", True),  # the first place fails, a later one holds
        ("Renn Jr. spoke", "Jr.", False),  # a full stop ends the word: \b wants a letter next
        ("Renn Jr.x spoke", "Jr.", True),
        ("", "Kerr", False),
    ],
)
def test_writes_word_answers_as_the_word_pattern(text: str, word: str, expected: bool) -> None:
    assert writes_word(text, word) is expected
    assert _regex_writes(text, word) is expected  # the cases mean what the regex says


def test_writes_word_agrees_with_the_pattern_on_random_text() -> None:
    alphabet = [*"abAB_1 .-’'", "é", "\u0301", "²", "ſ", "K"]
    rng = random.Random(2026)
    for _ in range(6000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        word = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 4)))
        assert writes_word(text, word) == _regex_writes(text, word), (text, word)


def test_paragraph_people_reads_no_pattern_for_a_surname(monkeypatch: pytest.MonkeyPatch) -> None:
    # A new surname compiles nothing: _writes must not go through re at all.
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("compiled a pattern")

    monkeypatch.setattr(re, "search", refuse)
    monkeypatch.setattr(re, "compile", refuse)
    assert _writes("Then Ilse Quarmby spoke.", Person("Ilse Quarmby", SpeakerKind.PERSON))
    assert not _writes("Then the Quarmbys spoke.", Person("Ilse Quarmby", SpeakerKind.PERSON))


@pytest.mark.parametrize(
    ("name", "text", "spans"),
    [
        ("the harbour board", "Backers of The Harbour Board say", [(11, 28)]),  # any case
        ("board", "the al-board and o'board, a board", [(28, 33)]),  # not after "-" or "'"
        ("board", "boardroom boards", []),  # a word of its own
    ],
)
def test_written_alone_finds_what_the_inline_pattern_found(
    name: str, text: str, spans: list[tuple[int, int]]
) -> None:
    inline = re.finditer(rf"(?<![\w’'-]){re.escape(name)}\b", text, re.IGNORECASE)
    assert [m.span() for m in _written_alone(name).finditer(text)] == spans
    assert [m.span() for m in inline] == spans
    assert _written_alone(name) is _written_alone(name)  # compiled once


def test_introduced_role_patterns_outlast_an_article_of_heads() -> None:
    # With 64 places, 67 heads in turn (as a few hundred articles hold) missed every time:
    # each head's five shapes were compiled again, some 2 ms a head.
    heads = [f"role{chr(97 + i // 26)}{chr(97 + i % 26)}" for i in range(300)]
    _patterns.cache_clear()
    for head in heads + heads:
        _patterns(head)
    assert _patterns.cache_info().misses == len(heads)


# --- a digest item's headline, read up to its first lower-case letter ---------------------


def _reference_headline(before: str) -> bool:
    """The reading before speed26: every letter of the text collected, then tested."""
    words = before.strip().strip("‘’'“”\"").split()
    letters = [c for c in "".join(words) if c.isalpha()]
    return len(words) >= MIN_HEADLINE_WORDS and bool(letters) and all(c.isupper() for c in letters)


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("HARBOUR FERRIES TO SAIL AGAIN ", True),
        ("“HARBOUR FERRIES SAIL” ", True),  # in marks
        ("FERRIES SAIL ", False),  # two words are no headline
        ("The port said on Monday that ", False),  # narration
        ("HARBOUR FERRIES TO SAIL again ", False),  # one lower-case word
        ("2024 - 17 ", False),  # no letter at all
        ("FERRY 2 SAILS ", True),  # figures between
        ("ǅAR FERRIES SAIL ", False),  # a title-case letter is not a capital
    ],
)
def test_headline_reads_as_before(before: str, expected: bool) -> None:
    assert _headline(before) is expected
    assert _reference_headline(before) is expected


def test_headline_agrees_on_random_text() -> None:
    alphabet = [*"aAbB 1.-\n", "‘", "’", "“", "”", '"', "'", "א", "ǅ", "ª"]
    rng = random.Random(56)
    for _ in range(6000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 16)))
        assert _headline(text) == _reference_headline(text), text


# --- listed adjectives: words joined only around a comma ----------------------------------


def _reference_commas_dropped(tokens: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The reading before speed26: the words around every word joined, comma or not."""
    for at in range(max(1, len(tokens) - 5), len(tokens) - 1):
        start, word = tokens[at]
        after = " ".join(w for _, w in tokens[at + 1 :])
        opened = f"{tokens[at - 1][1]} {word}"
        if (
            word.endswith(",")
            and listed_adjectives_start(f"{opened} {after}", len(opened) - 1) == 0
        ):
            return [*tokens[:at], (start, word[:-1]), *tokens[at + 1 :]]
    return tokens


def _tokens(text: str) -> list[tuple[int, str]]:
    return [(m.start(), m[0]) for m in re.finditer(r"\S+", text)]


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        # "the bearded, soft-spoken envoy": the comma lists the adjectives of one noun.
        (
            "a source said the bearded, soft-spoken envoy",
            "a source said the bearded soft-spoken envoy",
        ),
        ("the harbour, the envoy", "the harbour, the envoy"),  # a determiner after: no list
        ("Ada Kerr, an envoy", "Ada Kerr, an envoy"),  # an appositive stays
        ("the weathered, 60-year-old skipper", "the weathered 60-year-old skipper"),
        ("nothing here at all", "nothing here at all"),
    ],
)
def test_listed_commas_dropped_as_before(words: str, expected: str) -> None:
    tokens = _tokens(words)
    assert " ".join(w for _, w in listed_commas_dropped(tokens)) == expected
    assert listed_commas_dropped(tokens) == _reference_commas_dropped(tokens)


def test_listed_commas_dropped_agrees_on_random_words() -> None:
    vocabulary = [
        "the",
        "a",
        "bearded,",
        "tall,",
        "soft-spoken",
        "envoy",
        "Kerr,",
        "who",
        "71-year-old",
        "pilot",
        "said,",
        "x",
    ]
    rng = random.Random(44)
    for _ in range(3000):
        text = " ".join(rng.choice(vocabulary) for _ in range(rng.randint(0, 9)))
        tokens = _tokens(text)
        assert listed_commas_dropped(tokens) == _reference_commas_dropped(tokens), text

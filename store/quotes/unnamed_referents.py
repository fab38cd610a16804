"""When "the aide" or "the heckler" means someone the article never names.

A description resolves to a named person only when nothing nearer says otherwise. Two
shapes do: an unnamed participant introduced with an indefinite article after the named
holder of that role ("Tom Lind, a White House aide, ... A committee aide blasted it. “...,”
the aide said": the committee aide, not Lind); and a description cued in the very sentence
in which someone else just spoke ("“...,” Renn said as the heckler yelled: “...”": the
heckler is not Renn).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from functools import lru_cache

from store.quotes.lexicon import PLAIN_PERSON_NOUNS
from store.quotes.people import PARAGRAPH_STRIDE
from store.quotes.sentences import sentence_ends, start_of_sentence

# "a committee aide", "an angry heckler": a few words between the article and the head.
_INDEFINITE = r"\b[Aa]n? (?:[\w'-]+ ){0,3}%s\b"
# Words before "a ..." that make it what a named person is (or is not): "Lind is a White
# House aide", "Lind, then a White House aide", "He was not a typical aide".
_PREDICATING = frozenset(
    "is was are were be been being became becomes remains remained as then now also once "
    "himself herself named appointed not never hardly".split()
)
_NEGATIONS = ("n't", "n’t")


def same_sentence(texts: dict[int, str], earlier: int, at: int) -> bool:
    """True when reading positions `earlier` and `at` fall in one sentence of one paragraph."""
    paragraph, offset = divmod(at, PARAGRAPH_STRIDE)
    if earlier // PARAGRAPH_STRIDE != paragraph or earlier > at:
        return False
    text = texts.get(paragraph, "")
    return start_of_sentence(sentence_ends(text), offset) <= earlier % PARAGRAPH_STRIDE


@lru_cache(maxsize=256)  # compiled once a head: re's own cache churns on per-head patterns
def _indefinite(head: str) -> re.Pattern[str]:
    return re.compile(_INDEFINITE % re.escape(head), re.IGNORECASE)


def introduced_unnamed(texts: dict[int, str], since: int, at: int, head: str) -> bool:
    """True when an indefinite "a ... <head>" that is no name's appositive ("Tom Lind, a
    White House aide") is written between reading positions `since` and `at`."""
    return any(True for _ in _unnamed_matches(texts, since, at, _indefinite(head)))


def unnamed_since(texts: dict[int, str], since: int, at: int, head: str) -> bool:
    """True when the description of `head` at reading position `at` means someone unnamed:
    "a ... <head>" written since `since` (introduced_unnamed), or, for a noun that says no
    more than a person ("the man", "the woman"), anyone brought in unnamed earlier in its
    paragraph ("Another Bulgarian who would not give his name said he saw Vosk ... “...,” the
    man said": the Bulgarian, not Vosk, named since)."""
    if introduced_unnamed(texts, since, at, head):
        return True
    if head not in PLAIN_PERSON_NOUNS:
        return False
    start = min(since, at - at % PARAGRAPH_STRIDE)
    matches = _unnamed_matches(texts, start, at, _SOMEONE_WHO)
    return any(_NAMED_NEXT.match(m.string, m.end()) is None for m in matches)


def introduced_someone(texts: Mapping[int, str], at: int, is_person: Callable[[str], bool]) -> bool:
    """True when any unnamed person ("a critic who saw it", "one reviewer", "a man"), no
    name's appositive, is written before reading position `at`: a word `is_person` takes among
    the few after the indefinite article."""
    return any(_names_one(match, is_person) for match in _unnamed_matches(texts, 0, at, _ANYONE))


def _names_one(match: re.Match[str], is_person: Callable[[str], bool]) -> bool:
    """True when a person word ends the noun phrase after the article: "a critic who",
    "a former station employee."; not "an executive order" nor "a federal lawsuit"."""
    words = match[1].split()
    after = match.string[match.end() :].split(None, 1)
    for i, word in enumerate(words):
        following = words[i + 1] if i + 1 < len(words) else (after[0] if after else "")
        ends = not following.isalpha() or not following.islower() or following in _PHRASE_ENDS
        if ends and is_person(word):
            return True
    return False


# "a critic", "one angry reviewer", "a 34-year-old waitress": the words after the article.
# Words that close a noun phrase: "a critic who ...", "a man in ...", "a nurse was ...".
_PHRASE_ENDS = frozenset(
    "who whose that named called of for from in at with on by near was is were had has said "
    "says told tells and or but".split()
)
# "a worshipper who", "Another Vosk neighbour who", "one man, who": someone brought in unnamed.
_SOMEONE_WHO = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)(?: [\w’'-]+){1,4},? who\b")
# "One of the players who scored, Tom Vane, spoke": the one brought in is named right after.
_NAMED_NEXT = re.compile(r"[^,.;“”]*,\s+(?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'-]*,")
_ANYONE = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)((?: [a-z0-9][\w’'-]*){1,4})")


def _unnamed_matches(
    texts: Mapping[int, str], since: int, at: int, pattern: re.Pattern[str]
) -> Iterator[re.Match[str]]:
    """The matches of `pattern` between reading positions `since` and `at` that are no
    name's appositive and say no one is something ("Lind was a White House aide")."""
    first, last = since // PARAGRAPH_STRIDE, at // PARAGRAPH_STRIDE
    for paragraph in range(first, last + 1):
        text = texts.get(paragraph, "")
        begin = since % PARAGRAPH_STRIDE if paragraph == first else 0
        end = at % PARAGRAPH_STRIDE if paragraph == last else len(text)
        for match in pattern.finditer(text, begin, end):
            before = text[: match.start()].rstrip()
            word = before.rsplit(None, 1)[-1].casefold() if before else ""
            predicating = word in _PREDICATING or word.endswith(_NEGATIONS)  # "wasn't a"
            # "Tom Lind, a White House aide": a name's appositive; "As Lind spoke, a
            # designer watched": a clause's comma, and someone new.
            comma = before.endswith(",")
            ending = (before[:-1].split() or [""])[-1] if comma else ""
            appositive = comma and not (ending.isalpha() and ending.islower())
            if not appositive and not predicating:
                yield match

"""Interview turns lettered other ways ("Q. Why?", "Q – Why?", "Question: Why?") read as "Q:".

Outlets letter an interview's turns "Q." and "A.", "Q –" and "A –", or spell them "Question:"
and "Answer:" (in capitals too) instead of "Q:" and "A:". Each of these also opens ordinary
paragraphs ("A. J. Kerr said", "A – the first option", "Question: who pays?" as a heading),
so they count as turns only by the whole article: several questions and several answers
lettered the same way, and some question asking ("?"), which "Q. Lund said ..." never does.
The label is then rewritten as "Q:" or "A:" padded with spaces in front, one character for
one, so every offset of the article stays where it was (layouts.py reads "Q:" past leading
spaces). Unrewritten, "QUESTION: …" read as a transcript's speaker named Question.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from store.models import Article

# A paragraph (or line) opening with a turn's label, words after it ("A. J." is an initial).
_LABELLED = re.compile(
    r"(?:^|(?<=\n))[\s\"“„«]*"
    r"(?P<label>(?P<letter>[QA])\."  # "Q. Why?"
    r"|(?P<dashed>[QA])\s[-–—]"  # "Q – Why?"
    r"|(?P<word>Question|Answer|QUESTION|ANSWER):)"  # "Question: Why?"
    r"\s+(?![A-Z]\.)(?=\S)"
)
# _LABELLED's opening, anchored: a failed match costs a character or two.
_OPENS_ON_A_LETTER = re.compile(r"[\s\"“„«]*[QA]")
# Questions and answers each lettered at least this often: an interview, not two initials.
MIN_LETTERED_TURNS = 2


def colon_turns(article: Article) -> Article:
    """The article with its turn labels written "Q:" and "A:" when it has several of each,
    lettered one way; else the article itself."""
    found = [
        (index, match)
        for index, text in enumerate(article.paragraphs)
        if _may_label(text)
        for match in _LABELLED.finditer(text)
    ]
    by_way: dict[str, list[tuple[int, re.Match[str]]]] = {}
    for index, match in found:
        by_way.setdefault(_way(match), []).append((index, match))
    paragraphs = list(article.paragraphs)
    for turns in by_way.values():
        if not _interview(article, turns):
            continue
        for index, match in turns:
            start, end = match.span("label")
            colon = f"{_turn(match)}:"
            paragraphs[index] = (
                paragraphs[index][:start] + colon.rjust(end - start) + paragraphs[index][end:]
            )
    if paragraphs == list(article.paragraphs):
        return article
    return replace(article, paragraphs=tuple(paragraphs))


def _may_label(text: str) -> bool:
    """A cheap necessary condition of _LABELLED: a line opening (past quote marks) on Q or A.
    Nearly every paragraph opens on another letter and is passed over without a regex scan."""
    return _OPENS_ON_A_LETTER.match(text) is not None or "\n" in text


def _way(match: re.Match[str]) -> str:
    """How the label letters its turn: "dotted", "dashed" or "word"."""
    return "dotted" if match["letter"] else "dashed" if match["dashed"] else "word"


def _turn(match: re.Match[str]) -> str:
    """The turn's letter, "Q" or "A"."""
    return (match["letter"] or match["dashed"] or match["word"])[0].upper()


def _interview(article: Article, turns: list[tuple[int, re.Match[str]]]) -> bool:
    """True when turns lettered one way make an interview: several of each, a question asked."""
    letters = Counter(_turn(match) for _, match in turns)
    if min(letters["Q"], letters["A"]) < MIN_LETTERED_TURNS:
        return False
    questions = [article.paragraphs[index] for index, match in turns if _turn(match) == "Q"]
    return any("?" in text for text in questions)  # "Q. Lund said ..." twice: initials

"""Interview turns lettered with a full stop ("Q. Why?", "A. Because ...") read as "Q:", "A:".

Some outlets letter an interview's turns "Q." and "A." instead of "Q:" and "A:". A paragraph
opening "A. " is also a name's initial ("A. J. Kerr said"), so the letters count as turns only
by the whole article: several questions and several answers lettered so, and some question
asking ("?"), which "Q. Lund said ..." never does. The full stop is then
written as a colon, one character for one, so every offset of the article stays where it was.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from store.models import Article

# A line opening with the letter and its full stop, words after it; "A. J." is an initial.
_DOTTED = re.compile(r"(?:^|(?<=\n))[\s\"“„«]*(?P<letter>[QA])(?P<stop>\.)\s+(?![A-Z]\.)(?=\S)")
# Questions and answers each lettered at least this often: an interview, not two initials.
MIN_DOTTED_TURNS = 2


def colon_turns(article: Article) -> Article:
    """The article with its "Q." and "A." turn letters written "Q:" and "A:" when it has
    several of each; else the article itself."""
    found = [
        (index, match)
        for index, text in enumerate(article.paragraphs)
        if "Q." in text or "A." in text  # nearly every paragraph is passed over here
        for match in _DOTTED.finditer(text)
    ]
    letters = Counter(match["letter"] for _, match in found)
    if min(letters["Q"], letters["A"]) < MIN_DOTTED_TURNS:
        return article
    questions = [article.paragraphs[index] for index, match in found if match["letter"] == "Q"]
    if not any("?" in text for text in questions):
        return article  # "Q. Lund said ..." twice beside "A. Kerr said ...": initials
    paragraphs = list(article.paragraphs)
    for index, match in found:
        at = match.start("stop")
        paragraphs[index] = paragraphs[index][:at] + ":" + paragraphs[index][at + 1 :]
    return replace(article, paragraphs=tuple(paragraphs))

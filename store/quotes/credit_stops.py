"""Whether a full stop inside an inverted credit abbreviates or ends the sentence.

"said Det. Insp. Ada Kerr, ..." keeps reading past "Det." and "Insp."; "said Ann Lee. The
match starts at 3pm." ends at "Lee.". Reading any short capitalised word before a capital as
an abbreviation ran short surnames ("Holm.", "Vale.", "Ford.") on into the next sentence, so
the credit named no one, or 'Holm.' with its stop: only words known to abbreviate keep it.
"Jr." and "Sr." after a surname close the name, so a capital after them opens a sentence.
"""

from __future__ import annotations

from store.quotes.lexicon import SENTENCE_ABBREVIATIONS
from store.quotes.mentions import is_abbreviation
from store.quotes.tag_words import STATE_ABBREVIATIONS


def abbreviates_in_credit(word: str, tokens: list[tuple[int, str]], start: int) -> bool:
    """True when `word`'s full stop abbreviates ("Sen.", "G.K.", "Inc.", "Ariz.") rather
    than ends the sentence; `tokens` are the credit's (offset, word), `word` at `start`."""
    following = next((w for s, w in tokens if s > start), "")
    if _suffix_ends(word, tokens, start, following):
        return False
    if is_abbreviation(word) or word[:-1].casefold() in SENTENCE_ABBREVIATIONS:
        return True
    # A state's abbreviation before a capital goes on ("of Ariz. Gov. ..."); at a sentence's
    # end it would stop, as any other word does.
    return word in STATE_ABBREVIATIONS and following[:1].isupper()


_SUFFIXES = frozenset(("jr", "sr"))


def _suffix_ends(word: str, tokens: list[tuple[int, str]], start: int, following: str) -> bool:
    """True for "Jr." or "Sr." closing a name ("said Tom Vane Jr. The team …"): after a
    surname the suffix ends the name, so a capital after it opens a new sentence. Before a
    name ("said Sr. Ann Holm", a sister) it is a title and reads on."""
    if word[:-1].casefold() not in _SUFFIXES or not following[:1].isupper():
        return False
    before = next((w for s, w in reversed(tokens) if s < start), "")
    return before[:1].isupper() and before.isalpha()

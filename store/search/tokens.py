"""Words as the FTS5 index sees them: folding, tokens, meaning words, MATCH strings."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

WORD = re.compile(r"[^\W_]+")


# Words that carry no topic; kept out of coverage scoring so "when did X happen" is about X.
STOPWORDS = frozenset(
    """a an the and or but of to in on at by for from with about as into over after before
    is are was were be been being am do does did done has have had having will would shall
    should can could may might must it its this that these those there here what which who
    whom whose when where why how i you he she we they me him her us them my your his our
    their not no yes so if then than too very just also any all some said say says tell told
    news article articles show me find search please""".split()
)


def fold(text: str) -> str:
    """Lower case without diacritics, as the FTS5 unicode61 tokenizer sees text."""
    text = text.lower()
    # Only marked Latin letters change: the rest (English, Cyrillic) is done in one C scan.
    if text.isascii() or not _MARKED_LATIN.search(text):
        return text
    return text.translate(_FOLDED)


def fold_char(char: str) -> str:
    """One character without its diacritics, as remove_diacritics folds it: only marks on
    Latin letters go ("é" is "e", the Cyrillic "й" stays itself)."""
    if char.isascii() or not _is_latin_with_marks(char):
        return char
    decomposed = unicodedata.normalize("NFD", char)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_MARKED_LATIN = re.compile(r"[\u00c0-\u024f\u1e00-\u1eff]")  # as _is_latin_with_marks


def _is_latin_with_marks(char: str) -> bool:
    return "\u00c0" <= char < "\u0250" or "\u1e00" <= char < "\u1f00"


# Every character fold_char changes, for str.translate: folding a paragraph of Cyrillic or
# accented text one character at a time in Python cost more than storing it.
_FOLDED = {
    code: fold_char(chr(code))
    for code in [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]
    if fold_char(chr(code)) != chr(code)
}


# ASCII punctuation and spaces, each as a space: an ASCII text split at them gives what WORD
# finds in it, in a third of the time (every stored row's words are counted on save).
_ASCII_SPACES = str.maketrans({chr(code): " " for code in range(128) if not chr(code).isalnum()})
# The non-ASCII separators of English news copy (curly quotes, dashes, no-break spaces): a
# text that is ASCII once they are spaces is split as an ASCII one. Each is no word
# character, so putting a space in its place changes no token.
_TYPOGRAPHIC = ("\u201c", "\u201d", "\u2018", "\u2019", "\u2014", "\u2013", "\u00a0", "\u2026")


def words(text: str) -> list[str]:
    """The FTS5 tokens of text, in order."""
    folded = plain = fold(text)
    if not plain.isascii():
        for mark in _TYPOGRAPHIC:
            plain = plain.replace(mark, " ")
        if not plain.isascii():  # letters past ASCII (Cyrillic, a name's accent): the regex
            return WORD.findall(folded)
    return plain.translate(_ASCII_SPACES).split()


def content_words(text: str) -> list[str]:
    """The words of text that carry meaning, each once, in order."""
    return list(dict.fromkeys(w for w in words(text) if w not in STOPWORDS))


def match_expression(terms: Iterable[str], prefixes: Iterable[str] = ()) -> str:
    """An FTS5 MATCH string in which every term is a plain word (or a word prefix)."""
    # Terms come from words(), so they hold no quote; doubling is for any other caller.
    quoted = [f'"{t.replace(chr(34), chr(34) * 2)}"' for t in terms if t]
    quoted += [f'"{p.replace(chr(34), chr(34) * 2)}"*' for p in prefixes if p]
    return " OR ".join(quoted)

"""Whether a text's word is a name's word, in whatever case the text declines it.

Russian declines names, and Snowball's stems of one name's cases differ ("Петров" "петр",
"Петрова" "петров"; "Елена" "ел", "Еленой" "елен"; "Лев" "лев", "Львом" "львом"), so a stem
alone misses cases; a stem's prefix over-reaches ("Анна" is "ан", which begins "Анатолия").
A Cyrillic word is the name's word when their stems are the same or pymorphy reads them back
to a nominative in common; a Latin word only when it is the same word.
"""

from __future__ import annotations

from functools import lru_cache

from store.search.names_ru import nominative_names
from store.search.stems import has_cyrillic, stems
from store.search.tokens import words


def name_words(text: str) -> list[str]:
    """text's words as compared here: lower case, "ё" read as "е"."""
    return words(text.lower().replace("ё", "е"))


def same_name_word(want: str, got: str) -> bool:
    """Whether the text's word `got` is the name's word `want` (both from name_words)."""
    if got == want:
        return True
    # A case ending never changes a name's first letter: most words are ruled out unread.
    if not has_cyrillic(want) or got[:1] != want[:1]:
        return False
    return stems(got) == stems(want) or bool(_nominatives(want) & _nominatives(got))


@lru_cache(maxsize=4096)
def _nominatives(word: str) -> frozenset[str]:
    return frozenset(name_words(" ".join(nominative_names(word))))

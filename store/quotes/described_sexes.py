"""The sex a description's head noun says: "a spokeswoman for the company" is a woman.

Person read the sex from a description's last word, so whatever followed its head ("for the
company", "of three") left "a spokesman for the company" of no sex: a "he" right after him
then passed him by for a man named paragraphs before. The head is the word before the
description's first link word, as antecedents.head_noun reads a role's.
"""

from __future__ import annotations

from store.quotes.first_names import NOUN_GENDER
from store.quotes.lexicon import PART_LINKS, Gender

_SEX_ADJECTIVES = {"male": Gender.MALE, "female": Gender.FEMALE}


def description_sex(description: str) -> Gender:
    """The sex the head noun of a description says ("a man in the crowd": male), else UNSAID."""
    words = description.casefold().split()
    link = next((i for i, word in enumerate(words) if i and word in PART_LINKS), len(words))
    if not words:
        return Gender.UNSAID
    head = NOUN_GENDER.get(words[link - 1].strip(",.;:"), Gender.UNSAID)
    # "the male gymnast", "a female officer": the adjective says it when the noun does not.
    return head or next(
        (_SEX_ADJECTIVES[w] for w in words[: link - 1] if w in _SEX_ADJECTIVES), head
    )

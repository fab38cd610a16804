"""Names narration writes as an owner ("memory of Vance's years"): a last-resort "he" or
"she" means the person introduced before them rather than them."""

from __future__ import annotations

from store.quotes.lexicon import Gender
from store.quotes.name_words import NAME_RUN, POSSESSIVE_ENDINGS
from store.quotes.people import PARAGRAPH_STRIDE, Person

_OWNER_MARKS = ("’", "'")


def named_as_owner(text: str, offset: int) -> bool:
    """True for the name at `offset` that owns a noun ("Vance's years", "Ross' plan"). An
    object may still be the source ("a post from Ada Kerr. “...,” she wrote"): not asked."""
    name = NAME_RUN.match(text, offset)
    if name is None:
        return False
    return name[0].endswith(POSSESSIVE_ENDINGS) or text.startswith(_OWNER_MARKS, name.end())


def latest_of_sex(
    named: list[tuple[int, Person]], texts: dict[int, str], at: int, reach: int, gender: Gender
) -> Person | None:
    """The person of `gender` named last before `at` (from `reach` on), passing over one
    named as an owner when someone of that sex was named before in another place.

    Asked only when no speaker or subject is left for the pronoun: "Among those canvassing
    is Wayne Lind ... Dismayed by his memory of Tom Vance's years, ... “...,” he said" is
    Lind, the man the passage introduced, not Vance, whose years it recalls.
    """
    fallback: Person | None = None
    for seen, person in reversed(named):
        if seen < reach:
            break
        if seen >= at or person.sex != gender:
            continue
        paragraph, offset = divmod(seen, PARAGRAPH_STRIDE)
        if not named_as_owner(texts.get(paragraph, ""), offset):
            return person
        fallback = fallback or person
    return fallback

"""Agreement past what a mention says alone: the sex of "she" where the salient person's is
unknown, the kind of body "the union" names."""

from __future__ import annotations

from bisect import bisect_left

from store.models import SpeakerKind
from store.quotes.lexicon import DEFINITE_DETERMINERS, Gender
from store.quotes.mentions import Mention, MentionKind
from store.quotes.people import PARAGRAPH_STRIDE, Person, seen_at
from store.quotes.salience import clause_subject
from store.quotes.sentences import sentence_ends


def agreeing_subject(
    named: list[tuple[int, Person]],
    text: str,
    span: tuple[int, int],
    gender: Gender,
    earlier: bool = False,
) -> Person | None:
    """The one full-named person of the pronoun's sex that is a clause's subject in the
    pronoun's paragraph (`span`: its start and the pronoun's position), else None.

    Asked only when the salient person a "he" or "she" would mean has no known sex and is
    not named in that paragraph: "... after Ada Kerr revealed her move ... “...,” she wrote"
    is Ada Kerr, not a Jo Lee who spoke a few paragraphs before. Possessives and objects
    ("Kerr's figures", "the thought of Kerr") are no subjects; two candidates, no choice.

    `earlier`, asked for a salient person of known sex from a paragraph before: only the
    subjects of earlier sentences than the pronoun's count ("Kerr hoped to win. She ..." is
    Kerr), never a name inside the pronoun's own opening ("Asked what she would do if Lee
    runs, she said" is not Lee).
    """
    start, at = span
    if earlier:
        offset = at % PARAGRAPH_STRIDE
        at -= offset - max((end for end in sentence_ends(text) if end <= offset), default=0)
    agreeing = {
        id(person): person
        for seen, person in named[bisect_left(named, start, key=seen_at) :]
        if seen < at
        and person.kind == SpeakerKind.PERSON
        and person.sex == gender
        and " " in person.name
        and not person.described
        and clause_subject(text, seen % PARAGRAPH_STRIDE)
    }
    return next(iter(agreeing.values())) if len(agreeing) == 1 else None


# A body's kind written as its name's last word, or as the short form of it.
# "the group": advocacy groups, trade groups and companies named "... Group" alike, no kind.
_ANY_KIND = frozenset(("group",))
_KINDS = {
    "company": ("company", "corp", "corp.", "inc", "inc.", "co", "co."),
    "firm": ("firm", "llc", "llp"),
}


def named_body(mention: Mention, named: list[tuple[int, Person]], at: int) -> Person | None:
    """The body named last before `at` whose name ends in the kind a definite two-word
    mention gives ("the union" after "the Hartwell Teachers Union"), else None: the kind must
    agree, so "the group" is no "Acme Corp." and "the report" no body at all."""
    words = mention.text.casefold().split()
    if mention.kind != MentionKind.ORGANISATION or len(words) != 2:
        return None
    if words[0] not in DEFINITE_DETERMINERS or words[1] in _ANY_KIND:
        return None
    kinds = _KINDS.get(words[1], (words[1],))
    for seen, person in reversed(named):
        if seen >= at or person.kind != SpeakerKind.ORGANISATION:
            continue
        name = person.name.split()
        if len(name) > 1 and name[-1].casefold() in kinds:
            return person
    return None

"""A bare surname two relatives share means the article's own person, never the relative.

"At 19, Elias Marrow is a grandmaster. ... said his mother, Ruth Marrow. ... “...,” Marrow
said": writers give the relative a first name and the person the story is about the bare
surname, so a lone "Marrow" is Elias, though his mother was named last. A bearer the
article brought in by a family relation ("his mother, Ruth Marrow", "Kerr's son, Tom Kerr")
is left out of the choice while another bearer remains, unless the relative is the only
bearer who spoke and the others died where first named: "Tom Kerr, a fisherman, died. His
widow, Ada Kerr, said ... “...,” Kerr said" is the widow, never the dead man, who said
nothing. (A profile's own person who has not spoken yet still speaks: "Elias Marrow is a
grandmaster ... said his mother, Ruth Marrow ... Marrow said" is Elias.)
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from store.quotes.lexicon import KIN_WORDS
from store.quotes.people import PARAGRAPH_STRIDE, Person
from store.quotes.sentences import end_of_sentence, sentence_ends
from store.quotes.surnames import salient_bearer

# The relation set off before the name: "his mother, ", "Kerr's son, ". Without the comma
# ("her brother Tom Kerr") the relation may be a passing one: the namesake policy stands.
_RELATION = re.compile(
    r"(?:\b(?:[Hh]is|[Hh]er|[Tt]heir)|[A-Z][\w-]*(?:’s|'s))\s+(?:(?:older|younger|elder|late)\s+)?"
    rf"(?:{'|'.join(sorted(KIN_WORDS))}),\s+$"
)
_BACK = 48  # characters before the name where the relation stands
# A death reported in the sentence that names someone: "Tom Kerr, a fisherman, died".
_DEATH = re.compile(r"\b(?:died|dies|(?:was|were) killed|passed away|was found dead|drowned)\b")


def main_bearer(
    named: Sequence[tuple[int, Person]],
    people: Sequence[Person],
    at: int,
    texts: Mapping[int, str],
    spoke: Sequence[tuple[int, Person]] = (),
) -> Person:
    """Which of the people sharing a lone name a mention at `at` means (surnames.py's
    salient bearer), relatives the article brought in by their relation left out unless
    they alone have spoken before `at` (`spoke`: speech events in reading order)."""
    if len(people) > 1:
        own = [person for person in people if not _brought_in_as_kin(person, named, texts)]
        spoken = _spoken(people, spoke, at)
        if _relative_alone_spoke(spoken, own, named, texts):
            return spoken[0]
        people = own or people
    return salient_bearer(named, people, at)


def _spoken(people: Sequence[Person], spoke: Sequence[tuple[int, Person]], at: int) -> list[Person]:
    """Those of `people` who were a speech verb's subject before `at`."""
    speakers = {id(person) for seen, person in spoke if seen < at}
    return [person for person in people if id(person) in speakers]


def _relative_alone_spoke(
    spoken: Sequence[Person],
    own: Sequence[Person],
    named: Sequence[tuple[int, Person]],
    texts: Mapping[int, str],
) -> bool:
    """True when one relative is the only bearer who spoke and the article's own bearers
    all died where first named: the lone name cannot be theirs."""
    if len(spoken) != 1 or spoken[0] in own or not own:
        return False
    return all(_died(person, named, texts) for person in own)


def _died(person: Person, named: Sequence[tuple[int, Person]], texts: Mapping[int, str]) -> bool:
    """True when the sentence that first names `person` reports the death after the name."""
    first = next((seen for seen, someone in named if someone is person), None)
    if first is None:
        return False
    paragraph, offset = divmod(first, PARAGRAPH_STRIDE)
    text = texts.get(paragraph, "")
    stop = end_of_sentence(sentence_ends(text), offset, len(text))
    return _DEATH.search(text, offset, stop) is not None


def _brought_in_as_kin(
    person: Person, named: Sequence[tuple[int, Person]], texts: Mapping[int, str]
) -> bool:
    """True when narration first names `person` right after a family relation."""
    first = next((seen for seen, someone in named if someone is person), None)
    if first is None:
        return False
    paragraph, offset = divmod(first, PARAGRAPH_STRIDE)
    before = texts.get(paragraph, "")[max(0, offset - _BACK) : offset]
    return _RELATION.search(before) is not None

"""The last resort of "he" or "she": the one person nearby whose sex nothing says.

"To professor Brigid Kerr, the vote seemed to reflect fatigue. ¶ “...,” she said.": Kerr is
no subject and no speaker, and her first name is in no list, so no person of the pronoun's
sex is found. When nobody of that sex is named in the pronoun's reach, and only one person
there whose sex is unknown, brought in with a role as a source is, the pronoun can stand for
no one else; with two such people, or a name only mentioned ("a meeting with Ivo Stam"), the
words stay unattributed. Asked whenever a pronoun is resolved (Cast.resolve: a cue's own, and
the pronoun of a narration beat or of owned words, narrated.py and owned_words.py); never for
the subject pronouns the cast only counts while reading names, which would carry a guess on
to every later "he" or "she".

The sex a guess gives is only as strong as its evidence. A cue's pronoun ("“...,” she said")
is the speaker's own, and the sex it gives sticks as a title's would. A narration pronoun
("She shook her head. “...”") is as often someone the cast does not know (an unnamed clerk, a
wife), so its guess is only `learnt`: it keeps a later narration pronoun of the other sex off
that person, but a cue's pronoun outweighs it, and it makes no one a person of that sex for
the ordinary rules (Person.sex never reads it).
"""

from __future__ import annotations

from collections.abc import Callable

from store.quotes.lexicon import Gender
from store.quotes.people import Person

Seen = list[tuple[int, Person]]


def sole_unsexed(
    named: Seen,
    at: int,
    reach: int,
    gender: Gender,
    fits: Callable[[Person, Gender], bool],
    cued: bool = True,
) -> Person | None:
    """The only person in reach of unknown sex with a role, when none of `gender` is (the
    caller found nobody of the pronoun's sex in reach); that person takes the pronoun's sex,
    for good from a cue's pronoun, only as `learnt` from narration's (`cued` False)."""
    unsexed = {
        id(person): person
        for seen, person in named
        if reach <= seen < at
        and not person.sex
        and (cued or person.learnt in (Gender.UNSAID, gender))
        and _introduced(person)
        and fits(person, gender)
    }
    if len(unsexed) != 1:
        return None
    person = next(iter(unsexed.values()))
    if cued:
        # The pronoun now says the sex: a later "he" must not take "she"'s referent too.
        person.gender = gender
    else:
        person.learnt = gender
    return person


def _introduced(person: Person) -> bool:
    """True for a full name narration gave a role ("professor Saoirse Kerr"): how an article
    brings in a source, where a name it only mentions ("a meeting with Ivo Stam") has none."""
    words = person.name.split()
    return len(words) > 1 and all(word[:1].isupper() for word in words) and bool(person.roles)

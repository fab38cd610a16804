"""A "he" or "she" right after a description spoke: "A resident said ... “...,” she said."

The pronoun rules pass over a description of no known sex ("a resident", "one official"),
since such a noun is as often an object or no person; the pronoun then reached back to the last
named person, whatever the sex ("Mayor Bo Renn said ... ¶ A resident said ... she said" gave
the mayor the resident's words). But a description that is the subject of a speech verb in
the pronoun's sentence or the one before, with no one else speaking or named as a subject since,
is the person the pronoun goes on about, as reporters write. Only an indefinite one ("a",
"an", "one", "another"): "the retired surgeon" is most often someone named before, whom the
ordinary rules find. A description of the other sex ("a spokesman ... she said"), of many
people ("a crowd"), or that asked a question (the pronoun is as likely the one answering) is
not meant, and the ordinary rules decide, unless the quote is a question too and the
description asked no one: then the asker goes on asking ("A worker asked about pensions.
“Will we be paid?” he said"). One who asked someone ("asked the mayor whether he would quit")
may be answered by a question as well, so the ordinary rules decide. Only the
description's own verb counts, not one in a clause about it ("A worker who asked for anonymity
said") nor one it reports ("A resident said she had asked the council").
"""

from __future__ import annotations

import re
from bisect import bisect_right

from store.models import SpeakerKind
from store.quotes.antecedents import head_noun, many_people
from store.quotes.lexicon import INDEFINITE_DETERMINERS, Gender
from store.quotes.people import PARAGRAPH_STRIDE, Person
from store.quotes.sentences import end_of_sentence, sentence_ends, start_of_sentence
from store.quotes.speech_verbs import SPEECH_VERB_FORMS

Seen = list[tuple[int, Person]]
# Verbs that put a question: the next pronoun is as likely the one who answers.
_ASKING = frozenset("asked asks ask questioned wondered inquired queried".split())
_WORD = re.compile(r"[a-z]+")
_WHO = "who"
_QUESTION_END = re.compile(r"\?[”\"]\s*$")
# An asking verb and the word after it: its hearer, unless a question or a preposition opens.
_ASKING_NEXT = re.compile(r"\b(" + "|".join(sorted(_ASKING)) + r")\s+([\w’']+)")
# Words after "asked" that show no hearer: "asked about pensions", "asked whether ...".
_NO_HEARER = frozenset("about for whether if why how what when where who which after".split())
_VERB_REACH = 12  # words after the description where its verb stands ("a resident, who ...")


def described_speaker(
    spoke: Seen, subjects: Seen, texts: dict[int, str], at: int, gender: Gender
) -> Person | None:
    """The description that spoke last before `at`, in the pronoun's sentence or the one
    before, when a pronoun of `gender` can mean it and no one spoke or was a subject since."""
    latest = max(((seen, p) for seen, p in spoke if seen < at), key=_position, default=None)
    if latest is None or not _one_described_person(latest[1], gender):
        return None
    seen, person = latest
    if any(seen < named < at for named, _ in subjects):
        return None  # "A resident said ... Mayor Bo Renn disagreed. “...,” he said"
    first = _first_in_sentence(spoke, person, texts, seen)
    if _asked(texts, first) and not (
        _after_question(texts, at) and not _asked_someone(texts, first)
    ):
        return None  # "A caller asked about the tax. “...,” she said": the one who answers
    return person if _next_sentence(texts, seen, at) else None


def _position(pair: tuple[int, Person]) -> int:
    return pair[0]


def _one_described_person(person: Person, gender: Gender) -> bool:
    """True for one person known by a description whose sex, if any, is the pronoun's."""
    words = person.name.casefold().split()
    if person.kind != SpeakerKind.PERSON or words[0] not in INDEFINITE_DETERMINERS:
        return False  # "the senator", "the retired surgeon": most often someone named before
    if gender and person.sex and person.sex != gender:  # "the person": either sex
        return False
    # "a crowd", "a group of"; but "an adviser to both senators" is one adviser.
    return not many_people(head_noun(person.name.casefold().split(" to ")[0]))


def _asked(texts: dict[int, str], seen: int) -> bool:
    """True when the description's own speech verb after `seen` puts a question: the first
    speech verb, or the second when a who-clause holds the first ("A worker who asked ...")."""
    paragraph, offset = divmod(seen, PARAGRAPH_STRIDE)
    text = texts.get(paragraph, "")
    stop = end_of_sentence(sentence_ends(text), offset, len(text))
    words = _WORD.findall(text, offset, stop)[:_VERB_REACH]
    verbs = [i for i, word in enumerate(words) if word in _ASKING or word in SPEECH_VERB_FORMS]
    if verbs and _WHO in words[: verbs[0]]:
        verbs = verbs[1:]  # the who-clause's verb is not the description's
    return bool(verbs) and words[verbs[0]] in _ASKING


def _asked_someone(texts: dict[int, str], seen: int) -> bool:
    """True when an asking verb after `seen` in its sentence has a hearer ("asked the mayor",
    "asked him"), not "asked about pensions" nor "wondered whether". Any one counts, a
    who-clause's too: a hearer there may be the one answering as well."""
    paragraph, offset = divmod(seen, PARAGRAPH_STRIDE)
    text = texts.get(paragraph, "")
    stop = end_of_sentence(sentence_ends(text), offset, len(text))
    return any(
        verb != "wondered" and hearer.casefold() not in _NO_HEARER
        for verb, hearer in _ASKING_NEXT.findall(text, offset, stop)
    )


def _first_in_sentence(spoke: Seen, person: Person, texts: dict[int, str], seen: int) -> int:
    """Where `person` first spoke in the sentence of `seen`: the description itself, not a
    later "she" standing for it ("A resident said she had asked ...")."""
    paragraph, offset = divmod(seen, PARAGRAPH_STRIDE)
    start = seen - offset + start_of_sentence(sentence_ends(texts.get(paragraph, "")), offset)
    return min(at for at, p in spoke if p is person and start <= at <= seen)


def _after_question(texts: dict[int, str], at: int) -> bool:
    """True when the quote the pronoun at `at` credits ends on a question: “...?” he said."""
    paragraph, offset = divmod(at, PARAGRAPH_STRIDE)
    return _QUESTION_END.search(texts.get(paragraph, ""), 0, offset) is not None


def _next_sentence(texts: dict[int, str], seen: int, at: int) -> bool:
    """True when `at` is in the sentence of `seen` or the next one (across a paragraph's end)."""
    said, pronoun = divmod(seen, PARAGRAPH_STRIDE), divmod(at, PARAGRAPH_STRIDE)
    said_ends = sentence_ends(texts.get(said[0], ""))
    said_sentence = bisect_right(said_ends, said[1])
    if said[0] == pronoun[0]:
        return bisect_right(said_ends, pronoun[1]) - said_sentence <= 1
    if said[0] != pronoun[0] - 1 or said_sentence != len(said_ends):
        return False  # not the last sentence of the paragraph just before
    return bisect_right(sentence_ends(texts.get(pronoun[0], "")), pronoun[1]) == 0

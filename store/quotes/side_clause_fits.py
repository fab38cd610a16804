"""Whether a side clause's subject, not the sentence's, takes the -ing cue after the clause.

In English the participle belongs to the sentence's subject: "Ada Kerr left the room when
Mr. Renn arrived, saying she would not “...”" is Kerr's, and so is "... as Bo Renn listened,
adding that ...". The side clause's subject takes it only when its own verb has an object
or a complement (a clause that does something: "as a repairman walks in front of her",
"when Kerr ended the debate with a film's line") and the participle cannot be the sentence
subject's: a pronoun in the cue of the other sex ("Kerr asks as ..., saying he is"), a
subject that speaks for no one ("The hall fell silent as ..."), or a subject whose words
came already (a question or cry ending the sentence before: "“Too forced?” Dunn tweeted when
..., remarking, “...”": Dunn tweeted those, and a participle that does not say he went on,
as "adding" would, is the other's). When unsure, the sentence's subject keeps it.
"""

from __future__ import annotations

import re

from store.quotes.described_sexes import description_sex
from store.quotes.lexicon import Gender, word_set
from store.quotes.mentions import Mention, MentionKind
from store.quotes.person_words import can_speak
from store.quotes.salience import first_name_gender

_ADVERB = re.compile(r"[a-z]+ly\Z")
_WORD = re.compile(r"[\w’'.-]+")
# The first personal pronoun of the cue, a few words in: "saying he is", "adding that she".
_CUE_PRONOUN = re.compile(r"\w+ing,?\s+(?:that\s+)?(he|she|his|her)\b", re.IGNORECASE)
_HONORIFICS = {
    "mr.": Gender.MALE,
    "mr": Gender.MALE,
    "mrs.": Gender.FEMALE,
    "mrs": Gender.FEMALE,
    "ms.": Gender.FEMALE,
    "ms": Gender.FEMALE,
}
_PRONOUN_SEXES = {
    "he": Gender.MALE,
    "his": Gender.MALE,
    "him": Gender.MALE,
    "she": Gender.FEMALE,
    "her": Gender.FEMALE,
}
# Participles that say the sentence's speaker goes on: "“...,” Kerr said as ..., adding".
_GOING_ON = word_set("adding continuing concluding")
_CLOSING = ("”", '"')
# A determiner and the noun after it that open a sentence: "The hall fell silent".
_THING = re.compile(r"\s*(?:[Tt]he|[Aa]n?)\s+([a-z]+)\s")


def side_takes_it(
    text: str, places: tuple[int, int, int], main: Mention | None, side: Mention
) -> bool:
    """Whether `side`, the subject of a side clause, takes the -ing cue rather than `main`,
    the sentence's subject (None: none read). `places`: where the sentence opens, where the
    side clause's verb ends, where the cue starts (the clause closes at the comma before)."""
    start, verb_end, verb_start = places
    if not _complement(text[verb_end : text.rfind(",", start, verb_start)]):
        return False  # "when Mr. Renn arrived,", "as Bo Renn listened,": the sentence's
    if main is None:
        return _thing_opens(text, start)  # else unsure: the sentence's subject keeps it
    return (
        _speaks_for_no_one(main)
        or _other_sex(text, verb_start, main, side)
        or _spoke_before(text, start, main, verb_start)
    )


def _complement(words: str) -> bool:
    """Whether a clause's verb goes on with an object or a complement, not an adverb alone."""
    return any(not _ADVERB.match(word) for word in _WORD.findall(words))


def _speaks_for_no_one(main: Mention) -> bool:
    """ "The hall fell silent as ...": a described thing, no one who could say the words."""
    if main.kind != MentionKind.DESCRIPTION:
        return False
    return not can_speak(main.text.split()[-1].strip(",.;:"))


def _thing_opens(text: str, start: int) -> bool:
    """ "The hall fell silent": a sentence whose subject no reader took is a thing's when its
    noun is none that speaks."""
    thing = _THING.match(text, start)
    return thing is not None and not can_speak(thing[1])


def _other_sex(text: str, verb_start: int, main: Mention, side: Mention) -> bool:
    """Whether the cue's pronoun ("saying he is") is of the other sex than the sentence's
    subject's, and not of the other sex than the side clause's subject's too."""
    pronoun = _CUE_PRONOUN.match(text, verb_start)
    if pronoun is None:
        return False
    cue = _PRONOUN_SEXES[pronoun[1].casefold()]
    main_sex, side_sex = _sex(main), _sex(side)
    return bool(main_sex) and main_sex != cue and side_sex in (cue, Gender.UNSAID)


def _sex(mention: Mention) -> Gender:
    """The sex a mention's own words say: a pronoun, an honorific, a first name, a noun."""
    words = mention.text.split()
    first = words[0].casefold() if words else ""
    if mention.kind == MentionKind.PRONOUN:
        return _PRONOUN_SEXES.get(first, Gender.UNSAID)
    if mention.kind == MentionKind.DESCRIPTION:
        return description_sex(mention.text)
    if first in _HONORIFICS:
        return _HONORIFICS[first]
    return first_name_gender(words[0]) if len(words) > 1 else Gender.UNSAID


def _spoke_before(text: str, start: int, main: Mention, verb_start: int) -> bool:
    """Whether the sentence opens with the quote its subject's cue credits ("“...?” Dunn
    tweeted when ...") and the participle does not say that speaker goes on."""
    participle = text[verb_start : text.find(" ", verb_start)].strip(",").casefold()
    if participle in _GOING_ON:
        return False
    if text[start : main.start].strip():
        return False  # the subject does not open the sentence
    # The quote ends the sentence before as the reader splits them: "“...?” Dunn tweeted".
    return text[max(0, start - 3) : start].rstrip().endswith(_CLOSING)

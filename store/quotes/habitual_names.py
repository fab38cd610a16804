"""A name a group habitually gives a thing: "a freezer that staff call “the vault”".

"which Kerr calls “a betrayal”" is Kerr's judgement, in her words; "a freezer that staff
call “the vault”", "a lane locals have dubbed “the Gauntlet”", "fans call him “the Rocket”"
is what a thing or a person is known as among many people: a nickname, no one's statement.
The namers are a group written in lower case (no name, no pronoun), the verb one of naming
in the present or a verb of giving a name, and the words a short name: "the ..." or
capitalised, no clause's punctuation inside.
"""

from __future__ import annotations

import re
from itertools import islice

from store.quotes.lexicon import word_set
from store.quotes.marks import QuotedSpan
from store.quotes.person_words import can_speak
from store.quotes.terms import TERM_WORD

# The group, a helper maybe, the verb, an object maybe, right before the marks.
_NAMING = re.compile(
    r"(?:^|\s)(?P<group>[a-z][\w-]*)\s+(?:(?:have|has|had)\s+)?"
    r"(?:(?:affectionately|fondly|jokingly|simply|now|still|often|sometimes|all)\s+)?"
    r"(?P<verb>calls?|dubs?|dubbed|nicknames?|nicknamed|christened|refers?\s+to\s+as)\s+"
    r"(?:(?:it|them|him|her|the\s+[a-z]+)\s+)?$"
)
# Groups that name things among themselves, beside any plural of people ("residents").
_GROUPS = word_set("staff police crew everyone people locals folk")
_MAX_NAME_WORDS = 4
_REACH = 70


def habitual_name(paragraph: str, span: QuotedSpan) -> bool:
    """True for a short name in marks right after a group's naming verb."""
    text = paragraph[span.start : span.end].strip()
    if not text or text[-1] in ".,!?;:" or paragraph[span.end : span.close_at].strip():
        return False  # punctuation ends a clause: the words are said, not a name
    words = list(islice(TERM_WORD.finditer(text), _MAX_NAME_WORDS + 1))
    if not words or len(words) > _MAX_NAME_WORDS:
        return False
    if not (text[:1].isupper() or text.casefold().startswith("the ")):
        return False  # "call it “unfair”": a judgement, not a name
    match = _NAMING.search(paragraph, max(0, span.open_at - _REACH), span.open_at)
    if match is None:
        return False
    group = match["group"]
    plural_people = group.endswith("s") and can_speak(group)
    return group in _GROUPS or plural_people

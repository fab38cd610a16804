"""A cue earlier in the sentence is not a quote's cue once a clause of its own opens between
them (fix28a).

"Critics call her programme “a slow ruin”, but she calls it “a fair start”": after ", but"
the second quote has its own subject and its own naming verb, so the critics' credit stops
at the break; the quote is then read by its own clause's subject (uncued.py). Without a
subject of its own ("..., and call it “a con”") or a verb ("..., and “a con”") the words
after the break still continue the first cue's clause.
"""

from __future__ import annotations

import re

from store.quotes.lexicon import RELATIVE_NAMING_VERBS, word_set
from store.quotes.speech_verbs import SPEECH_VERB_FORMS

# Where a coordinated clause opens: ", but", "; ", ", while", "whereas", ", although".
_BREAK = re.compile(
    r"(?:,\s+(?:and|but|yet|while|whereas|although|though)|;|\s(?:but|while|whereas))\s+"
)
_CUES = SPEECH_VERB_FORMS | RELATIVE_NAMING_VERBS
_PRONOUNS = word_set("he she they we i")
_DETERMINERS = word_set("the a an his her their its our this that these those one some many")
# Words set off by commas inside the new clause: "Aske, though, calls it".
_ASIDE = re.compile(r",\s*\w+\s*,")
MAX_SUBJECT_WORDS = 4
MAX_OBJECT_WORDS = 3  # "calls her new programme “"


def own_clause_between(text: str, cue_end: int, open_at: int) -> bool:
    """True when, between a cue's end and a quote's opening mark, a clause opens with its own
    subject and a cue verb of its own."""
    gap = text[cue_end:open_at]
    breaks = list(_BREAK.finditer(gap))
    if not breaks:
        return False
    last = breaks[-1]
    words = _ASIDE.sub(" ", gap[last.end() :]).split()
    for at, word in enumerate(words[: MAX_SUBJECT_WORDS + 1]):
        if word.casefold() in _CUES:
            # "she calls it “": the verb's object, then the marks; a verb further back
            # ("kept asking her why ... to “") names no quote of its own clause.
            near = len(words) - at - 1 <= MAX_OBJECT_WORDS
            return near and at > 0 and _subject(words[:at])
    return False


def _subject(words: list[str]) -> bool:
    """A pronoun, a name or a determiner's noun phrase: a subject, not a verb's object."""
    first = words[0]
    if len(words) == 1 and first.casefold() in _PRONOUNS:
        return True
    return first[:1].isupper() or first.casefold() in _DETERMINERS

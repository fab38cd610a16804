"""A doer's noun after "one" or "a": "said one dissenter", "a lifter told", "another bidder".

The people nouns of person_words.py are a closed list, so a credit to an unnamed speaker
with a noun it lacks ("one dissenter", "one diver") found nobody while "one fisherman" did.
Nouns in "-er" and "-or" mostly name the one who does a thing (object-or, rescue-r), but as
many name things ("water", "number", "floor"), so they count only after a singular
indefinite determiner, where a reporter brings in one unnamed person, and the things that
end so are kept out by name.
"""

from __future__ import annotations

import re

from store.quotes.lexicon import word_set

# The determiners that bring in one person the article does not name.
_ONE = word_set("one another a an")
# A doer's ending: at least three letters of stem before "er"/"or" ("lifter", "dissenter").
_DOER = re.compile(r"[a-z]{3,}(?:er|or)")
# Words with that ending that are things, times, states or comparisons, never a person.
_THINGS = word_set(
    """
    water number order paper letter matter power corner border quarter chapter layer filter
    weather error factor sector mirror colour color motor floor door meter metre liter litre
    center centre theater theatre other another either neither rather whether further
    together however never ever over under after never later earlier latter better bigger
    greater larger smaller higher lower longer shorter faster slower younger older sooner
    summer winter october november december september answer offer cancer tumor tumour
    error terror horror honour honor humour humor labour labor favour favor flavour flavor
    rumour rumor vapour vapor behaviour behavior harbour harbor vigour vigor
    transfer register character computer printer trailer sticker folder binder container
    tractor reactor elevator radiator calculator indicator generator refrigerator
    trigger ladder shoulder finger river silver copper lever liver dinner supper butter
    corridor interior exterior manner banner banter
    """
)


def counted_agent(determiner: str, head: str) -> bool:
    """True for a doer's noun that one unnamed person is brought in by: "one dissenter",
    "a lifter" (never "one number", "a trailer")."""
    return determiner.casefold() in _ONE and doer_noun(head)


def doer_noun(head: str) -> bool:
    """True for a noun with a doer's ending that is no known thing: "lifter", "winger"."""
    noun = head.casefold()
    return bool(_DOER.fullmatch(noun)) and noun not in _THINGS

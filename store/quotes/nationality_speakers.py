"""'“…,” said the Chilean': a nationality written as a noun stands for one person.

Sports and foreign reporting name someone, then credit the next quote to their nationality
("said the Chilean", "the Dane added"), as they do with an age or a role. Read as a
capitalised run, "the Chilean" was a body nobody had named, or nobody at all. After "the"
(and any lower-case adjectives: "the young Swede"), a singular nationality noun is a
description, which the cast resolves like "the colonel": the person who just spoke.
The plural ("the Russians", a side in talks) stays a body.
"""

from __future__ import annotations

import re

from store.quotes.lexicon import word_set

# Singular nouns for a person of a nation. Adjectives that are no noun ("French",
# "British", "Dutch") are left out, and so are those the plural writes the same way
# ("Japanese", "Portuguese"): "the Japanese said" is as often a people or a government.
NATIONALITY_NOUNS = word_set(
    """
    afghan albanian algerian american angolan argentine argentinian armenian australian
    austrian azerbaijani bangladeshi belarusian belgian bolivian bosnian brazilian briton
    bulgarian cameroonian canadian chilean colombian croat croatian cuban cypriot czech dane
    dominican dutchman dutchwoman ecuadorian egyptian englishman englishwoman eritrean
    estonian ethiopian fijian filipino finn frenchman frenchwoman georgian german ghanaian
    greek guatemalan haitian honduran hungarian icelander indian indonesian iranian iraqi
    irishman irishwoman israeli italian ivorian jamaican jordanian kazakh kenyan kiwi korean
    kosovan kuwaiti latvian liberian libyan lithuanian macedonian malaysian malian mexican
    moldovan mongolian montenegrin moroccan mozambican namibian nepali nicaraguan nigerian
    norwegian pakistani palestinian panamanian paraguayan peruvian pole romanian russian
    rwandan salvadoran saudi scot scotsman scotswoman serb serbian singaporean slovak
    slovakian slovene slovenian somali spaniard swede syrian tajik tanzanian thai tunisian
    turk ugandan ukrainian uruguayan uzbek venezuelan welshman welshwoman yemeni zambian
    zimbabwean
    """
)
# The adjective of a nationality noun where it is another word ("Danish striker Mads Holm"
# gives him the nationality "the Dane" names); every other noun is its own adjective
# ("Chilean striker").
NATIONALITY_ADJECTIVES = {
    "briton": "british",
    "dane": "danish",
    "dutchman": "dutch",
    "dutchwoman": "dutch",
    "englishman": "english",
    "englishwoman": "english",
    "finn": "finnish",
    "frenchman": "french",
    "frenchwoman": "french",
    "icelander": "icelandic",
    "irishman": "irish",
    "irishwoman": "irish",
    "pole": "polish",
    "scot": "scottish",
    "scotsman": "scottish",
    "scotswoman": "scottish",
    "spaniard": "spanish",
    "swede": "swedish",
    "turk": "turkish",
    "welshman": "welsh",
    "welshwoman": "welsh",
}
# An age before the noun ("the 40-year-old Scot"): read as "Scot", a name, it was
# credited at a name's confidence to no one in the article.
AGE_WORD = re.compile(r"\d{1,3}-year-old")
# Words that may stand between "the" and the noun: lower-case adjectives ("the young Swede").
_MOST_WORDS = 4


def nationality_at(tokens: list[tuple[str, int, int]]) -> int | None:
    """Where "the <nationality>" begins when the tokens end with it ("said the Chilean",
    "the veteran Dane"), else None."""
    last = tokens[-1][0]
    if not last[:1].isupper() or last.casefold() not in NATIONALITY_NOUNS:
        return None
    for at in range(len(tokens) - 2, max(-1, len(tokens) - 2 - _MOST_WORDS), -1):
        word = tokens[at][0]
        if word.casefold() == "the":
            return at
        if AGE_WORD.fullmatch(word):
            continue  # "the 40-year-old Scot": an age is an adjective here too
        if not word.islower() or not word.isalpha():
            return None  # "the Lima-born Peruvian", "Kerr, the Chilean": let others read it
    return None

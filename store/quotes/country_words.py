"""Country names of one word: a place written before a full name is not part of the name.

A part of the extraction's lexicon (lexicon.py is full), read by mentions._proper: "the envoy
for relations with Tarsia Ivo Marek" names Ivo Marek, as "Tarsian Ivo Marek" already did (the
nationality adjective is the role's). A country that is also a first name ("Georgia", "Jordan",
"Chad") is left to the first-name list, which keeps it when a person may be meant.
"""

from __future__ import annotations

import re

from store.quotes.first_names import FIRST_NAMES
from store.quotes.lexicon import word_set

COUNTRY_NAMES = word_set(
    """
    afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan
    bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia
    botswana brazil brunei bulgaria burundi cambodia cameroon canada chile china colombia
    comoros congo croatia cuba cyprus czechia denmark djibouti dominica ecuador egypt eritrea
    estonia eswatini ethiopia fiji finland france gabon gambia germany ghana greece grenada
    guatemala guinea guyana haiti honduras hungary iceland india indonesia iran iraq ireland
    israel italy jamaica japan jordan kazakhstan kenya kiribati kosovo kuwait kyrgyzstan laos
    latvia lebanon lesotho liberia libya liechtenstein lithuania luxembourg madagascar malawi
    malaysia maldives mali malta mauritania mauritius mexico micronesia moldova monaco mongolia
    montenegro morocco mozambique myanmar namibia nauru nepal netherlands nicaragua niger
    nigeria norway oman pakistan palau palestine panama paraguay peru philippines poland
    portugal qatar romania russia rwanda samoa senegal serbia seychelles singapore slovakia
    slovenia somalia spain sudan suriname sweden switzerland syria taiwan tajikistan tanzania
    thailand togo tonga tunisia turkey turkmenistan tuvalu uganda ukraine uruguay uzbekistan
    vanuatu venezuela vietnam yemen zambia zimbabwe
    britain england scotland wales
    """
)


# "Russian", "Japanese", "Danish": a nationality adjective.
_ADJECTIVE = re.compile(r"^[A-Z][a-z]+(?:ian|ean|ese|ish|an)$")


def before_a_name(word: str) -> bool:
    """Whether a capitalised word opening a run of three or more belongs to the role, not the
    name: a nationality ("Russian") or a country ("Russia" in "with Russia Ivo Marek"; never
    "Georgia", a first name too)."""
    key = word.casefold()
    return bool(_ADJECTIVE.match(word)) or (key in COUNTRY_NAMES and key not in FIRST_NAMES)


def role_or_none(role: str) -> str | None:
    """The role words before a name, or None when there are none or they are a country alone
    ("with Tarsia Ivo Marek": Tarsia is where he deals with, not what he is)."""
    if not role or role.casefold() in COUNTRY_NAMES:
        return None
    return role

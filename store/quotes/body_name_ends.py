"""Words that end a body's or company's name: "Economist Intelligence Unit", "General Motors".

A job or title word opening a run of capitals ("Economist", "General") belongs to a person's
role only when the run names a person; a run that ends in one of these words names a body, and
the opening word is the first word of its name.
"""

from __future__ import annotations

from store.quotes.name_words import BODY_HEADS

# Heads of bodies' names beyond those that take "and" inside (name_words.BODY_HEADS).
_BODY_NAME_HEADS = frozenset(
    """
    unit group union party association federation league alliance society trust fund bank
    club church network corporation corp company co inc ltd plc llc university college press
    media guild coalition front movement forum assembly caucus institute council agency
    """.split()
)
# Nouns that end companies' names ("General Electric", "National Grid", "Federal Express",
# "Corvane Estates").
_COMPANY_NOUNS = frozenset(
    """
    motors electric express grid airways airlines dynamics systems industries holdings energy
    power insurance mutual steel oil gas petroleum chemicals pharmaceuticals foods mills
    telecom communications partners capital railways railroad rail mining logistics aviation
    shipping financial securities investments enterprises technologies electronics
    instruments works utilities estates homes properties developments
    """.split()
)
_ENDS = BODY_HEADS | _BODY_NAME_HEADS | _COMPANY_NOUNS


def ends_a_body_name(word: str) -> bool:
    """True for a capitalised word that heads a body's or a company's name."""
    return word[:1].isupper() and word.casefold().rstrip(".") in _ENDS

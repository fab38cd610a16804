"""Words before a quote that are no subject of its own: "But", "It's".

"“I don't think it's over,” she said. But “the endorsement helps.”" and "“It's ambush
journalism,” she says. It's “a new kind of journalism.”" go on with the words of the
quote before: "But" only links the sentences, and "It's" (it is, never a possessive) has
no speaker. uncued.own_subject read "But" as an unknown subject and "It's" as a
possessive ("Vance's “assertion”"), both someone else's words, and left the quote with
no speaker; as "It needs a “pause”" already did, these now leave the quote to the
paragraph's other readings (the first half's speaker, the nearest cue).
"""

from __future__ import annotations

from store.quotes.lexicon import word_set

# A linking word standing alone before the marks.
_LINKS = word_set("but and yet so")
# "it is" or "that is" contracted: a neuter subject, never an owner.
_NEUTER_CONTRACTIONS = word_set("it's that's")


def no_subject_of_its_own(chunk: str, between: str) -> bool:
    """True when the words read as the quote's subject are a lone link or "It's" right
    before the marks (`between` holds what stands between them): "It's not enough to make
    it “look” right" is a phrase of the writer's, read as before."""
    if between.strip():
        return False
    lowered = chunk.strip().casefold().replace("’", "'")
    return lowered in _LINKS or lowered in _NEUTER_CONTRACTIONS

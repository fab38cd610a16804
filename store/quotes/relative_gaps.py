"""A "that" after a relative clause's own speech verb is that clause's: "Quist wrote to Nasser,
who replied that the race was not over" is what Nasser replied, never Quist's statement.

Between a verb and its "that" may stand whom it addresses ("told reporters that"), but when
a relative clause there ends on a verb of saying, the "that" is its object: the statement is
the relative's speaker's (read by the relative mention's own event), and the outer verb's
statement is the quote or nothing.
"""

from __future__ import annotations

from store.quotes.lexicon import RELATIVE_PRONOUNS, WH_RELATIVES
from store.quotes.speech import SPEECH_VERBS, is_clause_verb

# A relative that may be the verb of saying's subject or object: "whose" takes a noun first,
# "that" is as often the left-out clause's own conjunction.
_RELATIVES = RELATIVE_PRONOUNS & WH_RELATIVES


def relative_cue_before(words: list[str]) -> bool:
    """True when the words between a verb and its "that" (the "that" left out) hold a relative
    pronoun and end on a verb of saying ("to Nasser, who replied", "the board, which said")."""
    if not words or not any(word.casefold() in _RELATIVES for word in words[:-1]):
        return False
    last = words[-1].strip(",")
    return last.isalpha() and last.islower() and (last in SPEECH_VERBS or is_clause_verb(last))

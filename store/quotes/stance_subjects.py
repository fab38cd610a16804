"""A name opening a sentence's last clause, taking a stand: "..., but Halloran disagreed."

"Vandersloot said the talks went well, but Halloran disagreed. ¶ “It was a waste,” he said."
Only a sentence's first name counts as its subject, so "he" went to Vandersloot, though the
writer has just handed the floor to Halloran. A name after a contrasting "but" / "while" /
"whereas" / "yet" whose verb takes a stand (disagreed, objected, dissented: no speech verb,
so the name is no speaker of its own) is a subject too, the later of the sentence's two.
"""

from __future__ import annotations

import re

from store.quotes.lexicon import word_set

# Verbs of taking a stand that speech_verbs does not read as cues ("agreed", "insisted" and
# "countered" are cues already, whose subject speaks).
_STANCE_VERBS = word_set(
    """
    disagreed disagrees disagree objected objects dissented dissents protested protests
    differed differs disputed disputes balked balks begged bristled bristles
    """
)
_CONTRAST_BEFORE = re.compile(r"[,;]\s+(?:but|while|whereas|yet)\s+$")
_VERB_AFTER = re.compile(r"\s+(?:[a-z]+ly\s+)?([a-z]+)\b")


def stance_subject(text: str, start: int, end: int) -> bool:
    """True when the name at text[start:end] opens a contrasting clause whose verb takes a
    stand: "..., but Halloran disagreed", "..., while Halloran strongly objected"."""
    if _CONTRAST_BEFORE.search(text, max(0, start - 12), start) is None:
        return False
    verb = _VERB_AFTER.match(text, end)
    return verb is not None and verb[1] in _STANCE_VERBS

"""A speech verb in an infinitive after what made someone speak: "The vote prompted Kerr to
say that …", "leading advisers like Tom Dunn to counter that “…”", "That record prompted
the Dover Almanac, which tracks the tides, to state, “…”".

"to" before a speech verb marks a noun ("a reply to claims"), unless a verb like "tried"
governs it, so these cues were never read and their quotes had no speaker. After a verb of
causing ("prompted", "led", "forced", "spurred") and its object, the infinitive is the
object's own speech: the object speaks. A relative clause after the object ("…, which
tracks the tides,") is its description, not the speaker. Verbs of asking or pressing
("urged", "pushed", "asked") leave it unsaid whether anyone spoke, and stay no cue.
"""

from __future__ import annotations

import re

from store.quotes.lexicon import CATENATIVE_VERBS, word_set

_CAUSED = re.compile(
    r"\b(?:prompt|prompts|prompted|prompting|lead|leads|led|leading|cause|causes|caused|"
    r"causing|force|forces|forced|forcing|spur|spurs|spurred|spurring|inspire|inspired|"
    r"inspiring)\s+(?P<who>(?:[^;:“”\"\x01.!?]|(?<=\b[A-Z])\.){1,80}?),?\s+to\s+$"
)
# Cue bases that are mostly nouns ("a statement", "his reply"), so no cue on their own, yet
# verbs in an infinitive after a verb of causing or trying: "prompted Kerr to state, “…”",
# "tried to counter that …". Not "report", "press", "point", "call", "post": "forced her to
# report to police", "to press charges", "to call for", "to post bail" say nothing.
INFINITIVE_CUE_BASES = word_set(
    """
    state comment answer note remark reply claim counter retort quip joke vow pledge tweet
    """
)
_REACH = 110
_JOINS = frozenset(("and", "or", "but"))
_RELATIVE = re.compile(r",\s+(?:which|who|whose)\b")


def caused_speaker(text: str, verb_start: int) -> tuple[str, int] | None:
    """The object (its words and offset) of a verb of causing before "to" and the speech
    verb at `verb_start`, else None."""
    window = max(0, verb_start - _REACH)
    if not text[window:verb_start].rstrip().endswith("to"):
        return None  # _CAUSED ends with "to" and spaces right at the verb: no regex scan
    caused = _CAUSED.search(text, window, verb_start)
    if caused is None:
        return None
    who, at = caused["who"], caused.start("who")
    if " to " in f" {who} " or who.split()[-1] in _JOINS:
        return None  # "pushed Democrats to moderate … and to say": no one was made to speak
    relative = _RELATIVE.search(who)
    if relative is not None:
        who = who[: relative.start()]  # "the Dover Almanac, which tracks the tides,"
    return (who.rstrip(", "), at) if who.strip() else None


def caused_infinitive(text: str, at: int) -> bool:
    """True for the speech verb at `at` in "prompted Kerr to say": a verb, not "to"'s noun."""
    return text.endswith("to ", 0, at) and caused_speaker(text, at) is not None


def after_catenative(text: str, at: int) -> bool:
    """True for "tried to argue": an infinitive whose subject speaks, not "to" as a noun's."""
    words = text[max(0, at - 24) : at].split()[-2:]
    return len(words) == 2 and words[1] == "to" and words[0].casefold() in CATENATIVE_VERBS


def governed_infinitive(text: str, at: int) -> bool:
    """True for "tried to state", "prompted Kerr to state": "to" a verb governs, no noun's."""
    return after_catenative(text, at) or caused_infinitive(text, at)

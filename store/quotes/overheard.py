"""A cry someone else gave, inside a witness's account: "Brisk said she heard a man shout:
“Get out!”", "Brisk said a man ran past shouting “Get out!”", "A man ran past shouting “Fire!” and
Brisk said: …".

The witness's cue ("Brisk said") is the quote's own, so the words went to her; yet a verb of
crying out right before the marks, with an unnamed person for its subject ("a man shout",
"a woman ran past screaming"), says whose words they are. relayed.py reads the same for a named
inner speaker ("Vane said Hadley dubbed it “…”"); an indefinite one is left to it unread
because it cannot be resolved: here it is the quote's speaker as the description itself ("a
man"), which the description's way keeps under the plain ways' >= 0.9.
"""

from __future__ import annotations

import re

from store.quotes.attributions import Event
from store.quotes.lexicon import word_set
from store.quotes.marks import QuotedSpan
from store.quotes.mentions import MentionKind, read_mention
from store.quotes.people import position
from store.quotes.person_words import can_speak
from store.quotes.speakers import Cast

# Verbs of a voice raised or lowered: what a passer-by gives, unlike a stated view.
CRYING_VERBS = word_set(
    """
    shout shouts shouted shouting yell yells yelled yelling scream screams screamed screaming
    cry cries cried crying shriek shrieked shrieking bellow bellowed bellowing whisper
    whispered whispering mutter muttered muttering chant chanted chanting call calling
    say saying
    """
)
# An unnamed person (opening a sentence too), up to three more words ("ran past"), then
# the verb, right before the marks.
_CRIER = re.compile(
    r"\b(?P<who>(?:[Aa]|[Aa]n|[Oo]ne|[Aa]nother|[Ss]ome)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*"
    r"|[Ss]omeone|[Ss]omebody)"
    r"\s+(?:[a-z]+\s+){0,3}?(?P<verb>[a-z]+)(?:\s+out)?\s*[,:]?\s*$"
)
_REACH = 80
# In plain narration only a verb's past or -ing form ("yelled", "shouting") is read: the bare
# forms are nouns there too ("the chant", "a cry").
_FINITE_ENDINGS = ("ed", "ing")


def crier_event(span: QuotedSpan, own: Event | None, text: str, cast: Cast) -> Event | None:
    """The unnamed crier's event when an account's cue (`own`, before the marks) or plain
    narration (no cue, or one after the marks) tells of someone crying out the quoted
    words; else None."""
    if own is not None and own.start >= span.close_at:
        # "A man ran past shouting “Fire!” and Holm said: …": the cue after is another's
        # clause; the cry in plain narration is the crier's.
        own = None
    if own is not None and (own.inverted or own.end > span.open_at):
        return None
    begins = own.end if own is not None else 0
    match = _CRIER.search(text, max(begins, span.open_at - _REACH), span.open_at)
    if match is None or match["verb"] not in CRYING_VERBS:
        return None
    if own is None and not match["verb"].endswith(_FINITE_ENDINGS):
        return None  # "the crowd reprised the chant “…”": a noun, no one crying out here
    mention = read_mention(match["who"], match.start("who"))
    if mention is None or mention.kind != MentionKind.DESCRIPTION:
        return None
    if not can_speak(mention.text.split()[-1]):
        return None
    speaker = cast.resolve(mention, position(span.paragraph, mention.start))
    return Event(mention, match["verb"], mention.start, match.end("verb"), speaker)

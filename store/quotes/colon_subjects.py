"""Who a sentence ending on a colon hands the quote after it to: its subject, when it names one.

"Kerr returned to her familiar lines: “...”" and "The Hartwell Board of Trade was blunt in its
findings: “...”" carry no speech verb, yet the sentence that introduces the quote is about
its speaker. A person (by name or pronoun) always qualifies. A body qualifies only by a full
name of more than one word that its verb follows at once: "Transcript as follows:" names no
body, and in "The Lund Post columnist Ada Kerr went on:" or "Article 9 reads:" the body read
is only the first words of the subject, whose speaker is someone or something else.
"""

from __future__ import annotations

import re

from store.quotes.described import verb_follows
from store.quotes.lexicon import FINITE_AUXILIARIES, word_set
from store.quotes.mentions import Mention, MentionKind
from store.quotes.speech import Subject
from store.quotes.speech_verbs import SPEECH_VERB_FORMS

_PERSONS = frozenset((MentionKind.NAME, MentionKind.PRONOUN))


def introduces(mention: Mention, subject: Subject | None, text: str) -> bool:
    """True when the colon's sentence subject `mention` may speak the quote after the colon."""
    if mention.kind in _PERSONS:
        return True
    if mention.kind != MentionKind.ORGANISATION or subject is None:
        return False
    whole = mention.start == subject.start and mention.text == subject.chunk
    single = len(mention.text.split()) == 1
    return whole and not single and verb_follows(text, mention.end)


# The word after the subject, past an adverb: "Tom Lind disagreed:", "Kerr later added:".
_NARRATED_VERB = re.compile(
    r" (?:(?:then|later|also|again|still|once|now|never|[a-z]+ly) )?(?P<verb>[a-z][a-z’'-]*)\b"
)
# Finite forms that end in no "-ed": "Kerr went on:", "Lind has a point:", "Kerr is blunt:":
# the lexicon's auxiliaries, "am" and the common irregular pasts.
_FINITE = FINITE_AUXILIARIES | word_set("am went put wrote spoke told gave took came made got")
# A plural noun's endings, no verb's "-s": "Tom Lind supporters:", "Ada Kerr fans:" stay labels.
_NOUN_ENDINGS = ("ss", "ers", "ors", "ists", "ans", "fans", "ies’", "s’")


def narrated_verb(text: str, mention: Mention, colon: int) -> str | None:
    """The verb right after the colon's named subject ("Tom Lind disagreed:"): narration
    names its speaker as any cue does, no layout's label ("Tom Lind:", "Kerr, 45, nurse:",
    "Tom Lind of Dover:", "Tom Lind and Ada Kerr:")."""
    verb = _NARRATED_VERB.match(text, mention.end, colon)
    if verb is None or mention.kind not in _PERSONS or not _finite_verb(verb["verb"]):
        return None
    return verb["verb"]


def _finite_verb(word: str) -> bool:
    """True for a speech verb's form or another finite verb: no preposition, "and" or noun."""
    if word in SPEECH_VERB_FORMS or word in _FINITE or word.endswith(("ed", "n’t", "n't")):
        return True
    return word.endswith("s") and not word.endswith(_NOUN_ENDINGS)  # "reveals", "seems"

"""Ceilings on a direct quote's weighed confidence that no clue of its sentence can lift.

The clues (evidence.py) say how plainly a cue names its speaker; these say the name itself
is no sure pick whatever the cue: a bare surname two people bear (namesakes.py), a body known
only by a lower-case description (statement_owners.py), a document's owner read from the
sentence that brought it in (document_owners.py), a bare kind noun read as the one body of
that kind named nearby (sole_bodies.py), words narration calls someone's own (owned_words.py),
one of several speakers a "both" credits (joint_credits.py) or a document of a post and a
name (joint_owners.py), a group described by whom it
backs or where it lives (group_subjects.py).
Read by extract.py once a quote's confidence is weighed.
"""

from __future__ import annotations

from store.models import AttributionHow
from store.quotes.attributions import Event
from store.quotes.confidence import DESCRIBED_PRONOUN, OWNED_WORDS, described_pronoun
from store.quotes.document_findings import FINDING, FINDING_CUES
from store.quotes.document_owners import document_noun
from store.quotes.group_subjects import DESCRIBED_GROUP, described_group
from store.quotes.joint_credits import HALF_OF_JOINT, half_of_joint
from store.quotes.joint_owners import post_joint
from store.quotes.namesakes import shared_name
from store.quotes.owned_words import OWNED_CUE
from store.quotes.sole_bodies import kind_noun
from store.quotes.speakers import Cast
from store.quotes.statement_owners import DESCRIBED_BODY, described_body


def capped(sure: float, how: AttributionHow, event: Event, paragraph: int, cast: Cast) -> float:
    """The weighed confidence `sure`, held under each ceiling the attribution meets."""
    if how == AttributionHow.SURNAME and (cap := shared_name(event, paragraph, cast)):
        sure = min(sure, cap)  # "Kerr said" after Ada and Tom Kerr: not a sure pick
    if how == AttributionHow.ORGANISATION and described_body(event.speaker):
        sure = min(sure, DESCRIBED_BODY)  # "the club said": which club the cue does not say
    if how == AttributionHow.ORGANISATION and described_group(event.speaker):
        sure = min(sure, DESCRIBED_GROUP)  # "Supporters of Ada Kerr said": which ones, unsaid
    if how == AttributionHow.ORGANISATION and owner_read_back(event):
        sure = min(sure, DESCRIBED_BODY)  # "the statement said": its owner, read sentences back
    if how == AttributionHow.ORGANISATION and resolved_kind(event):
        sure = min(sure, DESCRIBED_BODY)  # "the agency said": the one agency named nearby
    if event.speaker is not None and half_of_joint(
        cast.texts.get(paragraph, ""), event.mention, event.end, event.speaker.name
    ):
        sure = min(sure, HALF_OF_JOINT)  # "Both Kerr and the board's engineer Renn said"
    if post_joint(event.mention, cast.texts.get(paragraph, "")):
        sure = min(sure, HALF_OF_JOINT)  # "the Mayor and Vane statement": Vane's, not alone
    if described_pronoun(event):
        sure = min(sure, DESCRIBED_PRONOUN)  # "a resident said ... she said"
    if event.verb in FINDING_CUES:
        sure = min(sure, FINDING)  # "A review found a “...”": a document's, never sure
    return min(sure, OWNED_WORDS) if event.verb == OWNED_CUE else sure


def resolved_kind(event: Event) -> bool:
    """True when a bare kind noun ("the agency said") went to a body named nearby: a link
    read across sentences, weaker than a name at the cue (8 of 8 right on the bench's
    train split when measured: too few to hold 0.96 on)."""
    speaker = event.speaker
    named = speaker is not None and speaker.name.casefold() != event.mention.text.casefold()
    return named and kind_noun(event.mention) is not None


def owner_read_back(event: Event) -> bool:
    """True when a bare document's credit ("the statement said") went to its owner."""
    speaker = event.speaker
    named = speaker is not None and speaker.name.casefold() != event.mention.text.casefold()
    return named and document_noun(event.mention) is not None

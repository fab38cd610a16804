"""How an attribution was made, and how sure it is: each way's confidence, weighed by clues.

The confidences are each way's share of right speakers on the development set's train split
(`make bench-quotes` prints them in its calibration table), rounded down: a way that is right
96 times in 100 there says 0.96. They are properties of the method, never of an article; dev
is the check (`make bench-quotes` prints how well they hold there). A direct quote pinned to a
speech event then has its way's confidence moved by the clues of its own sentence (`weighed`):
"“...,” Lavrov said." is surer than a fragment with another name between it and its cue.
"""

from __future__ import annotations

import math

from store.models import AttributionHow, SpeakerKind
from store.quotes.attributions import Event
from store.quotes.evidence import Clue
from store.quotes.mentions import MentionKind
from store.quotes.roles_beside import party_description

# Verbs the layout stands in for: a colon after a name or label, a dash before a credit.
LAYOUT_CUES = frozenset({":", "—"})

# Measured at commit 699f46a (train, 840 articles; `bench_quotes.py --calibration-out`):
# right / judged direct quotes on clean (named) gold, pronouns on the noisy coreference gold,
# where fewer than 50 were judged both together. Headlines carry no gold: unmeasured, set low.
CONFIDENCE: dict[AttributionHow, float] = {
    AttributionHow.SURNAME: 0.96,  # 2126 / 2214
    AttributionHow.NAMED: 0.94,  # 1223 / 1290
    AttributionHow.ORGANISATION: 0.85,  # 182 / 213
    AttributionHow.DESCRIPTION: 0.83,  # 313 / 373
    AttributionHow.LAYOUT: 0.82,  # 38 / 46
    AttributionHow.HEADLINE: 0.75,  # not in the gold
    AttributionHow.CARRIED: 0.73,  # 69 / 94
    # Remeasured at branch pronoun15 (salience of subjects, uncued quotes' own subjects):
    AttributionHow.PRONOUN: 0.76,  # 761 / 998, noisy gold (a read of 60 misses: ~3/5 gold's)
    # 172 / 207 on clean gold; held just below PRONOUN, whose figure the noisy gold deflates:
    # a quote's own clause subject without a speech verb is no surer than "he said".
    AttributionHow.NEARBY: 0.75,
    AttributionHow.RELATIVE: 0.56,  # 13 / 23
}
# A bare quote paragraph carried on past a paragraph of narration about the last speaker
# ("..., Kerr said. ¶ Kerr is upbeat ... ¶ “...”", store/quotes/narrated.py): CARRIED's way,
# one paragraph further from any cue. 4 / 4 right on train at branch nospeak19: too few to
# measure, so held below CARRIED's 0.73 rather than raised to what four quotes show. The same
# figure, unmeasured, for a beat of narration inside the quote's paragraph ("Kerr paused.
# “...”") and a short announcement carried on ("Transcript as follows:").
NARRATED_CARRY = 0.6
# Words narration calls someone's own ("Kerr’s campaign slogan is “...”", owned_words.py):
# no speech verb says they were spoken as quoted, and a slogan may be a campaign's as much as
# its candidate's. 3 / 4 right on train at branch nospeak19 (the fourth is right on reading,
# the gold credits the wife who repeats it): capped below the plain ways' >= 0.9.
OWNED_WORDS = 0.8

# How far each clue of a quote's sentence moves its odds (store/quotes/evidence.py), in
# log-odds: a logistic fit over the direct quotes of train (840 articles) that an event
# attributes and the clean gold judges (4378), taking each way's CONFIDENCE as the
# starting odds (L2 1.0; dev never seen). Beside each, right / judged with the clue and without.
WEIGHTS: dict[Clue, float] = {
    Clue.NEXT_TO: 0.49,  # 2348/2442 with, 1673/1936 without
    Clue.OPENS: 0.44,  # 2521/2605 with, 1500/1773 without
    Clue.LONG: 0.61,  # 2528/2640 with, 1493/1738 without
    Clue.ONE_WORD: -0.99,  # 162/202 with, 3859/4176 without
    Clue.RIVAL: -0.52,  # 576/696 with, 3445/3682 without
    Clue.RELAYED: -1.26,  # 130/171 with, 3891/4207 without (the gold credits the relay)
    Clue.SUBORDINATE: -0.60,  # 189/254 with, 3832/4124 without
    Clue.PARTICIPLE: -0.46,  # 174/218 with, 3847/4160 without
    Clue.FAR: -0.59,  # 399/504 with, 3622/3874 without
    Clue.UNUSUAL_VERB: -0.50,  # 626/795 with, 3395/3583 without
}
# The same fit's correction of a way's starting odds once its clues are read: a way whose
# quotes mostly show the good clues (a surname at "..., Lavrov said.") starts a little lower.
# Only these ways are weighed: a pronoun's or a nearby speaker's risk lies in whom it resolves
# to, which no clue of the cue's sentence shows, so they keep their way's confidence.
WAY_SHIFT: dict[AttributionHow, float] = {
    AttributionHow.NAMED: 0.23,
    AttributionHow.SURNAME: -0.26,
    AttributionHow.ORGANISATION: 0.58,
    AttributionHow.DESCRIPTION: 0.0,
    AttributionHow.LAYOUT: -0.67,
}
# A description is resolved to whoever the article named with that role: a plain cue shows
# whose description it is, not that the role found the right person, so clues only lower it.
CAPPED_WAYS = frozenset({AttributionHow.DESCRIPTION})

_BY_MENTION = {
    MentionKind.ORGANISATION: AttributionHow.ORGANISATION,
    MentionKind.PRONOUN: AttributionHow.PRONOUN,
    MentionKind.RELATIVE: AttributionHow.RELATIVE,
    MentionKind.DESCRIPTION: AttributionHow.DESCRIPTION,
}


def event_how(event: Event) -> AttributionHow | None:
    """How a speech event names its speaker; None when it resolved to nobody."""
    if event.speaker is None:
        return None
    if event.verb in LAYOUT_CUES:
        return AttributionHow.LAYOUT
    mention = event.mention
    if event.speaker.kind == SpeakerKind.PERSON and party_description(mention.text):
        return AttributionHow.DESCRIPTION  # "the Ohio Republican": a person by a tag's role
    if described_pronoun(event):
        return AttributionHow.DESCRIPTION  # "a resident said ... she said": the description's
    if mention.kind in _BY_MENTION:
        return _BY_MENTION[mention.kind]
    if mention.name and " " not in mention.name and event.speaker.name != mention.name:
        return AttributionHow.SURNAME
    return AttributionHow.NAMED


def confidence_of(how: AttributionHow | None) -> float:
    """The confidence an attribution made this way deserves (0 for no speaker)."""
    return 0.0 if how is None else CONFIDENCE[how]


# "she said" after "a resident said": credited as the description's way (event_how), yet no
# surer than any pronoun, whose risk lies in whom it stands for.
DESCRIBED_PRONOUN = CONFIDENCE[AttributionHow.PRONOUN]


def described_pronoun(event: Event) -> bool:
    """True for a pronoun's event resolved to someone known only by a description."""
    speaker = event.speaker
    return event.mention.kind == MentionKind.PRONOUN and speaker is not None and speaker.described


def reported_confidence(event: Event, how: AttributionHow | None) -> float:
    """An indirect quote's confidence: its way's, a pronoun for a description's held lower."""
    sure = confidence_of(how)
    return min(sure, DESCRIBED_PRONOUN) if described_pronoun(event) else sure


# Ways no clue weighs that a relay still lowers: "according to pool reports, he said" or
# "sources have said he said" pass the words on, and the gold credits the relay as often as
# the person; the pronoun's resolution is kept, less sure (never surer than its way).
RELAY_LOWERED_WAYS = frozenset(
    {AttributionHow.PRONOUN, AttributionHow.NEARBY, AttributionHow.RELATIVE}
)


def weighed(how: AttributionHow, clues: frozenset[Clue]) -> float:
    """The way's confidence moved by each clue of the quote's sentence, in log-odds."""
    if how in RELAY_LOWERED_WAYS and Clue.RELAYED in clues:
        return _moved(CONFIDENCE[how], WEIGHTS[Clue.RELAYED])
    if how not in WAY_SHIFT:
        return CONFIDENCE[how]
    odds = math.log(CONFIDENCE[how] / (1 - CONFIDENCE[how])) + WAY_SHIFT[how]
    odds += sum(WEIGHTS[clue] for clue in clues)
    sure = round(1 / (1 + math.exp(-odds)), 2)
    return min(sure, CONFIDENCE[how]) if how in CAPPED_WAYS else sure


def _moved(confidence: float, log_odds: float) -> float:
    """A confidence moved by `log_odds` on the logistic scale, rounded as the table is."""
    odds = math.log(confidence / (1 - confidence)) + log_odds
    return round(1 / (1 + math.exp(-odds)), 2)

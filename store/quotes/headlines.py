"""The claim a headline attributes: "Moscow expects Tbilisi's steps — Lavrov", "Lavrov: ..."."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from store.models import AttributionHow, Quote, QuoteKind, SpeakerKind
from store.quotes.confidence import confidence_of
from store.quotes.headline_credits import (
    DESCRIBED_HEADLINE,
    QUOTED_LEAD,
    TRAILING,
    capitalised_role,
    described_chunk,
    quoted_claim,
    quoted_full_name,
    role_holder,
)
from store.quotes.live_labels import live_label
from store.quotes.mentions import Mention, MentionKind, read_mention
from store.quotes.namesake_policy import headline_bearer
from store.quotes.people import Person, position
from store.quotes.speakers import Cast
from store.quotes.speech_verbs import HEADLINE_VERBS

_DASHED = re.compile(r"^(?P<claim>.+?)\s+(?:[—–]|-{1,2})\s+(?P<chunk>[^—–:]{2,60}?)\s*$")
_COLON = re.compile(r"^(?P<chunk>[^:—–]{2,60}?)\s*:\s+(?P<claim>.+?)\s*$")
# "Lavrov says Moscow expects ...": a name, a verb of saying, the claim.
_SAYS = re.compile(
    r"^(?P<chunk>(?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'.-]*)\s+(?P<verb>"
    + "|".join(HEADLINE_VERBS)
    + r")\s+(?:that\s+)?(?P<claim>.+?)\s*$"
)
_MARKS = "\"“”«»„‘’'"
MAX_SPEAKER_WORDS = 6
MAX_ROLE_WORDS = 3  # "former shipyard boss Ada Kerr"


def headline_quote(title: str, cast: Cast, spoken: Iterable[Quote] | None = None) -> Quote | None:
    """The statement a headline gives to a speaker the article names, or None; `spoken`, the
    body's quotes, when the credit must be someone who speaks in it (see _can_speak)."""
    quoted = None if spoken is None else {q.speaker for q in spoken if q.speaker}
    for pattern, cue in _PATTERNS:
        match = pattern.match(title)
        if match is None or len(match["chunk"].split()) > MAX_SPEAKER_WORDS:
            continue
        if live_label(match["claim"]):
            continue  # "Storm Edda: latest updates": a page's label, no one's statement
        credit = pattern in _CREDITS
        mention = read_mention(match["chunk"], match.start("chunk"))
        if credit and _by_role(mention, match, cast):
            return _described(title, match, cast)
        if mention is None or mention.kind not in (MentionKind.NAME, MentionKind.ORGANISATION):
            continue
        # "Marathon champion Ada Kerr: '…'": a role before a name introducing quoted words.
        led = credit or (pattern is _COLON and quoted_claim(match["claim"]))
        if mention.start != match.start("chunk") and not (led and _role_before(mention, match)):
            continue  # the chunk holds more than a name: a clause, not an attribution
        if credit and mention.end != match.end("chunk"):
            continue  # "'…': fans react to the winner": no one's credit
        # "The Latest: ...", "LOOK: ...": a label, unless the body names it as someone.
        known = cast.find(mention.name or mention.text)
        speaker = _credited(mention, cast) if known is not None else None
        if known is None or not (
            _can_speak(known, speaker, quoted)
            or quoted_full_name(match["claim"], known, cast.lower_words)
        ):
            continue
        claim = (match.start("claim"), match.end("claim"))
        return _quote(title, claim, cue or match["verb"] or ":", speaker, mention)
    return None


# A credit after its claim ("…, says Kerr", "'…': Kerr vows …") may name a role for a name.
_CREDITS = (TRAILING, QUOTED_LEAD)
_PATTERNS = ((_DASHED, "—"), (_COLON, ":"), (_SAYS, ""), (TRAILING, ""), (QUOTED_LEAD, ""))


def _role_before(mention: Mention, match: re.Match[str]) -> bool:
    """True when only a lower-case role comes before a credit's name ("painter Ada Kerr")."""
    before = match.string[match.start("chunk") : mention.start].split()
    lowered = all(word.islower() for word in before) or capitalised_role(before)
    return len(before) <= MAX_ROLE_WORDS and lowered


def _by_role(mention: Mention | None, match: re.Match[str], cast: Cast) -> bool:
    """True when a credit names a post, not a name: "harbour chief", or a body the cast does
    not know by those words ("health board" for the Norland health board)."""
    whole = mention is not None and (mention.start, mention.end) == match.span("chunk")
    if mention is None or not whole:
        return described_chunk(match["chunk"])
    if mention.kind == MentionKind.DESCRIPTION:
        return True
    return mention.kind == MentionKind.ORGANISATION and cast.find(mention.text) is None


def _described(title: str, match: re.Match[str], cast: Cast) -> Quote | None:
    """The claim of a credit by post: to the one person the body gives that post, else to
    the post itself; either way a guess (DESCRIBED_HEADLINE)."""
    chunk = match["chunk"]
    holder = role_holder(chunk, cast)
    mention = Mention(chunk, MentionKind.DESCRIPTION, start=match.start("chunk"))
    speaker = holder or Person(chunk)
    claim = (match.start("claim"), match.end("claim"))
    found = _quote(title, claim, match["verb"] or ":", speaker, mention)
    if found is None:
        return None
    role = found.role if holder is not None else None
    return replace(found, role=role or chunk, confidence=DESCRIBED_HEADLINE)


def _can_speak(person: Person, speaker: Person | None, quoted: set[str] | None) -> bool:
    """Whether a headline's credit is someone who speaks: a person the article names with a
    first name, a title or a role; a body, or a name of words that say nothing of a person,
    only when the body quotes it (`quoted`, None when not known): "Storm Ilsa: 40,000 without
    power", "Harbour Point: Veterans mark 50 years" label a storm and a place. A lone word it
    only ever writes bare ("Kerr rejects the deal — Norland") is a place as often as anyone.
    `speaker` is whom the credit resolves to ("Marrow: …" is Ada Marrow)."""
    if quoted is not None and speaker is not None and speaker.name in quoted:
        return True
    if person.kind == SpeakerKind.PERSON and (person.roles or person.gender or person.given):
        return True
    return quoted is None and (person.kind != SpeakerKind.PERSON or " " in person.name)


def _quote(
    title: str, claim: tuple[int, int], cue: str, speaker: Person | None, mention: Mention
) -> Quote | None:
    start, end = claim
    while start < end and (title[start] in _MARKS or title[start].isspace()):
        start += 1
    direct = title[start - 1 : start] in _MARKS and title[end - 1] in _MARKS
    while end > start and (title[end - 1] in _MARKS or title[end - 1].isspace()):
        end -= 1
    if end - start < 3:
        return None
    return Quote(
        text=title[start:end],
        speaker=speaker.name if speaker else None,
        role=mention.role or (speaker.roles[0] if speaker and speaker.roles else None),
        cue=cue,
        kind=QuoteKind.DIRECT if direct else QuoteKind.INDIRECT,
        paragraph=None,
        start=start,
        end=end,
        how=AttributionHow.HEADLINE if speaker else None,
        confidence=confidence_of(AttributionHow.HEADLINE) if speaker else 0.0,
    )


def _credited(mention: Mention, cast: Cast) -> Person | None:
    """Whom the headline's name means; a bare surname several people bear ("Kerr: …"), the
    one bearer its lede names, else no one (namesake_policy.py)."""
    word = mention.name or ""
    lone = mention.kind == MentionKind.NAME and bool(word) and " " not in word
    bearers = cast.bearers(word, mention.gender) if lone else []
    if len(bearers) > 1:
        return headline_bearer(cast.named, bearers, position(1, 0))
    return cast.resolve(mention, position(None, 0))

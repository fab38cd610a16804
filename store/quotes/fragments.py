"""Whose words a quoted fragment inside a paraphrase is: the paraphrase's speaker.

"Renn said he was sure Dunn would stay “a champion of the port”" quotes words inside Renn's
reported statement: they are Renn's, whatever name stands between the cue and the marks (the
statement's own subject, "Dunn", is whom the words are about). The reported statements of a
paragraph (store/quotes/reported.py) already know where such a statement starts and stops and
whose it is, so a fragment lying inside one takes that statement's speech event. And a
fragment named by a naming verb ("in what Kerr termed “a dark day”") is its subject's, and
a paragraph ending on a cue and a colon (", as Kerr notes:") introduces that cue's speaker.
"""

from __future__ import annotations

import re

from store.models import Quote
from store.quotes.attributions import Event
from store.quotes.described_namers import named_by_post, post_is_shared
from store.quotes.marks import QuotedSpan
from store.quotes.mentions import MentionKind, read_mention
from store.quotes.people import position
from store.quotes.relayed import relayed_event
from store.quotes.speakers import Cast


def reporting_event(
    span: QuotedSpan, own: Event | None, text: str, reported: list[Quote], events: list[Event],
    cast: Cast,
) -> Event | None:
    """The speech event of the reported statement whose words hold the quoted span, if any.

    The event is the one the statement was read from: its cue verb, before the statement in
    the paragraph ("X said ...") or right after it ("..., X said"), resolved to that speaker.
    `own` is the cue of the quote's own sentence, if one claims it: it stands when it lies
    outside the statement (the statement ran on past a quote credited apart) or introduces
    the marks ("..., to which Dunn interjected: “...”"), a quote within the paraphrase;
    but never when it is a credit after marks that open inside the statement's clause.
    """
    fragment = opens_mid_clause(text, span)
    for quote in reported:
        if quote.speaker is None or not quote.start <= span.start < span.end <= quote.end:
            continue
        # "After Kerr said they might do better at “…,” Lund said: …": words opening inside
        # the statement's clause are no quote of the credit after their marks.
        credited_after = own is not None and own.start > span.close_at
        if (
            own is not None
            and (_outside(own, quote) or _next_to(own, span, text))
            and not (fragment and credited_after)
        ):
            return None
        event = _event_of(quote, events)
        if event is not None:
            # "Moss said Lind told the board it was “dead”": Lind's, relayed by Moss.
            return relayed_event(own, quote, event, span, text, cast) or event
    return None


def opens_mid_clause(text: str, span: QuotedSpan) -> bool:
    """True for marks opening inside a clause, right after one of its words ("better at “",
    "was “"), where a speaker's own quote never starts: a fragment of the sentence's words.
    A joining word ends the clause before it ("…next week, but “…,” Dunn said"): a new
    clause opens with the marks, which its own credit may claim."""
    word = _MID_CLAUSE.search(text, max(0, span.open_at - _MID_REACH), span.open_at)
    return word is not None and word["word"].casefold() not in CLAUSE_JOINERS


# A word right before the opening mark, spaces between.
_MID_CLAUSE = re.compile(r"\b(?P<word>[^\W_]+)\s*$")
_MID_REACH = 12
# Words that join two clauses, the marks opening the second: "…, but “…”", "and “…”".
CLAUSE_JOINERS = frozenset("and but or yet so while whereas".split())


def _outside(event: Event, quote: Quote) -> bool:
    """True when the cue's verb lies outside the statement and is not the statement's own
    verb right before it ("adding that ...", whose subject may open the sentence long
    before: "The governor will ..., Kerr said, adding that ...")."""
    return not quote.start - STATEMENT_GAP <= event.end <= quote.end


# Characters between a statement's cue verb and its first word: " that ".
STATEMENT_GAP = 7


def _next_to(event: Event, span: QuotedSpan, text: str) -> bool:
    """True for a cue verb right before the quote's mark ("interjected: “", "said, “") or a
    credit right after it ("”, said Kerr"): the quote's own cue, not the paraphrase's."""
    if event.end <= span.open_at:
        return text[event.end : span.open_at].strip() in ("", ",", ":")
    return span.close_at < event.start <= span.close_at + CREDIT_GAP


# Characters between a closing mark and the credit that follows it: ‘,” said’.
CREDIT_GAP = 3


def _event_of(quote: Quote, events: list[Event]) -> Event | None:
    """The paragraph's event a reported statement was read from: same cue, same speaker,
    nearest the statement's words. A participle carrying on an earlier cue's speaker
    ("..., Kerr said, adding that ...") was given that cue's speaker: its event then."""
    spoken = [e for e in events if e.speaker is not None and e.speaker.name == quote.speaker]
    same = [event for event in spoken if event.verb == quote.cue] or [
        event for event in spoken if event.end <= quote.start
    ]
    return min(same, key=lambda event: _distance(event, quote), default=None)


def _distance(event: Event, quote: Quote) -> int:
    if event.end <= quote.start:
        return quote.start - event.end
    return max(0, event.start - quote.end)


# "in what Kerr termed “...”", "which Kerr branded “...”": verbs that name a thing with the
# words in marks. Alone they narrate too much ("the court deemed it legal") to be cues; after
# "what" or "which" and a subject, right before the marks, the words are that subject's.
NAMING_VERBS = frozenset(
    """
    termed terms branded brands characterized characterised characterizes characterises
    called calls described describes dubbed dubs labeled labelled labels
    """.split()
)
_NAMED_AS = re.compile(
    r"\b(?:what|which)\s+(?P<subject>[^,;:“”\"]{1,60}?)\s+(?:has\s+|had\s+|have\s+)?"
    r"(?P<verb>[a-z]+)(?:\s+(?:it|them|him|her))?(?:\s+as)?(?:\s+(?:an?|the))?\s*$"
)


def naming_event(span: QuotedSpan, text: str, cast: Cast) -> Event | None:
    """The speaker of "in what Kerr termed “a dark day”": the subject after "what"/"which"
    of a naming verb right before the marks, when narration names someone by it."""
    match = _NAMED_AS.search(text, max(0, span.open_at - _NAMING_REACH), span.open_at)
    if match is None or match["verb"] not in NAMING_VERBS:
        return None
    mention = read_mention(match["subject"], match.start("subject"))
    if mention is None:
        return None
    if mention.kind not in _NAMING_KINDS and not named_by_post(mention, match["verb"]):
        return None  # "what doctors call “brain fog”": a habitual name, a term
    if mention.end != match.end("subject"):
        return None  # "which the court under Kerr termed": Kerr only qualifies the subject
    at = position(span.paragraph, mention.start)
    speaker = cast.resolve(mention, at)
    if speaker is None:
        return None
    if mention.kind == MentionKind.DESCRIPTION and post_is_shared(mention, speaker, cast.named, at):
        return None  # "what the mayor termed" after two mayors: which one is a guess
    return Event(mention, match["verb"], mention.start, match.end("verb"), speaker)


_NAMING_REACH = 90
_NAMING_KINDS = frozenset((MentionKind.NAME, MentionKind.PRONOUN, MentionKind.ORGANISATION))


def colon_cue(text: str, events: list[Event]) -> Event | None:
    """The speech event whose verb ends a paragraph right before its colon ("..., as the
    institute's website notes:"): its speaker introduces the next paragraph's quotation,
    rather than the subject the sentence opened with."""
    colon = len(text.rstrip()) - 1
    last = max(events, key=lambda event: event.end, default=None)
    if last is None or last.speaker is None or last.inverted:
        return None
    return last if not text[last.end : colon].strip() else None

"""Words in marks that nobody we can name speaks: a writer's scare term, a slogan in a credit.

A few words in marks with no speaker found and no speech cue in their sentence ("I wanted my
vote to “count”. I wrote ...", "a “dry port” at the border") are the writer's own term: kept
as a direct quote they only ever answer "who said" with nobody. With a cue in their sentence
("“Okay,” I said", "21 percent said “not likely”", "he said that the owner was a “good
neighbour”") they are speech, a speaker found or not, and stay.
Words in marks inside a credit's aside describe the speaker and are never what they say.
"""

from __future__ import annotations

from store.quotes.and_clauses import joint_subject
from store.quotes.attributions import Event
from store.quotes.credit_asides import in_inverted_credit
from store.quotes.marks import ADJACENT, QuotedSpan
from store.quotes.sentences import sentence_ends, start_of_sentence


def unclaimed(span: QuotedSpan, event: Event | None, has_speaker: bool, text: str) -> bool:
    """True when nobody can be named for the quote and no cue of its own sentence claims it:
    a few words there that make no clause are then the writer's term (store/quotes/terms.py)."""
    if has_speaker:
        return False
    opening = start_of_sentence(sentence_ends(text), span.open_at)
    if joint_subject(text, opening, span.open_at):
        return False  # "Dock workers and Kerr later branded it “…”": both's words, no term
    return event is None or not _same_sentence(span, event, text)


def _same_sentence(span: QuotedSpan, event: Event, text: str) -> bool:
    """True when no sentence ends between the speech event and the quote's marks."""
    if event.end <= span.open_at:
        lo, hi = event.end, span.open_at
    elif event.start >= span.close_at:
        lo, hi = span.close_at + 1, event.start
    else:
        return True  # the event spans the quote: "Kerr, calling it “…”, said"
    return not any(lo < end <= hi for end in sentence_ends(text))


def inside_credit(span: QuotedSpan, event: Event | None, text: str) -> bool:
    """True for words in marks inside the aside between a speech event's name and its verb,
    which describe the speaker ("Kerr, whose book “...” sold, said", "Kerr, wearing “...”
    pins, said") and are never what they say."""
    if event is None or event.mention.end > span.open_at:
        return False
    if event.inverted:
        return in_inverted_credit(span, event, text)
    aside = text[event.mention.end : event.end - len(event.verb)]
    inside = event.mention.end + len(aside) > span.close_at
    return inside and aside.lstrip().startswith(",") and aside.rstrip().endswith(",")


def credit_follows(span: QuotedSpan, event: Event | None, texts: list[str]) -> bool:
    """A quote opening its sentence with its cue right after: ‘“As Mayor,” Lind said’.

    That is speech whatever its case; a title before the same credit stands after other words
    of the sentence (‘on “Morning Hour,” Lind said’).
    """
    if event is None or not span.closed:
        return False
    before = texts[span.paragraph][: span.open_at].rstrip()
    opens = not before or before[-1] in '.!?:”"'
    return opens and span.close_at < event.start <= span.close_at + ADJACENT

"""A quote a relative clause's own verb of saying brings in is not the sentence subject's.

"“We will march,” Kerr said of the plan, which locals say “will ruin the reef.”": the marks
after "which locals say" hold what the locals say. When no reader names the clause's subject
(a bare plural like "locals", a quantifier like "some"), the nearest cue of the sentence was
Kerr's and took the quote at 0.95: a wrong speaker said with confidence. Such a quote keeps no
speaker. A clause whose subject a reader did name ("which Renn says") has that event, which
starts after the relative word, and keeps it.
"""

from __future__ import annotations

import re

from store.quotes.attributions import Event
from store.quotes.marks import QuotedSpan
from store.quotes.mentions import Mention, MentionKind
from store.quotes.sentences import start_of_sentence

# "which locals say", "which some critics claim", "which its backers have said": the relative,
# one to three words of its own subject (no comma, no mark, no modal: in "which voters will
# say “no”" the words are a guess at theirs), then a present or past verb of saying, and
# nothing but a comma or colon before the opening mark. "that" is left alone: after a cue
# ("Kerr said that voters say “no”") it opens the speaker's own report.
_RELATIVE_SAYS = re.compile(
    r"\bwhich\s+(?P<subject>(?:(?!(?:will|would|could|should|can|may|might|must|to|not)\s)"
    r"[\w’'-]+\s+){1,3}?)(?:(?:have|has|had)\s+)?"
    r"(?P<verb>say|says|said|claim|claims|claimed|argue|argues|argued|insist|insists|insisted|"
    r"warn|warns|warned|contend|contends|contended)\s*[,:]?\s*$"
)


def relative_event(
    span: QuotedSpan, event: Event | None, ends: list[int], text: str
) -> Event | None:
    """The relative clause's own speech event, resolved to nobody, when the quote opens right
    after its verb of saying and the event that claimed it stands before the clause (the
    sentence subject's, not the clause's); else None. The quote stays cued, so a short one is
    still read as said, not as the writer's term."""
    if event is None:
        return None
    opening = start_of_sentence(ends, span.open_at)
    match = _RELATIVE_SAYS.search(text, opening, span.open_at)
    if match is None or event.start >= match.start():
        return None
    subject = match["subject"].strip()
    start = match.start("subject")
    mention = Mention(subject, MentionKind.RELATIVE, start=start, end=start + len(subject))
    return Event(mention, match["verb"], match.start("verb"), match.end("verb"), None)

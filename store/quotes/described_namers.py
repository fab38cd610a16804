"""A naming verb's subject that is a post, not a name: "in what the mayor termed “a disgrace”".

fragments.naming_event credits "what Kerr termed “…”" to Kerr; a post in Kerr's place ("the
mayor", "the finance minister") names one person just as well, who said it once (a past
verb). A plural, a group or a present verb names a thing by its habitual name instead ("what
doctors call “brain fog”", "what the industry calls “…”": a term, habitual_names.py), and a
thing's noun ("what the law calls “…”") is nobody, so only a singular role after "the" counts.
The post must name one person: when two people named before hold it ("Mayor Brecht met Mayor
Oakridge"), the one named in the quote's own paragraph, else nobody (a guess between them
would credit the wrong mayor as often as the right one).
"""

from __future__ import annotations

from bisect import bisect_left

from store.quotes.antecedents import role_fits
from store.quotes.lexicon import ROLE_WORDS
from store.quotes.mentions import Mention, MentionKind
from store.quotes.people import PARAGRAPH_STRIDE, Person, seen_at


def named_by_post(mention: Mention, verb: str) -> bool:
    """True for "the mayor" (a role word last, after "the") before a past naming verb."""
    if mention.kind != MentionKind.DESCRIPTION or not verb.endswith("ed"):
        return False
    words = mention.text.casefold().split()
    return len(words) >= 2 and words[0] == "the" and words[-1] in ROLE_WORDS


def shared_naming_post(
    mention: Mention,
    verb: str,
    text: str,
    speaker: Person,
    named: list[tuple[int, Person]],
    at: int,
) -> bool:
    """True for "what the mayor dubbed" read as a speech event (a verb of saying names too)
    when the post fits someone besides `speaker`: as naming_event, no one person."""
    if not named_by_post(mention, verb):
        return False
    before = text[max(0, mention.start - _BEFORE) : mention.start].split()
    return (
        bool(before)
        and before[-1].casefold() in ("what", "which")
        and post_is_shared(mention, speaker, named, at)
    )


_BEFORE = 12  # characters before the post searched for its "what" or "which"


def post_is_shared(
    mention: Mention, speaker: Person, named: list[tuple[int, Person]], at: int
) -> bool:
    """True when the post `mention` ("the mayor") fits someone besides `speaker` among the
    people named before `at`, and `speaker` is not the only one of them named in the quote's
    own paragraph: the post names no one person."""
    role = " ".join(mention.text.casefold().split()[1:])
    seen = [pair for pair in named[: bisect_left(named, at, key=seen_at)] if _holds(pair, role)]
    holders = {id(person) for _, person in seen}
    if holders <= {id(speaker)}:
        return False
    paragraph = at // PARAGRAPH_STRIDE * PARAGRAPH_STRIDE
    near = {id(person) for where, person in seen if where >= paragraph}
    return near != {id(speaker)}


def _holds(pair: tuple[int, Person], role: str) -> bool:
    return any(role_fits(role, written) for written in pair[1].roles)

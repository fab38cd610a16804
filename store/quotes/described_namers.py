"""A naming verb's subject that is a post, not a name: "in what the mayor termed “a disgrace”".

fragments.naming_event credits "what Kerr termed “…”" to Kerr; a post in Kerr's place ("the
mayor", "the finance minister") names one person just as well, who said it once (a past
verb). A plural, a group or a present verb names a thing by its habitual name instead ("what
doctors call “brain fog”", "what the industry calls “…”": a term, habitual_names.py), and a
thing's noun ("what the law calls “…”") is nobody, so only a singular role after "the" counts.
"""

from __future__ import annotations

from store.quotes.lexicon import ROLE_WORDS
from store.quotes.mentions import Mention, MentionKind


def named_by_post(mention: Mention, verb: str) -> bool:
    """True for "the mayor" (a role word last, after "the") before a past naming verb."""
    if mention.kind != MentionKind.DESCRIPTION or not verb.endswith("ed"):
        return False
    words = mention.text.casefold().split()
    return len(words) >= 2 and words[0] == "the" and words[-1] in ROLE_WORDS

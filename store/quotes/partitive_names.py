"""Whom "one of them, Jo Park," names: the partitive is a pronoun, the name after it the speaker.

"Two neighbours saw the fire. One of them, Jo Park, said: ..." reads "One of them" as the
subject and the name as its appositive; the name is who speaks, "one of them" what they are.
"""

from __future__ import annotations

import re
from dataclasses import replace

from store.quotes.mentions import Mention, MentionKind, read_mention
from store.quotes.speech import Subject

# "One of them", "another of us", "one of those", "another": a share of a group the article
# just named ("Another, Jo Park, said" once made "Another" a name).
_PARTITIVE = re.compile(r"(?:one|another)\s+of\s+(?:them|us|those|these)|another", re.IGNORECASE)
# "one of them, a nurse called Jo Park,": the verb of naming is no part of her role.
_NAMING_END = re.compile(r"\s+(?:called|named|known\s+as)$")


def is_partitive(chunk: str) -> bool:
    """True for "one of them", "another of us", "another": which of a group, no one named."""
    return _PARTITIVE.fullmatch(chunk.strip()) is not None


def named_partitive(subject: Subject | None) -> Mention | None:
    """The full name in the appositive of a pronoun partitive ("one of them, the cellist Maren
    Holt,"), when the appositive ends with it: "one of them, Jo Park's sister," is not Park."""
    if subject is None or not subject.appositive or subject.appositive_at < 0:
        return None
    if not is_partitive(subject.chunk):
        return None
    appositive = subject.appositive.rstrip()
    named = read_mention(appositive, subject.appositive_at)
    if named is None or named.kind != MentionKind.NAME or named.name is None:
        return None
    if named.end != subject.appositive_at + len(appositive) or " " not in named.name:
        return None  # a surname alone may be anyone's; only a full name renames the share
    before = _NAMING_END.sub("", appositive[: named.start - subject.appositive_at].strip())
    return replace(named, role=named.role or before or None)  # "the cellist": her role

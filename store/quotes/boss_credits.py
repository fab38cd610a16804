"""A live blog's credit before a colon: "Rovers boss Stefan Kuhl on his new signing: “…”".

Headline-speak puts a body's name and a lower-case job before a full name ("Rovers boss",
"Harbour Trust chief"), and a live blog adds what the words are about ("on his new
signing"). Read as a sentence, "boss" may pass for a verb and the body for its subject; the
credit is the full name, the body and the job its role.
"""

from __future__ import annotations

import re
from dataclasses import replace

from store.quotes.mentions import Mention, MentionKind, read_mention
from store.quotes.person_words import can_speak

# The body's capitalised words, one lower-case job word, then the rest (a name, and maybe
# "on" and a topic). One word only: "Rovers sack manager Tom Bell:" is news about Bell.
_CREDIT = re.compile(
    r"(?P<body>(?:[A-Z][\w’'.&-]*\s+){1,4})(?P<job>[a-z][\w-]*)\s+"
    r"(?P<rest>[A-Z].*)"
)
_TOPIC = re.compile(r"\s+on\s+\S.*$")


def boss_credit(text: str, start: int, colon: int) -> Mention | None:
    """The full name of "Body job Full Name (on topic):" between start and the colon, its
    role "Body job"; None for any other clause."""
    clause = text[start:colon]
    lead = len(clause) - len(clause.lstrip())
    match = _CREDIT.fullmatch(clause.strip())
    if match is None or not can_speak(match["job"].split()[-1]):
        return None
    rest = _TOPIC.sub("", match["rest"]).rstrip()
    at = start + lead + match.start("rest")
    named = read_mention(rest, at)
    if named is None or named.kind != MentionKind.NAME or named.name is None:
        return None
    if named.start != at or named.end != at + len(rest) or " " not in named.name:
        return None  # a full name, the whole of what follows the job
    role = f"{match['body']}{match['job']}".strip()
    return replace(named, text=text[start + lead : named.end], role=role, start=start + lead)

"""The mention a speech event's subject names: the name with its role appositive, a body's
spokesperson ("through spokesman X"), a letter's writer, "the cook known as Rafe", "a source"."""

from __future__ import annotations

import re
from dataclasses import replace

from store.quotes.lexicon import INDEFINITE_DETERMINERS, ROLE_WORDS
from store.quotes.mentions import Mention, MentionKind, read_mention
from store.quotes.partitive_names import named_partitive
from store.quotes.senders import sender
from store.quotes.speech import Subject

_KNOWN_AS = " known as "
_THROUGH = re.compile(r"\s*(?:through|via)\s+")


def _is_role(phrase: str) -> bool:
    words = phrase.casefold().replace("’s", "").replace("'s", "").split()
    return any(word in ROLE_WORDS for word in words)


def known_as(subject: Subject | None) -> Mention | None:
    """ "said the camp cook known as Rafe": the name, the description before it its role; the
    mention spans both, so that none of it reads as what was said."""
    if subject is None or _KNOWN_AS not in subject.chunk:
        return None
    role, name = subject.chunk.split(_KNOWN_AS, 1)
    at = subject.start + len(role) + len(_KNOWN_AS)
    named = read_mention(name, at)
    if named is None or named.kind != MentionKind.NAME or named.start != at:
        return None
    return replace(named, text=subject.chunk, role=role, start=subject.start)


def indefinite_subject(subject: Subject | None) -> Mention | None:
    """ "a source involved in the talks": an unnamed speaker, the whole phrase describing them."""
    if subject is None or subject.chunk.split()[0].casefold() not in INDEFINITE_DETERMINERS:
        return None
    end = subject.start + len(subject.chunk)
    return Mention(subject.chunk, MentionKind.DESCRIPTION, start=subject.start, end=end)


def subject_mention(subject: Subject | None) -> Mention | None:
    """The subject's mention, with a role appositive ("Lavrov, Russia's foreign minister,")."""
    if subject is None:
        return None
    mention = read_mention(subject.chunk, subject.start)
    appositive = subject.appositive
    spokesperson = _through(subject) if mention is not None else None
    if spokesperson is not None:
        return spokesperson  # "The campaign, through spokesman Ada Kerr, said": Kerr
    sent = sender(subject.chunk, 0, len(subject.chunk))
    if sent is not None:
        # "A letter from Ada Kerr to Tom Reddy said": the writer's words, not the reader's.
        return replace(sent, start=sent.start + subject.start, end=sent.end + subject.start)
    partitive = named_partitive(subject)
    if partitive is not None:
        return partitive  # "One of them, Jo Park, said": Park
    named = mention is not None and mention.kind == MentionKind.NAME
    if mention is not None and appositive and named and _is_role(appositive):
        return replace(mention, role=appositive.strip())
    return mention


def _through(subject: Subject) -> Mention | None:
    """The person named at the end of a ", through spokesman X," appositive: the body speaks
    through them, and the words are theirs."""
    appositive = subject.appositive or ""
    link = _THROUGH.match(appositive)
    if link is None or subject.appositive_at < 0:
        return None
    at = subject.appositive_at + link.end()
    named = read_mention(appositive[link.end() :].rstrip(), at)
    if named is None or named.kind != MentionKind.NAME or not named.role:
        return None  # "through a spokeswoman": no one named, the body stays the speaker
    return named

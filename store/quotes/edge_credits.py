"""A credit by "the" and a noun or two at a clause's edge: "…, the coast guard said."

Right after a comma and closing its statement, "the" with one or two lower-case nouns is
written for whoever speaks: a body or someone in a role. A reported statement took a
lower-case speaker only when the lexicon listed its words for people ("officials", "the
spokesman"), so "…, the coast guard said" and "…, the harbour master said" were dropped while
"The coast guard said …" (capitalised) was read. And such a description was read as the person
just named inside the very words it credits ("Homes lost power as Storm Ilsa hit, the grid
operator said" was Storm Ilsa's): a name before it in its sentence is someone else.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from store.quotes.lexicon import FUNCTION_WORDS
from store.quotes.mentions import MentionKind
from store.quotes.people import PARAGRAPH_STRIDE
from store.quotes.person_words import TEXT_NOUNS, people_before, singular
from store.quotes.sentences import end_of_sentence, sentence_ends
from store.quotes.statement_words import REPORTED_DOCUMENT_HEADS
from store.quotes.subordinate_subjects import opens_own_clause
from store.quotes.unnamed_referents import same_sentence

if TYPE_CHECKING:  # attributions.py reads the cast, which reads this module
    from store.quotes.attributions import Event

_DESCRIPTION = re.compile(r"the(?: [a-z]+){1,2}")
# What may follow the verb of a credit that closes its statement: a time, a place or a
# medium in a few words ("said on Tuesday", "said in a statement"), and the sentence's end.
_CLOSING = re.compile(r"(?:\s+[\w’'-]+){0,4}\s*[.!?]?\s*")
_WRITINGS = REPORTED_DOCUMENT_HEADS | TEXT_NOUNS  # "the report said": nobody speaks


def edge_speaker(text: str, event: Event) -> bool:
    """True for "…, the coast guard said." closing its statement: the body or role it names
    by itself may report the statement, whatever words the lexicon lists for people."""
    mention, speaker = event.mention, event.speaker
    if speaker is None or speaker.name.casefold() != mention.text.casefold():
        return False  # read as someone named: plain_speakers.py judges them
    if not _DESCRIPTION.fullmatch(mention.text) or not _after_comma(text, mention.start):
        return False
    words = mention.text.split()[1:]
    if any(word in FUNCTION_WORDS for word in words) or singular(words[-1]) in _WRITINGS:
        return False  # "the other", "the same", "the lawsuit": no one to speak
    tail = text[event.end : end_of_sentence(sentence_ends(text), event.end, len(text))]
    return _CLOSING.fullmatch(tail) is not None and "that" not in tail.split()


_REPORTS = frozenset(("reported", "reports"))


def reports_findings(text: str, event: Event) -> bool:
    """True for "reported" by people rather than an outlet ("…, researchers at the University
    of Calder reported Wednesday", "scientists reported"): their report is their statement,
    where "…, the Gazette reported" names the paper that carried someone's words."""
    if event.verb.casefold() not in _REPORTS or event.inverted:
        return False
    mention = event.mention
    people = people_before(text, mention.start) < mention.start
    return people or (mention.kind == MentionKind.DESCRIPTION and mention.text[:1].islower())


def inside_credited(texts: dict[int, str], seen: int, at: int) -> bool:
    """True when a name read at `seen` stands before a description opening a clause after a
    comma at `at`, in one sentence: the name is inside the words it credits ("… as Storm
    Ilsa hit, the grid operator said") or the phrase it opens with ("In an interview with Ada
    Kerr, the senator said"), someone else than the one described; or before a description
    that opens a clause of its own (subordinate_subjects.py)."""
    paragraph, offset = divmod(at, PARAGRAPH_STRIDE)
    if not _after_comma(texts.get(paragraph, ""), offset):
        return opens_own_clause(texts, seen, at)  # "Vane met Kerr after the senator said"
    return seen < at and same_sentence(texts, seen, at)


def _after_comma(text: str, start: int) -> bool:
    return text[:start].rstrip().endswith(",")

"""An account credited after its marks still relays its inner speaker's words: "Hadley's
rivals called the plan “a farce,” Vane said" is the rivals' label, told by Vane.

The credit after the marks names who tells the whole sentence; when the marks open inside a
clause (after its words, not at its start) whose own speech or naming verb, before them in
the sentence, has another subject, the words are that subject's. A participle after a comma
("Her friends mocked him, calling him “a clown,” Kerr said") speaks for the subject of the
clause it hangs on, the friends. The inner subject must open its clause: in "Nothing the
mayor said “will help,” Kerr said" the mayor's clause only qualifies Kerr's subject. A
pronoun of the teller's sex is the teller again ("He called it “a farce,” Kerr said"), so it
moves nothing.
"""

from __future__ import annotations

from store.quotes.attributions import Event
from store.quotes.fragments import opens_mid_clause
from store.quotes.marks import QuotedSpan
from store.quotes.owned_words import OWNED_CUE
from store.quotes.relayed import someone_else
from store.quotes.sentences import start_of_sentence

# Words a verb's object may run to before the marks: "called the new harbor plan “".
_OBJECT_WORDS = 6
_CLOSING = ("“", "”", '"', "\x01", ";", ":", "—", "–")


def inner_speaker_event(
    span: QuotedSpan, own: Event | None, events: list[Event], ends: list[int], text: str
) -> Event | None:
    """The event of the inner speaker whose verb governs marks credited after them by
    another speaker (`own`, the credit), or None when the credit's speaker said them."""
    if own is None or own.speaker is None or own.start <= span.close_at:
        return None
    if not opens_mid_clause(text, span):
        return None  # "“We will win,” Kerr said": the credit's own quote
    sentence = start_of_sentence(ends, span.open_at)
    before = [e for e in events if sentence <= e.start and e.end <= span.open_at]
    if not before:
        return None
    inner = max(before, key=lambda event: event.end)
    if not _governs(inner, span, text) or not _opens_clause(inner, sentence, text):
        return None
    if inner.verb.endswith("ing") and text[: inner.end - len(inner.verb)].rstrip()[-1:] == ",":
        inner = min(before, key=lambda event: event.start)  # the clause it hangs on
    return inner if _someone_else(inner, own) else None


def _governs(inner: Event, span: QuotedSpan, text: str) -> bool:
    """True when only the inner verb's short object stands between it and the marks."""
    between = text[inner.end : span.open_at]
    if inner.verb == OWNED_CUE or any(mark in between for mark in (*_CLOSING, ",")):
        return False
    return len(between.split()) <= _OBJECT_WORDS


def _opens_clause(inner: Event, sentence: int, text: str) -> bool:
    """True when the inner subject opens its sentence or a clause ("…, and Lind said"), not
    a clause inside a noun ("Nothing the mayor said “will help,” Kerr said": Kerr's words)."""
    before = text[sentence : inner.mention.start].rstrip()
    return not before or before[-1] == "," or before.rsplit(None, 1)[-1] in _CLAUSE_OPENERS


_CLAUSE_OPENERS = frozenset(("and", "but", "that", "while", "so"))


def _someone_else(inner: Event, own: Event) -> bool:
    """True when the inner event names a speaker other than the credit's."""
    speaker, teller = inner.speaker, own.speaker
    if speaker is None or teller is None or speaker is teller or speaker.name == teller.name:
        return False
    return someone_else(inner, teller)

"""Where the subject of "-ing" ends before a document its verb put out: "Quill issued a
statement saying", "the campaign sent out a new radio ad calling". The document never
speaks: its issuer does, the subject before the verb that issued it.

A document may take whom it went to and when after its noun: "sent a text message to
members saying:", "released a statement Wednesday saying", "fired off an email to
members on Friday stating": those words are skipped back over too.
"""

from __future__ import annotations

from store.quotes.lexicon import DETERMINERS, ISSUED_WORDS, ISSUING_PARTICLES, word_set

_DOCUMENT_WORDS = 4  # words of a document's description: "a new 30-second radio ad"
# Whom the document went to and when, after its noun: "to supporters", "to the board on
# Friday", "Wednesday", "Tuesday night".
_ADDRESSEE_WORDS = 3
_WHEN_WORDS = word_set(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday night morning "
    "evening afternoon"
)
_LINKS = word_set("to on")
# What a verb puts out that may then speak: documents, and a campaign ("rolled out a “…”
# campaign dubbing them “…”": the body that rolled it out dubs them). Kept here, not in the
# lexicon's ISSUED_WORDS: "the Kerr campaign said" is the campaign's statement, not Kerr's.
_ISSUED = ISSUED_WORDS | word_set("campaign")
_PREPOSITIONS = word_set("in on at with by from for of into")


def before_document(tokens: list[tuple[int, str]], at: int) -> int:
    """Where the subject ends when the -ing at `at` follows a document put out by a verb
    (the index of that verb), else `at`."""
    noun = _document_end(tokens, at)
    if noun < 4 or tokens[noun - 1][1].casefold() not in _ISSUED:
        return at
    opening = next(
        (
            i
            for i in range(noun - 2, max(0, noun - 2 - _DOCUMENT_WORDS), -1)
            if determines(tokens[i][1])
        ),
        None,
    )
    if opening is None or opening < 2:
        return at
    verb = opening - 1
    if tokens[verb][1].casefold() in ISSUING_PARTICLES:
        verb -= 1  # "sent out", "put up"
    if noun != at and tokens[verb][1].casefold() in _PREPOSITIONS:
        return at  # "set it out in her note to staff explaining": no verb issued the memo
    return verb if verb > 0 else at


def _document_end(tokens: list[tuple[int, str]], at: int) -> int:
    """The index after the document's noun: past "to supporters" and "Wednesday" before the
    -ing at `at`, when they follow a document word."""
    end = at
    while end > 0 and tokens[end - 1][1].casefold() in _WHEN_WORDS:
        end -= 1
    if end > 0 and tokens[end - 1][1].casefold() in _ISSUED:
        return end
    for link in range(end - 1, max(0, end - 1 - _ADDRESSEE_WORDS), -1):
        word = tokens[link][1].casefold()
        if word in _LINKS and link > 0 and tokens[link - 1][1].casefold() in _ISSUED:
            return link
        if not word.isalpha():
            break
    return at


def determines(word: str) -> bool:
    """True for a determiner or a possessive ("the", "a", "Kerr’s") opening a noun phrase."""
    lowered = word.casefold()
    return lowered in DETERMINERS or (lowered.endswith(("’s", "'s")) and len(lowered) > 2)

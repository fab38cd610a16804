"""Words in marks that narration calls someone's own: a slogan, a motto, their words.

"Kerr’s campaign slogan is “A city for all.”", "in Kerr’s words, “...”", "Kerr’s stock answer
— “...”", "in the words of Ada Kerr, “...”", "Kerr’s call for “...”" and "Kerr’s “pay as you
go” pledge" carry no speech verb, yet the possessive names whose words the marks hold. Only
nouns for a person's own words count: "Kerr’s plan is “...”" or "Kerr’s report found “...”"
quote something else (a document, the writer's label), and only an owner narration has
already read as a name; "his"/"her" stands for its sentence's subject, or for nobody.

A claim's words ("Kerr’s claim that the port was “broke”", "Kerr’s conclusion that …",
"Kerr’s assertion of a “…”") are the claimant's even when another cue of the sentence
speaks: claimed_event is read before the sentence's cue ("Dunn mocked Kerr’s call for “…”").
"""

from __future__ import annotations

import re

from store.models import SpeakerKind
from store.quotes.attributions import Event
from store.quotes.lexicon import POSSESSIVE_SEX
from store.quotes.marks import QuotedSpan
from store.quotes.mentions import MentionKind, read_mention
from store.quotes.people import position
from store.quotes.sentences import sentence_ends
from store.quotes.speakers import Cast
from store.quotes.speech_verbs import SPEECH_VERB_FORMS
from store.quotes.subjects import sentence_subject
from store.quotes.verdicts import judges_the_claim

# Nouns for words a person said or wrote as their own, in a form others can quote.
OWN_WORDS_NOUNS = frozenset(
    """
    words slogan slogans motto mantra catchphrase refrain dictum pledge vow promise quip
    retort reply answer response tweet
    """.split()
)
# The same nouns when they follow the marks ("Kerr’s “pay as you go” pledge"): only those
# that name a phrase of the speaker's own, never a reply to someone else's question.
TRAILING_NOUNS = frozenset("slogan motto mantra catchphrase pledge vow promise quip".split())

# Nouns for a claim or a call of someone's, whose words follow "that" or "for": "Kerr’s
# claim that “...”", "Kerr’s call for “...”".
CLAIM_NOUNS = frozenset("claim assertion comment remark warning insistence call".split())


# A capitalised opening word is no part of the owner's name: "In Kerr’s words".
_OWNER = (
    r"(?:\b(?:In|As|For|To|On|Of|And|But)\s+)?"
    r"(?:(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})(?:’s|'s|’|')|\b(?P<its>[Hh]is|[Hh]er))"
)
# "Kerr’s campaign slogan is “", "Kerr’s dictum to her staff (...) was, “", "Kerr’s words: “".
_BEFORE = re.compile(
    _OWNER
    + r"\s+(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z]+)"
    + r"(?:\s+(?:then|now|to\s+(?:his|her|their)\s+[a-z]+))?(?:\s+\([^()]{1,60}\))?"
    + r"(?:\s+(?:is|was|were|goes|went|reads|read|remains|ran|runs))?\s*[,:—–-]?\s*$"
)
_RIGHT_BEFORE = re.compile(_OWNER + r"\s*$")
# "Kerr’s claim that “", "Kerr’s comment Monday that “", "Kerr’s call for “".
_CLAIMED = re.compile(
    _OWNER + r"\s+(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z]+)(?:\s+[A-Z][a-z]+)?\s+(?:that|for)\s*$"
)
# Nouns for a judgement or charge someone voiced, whose "that" clause quotes their words:
# "Kerr’s conclusion that the deal was “a mistake”", "Kerr’s assertion of a “…”".
CLAUSE_NOUNS = frozenset(
    """
    conclusion finding accusation allegation charge contention argument suggestion prediction
    complaint boast admission declaration
    """.split()
)
# "Kerr’s claim that the port was “", "Kerr’s assertion of a “": the clause or object the
# claim noun governs, no sentence end, quote or colon between.
_CLAIM_CLAUSE = re.compile(
    _OWNER
    + r"\s+(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z]+)\s+"
    + r"(?:that\s+(?P<rest>[^“”\"\x01.;:!?]{1,80}?)|of\s+(?:an?|the))\s*$"
)
# "In the words of Ada Kerr, “", "To quote Kerr: “": the name itself, no possessive.
_WORDS_OF = re.compile(
    r"\b(?:[Ii]n\s+the\s+words\s+of|[Tt]o\s+quote)\s+"
    r"(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})\s*[,:]?\s*$"
)
_NOUN_AFTER = re.compile(r"[,.]?\s*(?P<noun>[a-z]+)\b")
_WORD = re.compile(r"[a-z’'-]+")
# What every owner above holds, a possessive's mark or "his"/"her": the reach before most
# quotes has neither, and is spared the four searches (each tries an owner at every word).
_OWNER_HINT = re.compile(r"[’']|\b[Hh](?:is|er)\b")
# The cue such an event records: no verb of the text, so no speech verb's confidence applies.
OWNED_CUE = "’s words"
_REACH = 90  # characters before the mark the owner and its noun may take
_OWNERS = frozenset((MentionKind.NAME, MentionKind.ORGANISATION))


def owned_event(span: QuotedSpan, text: str, cast: Cast) -> Event | None:
    """The owner of the words in marks that narration calls theirs, as a speech event."""
    reach = max(0, span.open_at - _REACH)
    window = text[reach : span.open_at]
    if _OWNER_HINT.search(window) is None and "words" not in window and "quote" not in window:
        return None
    before = _BEFORE.search(text, reach, span.open_at)
    if before is not None and before["noun"] in OWN_WORDS_NOUNS:
        return _event(before, before.end("noun"), span, cast)
    claimed = _CLAIMED.search(text, reach, span.open_at)
    if claimed is not None and claimed["noun"] in CLAIM_NOUNS:
        return _event(claimed, claimed.end("noun"), span, cast)
    words_of = _WORDS_OF.search(text, reach, span.open_at)
    if words_of is not None:
        return _event(words_of, words_of.end("owner"), span, cast)
    right_before = _RIGHT_BEFORE.search(text, reach, span.open_at)
    after = _NOUN_AFTER.match(text, span.close_at + 1) if span.closed else None
    if right_before is not None and after is not None and after["noun"] in TRAILING_NOUNS:
        return _event(right_before, after.end("noun"), span, cast)
    return None


def claimed_event(span: QuotedSpan, text: str, cast: Cast) -> Event | None:
    """The owner of "Kerr’s claim that “…”", "Kerr’s call for “…”": words the possessive
    names as someone's claim, whoever else speaks in the sentence ("Lund mocked Kerr’s call
    for “…”" quotes Kerr's words, which Lund mocks)."""
    reach = max(0, span.open_at - _REACH)
    if _OWNER_HINT.search(text, reach, span.open_at) is None:
        return None  # no possessive's mark nor "his"/"her": neither search below can match
    claimed = _CLAIMED.search(text, reach, span.open_at)
    if claimed is not None and claimed["noun"] in CLAIM_NOUNS:
        return _event(claimed, claimed.end("noun"), span, cast)
    clause = _CLAIM_CLAUSE.search(text, reach, span.open_at)
    if clause is None or clause["noun"] not in CLAIM_NOUNS | CLAUSE_NOUNS:
        return None
    if any(word in SPEECH_VERB_FORMS for word in _WORD.findall((clause["rest"] or "").casefold())):
        return None  # "Kerr’s claim that Lund called it “…”": Lund's word, read elsewhere
    owner_at = clause.start("owner" if clause["owner"] else "its")
    if judges_the_claim(text, owner_at, clause["rest"] or "", span.close_at):
        return None  # "Dunn called Kerr’s claim that … “a lie”": Dunn's verdict, her cue's
    return _event(clause, clause.end("noun"), span, cast)


def _subject_owner(match: re.Match[str], end: int, span: QuotedSpan, cast: Cast) -> Event | None:
    """The owner "his"/"her" stands for: its sentence's subject, when that names a person of
    the pronoun's sex ("Brisco, a Lind supporter, ... over her remark that “...”" is
    Albright's, not the last woman named); a sentence opening on anything else, nobody."""
    text = match.string
    start = max((end for end in sentence_ends(text) if end <= match.start("its")), default=0)
    subject = sentence_subject(text, start, match.start("its"))
    if subject is None:
        return None
    mention = read_mention(subject.chunk, subject.start)
    if mention is None or mention.kind not in (MentionKind.NAME, MentionKind.PRONOUN):
        return None
    if mention.start != subject.start:
        return None  # the subject is no name of its own ("The Ruiz plan")
    known = mention.kind == MentionKind.PRONOUN or cast.find(mention.name or mention.text)
    at = position(span.paragraph, mention.start)
    speaker = cast.resolve(mention, at, cued=False) if known else None  # narration's own words
    sex = POSSESSIVE_SEX[match["its"].casefold()]
    if speaker is None or speaker.kind != SpeakerKind.PERSON or speaker.sex not in (sex, ""):
        return None
    return Event(mention, OWNED_CUE, mention.start, end, speaker)


def _event(match: re.Match[str], end: int, span: QuotedSpan, cast: Cast) -> Event | None:
    """The owner's mention resolved to someone narration already knows, else None."""
    if match.groupdict().get("its"):
        return _subject_owner(match, end, span, cast)
    mention = read_mention(match["owner"], match.start("owner"))
    if mention is None or mention.kind not in _OWNERS:
        return None
    if mention.start != match.start("owner") or mention.end != match.end("owner"):
        return None  # "the Kerr campaign’s": the owner is more than the name read
    if cast.find(mention.name or mention.text) is None:
        return None  # a name narration never read is no one's words we can vouch for
    speaker = cast.resolve(mention, position(span.paragraph, mention.start))
    if speaker is None:
        return None
    return Event(mention, OWNED_CUE, mention.start, end, speaker)

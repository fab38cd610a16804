"""The speaker of an -ing cue right after a side clause of time: that clause's own subject.

"Kerr asks as a repairman walks in, saying he is “here to fix the wall”" is the repairman's
line, and "“Too forced?” Dunn tweeted when Ada Kerr ended the debate with a film's line,
remarking, “...”" is Kerr's: a participle right after the comma that closes an "as", "when"
or "while" clause in the middle of a sentence goes with that clause, whose subject stands
nearer than the sentence's, as relative_ing_cues.py reads "where" and "who" clauses; a
clause, so a subject and its verb ("as senator representing the state" is none). A
clause at the sentence's start ("As Kerr spoke, the union urged") is time_clauses.py's; a
participle whose object is "him" or "her" ("…, calling him “…”") most often turns back to
the sentence's subject, and is left to it. Only a clause that does something, after which
the participle cannot be the sentence subject's, gives it away (side_clause_fits.py): "Ada
Kerr left when Mr. Renn arrived, saying she ..." stays Kerr's.
"""

from __future__ import annotations

import re

from store.quotes.described import described
from store.quotes.mentions import Mention, MentionKind, read_mention
from store.quotes.side_clause_fits import side_takes_it
from store.quotes.subjects import sentence_subject

_SIDE_CLAUSE = re.compile(r"\s(?:as|when|while)\s+", re.IGNORECASE)
_OBJECT_PRONOUN = re.compile(r"\w+ing\s+(?:him|her|them)\b")
# What a side clause's subject may be: someone named or described. Not "he" or "she", most
# often the sentence's subject again ("while she was mayor pleaded guilty, admitting").
_SPEAKING = frozenset((MentionKind.NAME, MentionKind.DESCRIPTION))
# A finite verb, an adverb allowed before it: "walks", "ended", "was", "quickly ended".
_FINITE = re.compile(
    r"\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|[a-z]+[^s\W’']s|is|was|has|had|will|would|can|could|"
    r"came|went|took|made|began|stood|ran|sat|spoke|gave|rose|left)\b"
)
_WORD = re.compile(r"\S+")
_DETERMINERS = frozenset(("a", "an", "the"))


def side_clause_speaker(text: str, start: int, verb_start: int) -> Mention | None:
    """The subject of the "as"/"when"/"while" clause the comma before the -ing cue at
    `verb_start` closes, in the sentence opening at `start`; None when no such clause."""
    comma = text.rfind(",", start, verb_start)
    if comma < 0 or text[comma + 1 : verb_start].strip():
        return None  # the participle does not follow the clause's comma
    clauses = list(_SIDE_CLAUSE.finditer(text, start, comma))
    if not clauses or _OBJECT_PRONOUN.match(text, verb_start):
        return None
    clause = clauses[-1]
    if "," in text[clause.end() : comma] or not text[start : clause.start()].strip():
        return None  # another clause between, or the side clause opens the sentence
    mention = _subject(text, clause.end(), comma)
    if mention is None or mention.kind not in _SPEAKING:
        return None
    # A clause has its verb right after its subject: "as senator representing the state",
    # "dismissed Dunn as an ineffective leader" are no clauses.
    verb = _FINITE.match(text, mention.end)
    if verb is None:
        return None
    main = _subject(text, start, clause.start())
    if not side_takes_it(text, (start, verb.end(), verb_start), main, mention):
        return None  # the sentence's subject's participle (side_clause_fits.py)
    return mention


def _subject(text: str, start: int, end: int) -> Mention | None:
    """The subject of the clause text[start:end] as a mention: a name, a pronoun, or a
    description the subject reader leaves ("as a repairman walks in")."""
    subject = sentence_subject(text, start, end)
    mention = read_mention(subject.chunk, subject.start) if subject is not None else None
    return mention or _description(text, start, end)


def _description(text: str, start: int, end: int) -> Mention | None:
    """The description ("a repairman", "the young guard") opening text[start:end]."""
    tokens = [(m.start(), m[0]) for m in _WORD.finditer(text, start, end)]
    if not tokens or tokens[0][1].casefold() not in _DETERMINERS:
        return None
    last = described(tokens, text)
    return None if last is None else read_mention(text[start : last[0] + len(last[1])], start)

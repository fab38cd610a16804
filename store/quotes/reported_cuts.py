"""Where a reported statement stops: at the writer's own clause ("even though ...", a dash),
at a colon that hands over to a direct quote, at another cue's clause, and without a joiner
left dangling. Kept apart from reported.py for its length: reported.py calls `writer_cut`,
then `cut_statement`, on every span it has found.
"""

from __future__ import annotations

import re

from store.quotes.attributions import Event
from store.quotes.reported_shapes import finite, inflected, paired_dash
from store.quotes.statement_words import (
    DANGLING_JOINERS,
    NEW_CLAUSE_SUBJECTS,
    REPORTING_PARTICIPLES,
    WRITER_APPOSITIVES,
    WRITER_CLAUSE_OPENERS,
)

# A colon and the opening mark of a direct quote: "He explained the delay by saying: “It ...".
_COLON_QUOTE = re.compile(r":\s*[“\"«„]")
# The writer's remark on a statement after it, beside reported.py's "even though", "a claim":
# "..., without offering evidence", "..., contradicting the audits", "..., which is not true".
_WRITER_REMARK = re.compile(
    r",\s+(?:without\s+(?:\w+ing|any|evidence)\b"
    r"|(?:contradicting|ignoring|belying|echoing|prompting|sparking|drawing)\s"
    r"|which\s+(?:is|was|are|were)\s+(?:not\s+true|false|untrue|incorrect|inaccurate|wrong)\b)"
    # "..., The Post reported (in 1991)": the outlet that carried the statement, after it.
    r"|(?<=[,”\"'])\s+(?:the\s+)?[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3}"
    r"\s+reported\b"
)
# A question put to the speaker before her cue: "Asked whether ..., she said yes".
_ASKED = re.compile(r"\s*(?:when\s+)?asked\b", re.IGNORECASE)


def cut_statement(text: str, start: int, end: int, event: Event) -> tuple[int, int]:
    """The statement [start, end) stopped at the writer's remark on it after a comma, and where
    a colon opens a direct quote inside it: the
    words after the colon are the quote's, already a direct quote of their own, and the ones
    before are the writer's lead-in to it. A statement before its cue that holds such a colon
    is no statement at all ("Holm saw it otherwise: “...,” he said." quotes, not reports),
    nor is the question put to her before her cue ("Asked about X, she said yes"): an empty
    span then."""
    if end <= event.start and _ASKED.match(text, start):
        return start, start  # "Asked whether ..., 75 percent said yes": the question, not hers
    remark = _WRITER_REMARK.search(text, start, end)
    if remark is not None and end > event.start:
        end = remark.start()  # "..., without offering any evidence": the writer's own clause
        if text[end - 1 : end] == '"' and text[end : end + 1] == " ":
            end += 1  # archive copy's doubled apostrophes, read as one mark and a space
    colon = _COLON_QUOTE.search(text, start, end)
    if colon is None:
        return start, end
    if end <= event.start:
        return start, start
    return start, colon.start()


def new_clause(before: str) -> bool:
    """True when another cue opens a clause of its own after these words ("..., and Holm
    said", "... in the U.K. He says": a sentence the splitter took for an abbreviation), not
    one inside the statement ("... if Holm had asked")."""
    words = before.rstrip().rsplit(None, 1)
    return before.rstrip().endswith((",", ";", ".")) or (
        len(words) == 2 and words[1].casefold() in DANGLING_JOINERS
    )


def drop_dangling(text: str, start: int, end: int) -> int:
    """The statement's end without a joiner left dangling where it was cut ("... and")."""
    words = text[start:end].rstrip(" ,").rsplit(None, 1)
    if len(words) == 2 and words[1].casefold() in DANGLING_JOINERS:
        return start + len(words[0])
    return end


# Openers of a clause the writer adds after a statement ("X said S, even though ..."), which
# inside a statement before its cue are the speaker's own ("S, while S2, Holm said").
_SPEAKERS_OWN = frozenset(
    ("even though", "although", "though", "even as", "even if", "whereas", "while", "despite")
)


def speakers_own(opener: str, after: str, before_cue: bool) -> bool:
    """True for a writer's-clause opener that stays in the statement: before the cue ("S,
    while S2, Holm said"), or after it when the speaker's quoted words follow at once ("Holm
    said S while “...”": the marks show the clause is still his)."""
    words = " ".join(opener.strip(" ,;").casefold().split())
    if words not in _SPEAKERS_OWN and words.split()[:1] != ["but"]:
        return False
    return before_cue or after.lstrip()[:1] in ("“", '"')


_OPENERS = "|".join(re.escape(o).replace(r"\ ", r"\s+") for o in WRITER_CLAUSE_OPENERS)
_APPOSITIVES = "|".join(re.escape(o).replace(r"\ ", r"\s+") for o in WRITER_APPOSITIVES)
# Where the writer's own clause begins: "even though ...", "; ...", a dash, "but" + subject,
# "..., an admission that ...".
# (Every branch opens with a comma, semicolon, space or dash: the lookahead changes no match
# but lets the engine skip the other positions without trying each opener there.)
_WRITER = re.compile(
    rf"(?=[,;\s—–])(?:[,;]?\s+(?:{_OPENERS})\b|,\s+(?:{_APPOSITIVES})\b|;|\s[—–-]{{1,2}}\s|[—–]"
    r"|,\s+but\s+(?:\w+ly\s+)?(?=(?P<subject>[\w’']+)))"  # "but (ultimately) Holm thinks"
)


def writer_cut(
    text: str, start: int, end: int, event: Event, events: list[Event]
) -> tuple[int, int]:
    """The statement up to where the writer's own clause or another speaker begins."""
    for match in _WRITER.finditer(text, start, end):
        own = speakers_own(match[0], text[match.end() :], end <= event.start)  # "S, while S2"
        if own or match.start() <= event.start <= match.end() or text.startswith(",", match.end()):
            continue  # the cue's own words ("X, according to Y, is"), an adverb ("X, though,")
        subject = match["subject"]
        if subject is None or subject.casefold() in NEW_CLAUSE_SUBJECTS or subject[:1].isupper():
            after = paired_dash(text, match, end)
            if after is not None and (finite(after) or (after.islower() and inflected(after))):
                return start, start  # "said X's plan -- an aside -- is ...": no whole statement
            end = match.start()
            break
    for other in events:
        at = min(other.start, other.mention.start)
        if at <= start and other.verb.casefold() in REPORTING_PARTICIPLES:
            at = other.end - len(other.verb)  # "he would win, saying ...": a statement of its own
        if other is not event and start < at < end:
            if end <= event.start:
                return start, start  # a statement before its cue that holds another: not plain
            if new_clause(text[start:at]):
                end = at  # "the talks failed, and Holm said ...": Holm's words are not Berg's
    return start, drop_dangling(text, start, end)

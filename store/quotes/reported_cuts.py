"""Where a reported statement stops: at the writer's own clause ("even though ...", a dash),
at a colon that hands over to a direct quote, at another cue's clause, and without a joiner
left dangling. Kept apart from reported.py for its length: reported.py calls `writer_cut`,
then `cut_statement`, on every span it has found.
"""

from __future__ import annotations

import re

from store.quotes.acting_subjects import owns_second_verb
from store.quotes.attributions import Event
from store.quotes.lexicon import FUNCTION_WORDS
from store.quotes.person_words import can_speak
from store.quotes.reported_runons import coordinated_end
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
    if end <= event.start:
        end = before_role(text, start, end)  # "S, the spokeswoman, Priya Anand, said": S
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


# "the spokeswoman", "a police spokeswoman", "its chief executive": a role written between
# commas before its holder's name, which closes the statement before them.
_ROLE_PIECE = re.compile(
    r",\s+(?:the|a|an|its|his|her|their|our)\s+(?P<words>[a-z][\w’'-]*(?:\s+[\w’'-]+){0,3}),\s*$"
)


def before_role(text: str, start: int, end: int) -> int:
    """Where a statement before its cue ends when a role between commas follows it ("The van
    was found, the spokeswoman, Priya Anand, said"): before the role, the holder's, not hers."""
    piece = _ROLE_PIECE.search(text, start, end)
    if piece is None or any(finite(word) for word in piece["words"].split()):
        return end
    return piece.start() if can_speak(piece["words"].split()[-1]) else end


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


# Writers' openers that are prepositions: after a comma the writer's remark on the statement
# ("…, despite the audits"), without one a phrase of the statement's own clause.
_PREPOSITIONS = frozenset(("despite", "in spite of"))


def speakers_own(opener: str, after: str, before_cue: bool) -> bool:
    """True for a writer's-clause opener that stays in the statement: before the cue ("S,
    while S2, Holm said"), or after it when the speaker's quoted words follow at once ("Holm
    said S while “...”": the marks show the clause is still his), or a preposition no comma
    parts from the statement ("Holm said he stays despite the losses")."""
    words = " ".join(opener.strip(" ,;").casefold().split())
    if words in _PREPOSITIONS and not opener.lstrip().startswith((",", ";")):
        return True  # "says he will keep it open despite losing …": no comma, his own clause
    if words not in _SPEAKERS_OWN and words.split()[:1] not in (["but"], ["yet"]):
        return False
    return before_cue or after.lstrip()[:1] in ("“", '"')


_OPENERS = "|".join(re.escape(o).replace(r"\ ", r"\s+") for o in WRITER_CLAUSE_OPENERS)
_APPOSITIVES = "|".join(re.escape(o).replace(r"\ ", r"\s+") for o in WRITER_APPOSITIVES)
# Where the writer's own clause begins: "even though ...", "; ...", a dash, "but"/"yet" + subject,
# "..., an admission that ...".
# (Every branch opens with a comma, semicolon, space or dash: the lookahead changes no match
# but lets the engine skip the other positions without trying each opener there.)
_WRITER = re.compile(
    rf"(?=[,;\s—–])(?:[,;]?\s+(?:{_OPENERS})\b|,\s+(?:{_APPOSITIVES})\b|;|\s[—–-]{{1,2}}\s|[—–]"
    r"|,\s+(?:but|yet)\s+(?:\w+ly\s+)?(?=(?P<subject>[\w’']+)))"  # "but (ultimately) Holm thinks"
)


# What joins a speaker's second act to the first: "said S and promised", "…, but added".
_JOINED = re.compile(r"(?:,?\s+(?:and|but)(?:\s+then|\s+also)?)\s*$")
_IRREGULAR_ACTS = frozenset(("said", "told", "wrote", "spoke", "put", "took", "gave"))
# Pasts that stand before a noun as adjectives ("her husband's peccadilloes and alleged
# peccadilloes"): a second act only with their "that".
_ADJECTIVE_PASTS = frozenset(("alleged", "reported", "noted", "stated", "purported", "supposed"))


def joined_act(text: str, start: int, other: Event, event: Event) -> bool:
    """True for a second verb of the statement's own speaker joined after it ("Kerr said the
    figures were “unacceptable” and promised a review"), in a tense of its own: "and tell" in
    "she had her staff field them and tell Kerr" is the statement's. A statement about someone
    else named as its subject ("Kerr noted that Dunn has criticized X and called him …") may
    go on with that person's verb, and so may a lower-case subject for people after a bare
    "and" ("said the police arrived late and told the crowd …", acting_subjects.py): left
    whole."""
    verb_start = other.end - len(other.verb)
    if other.speaker is not event.speaker or _JOINED.search(text, 0, verb_start) is None:
        return False
    statement = text[start:verb_start]
    if _names_another(statement, event) or owns_second_verb(statement):
        return False
    verb = other.verb.casefold()
    if verb in _ADJECTIVE_PASTS and text[other.end :].split()[:1] != ["that"]:
        return False
    return verb in _IRREGULAR_ACTS or inflected(verb)


def _names_another(statement: str, event: Event) -> bool:
    """True when a statement opens with a name (not a possessive's) other than its speaker's."""
    first = statement.split()[0].strip("“”\"',") if statement.split() else ""
    if not first[:1].isupper() or first.endswith(("'s", "’s")):
        return False
    names = event.speaker.name.split() if event.speaker is not None else []
    return first.casefold() not in FUNCTION_WORDS and first not in names


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
    end = coordinated_end(text, start, end, event.end)  # "said S, but last week the board …"
    for other in events:
        at = min(other.start, other.mention.start)
        if at <= start and other.verb.casefold() in REPORTING_PARTICIPLES:
            at = other.end - len(other.verb)  # "he would win, saying ...": a statement of its own
        elif at <= start and joined_act(text, start, other, event):
            at = other.end - len(other.verb)  # "said S and promised …": the speaker's next act
        if other is not event and start < at < end:
            if end <= event.start:
                return start, start  # a statement before its cue that holds another: not plain
            if new_clause(text[start:at]):
                end = at  # "the talks failed, and Holm said ...": Holm's words are not Berg's
    return start, drop_dangling(text, start, end)

"""What a report "found" is quoted from it: "A review of the unit found a “culture of denial”".

"found" is no speech verb: "she found a “nice little place”" quotes nobody, and "the police
found" names what they picked up. A report, review, inquiry, audit or study finds by writing,
so when such a document is the subject and a quote follows in the sentence, its words are the
quote's; whoever the document names as its author ("a report by the Harbour Board", "the
review, led by Dr Ada Moss,") speaks for it, else the document itself.
"""

from __future__ import annotations

import re

from store.quotes.lexicon import DETERMINERS, word_set
from store.quotes.marks import MASK
from store.quotes.mentions import Mention, MentionKind, read_mention
from store.quotes.person_words import singular
from store.quotes.sentences import end_of_sentence, start_of_sentence
from store.quotes.statement_words import FINDING_DOCUMENTS

FINDING_CUES = frozenset(("found", "finds"))
_FOUND = re.compile(r"\b(?:found|finds)\b")
# A finding is the document's words as the writer chose them, often a fragment of a longer
# text: held under the plain ways' 0.9, which no gold has measured on this cue.
FINDING = 0.85
# Between "found" and the marks, words that give the quote to a thing's text or to someone
# else: "a sign reading", "a note saying", "a letter headed", "a resident who begged staff".
_OTHER_WORDS = re.compile(
    r"\b(?:reading|read|reads|saying|says|said|marked|labelled|labeled|headed|titled|"
    r"entitled|inscribed|bearing|scrawled|written|who|whom)\b"
)
# Between the subject and the verb: "has found", "also found", "has since found".
_BETWEEN = re.compile(r"(?:\s+(?:has|have|had|also|since|now|further|previously))*\s*$")
# The document phrase opening the clause: "A review", "A 2019 study", "An independent
# inquiry into the fire", "A study published in ..." (the head then a prepositional tail).
# Not "Kerr's report": a person's paper is not her words in marks (test_quotes_no_speaker19),
# so no possessive opens it.
# Its opening, shared with it_documents.py: a determiner, then up to four modifiers, none of
# them a determiner (in "The firm commissioned an audit" a new phrase opens on "an").
DOCUMENT_OPENING = (
    r"(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Tt]wo|[Ss]everal)\s+"
    rf"(?:(?!(?:{'|'.join(sorted(DETERMINERS))})\s)[A-Za-z0-9][\w-]*\s+){{0,4}}?"
)
_DOCUMENT = re.compile(
    rf"{DOCUMENT_OPENING}(?P<head>[a-z]+)"
    r"(?P<tail>(?:\s+(?:published|commissioned|conducted|ordered|released))?"
    r"\s+(?:of|into|on|by|from|for|in)\s+[^,]*)?$"
)
# A panel that sits to judge finds in writing as its report does: "The disciplinary panel
# found that “…”", "The committee found the keeper “guilty of misconduct”".
_FINDERS = FINDING_DOCUMENTS | word_set("panel committee commission tribunal")
# The author a document names: "by the Harbour Board", "led by Dr Ada Moss".
_AUTHOR = re.compile(r"(?:^|\s)(?:(?:led|chaired|written|carried\s+out|commissioned)\s+)?by\s+")


def finding_events(
    text: str, ends: list[int], verbs: list[tuple[int, int, str]]
) -> list[tuple[Mention, str, int, int, bool]]:
    """(mention, verb, start, verb end, inverted) of each "found" whose subject is a document
    and after which a quote opens in the same sentence (the text is narration, marks kept),
    with none of the paragraph's speech `verbs` between them: "The survey found the same:
    61% of voters said it was “...”" quotes the voters."""
    if "found" not in text and "finds" not in text:
        return []  # most paragraphs: no scan
    found: list[tuple[Mention, str, int, int, bool]] = []
    for match in _FOUND.finditer(text):
        sentence_end = end_of_sentence(ends, match.end(), len(text))
        mark = text.find(MASK, match.end(), sentence_end)
        if mark < 0:
            continue  # "the review found that ...": reported, not a quote's cue
        if any(match.end() <= start < mark for start, _, _ in verbs):
            continue  # a nearer cue owns the quote
        if _OTHER_WORDS.search(text, match.end(), mark):
            continue  # "found a sign reading “...”", "a resident who begged “...”": not its words
        start = start_of_sentence(ends, match.start())
        mention = _document_mention(text, start, match.start())
        if mention is not None:
            found.append((mention, match.group(), mention.start, match.end(), False))
    return found


def _document_mention(text: str, start: int, verb_start: int) -> Mention | None:
    """The document (or its named author) that is the subject of the verb at verb_start."""
    end = start + len(text[start:verb_start].rstrip())
    between = _BETWEEN.search(text, start, end)
    end = between.start() if between else end
    aside_at, aside_end = -1, -1
    if text[end - 1 : end] == ",":
        # "The review, led by Dr Ada Moss, found": the phrase before the aside is the subject.
        aside_end, comma = end - 1, text.rfind(",", start, end - 1)
        if comma < 0:
            return None
        aside_at, end = comma + 1, comma
    # "However, the review found": the subject is the clause's last stretch without commas.
    begin = max(start, text.rfind(",", start, end) + 1)
    phrase = text[begin:end].strip()
    at = begin + len(text[begin:end]) - len(text[begin:end].lstrip())
    if phrase in ("It", "it") and aside_at < 0:
        # "It found that ... “...”": the body or document last named, as "it said" is.
        return Mention(phrase, MentionKind.PRONOUN, start=at, end=at + 2)
    subject = _DOCUMENT.fullmatch(phrase)
    if subject is None or singular(subject["head"]) not in _FINDERS:
        return None
    author = _author(subject["tail"], at + subject.start("tail")) if subject["tail"] else None
    if author is None and aside_at >= 0:
        author = _author(text[aside_at:aside_end], aside_at)
    if author is not None:
        return author
    named = phrase[: subject.end("head")]
    return Mention(named, MentionKind.ORGANISATION, name=named, start=at, end=at + len(named))


def _author(phrase: str, offset: int) -> Mention | None:
    """The name or body after "by" in a document's tail or aside, read to its end."""
    by = _AUTHOR.search(phrase)
    if by is None:
        return None
    rest = phrase[by.end() :].rstrip()
    named = read_mention(rest, offset + by.end())
    if named is None or named.kind not in (MentionKind.NAME, MentionKind.ORGANISATION):
        return None
    if named.end != offset + by.end() + len(rest):
        return None  # "by the close of the season": no author, a time
    return named

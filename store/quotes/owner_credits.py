"""A credit that names a quote's owner without a speech verb, right after its marks.

"“...” That quote from Mayor Bo Renn appeared in a flyer." and "“...,” in the words of Ada
Kerr." name whose words the marks hold; with no verb in reach, the quote was carried on to
whoever spoke before (0.73), giving one person's words to another. The credit is read from
the narration right after the closing mark: the next sentence's subject when it is a noun for
words owned "from"/"by" someone, or an "in X's words" phrase ending the quote's sentence.
"""

from __future__ import annotations

import re

from store.quotes.attributions import Event
from store.quotes.digest_items import digest_event
from store.quotes.lexicon import (
    PLAIN_PERSON_NOUNS,
    REMARK_PLACINGS,
    ROLE_WORDS,
    SENTENCE_ABBREVIATIONS,
    TIME_SPANS,
    word_set,
)
from store.quotes.marks import QuotedSpan
from store.quotes.mentions import Mention, MentionKind, read_mention
from store.quotes.people import position
from store.quotes.speakers import Cast

# A run of capitalised words (titles, initials, a possessive's name): the owner's name.
_NAME = r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,4}"
# "one top staffer", "a senior adviser": someone unnamed, whose words they still are.
_DESCRIPTION = r"(?:a|an|one|the)\s+[a-z][a-z -]{1,40}?"
_WORDS_NOUN = r"(?:quote|quotation|remarks?|comments?|words|lines?|statement|message|retort)"
# The next sentence opens on the words as its subject: "That quote from X", "Those words,
# from X,", "The remark by X".
# Or it names whose judgement they were: "That was the verdict of X", "Such is the view of
# X"; or where they came from: "The words came from parish councillor X". A lower-case title
# may open the name ("councillor Bo Renn"), but only role words: in "the reaction of fans of
# X" or "the view of critics like X" the words are other people's.
_VERDICT_NOUN = (
    r"(?:verdict|view|warning|assessment|opinion|judgment|judgement|reaction|advice"
    r"|message|plea|response|reply|answer|conclusion|prediction|promise|diagnosis)"
)
_TITLED_NAME = rf"(?P<roles>(?:[a-z]+\s+){{0,2}}){_NAME}"
_LOCAL_ROLES = word_set("councillor councilor councilman councilwoman parish city county town")
# An owner no name gives: "one shareholder", "the harbour master, Ewan Tolly" (the name set
# beside the description owns them). Plain words only, ended by the sentence, a comma or a
# word that places or times the remark ("one shareholder after the vote"); a description
# going on with "of" or "for" is read below as a whole, never as the name it ends on.
_PLAIN = r"(?:[a-z][\w’'-]*\s+){0,3}?[a-z][\w’'-]*"
_OPENER = r"(?:the|a|an|one|many|some|several|most|few)"  # "the verdict of many residents"
# The name beside the description must end its clause: in "the coach, Ivo Pennick’s
# assistant", "the union, Tom Lund believes" or "the jury, Judge Ada Kerr told the court" the
# name is someone else's, or the subject of a verb of its own, and the description owns them.
_APPOSED = rf"{_OPENER}\s+{_PLAIN},\s+(?P<apposed>{_NAME})(?=\s*[.,;!?]|\s*$)"
_PLACING = "(?:" + "|".join(sorted(REMARK_PLACINGS)) + ")"
_DESCRIBED = rf"(?P<described>{_OPENER}\s+{_PLAIN})(?=\s*[.,;]|\s+{_PLACING}\b)"
# "the view of one critic of Mayor X": someone described by another, whom the mention
# reader would take for the name at the end; the whole description owns the words.
_RELATED = (
    rf"(?P<related>(?:a|an|one)\s+{_PLAIN}\s+(?:of|for|to|at|with|from|in)\s+"
    r"[^.,;!?“”\"\x01]{1,60}?)(?=\s*[.,;!?]|$)"
)
_OWNER = rf"(?:{_APPOSED}|(?P<chunk>{_TITLED_NAME})|{_DESCRIBED}|{_RELATED})"
# "That was the message from X", "This is the verdict of X", "Those were the words of X":
# whose the words just quoted are.
_JUDGED = (
    rf"\s+(?:was|is|were|are)\s+(?:the|a)\s+(?:\w+\s+)?(?:{_VERDICT_NOUN}|{_WORDS_NOUN})"
    r"\s+(?:of|from)\s+"
)
_DEMONSTRATIVE = rf"(?:That|This|Such|Those|These){_JUDGED}"
_NEXT_SENTENCE = re.compile(
    rf"\s+(?:(?:That|This|The|Those|These)\s+{_WORDS_NOUN},?\s+(?:from|by)\s+"
    rf"|{_DEMONSTRATIVE}"
    rf"|(?:The|Those|These)\s+{_WORDS_NOUN}\s+came\s+from\s+)"
    rf"{_OWNER}"
)
# The same after a dash, lower case, the quote's sentence going on: "“...” – that was the
# verdict of X" (a paragraph opening on it credits the quote above: demonstrative_credits.py).
_DASHED = re.compile(rf"\s+[-–—]+\s+(?:that|this|those){_JUDGED}{_OWNER}")
PARAGRAPH_CREDIT = re.compile(rf"\s*{_DEMONSTRATIVE}{_OWNER}")
# The quote's own sentence goes on to name its owner, the credit inverted: "“...,” was the
# verdict of X", "“...,” came the reply from X" (with no owner named, own_credits.py keeps
# "came the reply" from carrying the last speaker on).
INVERTED_CREDIT = (
    rf",?\s+(?:(?:was|were)\s+(?:the|a)\s+(?:\w+\s+)?(?:{_VERDICT_NOUN}|{_WORDS_NOUN})\s+(?:of|from)"
    rf"|came\s+(?:the|a)\s+(?:\w+\s+)?{_VERDICT_NOUN}\s+from)\s+"
)
_INVERTED_CREDIT = re.compile(INVERTED_CREDIT + _OWNER)
# The quote's own sentence ends on its owner: "“...,” in Kerr's words." / "in the words of".
_IN_WORDS = re.compile(
    rf",?\s+in\s+(?:the\s+(?:own\s+)?words\s+of\s+(?P<chunk>{_NAME}|{_DESCRIPTION})\s*[.;,]"
    rf"|(?P<owner>{_NAME})[’']s\s+(?:own\s+)?words\s*[.;])"
)
_POSSESSIVE = re.compile(r"\w[’']s\b")
_OWNER_KINDS = frozenset((MentionKind.NAME, MentionKind.ORGANISATION, MentionKind.DESCRIPTION))
_CREDIT_VERB = "words"
_OWNER_GROUPS = ("chunk", "apposed", "described", "related", "owner")


def owner_credit(span: QuotedSpan, text: str, cast: Cast) -> Event | None:
    """The owner a credit right after the quote's closing mark names, as a speech event."""
    if not span.closed:
        return None
    if (digest := digest_event(text, span, cast)) is not None:
        return digest  # "HEADLINE “…” [Gazette]": a newsletter's item names its source
    after = span.close_at + 1
    ended = text[span.close_at - 1 : span.close_at] in (".", "!", "?")
    match = _DASHED.match(text, after) or (
        _NEXT_SENTENCE.match(text, after)
        if ended
        else _IN_WORDS.match(text, after) or _INVERTED_CREDIT.match(text, after)
    )
    if match is None:
        return None
    return owner_event(match, span.paragraph, cast)


def owner_event(match: re.Match[str], paragraph: int, cast: Cast) -> Event | None:
    """The event of a credit's match (its "chunk" or "owner" naming the words' owner)."""
    groups = match.groupdict()
    group = next(name for name in _OWNER_GROUPS if groups.get(name))
    if group in ("chunk", "apposed") and _POSSESSIVE.search(match[group]):
        return None  # "That remark from Bo Renn's rival": the rival's, not Renn's
    if group == "described" and not _owning_description(match[group]):
        return None
    if not _only_roles(match.groupdict().get("roles") or ""):
        return None
    if group == "related":
        # read as one description, never as the name its phrase ends on
        text, at = match[group], match.start(group)
        mention: Mention | None = Mention(
            text, MentionKind.DESCRIPTION, start=at, end=at + len(text)
        )
    else:
        mention = read_mention(_sentence_stop_cut(match[group]), match.start(group))
    if mention is None or mention.kind not in _OWNER_KINDS:
        return None
    speaker = cast.resolve(mention, position(paragraph, mention.start))
    if speaker is None and mention.kind != MentionKind.DESCRIPTION:
        return None
    # An unnamed owner no one in the cast fits still owns them: nobody's we can name.
    return Event(mention, _CREDIT_VERB, match.start(), match.end(), speaker)


def _owning_description(description: str) -> bool:
    """False for a description that owns no words of its own: a time ("the message of the
    day") or a bare person noun ("the words of a tired woman"), which says no more than "she"
    and so stands for whoever spoke before, to whom the quote is carried."""
    head = description.split()[-1].casefold()
    return head not in TIME_SPANS and head not in PLAIN_PERSON_NOUNS


def _only_roles(words: str) -> bool:
    """True when the lower-case words before the owner's name are all a title's."""
    return all(word in ROLE_WORDS or word in _LOCAL_ROLES for word in words.split())


def _sentence_stop_cut(chunk: str) -> str:
    """The owner's name without the full stop closing its sentence ("... of Ada Kerr."), kept
    on an abbreviation ("the Acme Corp.") or an initial."""
    if not chunk.endswith("."):
        return chunk
    last = chunk.split()[-1][:-1]
    if len(last) <= 1 or last.casefold() in SENTENCE_ABBREVIATIONS:
        return chunk
    return chunk[:-1]

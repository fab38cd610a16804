"""Who asks and who answers in an interview, as its intro and byline say.

An intro names both sides: "Mira Holt spoke to Julia Renner about her career." Counting names
alone ties the two, and the last speaker then is the interviewer, who asks the questions and
never answers them. The phrases that frame an interview say which side is which.

Some say it for sure: "Interview by X", a byline "By X", "Y was interviewed by X", "In an
interview with X, Y ...", "Y, in conversation with X", and a side described as press ("Renner
spoke with writer Mira Holt"): X asks. Others lean only, since narration uses them of anyone:
"X interviewed / spoke to / talked with / sat down with / caught up with Y" and "Y told X"
(with no clause after X: "told Holt about her years", never "told Holt the lab would close").
A leaning phrase breaks a tie of names; when it points away from the one named most, or from
the one person a headline names, nobody is taken: a wrong interviewee answers every question.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from store.models import SpeakerKind
from store.quotes.lexicon import ARTICLES, LIST_JOINS, PRESS_WORDS, ROLE_WORDS
from store.quotes.people import position
from store.quotes.speakers import Cast, Person

# "X spoke to Y": the subject before the verb, its object after; "Y told X" the other way.
_MEETING = re.compile(
    r"\b(?:interviewed|interviews"
    r"|(?:spoke|speaks|talked|talks|chatted|chats)\s+(?:to|with)"
    r"|(?:sat|sits)\s+down\s+with|(?:caught|catches)\s+up\s+with|(?P<told>told|tells))\s+"
)
# "Interview by X", "Questions by X", "as told to X" (X asks); "Y was interviewed by X".
_ASKED_BY = re.compile(
    r"\b(?:(?P<passive>(?:was|were|is|being)\s+interviewed\s+by)"
    r"|interview(?:ed)?(?:\s+conducted)?\s+by|questions\s+by|as\s+told\s+to)\s+",
    re.IGNORECASE,
)
# "In an interview with X, Y ...": X asks, the clause's subject after the comma answers.
_INTERVIEW_WITH = re.compile(r"(?:^|(?<=[.!?]\s))\s*In\s+an?\s+interview\s+with\s+")
# "Y, in conversation with X": X asks, Y (before the comma) answers.
_IN_CONVERSATION = re.compile(r",?\s+in\s+(?:a\s+)?conversation\s+with\s+")
# A byline alone in its paragraph: "By Mira Holt" (a few words, no sentence).
_BYLINE = re.compile(r"\s*By\s+(?=[A-Z])[^.!?]{0,60}$")
BYLINE_WORDS = 8  # "By Mira Holt and Bo Renn, Staff Writers": longer is a sentence
# Where an object's names end: a clause break or a preposition that opens what was talked of.
_OBJECT_END = re.compile(r"[,.;:!?()]|\s(?:about|on|for|in|at|after|before|during|over|of)\s")
# Lower-case words an object may hold and still be only the people spoken to.
_OBJECT_WORDS = PRESS_WORDS | ROLE_WORDS | ARTICLES | LIST_JOINS


@dataclass
class Sides:
    """The people (by casefolded surname) an interview's framing phrases put on each side."""

    asking: set[str] = field(default_factory=set)  # said for sure to ask: never answers
    answering: set[str] = field(default_factory=set)  # said for sure to answer
    leaning: Counter[str] = field(default_factory=Counter)  # > 0 answers, < 0 asks


def _surnames(people: list[Person]) -> set[str]:
    return {person.name.split()[-1].casefold() for person in people}


def _people_in(cast: Cast, paragraph: int, start: int, end: int) -> list[Person]:
    """The full-named people narration names between two offsets of a paragraph."""
    low, high = position(paragraph, start), position(paragraph, end)
    return [
        person
        for at, person in cast.named
        if low <= at < high and person.kind == SpeakerKind.PERSON and " " in person.name
    ]


def _subject(cast: Cast, paragraph: int, start: int, end: int) -> list[Person]:
    """The sentence's subject before a verb: the speaker of the verb's own speech event, else
    the first person named ("Ines Cardoso, principal of Westbrook High, spoke": Cardoso)."""
    low, high = position(paragraph, start), position(paragraph, end)
    spoke = [person for at, person in cast.spoke if low <= at < high and " " in person.name]
    return spoke[-1:] or _people_in(cast, paragraph, start, end)[:1]


def _press(text: str) -> bool:
    return any(word.strip(",.").casefold() in PRESS_WORDS for word in text.split())


def _object_end(text: str, start: int) -> int:
    stop = _OBJECT_END.search(text, start)
    return stop.start() if stop else len(text)


def _sentence_start(text: str, end: int) -> int:
    return max(text.rfind(mark, 0, end) for mark in ".!?") + 1


def _only_people(words: str) -> bool:
    """True when an object is names and the words beside names ("Ledger writer Mira Holt"),
    no clause ("told Holt the lab would close" reports what was told)."""
    return all(w[:1].isupper() or w.casefold() in _OBJECT_WORDS for w in words.split())


def _read_meeting(
    cast: Cast, paragraph: int, text: str, match: re.Match[str], sides: Sides
) -> None:
    """Which named person a meeting phrase ("X spoke to Y", "Y told X") puts on which side."""
    start = _sentence_start(text, match.start())
    subject = _surnames(_subject(cast, paragraph, start, match.start()))
    end = _object_end(text, match.end())
    objects = _surnames(_people_in(cast, paragraph, match.end(), end))
    if not _only_people(text[match.end() : end]):
        return
    if _press(text[match.end() : end]) and not _press(text[start : match.start()]):
        sides.asking |= objects  # "Renner spoke with Ledger writer Mira Holt"
        sides.answering |= subject
    elif match["told"]:
        if subject and objects:  # "Y told X": only between two named people
            sides.leaning.update(dict.fromkeys(subject, 1))
            sides.leaning.subtract(dict.fromkeys(objects, 1))
    elif not objects:
        sides.leaning.update(dict.fromkeys(subject, 1))  # "Renner spoke to the Ledger"
    else:
        sides.leaning.subtract(dict.fromkeys(subject, 1))
        sides.leaning.update(dict.fromkeys(objects, 1))


def _read_paragraph(cast: Cast, paragraph: int, text: str, intro: bool, sides: Sides) -> None:
    """The framing phrases of one paragraph (an intro's all of them, a later one its byline)."""
    for match in _ASKED_BY.finditer(text):
        end = _object_end(text, match.end())
        sides.asking |= _surnames(_people_in(cast, paragraph, match.end(), end))
        if match["passive"]:
            start = _sentence_start(text, match.start())
            sides.answering |= _surnames(_subject(cast, paragraph, start, match.start()))
    if _BYLINE.match(text) and len(text.split()) <= BYLINE_WORDS:
        sides.asking |= _surnames(_people_in(cast, paragraph, 0, len(text)))
    if not intro:
        return
    for match in _MEETING.finditer(text):
        _read_meeting(cast, paragraph, text, match, sides)
    for match in _INTERVIEW_WITH.finditer(text):
        comma = text.find(",", match.end())
        answerer = _people_in(cast, paragraph, comma, _object_end(text, comma + 1))[:1]
        if comma > 0 and answerer:  # "In an interview with the Ledger, Renner said": no asker
            sides.asking |= _surnames(_people_in(cast, paragraph, match.end(), comma))
            sides.answering |= _surnames(answerer)
    for match in _IN_CONVERSATION.finditer(text):
        start = _sentence_start(text, match.start())
        askers = _people_in(cast, paragraph, match.end(), _object_end(text, match.end()))
        sides.asking |= _surnames(askers)
        sides.answering |= _surnames(_subject(cast, paragraph, start, match.start()))


def interview_sides(cast: Cast, first_turn: int, turns: set[int]) -> Sides:
    """Who asks and who answers, by the phrases of the paragraphs before the first turn and the
    bylines of any paragraph that is no turn (a credit may close the interview)."""
    sides = Sides()
    for paragraph in sorted(cast.texts):
        if paragraph not in turns:
            intro = paragraph < first_turn
            _read_paragraph(cast, paragraph, cast.texts[paragraph], intro, sides)
    sides.answering -= sides.asking  # a side said both ways asks: it never answers
    return sides


def chosen_interviewee(
    cast: Cast, paragraph: int, previous: Person | None, sides: Sides
) -> Person | None:
    """The one who answers: framed so, else named most of those not asking; on a tie nobody."""
    before = position(paragraph, 0)
    # Counted by surname: "actress Ada Kerr" in the headline and "Ada Kerr" are one person.
    times: Counter[str] = Counter()
    last: dict[str, Person] = {}
    headline: set[str] = set()
    for at, person in cast.named:
        if at < before and person.kind == SpeakerKind.PERSON and " " in person.name:
            surname = person.name.split()[-1].casefold()
            if surname not in sides.asking:  # the interviewer, however often named, asks
                times[surname] += 1
                last[surname] = person
                headline |= {surname} if at < 0 else set()
    if not times:
        asks = previous is not None and _surnames([previous]) & sides.asking
        return None if asks else previous
    return _pick(times, last, headline, sides)


def _pick(
    times: Counter[str], last: dict[str, Person], headline: set[str], sides: Sides
) -> Person | None:
    """The interviewee among the counted: framed for sure, else framed leaning and named as
    often as anyone, else the one named most, unless a phrase leans them to asking."""
    most = [s for s in times if times[s] == max(times.values())]
    sure = [s for s in times if s in sides.answering]
    if len(sure) == 1:
        return last[sure[0]]  # "In an interview with Mira Holt, Julia Renner ...": Renner
    leaning = [s for s in times if sides.leaning[s] > 0]
    # The one headline name vouches against a leaning phrase, which may be narration's.
    vouched = headline if len(headline) == 1 else set(times)
    if not sure and len(leaning) == 1 and leaning[0] in most and leaning[0] in vouched:
        return last[leaning[0]]  # "Mira Holt spoke to Julia Renner": the tie broken
    if len(most) == 1 and (sides.leaning[most[0]] >= 0 or most[0] in headline):
        return last[most[0]]
    return None  # "Ada Kerr and Bo Renn answered": no one interviewee, or phrases disagree

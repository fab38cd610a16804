"""Whom a Russian newspaper interview is with, when the page makes that clear.

An interview's answers carry no verb of saying, so their speaker is read off the page around
them: the person the headline quotes ("Фрол Орешкин: «…»"), the title opens with ("Фрол
Орешкин — о переправе"), the lede says answers ("… рассказал глава района Фрол Орешкин", "в
интервью «Вестнику» …"), the first question addresses ("— Фрол Ильич, …?"). The last person
named before the questions is no such sign: a lede often names someone else after the
interviewee ("Ранее губернатор Олег Смирнов …"). When the signs disagree, or there is none and
the lede names more than one person, the interview is nobody's rather than a guess's.
"""

from __future__ import annotations

import re

from store.models import Quote, SpeakerKind
from store.quotes.ru.cast import PARAGRAPH_STRIDE, Cast, Person, position
from store.quotes.ru.layout import sentence_ends

# The lede's words for giving an interview: "рассказал", "в интервью", "в беседе с".
_INTERVIEW_CUE = re.compile(
    r"(?<![\w-])(?:рассказал[аи]?|интервью|в беседе|ответил[аи]? на вопросы|"
    r"поделил(?:ся|ась|ись))(?![\w-])",
    re.IGNORECASE,
)
# A question's address: a first name and a patronymic, or a first name alone, then a comma.
_ADDRESS = re.compile(
    r"^\s*[—–]\s+(?P<first>[А-ЯЁ][а-яё]+)(?:\s+[А-ЯЁ][а-яё]+(?:вич|вна|ична|инична|ич))?,"
)


def interviewee(
    quotes: list[Quote], paragraphs: tuple[str, ...], cast: Cast, title: str, first_question: int
) -> Person | None:
    """The one person the page's signs agree the interview is with, else None."""
    people = _named_before(cast, first_question)
    signs = [
        _headline_speaker(quotes, cast),
        _title_subject(title, cast),
        _lede_subject(paragraphs, first_question, cast),
        _addressed(paragraphs[first_question], people),
    ]
    found = {id(person): person for person in signs if person is not None}
    if len(found) == 1:
        return next(iter(found.values()))
    if found:
        return None  # the signs name different people: unclear
    distinct = {id(person): person for person in people}
    return next(iter(distinct.values())) if len(distinct) == 1 else None


def _named_before(cast: Cast, first_question: int) -> list[Person]:
    return [
        person
        for at, person in cast.seen
        if at < position(first_question, 0) and person.kind == SpeakerKind.PERSON
    ]


def _headline_speaker(quotes: list[Quote], cast: Cast) -> Person | None:
    headline = next((q for q in quotes if q.paragraph is None and q.speaker), None)
    return cast.people.get(headline.speaker or "") if headline is not None else None


def _title_subject(title: str, cast: Cast) -> Person | None:
    """The one person the title names, when the title opens with them."""
    named = {id(p): p for at, p in cast.seen if at < 0 and p.kind == SpeakerKind.PERSON}
    if len(named) != 1:
        return None
    person = next(iter(named.values()))
    opened = any(title.startswith(written) for written in (person.name, *person.names))
    return person if opened else None


def _lede_subject(paragraphs: tuple[str, ...], first_question: int, cast: Cast) -> Person | None:
    """The person named nearest an interview cue in its sentence, when the cues agree."""
    found: dict[int, Person] = {}
    for index in range(first_question):
        text = paragraphs[index]
        for cue in _INTERVIEW_CUE.finditer(text):
            start, end = _sentence_around(text, cue.start())
            person = _nearest(cast, index, start, end, cue.start())
            if person is not None:
                found[id(person)] = person
    return next(iter(found.values())) if len(found) == 1 else None


def _sentence_around(text: str, at: int) -> tuple[int, int]:
    ends = sentence_ends(text)
    start = max((end for end in ends if end <= at), default=0)
    end = min((end for end in ends if end > at), default=len(text))
    return start, end


def _nearest(cast: Cast, paragraph: int, start: int, end: int, cue: int) -> Person | None:
    base = paragraph * PARAGRAPH_STRIDE
    near = [
        (abs(at - base - cue), person)
        for at, person in cast.seen
        if base + start <= at < base + end and person.kind == SpeakerKind.PERSON
    ]
    return min(near, key=lambda pair: pair[0])[1] if near else None


def _addressed(question: str, people: list[Person]) -> Person | None:
    """The person named before whose first name the first question opens with."""
    address = _ADDRESS.match(question)
    if address is None:
        return None
    first = address["first"]
    matching = {id(p): p for p in people if " " in p.name and p.name.split()[0] == first}
    return next(iter(matching.values())) if len(matching) == 1 else None

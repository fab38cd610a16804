"""A newspaper interview's turns: "— Будут ли новые закрытия?" / "— Нет. Школы закрывать не
будем."

An interview sets its questions and answers out as paragraphs opened by a dash, with no verb
of saying: the questions are the paper's, the answers the person the page says is interviewed
(store.quotes.ru.interviewee), and nobody's when that is unclear. The page's layout, not a cue,
names them, so they are LAYOUT ("probably"), never NAMED. A paragraph with no dash right after an
answer goes on with it when it speaks in the first person ("Поэтому … Как сказал мне …"); a
paper's aside ("По данным Сурскстата, …") does not. A quote with no speaker inside an answer
is the interviewee quoting someone: part of the answer, not a quote of its own."""

from __future__ import annotations

import re

from store.models import AttributionHow, Quote, QuoteKind
from store.quotes.confidence import confidence_of
from store.quotes.ru.cast import Cast, Person
from store.quotes.ru.interviewee import interviewee

_TURN = re.compile(r"^\s*[—–]\s+")
MIN_QUESTIONS = 2  # one dashed question is dialogue, two an interview
_FIRST_PERSON = re.compile(
    r"(?<![\w-])(?:я|мы|мне|нам|нас|меня|мной|нами|мой|моя|мое|моё|"
    r"мои|наш|наша|наше|наши|нашей|нашего|наших|нашим)(?![\w-])",
    re.IGNORECASE,
)


def interview_answers(
    quotes: list[Quote], paragraphs: tuple[str, ...], cast: Cast, title: str
) -> list[Quote]:
    """The quotes with an interview's answers added as its interviewee's, when it is one."""
    questions = [i for i, text in enumerate(paragraphs) if _is_question(text)]
    if len(questions) < MIN_QUESTIONS:
        return quotes
    who = interviewee(quotes, paragraphs, cast, title, questions[0])
    if who is None:
        return quotes
    answers = _answers(paragraphs, questions[0], quotes)
    kept = [q for q in quotes if q.speaker is not None or q.paragraph not in answers]
    return kept + [_answer(paragraphs[i], i, who) for i in sorted(answers)]


def _is_question(text: str) -> bool:
    return _TURN.match(text) is not None and text.rstrip().endswith("?")


def _answers(paragraphs: tuple[str, ...], first: int, quotes: list[Quote]) -> set[int]:
    """The paragraphs that answer: the turns alternate from the first question on (a turn
    after an answer asks, "— Но содержать такую школу дорого." too, as one ending in "?"
    does), and a first-person paragraph with no dash goes on with the answer before it;
    never a paragraph a cue already gives someone."""
    cued = {q.paragraph for q in quotes if q.speaker is not None and q.kind == QuoteKind.DIRECT}
    answers: set[int] = set()
    asked = False  # the last turn was a question
    for index in range(first, len(paragraphs)):
        text = paragraphs[index]
        if not _TURN.match(text):
            if index - 1 in answers and index not in cued and _FIRST_PERSON.search(text):
                answers.add(index)
            continue
        if index in cued:
            continue  # dialogue: "— Мы готовы, — сказал он."
        if asked and not _is_question(text):
            answers.add(index)
            asked = False
        else:
            asked = True
    return answers


def _answer(text: str, index: int, who: Person) -> Quote:
    turn = _TURN.match(text)
    start = turn.end() if turn else 0
    end = len(text.rstrip().rstrip("."))
    return Quote(
        text=text[start:end],
        speaker=who.name,
        role=who.roles[0] if who.roles else None,
        cue=None,
        kind=QuoteKind.DIRECT,
        paragraph=index,
        start=start,
        end=end,
        how=AttributionHow.LAYOUT,
        confidence=confidence_of(AttributionHow.LAYOUT),
    )

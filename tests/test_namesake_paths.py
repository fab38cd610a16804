"""A quote credited by a surname two people of its article bear is hedged the same way on
every path that shows it: a who-said answer, /quote, a follow's notification, `ask --json`."""

from __future__ import annotations

import io
import json
from collections.abc import Callable

import pytest
from sqlite_utils import Database

from bot.console import ask
from handlers.answer import answer_question
from handlers.follows import notification_answer
from store.ingest.batch import store_article
from store.ingest.text import parse_text
from store.live.follows import add_follow, claim_delivery, pending_deliveries, queue_deliveries

# Invented. The other Marsh is named in the quote's own paragraph, after its cue.
SAME_PARAGRAPH = """Ferry fares to rise

PORTLAND, June 4. /WIRE/. Transport Minister Lena Marsh announced higher ferry fares on Monday.

"The fares must cover the cost of fuel," Marsh said, while councillor Paul Marsh shook his head.
"""
# The other Marsh is named in the title only.
IN_TITLE = """Paul Marsh attacks ferry fares

PORTLAND, June 4. /WIRE/. Transport Minister Lena Marsh announced higher ferry fares on Monday.

"The fares must cover the cost of fuel," Marsh said.
"""
# Two men of one surname: the verb's gender does not tell them apart.
RUSSIAN = """Тарифы на паром вырастут

ОСТРОВСК, 4 июня. /ТАСС/. Министр транспорта Павел Сомов объявил о повышении тарифов.

«Тарифы должны покрывать стоимость топлива», — сказал Сомов, а депутат Олег Сомов покачал головой.
"""
# The headline credits a bare surname, which both bear.
HEADLINE = """Marsh: ferry fares will rise in September

PORTLAND, June 4. /WIRE/. Transport Minister Lena Marsh announced higher ferry fares on Monday.

Councillor Paul Marsh called the rise a tax on islanders.
"""
# Stored first, so the follow is of a speaker the store knows.
PRIMERS = {
    "Lena Marsh": 'Ferry profits\n\nPORTLAND, May 1. /WIRE/. "Fares are fair," '
    "Transport Minister Lena Marsh said on Friday.\n",
    "Павел Сомов": "Паромы\n\nОСТРОВСК, 1 мая. /ТАСС/. «Паромы нужны всем», — сказал "
    "министр транспорта Павел Сомов.\n",
}
EN_WHO = "who said the fares must cover the cost of fuel?"
RU_WHO = "кто сказал, что тарифы должны покрывать стоимость топлива?"
EN_NOTE = ("probably Lena Marsh", "the article names more than one “Marsh”")
RU_NOTE = ("вероятно, Павел Сомов", "в статье не один человек с фамилией «Сомов»")
CASES = [
    (SAME_PARAGRAPH, "Lena Marsh", EN_WHO, EN_NOTE),
    (IN_TITLE, "Lena Marsh", EN_WHO, EN_NOTE),
    # The Сомов named before the cue, as the English Marsh (issue 13: not the one after it).
    (RUSSIAN, "Павел Сомов", RU_WHO, RU_NOTE),
    (HEADLINE, "Lena Marsh", "who said ferry fares will rise in September?", EN_NOTE),
]


def _who_said(db: Database, speaker: str, who: str) -> str:
    return answer_question(db, who).text


def _quote_command(db: Database, speaker: str, who: str) -> str:
    return answer_question(db, f"/quote {speaker}").text


def _notification(db: Database, speaker: str, who: str) -> str:
    [(chat_id, article_id)] = pending_deliveries(db)
    note = claim_delivery(db, chat_id, article_id)
    assert note is not None
    return notification_answer(note).text


def _ask_json(db: Database, speaker: str, who: str) -> str:
    out = io.StringIO()
    ask(db, who, as_json=True, stdin=io.StringIO(), out=out)
    return str(json.loads(out.getvalue())["text"])


PATHS: list[Callable[[Database, str, str], str]] = [
    _who_said,
    _quote_command,
    _notification,
    _ask_json,
]


@pytest.mark.parametrize("path", PATHS, ids=lambda path: path.__name__)
@pytest.mark.parametrize(
    ("text", "speaker", "who", "note"),
    CASES,
    ids=["same-paragraph", "in-title", "russian", "headline"],
)
def test_a_shared_surname_is_hedged_on_every_path(
    fresh_db: Database,
    path: Callable[[Database, str, str], str],
    text: str,
    speaker: str,
    who: str,
    note: tuple[str, str],
) -> None:
    store_article(fresh_db, parse_text(PRIMERS[speaker]))
    add_follow(fresh_db, 1, speaker)
    store_article(fresh_db, parse_text(text))
    queue_deliveries(fresh_db)
    shown = path(fresh_db, speaker, who)
    probably, because = note
    assert probably.casefold() in shown.casefold() and because in shown, shown


@pytest.mark.parametrize(
    ("title", "lead"),
    [
        ("Marsh: ferry fares will rise in September", "The headline attributes these words to "
         "probably Lena Marsh, Transport Minister (the article names more than one “Marsh”):"),
        # The headline names her in full: no doubt which Marsh it means.
        ("Lena Marsh: ferry fares will rise in September", "The headline attributes these "
         "words to Lena Marsh, Transport Minister:"),
    ],
)  # fmt: skip
def test_a_headline_crediting_a_shared_surname_is_hedged(
    fresh_db: Database, title: str, lead: str
) -> None:
    store_article(fresh_db, parse_text(HEADLINE.replace(HEADLINE.splitlines()[0], title)))
    answer = answer_question(fresh_db, "who said ferry fares will rise in September?")
    assert answer.lead == lead

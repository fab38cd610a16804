"""Only people are namesakes (issue 11): a group credited as one ("Kerr and Hale") or a
description that ends in a surname ("A spokesman for Kerr") is no second Kerr or Hale, so an
answer from a bare surname is not hedged for them (store/search/namesakes.py). Invented."""

from __future__ import annotations

import pytest
from sqlite_utils import Database

from handlers.answer import answer_question
from store.ingest.batch import store_article
from store.ingest.text import parse_text

FAIR = """Fair to open in May

HAVENPORT, March 3. /WIRE/. Mayor Ada Kerr opened the spring fair on Tuesday, with councillor Tom Hale.

"The stalls will be free," Kerr and Hale said in a joint statement. A spokesman for Kerr said the fair would need no tickets.

"The fair will run all month," Kerr said. "Every stall is paid for," Hale said.
"""
# The same, with a second Kerr named before the cue: hedged, as ever.
NAMESAKE = FAIR.replace("A spokesman for Kerr", "Her cousin Rob Kerr")

CASES = [
    # (article, question, the answer's lead)
    (FAIR, "who said the fair will run all month?", "Ada Kerr, Mayor, said it:"),
    (FAIR, "who said every stall is paid for?", "Tom Hale said it:"),
    (
        NAMESAKE,
        "who said the fair will run all month?",
        "Probably Ada Kerr, Mayor (the article names more than one “Kerr”):",
    ),
]


@pytest.mark.parametrize(("text", "question", "lead"), CASES)
def test_only_people_are_namesakes(fresh_db: Database, text: str, question: str, lead: str) -> None:
    store_article(fresh_db, parse_text(text))
    assert answer_question(fresh_db, question).lead == lead

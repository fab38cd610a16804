"""Traps review27a found in the cue27 and layout27 rules (fix27a).

Every case is invented: names, places and words belong to no corpus.
"""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes


def _direct(title: str, *paragraphs: str) -> dict[str, str | None]:
    article = Article(title=title, paragraphs=paragraphs)
    return {q.text: q.speaker for q in extract_quotes(article).quotes if q.kind == "direct"}


# store.quotes.owner_credits: the name beside a description owns the words only when it ends
# the clause; a possessive ("X's assistant") or a verb after it ("X believes", "X said")
# leaves the description as the owner.
@pytest.mark.parametrize(
    ("paragraphs", "quote", "speaker"),
    [
        (
            (
                "Rovers lost 3-0 at Marl Park.",
                "“We were a shambles.” Those were the words of the coach, Ivo Pennick’s "
                "assistant.",
            ),
            "We were a shambles.",
            "the coach",
        ),
        (
            (
                "The vote was held in Carran.",
                "“We have been taken for fools.” That was the verdict of one shareholder, Ada "
                "Kerr's husband.",
            ),
            "We have been taken for fools.",
            "one shareholder",
        ),
        (
            (
                "The strike began on Monday.",
                "“Pay us or we stay out.” That is the view of the union, Tom Lund believes.",
            ),
            "Pay us or we stay out.",
            "the union",
        ),
        (
            (
                "The trial of Ivo Pennick ended on Friday in Calder.",
                "“Guilty.” That was the verdict of the jury, Judge Ada Kerr told the court.",
            ),
            "Guilty.",
            "the jury",
        ),
        (
            (
                "The Brindle council voted on the bypass on Monday.",
                "“The road must go ahead.” That was the view of the majority, Ada Kerr said.",
            ),
            "The road must go ahead.",
            "the majority",
        ),
        # A bare person noun says no more than "she": the quote stays with who spoke before.
        (
            (
                "Ada Kerr told the meeting she would resign.",
                "“I am done.” Those were the words of a tired woman.",
            ),
            "I am done.",
            "Ada Kerr",
        ),
        # The name ends its clause: it is the description's, and owns the words (kept).
        (
            (
                "Ada Kerr and Tom Lund clashed.",
                "“Cut taxes now.” That was the view of a rival, Tom Lund, who spoke after Ada "
                "Kerr.",
            ),
            "Cut taxes now.",
            "Tom Lund",
        ),
    ],
)
def test_apposed_credit_needs_the_name_to_end_its_clause(
    paragraphs: tuple[str, ...], quote: str, speaker: str
) -> None:
    assert _direct("Report", *paragraphs).get(quote) == speaker


# A time is no owner: "the message of the day" is nobody's.
def test_a_time_owns_no_words() -> None:
    found = _direct(
        "Rally",
        "The rally ended in Brindle.",
        "“Never again.” That was the message of the day, Mayor Tam Hale told reporters.",
    )
    assert found.get("Never again.") != "the day"


# store.quotes.it_documents: only a document's verb ("found", "concluded"), and only a
# document opening its clause, makes the "it" the document.
@pytest.mark.parametrize(
    "paragraph",
    [
        "The firm commissioned an audit last year after the leak. It said on Monday that “we "
        "will fix this”.",
        "The company published the survey on Monday. It said “fares will rise”.",
        "The health ministry released the report on Friday. It said “waiting lists will fall”.",
        "The review of the storm damage is due in May. It said “roads will reopen”.",
        # A finding verb, but a body was the subject: the "it" may be the body.
        "The firm commissioned an audit last year. It found that “the books were a mess”.",
        "The health ministry released the report on Friday. It concluded “lists will fall”.",
    ],
)
def test_it_is_no_document_after_a_body(paragraph: str) -> None:
    assert set(_direct("News", paragraph).values()) == {None}


# store.quotes.full_name_labels: repeated name labels without a question are a list.
@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "The Brindle election is on Thursday.",
            "Ada Kerr: Monday 9am, Town Hall.",
            "Tom Lund: Monday noon, Library.",
            "Ada Kerr: Tuesday 2pm, Carran market.",
        ),
        (
            "These roads are closed this week.",
            "Victoria Road: closed until Friday.",
            "Grace Street: one lane only.",
            "Victoria Road: night works from Monday.",
        ),
        (
            "Brindle council results.",
            "Ada Kerr: 4,120 votes (Zone 1).",
            "Tom Lund: 3,800 votes (Zone 1).",
            "Ada Kerr: 2,010 votes (Zone 2).",
        ),
        (
            "The new cabinet was named on Monday.",
            "Ada Kerr: moves from health to finance.",
            "Tom Lund: stays at defence.",
            "Ada Kerr: also deputy leader.",
        ),
        (
            "The storm hit the coast.",
            "Georgia Power: 40,000 homes without power.",
            "Florence County: schools closed.",
            "Georgia Power: crews at work overnight.",
        ),
    ],
)
def test_name_labels_without_questions_are_no_turns(paragraphs: tuple[str, ...]) -> None:
    assert set(_direct("List", *paragraphs).values()) <= {None}


# Kept: an interview whose questioner is named by a label of her own.
def test_named_questioner_interview_keeps_its_turns() -> None:
    found = _direct(
        "Talking chemistry",
        "Mira Holt spoke to the chemist.",
        "Mira Holt: When did you start?",
        "Julia Renner: I started in 2009 in a small lab in Dunmere.",
        "Mira Holt: What changed?",
        "Julia Renner: Everything changed when the grant came.",
    )
    assert "Julia Renner" in found.values()

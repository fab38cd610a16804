"""People named but not quoted are said to be so; a bare name means that speaker's quotes."""

from __future__ import annotations

import pytest
from sqlite_utils import Database

from handlers.answer import answer_question
from handlers.records import AnswerKind
from store.ingest.batch import reextract_quotes, store_article
from store.ingest.text import parse_text
from store.models import Article


@pytest.fixture
def seeded(fresh_db: Database, seed_text: str) -> Database:
    store_article(fresh_db, parse_text(seed_text))
    return fresh_db


@pytest.mark.parametrize("question", ["what did Karasin say?", "what did grigory karasin say?"])
def test_someone_named_but_never_quoted_is_said_to_be(seeded: Database, question: str) -> None:
    answer = answer_question(seeded, question)
    assert answer.kind == AnswerKind.NO_MATCH
    assert "is mentioned in 1 article but not quoted" in answer.lead
    (hit,) = answer.hits
    assert "Grigory Karasin" in hit.snippet and hit.quote is None  # a paragraph, not a quote


def test_someone_never_named_is_still_unknown(seeded: Database) -> None:
    answer = answer_question(seeded, "what did Petrova say?")
    assert answer.lead.startswith("I don't know anyone called “Petrova”")


@pytest.mark.parametrize("question", ["Lavrov", "sergey lavrov"])
def test_a_bare_speaker_name_is_their_quotes(seeded: Database, question: str) -> None:
    answer = answer_question(seeded, question)
    assert answer.kind == AnswerKind.SPEAKER_QUOTES
    assert answer.lead.startswith("What Sergey Lavrov said")


def mentions(db: Database) -> list[tuple[str, str]]:
    return [
        (str(p), str(n)) for p, n in db.execute("SELECT person, name FROM mentions ORDER BY 1, 2")
    ]


def test_mentions_follow_the_article_through_updates_and_reindex(fresh_db: Database) -> None:
    first = Article(
        title="Harbour",
        url="https://example.org/h",
        paragraphs=('"The dock reopens," said Marta Quill after meeting Jonas Brekke.',),
    )
    store_article(fresh_db, first)
    assert mentions(fresh_db) == [("Jonas Brekke", "Brekke"), ("Jonas Brekke", "Jonas Brekke")]
    changed = Article(
        title="Harbour",
        url="https://example.org/h",
        paragraphs=('"The dock reopens," said Marta Quill after meeting Elin Varg.',),
    )
    store_article(fresh_db, changed)  # updated in place: Brekke is no longer named
    assert [person for person, _ in mentions(fresh_db)] == ["Elin Varg", "Elin Varg"]
    fresh_db.execute("DELETE FROM mentions")
    reextract_quotes(fresh_db)
    assert [person for person, _ in mentions(fresh_db)] == ["Elin Varg", "Elin Varg"]


# Invented: a name only inside someone's quote, where the extractor lists no mention.
UNDER_QUOTE = Article(
    title="Harbour treaty",
    url="https://example.org/treaty",
    paragraphs=(
        '"We signed the treaty under Osric Penhallow, not under the harbour board," '
        "said Marta Quill.",
    ),
)


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("what did Penhallow say?", "“Penhallow” is mentioned in 1 article but not quoted"),
        ("what did osric penhallow say?", "“osric penhallow” is mentioned in 1 article"),
        # Words the text writes in lower case are no name: still unknown.
        ("what did the harbour board say?", "I don't know anyone called “the harbour board”"),
        ("what did Osric Quill say?", "I don't know anyone called “Osric Quill”"),
    ],
)
def test_a_name_written_only_in_the_text_is_mentioned(
    fresh_db: Database, question: str, lead: str
) -> None:
    store_article(fresh_db, UNDER_QUOTE)
    answer = answer_question(fresh_db, question)
    assert answer.lead.startswith(lead), answer.lead
    if "mentioned" in lead:
        (hit,) = answer.hits
        assert "Osric Penhallow" in hit.snippet


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        # "He" opens the seed's sentences: a capital at a sentence's start is no name.
        ("what did he say?", "“he” could be anyone: ask with a name or a role."),
        ("what did she say about embassies?", "“she” could be anyone: ask with a name or a role."),
        ("что сказала она?", "«она» — это может быть кто угодно: спросите по имени или должности."),
    ],
)
def test_a_pronoun_asked_as_a_speaker_asks_for_a_name(
    seeded: Database, question: str, lead: str
) -> None:
    answer = answer_question(seeded, question)
    assert answer.kind == AnswerKind.NO_MATCH and not answer.hits
    assert answer.lead.startswith(lead), answer.lead

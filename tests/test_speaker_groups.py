"""What several people said together is each one's words too: a member's quotes and follows
take in the list's statements, and only where the list plainly means that person."""

from __future__ import annotations

import pytest
from sqlite_utils import Database

from handlers.answer import answer_question
from store.ingest.batch import store_article
from store.live.follows import add_follow, claim_delivery, pending_deliveries, queue_deliveries
from store.models import Article
from store.quotes.extract import extract_quotes
from store.quotes.mentions import read_mention
from store.search.groups import members

BRIDGE = Article(
    title="Senators demand answers on the bridge",
    paragraphs=(
        "WASHINGTON, May 3 (Reuters) - Three senators pressed the transport agency on Tuesday.",
        "“We want every inspection report on our desks by Friday,” Senators Mara Quist, "
        "Tom Bell and Ada Ruiz said in a joint letter.",
        "Quist later told reporters: “Nobody should drive over that bridge until we know.”",
    ),
)
HARBOUR = Article(
    title="The harbour reopens",
    paragraphs=(
        "Mayor Ada Kerr opened the harbour on Monday. “The boats come back next spring,” Kerr "
        "said.",
        "“We will dredge the channel twice a year,” Kerr, Dorn and Pell said in a statement.",
    ),
)
FLOOD = Article(
    title="Farmers count the cost",
    paragraphs=("Tom Kerr, a farmer, watched the flood. “We lost every field,” Kerr said.",),
)
TALKS = Article(
    title="Москва ждёт шагов от Тбилиси",
    paragraphs=(
        "МОСКВА, 22 июля. /ТАСС/. Министры провели встречу в столице.",
        "«Мы готовы к диалогу с соседями», — заявили Сергей Лавров и Мария Захарова.",
        "«Посольства откроются не скоро», — сказал Лавров.",
    ),
)


def _store(db: Database, *articles: Article) -> None:
    for article in articles:
        store_article(db, article)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "Mara Quist, Tom Bell and Ada Ruiz",
            [["mara", "quist"], ["tom", "bell"], ["ada", "ruiz"]],
        ),
        ("Sen. Ada Kerr and Rep. Bo Renn", [["sen", "ada", "kerr"], ["rep", "bo", "renn"]]),
        ("Kerr, Dorn, and Pell", [["kerr"], ["dorn"], ["pell"]]),
        ("Carver & Young", [["carver"], ["young"]]),
        ("Сергей Лавров и Мария Захарова", [["сергей", "лавров"], ["мария", "захарова"]]),
        ("Ada Kerr", []),  # one name is no list
        ("Ada Kerr, Jr.", []),  # nor a name and its suffix
        ("Bo Renn, III", []),
        ("the city council", []),
    ],
)
def test_the_members_of_a_list_of_speakers(name: str, expected: list[list[str]]) -> None:
    assert members(name) == expected


@pytest.mark.parametrize(
    ("question", "wanted", "unwanted"),
    [
        # A full name in the list: hers, asked by full name or surname.
        ("/quote Mara Quist", ["every inspection report", "Nobody should drive"], []),
        ("/quote Quist", ["every inspection report", "Nobody should drive"], []),
        ("what did Quist say about inspection reports?", ["every inspection report"], []),
        # Surnames alone in the list: the Kerr the same article names, not another Kerr.
        ("/quote Ada Kerr", ["dredge the channel", "boats come back"], ["lost every field"]),
        ("/quote Tom Kerr", ["lost every field"], ["dredge the channel", "boats come back"]),
        # In Russian, asked in any case of the name.
        ("что сказал Лавров", ["готовы к диалогу", "Посольства откроются"], []),
        ("цитаты Лаврова", ["готовы к диалогу", "Посольства откроются"], []),
    ],
)
def test_a_members_quotes_take_in_what_the_list_said(
    fresh_db: Database, question: str, wanted: list[str], unwanted: list[str]
) -> None:
    _store(fresh_db, BRIDGE, HARBOUR, FLOOD, TALKS)
    quotes = [hit.quote or "" for hit in answer_question(fresh_db, question).hits]
    for words in wanted:
        assert any(words in quote for quote in quotes), (words, quotes)
    for words in unwanted:
        assert not any(words in quote for quote in quotes), (words, quotes)


def test_a_statement_of_the_list_is_shown_as_the_lists(fresh_db: Database) -> None:
    _store(fresh_db, BRIDGE)
    [joint] = [
        hit
        for hit in answer_question(fresh_db, "/quote Quist").hits
        if "Friday" in (hit.quote or "")
    ]
    assert joint.speaker is not None and "Tom Bell" in joint.speaker  # not hers alone


def test_following_a_member_pushes_what_the_list_said(fresh_db: Database) -> None:
    earlier = Article(
        title="Quist on the budget",
        paragraphs=("“The budget adds up,” Senator Mara Quist said.",),
    )
    _store(fresh_db, earlier, FLOOD)  # speakers one can follow: Mara Quist, Tom Kerr
    add_follow(fresh_db, 7, "Mara Quist")
    add_follow(fresh_db, 8, "Tom Kerr")
    joint = Article(
        title="A joint letter on the bridge",
        paragraphs=("“We want every inspection report by Friday,” Mara Quist and Tom Bell said.",),
    )
    _store(fresh_db, joint, HARBOUR)
    queue_deliveries(fresh_db)
    # Tom Kerr is never among the harbour's "Kerr, Dorn and Pell": that Kerr is the mayor.
    [(chat, article_id)] = pending_deliveries(fresh_db)
    note = claim_delivery(fresh_db, chat, article_id)
    assert chat == 7 and note is not None and note.title == joint.title
    assert [s.text for s in note.snippets] == ["We want every inspection report by Friday"]


def test_a_list_asked_for_is_not_a_member_of_other_lists(fresh_db: Database) -> None:
    _store(fresh_db, BRIDGE, HARBOUR)
    quotes = [
        hit.quote or "" for hit in answer_question(fresh_db, "/quote Kerr, Dorn and Pell").hits
    ]
    assert quotes and all("dredge" in quote for quote in quotes)


def test_a_member_of_a_list_keeps_the_lists_title_in_the_singular() -> None:
    # "Senators Mara Quist, Tom Bell and Ada Ruiz": each of them is a senator.
    quotes = extract_quotes(BRIDGE).quotes
    assert [(q.speaker, q.role) for q in quotes if q.speaker == "Mara Quist"] == [
        ("Mara Quist", "Senator")
    ]


@pytest.mark.parametrize(
    ("mention", "role"),
    [
        ("Senators Ada Kerr", "Senator"),
        ("Governors Ada Kerr", "Governor"),
        ("Mrs Ada Kerr", "Mrs"),  # no plural of "Mr"
        ("Senator Ada Kerr", "Senator"),
        ("Pollsters Ada Kerr", "Pollster"),
        ("Bikers Ada Kerr", "Bikers"),  # no title the lexicon knows: as written
        ("Secretaries Ada Kerr", "Secretary"),  # "-ies" is "-y"
        ("Attorneys Ada Kerr", "Attorney"),
        ("Witnesses Ada Kerr", "Witness"),  # "-sses" is "-ss"
    ],
)
def test_plural_titles_read_in_the_singular(mention: str, role: str) -> None:
    found = read_mention(mention)
    assert found is not None and (found.name, found.role) == ("Ada Kerr", role)

"""Agency datelines read the same whatever brought the article: a text file, a JSON record, an
HTML page or a feed entry keeps no "МОСКВА, 22 июля. /ТАСС/." in its stored text
(store.ingest.datelines)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from html import escape
from pathlib import Path

import pytest
from sqlite_utils import Database

from store.ingest.batch import store_article
from store.ingest.datelines import lift_dateline, read_dateline
from store.ingest.json_records import article_from_record, parse_json_lines
from store.ingest.pages import parse_page
from store.ingest.rss import parse_feed
from store.ingest.text import parse_text
from store.models import Article
from store.quotes.extract import extract_quotes

TITLE = "Захарова ответила на вопросы"
STORY = "Официальный представитель МИД РФ Мария Захарова выступила на брифинге."
MORE = "«Ответ будет жестким», — заявила Захарова."
ENGLISH_TITLE = "Zakharova answers questions"
ENGLISH_STORY = "Foreign Ministry spokeswoman Maria Zakharova spoke at a briefing."
ENGLISH_MORE = "“The answer will be firm,” Zakharova said."

# (dateline, place, published, agency): Russian and English, each agency's own layout.
DATELINES = [
    ("МОСКВА, 22 июля. /ТАСС/.", "МОСКВА", "--07-22", "ТАСС"),
    ("МОСКВА, 22 июл — РИА Новости.", "МОСКВА", "--07-22", "РИА Новости"),
    ("Москва. 22 июля. INTERFAX.RU -", "Москва", "--07-22", "INTERFAX.RU"),
    ("MOSCOW, July 22. /TASS/.", "MOSCOW", "--07-22", "TASS"),
    ("MOSCOW, July 22, 2016 (Reuters) -", "MOSCOW", "2016-07-22", "Reuters"),
]


def text_file(title: str, paragraphs: list[str]) -> Article:
    return parse_text(title + "\n\n" + "\n\n".join(paragraphs))


def json_record(title: str, paragraphs: list[str]) -> Article:
    return article_from_record({"title": title, "text": "\n\n".join(paragraphs)})


def json_line(title: str, paragraphs: list[str]) -> Article:
    line = json.dumps({"title": title, "body": paragraphs}, ensure_ascii=False)
    [(_, article)] = list(parse_json_lines(line))
    assert isinstance(article, Article)
    return article


def html_page(title: str, paragraphs: list[str]) -> Article:
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    markup = (
        f"<!doctype html><html><head><title>{escape(title)}</title></head><body><article>"
        f"<h1>{escape(title)}</h1>{body}</article></body></html>"
    )
    return parse_page(markup, "https://news.example/story")


def feed_entry(title: str, paragraphs: list[str]) -> Article:
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    feed = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Лента</title>'
        f"<item><title>{escape(title)}</title><link>https://news.example/1</link>"
        f"<description>{escape(body)}</description></item></channel></rss>"
    )
    [entry] = parse_feed(feed.encode("utf-8"), "https://news.example/feed.xml")
    assert entry.article is not None
    return entry.article


SOURCES: list[Callable[[str, list[str]], Article]] = [
    text_file,
    json_record,
    json_line,
    html_page,
    feed_entry,
]


@pytest.mark.parametrize("parse", SOURCES, ids=lambda parse: parse.__name__)
@pytest.mark.parametrize(("dateline", "place", "published", "agency"), DATELINES)
def test_every_source_kind_takes_the_dateline_out_of_the_text(
    parse: Callable[[str, list[str]], Article],
    dateline: str,
    place: str,
    published: str,
    agency: str,
) -> None:
    russian = re.search("[А-Яа-я]", dateline) is not None
    title, story, more = (
        (TITLE, STORY, MORE) if russian else (ENGLISH_TITLE, ENGLISH_STORY, ENGLISH_MORE)
    )
    article = parse(title, [f"{dateline} {story}", more])
    assert article.paragraphs == (story, more)
    assert article.place == place
    # A page or a feed gives its own date or publisher, which say more than the dateline.
    if parse in (text_file, json_record, json_line):
        assert (article.published, article.source) == (published, agency)


@pytest.mark.parametrize("parse", SOURCES, ids=lambda parse: parse.__name__)
def test_an_article_without_a_dateline_keeps_its_text(
    parse: Callable[[str, list[str]], Article],
) -> None:
    # A Russian sentence that opens with a city and a date is no dateline without its agency.
    first = "Москва, 22 июля, встретила гостей форума."
    article = parse(TITLE, [first, MORE])
    assert article.paragraphs == (first, MORE)
    assert article.place is None


def test_the_sources_own_date_and_publisher_win() -> None:
    article = lift_dateline(
        Article(
            title=TITLE,
            paragraphs=(f"МОСКВА, 22 июля. /ТАСС/. {STORY}",),
            published="2024-07-22T10:00:00",
            source="ТАСС-регион",
        )
    )
    assert (article.published, article.source, article.place) == (
        "2024-07-22T10:00:00",
        "ТАСС-регион",
        "МОСКВА",
    )


def test_a_dateline_paragraph_of_its_own_goes_and_a_lone_one_stays() -> None:
    alone = Article(title=TITLE, paragraphs=("МОСКВА, 22 июля. /ТАСС/.", STORY))
    assert lift_dateline(alone).paragraphs == (STORY,)
    nothing_else = Article(title=TITLE, paragraphs=("МОСКВА, 22 июля. /ТАСС/.",))
    assert lift_dateline(nothing_else) == nothing_else
    assert read_dateline(STORY) is None


def test_a_json_article_is_stored_as_its_text_file_twin(fresh_db: Database, tmp_path: Path) -> None:
    paragraphs = [f"МОСКВА, 22 июля. /ТАСС/. {STORY}", MORE]
    from_json = json_record(TITLE, paragraphs)
    from_file = text_file(TITLE, paragraphs)
    assert from_json.content_hash == from_file.content_hash  # one article, not two
    stored = store_article(fresh_db, from_json)
    texts = [
        row[0]
        for row in fresh_db.execute(
            "SELECT text FROM paragraphs WHERE article_id = ? ORDER BY position",
            [stored.article_id],
        ).fetchall()
    ]
    assert texts == [STORY, MORE]
    quotes = extract_quotes(from_json).quotes
    assert [(q.text, q.speaker) for q in quotes] == [("Ответ будет жестким", "Мария Захарова")]

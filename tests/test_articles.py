"""Parsing article files: the seed's agency layout, plain text, JSON and JSON Lines."""

from __future__ import annotations

import pytest

from store.errors import SourceError
from store.ingest.dates import dateline_date, normalise_date
from store.ingest.json_records import parse_json, parse_json_lines
from store.ingest.text import clean_line, html_paragraphs, parse_text, split_paragraphs
from store.models import Article


def test_seed_layout_gives_title_subtitle_dateline_and_only_body(seed_text: str) -> None:
    article = parse_text(seed_text)
    assert article.title == "Moscow expects Tbilisi’s steps to restore relations — Lavrov"
    assert article.subtitle == (
        "The Russian foreign minister says Georgia severed diplomatic ties with Russia "
        "when Mikheil Saakashvili was the president"
    )
    assert article.place == "DVORIKI VILLAGE"
    assert article.published == "--07-22"  # the dateline has no year; we do not invent one
    assert article.source == "TASS"
    assert len(article.paragraphs) == 7
    assert article.paragraphs[0].startswith("The initiative to restore diplomatic relations")
    assert article.paragraphs[-1].endswith(
        "after which Georgia broke off diplomatic relations with it."
    )
    body = "\n".join(article.paragraphs)
    for header in ("All news", "© Alexandr Sherbak/TASS", "/TASS/", "DVORIKI", "Sherbak"):
        assert header not in body


@pytest.mark.parametrize(
    ("text", "title", "paragraphs"),
    [
        ("Title\n\nFirst.\n\nSecond.", "Title", ("First.", "Second.")),
        # A hard-wrapped paragraph is one paragraph.
        ("Title\n\nOne line\ncontinued.\n", "Title", ("One line continued.",)),
        # Windows line ends and stray spaces.
        ("Title  \r\n\r\n  Body   text. \r\n", "Title", ("Body text.",)),
        # Emoji and Cyrillic survive untouched.
        (
            "Лавров 🙂\n\n«Мяч на стороне Грузии», сказал он.",
            "Лавров 🙂",
            ("«Мяч на стороне Грузии», сказал он.",),
        ),
        # A Reuters-style dateline in a plain file.
        (
            "Deal reached\n\nLONDON, March 3, 2024 (Reuters) - Talks ended.",
            "Deal reached",
            ("Talks ended.",),
        ),
        # A dateline deep in the body quotes another report: nothing before it is header.
        (
            "Digest\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n\nFive.\n\nLONDON, March 3 (Reuters) - Six.",
            "Digest",
            ("One.", "Two.", "Three.", "Four.", "Five.", "LONDON, March 3 (Reuters) - Six."),
        ),
    ],
)
def test_plain_text_layouts(text: str, title: str, paragraphs: tuple[str, ...]) -> None:
    article = parse_text(text)
    assert (article.title, article.paragraphs) == (title, paragraphs)


def test_reuters_dateline_gives_place_date_and_source() -> None:
    article = parse_text("World\n\nDeal reached\n\nLONDON, March 3, 2024 (Reuters) - Talks ended.")
    assert (article.title, article.place, article.published, article.source) == (
        "Deal reached",
        "LONDON",
        "2024-03-03",
        "Reuters",
    )


@pytest.mark.parametrize("text", ["", "   \n\n  ", "Only a title"])
def test_text_without_body_is_refused(text: str) -> None:
    with pytest.raises(SourceError):
        parse_text(text)


def test_json_object_list_and_wrapper() -> None:
    one = '{"title": "T", "text": "A.\\n\\nB.", "url": "http://x/1", "published": "2024-05-01T10:00:00Z"}'
    [article] = parse_json(one)
    assert isinstance(article, Article)
    assert article.paragraphs == ("A.", "B.")
    assert article.published == "2024-05-01T10:00:00+00:00"
    many = parse_json('{"articles": [{"title": "A", "body": "x"}, {"title": "B"}]}')
    assert isinstance(many[0], Article)
    assert isinstance(many[1], SourceError) and "no text" in str(many[1])


def test_json_body_as_html_becomes_paragraphs_without_tags() -> None:
    [article] = parse_json(
        '{"title": "T", "text": "<p>One <b>bold</b>.</p><p>Two &amp; three.</p>"}'
    )
    assert isinstance(article, Article)
    assert article.paragraphs == ("One bold.", "Two & three.")


def test_malformed_json_is_one_clear_error() -> None:
    with pytest.raises(SourceError, match="malformed JSON"):
        parse_json('{"title": ')


def test_json_lines_reports_each_bad_line_and_keeps_the_rest() -> None:
    text = '{"title": "A", "text": "a"}\n\nnot json\n[1]\n{"title": "B", "text": "b"}\n'
    results = dict(parse_json_lines(text))
    assert isinstance(results[1], Article) and isinstance(results[5], Article)
    assert str(results[2]) == "empty line"
    assert "malformed JSON" in str(results[3])
    assert "expected a JSON object" in str(results[4])


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2016-07-22", "2016-07-22"),
        ("Fri, 22 Jul 2016 10:00:00 GMT", "2016-07-22T10:00:00+00:00"),
        ("2016-07-22T10:00:00+03:00", "2016-07-22T10:00:00+03:00"),
        # RFC 822 zone names mean an offset; dropping them would shift the time.
        ("Fri, 22 Jul 2016 10:00:00 EST", "2016-07-22T10:00:00-05:00"),
        ("Fri, 22 Jul 2016 10:00:00 PDT", "2016-07-22T10:00:00-07:00"),
        ("Fri, 22 Jul 2016 10:00:00 MSK", "2016-07-22T10:00:00+03:00"),
        ("Fri, 22 Jul 2016 10:00:00 XYZT", "2016-07-22T10:00:00"),  # unknown: no offset
        # A date in words is still only a date: no invented time of day.
        ("22 July 2016", "2016-07-22"),
        ("2016-07-22 00:00:00", "2016-07-22T00:00:00"),  # a time that was written stays
        # No year written: the year-less ISO form, never this year.
        ("July 22", "--07-22"),
        ("22 Jul", "--07-22"),
        # No day to name.
        ("Friday", None),
        ("July 2016", None),
        ("not a date", None),
        (None, None),
        (True, None),
        (1469181600, "2016-07-22T10:00:00+00:00"),
        (1e20, None),  # out of range, not a crash
    ],
)
def test_normalise_date(value: object, expected: str | None) -> None:
    assert normalise_date(value) == expected


def test_dateline_dates() -> None:
    assert dateline_date("July", "22", None) == "--07-22"
    assert dateline_date("Sept.", "3", "2015") == "2015-09-03"
    assert dateline_date("Smarch", "3", None) is None
    assert dateline_date("February", "29", None) == "--02-29"  # some year has it
    assert dateline_date("February", "30", None) is None
    assert dateline_date("February", "29", "2015") is None
    assert dateline_date("April", "31", "2016") is None


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("a\x00b\x07c", "abc"),  # control characters from a broken export
        ("right\u202eto left", "rightto left"),  # a bidi override cannot flip our replies
        ("family 👨\u200d👩\u200d👧", "family 👨\u200d👩\u200d👧"),  # the joiner stays
        ("  many \t  spaces\u00a0here ", "many spaces here"),
    ],
)
def test_clean_line(raw: str, clean: str) -> None:
    assert clean_line(raw) == clean


def test_html_fragments_drop_scripts() -> None:
    assert html_paragraphs("<p>Hi</p><script>alert(1)</script><p>there</p>") == ["Hi", "there"]
    assert split_paragraphs("plain <not a tag> text") == ["plain <not a tag> text"]


@pytest.mark.parametrize(
    ("text", "paragraphs"),
    [
        # One tag is enough to be markup; an image is no text.
        ("Hello <img src=x onerror=alert(1)> world", ["Hello world"]),
        ("Line one<br>Line two", ["Line one Line two"]),
        # Feeds separate paragraphs with blank lines made of <br>s.
        ("Para one.<br><br>Para two.<br/><br/>Three", ["Para one.", "Para two.", "Three"]),
        # Nested blocks give their text once.
        ("<blockquote><p>x</p></blockquote><p>y</p>", ["x", "y"]),
        ("<ul><li><p>q</p></li></ul><p>r</p>", ["q", "r"]),
        # Text between blocks is article text too.
        ("<p>a</p>Loose text<p>b</p>", ["a", "Loose text", "b"]),
        ("<div>a<br>b</div><div>c</div>", ["a b", "c"]),
        # A caption is not body text.
        ("<p>x</p><figure><img src=a><figcaption>Cap</figcaption></figure>", ["x"]),
        # Plain text escaped on its way out of a CMS.
        ("Tom &amp; Jerry&#8217;s show", ["Tom & Jerry’s show"]),
        ("AT&T and a < b > c", ["AT&T and a < b > c"]),
    ],
)
def test_html_in_article_text(text: str, paragraphs: list[str]) -> None:
    assert split_paragraphs(text) == paragraphs

"""A Russian site's furniture around its story (store.quotes.ru.layout, store.ingest.text): a
caption ending in its credit, a "Читайте также" block of other headlines, a heading in
capitals, an interview signed by whoever asked, a title closed by a quote. Invented text."""

from __future__ import annotations

import pytest

from store.ingest.text import parse_text
from store.quotes.extract import extract_quotes
from store.quotes.ru.layout import is_caption, is_furniture

SITE = """Общество

Лесник Орешкин: «Пожаров в этом году будет меньше»

Начальник лесничества — о сухой весне, добровольцах и новых вышках

Лесничество в Ольховке получило три новые пожарные вышки.

Вышка над Ольховкой поставлена в апреле. Фото: Зоя Кручинина

Читайте также:
В Ольховке закроют паромную переправу — расписание
Глава района: «Дорогу до Ольховки отремонтируют летом»

«Вышки видят дым за двадцать километров», — сказал начальник лесничества Фрол Орешкин.

СПРАВКА РЕДАКЦИИ

Фрол Орешкин работает в лесничестве с 1999 года.

Беседовал Игнат Суховей
"""


def test_a_sites_caption_links_heading_and_signature_are_no_text() -> None:
    article = parse_text(SITE)
    assert article.title == "Лесник Орешкин: «Пожаров в этом году будет меньше»"
    assert article.paragraphs == (
        "Начальник лесничества — о сухой весне, добровольцах и новых вышках",
        "Лесничество в Ольховке получило три новые пожарные вышки.",
        "«Вышки видят дым за двадцать километров», — сказал начальник лесничества Фрол Орешкин.",
        "Фрол Орешкин работает в лесничестве с 1999 года.",
    )
    assert article.author == "Игнат Суховей"


def test_another_storys_headline_in_the_links_is_nobodys_quote() -> None:
    texts = [q.text for q in extract_quotes(parse_text(SITE)).quotes]
    assert "Дорогу до Ольховки отремонтируют летом" not in texts
    assert "Вышки видят дым за двадцать километров" in texts


@pytest.mark.parametrize(
    ("text", "furniture"),
    [
        ("Паром у причала в Ольховке. Фото: Зоя Кручинина", True),
        ("Читайте также: Глава района: «Дорогу отремонтируют летом»", True),
        ("См. также: паромная переправа закроется в мае", True),
        ("СПРАВКА РЕДАКЦИИ", True),
        # A sentence naming a photographer is text; so is a dateline-like line in capitals
        # followed by its sentence, and a number alone.
        ("Снимки сделал фотограф Зоя Кручинина.", False),
        ("Фото: Зоя Кручинина сделала снимки в апреле, когда паром еще ходил. Их покажут.", False),
        ("ОЛЬХОВКА, 3 мая. /ТАСС/. Паром встал.", False),
        ("2024", False),
        # A heading in capitals, not a quote, an interview turn or a figure set in capitals.
        ("ИТОГИ ГОДА", True),
        ("СПРАВКА «ВЕСТНИКА ОЛЬХОВКИ»", True),
        ("«МЫ НЕ УЙДЕМ С ПРИЧАЛА»", False),
        ('"МЫ НЕ УЙДЕМ"', False),
        ("— НЕТ", False),
        ("– НИКОГДА", False),
        ("ИЗБИРКОМ: 87%", False),
        ("ЯВКА 64,5", False),
    ],
)
def test_furniture(text: str, furniture: bool) -> None:
    assert is_furniture(text) == furniture


def test_a_json_articles_links_block_is_a_caption_there_too() -> None:
    # Paragraphs that arrive already split (JSON, a page) are read with is_caption.
    assert is_caption("Читайте также: В Ольховке закроют паромную переправу")


def test_a_first_paragraph_that_is_one_quote_is_no_title() -> None:
    # "Паром встал" is the title, not a section line above «…».
    text = "Паром встал\n\n«Ходить будем только с мая»\n\nТак ответили на причале в Ольховке."
    article = parse_text(text)
    assert article.title == "Паром встал"
    assert article.paragraphs[0] == "«Ходить будем только с мая»"


def test_a_quote_in_capitals_stays_in_the_article() -> None:
    text = (
        "Паром встал\n\nЖители Ольховки вышли к причалу.\n\n«МЫ НЕ УЙДЕМ С ПРИЧАЛА»\n\n"
        "ИЗБИРКОМ: 87%\n\nСПРАВКА РЕДАКЦИИ\n\nПереправа работает с 1999 года."
    )
    assert parse_text(text).paragraphs == (
        "Жители Ольховки вышли к причалу.",
        "«МЫ НЕ УЙДЕМ С ПРИЧАЛА»",
        "ИЗБИРКОМ: 87%",
        "Переправа работает с 1999 года.",
    )

"""Russian copy the fifth held-out set showed unread: a newspaper's or a business site's
layout with no dateline, "Об этом сообщила X" opening the paragraph after the statement,
groups of people as speakers, and the cues and names around them (store.quotes.ru,
store.ingest.text). Invented sentences only."""

from __future__ import annotations

import pytest

from store.ingest.text import parse_text
from store.quotes.ru.language import Language

# --- layout with no dateline ----------------------------------------------------------------

NEWSPAPER = """Экономика

Завод в Сосняках перейдет на четырехдневку

Фото: Иван Мороков, Коммерсантъ

Машиностроительный завод в Сосняках с мая переведет рабочих на четырехдневную неделю.

«Заказов стало меньше, но сокращать людей мы не будем», — сказал директор завода Петр Ладов.

Анна Сизова; Павел Торба, Сосняки
"""


def test_a_russian_text_without_dateline_drops_its_section_credit_and_byline() -> None:
    article = parse_text(NEWSPAPER)
    assert article.language == Language.RUSSIAN
    assert article.title == "Завод в Сосняках перейдет на четырехдневку"
    assert article.paragraphs[0].startswith("Машиностроительный завод")
    assert len(article.paragraphs) == 2  # neither the credit nor the byline is text
    assert article.author == "Анна Сизова; Павел Торба, Сосняки"


@pytest.mark.parametrize(
    "text",
    [
        # A short title with no section above it stays the title.
        "Завод встал\n\nМашиностроительный завод в Сосняках остановил конвейер.\n\nРабочих "
        "отправили в отпуск.",
        # A last paragraph that is a sentence is no byline.
        "Завод встал\n\nЗавод остановил конвейер.\n\nРабочих отправили в отпуск.",
    ],
)
def test_a_short_title_and_a_last_sentence_are_kept(text: str) -> None:
    article = parse_text(text)
    assert article.title == "Завод встал"
    assert article.author is None
    assert article.paragraphs[-1] == "Рабочих отправили в отпуск."


def test_english_plain_text_keeps_its_first_line_as_title() -> None:
    # English is read as before: "Business" stays its title, the credit and last line text.
    article = parse_text("Business\n\nPlant goes on a four-day week\n\nPhoto: Ivan Petrov\n\n"
                         "The plant cut its week.\n\nAnna Sizova, Sosnyaki")
    assert article.title == "Business"
    assert len(article.paragraphs) == 4

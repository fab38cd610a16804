"""Russian roles split from the names they stand before: "врио губернатора", "вице-губернатор",
"уполномоченный по правам человека" (its area kept as written), a place left unnamed ("в
регионе"), "замминистра", "пресс-секретарь" (store.quotes.ru.role_words, names)."""

from __future__ import annotations

import pytest

from store.models import Article, AttributionHow
from store.quotes.extract import extract_quotes
from store.quotes.ru.names import nominative_phrase


@pytest.mark.parametrize(
    ("paragraph", "speaker", "role"),
    [
        (
            "Мост откроют в мае, сообщил врио губернатора области Глеб Ракитин.",
            "Глеб Ракитин",
            "врио губернатора области",
        ),
        (
            "По словам врио губернатора Кедровской области Ивана Петрова, мост откроют в мае.",
            "Иван Петров",
            "врио губернатора Кедровской области",
        ),
        (
            "Вице-губернатор Кедровской области Марина Столбова заявила, что мост откроют в мае.",
            "Марина Столбова",
            "вице-губернатор Кедровской области",
        ),
        (
            "По словам вице-мэра Кедровска Марины Столбовой, мост откроют в мае.",
            "Марина Столбова",
            "вице-мэр Кедровска",
        ),
        (
            "Жалоб стало меньше, сообщила уполномоченный по правам человека в Кедровской "
            "области Ирина Гаврилюк.",
            "Ирина Гаврилюк",
            "уполномоченный по правам человека в Кедровской области",
        ),
        (
            "По словам уполномоченного по правам человека Ирины Гаврилюк, жалоб стало меньше.",
            "Ирина Гаврилюк",
            "уполномоченный по правам человека",
        ),
        (
            "Уполномоченный по правам ребенка в регионе Ирина Гаврилюк заявила, что жалоб стало "
            "меньше.",
            "Ирина Гаврилюк",
            "уполномоченный по правам ребенка в регионе",
        ),
        (
            "Замминистра транспорта области Тимофей Шабанов заявил, что мост откроют в мае.",
            "Тимофей Шабанов",
            "замминистра транспорта области",
        ),
        (
            "Мост откроют в мае, сообщила пресс-секретарь губернатора Алла Мезенцева.",
            "Алла Мезенцева",
            "пресс-секретарь губернатора",
        ),
    ],
)
def test_a_role_is_split_from_the_name(paragraph: str, speaker: str, role: str) -> None:
    attribution = extract_quotes(Article(title="Мост", paragraphs=(paragraph,)))
    [quote] = attribution.quotes
    assert (quote.speaker, quote.role) == (speaker, role)
    [person] = attribution.speakers
    assert role in person.names


@pytest.mark.parametrize(
    ("written", "nominative"),
    [
        # The head stands before the role's area: an adjective used as a noun, inflected in
        # its own gender; "правам" is the area's, as written.
        ("уполномоченного по правам человека", "уполномоченный по правам человека"),
        ("уполномоченной по правам ребенка", "уполномоченная по правам ребенка"),
        ("уполномоченный по правам человека", "уполномоченный по правам человека"),
        ("заместителя главы города по транспорту", "заместитель главы города по транспорту"),
        ("посла России в Германии", "посол России в Германии"),
    ],
)
def test_a_roles_nominative_inflects_its_head_not_its_area(written: str, nominative: str) -> None:
    assert nominative_phrase(written.split()) == nominative


def test_a_headline_names_the_acting_governor_by_his_role() -> None:
    title = "Мост через Кедровку откроют в мае — врио губернатора"
    lede = "Мост через Кедровку откроют в мае, сообщил врио губернатора области Глеб Ракитин."
    quotes = extract_quotes(Article(title=title, paragraphs=(lede,))).quotes
    headline = next(q for q in quotes if q.paragraph is None)
    assert (headline.text, headline.speaker, headline.how) == (
        "Мост через Кедровку откроют в мае",
        "Глеб Ракитин",
        AttributionHow.HEADLINE,
    )

"""Russian constructions the fourth held-out set showed unread: "Об этом заявил X" after the
statement, a predicate before a colon, "глава X" for the "руководитель X", a group's
question, the imperfective past, hyphens in split quotes, one-word deputies, and roles of
professions and genitive chains (store.quotes.ru). Invented sentences only."""

from __future__ import annotations

import pytest

from store.models import Article, QuoteKind
from store.quotes.extract import extract_quotes

ZORIN = "Министр энергетики РФ Павел Зорин провел совещание в министерстве."
VALOVA = "Руководитель Росгидромета Ирина Валова выступила на форуме."


def quotes_of(*paragraphs: str) -> list[tuple[str, str | None, str, str]]:
    found = extract_quotes(Article(title="Новости дня", paragraphs=paragraphs)).quotes
    return [(q.text, q.speaker, q.how or "", q.kind) for q in found if q.paragraph is not None]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # The statement first, its speaker in the next sentence: reported speech.
        (
            (
                "Цены на бензин до конца года не вырастут. Об этом в пятницу заявил министр "
                "энергетики РФ Павел Зорин на встрече с журналистами.",
            ),
            [
                (
                    "Цены на бензин до конца года не вырастут",
                    "Павел Зорин",
                    "named",
                    QuoteKind.INDIRECT,
                )
            ],
        ),
        # A quote before it is the speaker's direct speech.
        (
            (ZORIN, "«Мы построим три новые станции до зимы». Об этом сообщил Зорин."),
            [("Мы построим три новые станции до зимы", "Павел Зорин", "surname", QuoteKind.DIRECT)],
        ),
        # Pointing back and reporting a clause of its own: both are the speaker's.
        (
            ("Станцию откроют в мае. Об этом сообщил Олег Марков, добавив, что цены не вырастут.",),
            [
                ("Станцию откроют в мае", "Олег Марков", "named", QuoteKind.INDIRECT),
                ("цены не вырастут", "Олег Марков", "named", QuoteKind.INDIRECT),
            ],
        ),
        # A body pointing back.
        (
            ("Станция начнет работу в мае. Об этом сообщила пресс-служба министерства.",),
            [
                (
                    "Станция начнет работу в мае",
                    "Пресс-служба министерства",
                    "organisation",
                    QuoteKind.INDIRECT,
                )
            ],
        ),
        # A document says it: no one's words.
        ((ZORIN, "Станция начнет работу в мае. Об этом говорится в заявлении министерства."), []),
    ],
)
def test_about_this_gives_the_sentence_before_to_the_speaker(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None, str, str]]
) -> None:
    assert quotes_of(*paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # A description and a predicate of a verb and a short adjective.
        (
            (ZORIN, "Его спросили о тарифах. Министр был категоричен: «Тарифы расти не будут»."),
            [("Тарифы расти не будут", "Павел Зорин", "description")],
        ),
        # A surname, a negated verb, the woman's ending.
        (
            (VALOVA, "Валова не скрывала: «Мы ждали этого решения много лет»."),
            [("Мы ждали этого решения много лет", "Ирина Валова", "surname")],
        ),
        # A pronoun, an adjective in the instrumental.
        (
            (VALOVA, "Она была краткой: «Прогноз на лето мы не меняем»."),
            [("Прогноз на лето мы не меняем", "Ирина Валова", "pronoun")],
        ),
        # A document and a plain noun introduce no person's words.
        (
            (
                ZORIN,
                "Вечером вышло заявление. В заявлении говорится: «Решение окончательное и пересмотру не подлежит».",
            ),
            [("Решение окончательное и пересмотру не подлежит", None, "")],
        ),
        # An object after the verb: a clause, not a predicate.
        (
            (ZORIN, "Вечером Зорин подписал приказ: «Работы на станции приостановить»."),
            [("Работы на станции приостановить", None, "")],
        ),
    ],
)
def test_a_predicate_before_a_colon_introduces_its_subjects_quote(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None, str]]
) -> None:
    assert [q[:3] for q in quotes_of(*paragraphs)] == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # "глава X" is the "руководитель X", not the man named last.
        (
            (VALOVA, ZORIN, "По словам главы Росгидромета, лето будет жарким."),
            [("лето будет жарким", "Ирина Валова", "description")],
        ),
        # "начальник X" too.
        (
            (VALOVA, ZORIN, "По словам начальника Росгидромета, лето будет жарким."),
            [("лето будет жарким", "Ирина Валова", "description")],
        ),
        # A body no one named heads: no one, never whoever was named last.
        ((ZORIN, "По словам главы Росгидромета, лето будет жарким."), []),
    ],
)
def test_the_head_of_a_body_is_whoever_holds_its_office(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None, str]]
) -> None:
    assert [q[:3] for q in quotes_of(*paragraphs)] == expected


def test_a_groups_question_is_never_carried_from_the_paragraph_before() -> None:
    found = quotes_of(
        "«Мы построим мост за год», — сказал Павел Зорин.",
        "«А кто за это заплатит?» — спрашивают жители района.",
    )
    assert [q[:2] for q in found] == [
        ("Мы построим мост за год", "Павел Зорин"),
        # The group asks (store.quotes.ru.plural_speakers), not the man quoted before.
        ("А кто за это заплатит?", "жители района"),
    ]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # A body built like a federal agency, and its imperfective past.
        (
            "Ранее Росгидромет сообщал, что зима будет теплой.",
            ("зима будет теплой", "Росгидромет", "organisation"),
        ),
        # A body the analyser tags as one.
        (
            "Ранее Минобрнауки заявляло, что набор в вузы вырастет.",
            ("набор в вузы вырастет", "Минобрнауки", "organisation"),
        ),
        # A person, the same.
        (
            "Павел Зорин не раз отмечал, что тарифы не вырастут.",
            ("тарифы не вырастут", "Павел Зорин", "named"),
        ),
    ],
)
def test_the_imperfective_past_reports_as_the_perfective(
    paragraph: str, expected: tuple[str, str, str]
) -> None:
    assert [q[:3] for q in quotes_of(paragraph)] == [expected]


@pytest.mark.parametrize(
    ("lead", "paragraph", "role"),
    [
        # Straight quotes, hyphens for dashes, a one-word deputy.
        (
            "Заместитель министра финансов Ольга Седова выступила в Думе.",
            '"Мы не отступим, - подчеркнула замминистра, - даже если сроки сдвинутся".',
            "замминистра",
        ),
        (
            "Заместитель главы Минэнерго Ольга Седова выступила в Думе.",
            '"Мы не отступим, - подчеркнула замглавы, - даже если сроки сдвинутся".',
            "замглавы",
        ),
    ],
)
def test_a_split_quote_with_hyphens_is_two_quotes_of_the_deputy(
    lead: str, paragraph: str, role: str
) -> None:
    found = extract_quotes(Article(title="Новости дня", paragraphs=(lead, paragraph))).quotes
    assert [(q.text, q.speaker, q.how, q.role) for q in found] == [
        ("Мы не отступим", "Ольга Седова", "description", role),
        ("даже если сроки сдвинутся", "Ольга Седова", "description", role),
    ]


@pytest.mark.parametrize(
    ("paragraph", "role"),
    [
        # A profession with a genitive chain holding an adjective.
        (
            "Учитель истории московской школы Ирина Валова считает, что дети готовы.",
            "учитель истории московской школы",
        ),
        # Two complements joined by "и".
        (
            "Заместитель министра науки и высшего образования РФ Павел Зорин заявил, что "
            "набор вырастет.",
            "заместитель министра науки и высшего образования РФ",
        ),
        # An adjective and a compound head.
        (
            "Независимый энергоаналитик Олег Марков считает, что цены упадут.",
            "независимый энергоаналитик",
        ),
    ],
)
def test_the_role_before_a_name_is_kept(paragraph: str, role: str) -> None:
    attribution = extract_quotes(Article(title="Новости дня", paragraphs=(paragraph,)))
    assert [q.role for q in attribution.quotes] == [role]
    assert role in attribution.speakers[0].names

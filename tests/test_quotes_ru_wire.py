"""Russian copy the sixth held-out set showed unread, in invented sentences: a headline's
dash written as a hyphen, "Как считает X, …" whose words hold a "что" of their own, a
description that makes its person the one "чиновник" means next, a group's noun the
analyser reads first as a verb (store.quotes.ru)."""

from __future__ import annotations

import pytest

from store.models import Article, AttributionHow, QuoteKind, SpeakerKind
from store.quotes.extract import extract_quotes
from store.quotes.ru.cues import is_head
from store.quotes.ru.pointing import holds_speech

LEDE = "Паромную переправу в Ольховке закроют на месяц, сообщил глава района Фрол Орешкин."


@pytest.mark.parametrize(
    "title",
    [
        "Паромную переправу в Ольховке закроют на месяц - глава района",  # Interfax's hyphen
        "Паромную переправу в Ольховке закроют на месяц — глава района",
    ],
)
def test_a_headline_attributed_after_a_hyphen(title: str) -> None:
    quotes = extract_quotes(Article(title=title, paragraphs=(LEDE,))).quotes
    headline = next(q for q in quotes if q.paragraph is None)
    assert (headline.text, headline.speaker, headline.how) == (
        "Паромную переправу в Ольховке закроют на месяц",
        "Фрол Орешкин",
        AttributionHow.HEADLINE,
    )


def test_a_hyphenated_word_in_a_headline_is_no_attribution() -> None:
    title = "В Ольховке открыли музей-заповедник"
    assert not [
        q
        for q in extract_quotes(Article(title=title, paragraphs=(LEDE,))).quotes
        if q.paragraph is None
    ]


def test_as_x_thinks_reports_the_whole_clause_not_its_inner_that() -> None:
    paragraph = (
        "Депутат Игнат Суховей с решением не согласен. Как считает депутат, закрытие "
        "переправы - признание того, что район не нашел денег на ремонт."
    )
    (quote,) = extract_quotes(Article(title="Паром", paragraphs=(paragraph,))).quotes
    assert quote.text == ("закрытие переправы - признание того, что район не нашел денег на ремонт")
    assert (quote.speaker, quote.kind) == ("Игнат Суховей", QuoteKind.INDIRECT)


def test_a_head_described_is_the_one_a_generic_description_means_next() -> None:
    paragraphs = (
        "Министр транспорта области Фрол Орешкин приехал на переправу.",
        "Депутат Игнат Суховей с решением не согласен.",
        # "Глава регионального минтранса" is the minister: the official right after is he,
        # not the deputy named before.
        "Глава регионального минтранса напомнил, что паром ходит с 1980 года. «Новый паром "
        "купим к осени», — добавил чиновник.",
    )
    quotes = extract_quotes(Article(title="Паром", paragraphs=paragraphs)).quotes
    assert [(q.text, q.speaker) for q in quotes] == [
        ("паром ходит с 1980 года", "Фрол Орешкин"),
        ("Новый паром купим к осени", "Фрол Орешкин"),
    ]


@pytest.mark.parametrize(
    ("paragraph", "group"),
    [
        # "сел" reads first as the verb "сесть": after "окрестных" it is the villages.
        ("Жители окрестных сел жалуются, что паром ходит редко.", "жители окрестных сел"),
        ("Жители окрестных деревень жалуются, что паром ходит редко.", "жители окрестных деревень"),
    ],
)
def test_a_groups_noun_after_its_adjective(paragraph: str, group: str) -> None:
    attribution = extract_quotes(Article(title="Паром", paragraphs=(paragraph,)))
    (quote,) = attribution.quotes
    assert quote.speaker == group
    assert {s.name: s.kind for s in attribution.speakers}[group] == SpeakerKind.GROUP


@pytest.mark.parametrize(
    "paragraph",
    [
        "Жители поселка «Лесная поляна» жалуются: «Паром ходит раз в день, а то и реже».",
        "«Паром ходит раз в день, а то и реже», — жалуются жители поселка «Лесная поляна».",
        "По словам жителей поселка «Лесная поляна», паром ходит раз в день, а то и реже.",
    ],
)
def test_a_groups_place_named_in_marks_is_part_of_its_name(paragraph: str) -> None:
    attribution = extract_quotes(Article(title="Паром", paragraphs=(paragraph,)))
    (quote,) = attribution.quotes
    assert quote.speaker == "жители поселка «Лесная поляна»"
    assert [s.kind for s in attribution.speakers] == [SpeakerKind.GROUP]


def test_they_are_the_group_a_sentence_before_opens_with() -> None:
    paragraph = (
        "Жители поселка «Лесная поляна» недовольны. «Паром ходит раз в день, а то и реже», "
        "— говорят они."
    )
    (quote,) = extract_quotes(Article(title="Паром", paragraphs=(paragraph,))).quotes
    assert (quote.speaker, quote.how) == ("жители поселка «Лесная поляна»", AttributionHow.PRONOUN)


def test_they_with_no_group_before_stay_nobodys() -> None:
    paragraph = "Паром встал у причала. «Ходить будет раз в день, а то и реже», — говорят они."
    (quote,) = extract_quotes(Article(title="Паром", paragraphs=(paragraph,))).quotes
    assert quote.speaker is None


@pytest.mark.parametrize(
    ("paragraph", "person", "role"),
    [
        (
            "Заместитель главы района по дорогам Игнат Суховей заявил, что паром починят.",
            "Игнат Суховей",
            "заместитель главы района по дорогам",
        ),
        (
            "Вице-премьер по социальным вопросам Зоя Кручинина заявила, что паром починят.",
            "Зоя Кручинина",
            "вице-премьер по социальным вопросам",
        ),
        (
            "Советник по экономике Игнат Суховей заявил, что паром починят.",
            "Игнат Суховей",
            "советник по экономике",
        ),
    ],
)
def test_a_roles_area_after_po_is_part_of_it(paragraph: str, person: str, role: str) -> None:
    speakers = {
        s.name: s.names
        for s in extract_quotes(Article(title="Паром", paragraphs=(paragraph,))).speakers
    }
    assert role in speakers[person]


def test_a_deputy_described_short_is_the_deputy_with_an_area() -> None:
    paragraphs = (
        "Заместитель главы района по дорогам Игнат Суховей приехал на переправу.",
        "По словам замглавы, паром починят к маю.",
    )
    (quote,) = extract_quotes(Article(title="Паром", paragraphs=paragraphs)).quotes
    assert (quote.speaker, quote.how) == ("Игнат Суховей", AttributionHow.DESCRIPTION)


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("Главе Ольховки Фролу Орешкину пришлось отвечать самому.", "Фрол Орешкин"),
        # A head of a body that is no place ("глава компании") is no mayor.
        ("Главе компании «Паром» Фролу Орешкину пришлось отвечать самому.", None),
    ],
)
def test_the_mayor_is_the_head_of_a_place_named_before(opening: str, speaker: str | None) -> None:
    paragraph = f"{opening} Мэр признал, что с людьми нужно было поговорить раньше."
    quotes = extract_quotes(Article(title="Паром", paragraphs=(paragraph,))).quotes
    assert [q.speaker for q in quotes] == ([speaker] if speaker else [])


@pytest.mark.parametrize(
    "paragraph",
    [
        # "Рытов" the analyser guesses a body ("Рыты", tagged Orgn): the surname of the man
        # named is his, pointing back or not.
        "Директор школы Павел Рытов выступил на собрании. Паром пустят в мае. Об этом "
        "Рытов сказал журналистам.",
        "Директор школы Павел Рытов выступил на собрании. Паром пустят в мае, сказал Рытов.",
    ],
)
def test_a_surname_the_analyser_takes_for_a_body_is_the_person_named(paragraph: str) -> None:
    (quote,) = extract_quotes(Article(title="Паром", paragraphs=(paragraph,))).quotes
    assert (quote.text, quote.speaker, quote.how) == (
        "Паром пустят в мае",
        "Павел Рытов",
        AttributionHow.SURNAME,
    )


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # The group's adjective opens the sentence, capitalised.
        ("Местные фермеры считают, что паром ходит редко.", "местные фермеры"),
        # A group and a person with a role before the name, at one plural verb: both.
        (
            "Местные фермеры и глава района Фрол Орешкин считают, что паром ходит редко.",
            "местные фермеры и Фрол Орешкин",
        ),
        (
            "Фермеры и директор МУП «Ольховский паром» Фрол Орешкин предупреждают, что паром "
            "ходит редко.",
            "фермеры и Фрол Орешкин",
        ),
    ],
)
def test_a_group_speaks_alone_or_with_a_person(paragraph: str, speaker: str) -> None:
    (quote,) = extract_quotes(Article(title="Паром", paragraphs=(paragraph,))).quotes
    assert (quote.text, quote.speaker) == ("паром ходит редко", speaker)


def test_a_person_and_a_role_before_a_name_stay_two_people() -> None:
    paragraph = "Министр Зоя Кручинина и глава района Фрол Орешкин заявили, что паром починят."
    (quote,) = extract_quotes(Article(title="Паром", paragraphs=(paragraph,))).quotes
    assert quote.speaker == "Зоя Кручинина и Фрол Орешкин"


# --- "Об этом он сказал" in the statement's own paragraph ------------------------------------

INTRO = "Глава района Фрол Орешкин приехал на причал."


@pytest.mark.parametrize(
    ("statement", "pointer"),
    [
        # Dashes of narration (a parenthesis, a copula) are no quote's.
        (
            "Новый паром — первый в районе — выйдет на линию в мае.",
            "Об этом он сказал журналистам.",
        ),
        ("Паром — главная дорога для сел района.", "Об этом он сказал журналистам."),
        # A parenthesis between commas after "Об этом".
        ("Паром выйдет на линию в мае.", "Об этом, в частности, он сказал журналистам."),
    ],
)
def test_about_this_he_said_points_back_in_his_paragraph(statement: str, pointer: str) -> None:
    paragraph = f"{INTRO} {statement} {pointer}"
    (quote,) = extract_quotes(Article(title="Паром", paragraphs=(paragraph,))).quotes
    assert (quote.text, quote.speaker, quote.kind, quote.how) == (
        statement.rstrip("."),
        "Фрол Орешкин",
        QuoteKind.INDIRECT,
        AttributionHow.PRONOUN,
    )


def test_about_this_after_a_paragraph_with_narration_dashes() -> None:
    paragraphs = (
        INTRO,
        "Новый паром — первый в районе — выйдет на линию в мае.",
        "Об этом он сказал журналистам.",
    )
    (quote,) = extract_quotes(Article(title="Паром", paragraphs=paragraphs)).quotes
    assert (quote.paragraph, quote.speaker) == (1, "Фрол Орешкин")


@pytest.mark.parametrize(
    ("text", "speech"),
    [
        ("Новый паром — первый в районе — выйдет в мае", False),
        ("— Паром выйдет в мае", True),  # a turn of dialogue
        ("Паром выйдет в мае, — сказал он", True),
        ("Паром «Ольховка» выйдет в мае", True),  # marks: the quote is pinned to its cue
    ],
)
def test_holds_speech(text: str, speech: bool) -> None:
    assert holds_speech(text) == speech


@pytest.mark.parametrize(
    ("paragraph", "person", "role"),
    [
        (
            "По словам климатолога областного центра Зои Кручининой, паром встанет рано.",
            "Зоя Кручинина",
            "климатолог областного центра",
        ),
        (
            "Эпидемиолог районной больницы Игнат Суховей заявил, что паром продезинфицируют.",
            "Игнат Суховей",
            "эпидемиолог районной больницы",
        ),
    ],
)
def test_a_scientist_in_olog_heads_a_role(paragraph: str, person: str, role: str) -> None:
    speakers = {
        s.name: s.names
        for s in extract_quotes(Article(title="Паром", paragraphs=(paragraph,))).speakers
    }
    assert role in speakers[person]


@pytest.mark.parametrize("word", ["монолог", "пролога", "некрологом"])
def test_a_thing_in_olog_heads_no_role(word: str) -> None:
    assert not is_head(word)

"""Russian speakers: several at one cue, the agencies' speech verbs, roles written two ways,
and headlines whose speaker is a description (store.quotes.ru)."""

from __future__ import annotations

import pytest

from store.models import Article, AttributionHow, QuoteKind, SpeakerKind
from store.quotes.confidence import confidence_of
from store.quotes.extract import extract_quotes
from store.quotes.ru.verb_genders import verb_gender

LAVROV = "Министр иностранных дел России Сергей Лавров провел переговоры."
ZAKHAROVA = "Официальный представитель МИД РФ Мария Захарова выступила на брифинге."
BOTH = "Сергей Лавров и Мария Захарова провели встречу с послами."
PAIR = "Сергей Лавров и Мария Захарова"


def quotes_of(*paragraphs: str, title: str = "Новости дня") -> list[tuple[str, str | None, str]]:
    found = extract_quotes(Article(title=title, paragraphs=paragraphs)).quotes
    return [(q.text, q.speaker, q.how or "") for q in found if q.paragraph is not None]


# --- several speakers ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # The cue after the dash names both: the quote is theirs, never the last name's.
        (
            (BOTH, "«Мы ответим зеркально», — заявили Лавров и Захарова."),
            [("Мы ответим зеркально", PAIR, "surname")],
        ),
        # The subject before the verb, and reported speech.
        (
            (BOTH, "Лавров и Захарова заявили, что Москва ответит на высылку."),
            [("Москва ответит на высылку", PAIR, "surname")],
        ),
        # Full names, three of them, not named before.
        (
            ("«Решение принято», — сообщили Иван Петров, Ольга Смирнова и Андрей Козлов.",),
            [("Решение принято", "Иван Петров, Ольга Смирнова и Андрей Козлов", "named")],
        ),
        # According to both of them, in the genitive.
        (
            (BOTH, "По словам Лаврова и Захаровой, посольство продолжит работу."),
            [("посольство продолжит работу", PAIR, "surname")],
        ),
        # Bodies speaking together, after the cue and before it.
        (
            ("«Учения завершены», — заявили в МИД и Минобороны.",),
            [("Учения завершены", "МИД и Минобороны", "organisation")],
        ),
        (
            ("МИД и Минобороны заявили, что учения завершены.",),
            [("учения завершены", "МИД и Минобороны", "organisation")],
        ),
        # A plural verb with one name is not that person's: someone else spoke with him.
        ((LAVROV, "«Мы ответим», — заявили Лавров."), [("Мы ответим", None, "")]),
        # A singular verb: "и" starts a new clause, the quote is the man's alone.
        (
            (BOTH, "«Мы ответим», — сказал Лавров и Захарова кивнула."),
            [("Мы ответим", "Сергей Лавров", "surname")],
        ),
    ],
)
def test_several_speakers_at_one_cue_are_all_of_them(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None, str]]
) -> None:
    assert quotes_of(*paragraphs) == expected


def test_several_speakers_are_stored_as_a_group_like_english() -> None:
    # English stores "Ada Kerr and Bo Renn" as one speaker of the organisation kind.
    attribution = extract_quotes(
        Article(title="Новости", paragraphs=(BOTH, "«Мы ответим», — заявили Лавров и Захарова."))
    )
    [quote] = attribution.quotes
    assert quote.kind == QuoteKind.DIRECT
    assert [(s.name, s.kind) for s in attribution.speakers] == [(PAIR, SpeakerKind.ORGANISATION)]
    english = extract_quotes(
        Article(title="News", paragraphs=("“We will respond,” Ada Kerr and Bo Renn said.",))
    )
    assert [s.kind for s in english.speakers] == [SpeakerKind.ORGANISATION]


# --- speech verbs -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("verb", "gender"),
    [
        ("пообещал", "masc"),
        ("пообещала", "femn"),
        ("пообещали", "plur"),
        ("возразил", "masc"),
        ("возразила", "femn"),
        ("объяснил", "masc"),
        ("предположила", "femn"),
        ("допустил", "masc"),
        ("посетовала", "femn"),
        ("парировал", "masc"),
        ("прокомментировала", "femn"),
        ("акцентировал", "masc"),
        ("признался", "masc"),
        ("призналась", "femn"),
        ("пожаловалась", "femn"),
        ("согласились", "plur"),
        ("выразил уверенность", "masc"),
        ("выразила надежду", "femn"),
        ("отмечает", None),
        ("подчеркивает", None),
        ("поясняет", None),
        ("уверяет", None),
        # Already known; checked against the agencies' usual list.
        ("призвал", "masc"),
        ("предупредила", "femn"),
        ("пояснил", "masc"),
        ("уточнил", "masc"),
        ("признал", "masc"),
        ("отметил", "masc"),
        ("констатировал", "masc"),
        ("рассказала", "femn"),
        ("ответил", "masc"),
        ("убежден", "masc"),
        ("полагает", None),
        ("подчеркнула", "femn"),
    ],
)
def test_agency_speech_verbs_are_cues_with_their_gender(verb: str, gender: str | None) -> None:
    assert verb_gender(verb) == gender
    speaker = "Мария Захарова" if gender == "femn" else "Сергей Лавров"
    surname = speaker.split()[1]
    if gender == "plur":
        return  # several speakers: the test above
    # After the dash of direct speech, and as the verb of reported speech.
    assert quotes_of(LAVROV, ZAKHAROVA, f"«Мы ответим зеркально», — {verb} {surname}.") == [
        ("Мы ответим зеркально", speaker, "surname")
    ]
    assert quotes_of(LAVROV, ZAKHAROVA, f"{surname} {verb}, что Москва ответит.") == [
        ("Москва ответит", speaker, "surname")
    ]


def test_expressing_needs_its_object_to_be_speech() -> None:
    # "выразил соболезнования" says nothing that could be quoted.
    assert quotes_of(LAVROV, "Лавров выразил соболезнования, что бывает редко.") == []


# --- roles written two ways ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("named", "described", "speaker"),
    [
        ("Губернатор Самарской области Игорь Орлов открыл форум.", "глава региона", "Игорь Орлов"),
        ("Глава региона Игорь Орлов открыл форум.", "губернатор", "Игорь Орлов"),
        ("Министр иностранных дел Сергей Лавров прибыл в Дели.", "глава МИД", "Сергей Лавров"),
        ("Глава МИД РФ Сергей Лавров прибыл в Дели.", "министр иностранных дел", "Сергей Лавров"),
        ("Президент РФ Олег Соколов прибыл в Дели.", "глава государства", "Олег Соколов"),
        ("Премьер-министр Олег Соколов прибыл в Дели.", "глава правительства", "Олег Соколов"),
        (
            "Премьер-министр Олег Соколов прибыл в Дели.",
            "председатель правительства",
            "Олег Соколов",
        ),
        (
            "Председатель правительства Олег Соколов прибыл в Дели.",
            "премьер-министр",
            "Олег Соколов",
        ),
        ("Министр здравоохранения Анна Белова открыла клинику.", "глава Минздрава", "Анна Белова"),
        ("Министр финансов Анна Белова выступила в Думе.", "глава Минфина", "Анна Белова"),
        ("Министр обороны Олег Соколов прибыл в Дели.", "глава Минобороны", "Олег Соколов"),
    ],
)
def test_a_role_written_another_way_is_the_same_person(
    named: str, described: str, speaker: str
) -> None:
    # Someone else is named last: the role, not the salient person, says who.
    other = "С ним встретился депутат Иван Петров."
    verb = "сказала" if speaker.endswith("а") else "сказал"
    assert quotes_of(named, other, f"«Работа продолжится», — {verb} {described}.") == [
        ("Работа продолжится", speaker, "description")
    ]


def test_a_governor_is_not_a_minister() -> None:
    found = quotes_of(
        "Губернатор Игорь Орлов открыл форум.", "«Работа продолжится», — сказал глава МИД."
    )
    assert found == [("Работа продолжится", None, "")]


# --- headlines ----------------------------------------------------------------------------

EXPERT = (
    "Цены перестанут расти, считает аналитик рынка Наталья Кузнецова.",
    "С ней не согласен руководитель компании Артем Соколов.",
    "«Стройка дорожает», — сказал Соколов.",
)


@pytest.mark.parametrize(
    ("title", "paragraphs", "speaker"),
    [
        # A description heading the claim is the lede's speaker, not the last person named.
        ("Эксперт: цены на жилье стабилизируются", EXPERT, "Наталья Кузнецова"),
        # A source is nobody the article names: no speaker is made up for it.
        ("Источник: цены на жилье стабилизируются", EXPERT, None),
        ("Источники: цены на жилье стабилизируются", EXPERT, None),
        # Several experts are no one person of the article.
        ("Эксперты: цены на жилье стабилизируются", EXPERT, None),
        # A description nobody quoted fits, with no one named in that role.
        ("Губернатор: цены на жилье стабилизируются", EXPERT, None),
        # Names still work, before the colon and after the dash.
        (
            "Песков: встреча не планируется",
            ("Пресс-секретарь президента РФ Дмитрий Песков ответил на вопросы.",),
            "Дмитрий Песков",
        ),
        (
            "Встреча не планируется — Песков",
            ("Пресс-секретарь президента РФ Дмитрий Песков ответил на вопросы.",),
            "Дмитрий Песков",
        ),
    ],
)
def test_a_headline_described_speaker(
    title: str, paragraphs: tuple[str, ...], speaker: str | None
) -> None:
    found = extract_quotes(Article(title=title, paragraphs=paragraphs)).quotes
    headline = [q for q in found if q.paragraph is None]
    assert [q.speaker for q in headline] == ([speaker] if speaker else [])
    assert all(q.how == AttributionHow.HEADLINE for q in headline)


def test_a_described_headline_is_less_sure_than_a_named_one() -> None:
    described = extract_quotes(Article(title="Эксперт: цены вырастут", paragraphs=EXPERT)).quotes
    named = extract_quotes(Article(title="Кузнецова: цены вырастут", paragraphs=EXPERT)).quotes
    [low] = [q for q in described if q.paragraph is None]
    [high] = [q for q in named if q.paragraph is None]
    assert low.speaker == high.speaker == "Наталья Кузнецова"
    assert low.confidence < high.confidence == confidence_of(AttributionHow.HEADLINE)

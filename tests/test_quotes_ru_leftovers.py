"""Russian copy the fifth held-out set showed unread: a newspaper's or a business site's
layout with no dateline, "Об этом сообщила X" opening the paragraph after the statement,
groups of people as speakers, and the cues and names around them (store.quotes.ru,
store.ingest.text). Invented sentences only."""

from __future__ import annotations

import pytest
from sqlite_utils import Database

from store.ingest.batch import store_article
from store.ingest.text import parse_text
from store.models import Article, QuoteKind, SpeakerKind
from store.quotes.extract import extract_quotes
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
    article = parse_text(
        "Business\n\nPlant goes on a four-day week\n\nPhoto: Ivan Petrov\n\n"
        "The plant cut its week.\n\nAnna Sizova, Sosnyaki"
    )
    assert article.title == "Business"
    assert len(article.paragraphs) == 4


# --- groups of people as speakers ---------------------------------------------------------

KOZLOVA = "Глава района Нина Козлова провела прием граждан."


def quotes_of(*paragraphs: str) -> list[tuple[str, str | None, str, str]]:
    found = extract_quotes(Article(title="Новости дня", paragraphs=paragraphs)).quotes
    return [(q.text, q.speaker, q.how or "", q.kind) for q in found if q.paragraph is not None]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # A group before a present-tense cue: reported speech, the group as described.
        (
            (KOZLOVA, "Родители учеников считают, что школу нужно ремонтировать летом."),
            [
                (
                    "школу нужно ремонтировать летом",
                    "родители учеников",
                    "description",
                    QuoteKind.INDIRECT,
                )
            ],
        ),
        # A group introducing a quote with a colon, its genitive complements and all.
        (
            (KOZLOVA, "Владельцы дач и огородов жалуются: «Воду дают два часа в сутки»."),
            [
                (
                    "Воду дают два часа в сутки",
                    "владельцы дач и огородов",
                    "description",
                    QuoteKind.DIRECT,
                )
            ],
        ),
        # After the quote's dash, the group's place named in its tail; not Козлова's words.
        (
            (KOZLOVA, "«Автобус не ходит с января», — жалуются жители деревни Сухой Брод."),
            [
                (
                    "Автобус не ходит с января",
                    "жители деревни Сухой Брод",
                    "description",
                    QuoteKind.DIRECT,
                )
            ],
        ),
        # In the genitive after "по словам", with an adjective before it.
        (
            (KOZLOVA, "По словам местных фермеров, урожай картофеля упал вдвое."),
            [("урожай картофеля упал вдвое", "местные фермеры", "description", QuoteKind.INDIRECT)],
        ),
        # A verb in the singular has no group for its subject: "сказала" is Козлова's.
        (
            (KOZLOVA, "«Дорогу починят к осени», — сказала глава района жителям поселка."),
            [("Дорогу починят к осени", "Нина Козлова", "description", QuoteKind.DIRECT)],
        ),
    ],
)
def test_a_group_speaks_as_described(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None, str, str]]
) -> None:
    assert quotes_of(*paragraphs) == expected


def test_a_group_is_no_person_and_no_ones_antecedent() -> None:
    attribution = extract_quotes(
        Article(
            title="Новости дня",
            paragraphs=(
                KOZLOVA,
                "Пенсионеры поселка уверены, что аптеку закроют.",
                "«Лекарства будут всегда», — сказала она.",
            ),
        )
    )
    groups = [s for s in attribution.speakers if s.kind == SpeakerKind.GROUP]
    assert [s.name for s in groups] == ["пенсионеры поселка"]
    assert attribution.quotes[-1].speaker == "Нина Козлова"  # "она" is the woman, not them
    assert "пенсионеры поселка" not in {s.name for s in attribution.mentioned}


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # The present tense of warning and pointing out reports speech.
        (
            "Метеорологи предупреждают, что морозы вернутся в апреле.",
            ("морозы вернутся в апреле", "метеорологи"),
        ),
        (
            "Нина Козлова указывает, что денег на ремонт нет.",
            ("денег на ремонт нет", "Нина Козлова"),
        ),
        (
            "Нина Козлова подтвердила, что ремонт начнется в мае.",
            ("ремонт начнется в мае", "Нина Козлова"),
        ),
    ],
)
def test_more_present_and_past_cues(paragraph: str, expected: tuple[str, str]) -> None:
    assert [q[:2] for q in quotes_of(paragraph)] == [expected]


# --- "Об этом заявил X" opening the paragraph after the statement ---------------------------


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # The statement is the paragraph before: the speaker's, reported, in that paragraph.
        (
            (
                "Тарифы на воду в Сосняках с июля вырастут на 9%.",
                "Об этом в среду сообщила глава района Нина Козлова.",
            ),
            [
                (
                    0,
                    "Тарифы на воду в Сосняках с июля вырастут на 9%",
                    "Нина Козлова",
                    "named",
                    QuoteKind.INDIRECT,
                )
            ],
        ),
        # Only the closing sentences no one spoke: the first is Козлова's own statement.
        (
            (
                "Нина Козлова заявила, что денег хватит. Новый водовод построят за год.",
                "Об этом сообщил подрядчик Олег Бабкин.",
            ),
            [
                (0, "денег хватит", "Нина Козлова", "named", QuoteKind.INDIRECT),
                (0, "Новый водовод построят за год", "Олег Бабкин", "named", QuoteKind.INDIRECT),
            ],
        ),
        # A quote no cue gave anyone, the paragraph before: direct speech.
        (
            ("«Воды хватит всем, и летом тоже».", "Об этом заявил Олег Бабкин."),
            [(0, "Воды хватит всем, и летом тоже", "Олег Бабкин", "named", QuoteKind.DIRECT)],
        ),
        # "Об этом" later in the paragraph points at its own sentence before, not further.
        (
            ("Тарифы на воду вырастут на 9%.", "Воду дадут в июле. Об этом сообщил Олег Бабкин."),
            [(1, "Воду дадут в июле", "Олег Бабкин", "named", QuoteKind.INDIRECT)],
        ),
        # A document says it: no one's words.
        (("Тарифы на воду вырастут на 9%.", "Об этом говорится в постановлении мэрии."), []),
        # A sentence that names the speaker tells of them: only the one after it is theirs.
        (
            (
                "Подрядчик Олег Бабкин приехал на стройку. Водовод построят за год.",
                "Об этом он сказал журналистам.",
            ),
            [(0, "Водовод построят за год", "Олег Бабкин", "pronoun", QuoteKind.INDIRECT)],
        ),
        (("Подрядчик Олег Бабкин приехал на стройку.", "Об этом он сказал журналистам."), []),
    ],
)
def test_about_this_opening_a_paragraph_points_to_the_one_before(
    paragraphs: tuple[str, ...], expected: list[tuple[int, str, str | None, str, str]]
) -> None:
    found = extract_quotes(Article(title="Новости дня", paragraphs=paragraphs)).quotes
    assert [(q.paragraph, q.text, q.speaker, q.how, q.kind) for q in found] == expected


# --- names in quote marks -----------------------------------------------------------------

BABKIN = "Гендиректор компании Олег Бабкин выступил на собрании акционеров."


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # A company's name after its noun, an abbreviation after it: no quote; and "Об этом"
        # with the paper's «…» between it and the cue reads the sentence across the name.
        (
            (
                "Холдинг «Сосняковские мануфактуры» (СМ) закроет два цеха. Об этом «Вестнику» "
                "сообщил гендиректор холдинга Олег Бабкин.",
            ),
            [
                (
                    "Холдинг «Сосняковские мануфактуры» (СМ) закроет два цеха",
                    "Олег Бабкин",
                    QuoteKind.INDIRECT,
                )
            ],
        ),
        # A paper's short name between the cue and "что".
        (
            (BABKIN, "Бабкин подтвердил «Вестнику», что цеха закроют до осени."),
            [("цеха закроют до осени", "Олег Бабкин", QuoteKind.INDIRECT)],
        ),
        # A long name after its noun in the middle of narration is nobody's words.
        ((BABKIN, "Бабкин приехал на завод «Красный пролетарий имени Ивана Лодыгина»."), []),
        # A one-word quote set out as speech stays speech: after a colon, before a cue.
        (
            (BABKIN, "Бабкин ответил: «Нет».", "«Никогда», — добавил он."),
            [
                ("Нет", "Олег Бабкин", QuoteKind.DIRECT),
                ("Никогда", "Олег Бабкин", QuoteKind.DIRECT),
            ],
        ),
    ],
)
def test_names_in_marks_are_no_quotes_and_narration_reads_across_them(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None, str]]
) -> None:
    assert [(q[0], q[1], q[3]) for q in quotes_of(*paragraphs)] == expected


@pytest.mark.parametrize(
    ("paragraph", "role"),
    [
        # A role held in a place keeps the place: the preposition and its name.
        ("Посол России в Сосняках Игорь Вагин провел прием.", "посол России в Сосняках"),
        (
            "Постоянный представитель РФ при ООН Игорь Вагин выступил.",
            "постоянный представитель РФ при ООН",
        ),
        # A place before the role is the sentence's, not the role's.
        ("В Сосняках министр финансов Игорь Вагин провел прием.", "министр финансов"),
    ],
)
def test_a_role_held_in_a_place_keeps_it(paragraph: str, role: str) -> None:
    attribution = extract_quotes(
        Article(
            title="Новости дня",
            paragraphs=(
                paragraph,
                "«Переговоры продолжатся», — заявил Вагин.",
            ),
        )
    )
    assert attribution.quotes[0].role == role


def test_a_group_is_stored_as_a_group(fresh_db: Database) -> None:
    store_article(
        fresh_db,
        parse_text(
            "Автобус отменили\n\nСОСНЯКИ, 3 мая. /ТАСС/. Автобус до Сосняков отменили с мая.\n\n"
            "«Теперь до города пешком десять километров», — жалуются жители поселка."
        ),
    )
    rows = list(fresh_db.query("SELECT name, kind FROM speakers"))
    assert rows == [{"name": "жители поселка", "kind": "group"}]


@pytest.mark.parametrize(
    ("paragraph", "role"),
    [
        # A body's name in marks between the role and the person is the role's.
        (
            "Аналитик брокерской компании «Сосняки Инвест» Игорь Вагин ждет роста.",
            "аналитик брокерской компании «Сосняки Инвест»",
        ),
        # In an oblique case too.
        (
            "Журналисты поговорили с директором завода «Красный ткач» Игорем Вагиным.",
            "директор завода «Красный ткач»",
        ),
    ],
)
def test_a_bodys_name_in_marks_stays_in_the_role(paragraph: str, role: str) -> None:
    attribution = extract_quotes(
        Article(
            title="Новости дня",
            paragraphs=(
                paragraph,
                "«Спрос вернется к осени», — сказал Вагин.",
            ),
        )
    )
    (speaker,) = attribution.speakers
    assert role in speaker.names
    assert not any(name in role for name in speaker.names if name != role)  # no shorter one


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # A capital after a unit's full stop opens the next sentence: not the reported clause.
        (
            "Мэрия сообщила, что ремонт обойдется в 40 млн руб. Работы начнутся в мае.",
            "ремонт обойдется в 40 млн руб",
        ),
        # After "им." a capital is a name: the clause runs on.
        (
            "Нина Козлова сообщила, что школу им. Пушкина отремонтируют летом.",
            "школу им. Пушкина отремонтируют летом",
        ),
    ],
)
def test_a_unit_ends_a_sentence_before_a_capital(paragraph: str, expected: str) -> None:
    assert [q[0] for q in quotes_of(KOZLOVA, paragraph)] == [expected]


@pytest.mark.parametrize(
    ("title", "speaker"),
    [
        # The headline's group is the one the story quotes.
        ("Жители Сосняков: автобус нужен каждый день", "жители Сосняков"),
        # A group the story never quotes is no one.
        ("Эксперты: автобус нужен каждый день", None),
    ],
)
def test_a_headline_gives_its_claim_to_a_group_the_story_quotes(
    title: str, speaker: str | None
) -> None:
    found = extract_quotes(
        Article(
            title=title, paragraphs=("Жители Сосняков жалуются, что автобус ходит раз в неделю.",)
        )
    ).quotes
    headline = [q.speaker for q in found if q.paragraph is None]
    assert headline == ([speaker] if speaker else [])


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # "по их словам" right after a group spoke is the group's.
        (
            (
                "Жители поселка жалуются: «Воду дали только к утру».",
                "По их словам, дамбу так и не подняли.",
            ),
            [
                ("Воду дали только к утру", "жители поселка"),
                ("дамбу так и не подняли", "жители поселка"),
            ],
        ),
        # "они" too.
        (
            (
                "Жители поселка жалуются: «Воду дали только к утру». Они уверены, что дамбу не "
                "поднимут.",
            ),
            [
                ("Воду дали только к утру", "жители поселка"),
                ("дамбу не поднимут", "жители поселка"),
            ],
        ),
        # Someone named since: "их" is not the group's (nor is it one person's).
        (
            (
                "Жители поселка жалуются: «Воду дали только к утру».",
                "Глава района Нина Козлова осмотрела дамбу. По их словам, дамбу поднимут.",
            ),
            [("Воду дали только к утру", "жители поселка")],
        ),
    ],
)
def test_they_are_the_group_that_just_spoke(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str]]
) -> None:
    assert [q[:2] for q in quotes_of(*paragraphs)] == expected

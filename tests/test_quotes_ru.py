"""Russian articles: language, agency layout, dates, quotes, speakers (store.quotes.ru)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlite_utils import Database

from bot.cli import main
from store.articles import load_article
from store.db import open_db
from store.ingest.batch import reextract_quotes, store_article
from store.ingest.dates import normalise_date, russian_date
from store.ingest.text import parse_text
from store.migrations import migrations
from store.models import Article, AttributionHow, Quote, QuoteKind, SpeakerKind
from store.quotes.extract import extract_quotes
from store.quotes.ru.language import Language, article_language, detect_language
from store.quotes.ru.names import analyser, nominative_phrase, read_name
from tests.russian_store import store_before_languages

FIXTURES = Path(__file__).parent / "fixtures" / "ru"
EXPECTED: dict[str, Any] = json.loads((FIXTURES / "expected.json").read_text(encoding="utf-8"))
ARTICLES = sorted(name for name in EXPECTED if not name.startswith("_"))


# --- language -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "text", "language"),
    [
        ("Лавров: Россия ответит", "Министр заявил, что Москва ответит.", Language.RUSSIAN),
        (
            "Lavrov: Russia will respond",
            "The minister said Moscow would respond.",
            Language.ENGLISH,
        ),
        # Latin names and agencies inside Russian copy do not make it English.
        (
            "Reuters: NATO и США",
            "Как сообщает Reuters, NATO обсудит бюджет в Брюсселе.",
            Language.RUSSIAN,
        ),
        # A Russian word quoted in English copy does not make it Russian.
        (
            "Putin's «перезагрузка»",
            "The word перезагрузка was misspelt on the button.",
            Language.ENGLISH,
        ),
        ("2016", "12:00", Language.ENGLISH),  # no letters at all: the default
        # The boundary: as many Cyrillic letters as Latin ones is no majority, one more is.
        ("abc", "где", Language.ENGLISH),
        ("abc", "где ж", Language.RUSSIAN),
        ("ab", "где", Language.RUSSIAN),
    ],
)
def test_language_is_the_majority_of_letters(title: str, text: str, language: Language) -> None:
    assert detect_language(title, [text]) == language


def test_an_article_labelled_english_by_default_is_checked_against_its_letters() -> None:
    # Parsers that detect no language (JSON, pages, feeds) leave the default "en".
    article = Article(title="Захарова: ответ будет", paragraphs=("Она заявила это в пятницу.",))
    assert article.language == "en"
    assert article_language(article) == Language.RUSSIAN


# --- layout and dates ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("22 июля 2016 года", "2016-07-22"),
        ("1 сентября 2023 г.", "2023-09-01"),
        ("22 июля", "--07-22"),  # no year written: none invented
        ("в пятницу", None),  # a weekday names no day we can tell
        ("31 февраля", None),
        ("22 июля 2016, 10:30", "2016-07-22T10:30:00"),
    ],
)
def test_russian_dates_read_without_inventing_a_year(text: str, iso: str | None) -> None:
    assert russian_date(text) == iso
    assert normalise_date(text) == iso  # a JSON "published" in Russian is read the same


@pytest.mark.parametrize(
    ("dateline", "place", "published", "source"),
    [
        ("МОСКВА, 22 июля. /ТАСС/.", "МОСКВА", "--07-22", "ТАСС"),
        ("САНКТ-ПЕТЕРБУРГ, 3 июня 2021 года. /ТАСС/.", "САНКТ-ПЕТЕРБУРГ", "2021-06-03", "ТАСС"),
        ("МОСКВА, 22 июл — РИА Новости.", "МОСКВА", "--07-22", "РИА Новости"),
        ("Москва. 22 июля. INTERFAX.RU -", "Москва", "--07-22", "INTERFAX.RU"),
    ],
)
def test_russian_datelines_give_place_date_and_agency(
    dateline: str, place: str, published: str, source: str
) -> None:
    article = parse_text(f"Лавров ответил на вопросы\n\n{dateline} Министр выступил в Думе.")
    assert (article.place, article.published, article.source) == (place, published, source)
    assert article.paragraphs == ("Министр выступил в Думе.",)
    assert article.language == "ru"


def test_section_line_captions_and_credits_are_not_article_text() -> None:
    article = parse_text((FIXTURES / "tass_embassies.txt").read_text(encoding="utf-8"))
    assert article.title == "Россия ответит на высылку дипломатов зеркально — Лавров"
    assert article.subtitle is None  # "© Фото: …" under the title is a credit, not a subtitle
    assert not any("Фото" in p for p in article.paragraphs)  # nor the one between paragraphs
    assert article.paragraphs[0].startswith("Министр иностранных дел России")


def test_a_dateline_left_in_the_text_is_no_speaker() -> None:
    # JSON and pages keep the dateline in the first paragraph: "МОСКВА" must not be read.
    article = Article(
        title="Песков ответил",
        paragraphs=("МОСКВА, 3 октября. /ТАСС/. «Оснований для паники нет», — сказал Песков.",),
    )
    [quote] = extract_quotes(article).quotes
    assert (quote.text, quote.speaker) == ("Оснований для паники нет", "Песков")


# --- names and roles ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "name", "gender"),
    [
        ("Сергей Лавров", "Сергей Лавров", "masc"),
        ("Сергею Лаврову", "Сергей Лавров", "masc"),
        ("Сергеем Лавровым", "Сергей Лавров", "masc"),
        ("Марии Захаровой", "Мария Захарова", "femn"),
        ("Ивана Ивановича Петрова", "Иван Иванович Петров", "masc"),
        ("Сергеем Шойгу", "Сергей Шойгу", "masc"),  # indeclinable surname
        # Surnames the dictionary lacks, after a first name it knows: inflected by ending.
        ("Юрия Трутнева", "Юрий Трутнев", "masc"),
        ("Анной Беловой", "Анна Белова", "femn"),
        ("Олегом Кожемяко", "Олег Кожемяко", "masc"),
    ],
)
def test_names_in_any_case_are_read_in_the_nominative(words: str, name: str, gender: str) -> None:
    reading = read_name(tuple(words.split()))
    assert reading is not None
    assert (reading.name, reading.gender) == (name, gender)


@pytest.mark.parametrize("words", ["Россия", "Москва", "Вместе", "Глава"])
def test_words_of_the_language_are_no_names(words: str) -> None:
    assert read_name(tuple(words.split())) is None


@pytest.mark.parametrize(
    ("written", "nominative"),
    [
        ("официального представителя МИД РФ", "официальный представитель МИД РФ"),
        ("министра иностранных дел России", "министр иностранных дел России"),
        ("главы МИД РФ", "глава МИД РФ"),
        ("пресс-секретаря президента РФ", "пресс-секретарь президента РФ"),
        ("первого заместителя председателя", "первый заместитель председателя"),
    ],
)
def test_roles_are_put_in_the_nominative_up_to_their_head(written: str, nominative: str) -> None:
    assert nominative_phrase(written.split()) == nominative


def test_the_analyser_is_built_once() -> None:
    assert analyser() is analyser()


# --- quotes -------------------------------------------------------------------------------

LAVROV = "Министр иностранных дел России Сергей Лавров провел переговоры."
ZAKHAROVA = "Официальный представитель МИД РФ Мария Захарова выступила на брифинге."
BOTH = "Мария Захарова и Сергей Лавров провели встречу с послами."  # the man named last
SHE_LAST = "Сергей Лавров и Мария Захарова провели встречу с послами."


def quotes_of(*paragraphs: str, title: str = "Новости дня") -> list[tuple[str, str | None, str]]:
    found = extract_quotes(Article(title=title, paragraphs=paragraphs)).quotes
    return [(q.text, q.speaker, q.how or "") for q in found if q.paragraph is not None]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # Direct speech with the cue after a dash, the surname widened to the full name.
        (
            (LAVROV, "«Мы ответим зеркально», — сказал Лавров."),
            [("Мы ответим зеркально", "Сергей Лавров", "surname")],
        ),
        # The description after the dash: the person named with that role.
        (
            (LAVROV, "«Мы ответим зеркально», — заявил глава МИД РФ."),
            [("Мы ответим зеркально", "Сергей Лавров", "description")],
        ),
        # A split quote: both halves are his.
        (
            (LAVROV, "«Мы готовы к диалогу, — отметил он, — но не под давлением»."),
            [
                ("Мы готовы к диалогу", "Сергей Лавров", "pronoun"),
                ("но не под давлением", "Сергей Лавров", "pronoun"),
            ],
        ),
        # A colon introduction, „…“ nested inside «…».
        (
            (ZAKHAROVA, "Захарова заявила: «Это „партнерский“ подход»."),
            [("Это „партнерский“ подход", "Мария Захарова", "surname")],
        ),
        # A bare name and a colon, as channels and interviews set speech out.
        (
            (ZAKHAROVA, "Захарова: «Ответ будет жестким»."),
            [("Ответ будет жестким", "Мария Захарова", "layout")],
        ),
        # A topic before the colon names nobody: the quote's speaker is not known.
        (
            ("Итоги дня: «Ответ будет жестким и быстрым».",),
            [("Ответ будет жестким и быстрым", None, "")],
        ),
        # „…“ and “…” as the outer marks, as some agencies set them.
        (
            (LAVROV, "„Решение принято“, — сказал Лавров. “Оно окончательное”, — добавил он."),
            [
                ("Решение принято", "Сергей Лавров", "surname"),
                ("Оно окончательное", "Сергей Лавров", "pronoun"),
            ],
        ),
        # Dialogue with a dash instead of marks.
        (
            (LAVROV, "— Мы всё видим, — сказал Лавров. — И делаем выводы."),
            [
                ("Мы всё видим", "Сергей Лавров", "surname"),
                ("И делаем выводы", "Сергей Лавров", "surname"),
            ],
        ),
        # The verb's gender picks the woman though the man was named last, and the reverse.
        (
            (BOTH, "«Это провокация», — заявила дипломат."),
            [("Это провокация", "Мария Захарова", "description")],
        ),
        (
            (BOTH, "«Это провокация», — сказала она."),
            [("Это провокация", "Мария Захарова", "pronoun")],
        ),
        (
            (SHE_LAST, "«Это провокация», — сказал он."),
            [("Это провокация", "Сергей Лавров", "pronoun")],
        ),
        # "Лаврова" after "заявила" is a woman's name, not Лавров in the genitive.
        (
            ("Анна Лаврова и Сергей Лавров прибыли в Казань.", "«Мы рады», — заявила Лаврова."),
            [("Мы рады", "Анна Лаврова", "surname")],
        ),
        # An indeclinable surname both of them bear: the verb's gender tells who.
        (
            (
                "Ольга Кравченко и Андрей Кравченко открыли выставку.",
                "«Мы рады», — заявила Кравченко.",
            ),
            [("Мы рады", "Ольга Кравченко", "surname")],
        ),
        (
            (
                "Ольга Кравченко и Андрей Кравченко открыли выставку.",
                "«Мы рады», — заявил Кравченко.",
            ),
            [("Мы рады", "Андрей Кравченко", "surname")],
        ),
        # Foreign names the dictionary cannot read, after a role, in any case later.
        (
            ("Канцлер ФРГ Олаф Шольц прибыл в Москву.", "«Мы готовы», — сказал Шольц."),
            [("Мы готовы", "Олаф Шольц", "surname")],
        ),
        (
            (
                "Лавров встретился с президентом Франции Эммануэлем Макроном.",
                "«Европа едина», — заявил Макрон.",
            ),
            [("Европа едина", "Эммануэль Макрон", "surname")],
        ),
        # An agency quoting someone: the speaker in the accusative.
        (
            (LAVROV, "«Санкции не работают», — цитирует Лаврова ТАСС."),
            [("Санкции не работают", "Сергей Лавров", "surname")],
        ),
        # A paragraph of quotation after someone spoke carries on their words.
        (
            (LAVROV, "«Мы ответим», — сказал Лавров.", "«Ответ будет симметричным и быстрым»."),
            [
                ("Мы ответим", "Сергей Лавров", "surname"),
                ("Ответ будет симметричным и быстрым", "Сергей Лавров", "carried"),
            ],
        ),
        # A quoted name of a newspaper or company is nobody's words.
        ((LAVROV, "Лавров дал интервью газете «Коммерсант»."), []),
        # The quote's own cue names someone not known (an agency's source): not the minister
        # quoted just before, nor anyone nearby.
        (
            (
                LAVROV,
                "«Мы ответим», — сказал Лавров.",
                "«Никаких сроков нет», — сообщил источник агентства.",
            ),
            [("Мы ответим", "Сергей Лавров", "surname"), ("Никаких сроков нет", None, "")],
        ),
    ],
)
def test_direct_quotes_and_their_speakers(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str, str]]
) -> None:
    assert quotes_of(*paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (LAVROV, "Лавров заявил, что Москва ответит на высылку."),
            [("Москва ответит на высылку", "Сергей Лавров", "surname")],
        ),
        (
            (LAVROV, "По словам Лаврова, посольство продолжит работу."),
            [("посольство продолжит работу", "Сергей Лавров", "surname")],
        ),
        (
            (ZAKHAROVA, "По ее словам, выставка откроется осенью."),
            [("выставка откроется осенью", "Мария Захарова", "pronoun")],
        ),
        (
            (ZAKHAROVA, "Как сообщила Захарова, документы переданы в ЮНЕСКО."),
            [("документы переданы в ЮНЕСКО", "Мария Захарова", "surname")],
        ),
        (
            (LAVROV, "По мнению министра, санкции не работают."),
            [("санкции не работают", "Сергей Лавров", "description")],
        ),
        (
            ("Ученые нашли новый вид рыб, сообщила директор института Елена Смирнова.",),
            [("Ученые нашли новый вид рыб", "Елена Смирнова", "named")],
        ),
        # Words in marks after "что" are a direct quote, not reported speech.
        (
            (LAVROV, "Лавров заявил, что «ответ будет жестким»."),
            [("ответ будет жестким", "Сергей Лавров", "surname")],
        ),
    ],
)
def test_reported_speech_is_indirect(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str, str]]
) -> None:
    found = extract_quotes(Article(title="Новости", paragraphs=paragraphs)).quotes
    assert [(q.text, q.speaker, q.how) for q in found] == expected
    marked = "«" in paragraphs[-1]
    assert all(q.kind == (QuoteKind.DIRECT if marked else QuoteKind.INDIRECT) for q in found)


@pytest.mark.parametrize(
    ("paragraph", "text", "speaker"),
    [
        ("«Ответ последует», — заявили в МИД России.", "Ответ последует", "МИД России"),
        ("В Кремле заявили, что встреча не планируется.", "встреча не планируется", "Кремль"),
        (
            "«Работы завершены», — сообщили в пресс-службе ведомства.",
            "Работы завершены",
            "Пресс-служба ведомства",
        ),
        ("Минобороны сообщило, что учения завершены.", "учения завершены", "Минобороны"),
    ],
)
def test_bodies_speak_as_organisations(paragraph: str, text: str, speaker: str) -> None:
    attribution = extract_quotes(Article(title="Новости", paragraphs=(paragraph,)))
    [quote] = attribution.quotes
    assert (quote.text, quote.speaker, quote.how) == (text, speaker, AttributionHow.ORGANISATION)
    assert [(s.name, s.kind) for s in attribution.speakers] == [(speaker, SpeakerKind.ORGANISATION)]


def test_a_body_is_no_antecedent_of_a_pronoun() -> None:
    found = quotes_of(LAVROV, "В МИД России заявили о протесте.", "«Мы ответим», — сказал он.")
    assert found == [("Мы ответим", "Сергей Лавров", "pronoun")]


@pytest.mark.parametrize(
    ("title", "claim", "speaker"),
    [
        ("Россия ответит на высылку — Лавров", "Россия ответит на высылку", "Сергей Лавров"),
        ("Лавров: Россия ответит на высылку", "Россия ответит на высылку", "Сергей Лавров"),
        ("Глава МИД РФ: Россия ответит", "Россия ответит", "Сергей Лавров"),
        ("Россия ответит — Шувалов", None, None),  # nobody the article names
        ("Итоги недели: Россия ответит", None, None),  # a label, not a person
    ],
)
def test_headline_attribution(title: str, claim: str | None, speaker: str | None) -> None:
    found = extract_quotes(Article(title=title, paragraphs=(LAVROV,))).quotes
    headline = [q for q in found if q.paragraph is None]
    assert [(q.text, q.speaker, q.how) for q in headline] == (
        [(claim, speaker, AttributionHow.HEADLINE)] if claim else []
    )


def test_confidence_is_the_english_table_for_each_way() -> None:
    found = extract_quotes(
        Article(title="Новости", paragraphs=(LAVROV, "«Мы ответим», — сказал он."))
    ).quotes
    english = extract_quotes(
        Article(title="News", paragraphs=("Sergei Lavrov spoke.", "“We will respond,” he said."))
    ).quotes
    assert [(q.how, q.confidence) for q in found] == [(q.how, q.confidence) for q in english]


def test_speakers_carry_roles_and_every_written_form() -> None:
    attribution = extract_quotes(
        Article(
            title="Новости",
            paragraphs=(
                ZAKHAROVA,
                "«Ответ будет», — заявила Захарова.",
                "Встреча с Марией Захаровой.",
            ),
        )
    )
    [speaker] = attribution.speakers
    assert speaker.name == "Мария Захарова"
    assert {"Захарова", "официальный представитель МИД РФ"} <= set(speaker.names)


def test_words_after_a_role_are_no_foreign_name() -> None:
    text = "Президент Ассоциации Российских Банков выступил на форуме."
    assert extract_quotes(Article(title="Новости", paragraphs=(text,))).mentioned == ()


def test_people_named_but_never_quoted_are_mentioned() -> None:
    attribution = extract_quotes(
        Article(title="Новости", paragraphs=(BOTH, "«Ответ будет», — заявила Захарова."))
    )
    assert [s.name for s in attribution.mentioned] == ["Сергей Лавров"]


# --- the fixture articles -----------------------------------------------------------------


def gold_quotes(name: str) -> list[tuple[int | None, str, str, str, str]]:
    return [
        # A quote nobody is named for has null speaker and how in the gold, "" here.
        (q["paragraph"], q["text"], q["speaker"] or "", q["kind"], q["how"] or "")
        for q in EXPECTED[name]["quotes"]
    ]


def found_quotes(quotes: tuple[Quote, ...]) -> list[tuple[int | None, str, str, str, str]]:
    return [(q.paragraph, q.text, q.speaker or "", q.kind, q.how or "") for q in quotes]


# held-out-7 was tuned on and reads its gold exactly: checked as dev is, its split kept apart.
@pytest.mark.parametrize(
    "name", [n for n in ARTICLES if EXPECTED[n]["split"] in ("dev", "held-out-7")]
)
def test_fixture_articles_give_their_gold(name: str) -> None:
    article = parse_text((FIXTURES / name).read_text(encoding="utf-8"))
    layout = EXPECTED[name]["layout"]
    assert {
        "place": article.place,
        "published": article.published,
        "source": article.source,
        "title": article.title,
        "paragraphs": len(article.paragraphs),
    } == layout
    attribution = extract_quotes(article)
    assert found_quotes(attribution.quotes) == gold_quotes(name)
    roles = {s.name: set(s.names) for s in attribution.speakers}
    for person, role in EXPECTED[name]["roles"].items():
        assert role in roles[person], person


# --- storing and ingesting ----------------------------------------------------------------


def test_language_is_stored_and_loaded(fresh_db: Database) -> None:
    russian = parse_text((FIXTURES / "ria_zakharova.txt").read_text(encoding="utf-8"))
    english = Article(title="Lavrov spoke", paragraphs=("He said so.",))
    ids = [store_article(fresh_db, a).article_id for a in (russian, english)]
    rows = fresh_db.execute("SELECT language FROM articles ORDER BY id").fetchall()
    assert rows == [("ru",), ("en",)]
    assert [load_article(fresh_db, i).language for i in ids] == ["ru", "en"]


def test_articles_stored_before_languages_are_english(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    old = Database(str(path))
    migrations.apply(old, stop_before="m010_article_language")
    old.execute("INSERT INTO articles (title, content_hash, ingested_at) VALUES ('Old', 'h', 'x')")
    old.conn.commit()
    old.close()
    db = open_db(path)
    assert db.execute("SELECT language FROM articles").fetchall() == [("en",)]


def test_reindexing_labels_a_russian_article_stored_before_languages(tmp_path: Path) -> None:
    db = open_db(store_before_languages(tmp_path / "old.db"))
    assert db.execute("SELECT language FROM articles").fetchall() == [("en",)]
    assert reextract_quotes(db) == 1
    assert db.execute("SELECT language FROM articles").fetchall() == [("ru",)]
    # The headline's claim and the quote, both hers.
    assert db.execute("SELECT speaker, how FROM quotes").fetchall() == [
        ("Захарова", "headline"),
        ("Захарова", "named"),
    ]


def stored_quotes(db_path: Path) -> list[tuple[str, str, str]]:
    db = open_db(db_path)
    rows = db.execute(
        "SELECT q.text, s.name, q.how FROM quotes q JOIN speakers s ON s.id = q.speaker_id "
        "ORDER BY q.article_id, q.position"
    ).fetchall()
    db.close()
    return [tuple(row) for row in rows]


def test_a_russian_text_file_ingests_with_quotes_and_speakers(tmp_path: Path) -> None:
    db = tmp_path / "n.db"
    assert main(["--db", str(db), "ingest", str(FIXTURES / "tass_embassies.txt")]) == 0
    stored = stored_quotes(db)
    assert ("Мы готовы к диалогу", "Сергей Лавров", "pronoun") in stored
    assert len(stored) == len(EXPECTED["tass_embassies.txt"]["quotes"])
    names = open_db(db).execute("SELECT name FROM speaker_names").fetchall()
    assert ("министр иностранных дел России",) in names


def test_a_russian_json_article_ingests_with_quotes_and_speakers(tmp_path: Path) -> None:
    record = {
        "title": "Захарова: ответ будет",
        "published": "14 марта 2024 года",
        "text": "МОСКВА, 14 марта. /ТАСС/. Официальный представитель МИД РФ Мария Захарова "
        "выступила на брифинге.\n\n«Ответ будет жестким», — заявила Захарова.",
    }
    source = tmp_path / "zakharova.json"
    source.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    db = tmp_path / "n.db"
    assert main(["--db", str(db), "ingest", str(source)]) == 0
    assert stored_quotes(db) == [
        ("ответ будет", "Мария Захарова", "headline"),
        ("Ответ будет жестким", "Мария Захарова", "surname"),
    ]
    row = open_db(db).execute("SELECT language, published FROM articles").fetchone()
    assert tuple(row) == ("ru", "2024-03-14")


# --- speed: caches of word readings, tokens at C speed (issue 13's ingest speed goal) ---


def test_word_reading_caches_are_bounded_and_emptied_by_forget_words() -> None:
    from store.quotes.ru.cues import forget_words
    from store.quotes.ru.names import PARSE_CACHE, _nominative_role, surname_readings

    forget_words()
    assert surname_readings("Лаврова", ("nomn", "gent")) == (
        ("femn", "Лаврова"),
        ("masc", "Лавров"),
    )
    assert nominative_phrase(["главы", "МИД", "РФ"]) == nominative_phrase(["главы", "МИД", "РФ"])
    for cached in (surname_readings, _nominative_role):
        info = cached.cache_info()
        assert info.maxsize == PARSE_CACHE  # bounded: a long-running ingest cannot grow it
        assert info.currsize == 1
    assert _nominative_role.cache_info().hits == 1  # the second reading of a role is a lookup
    forget_words()
    assert surname_readings.cache_info().currsize == _nominative_role.cache_info().currsize == 0


@pytest.mark.parametrize(
    "text",
    [
        "Глава МИД РФ Сергей Лавров заявил: «Мы готовы к диалогу» — ёлка, Ёж, 2024 год.",
        "Café Müller's crème brûlée, ŁÓDŹ and Ångström",  # marked Latin: folded as tokens.fold
        "Mixed: Лавров met Émile in Zürich_2024 at 10:30",
        "plain ascii words, snake_case and 42",
    ],
)
def test_search_terms_tokenise_as_the_fts_tokens(text: str) -> None:
    # fold's fast path (no marked Latin letter: lower() alone) reads as the letter-by-letter one.
    from store.search.tokens import WORD, fold_char, words

    assert words(text) == WORD.findall("".join(fold_char(c) for c in text.lower()))

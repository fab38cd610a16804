"""Russian questions over a mixed store: the seed and our English articles, and Russian
articles of our own (invented, TASS/RIA/Interfax style). Speakers are set through SQL, as in
tests/corpus.py, so these tests read answering, not quote extraction."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from sqlite_utils import Database

from bot.telegram.app import COMMANDS, COMMANDS_RU
from handlers.answer import answer_question
from handlers.follows import follow_reply
from handlers.intent import IntentKind, parse
from handlers.phrases import Lang, Phrase, count_ru, say
from handlers.records import AnswerKind, ArticleRef, Hit
from handlers.render import format_date, render_html
from handlers.sureness import credit
from store.articles import replace_attribution
from store.db import open_db
from store.live.follows import FollowKind, follows_of
from store.models import Attribution, AttributionHow, Quote, QuoteKind
from store.search import find_quotes, same_person, sync_stems
from store.search.names_ru import nominative_names
from tests.corpus import build_corpus
from tests.fake_bot_api import FakeBotApi, RunningBot, private_chat
from tests.russian_store import add_russian


@pytest.fixture(scope="module")
def mixed() -> Iterator[Database]:
    """The English corpus and the Russian articles, built once: these tests only read."""
    db = add_russian(build_corpus(open_db(":memory:")))
    yield db
    db.close()


# -- what a Russian message asks -------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "kind", "field", "value"),
    [
        ("кто сказал, что посольств нет?", IntentKind.WHO_SAID, "words", "посольств нет"),
        (
            "Кто заявил, что переговоры продолжатся",
            IntentKind.WHO_SAID,
            "words",
            "переговоры продолжатся",
        ),
        ("чьи это слова: «секции интересов»", IntentKind.WHO_SAID, "words", "секции интересов"),
        (
            "«Переговоры продолжатся осенью»",
            IntentKind.WHO_SAID,
            "words",
            "Переговоры продолжатся осенью",
        ),
        (  # an English question about Russian words is answered in Russian
            "who said «Переговоры продолжатся осенью»?",
            IntentKind.WHO_SAID,
            "words",
            "Переговоры продолжатся осенью",
        ),
        ("что сказал Лавров о посольствах?", IntentKind.SPEAKER_QUOTES, "topic", "посольствах"),
        ("что говорил глава МИД о посольствах", IntentKind.SPEAKER_QUOTES, "speaker", "глава МИД"),
        ("что сказала Захарова", IntentKind.SPEAKER_QUOTES, "speaker", "Захарова"),
        ("цитаты Лаврова", IntentKind.SPEAKER_QUOTES, "speaker", "Лаврова"),
        ("что Лавров думает про Грузию", IntentKind.SPEAKER_QUOTES, "topic", "Грузию"),
        ("о чём говорила Захарова?", IntentKind.SPEAKER_QUOTES, "speaker", "Захарова"),
        ("/quote Лаврова", IntentKind.QUOTE, "words", "Лаврова"),
        ("/search посольства", IntentKind.SEARCH, "words", "посольства"),
        ("последние 3 новости", IntentKind.LATEST, "n", 3),
        ("привет", IntentKind.HELP, "words", ""),
        ("кто сказал", IntentKind.HELP, "words", ""),  # nothing to look for
        ("урожай пшеницы", IntentKind.SEARCH, "words", "урожай пшеницы"),
    ],
)
def test_russian_intents(question: str, kind: IntentKind, field: str, value: object) -> None:
    intent = parse(question)
    assert (intent.kind, getattr(intent, field), intent.lang) == (kind, value, Lang.RU)


@pytest.mark.parametrize(
    ("asked", "reading"),
    [
        ("Лаврова", "Лавров"),
        ("лавровым", "Лавров"),
        ("Захаровой", "Захарова"),  # a woman's surname stays hers, not "Захаров"
        ("Марии Захаровой", "Мария Захарова"),
        ("Сергею Лаврову", "Сергей Лавров"),
        ("главы МИД", "глава МИД"),  # the head noun, and the abbreviation in capitals
        ("министра иностранных дел России", "министр иностранных дел России"),
    ],
)
def test_a_name_in_any_case_reads_as_the_nominative(asked: str, reading: str) -> None:
    assert reading in nominative_names(asked)


# -- answers ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "speaker", "words"),
    [
        ("кто сказал, что у нас нет посольств?", "Сергей Лавров", "нет посольств"),
        ("кто сказал: посольства нет, есть секция интересов", "Сергей Лавров", "секции интересов"),
        ("кто сказал, что у нас нет пасольств", "Сергей Лавров", "нет посольств"),  # a typo
        ("кто заявил, что не мы разорвали отношения", "Сергей Лавров", "не мы разорвали"),
        (
            "кто сказал, что слухи о закрытии посольства комментировать не будут",
            "Мария Захарова",
            "слухи",
        ),
        ("«переговоры о визовом режиме продолжатся»", "Мария Захарова", "визовом режиме"),
        ("/quote переговоры о визовом режиме", "Мария Захарова", "визовом режиме"),
    ],
)
def test_who_said_in_russian(mixed: Database, question: str, speaker: str, words: str) -> None:
    answer = answer_question(mixed, question)
    assert answer.kind == AnswerKind.WHO_SAID, answer.text
    assert answer.hits[0].speaker == speaker
    assert words in (answer.hits[0].quote or "")
    assert speaker in answer.lead and "said" not in answer.lead  # a Russian lead


@pytest.mark.parametrize(
    ("question", "speaker", "first_words"),
    [
        ("что сказал Лавров о посольствах?", "Сергей Лавров", "нет посольств"),
        ("что говорил глава МИД о посольствах", "Сергей Лавров", "нет посольств"),
        ("что сказала Захарова о переговорах", "Мария Захарова", "Переговоры"),
        ("что сказала Захарова", "Мария Захарова", ""),
        ("цитаты Лаврова", "Сергей Лавров", ""),  # genitive
        ("высказывания Марии Захаровой", "Мария Захарова", ""),
        ("цитаты министра иностранных дел России", "Сергей Лавров", ""),
        ("/quote Захаровой", "Мария Захарова", ""),
        ("/quote лавровым", "Сергей Лавров", ""),  # lower case, instrumental
        ("Лавров о посольствах", "Сергей Лавров", "нет посольств"),
        ("Лаврова", "Сергей Лавров", ""),  # a bare name is their quotes
        ("что сказал Лавров о пасольствах", "Сергей Лавров", "нет посольств"),  # a typo
        ("что сказал Лавроф о посольствах", "Сергей Лавров", "нет посольств"),  # in the name
        ("цитаты Захаравой", "Мария Захарова", ""),  # a typo in a name in the genitive
    ],
)
def test_a_speakers_quotes_in_russian(
    mixed: Database, question: str, speaker: str, first_words: str
) -> None:
    answer = answer_question(mixed, question)
    assert answer.kind == AnswerKind.SPEAKER_QUOTES, answer.text
    # One person: an article that names them only by surname ("— сказал Лавров") counts too.
    assert all(same_person(speaker, hit.speaker or "") for hit in answer.hits)
    assert answer.hits[0].speaker == speaker
    assert first_words in (answer.hits[0].quote or "")
    assert answer.lead.startswith(speaker)  # "Сергей Лавров о «посольствах» …"


def test_a_topic_the_speaker_never_spoke_of_is_said_so_in_russian(mixed: Database) -> None:
    answer = answer_question(mixed, "что сказал Лавров об урожае?")
    assert answer.lead.startswith("Сергей Лавров: об «урожае» ничего нет")


def test_russian_search_finds_any_form_of_the_words(mixed: Database) -> None:
    # "посольство" is in no paragraph as written: "посольств" and "посольства" are.
    answer = answer_question(mixed, "/search посольство")
    assert answer.kind == AnswerKind.SEARCH
    assert answer.lead == "Из статей:"
    assert all("посольств" in hit.snippet for hit in answer.hits)
    assert len(answer.hits) == 2


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("урожай пшеницы", "Урожай пшеницы"),
        ("пшеничный урожай в южных регионах", "южных регионов"),  # other forms of both
    ],
)
def test_russian_questions_search_paragraphs(mixed: Database, question: str, expected: str) -> None:
    answer = answer_question(mixed, question)
    assert answer.kind == AnswerKind.SEARCH, answer.text
    assert expected in answer.hits[0].snippet


def test_a_question_finds_quotes_in_its_own_language(mixed: Database) -> None:
    # The store holds Lavrov on embassies in English and in Russian.
    russian = answer_question(mixed, "кто сказал, что посольств у нас нет")
    english = answer_question(mixed, "who said we don't have embassies now?")
    assert russian.hits[0].speaker == "Сергей Лавров"
    assert english.hits[0].speaker == "Sergey Lavrov"
    assert "embassies" in (english.hits[0].quote or "")
    assert english.lead == "Sergey Lavrov, Russian Foreign Minister, said it:"


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("кто сказал, что луна сделана из сыра", "Я не нашёл, кто сказал «луна сделана из сыра»"),
        ("что сказал Песков", "Я не знаю никого по имени «Песков» в статьях."),
        ("/search квантовые компьютеры", "В статьях нет ничего достаточно близкого"),
    ],
)
def test_russian_misses_are_said_in_russian(mixed: Database, question: str, lead: str) -> None:
    answer = answer_question(mixed, question)
    assert answer.kind == AnswerKind.NO_MATCH
    assert answer.lead.startswith(lead)


def test_no_one_said_suggests_russian_speakers(mixed: Database) -> None:
    answer = answer_question(mixed, "кто сказал, что луна сделана из сыра")
    hint = answer.lead.split("\n")[-1]
    assert hint.startswith("Кого я могу процитировать: ")
    # Russian speakers (whatever else extraction found), not the English ones.
    assert "Сергей Лавров" in hint and "Мария Захарова" in hint
    assert "Sergey Lavrov" not in hint


def test_russian_help_and_latest(mixed: Database) -> None:
    help_ = answer_question(mixed, "привет")
    assert help_.kind == AnswerKind.HELP
    # A Russian speaker of the articles in the examples, a person before a ministry.
    assert re.search(
        r"^/quote [А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]+ — цитаты, сначала новые$", help_.text, re.M
    )
    latest = answer_question(mixed, "последние новости")
    assert latest.lead == "Последние статьи:"
    assert "Интерфакс, 2 августа 2024" in latest.text


def test_russian_replies_render_russian_dates_and_marks(mixed: Database) -> None:
    answer = answer_question(mixed, "что сказала Захарова")
    assert "РИА Новости, 23 июля" in answer.text  # a year-less dateline, no year invented
    assert "«Переговоры о визовом режиме продолжатся осенью»" in answer.text
    html = "\n\n".join(render_html(answer))
    assert "<i>РИА Новости, 23 июля</i>" in html
    assert "<b>Мария Захарова</b>, официальный представитель МИД РФ" in html


@pytest.mark.parametrize(
    ("published", "lang", "shown"),
    [
        ("2016-07-22", Lang.RU, "22 июля 2016"),
        ("--07-22", Lang.RU, "22 июля"),
        ("2016-03", Lang.RU, "март 2016"),
        ("2016-07-22", Lang.EN, "22 July 2016"),
    ],
)
def test_dates_in_the_reply_language(published: str, lang: Lang, shown: str) -> None:
    assert format_date(published, lang) == shown


@pytest.mark.parametrize(
    ("n", "shown"),
    [
        (1, "1 цитата"),
        (3, "3 цитаты"),
        (5, "5 цитат"),
        (11, "11 цитат"),
        (21, "21 цитата"),
        (22, "22 цитаты"),
    ],
)
def test_russian_counts(n: int, shown: str) -> None:
    assert count_ru(n, "quote") == shown


@pytest.mark.parametrize(
    ("how", "confidence", "kind", "shown"),
    [
        (AttributionHow.NAMED, 0.95, QuoteKind.DIRECT, "Сергей Лавров"),
        (
            AttributionHow.PRONOUN,
            0.71,
            QuoteKind.DIRECT,
            "вероятно, Сергей Лавров (в статье здесь только местоимение)",
        ),
        (AttributionHow.NAMED, 0.95, QuoteKind.INDIRECT, "Сергей Лавров (пересказ, не дословно)"),
        (AttributionHow.NEARBY, 0.3, QuoteKind.DIRECT, "автор неясен (возможно, Сергей Лавров)"),
        (
            AttributionHow.HEADLINE,
            0.95,
            QuoteKind.INDIRECT,
            "заголовок, со ссылкой на: Сергей Лавров (не цитата)",
        ),
    ],
)
def test_a_russian_reply_hedges_a_speaker_in_russian(
    how: AttributionHow, confidence: float, kind: QuoteKind, shown: str
) -> None:
    hit = Hit(
        ArticleRef(1, "Заголовок", "ТАСС", None, None),
        "слова",
        90.0,
        quote="слова",
        speaker="Сергей Лавров",
        kind=kind,
        how=how,
        confidence=confidence,
    )
    assert credit(hit, "Сергей Лавров", Lang.RU).text == shown


@pytest.mark.parametrize(
    ("asked", "followed"),
    [
        ("Лавров", "Лавров"),  # the name as the articles give it
        ("Лаврова", "Лавров"),  # in another case: still the speaker, not the word
        ("Захаровой", "Захарова"),
        ("Сергея Лаврова", "Сергей Лавров"),
    ],
)
def test_follow_a_russian_speaker_by_name(mixed: Database, asked: str, followed: str) -> None:
    follow_reply(mixed, 9001, asked)
    [follow] = follows_of(mixed, 9001)
    assert (follow.kind, follow.query) == (FollowKind.SPEAKER, followed)
    mixed.execute("DELETE FROM follows WHERE chat_id = 9001")


# -- the stemmed index -----------------------------------------------------------------------


def stemmed_ids(db: Database, table: str) -> set[int]:
    return {int(i) for (i,) in db.execute(f"SELECT id FROM {table}_ru")}


def test_the_stemmed_index_holds_only_russian_rows(mixed: Database) -> None:
    russian = {
        int(i) for (i,) in mixed.execute("SELECT id FROM quotes WHERE text GLOB '*[а-яА-Я]*'")
    }
    assert stemmed_ids(mixed, "quotes") == russian
    assert mixed.execute("SELECT count(*) FROM stems_pending").fetchone() == (0,)


def test_the_stemmed_index_follows_deletes_and_reindexing(corpus: Database) -> None:
    add_russian(corpus)
    [(article_id,)] = corpus.execute("SELECT id FROM articles WHERE source = 'РИА Новости'")
    replace_attribution(
        corpus,
        article_id,
        Attribution(
            quotes=(
                Quote(
                    "Переговоры о визовом режиме продолжатся осенью",
                    None,
                    None,
                    None,
                    QuoteKind.DIRECT,
                    1,
                ),
            )
        ),
    )
    # The new quote is found at once; the old ones went with their rows.
    assert find_quotes(corpus, "визовый режим осенью")[0].article_id == article_id
    assert not find_quotes(corpus, "слухи о закрытии посольства в Тбилиси")
    corpus.execute("DELETE FROM articles WHERE id = ?", [article_id])
    sync_stems(corpus)
    ids = {int(i) for (i,) in corpus.execute("SELECT id FROM quotes")}
    assert stemmed_ids(corpus, "quotes") <= ids
    assert not find_quotes(corpus, "визовый режим осенью")


def test_rows_written_without_save_article_are_stemmed_before_a_russian_search(
    corpus: Database,
) -> None:
    # A bulk loader (the benchmark) writes rows directly: the triggers queue them.
    with corpus.atomic():
        corpus.execute(
            "INSERT INTO quotes (article_id, position, text, kind) "
            "SELECT min(id), 99, 'Санкции не останутся без ответа', 'direct' FROM articles"
        )
    assert find_quotes(corpus, "санкций без ответа не оставим")


# -- Telegram --------------------------------------------------------------------------------


def test_the_command_menu_is_registered_in_russian_too(api: FakeBotApi) -> None:
    db = add_russian(open_db(":memory:"))
    with RunningBot(api, db):
        calls = api.wait_for("setMyCommands", count=2)
        question = api.say(private_chat(701), "что сказала Захарова?")
        [reply] = [
            c
            for c in api.wait_for("sendMessage")
            if c.get("reply_parameters", {}).get("message_id") == question["message_id"]
        ]
    by_language = {call.get("language_code"): call["commands"] for call in calls}
    assert set(by_language) == {None, "ru"}
    assert [c["command"] for c in by_language["ru"]] == [c.command for c in COMMANDS_RU]
    assert [c.command for c in COMMANDS_RU] == [c.command for c in COMMANDS]
    assert "Лавров" in by_language["ru"][0]["description"]
    assert "<b>Мария Захарова</b>" in reply["text"]
    assert "«Мы не будем комментировать" in reply["text"]


@pytest.mark.parametrize(
    ("topic", "lead"),
    [
        ("истории", "Мария Захарова об «истории»:"),  # a vowel sound: "об"
        ("урожае", "Мария Захарова об «урожае»:"),
        ("Грузии", "Мария Захарова о «Грузии»:"),
        ("ёлке", "Мария Захарова о «ёлке»:"),  # е, ё, ю, я begin with a consonant sound
        ("Европе", "Мария Захарова о «Европе»:"),
    ],
)
def test_about_takes_its_form_from_the_topic(topic: str, lead: str) -> None:
    assert say(Lang.RU, Phrase.ABOUT, names="Мария Захарова", topic=topic) == lead


@pytest.mark.parametrize(
    ("question", "client", "lang", "opening"),
    [
        ("/latest", Lang.RU, Lang.RU, "Последние статьи"),  # no words: the app's language
        ("/latest 5", Lang.RU, Lang.RU, "Последние статьи"),
        ("/help", Lang.RU, Lang.RU, "Я отвечаю"),
        ("/latest", None, Lang.EN, "The latest articles"),
        ("/latest", Lang.EN, Lang.EN, "The latest articles"),
        ("/search harbour", Lang.RU, Lang.EN, ""),  # words decide: English words, English
        ("/search посольство", None, Lang.RU, ""),  # and Russian ones, Russian
    ],
)
def test_a_command_without_words_answers_in_the_askers_language(
    mixed: Database, question: str, client: Lang | None, lang: Lang, opening: str
) -> None:
    answer = answer_question(mixed, question, client=client)
    assert answer.lang == lang
    assert answer.text.startswith(opening)
    if lang == Lang.RU and answer.hits:  # the hits' dates too, not only the lead
        assert not any(month in answer.text for month in ("July", "March", "January"))


def test_telegram_answers_help_in_the_language_of_the_users_app(api: FakeBotApi) -> None:
    db = add_russian(open_db(":memory:"))
    russian_reader = {"id": 4545, "is_bot": False, "first_name": "Читатель", "language_code": "ru"}
    with RunningBot(api, db):
        asked = api.say(private_chat(4545), "/help", user=russian_reader)
        [reply] = [
            c
            for c in api.wait_for("sendMessage")
            if c.get("reply_parameters", {}).get("message_id") == asked["message_id"]
        ]
    assert reply["text"].startswith("Я отвечаю")


@pytest.mark.parametrize(
    ("n", "shown"), [(1, "1 высказывание"), (3, "3 высказывания"), (5, "5 высказываний")]
)
def test_a_topic_count_says_statements_not_quotes(n: int, shown: str) -> None:
    # A speaker's list on a topic holds reported speech and headlines too: "(3 цитаты)"
    # over a headline marked "не цитата" would say more than the article does.
    assert count_ru(n, "statement") == shown

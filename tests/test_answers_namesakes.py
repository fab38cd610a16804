"""People who share a surname: a question about one never gets the other's words, and an
answer from a surname alone says who else it may mean."""

from __future__ import annotations

import pytest
from sqlite_utils import Database

from handlers.answer import answer_question
from handlers.render import render_json
from store.ingest.batch import store_article
from store.ingest.text import parse_text
from store.search.namesakes import named_by_then

# Invented: a woman and a man of one family name, both quoted, as agency copy has them.
RUSSIAN = """Петрова: бюджет не выдержит новых льгот

МОСКВА, 12 апреля. /ТАСС/. Министр финансов Анна Петрова заявила, что бюджет не выдержит новых налоговых льгот.

«Мы не можем раздавать льготы, когда доходы падают», — сказала Петрова журналистам.

Мэр города Игорь Петров с ней не согласился. «Без льгот заводы просто уйдут в соседние регионы», — заявил Петров.

По словам Петровой, дефицит бюджета в этом году составит два процента.
"""

ENGLISH = """Kerr rejects fishing quota deal

HAVENPORT, March 3. /WIRE/. Norland Foreign Minister Ada Kerr said on Tuesday that her government would not sign the fishing quota deal.

"We cannot accept a deal that empties our harbours," Ada Kerr told reporters. "Talks resume in April," the foreign minister said.

"The quota is unfair to every small harbour," Kerr said.

Opposition leader Tom Kerr accused the government of wasting two years. "This government has turned a good deal into a shipwreck," Tom Kerr said.

"Our door remains open," Kerr said.
"""


@pytest.fixture
def namesakes(fresh_db: Database) -> Database:
    store_article(fresh_db, parse_text(RUSSIAN))
    store_article(fresh_db, parse_text(ENGLISH))
    return fresh_db


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        # "Петрова" is Анна Петрова and also the genitive of Петров: the verb says she.
        ("что сказала Петрова?", "Анна Петрова"),
        ("что говорила Петрова о льготах?", "Анна Петрова"),
        ("что сказал Петров?", "Игорь Петров"),
        ("цитаты Петровой", "Анна Петрова"),
        # No verb: the one who spoke of the topic.
        ("Петрова о дефиците", "Анна Петрова"),
        # A bare name is most likely written in the nominative.
        ("/quote Петрова", "Анна Петрова"),
        ("Петрова", "Анна Петрова"),
        ("цитаты Петрова", "Игорь Петров"),  # the frame asks the genitive: Петров's
        ("what did Tom Kerr say?", "Tom Kerr"),
        # A role asked "of" a place: the article's "Norland Foreign Minister".
        ("what did the foreign minister of Norland say?", "Ada Kerr"),
    ],
)
def test_a_namesake_never_gets_the_others_words(
    namesakes: Database, question: str, speaker: str
) -> None:
    answer = answer_question(namesakes, question)
    assert answer.hits, answer.text
    assert {hit.speaker for hit in answer.hits} == {speaker}, answer.text


@pytest.mark.parametrize(
    ("question", "note"),
    [
        ("what did Kerr say?", "“Kerr” may also mean Tom Kerr: /quote Tom Kerr"),
        ("/quote Kerr", "“Kerr” may also mean Tom Kerr: /quote Tom Kerr"),
        ("Kerr on harbours", "“Kerr” may also mean Tom Kerr: /quote Tom Kerr"),
        ("what did kerr say about harbours?", "“Kerr” may also mean Tom Kerr: /quote Tom Kerr"),
        # The bare form could be his genitive too ("цитаты Петрова"): her first, and him named.
        ("/quote Петрова", "«Петрова» — это может быть и Игорь Петров: /quote Игорь Петров"),
    ],
)
def test_a_shared_surname_says_who_else_it_may_mean(
    namesakes: Database, question: str, note: str
) -> None:
    answer = answer_question(namesakes, question)
    assert answer.lead.startswith(note), answer.lead


@pytest.mark.parametrize(
    "question",
    [
        "what did Tom Kerr say?",
        "what did the opposition leader say?",
        "что сказал Петров?",
        "что сказала Петрова?",  # the verb's gender leaves only her
    ],
)
def test_a_name_only_one_person_bears_has_no_note(namesakes: Database, question: str) -> None:
    answer = answer_question(namesakes, question)
    assert "may also mean" not in answer.lead and "может быть и" not in answer.lead


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        # "Kerr said" with Ada Kerr and Tom Kerr in the article: a guess, said as one.
        ("who said our door remains open?", "Probably "),
        # "Kerr said" before the other Kerr is named: no doubt yet.
        ("who said the quota is unfair to every small harbour?", "Ada Kerr, Norland"),
        # Named in full at the cue: sure, namesake or not.
        ("who said we cannot accept a deal that empties our harbours?", "Ada Kerr, Norland"),
        ("who said this government has turned a good deal into a shipwreck?", "Tom Kerr, "),
        # Петрова and Петров are not one surname: the verb's gender tells them apart.
        ("кто сказал, что мы не можем раздавать льготы?", "Автор этих слов — Анна Петрова"),
    ],
)
def test_a_quote_credited_by_a_shared_surname_is_hedged(
    namesakes: Database, question: str, lead: str
) -> None:
    answer = answer_question(namesakes, question)
    assert answer.lead.startswith(lead), answer.lead
    shared = "the article names more than one “Kerr”"
    assert (shared in answer.text) == (lead == "Probably "), answer.text


@pytest.mark.parametrize(
    ("question", "namesake"),
    [
        # "Kerr said" once both are named: the JSON says who else it may mean.
        ("who said our door remains open?", "Tom Kerr"),
        # Before Tom Kerr is named, or named in full: no one else.
        ("who said the quota is unfair to every small harbour?", None),
        ("who said this government has turned a good deal into a shipwreck?", None),
    ],
)
def test_json_names_the_other_bearer(
    namesakes: Database, question: str, namesake: str | None
) -> None:
    hit = render_json(answer_question(namesakes, question))["hits"]
    assert isinstance(hit, list)
    assert hit[0]["namesake"] == namesake


def test_a_surname_no_one_else_bears_stays_sure(fresh_db: Database, seed_text: str) -> None:
    store_article(fresh_db, parse_text(seed_text))
    answer = answer_question(fresh_db, "who said I am confident that we will resolve all problems?")
    assert answer.lead.startswith("Sergey Lavrov, Russian Foreign Minister, said it"), answer.lead


def test_a_role_several_hold_is_suggested_as_the_role(namesakes: Database, seed_text: str) -> None:
    # Sergey Lavrov and Ada Kerr are both "the foreign minister": "/quote A and B" is no command.
    store_article(namesakes, parse_text(seed_text))
    answer = answer_question(namesakes, "what did the former foreign minister say?")
    assert answer.lead.endswith("(without “former”): /quote foreign minister"), answer.lead
    assert answer_question(namesakes, "/quote foreign minister").hits


# Invented: the other bearer named in a declined case, and a name that only begins like hers.
DECLINED = """Петров ответил на критику

МОСКВА, 14 апреля. /ТАСС/. По словам Игоря Петрова, налоги расти не будут.

Мэр Олег Петров не согласился. «Заводы уйдут», — заявил Петров.
"""
LOOKALIKE = """Kerr opens harbour

HAVENPORT, May 2. /WIRE/. Nada Kerrigan opened the new pier on Monday.

"The pier is ready," Kerr said.
"""
# Invented: first names in other cases, and longer names that begin like shorter ones.
CASES_RU = """Сомовы спорят о тарифах

ОСТРОВСК, 4 июня. /ТАСС/. Тарифы обсудили с Еленой Сомовой, Львом Сомовым и Петру Сомову
отправили письмо. Слово дали Анатолию Сомову и Марине Сомовой.
"""


@pytest.mark.parametrize(
    ("text", "others", "named"),
    [
        (DECLINED, ["Игорь Петров"], True),  # "Игоря Петрова" is he, in the genitive
        (DECLINED, ["Анна Петрова"], False),
        (CASES_RU, ["Елена Сомова"], True),  # "Еленой": stem "елен", hers "ел"
        (CASES_RU, ["Лев Сомов"], True),  # "Львом": no stem of "Лев" begins it
        (CASES_RU, ["Пётр Сомов"], True),
        (CASES_RU, ["Анатолий Сомов"], True),
        # A name that begins a longer one is not it: "Анна" (stem "ан") is not "Анатолий"
        # ("Анатолию Сомову" is no "Анны Сомовой"), "Мария" (stem "мар") not "Марина".
        (CASES_RU, ["Анна Сомова"], False),
        (CASES_RU, ["Мария Сомова"], False),
        (CASES_RU, ["Ан Сомов"], False),
        (LOOKALIKE, ["Ada Kerr"], False),  # not inside "Nada Kerrigan"
        (LOOKALIKE, ["Nada Kerrigan"], True),
    ],
)
def test_the_other_bearer_is_found_named_as_a_whole_name_in_any_case(
    fresh_db: Database, text: str, others: list[str], named: bool
) -> None:
    saved = store_article(fresh_db, parse_text(text))
    assert named_by_then(fresh_db, saved.article_id, None, others) is named

"""Concepts once written twice, now in one place (stop 22, issue 11 upkeep).

Invented text. The join test fails without its step (the article text joined once per
article for the junk check, not once per quote); the tables pin what the one function of each
concept answers (sentence_openings.py, titled_persons.py, name_bearers.py,
search/terms.fold_terms), for every caller.
"""

from __future__ import annotations

import pytest
from sqlite_utils import Database

from store.models import AttributionHow, Quote, QuoteKind
from store.quotes import junk_speakers
from store.quotes.common_words import lower_case_words
from store.quotes.name_bearers import one_per_first_name, several_people
from store.quotes.people import Person
from store.quotes.sentence_openings import opens_by_marks, opens_sentence
from store.quotes.titled_persons import titled_name
from store.quotes.word_places import word_places
from store.search.records import one_int
from store.search.terms import CATCH_UP_ROWS, fold_terms


def _quote(paragraph: str, words: str, speaker: str) -> Quote:
    start = paragraph.index(words)
    end, how = start + len(words), AttributionHow.NEARBY
    return Quote(words, speaker, None, "said", QuoteKind.DIRECT, 0, start, end, how, 0.8)


def test_junk_check_joins_the_article_once(monkeypatch: pytest.MonkeyPatch) -> None:
    paragraph = "“The quay is shut,” Ada Kerr said. “Boats wait,” Tom Hale said."
    texts = ("Harbour levy vote", paragraph)
    seen: list[str] = []

    def spy(name: str, article_text: str, *args: object, **kwargs: object) -> bool:
        seen.append(article_text)
        return False

    monkeypatch.setattr(junk_speakers, "junk_speaker", spy)
    quotes = [_quote(paragraph, "The quay", "Ada Kerr"), _quote(paragraph, "Boats", "Tom Hale")]
    junk_speakers.checked_speakers(quotes, texts, lower_case_words(texts))
    assert len(seen) == 2 and seen[0] is seen[1]  # one joined text read by every quote
    assert seen[0] == "\n".join(texts)


OPENINGS: list[tuple[str, str, bool]] = [
    # (text, the word asked of, whether it opens its sentence) for opens_sentence
    ("Said Ada Kerr, who runs the quay: “No.”", "Said", True),
    ("The quay shut. “Research suggests more,” she said.", "Research", True),
    ("“The levy is fair,” Price said after the price vote.", "Price", False),
    ("The toll rose. Dr. Said Hale disagreed.", "Said", False),  # a title's stop: no end
    ("Boats wait; Kerr said so.", "Kerr", False),
]


@pytest.mark.parametrize(("text", "word", "opens"), OPENINGS)
def test_one_opens_sentence_for_every_reader(text: str, word: str, opens: bool) -> None:
    assert opens_sentence(text, text.index(word)) is opens


MARKS: list[tuple[str, str, bool]] = [
    # (text, word, whether it opens by the marks before it): the junk check's looser reading
    ("Boats wait; Kerr said so.", "Kerr", True),
    ("The toll rose. Mr. Kerr disagreed.", "Kerr", False),
    ("He said “Bitter remarks are” common.", "Bitter", True),
]


@pytest.mark.parametrize(("text", "word", "opens"), MARKS)
def test_opens_by_marks(text: str, word: str, opens: bool) -> None:
    assert opens_by_marks(text, text.index(word)) is opens


TITLED: list[tuple[Person | None, str, bool]] = [
    # (the cast's person, the article, whether the lone word "Young" is a titled name)
    (None, "Mayor Young spoke to young voters.", True),  # the text's title
    (None, "Young voters spoke. Young said no.", False),
    (Person("Ada Young"), "Young said no.", True),  # a full name the cast knows
    (Person("Young", roles=["mayor"]), "Young said no.", True),  # a role the cast knows
    (Person("Young"), "Young said no.", False),
]


@pytest.mark.parametrize(("person", "text", "titled"), TITLED)
def test_one_titled_name_check(person: Person | None, text: str, titled: bool) -> None:
    assert titled_name(person, word_places("Young", text)) is titled


_ADA, _ADA_LATER, _TOM = Person("Ada Kerr"), Person("Minister Ada Kerr"), Person("Tom Kerr")
BEARERS: list[tuple[list[tuple[str, Person]], Person | None, list[Person]]] = [
    # (first names with their bearers, the one the quote is resolved to, one per first name)
    ([("ada", _ADA), ("tom", _TOM), ("ada", _ADA_LATER)], None, [_ADA, _TOM]),
    ([("ada", _ADA), ("tom", _TOM), ("ada", _ADA_LATER)], _ADA_LATER, [_ADA_LATER, _TOM]),
    ([("ada", _ADA), ("ada", _ADA_LATER)], _TOM, [_ADA]),
]


@pytest.mark.parametrize(("bearers", "keep", "found"), BEARERS)
def test_one_bearer_per_first_name(
    bearers: list[tuple[str, Person]], keep: Person | None, found: list[Person]
) -> None:
    assert list(one_per_first_name(bearers, keep=keep).values()) == found


SEVERAL: list[tuple[list[str], bool]] = [
    # (first names beside one surname, whether they are two people's)
    (["ada", "tom"], True),
    (["ada", "a"], False),  # a name and its initial: one person
    (["ada", "t"], True),
    (["ada"], False),
]


@pytest.mark.parametrize(("first_names", "several"), SEVERAL)
def test_several_people(first_names: list[str], several: bool) -> None:
    assert several_people(first_names) is several


FOLDS: list[tuple[int, int, list[str]]] = [
    # (rows already folded, rows stored, what the fold did): both the English tables and the
    # Russian stems fold through fold_terms
    (0, 3, ["add 0..3"]),
    (3, 3, []),  # nothing new
    (0, CATCH_UP_ROWS + 1, ["rebuild"]),  # a bulk load: the terms rebuilt whole
]


@pytest.mark.parametrize(("folded", "stored", "done"), FOLDS)
def test_one_term_fold(folded: int, stored: int, done: list[str]) -> None:
    db = Database(memory=True)
    db.execute("CREATE TABLE search_terms_state (tbl TEXT PRIMARY KEY, last_id INTEGER)")
    db.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY)")
    db.execute("INSERT INTO notes (id) VALUES (?)", [stored])
    db.execute("INSERT INTO search_terms_state VALUES ('notes', ?)", [folded])
    seen: list[str] = []
    fold_terms(
        db,
        "notes",
        lambda _db, _table: seen.append("rebuild"),
        lambda _db, _table, after, up_to: seen.append(f"add {after}..{up_to}"),
    )
    assert seen == done
    assert one_int(db, "SELECT last_id FROM search_terms_state", []) == stored

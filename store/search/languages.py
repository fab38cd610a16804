"""Each question to the index of its language: Russian (mostly Cyrillic) words to the stemmed
index and names read in the nominative; anything else to the English modules, unchanged.

These are the functions `store.search` exports under the English modules' names, so
answering (handlers/answer.py) asks the same way in either language. An English question
pays one look at its letters.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sqlite_utils import Database

from store.search import paragraphs, quotes, russian, speakers
from store.search.groups import groups_listing
from store.search.names_ru import by_gender, name_gender, nominative_names
from store.search.namesakes import with_namesakes
from store.search.paragraphs import PARAGRAPH_CUTOFF
from store.search.quotes import QUOTE_CUTOFF
from store.search.quoting import marked_quoting
from store.search.records import Match, SpeakerMatch
from store.search.stems import has_cyrillic, is_russian
from store.search.transliteration import to_cyrillic, to_latin

_ROLE_OF_PLACE = re.compile(
    r"(?P<role>[^\W\d][\w\s-]*?)\s+of\s+(?:the\s+)?(?P<place>[^\W\d][\w-]*)"
)
FUZZY_READINGS = 3  # readings of a name no article uses that are tried as near spellings


def find_quotes(
    db: Database, asked: str, *, limit: int = 3, cutoff: float = QUOTE_CUTOFF
) -> list[Match]:
    """The quotes that best match the words asked, in the question's language (namesakes
    marked, and the words a speaker only quotes someone saying)."""
    if is_russian(asked):
        found = russian.find_russian_quotes(db, asked, limit=limit, cutoff=cutoff)
    else:
        found = quotes.find_quotes(db, asked, limit=limit, cutoff=cutoff)
    return marked_quoting(with_namesakes(db, found), asked)


def find_paragraphs(
    db: Database,
    asked: str,
    *,
    limit: int = 3,
    cutoff: float = PARAGRAPH_CUTOFF,
    verbatim: bool = False,
) -> list[Match]:
    """The paragraphs that best answer a question, in the question's language."""
    if is_russian(asked):
        return russian.find_russian_paragraphs(
            db, asked, limit=limit, cutoff=cutoff, verbatim=verbatim
        )
    return paragraphs.find_paragraphs(db, asked, limit=limit, cutoff=cutoff, verbatim=verbatim)


def mostly_written(db: Database, table: str, asked: str) -> bool:
    """Whether most of the question's meaning words are in the table (Russian: its stems)."""
    if is_russian(asked) and table == "paragraphs":
        return russian.mostly_written_in_russian(db, asked)
    return quotes.mostly_written(db, table, asked)


def find_people(
    db: Database,
    asked: str,
    *,
    limit: int = 5,
    gender: str | None = None,
    nominative: bool = False,
    exclusive: bool = True,
) -> list[list[SpeakerMatch]]:
    """The people a name may mean (store.search.speakers.find_people); a Russian name in any
    case is read in the nominative first ("Лаврова" is Лавров), a near spelling of it only
    when no reading is a name the articles use. `gender` ("masc", "femn": the question's
    verb, "сказала") puts the readings of that gender first and drops those of the other.
    `nominative`: the name is already in the nominative ("Petrova" spelt "Петрова");
    `exclusive=False`: the gender was read off the name's form, so it only sorts."""
    if not is_russian(asked):
        return speakers.find_people(db, asked, limit=limit)
    name = speakers.clean_name(asked)
    # The likeliest readings first, the name as asked among them (last if it is none); a
    # name already read in the nominative (spelt from English) is only itself.
    readings = [name] if nominative else list(dict.fromkeys([*nominative_names(name), name]))
    readings = by_gender(readings, gender, exclusive=exclusive)
    # One cheap lookup per reading finds those the articles use; only they are searched.
    # Every one of them: "Петрова" is Анна Петрова and the genitive of Игорь Петров.
    named = [r for r in readings if _used_name(db, r)]
    if named:
        return _people_read(db, named, limit=limit)
    # None is: a near spelling, of the name as asked or of a reading ("Захаравой" is a
    # typo of no case, "Захарава" one letter from "Захарова"); the closest wins.
    others = [r for r in readings if r != name][:FUZZY_READINGS]
    only = gender if exclusive else None
    found = [_of_gender(speakers.find_people(db, r, limit=limit), only) for r in [name, *others]]
    return max(found, key=lambda people: people[0][0].score if people else 0.0)


def _of_gender(people: list[list[SpeakerMatch]], gender: str | None) -> list[list[SpeakerMatch]]:
    """The people whose name the question's gender does not contradict: a near spelling of
    "Соколова" asked with "сказала" is not Дмитрий Соколов."""
    if gender is None:
        return people
    return [p for p in people if name_gender(p[0].name) in (gender, None)]


def find_people_any_script(
    db: Database, asked: str, *, gender: str | None = None, exclusive: bool = True
) -> list[list[SpeakerMatch]]:
    """find_people, else the name spelt in the other script: "что сказал Лавров?" finds the
    Sergey Lavrov English articles quote, "what did Petrova say?" Russian articles' Анна
    Петрова (a Russian name in its nominative readings first: "Лаврову" is "Lavrov")."""
    people = find_people(db, asked, gender=gender, exclusive=exclusive)
    if people or not asked.strip():
        return people
    name = speakers.clean_name(asked)
    # "the mayor of Riverton" is how a reader asks for the article's "Riverton Mayor".
    of_place = _ROLE_OF_PLACE.fullmatch(name)
    if of_place and (people := find_people(db, f"{of_place['place']} {of_place['role']}")):
        return people
    if has_cyrillic(name):
        readings = [to_latin(r) for r in [*nominative_names(name), name][:FUZZY_READINGS]]
    else:
        # An English question names someone in the nominative: "Petrova" is she, not the
        # genitive of Petrov.
        readings = [to_cyrillic(name)]
        gender = gender or name_gender(readings[0])
    for reading in dict.fromkeys(readings):
        people = find_people(db, reading, gender=gender, nominative=not has_cyrillic(name))
        if reading != name and people:
            return people
    return []


def _people_read(db: Database, readings: Sequence[str], *, limit: int) -> list[list[SpeakerMatch]]:
    """The people of each reading in turn, each person once."""
    people: list[list[SpeakerMatch]] = []
    seen: set[int] = set()
    for reading in readings:
        for person in speakers.find_people(db, reading, limit=limit):
            if not seen & {s.id for s in person}:
                people.append(person)
                seen |= {s.id for s in person}
    return people[:limit]


def _used_name(db: Database, name: str) -> bool:
    row = db.execute(
        "SELECT 1 FROM speaker_names WHERE name = ? UNION ALL "
        "SELECT 1 FROM speakers WHERE name = ? LIMIT 1",
        [name, name],
    ).fetchone()
    return row is not None


def find_speakers(db: Database, asked: str, *, limit: int = 5) -> list[SpeakerMatch]:
    """Speakers named so, the most quoted person first (store.search.speakers.find_speakers)."""
    people = find_people(db, asked)
    return people[0][:limit] if people else []


def speaker_quotes(
    db: Database, speaker_ids: Sequence[int], *, topic: str = "", limit: int = 1000
) -> list[Match]:
    """A speaker's quotes, those about the topic first; a Russian topic by its stems. What
    they said together with others is theirs too (store.search.groups). Namesakes marked."""
    speaker_ids = [*speaker_ids, *groups_listing(db, speaker_ids)]
    if topic and is_russian(topic):
        found = russian.russian_speaker_quotes(db, speaker_ids, topic=topic, limit=limit)
    else:
        found = speakers.speaker_quotes(db, speaker_ids, topic=topic, limit=limit)
    return with_namesakes(db, found)

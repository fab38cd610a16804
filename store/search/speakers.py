"""Speakers: names, surnames, roles and near spellings, and a speaker's quotes on a topic."""

from __future__ import annotations

import re
import weakref
from collections.abc import Iterable, Sequence

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA
from sqlite_utils import Database

from store.db import newest_first, placeholders
from store.quotes.lexicon import ROLE_CHANGERS
from store.search.plan import NEIGHBOURS, document_frequencies, near_terms
from store.search.records import QUOTE_ROWS, Match, SpeakerMatch, one_int, quote_match
from store.search.terms import sync_terms
from store.search.tokens import STOPWORDS, content_words, fold, words

ABOUT_TOPIC = 50.0  # a speaker's quote scoring this (0-100) is about the asked topic
FRAGMENT_WORDS = 2  # a quote this short ("rapists", "paperwork error") is no statement


SPEAKER_CUTOFF = 80.0


_LEADING = re.compile(r"^(?:the|a|an|mr|mrs|ms|dr)\.?\s+", re.IGNORECASE)


_POSSESSIVE = re.compile(r"['’]s?$")


def clean_name(name: str) -> str:
    """A speaker as asked for, without "the", titles or a possessive."""
    name = " ".join(name.split()).strip(" ?!.,;:\"'“”«»")
    name = _LEADING.sub("", name)
    return _POSSESSIVE.sub("", name).strip()


def find_speakers(db: Database, asked: str, *, limit: int = 5) -> list[SpeakerMatch]:
    """Speakers named so (full name, surname, role, description), else by a near spelling;
    asked by surname alone, the person most quoted under it (see find_people)."""
    people = find_people(db, asked)
    return people[0][:limit] if people else []


def find_people(db: Database, asked: str, *, limit: int = 5) -> list[list[SpeakerMatch]]:
    """The people a name may mean, the most quoted first, each with every spelling of them
    the articles use: "Vance" is Tom Vance ("Tom J. Vance", "Vance"), else Eric
    Vance. A full name, a role ("spokesman") or a description is one group of all it finds."""
    name = clean_name(asked)
    if not name or len(name) > 200:
        return []
    found = _speakers_named(db, [name, f"the {name}"]) or _speakers_like(db, name)
    if not found:
        return []
    name_words = words(name)
    return (_by_person(name_words[0], found) if len(name_words) == 1 else [found])[:limit]


def _by_person(surname: str, found: list[SpeakerMatch]) -> list[list[SpeakerMatch]]:
    full_names = sorted((s for s in found if len(words(s.name)) > 1), key=lambda s: -s.quotes)
    if not full_names or fuzz.ratio(surname, words(full_names[0].name)[-1]) < SPEAKER_CUTOFF:
        return [found]  # a role or description asked alone: everyone holding it
    people: list[list[SpeakerMatch]] = []
    for speaker in full_names:
        person = next((p for p in people if same_person(p[0].name, speaker.name)), None)
        if person is None:
            people.append([speaker])
        else:
            person.append(speaker)
    # A bare surname in an article most likely means the best-known bearer.
    people[0] += [s for s in found if len(words(s.name)) <= 1]
    return people


def same_person(name: str, other: str) -> bool:
    """Whether two speaker names may be one person: same surname, and the same first name
    (near spelling or initial) or none."""
    first, second = words(name), words(other)
    if not first or not second or first[-1] != second[-1]:
        return False
    if len(first) == 1 or len(second) == 1:
        return True
    a, b = first[0], second[0]
    return fuzz.ratio(a, b) >= 80 or (min(len(a), len(b)) == 1 and a[0] == b[0])


_SPEAKER_ROWS = """
SELECT s.id, s.name, n.name,
       (SELECT count(*) FROM quotes q WHERE q.speaker_id = s.id) AS quotes
FROM speakers s JOIN ({names}) n ON n.speaker_id = s.id
"""


def _speakers_named(db: Database, names: Sequence[str]) -> list[SpeakerMatch]:
    marks = placeholders(names)
    names_sql = (
        f"SELECT speaker_id, name FROM speaker_names WHERE name IN ({marks}) "
        f"UNION SELECT id, name FROM speakers WHERE name IN ({marks})"
    )
    rows = db.execute(_SPEAKER_ROWS.format(names=names_sql), [*names, *names]).fetchall()
    best: dict[int, SpeakerMatch] = {}
    for sid, full, named_as, quotes in rows:
        best.setdefault(int(sid), SpeakerMatch(int(sid), full, 100.0, named_as, int(quotes)))
    return sorted(best.values(), key=lambda s: -s.quotes)


def _speakers_like(db: Database, name: str) -> list[SpeakerMatch]:
    """Speakers with a name within a few typos of the one asked, best first."""
    asked = words(name)
    if not asked:
        return []
    sync_terms(db)
    names = _names(db).near(asked)
    # A near spelling, never another role: "deputy foreign minister" is not "foreign minister".
    names = {n for n in names if role_changers(n) == role_changers(name)}
    scored = [(name_score(asked, n), n) for n in _not_other_names(db, asked, names)]
    good = [(score, n) for score, n in scored if score >= SPEAKER_CUTOFF]
    if not good:
        return []
    top = max(score for score, _ in good)
    chosen = [n for score, n in good if score >= top - 0.01]
    found = _speakers_named(db, chosen)
    return [SpeakerMatch(s.id, s.name, round(top, 1), s.named_as, s.quotes) for s in found]


def role_changers(name: str) -> frozenset[str]:
    """The words of a name that make its role another person's ("deputy", "former")."""
    return frozenset(words(name)) & ROLE_CHANGERS


def _not_other_names(db: Database, asked: Sequence[str], names: Iterable[str]) -> list[str]:
    """The names, less those that would read a word the articles use at least as often as
    the name's own word as a typo: "Putin", in many articles, is not a misspelt "Lutin"."""
    names = list(names)
    partners = {
        (word, part)
        for name in names
        for word in asked
        if word not in (parts := words(name))
        for part in parts
        if fuzz.ratio(word, part) >= SPEAKER_CUTOFF
    }
    if not partners:
        return names
    tokens = sorted({t for pair in partners for t in pair})
    df = document_frequencies(db, "paragraphs", tokens)
    rival = {part for word, part in partners if df.get(word, 0) >= max(1, df.get(part, 0))}
    return [name for name in names if not rival & set(words(name))]


class _NameIndex:
    """Every way a speaker is named, by the words in it, to find names despite typos.

    Read once per process and topped up with the rows added since (speaker_names only
    grows, bar re-extraction; a name no longer stored simply finds no speaker).
    """

    def __init__(self) -> None:
        self.last_rowid = 0
        self.by_word: dict[str, set[str]] = {}

    def refresh(self, db: Database) -> None:
        newest = one_int(db, "SELECT max(rowid) FROM speaker_names", [])
        if newest <= self.last_rowid:
            return
        # The first time, every name: read from the index on names, not the table.
        since = "WHERE rowid > ?" if self.last_rowid else "WHERE ? = 0"
        rows = db.execute(
            f"SELECT DISTINCT name FROM speaker_names {since} UNION SELECT name FROM speakers",
            [self.last_rowid],
        )
        for (name,) in rows:
            for word in set(words(str(name))):
                self.by_word.setdefault(word, set()).add(str(name))
        self.last_rowid = newest

    def near(self, asked: Sequence[str]) -> set[str]:
        """Names holding a word within two edits of a word asked."""
        found: set[str] = set()
        vocabulary = list(self.by_word)
        for word in asked:
            if word in self.by_word:
                found |= self.by_word[word]
            if len(word) < 3:
                continue
            edits = 1 if len(word) <= 4 else 2
            for near, _, _ in process.extract(
                word, vocabulary, scorer=OSA.distance, score_cutoff=edits, limit=NEIGHBOURS
            ):
                found |= self.by_word[near]
        return found


_name_indexes: weakref.WeakKeyDictionary[Database, _NameIndex] = weakref.WeakKeyDictionary()


def _names(db: Database) -> _NameIndex:
    index = _name_indexes.setdefault(db, _NameIndex())
    index.refresh(db)
    return index


def names_holding(db: Database, word: str) -> set[str]:
    """Every name a speaker is stored or called by that holds this word (as words() reads it)."""
    return set(_names(db).by_word.get(word, ()))


def name_score(asked: Sequence[str], name: str) -> float:
    """0-100: every word asked is (nearly) one of the name's words, or the whole is close;
    0 if a word asked is in no way in the name: the deputy finance minister is not the
    deputy foreign minister, however alike the rest."""
    parts = words(name)
    if not parts:
        return 0.0
    per_word = [max(fuzz.ratio(word, part) for part in parts) for word in asked]
    pairs = zip(asked, per_word, strict=True)
    if any(score < SPEAKER_CUTOFF for word, score in pairs if len(word) >= 3):
        return 0.0
    whole = fuzz.ratio(" ".join(asked), " ".join(parts))
    return max(whole, sum(per_word) / len(per_word))


def speaker_quotes(
    db: Database, speaker_ids: Sequence[int], *, topic: str = "", limit: int = 1000
) -> list[Match]:
    """A speaker's quotes: the ones about the topic first (best first), then newest first;
    a word or two quoted ("rapists") never before a statement, unless it is what was asked."""
    if not speaker_ids:
        return []
    rows = db.execute(
        QUOTE_ROWS + f"WHERE q.speaker_id IN ({placeholders(speaker_ids)}) "
        f"ORDER BY {newest_first('a')}, q.position LIMIT ?",
        [*speaker_ids, limit],
    ).fetchall()
    patterns = _topic_patterns(db, content_words(topic))
    if not patterns:
        matches = [quote_match(row, 100.0) for row in rows]
        # Stable: newest first among statements, then among words quoted.
        return sorted(matches, key=lambda m: is_fragment(m.text))
    quotes = [fold(str(row[1])) for row in rows]
    own = [[bool(p.search(quote)) for p in patterns] for quote in quotes]
    narration = _narration(db, _topic_beside(patterns, rows, own))
    matches = [
        quote_match(row, _topic_score(patterns, found, narration.get(int(str(row[0])), "")))
        for row, found in zip(rows, own, strict=True)
    ]
    about = [m for m in matches if m.score >= ABOUT_TOPIC]
    about.sort(key=lambda m: (is_fragment(m.text), -m.score))
    rest = [m for m in matches if m.score < ABOUT_TOPIC]
    rest.sort(key=lambda m: is_fragment(m.text))
    return about + rest


def is_fragment(quote: str) -> bool:
    """Whether a quote is a word or two set in quote marks, not a statement."""
    return len(quote.split(maxsplit=FRAGMENT_WORDS)) <= FRAGMENT_WORDS


def _topic_patterns(db: Database, topic: Sequence[str]) -> list[re.Pattern[str]]:
    """One pattern per topic word: the word, its longer forms, and, for a word no article
    has, its near spellings."""
    if not topic:
        return []
    sync_terms(db)
    known = document_frequencies(db, "paragraphs", topic)
    patterns = []
    for word in topic:
        forms = [word, *_number_forms(word)]
        if word not in known and len(word) >= 3:
            near = near_terms(db, "paragraphs", word)
            forms += [term for term, _ in near if term not in STOPWORDS]
        # "georgia" also finds "georgian"; a short word only itself ("war", not "warm").
        tail = r"\w*" if len(word) >= 5 else r"\b"
        patterns.append(re.compile(r"\b(?:" + "|".join(map(re.escape, forms)) + ")" + tail))
    return patterns


def _number_forms(word: str) -> list[str]:
    """The English singular or plural spelling the longer-forms tail does not reach."""
    if len(word) < 4 or not word.isalpha():
        return []
    if word.endswith("ies"):
        return [word[:-3] + "y"]  # embassies -> embassy
    if word.endswith("y"):
        return [word[:-1] + "ies"]  # embassy -> embassies
    if word.endswith("s") and not word.endswith(("ss", "us", "is", "news")):
        return [word[:-1]]  # neighbors -> neighbor ("neighbor" already reaches "neighbors")
    return []


def _topic_beside(
    topic: Sequence[re.Pattern[str]], rows: Sequence[Sequence[object]], own: list[list[bool]]
) -> list[int]:
    """The quotes whose paragraph has a topic word their own words lack: only for these
    does the writer's part of the paragraph need reading."""
    beside = []
    for row, found in zip(rows, own, strict=True):
        if all(found) or not row[5]:
            continue
        paragraph = fold(str(row[5]))
        if any(not hit and p.search(paragraph) for p, hit in zip(topic, found, strict=True)):
            beside.append(int(str(row[0])))
    return beside


# Every quote of the paragraph each quote is in (joined through the article, as indexed).
_PARAGRAPH_QUOTES = """
SELECT q.id, o.start, o."end", o.text FROM quotes q
JOIN quotes o ON o.article_id = q.article_id AND o.paragraph_id = q.paragraph_id
WHERE q.id IN ({marks})
"""


def _narration(db: Database, quote_ids: Sequence[int]) -> dict[int, str]:
    """Each quote's paragraph without the words of any quote in it: what the writer says
    ("Nowak said of the drought"), not what another quote says."""
    if not quote_ids:
        return {}
    paragraphs = dict(
        db.execute(
            f"SELECT q.id, p.text FROM quotes q JOIN paragraphs p ON p.id = q.paragraph_id "
            f"WHERE q.id IN ({placeholders(quote_ids)})",
            list(quote_ids),
        ).fetchall()
    )
    spans: dict[int, list[tuple[int, int, str]]] = {}
    rows = db.execute(_PARAGRAPH_QUOTES.format(marks=placeholders(quote_ids)), list(quote_ids))
    for qid, start, end, text in rows:
        spans.setdefault(int(qid), []).append((int(start), int(end), str(text)))
    return {qid: _without(str(text), spans.get(qid, [])) for qid, text in paragraphs.items()}


def _without(paragraph: str, quotes: Sequence[tuple[int, int, str]]) -> str:
    """The paragraph with each quote blanked out: by its offsets, else (older rows) its text."""
    chars = list(paragraph)
    for start, end, _ in quotes:
        if end > start:
            chars[start:end] = " " * (end - start)
    text = "".join(chars)
    for start, end, quote in quotes:
        if end <= start:
            text = text.replace(quote, " ")
    return text


def _topic_score(topic: Sequence[re.Pattern[str]], own: Sequence[bool], narration: str) -> float:
    """0-100: how much of the topic the quote's own words are about (own: each topic word
    found in them), the writer's words around it counting half ("said of the drought");
    never another quote's words ("the ball" in the next quote of the paragraph)."""
    around = fold(narration)
    total = sum(
        1.0 if hit else 0.5 if narration and p.search(around) else 0.0
        for p, hit in zip(topic, own, strict=True)
    )
    return round(100.0 * total / len(topic), 1)

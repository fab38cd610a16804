"""Retrieval: FTS5 narrows to candidates by a question's rarest words, rapidfuzz ranks them.

User text never reaches MATCH as syntax: it is cut into words and each word is wrapped in
double quotes (`tokens`). A word the index has never seen is replaced by the indexed words
within an edit or two of it, and candidates come in rounds, cheapest first (`plan`); the
caller stops as soon as the best one is clear. `terms` keeps each indexed term's document
frequency in step, lazily, so every writer is covered. The modules below answer one kind of
question each: `quotes` (who said), `paragraphs` (search), `speakers` (with `groups`: what
several said together), `lists`. Russian questions go to a stemmed index beside them
(`stems`, `russian`, `names_ru`): `languages` routes each question by its script, and its
functions are the ones exported here.

This package's names are the ones answering uses: `from store import search`.
"""

from store.search.groups import groups_listing
from store.search.languages import (
    find_paragraphs,
    find_people,
    find_people_any_script,
    find_quotes,
    find_speakers,
    mostly_written,
    speaker_quotes,
)
from store.search.lists import known_speakers, latest_articles, random_quote
from store.search.mentions import Mentioned, mentioned
from store.search.names_ru import name_gender
from store.search.paragraphs import SNIPPET_CHARS, snippet
from store.search.quotes import QUOTE_CUTOFF
from store.search.records import ArticleRow, Match, SpeakerMatch
from store.search.russian import known_russian_speakers
from store.search.speakers import (
    ABOUT_TOPIC,
    clean_name,
    is_fragment,
    role_changers,
    same_person,
)
from store.search.stems import has_cyrillic, is_russian, sync_stems
from store.search.terms import rebuild_terms, sync_terms
from store.search.tokens import content_words, match_expression, words

__all__ = [
    "ABOUT_TOPIC",
    "QUOTE_CUTOFF",
    "SNIPPET_CHARS",
    "ArticleRow",
    "Match",
    "Mentioned",
    "SpeakerMatch",
    "clean_name",
    "content_words",
    "find_paragraphs",
    "find_people",
    "find_people_any_script",
    "find_quotes",
    "find_speakers",
    "groups_listing",
    "has_cyrillic",
    "is_fragment",
    "is_russian",
    "known_russian_speakers",
    "known_speakers",
    "latest_articles",
    "match_expression",
    "mentioned",
    "mostly_written",
    "name_gender",
    "random_quote",
    "rebuild_terms",
    "role_changers",
    "same_person",
    "snippet",
    "speaker_quotes",
    "sync_stems",
    "sync_terms",
    "words",
]

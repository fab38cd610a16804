"""Which language an article is in, as far as quote extraction needs: Russian or English."""

from __future__ import annotations

import re
from collections.abc import Iterable
from enum import StrEnum
from itertools import islice

from store.models import Article


class Language(StrEnum):
    """The languages an article is read in (the values stored in articles.language)."""

    ENGLISH = "en"
    RUSSIAN = "ru"


_CYRILLIC = re.compile(r"[А-Яа-яЁё]")
_LATIN = re.compile(r"[A-Za-z]")
# The title and first paragraphs settle it; reading a long article to the end only costs time.
SAMPLE = 1500
# Russian copy quotes English names and sites ("Reuters", "NATO"), English copy quotes a
# Russian word now and then: the majority of letters decides, either way (Russian when
# there are more Cyrillic letters than Latin ones).


def detect_language(title: str, paragraphs: Iterable[str]) -> Language:
    """Russian when most letters of the title and text are Cyrillic, else English."""
    sample = [title]
    size = len(title)
    for paragraph in paragraphs:
        if size >= SAMPLE:
            break
        sample.append(paragraph)
        size += len(paragraph)
    text = " ".join(sample)[:SAMPLE]
    if _CYRILLIC.search(text) is None:
        return Language.ENGLISH  # most English copy: one scan, no counting
    # Counting every Cyrillic letter of Russian copy cost more than the rest of parsing: the
    # Latin letters are few there, and the scan stops at the first Cyrillic one past them.
    latin = len(_LATIN.findall(text))
    more_than_latin = next(islice(_CYRILLIC.finditer(text), latin, None), None)
    return Language.ENGLISH if more_than_latin is None else Language.RUSSIAN


def article_language(article: Article) -> Language:
    """The language to read an article in: as its parser set it, else as its letters say.

    "en" is also what a parser that does not detect languages leaves (the field's default),
    so an English label is checked against the letters; a Russian one is taken as given.
    """
    if article.language == Language.RUSSIAN:
        return Language.RUSSIAN
    return detect_language(article.title, article.paragraphs)

"""The Russian agencies' layout: datelines, photo captions and credits, sentence ends.

A TASS story opens "МОСКВА, 22 июля. /ТАСС/. ", RIA's "МОСКВА, 22 июл — РИА Новости. ",
Interfax's "Москва. 22 июля. INTERFAX.RU - "; photos come with "© Фото: …" credits. Plain-text
ingestion (store.ingest.text) takes the place, date and agency from the dateline; a text that
arrives with it still in its first paragraph (JSON, a page) has it blanked before reading.
"""

from __future__ import annotations

import re

# The month in Russian, the year rarely given; the agency between slashes, after a dash, or
# after the date's full stop (Interfax).
RUSSIAN_DATELINE = re.compile(
    r"^(?P<place>[А-ЯЁ][А-ЯЁа-яё .\-]*[А-ЯЁа-яё])[,.]\s+(?P<day>\d{1,2})\s+"
    r"(?P<month>[а-яё]{3,8})\.?(?:\s+(?P<year>\d{4})(?:\s*года?)?)?\s*"
    r"(?:\.\s*/(?P<slash>[^/\n]{1,30})/\s*\.?|[-–—]\s*(?P<dash>[^.\n]{1,30}?)\.(?=\s)"
    r"|\.\s*(?P<dotted>[A-ZА-ЯЁ][\w.]{1,20})\s*[-–—]+)\s*"
)
# "© Фото: Михаил Джапаридзе/ТАСС", "Фото: РИА Новости", "Источник: ...", "Имя Фамилия/ТАСС".
RUSSIAN_CREDIT = re.compile(
    r"^(?:©|фото\s*:|фото\s+[А-ЯЁ]|источник\s*:)|\S+/[А-ЯЁ][\w -]+$", re.IGNORECASE
)
# RUSSIAN_CREDIT's two halves, as is_credit tries them: searched whole, its "\S+/" was tried
# from every position of every paragraph (55 us a paragraph, a sixth of parsing).
_CREDIT_OPENING = re.compile(r"©|фото\s*:|фото\s+[А-ЯЁ]|источник\s*:", re.IGNORECASE)
_CREDIT_AGENCY = re.compile(r"/[А-ЯЁ][\w -]+$", re.IGNORECASE)
# A sentence ends at . ! ? or … before a capital, a quote mark or a dash of direct speech.
_SENTENCE_END = re.compile(r"[.!?…][»“”\"\x01)]*(?=\s+[«„“\"(\x01А-ЯЁA-Z0-9—–])")
# Abbreviations a full stop does not end a sentence after ("г.", "т.е.", "им.").
_ABBREVIATIONS = frozenset("г гг т е им ул д тыс млн млрд руб см проф акад".split())
# Units: a capital after "руб." or "млн." opens the next sentence ("… 1,1 трлн руб. Бюджет
# …"), where one after "им." or "проф." is a name ("им. Ленина").
_UNITS = frozenset("тыс млн млрд руб".split())


def blank_dateline(text: str) -> str:
    """The first paragraph with a dateline opening it blanked out (offsets kept)."""
    match = RUSSIAN_DATELINE.match(text)
    if match is None or not text[match.end() :].strip():
        return text
    return " " * match.end() + text[match.end() :]


def is_credit(text: str) -> bool:
    """RUSSIAN_CREDIT.search(text) is not None, read from both ends: the opening words, else
    the agency after the last "/" (a credit's tail holds no other), a word right before it."""
    if _CREDIT_OPENING.match(text):
        return True
    slash = text.rfind("/")
    return (
        slash > 0
        and not text[slash - 1].isspace()
        and _CREDIT_AGENCY.match(text, slash) is not None
    )


def is_caption(text: str) -> bool:
    """True for a paragraph that is a photo's caption or credit, not the article's text."""
    return len(text) < 200 and (is_credit(text) or is_furniture(text))


# A caption that ends in its credit: "Мост построен в 1971 году. Фото: Антон Мальцев".
_CAPTION_CREDIT = re.compile(r"[.!?]\s+(?:©\s*)?Фото\s*:\s*[^.!?:]{2,60}$")
# A site's links to other stories: "Читайте также: …", "Смотрите также", "См. также".
_READ_ALSO = re.compile(r"^(?:Читайте|Смотрите|См\.) также\b", re.IGNORECASE)
# A heading in capitals inside the text ("СПРАВКА «ИЗВЕСТИЙ»"): no lowercase letter, no stop.
# Not one opening with a quote mark or a dash, which is words set in capitals («МЫ НЕ
# СДАДИМСЯ», an interview's "— НЕТ"), nor one with a figure ("ЦИК: 99%"): dropping those
# loses the story's text, where keeping a heading only keeps a line nobody is quoted in.
_CAPITALS_HEADING = re.compile(r"^(?![«„“”\"'—–-])[^a-zа-яё.!?\d]{3,60}$")


def is_furniture(text: str) -> bool:
    """True for a paragraph a site puts between the story's own: a caption ending in its
    credit, a block of links to other stories, a heading in capitals."""
    if _READ_ALSO.match(text):
        return True
    if len(text) >= 200:
        return False
    return ("Фото" in text and _CAPTION_CREDIT.search(text) is not None) or (
        _CAPITALS_HEADING.match(text) is not None and any(c.isalpha() for c in text)
    )


def sentence_ends(text: str) -> list[int]:
    """Offsets just past each sentence's closing punctuation, abbreviations skipped."""
    ends = []
    for match in _SENTENCE_END.finditer(text):
        # Searched in place, not in slices: the rest of the paragraph was copied twice a stop.
        before = _WORD_STOP.search(text, max(0, match.start() - 8), match.start() + 1)
        if before and _abbreviated(before[1], _following(text, match.end())):
            continue
        ends.append(match.end())
    return ends


_WORD_STOP = re.compile(r"(\w+)\.$")  # the word a full stop ends, if one does
_NEXT_CHAR = re.compile(r"\s*(\S?)")


def _following(text: str, at: int) -> str:
    """The first character after the spaces from `at` on ("" at the end): lstrip()[:1]."""
    found = _NEXT_CHAR.match(text, at)
    return found[1] if found else ""


# A section line: a word or three, no sentence's stop ("Бизнес", "Международная панорама").
_SECTION = re.compile(r"^[А-ЯЁ][а-яё-]*(?: [а-яёА-ЯЁ-]+){0,2}$")
# A title: one line, no sentence's stop at its end (a body paragraph ends with one); a
# quote closing it is the title's ("Плетнев: «Школы закрывать не будем»"), one after a stop
# the end of a quoted sentence.
_TITLE_END = re.compile(r"[.!?…][»\"“”]*$")
# "Степан Журов, Кедрогорск", "Анна Петрова; Олег Смирнов, Казань": a newspaper signs its
# story under the last paragraph, each author with the bureau's city or not.
# An interview is signed by whoever asked: "Беседовала Ксения Лыткина".
_INTERVIEWER = r"(?:Беседовал[аи]?|Беседу вел[аи]?|Интервью взял[аи]?)"
_AUTHOR = (
    r"[А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"  # Имя Фамилия(-Фамилия)
    r"(?:, [А-ЯЁ][а-яё]+(?:[ -][А-ЯЁ][а-яё]+)?)?"  # , Город
)
_BYLINE = re.compile(rf"^(?:{_INTERVIEWER} )?(?P<authors>{_AUTHOR}(?:; {_AUTHOR})*)$")


def is_section(blocks: list[list[str]]) -> bool:
    """Whether the first block of a text is the site's section above a title: one short line
    with no stop, then a one-line title with none either, then the story."""
    if len(blocks) < 3 or len(blocks[0]) != 1 or len(blocks[1]) != 1:
        return False
    title = blocks[1][0]
    if title[:1] in '«„“"' and title[-1:] in '»“”"':
        return False  # a paragraph that is one quote («…») is a story's text, not a title
    return _SECTION.match(blocks[0][0]) is not None and not _TITLE_END.search(title)


def byline(text: str) -> str | None:
    """The authors a closing line signs the story with, else None."""
    found = _BYLINE.match(text) if len(text) <= 120 else None
    return found["authors"] if found else None


def _abbreviated(word: str, following: str) -> bool:
    """Whether a full stop after `word` is an abbreviation's, not a sentence's end."""
    if word in _UNITS and following.isupper():
        return False
    return word.casefold() in _ABBREVIATIONS or len(word) == 1

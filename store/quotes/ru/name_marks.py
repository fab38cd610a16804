"""Names in quote marks: «Ъ», компания «Северный фонд», порт «Восточный» (КМТ).

Russian sets the names of companies, papers, ports and programmes in the same «…» as speech.
Such a name is nobody's words, and narration reads across it as across any name: "Об этом «Ъ»
сообщил X", "подтвердила «Ъ», что …", "Компания «…» (КМТ) отложила стройку. Об этом …". A
span is a name when it is too short to be speech and no cue sets it out as speech (a colon
before it, a dash and a verb of saying after it), or when a noun that names things stands
right before it, or an abbreviation in brackets right after it; its marks and words are
then blanked with NAME_MASK, which the patterns of narration read as part of a word group.
A name between a role and a person is put back into the role once it is read
("аналитик компании «Северный фонд» Игорь Лапшин").
"""

from __future__ import annotations

import re

from store.quotes.marks import QuotedSpan
from store.quotes.ru.cast import Cast
from store.quotes.ru.cues import SPEECH_VERB
from store.quotes.ru.names import lemma

NAME_MASK = "\x02"
MIN_SPEECH_WORDS = 3  # as extract.MIN_UNCUED_WORDS: «Газпром», «зеркально» name or term
# Nouns a name in marks follows: "компания «…»", "газете «…»", "в порту «…»".
NAMING_NOUNS = frozenset(
    "компания корпорация холдинг концерн группа банк фонд завод комбинат фабрика предприятие "
    "объединение общество ассоциация союз партия движение организация агентство издание газета "
    "журнал телеканал канал радиостанция портал сайт клуб театр музей центр институт "
    "университет фирма сеть оператор проект программа операция форум фестиваль конкурс премия "
    "команда альянс бренд марка порт терминал аэропорт стадион комплекс гостиница отель "
    "ресторан магазин месторождение судно корабль лайнер самолет поезд газопровод нефтепровод "
    "трубопровод фильм спектакль книга сериал приложение мессенджер платформа".split()
)
_WORD_BEFORE = re.compile(r"([\w-]+)\s*$")
_ABBREVIATION_AFTER = re.compile(r"\s*\([А-ЯЁA-Z]{2,8}\)")
_DASH_CUE = re.compile(r"[,.!?…]?(?:\s*[—–]|\s+-)\s*")
_OPENING_MARKS = frozenset('«„“"')


def is_name(text: str, span: QuotedSpan) -> bool:
    """Whether a quoted span of a paragraph is a name in marks, not anyone's words."""
    if text[span.open_at : span.open_at + 1] not in _OPENING_MARKS or not span.closed:
        return False  # a dialogue's dash, a split quote's second half, a quote left open
    if span.continued or _set_out_as_speech(text, span):
        return False
    if len(text[span.start : span.end].split()) < MIN_SPEECH_WORDS:
        return True
    if _ABBREVIATION_AFTER.match(text, span.close_at + 1):
        return True
    before = _WORD_BEFORE.search(text, 0, span.open_at)
    if before is None:
        return False
    word = before[1]
    return (word.isupper() and len(word) > 1) or lemma(word) in NAMING_NOUNS


def _set_out_as_speech(text: str, span: QuotedSpan) -> bool:
    """A colon before it («Лавров заявил: «Нет»), or a dash and a verb of saying after it."""
    if text[: span.open_at].rstrip().endswith(":"):
        return True
    dash = _DASH_CUE.match(text, span.close_at + 1)
    return dash is not None and SPEECH_VERB.match(text, dash.end()) is not None


def blank_names(text: str, names: list[QuotedSpan]) -> str:
    """The paragraph with each name in marks blanked, marks and all (offsets kept)."""
    if not names:
        return text
    chars = list(text)
    for span in names:
        chars[span.open_at : span.close_at + 1] = NAME_MASK * (span.close_at + 1 - span.open_at)
    return "".join(chars)


# The full name right after a name in marks: "компании «Северный фонд» Игорь Лапшин".
_CAPITAL = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
_NAME_AFTER = re.compile(rf"\s+({_CAPITAL}(?: {_CAPITAL}){{1,2}})")


def name_in_role(cast: Cast, raw: str, span: QuotedSpan) -> None:
    """ "аналитик компании «Северный фонд» Игорь Лапшин": the body's name in marks, between
    a role and the person, is the role's last part (the role was read with it blanked)."""
    after = _NAME_AFTER.match(raw, span.close_at + 1)
    if after is None:
        return  # most names in marks: no person after them, and no need to search before
    before = _WORD_BEFORE.search(raw, 0, span.open_at)
    if before is None:
        return
    written = after[1]
    person = next((p for p in cast.people.values() if written in (p.name, *p.names)), None)
    if person is None:
        return
    for at, role in enumerate(person.roles):
        if role.rsplit(" ", 1)[-1] == before[1]:
            longer = f"{role} {raw[span.open_at : span.close_at + 1]}"
            person.roles[at] = longer
            person.names[:] = [longer if name == role else name for name in person.names]
            return

"""The words of Russian speech: verbs of saying with their gender, roles, pronouns, mentions.

A past-tense verb tells its subject's gender and number ("заявил" a man, "заявила" a woman,
"заявили" several); a mention is the phrase that names the speaker at a cue: a name in some
case ("Сергея Лаврова"), a role with or without a name ("глава МИД РФ"), or a pronoun.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from typing import NamedTuple

from store.quotes.ru import plain_words
from store.quotes.ru.bodies import MORE_BODIES, adjectives_before, body_name, named_body
from store.quotes.ru.more_cues import MORE_PRESENT
from store.quotes.ru.names import (
    CASES,
    GENDERS,
    NAME_WORD,
    PARSE_CACHE,
    NameReading,
    forget_parses,
    guess_surname,
    lemma,
    nominative_phrase,
    parses,
    read_name,
    surname_readings,
)
from store.quotes.ru.plural_speakers import group_span
from store.quotes.ru.role_words import MORE_HEADS, compound_head, in_place

# Verbs of saying in the past tense: the stem, then "" (he), "а" (she), "и" (they), "о" (it).
_PAST = (
    "заявил сказал отметил подчеркнул добавил сообщил напомнил пояснил рассказал указал подтвердил "
    "заметил признал ответил уточнил констатировал заверил предупредил резюмировал говорил "
    "высказал подытожил призвал пообещал возразил объяснил предположил допустил посетовал "
    "парировал прокомментировал акцентировал"
    # The imperfective past reports as the perfective: "Ранее Рособрнадзор сообщал, что …".
    " сообщал заявлял отмечал подчеркивал указывал напоминал предупреждал утверждал"
).split()
# Reflexive verbs of saying: "признался" (he), "призналась" (she), "признались" (they).
_REFLEXIVE = "признал пожаловал жаловал согласил".split()
_REFLEXIVE_ENDINGS = {"ся": "masc", "ась": "femn", "ись": "plur", "ось": "neut"}
# "выразил уверенность, что …": a verb that says only with its object.
_EXPRESSED = r"выразил(?:а|и|о)?\s+(?:уверенность|надежду|мнение|сожаление|обеспокоенность)"
# Present-tense and short-adjective cues: "считает" (he or she), "уверен" / "уверена".
_PRESENT = {
    "считает": None, "считают": "plur", "полагает": None, "полагают": "plur",
    "говорит": None, "говорят": "plur", "уверен": "masc", "уверена": "femn",
    "уверены": "plur", "убежден": "masc", "убеждена": "femn", "убеждён": "masc",
    "убеждённа": "femn", "отмечает": None, "отмечают": "plur", "подчеркивает": None,
    "подчёркивает": None, "подчеркивают": "plur", "поясняет": None, "уверяет": None,
    "признает": None, "признаёт": None, "добавляет": None,
    # «…?» — спрашивают родители: a group asks; the quote is theirs, no one named's.
    "спрашивает": None, "спрашивают": "plur", **MORE_PRESENT,
}  # fmt: skip
_ENDINGS = {"": "masc", "а": "femn", "и": "plur", "о": "neut"}
# Every form of every cue, with what it tells: a lookup, where trying each stem in turn cost
# a verb tens of microseconds.
_VERB_GENDERS: dict[str, str | None] = {
    **{stem + end: told for stem in [*_PAST, "выразил"] for end, told in _ENDINGS.items()},
    **{stem + end: told for stem in _REFLEXIVE for end, told in _REFLEXIVE_ENDINGS.items()},
    **_PRESENT,
}
# An agency quotes someone: "— цитирует Лаврова ТАСС", the speaker in the accusative.
CITING = ("цитирует", "цитируют", "приводит слова")
_CUE_WORDS = [*_PAST, *_REFLEXIVE, *_PRESENT, *CITING, "выразил"]
# The lookahead on the cues' first letters lets the scan skip most positions at once (a
# quarter faster: the alternation alone is tried letter by letter).
_CUE_FIRST = "".join(sorted({w[0] for w in _CUE_WORDS} | {w[0].upper() for w in _CUE_WORDS}))


def _by_first_letter(patterns: list[str]) -> str:
    """One alternation of patterns that each open with a plain letter, grouped by it: where
    a word starts, only the cues of its letter are tried, not all forty-odd in turn."""
    groups: dict[str, list[str]] = {}
    for pattern in patterns:
        groups.setdefault(pattern[0], []).append(pattern[1:])
    return "|".join(f"{letter}(?:{'|'.join(rests)})" for letter, rests in groups.items())


SPEECH_VERB = re.compile(
    r"(?<![\w-])(?=["
    + _CUE_FIRST
    + r"])(?P<verb>"
    + _by_first_letter(
        [f"{stem}(?:а|и|о)?" for stem in _PAST]
        + [f"{stem}(?:{'|'.join(_REFLEXIVE_ENDINGS)})" for stem in _REFLEXIVE]
        + [_EXPRESSED, *sorted(_PRESENT, key=len, reverse=True), *CITING]
    )
    + r")(?![\w-])",
    re.IGNORECASE,
)
# "по словам Лаврова, ...", "по мнению главы МИД, ...", "по его словам, ...". A text holding
# none of the nouns is not scanned (substring searches are a tenth of the pattern's time).
ACCORDING_NOUNS = ("словам", "мнению", "оценке", "утверждению")
ACCORDING_TO = re.compile(
    r"(?<![\w-])[Пп]о\s+(?:(?P<pronoun>его|её|ее|их)\s+)?"
    r"(?P<noun>" + "|".join(ACCORDING_NOUNS) + r")(?![\w-])"
)

# Heads of roles: a role phrase starts at one of these (or at adjectives before it).
ROLE_HEADS = (
    frozenset(
        "министр замминистра глава замглавы представитель пресс-секретарь президент премьер "
        "премьер-министр председатель зампред посол постпред директор руководитель заместитель "
        "помощник советник спикер секретарь генсек губернатор мэр депутат сенатор командующий "
        "начальник лидер канцлер вице-премьер вице-президент сопредседатель уполномоченный "
        "прокурор генпрокурор судья сотрудник член дипломат политик эксперт аналитик "
        "собеседник чиновник генерал полковник глава учёный ученый специалист врач "
        "исследователь участник участница".split()
    )
    | MORE_HEADS
)
# Descriptions that name no office: a pronoun-like reference to the salient person.
GENERIC_DESCRIPTIONS = frozenset(
    "дипломат политик собеседник чиновник эксперт учёный ученый специалист".split()
)
# Bodies that speak: "МИД России заявил", "в Кремле заявили", "сообщили в пресс-службе".
ORGANISATIONS = (
    frozenset(
        "мид кремль минобороны минфин минздрав минэнерго минтранс минюст минэкономразвития "
        "министерство ведомство пресс-служба правительство посольство генпрокуратура "
        "прокуратура роспотребнадзор росстат цб центробанк совбез госдума дума сенат совфед "
        "администрация мэрия оон нато евросоюз еврокомиссия белый".split()
    )
    | MORE_BODIES
)
_BEFORE_BODY = frozenset({"в", "во", "на"})
MAX_BODY_WORDS = 4
PRONOUNS = {"он": "masc", "она": "femn", "его": "masc", "её": "femn", "ее": "femn", "они": "plur"}
# Words between a cue and its speaker that name neither: "сказал журналистам Лавров".
FILLERS = frozenset(
    "журналистам репортерам корреспонденту корреспондентам агентству изданию телеканалу "
    "радиостанции тасс риа новости интерфаксу в на во интервью беседе эфире брифинге "
    "пресс-конференции понедельник вторник среду четверг пятницу субботу воскресенье "
    "также затем позднее ранее тогда же при этом этом об также".split()
)
MAX_ROLE_WORDS = 8
_SUBJECTS = ("он", "она", "они")  # the pronouns a cue's subject may be
MENTION_CACHE = 20_000  # phrases whose mentions are kept (a few MB)
_TOKEN = re.compile(r"[\w-]+")


def _openings(lemmas: frozenset[str]) -> frozenset[str]:
    return frozenset(word.replace("ё", "е")[:2] for word in lemmas)


# A lemma opens as its word does (case and ё aside: "министра" → "министр"), save where the
# analyser strips a comparative's or superlative's prefix ("поумнее" → "умный"): a word that
# opens otherwise cannot be a role's head or a body, and is not parsed only to learn that
# (on a cold start, a third of the words the analyser read were these).
_HEAD_OPENINGS = _openings(ROLE_HEADS)
_BODY_OPENINGS = _openings(ORGANISATIONS)
_STRIPPED_PREFIXES = ("по", "на")  # по-, наи-


# A cue's own forms ("заявила", "считает") are walked over as role words too, and are none.
_CUE_FORMS = frozenset(_VERB_GENDERS)


def _plain(word: str) -> bool:
    """A plain word (plain_words.py) or a cue's form: no role's head, complement or body."""
    return plain_words.plain(word) or word.lower() in _CUE_FORMS


def _lemma_in(word: str, lemmas: frozenset[str], openings: frozenset[str]) -> bool:
    """lemma(word) in lemmas, without parsing the words whose opening rules it out."""
    opening = word[:2].lower().replace("ё", "е")
    if opening not in openings and opening not in _STRIPPED_PREFIXES:
        return False
    return not _plain(word) and lemma(word) in lemmas


@lru_cache(maxsize=PARSE_CACHE)
def is_head(word: str) -> bool:
    """True when the word is a form of a role's head ("министра", "главой", "энергоаналитик");
    cached: a mention asks it of every word before a name, and the roles recur."""
    return _lemma_in(word, ROLE_HEADS, _HEAD_OPENINGS) or compound_head(word)


@lru_cache(maxsize=PARSE_CACHE)
def _is_body(word: str) -> bool:
    return _lemma_in(word, ORGANISATIONS, _BODY_OPENINGS)


def forget_words() -> None:
    """Empty every cache of word readings, the analyser's and ours (a cold start)."""
    from store.quotes.ru import cast, full_names  # they read mentions: imported here

    forget_parses()
    full_names.forget_full_names()
    _mention.cache_clear()
    cast.canonical.cache_clear()
    for cached in (is_head, _is_body, _complement, _adjective):
        cached.cache_clear()


class MentionKind(StrEnum):
    """How a mention names its speaker."""

    NAME = "name"  # "Сергей Лавров", "Лаврова"
    DESCRIPTION = "description"  # "глава МИД РФ", "дипломат"
    PRONOUN = "pronoun"  # "он", "она", "по её словам"
    ORGANISATION = "organisation"  # "МИД России", "в Кремле" (as "Кремль")
    GROUP = "group"  # "жители района", "родители учеников": several people described


@dataclass(frozen=True)
class Mention:
    """The phrase that names a speaker at a cue, read into its parts."""

    kind: MentionKind
    start: int
    end: int
    written: str  # as the text has it
    reading: NameReading | None = None  # a full name (two words or more) read
    surnames: tuple[tuple[str, str], ...] = ()  # (gender, nominative) a lone surname may be
    guessed: bool = False  # a lone surname the dictionary lacks: only someone already named
    role: str | None = None  # the role in the nominative ("глава МИД РФ")
    role_words: tuple[str, ...] = ()  # the role's lemmas, to match descriptions to roles
    gender: str | None = None  # a pronoun's gender
    body: str | None = None  # an organisation's name in the nominative

    def moved(self, by: int) -> Mention:
        """The same mention `by` characters further on, its fields copied as one dict: the
        frozen __init__ sets field by field through object.__setattr__ (3x the time)."""
        fields = self.__dict__.copy()
        fields["start"] += by
        fields["end"] += by
        moved = object.__new__(Mention)
        object.__setattr__(moved, "__dict__", fields)
        return moved


class _Word(NamedTuple):
    # A tuple, not a frozen dataclass: every mention makes a dozen, and a frozen
    # dataclass's __init__ cost most of tokenising one.
    text: str
    start: int
    end: int


def _words(text: str) -> list[_Word]:
    # tuple.__new__: not the generated __new__'s keyword handling (1.8x), nor _make's call.
    new, word = tuple.__new__, _Word
    return [new(word, (m[0], *m.span())) for m in _TOKEN.finditer(text)]


def read_mention(text: str, offset: int = 0, cases: tuple[str, ...] = CASES) -> Mention | None:
    """The speaker a phrase names, its name in one of `cases`; None when it names nobody."""
    mention = _mention(text, cases)
    if mention is None or not offset:
        return mention
    return mention.moved(offset)


@lru_cache(maxsize=MENTION_CACHE)
def _mention(text: str, cases: tuple[str, ...]) -> Mention | None:
    """read_mention at offset 0, cached: a mention is read off its words alone, and agency
    copy repeats its phrases (a cue's "— сказал Лавров", a name's role before it)."""
    words = _words(text)
    if not words:
        return None
    named = _name_in(words, cases, guess=False)  # a full name wins: no group is read then
    found = None if named and named.reading else group_span(words, cases)  # "жители района"
    group = (
        None
        if found is None
        else Mention(
            MentionKind.GROUP, found[0], found[1], text[found[0] : found[1]], body=found[2]
        )
    )
    # A lone surname-like word in a group's tail is its place ("жители деревни Сухой Брод").
    if named is not None and not (group and not named.reading and named.end <= group.end):
        return named
    if group is not None:
        return group
    for word in words:
        gender = PRONOUNS.get(word.text.casefold())
        if gender is not None and (word.text.casefold() in _SUBJECTS or cases != ("nomn",)):
            return Mention(MentionKind.PRONOUN, word.start, word.end, word.text, gender=gender)
    head = _role_start(words)
    if head is None:
        return _organisation(words) or _name_in(words, cases, guess=True)
    role = words[head : _role_end(words, head)]
    return Mention(
        MentionKind.DESCRIPTION,
        role[0].start,
        role[-1].end,
        " ".join(w.text for w in role),
        role=sentence_case(nominative_phrase([w.text for w in role])),
        role_words=tuple(lemma(w.text) for w in role),
    )


def _organisation(words: list[_Word]) -> Mention | None:
    """A body that speaks: its word and the complements after it, in the nominative."""
    at = next((i for i, w in enumerate(words) if _is_body(w.text) or _named_body(w.text)), None)
    first = 0 if at is None else adjectives_before(words, at)  # "в городском управлении"
    if at is None or (first > 0 and words[first - 1].text.casefold() not in _BEFORE_BODY | FILLERS):
        return None  # "В Москве министерство …", "Ранее Росстат …"; "призыв МИД" is no one
    end = at + 1
    while end < len(words) and end - at < MAX_BODY_WORDS and _complement(words[end].text):
        end += 1
    body = words[first:end]
    written = [w.text for w in body]
    return Mention(
        MentionKind.ORGANISATION,
        body[0].start,
        body[-1].end,
        " ".join(written),
        body=body_name(written, described=first < at),
    )


def _named_body(word: str) -> bool:
    return not _plain(word) and named_body(word)  # "Ранее": no body, and not parsed for it


def _name_in(words: list[_Word], cases: tuple[str, ...], guess: bool) -> Mention | None:
    """The last name in the phrase, with the role written before it; with `guess`, a lone
    word the dictionary does not know at all is taken for a surname (Трутнев, Кожемяко)."""
    capital = [NAME_WORD.fullmatch(w.text) is not None for w in words]
    at = len(words)
    while at > 0:
        at -= 1
        if not capital[at]:
            continue
        for length in (3, 2, 1):
            first = at - length + 1
            if first < 0 or not all(capital[first : at + 1]):
                continue
            found = _named(words, first, at, cases, guess)
            if found is not None:
                return found
    return None


def _named(
    words: list[_Word], first: int, last: int, cases: tuple[str, ...], guess: bool
) -> Mention | None:
    parts = tuple(w.text for w in words[first : last + 1])
    reading: NameReading | None = None
    surnames: tuple[tuple[str, str], ...] = ()
    role: list[str] | None = None  # read only once the words are a name: most are not
    if len(parts) > 1:
        reading = read_name(parts)
        if reading is None and _may_be_foreign(parts, cases):
            role = _role_words(words, first)
            reading = _foreign(parts, role, cases)
        if reading is None or reading.case not in cases:
            return None
    elif not guess:
        surnames = surname_readings(parts[0], cases)
        if not surnames:
            return None
    else:
        word = parts[0]
        # Any capitalised word may stand for a surname named before ("заявил Макрон"):
        # the cast takes it only if someone of that surname was named.
        surnames = tuple(sorted({(g, guess_surname(word, g, c)) for g in GENDERS for c in cases}))
    if role is None:
        role = _role_words(words, first)
    return Mention(
        MentionKind.NAME,
        words[first].start,
        words[last].end,
        " ".join(parts),
        reading=reading,
        surnames=surnames,
        guessed=guess,
        role=sentence_case(nominative_phrase(role)) if role else None,
        role_words=tuple(lemma(w) for w in role),
    )


def _role_words(words: list[_Word], name: int) -> list[str]:
    role_at = _role_before(words, name)
    return [w.text for w in words[role_at:name]] if role_at is not None else []


def _foreign(parts: tuple[str, ...], role: list[str], cases: tuple[str, ...]) -> NameReading | None:
    """A name the dictionary cannot read (Эммануэль Макрон) right after a role in the
    nominative ("президент Франции", not "президентом"), as a subject: the nominative is
    then what is written; its gender is not known."""
    if not _may_be_foreign(parts, cases):
        return None
    head = next((word for word in role if is_head(word)), None)
    if head is None or "nomn" not in parses(head)[0].tag.grammemes:
        return None
    if not all(_could_be_foreign_name(word) for word in parts):
        return None  # "президент Ассоциации Российских Банков": words of the language
    return NameReading(" ".join(parts), parts[-1], None, "nomn")


def _may_be_foreign(parts: tuple[str, ...], cases: tuple[str, ...]) -> bool:
    # Checked before the role is read for _foreign: most runs that are no name fail here.
    return "nomn" in cases and len(parts) == 2


def _could_be_foreign_name(word: str) -> bool:
    """Unknown to the dictionary, a name, or a noun in the nominative (Макрон)."""
    best = parses(word)[0]
    grammemes = best.tag.grammemes
    if not best.is_known or "Name" in grammemes or "Surn" in grammemes:
        return True
    return bool({"NOUN", "nomn"} <= grammemes)


def _role_start(words: list[_Word]) -> int | None:
    """Where a role phrase starts in the words: at the adjectives before its first head."""
    head = next((i for i, w in enumerate(words) if is_head(w.text)), None)
    if head is None:
        return None
    start = head
    while start > 0 and _adjective(words[start - 1].text):
        start -= 1
    return start


def _role_before(words: list[_Word], name: int) -> int | None:
    """Where the role written right before a name starts ("министр транспорта региона")."""
    at = name
    while (
        at > 0
        and name - at < MAX_ROLE_WORDS
        and (_role_word(words[at - 1].text) or _joined(words, at - 1) or in_place(words, at - 1))
    ):
        at -= 1
    # The role's head is the first one: "пресс-секретарь президента РФ", not "президент".
    head = next((i for i in range(at, name) if is_head(words[i].text)), None)
    if head is None:
        return None
    while head > 0 and _adjective(words[head - 1].text):
        head -= 1
    return head


def _joined(words: list[_Word], at: int) -> bool:
    """ "промышленности и торговли": an "и" between two of a role's genitive complements."""
    return (
        words[at].text == "и"
        and 0 < at < len(words) - 1
        and _complement(words[at - 1].text)
        and _complement(words[at + 1].text)
    )


def _role_word(word: str) -> bool:
    return is_head(word) or _complement(word)


def _role_end(words: list[_Word], start: int) -> int:
    """Where a role phrase ends: its head, adjectives, then genitive complements."""
    at = start
    while at < len(words) and _adjective(words[at].text):
        at += 1
    at += 1  # the head
    while (
        at < len(words)
        and at - start < MAX_ROLE_WORDS
        and (
            _complement(words[at].text) or (_joined(words, at) and at + 1 - start < MAX_ROLE_WORDS)
        )
    ):
        at += 1
    return at


_NOUN_OR_ADJECTIVE = frozenset({"NOUN", "ADJF"})
_FUNCTION_POS = frozenset({"ADVB", "PRCL", "CONJ", "PREP"})


@lru_cache(maxsize=PARSE_CACHE)
def _complement(word: str) -> bool:
    """A word a role's genitive tail holds: "иностранных дел", "России", "МИД РФ"."""
    if word.isupper() and len(word) > 1:
        return True
    if _plain(word):
        return False  # "и", "с", "-", "заявил": parsed only to learn they are no complement
    found = parses(word)
    # Grammeme sets, not tag.POS == …: each such comparison checks the grammeme is known.
    return any(
        "gent" in p.tag.grammemes and not _NOUN_OR_ADJECTIVE.isdisjoint(p.tag.grammemes)
        for p in found
    ) and not any(not _FUNCTION_POS.isdisjoint(p.tag.grammemes) for p in found[:1])


@lru_cache(maxsize=PARSE_CACHE)
def _adjective(word: str) -> bool:
    if _plain(word):
        return False
    found = parses(word)
    return bool(found) and "ADJF" in found[0].tag.grammemes


def sentence_case(role: str) -> str:
    """A role as written mid-sentence: "Министр …" at a sentence's start is "министр …"."""
    first = role.split(" ", 1)[0]
    if len(first) > 1 and first[1:].islower():
        return role[:1].lower() + role[1:]
    return role


def skip_fillers(text: str, at: int) -> int:
    """Past the words between a cue and its speaker ("журналистам", "в интервью ТАСС")."""
    for match in _TOKEN.finditer(text, at):
        between = text[at : match.start()]
        if between.strip():
            return at
        if match[0].casefold() not in FILLERS:
            return match.start()
        at = match.end()
    return at

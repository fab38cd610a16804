"""What a Russian message asks: "кто сказал …", "что сказал Лавров о …", "цитаты Лаврова"…

The same intents as handlers/intent.py reads in English; a name is kept as asked, in
whatever case ("Лаврова"): store.search reads it in the nominative.
"""

from __future__ import annotations

import re

from handlers.intent import (
    Intent,
    IntentKind,
    _is_all_quote,
    _quoted,
    _strip_marks,
    latest_intent,
)
from handlers.phrases import Lang

RU = Lang.RU

# Verbs of saying in the past (any gender and number: сказал, сказала, сказали) or present.
_SAID = (
    r"(?:сказал|заявил|заявлял|говорил|отметил|подчеркнул|добавил|сообщил|напомнил|написал|"
    r"утверждал|пообещал|предупредил|произн[её]с|произнесл|заметил|признал|пояснил|ответил|"
    r"назвал|рассказал|писал|думал)(?:а|и|о)?|говорит|считает|думает|заявляет|утверждает"
)
_WHO_SAID = re.compile(
    r"^(?:(?:а|и|так|скажи(?:те)?|подскажи(?:те)?)[\s,]+)?"
    r"кто\s+(?:же\s+|это\s+|именно\s+|первым\s+|первой\s+|тогда\s+)?"
    rf"(?:{_SAID})\b[\s,:;—–-]*"
    r"(?:(?:что|будто|эти\s+слова|слова|фразу|это)\b[\s,:;—–-]*)?"
    r"(?P<words>.*)$",
    re.IGNORECASE | re.DOTALL,
)
_WHOSE = re.compile(
    r"^(?:чьи\s+(?:это\s+)?слова|чья\s+(?:это\s+)?(?:цитата|фраза)|"
    r"кому\s+принадлеж(?:ат|ит)\s+(?:эти\s+)?(?:слова|фраза|цитата)|"
    r"кто\s+автор\s+(?:этих\s+)?(?:слов|фразы|цитаты))[\s,:;—–-]*(?P<words>.*)$",
    re.IGNORECASE | re.DOTALL,
)
_TOPIC = (
    r"(?:\s+(?:о|об|обо|про|насч[её]т|относительно|касательно|по\s+поводу|на\s+тему)"
    r"\s+(?P<topic>.+))?"
)
_SPEAKER_PATTERNS = [
    re.compile(p + _TOPIC + "$", re.IGNORECASE | re.DOTALL)
    for p in (
        rf"^(?:а\s+)?что\s+(?:же\s+|именно\s+|ещё\s+|еще\s+)?(?P<verb>{_SAID})\s+(?P<speaker>.+?)",
        rf"^(?:а\s+)?что\s+(?P<speaker>.+?)\s+(?P<verb>{_SAID})",
        r"^(?:(?:покажи|дай|найди|пришли)(?:те)?\s+)?(?:все\s+|последние\s+)?"
        r"(?:цитаты|цитату|высказывания|заявления|слова)\s+(?P<speaker>.+?)",
    )
]
_ABOUT_WHAT = re.compile(
    rf"^о\s+ч[её]м\s+(?P<verb>{_SAID})\s+(?P<speaker>.+)$", re.IGNORECASE | re.DOTALL
)
_LATEST = re.compile(
    r"^(?:(?:покажи|дай)(?:те)?\s+)?(?:последние|свежие|новые)(?:\s+(?P<n>\d{1,4}))?"
    r"(?:\s+(?:новости|статьи|статей|новостей))?$"
    r"|^что\s+нового$|^(?:какие\s+)?новости$",
    re.IGNORECASE,
)
_RANDOM = re.compile(
    r"^(?:случайная\s+цитата|цитата|(?:дай|покажи)(?:те)?\s+(?:случайную\s+)?цитату)$",
    re.IGNORECASE,
)
_HELP = re.compile(
    r"^(?:помощь|справка|привет|здравствуй(?:те)?|начать|меню|кто\s+ты|"
    r"что\s+ты\s+умеешь|что\s+вы\s+умеете|как\s+(?:это|ты)\s+работа(?:ет|ешь))$",
    re.IGNORECASE,
)


def parse_russian(text: str) -> Intent:
    """What a Russian question (no /command) asks; the answer is to be in Russian."""
    bare = text.rstrip(" ?!.")
    if _HELP.match(bare):
        return Intent(IntentKind.HELP, lang=RU)
    latest = _LATEST.match(bare)
    if latest:
        return latest_intent(latest["n"] or "", lang=RU)
    if _RANDOM.match(bare):
        return Intent(IntentKind.RANDOM_QUOTE, lang=RU)
    who = _WHO_SAID.match(bare) or _WHOSE.match(bare)
    if who:
        words = _quoted(who["words"]) or _strip_marks(who["words"])
        return (
            Intent(IntentKind.WHO_SAID, lang=RU, words=words)
            if words
            else Intent(IntentKind.HELP, lang=RU)
        )
    quoted = _quoted(text)
    # "who said «…»" is asked in Russian words too: the quote decides the language.
    if quoted and (_is_all_quote(text) or re.search(r"\b(?:кто|who)\b", text, re.IGNORECASE)):
        return Intent(IntentKind.WHO_SAID, lang=RU, words=quoted)
    about = _ABOUT_WHAT.match(bare)
    if about:
        speaker = about["speaker"].strip()
        return Intent(
            IntentKind.SPEAKER_QUOTES, lang=RU, speaker=speaker, gender=_asked_gender(about["verb"])
        )
    for pattern in _SPEAKER_PATTERNS:
        asked = pattern.match(bare)
        if asked and asked["speaker"].strip():
            topic = _strip_marks(asked["topic"] or "")
            return Intent(
                IntentKind.SPEAKER_QUOTES,
                lang=RU,
                speaker=asked["speaker"].strip(),
                topic=topic,
                gender=_asked_gender(asked.groupdict().get("verb") or ""),
            )
    return Intent(IntentKind.SEARCH, lang=RU, words=text)


def _asked_gender(verb: str) -> str:
    """The gender a question's verb tells of the one speaker asked about ("сказала" "femn"),
    "" for none: a plural, neuter or present verb ("сказали", "считает")."""
    # Imported here: it loads the extractor's cue lists (~12 ms), which an English question
    # and `newsbot ask`'s start-up need not pay for.
    from store.quotes.ru.verb_genders import verb_gender

    gender = verb_gender(verb)
    return gender if gender in ("masc", "femn") else ""

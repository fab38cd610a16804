"""How surely an answer may name a speaker, and how it says words are not exact.

A quote is credited plainly only when its attribution's confidence (store/quotes/confidence.py)
is 0.9 or more, which `make bench-quotes` calibrates: those are right 98.5 % of the time on the
train split. A full name or surname at the cue mostly is (97-98 % right); a pronoun (64 % on
clean gold, 78 % on the noisier coreference gold), a relative "who" (50 %), a quote's mere
place near someone's words (83 %) or words carried on from a credit before (86 %) are not, so
those say "probably"; a description (91 %) is plain or probable by its own clues. Below one in
two the answer says the speaker is not clear (figures: train, end of stop 18).
Reported speech and a headline's claim are never shown in quote marks: they are not anyone's
exact words. Words asked for that the speaker only quotes someone else saying (“He said,
‘Stop,’” said Kerr, asked who said ‘Stop’) are credited "Kerr, quoting someone else".
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from handlers.phrases import Lang
from handlers.records import Hit
from store.models import AttributionHow, QuoteKind
from store.search import is_russian

PLAIN_CONFIDENCE = 0.9
UNCLEAR_CONFIDENCE = 0.5


class Sureness(StrEnum):
    """How an answer may name a quote's speaker."""

    SURE = "sure"  # named plainly
    PROBABLE = "probable"  # "probably X", with why
    UNCLEAR = "unclear"  # "speaker not clear (perhaps X)"
    NONE = "none"  # no speaker found


# Why a hedged speaker is only probable, as the reply says it.
_BECAUSE = {
    AttributionHow.PRONOUN: "the article names them there only by a pronoun",
    AttributionHow.DESCRIPTION: "the article names them there only by their role",
    AttributionHow.NEARBY: "no one is credited in the quote's own sentence",
    AttributionHow.CARRIED: "the quote carries on from their words before",
    AttributionHow.RELATIVE: "the article says “who”",
    AttributionHow.LAYOUT: "the page's layout credits them",
    AttributionHow.ORGANISATION: "the article credits the organisation",
}


# The same, and the credit's other words, for a reply in Russian.
_BECAUSE_RU = {
    AttributionHow.PRONOUN: "в статье здесь только местоимение",
    AttributionHow.DESCRIPTION: "в статье здесь только должность",
    AttributionHow.NEARBY: "в предложении с цитатой автор не назван",
    AttributionHow.CARRIED: "цитата продолжает сказанное перед ней",
    AttributionHow.RELATIVE: "в статье сказано «который»",
    AttributionHow.LAYOUT: "автора указывает вёрстка страницы",
    AttributionHow.ORGANISATION: "статья ссылается на организацию",
}
_WORDS_RU = {
    "speaker not identified": "автор не установлен",
    "speaker not clear (perhaps ": "автор неясен (возможно, ",
    "the headline, crediting ": "заголовок, со ссылкой на: ",
    "not a quote": "не цитата",
    "reported, not exact words": "пересказ, не дословно",
    "probably ": "вероятно, ",
    ", quoting someone else": ", цитируя чужие слова",
}


@dataclass(frozen=True)
class Credit:
    """Who a hit is credited to, in three parts: before the name, the name, after it."""

    before: str
    name: str
    after: str

    @property
    def text(self) -> str:
        return f"{self.before}{self.name}{self.after}"


def sureness(hit: Hit) -> Sureness:
    """How surely the hit's speaker may be named (quotes stored before m006 count as sure)."""
    if not hit.speaker:
        return Sureness.NONE
    if hit.confidence is None or hit.confidence >= PLAIN_CONFIDENCE:
        # "Kerr said" where the article has Ada Kerr and Tom Kerr: which one is a guess.
        return Sureness.PROBABLE if hit.namesake else Sureness.SURE
    if hit.confidence >= UNCLEAR_CONFIDENCE:
        return Sureness.PROBABLE
    return Sureness.UNCLEAR


def exact_words(hit: Hit) -> bool:
    """Whether the hit's words are someone's exact words, to be shown in quote marks."""
    return hit.kind != QuoteKind.INDIRECT


def is_headline(hit: Hit) -> bool:
    return hit.how == AttributionHow.HEADLINE


def credit(hit: Hit, name: str, lang: Lang = Lang.EN) -> Credit:
    """How a quote hit credits its speaker: `name` (the speaker with their role) hedged as
    surely as the article allows, and marked when the words are reported or the headline's."""

    def say(words: str) -> str:
        return _WORDS_RU[words] if lang == Lang.RU else words

    sure = sureness(hit)
    if sure == Sureness.NONE:
        return Credit("", say("speaker not identified"), "")
    if sure == Sureness.UNCLEAR:
        return Credit(say("speaker not clear (perhaps "), name, ")")
    if is_headline(hit):
        # The headline's own claim: its words are the desk's, its credit the speaker's.
        notes = [] if exact_words(hit) else [say("not a quote")]
        if hit.namesake:  # "Kerr: …" of an article with two Kerrs
            notes.insert(0, _namesake_reason(hit, lang))
        before = say("the headline, crediting ") + (say("probably ") if hit.namesake else "")
        return Credit(before, name, f" ({'; '.join(notes)})" if notes else "")
    notes = []
    reasons = _BECAUSE_RU if lang == Lang.RU else _BECAUSE
    because = reasons.get(hit.how) if hit.how else None
    if hit.namesake:
        because = _namesake_reason(hit, lang)
    if sure == Sureness.PROBABLE and because:
        notes.append(because)
    if not exact_words(hit):
        notes.append(say("reported, not exact words"))
    before = say("probably ") if sure == Sureness.PROBABLE else ""
    # “He said, ‘Stop,’” said Kerr, asked for ‘Stop’: Kerr said it, but as someone's words.
    quoting = say(", quoting someone else") if hit.quoting else ""
    return Credit(before, name, quoting + (f" ({'; '.join(notes)})" if notes else ""))


def headline_credit(hit: Hit, name: str, lang: Lang = Lang.EN) -> str:
    """Whom a headline credits, as a lead says it: `name`, or "probably `name` (why)" when
    the headline gives only a surname two people of the article bear."""
    if not hit.namesake:
        return name
    probably = _WORDS_RU["probably "] if lang == Lang.RU else "probably "
    return f"{probably}{name} ({_namesake_reason(hit, lang)})"


def _namesake_reason(hit: Hit, lang: Lang) -> str:
    surname = (hit.speaker or hit.namesake).split()[-1:]
    if lang == Lang.RU:
        return f"в статье не один человек с фамилией «{surname[0]}»"
    return f"the article names more than one “{surname[0]}”"


def quoted(hit: Hit, words: str, lang: Lang = Lang.EN) -> str:
    """The words in quote marks when they are someone's exact words, else as they stand.

    The marks are the words' own language's, whatever the reply's: Russian words in
    «ёлочки», English ones in “”, as each language's press prints them (the reply's
    language decides only for words without letters)."""
    if not exact_words(hit):
        return words
    return f"«{words}»" if _marks_language(words, lang) == Lang.RU else f"“{words}”"


def _marks_language(words: str, reply: Lang) -> Lang:
    if not any(char.isalpha() for char in words):
        return reply
    return Lang.RU if is_russian(words) else Lang.EN

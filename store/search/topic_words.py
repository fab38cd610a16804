"""The word of a quote that says what it is about, for the help's "say about …" examples.

The longest word of a quote is often an adjective or an adverb ("I am confident that the
talks will resume" is not about "confident"): a topic is a noun. Russian words are read by
their part of speech (pymorphy3, the analyser names are reduced with); English has no
analyser here, so a word is skipped when a list or its ending marks it as no noun, or when
it stands where adjectives do (after "is", "are", "remain"...); a word after a determiner or
a preposition heads a noun phrase and comes first.
"""

from __future__ import annotations

from collections.abc import Sequence

from store.quotes.lexicon import (
    ADJECTIVE_ENDINGS,
    ADVERBS,
    DESCRIPTION_OPENERS,
    FUNCTION_WORDS,
    NON_HEAD_WORDS,
    NOUN_MARKERS,
    OBJECT_PREPOSITIONS,
    PERSON_NOUNS_LIKE_ADJECTIVES,
    word_set,
)
from store.quotes.ru.names import parses
from store.search.stopwords_ru import RU_STOPWORDS
from store.search.tokens import STOPWORDS

MIN_LETTERS = 5  # shorter words rarely name a topic ("war" aside) and make poor examples
_PUNCTUATION = ".,;:!?«»“”„\"'()—–-…"

# Words a topic never is, beside the lexicon's function words and adverbs: degree words,
# modal and linking verbs, and common adjectives that no ending gives away.
_NOT_TOPICS = word_set(
    """
    absolutely completely entirely extremely fairly highly quite rather really totally very
    almost already always never often sometimes soon still together usually
    could would should might must shall will cannot going gonna wanna
    believe think hope expect want know remain remains seems become becomes became
    confident certain sure ready happy clear aware unable likely unlikely possible important
    necessary difficult different serious strong major minor recent current further
    there where these those their other about which while since
    """
)
# Verbs after which an adjective stands ("we are confident", "it remains unclear").
_LINKING = word_set(
    "am is are was were be been being remain remains remained seem seems seemed feel feels "
    "felt become becomes became stay stays stayed look looks looked sound sounds"
)
# Before a noun phrase: "the talks", "our embassies", "of interests", "about the harvest".
_PHRASE_OPENERS = (
    DESCRIPTION_OPENERS
    | frozenset(NOUN_MARKERS)
    | OBJECT_PREPOSITIONS
    | word_set("of about with by over against between without these those")
)
# What a topic never is: the search's stop words, the lexicon's function words and adverbs.
_NOT_NOUNS = STOPWORDS | FUNCTION_WORDS | ADVERBS | NON_HEAD_WORDS | _NOT_TOPICS | _LINKING
_ADVERB_ENDING = "ly"
_VERB_ENDING = "ed"

# pymorphy3's parts of speech that name a thing (nouns; a name is one too).
_RUSSIAN_NOUN = "NOUN"


def topic_word(text: str, language: str) -> str:
    """The word of `text` its examples ask about, as written ("talks", "переговоры"); ""
    when no word is long enough to say anything."""
    plain = [word.strip(_PUNCTUATION) for word in text.split()]
    long = [w for w in plain if w.isalpha() and len(w) >= MIN_LETTERS]
    if not long:
        return ""
    if language == "ru":
        nouns = [w for w in long if w.lower() not in RU_STOPWORDS and _is_russian_noun(w.lower())]
        return max(nouns or long, key=len)
    return _english_topic(plain) or max(long, key=len)


def _is_russian_noun(word: str) -> bool:
    return bool(parses(word)[0].tag.POS == _RUSSIAN_NOUN)  # the extractor's cached parses


def _english_topic(plain: Sequence[str]) -> str:
    """The likeliest noun: one heading a noun phrase ("the talks") before any other, one
    without an adjective's ending before one with it, then the longest; "" when every long
    word is listed as no noun or stands where adjectives do."""
    lowered = [w.lower() for w in plain]
    ranked: list[tuple[bool, bool, int, str]] = []
    for at, word in enumerate(plain):
        if not (word.isalpha() and len(word) >= MIN_LETTERS) or not _may_be_noun(lowered[at]):
            continue
        if _after_linking_verb(lowered, at):
            continue  # "we are (very) confident", "it remains unclear"
        plain_noun = lowered[at] in PERSON_NOUNS_LIKE_ADJECTIVES or not lowered[at].endswith(
            ADJECTIVE_ENDINGS
        )
        ranked.append((_heads_phrase(lowered, at), plain_noun, len(word), word))
    return max(ranked)[3] if ranked else ""


def _may_be_noun(word: str) -> bool:
    if word in _NOT_NOUNS:
        return False
    return not word.endswith((_ADVERB_ENDING, _VERB_ENDING))


def _after_linking_verb(lowered: Sequence[str], at: int) -> bool:
    before = at - 1
    while before >= 0 and (
        lowered[before] in _NOT_TOPICS or lowered[before].endswith(_ADVERB_ENDING)
    ):
        before -= 1  # "are very confident", "is increasingly clear"
    return before >= 0 and lowered[before] in _LINKING


def _heads_phrase(lowered: Sequence[str], at: int) -> bool:
    """Whether the word ends a phrase a determiner or preposition opens: "the talks", "of
    the new embassies", "our embassy staff" (its last word); not "the embassy" of "the
    embassy staff", whose phrase goes on."""
    following = lowered[at + 1] if at + 1 < len(lowered) else ""
    if following.isalpha() and _may_be_noun(following):
        return False
    before = at - 1
    while before >= max(0, at - 3) and _inside_phrase(lowered[before]):
        before -= 1
    return before >= 0 and lowered[before] in _PHRASE_OPENERS


def _inside_phrase(word: str) -> bool:
    return word.isalpha() and word not in _PHRASE_OPENERS and word not in _NOT_NOUNS

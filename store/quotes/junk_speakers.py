"""The last check on every speaker the extractor names: junk is worse than no speaker.

A speaker is a person, a body, or a description of one. Each path that finds one (a cue's
subject, the salient person, the nearest name, a layout's label) can still hand back words
that name no one, and a junk name shows in "who said" answers. Whatever path found it, a
quote whose speaker is one of these keeps no speaker (never the nearest other name):

- a people's or a place's adjective alone: "The Tarsian port authority is building ..."
  (written as a noun, "the Texan said", it describes a person and stays);
- a capitalised word the article only ever writes opening a sentence before a noun, which
  salience picked: "Bitter remarks are ..." (a surname turns up inside sentences too, after
  its first name, or before a verb); a pronoun-like opener: "Somebody called it ...";
- a capitalised word the article also writes in lower case that no first name ever goes
  before, or only ever writes before "of" and a name: a piece of a body's name ("the state
  Registry of Boats");
- an all-caps heading: "UPDATE: ...", "THE POET KNEW SOMETHING Gulls are ...";
- a description no word of which can speak for anyone ("an improvement"), or of a thing or a
  body written, nearest the quote, as an object ("says he made a hasty choice", "Backers of
  the harbour plan say"), or a clause's piece ("of the crews", "A share of those who").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache

from store.models import AttributionHow, Quote, Speaker, SpeakerKind
from store.quotes.bare_determiners import bare_determiner
from store.quotes.common_words import DEMONYMS
from store.quotes.country_words import COUNTRY_NAMES
from store.quotes.first_names import CALENDAR_NAMES, FIRST_NAMES
from store.quotes.lexicon import ORGANISATION_WORDS
from store.quotes.person_words import SPEAKER_LINKS, TEXT_COMPOUNDS, TEXT_NOUNS, can_speak, singular
from store.quotes.sentence_openings import opens_by_marks
from store.quotes.sentences import end_of_sentence, sentence_ends, start_of_sentence
from store.quotes.speech_verbs import SPEECH_VERB_FORMS
from store.quotes.statement_owners import STATEMENT_WORDS
from store.quotes.statement_words import FINDING_DOCUMENTS, REPORTED_DOCUMENT_HEADS
from store.quotes.tag_words import STATE_NAMES
from store.quotes.titled_persons import titled_name
from store.quotes.word_places import WordPlaces, word_places

_PLACES = COUNTRY_NAMES | frozenset(name.casefold() for name in STATE_NAMES)
# Pronoun-like words that open a sentence as its subject and name no one by themselves
# ("Few would say …" denies that people say it); a group's quantifier ("Others shouted",
# "Several said") stays its description.
_NO_NAME = frozenset(
    "another someone somebody anyone anybody everyone everybody nobody none ever few".split()
)
# A date's number or a month's abbreviation inside a document's credit ("An Oct. 3 statement");
# a day's or month's whole name is first_names.CALENDAR_NAMES.
_DATE_PART = re.compile(
    r"\d[\d,.]*|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?"
)
_TITLE_WORD = re.compile(r"[A-Z][a-z’'-]+")
_CAPS_WORD = re.compile(r"[A-Z]{2,}")
# Speakers no cue named: the salient person, the paragraph's nearest one.
_FROM_SALIENCE = frozenset((AttributionHow.PRONOUN, AttributionHow.NEARBY, AttributionHow.CARRIED))
# A news flash's label before a colon: "BREAKING: ...", "UPDATE: ...".
_FLASH_LABELS = frozenset("breaking update updated developing exclusive watch alert".split())
# A people's adjective with no plural: written as a noun it is the whole people.
_PEOPLES_ENDINGS = ("ese", "ish", "ch", "sh")
_DETERMINERS = frozenset("a an the one another some".split())
# Words a speaker's name never opens or ends with: a clause was cut in the wrong place.
_LOOSE_STARTS = frozenset("of to for with from and or but".split())
_LOOSE_ENDS = frozenset("who whom whose that which of the a an and or to for with from".split())
# Prepositions, and verbs of having, making and being, whose object a cue's subject never
# is ("proponents of the bill say", "says he made a decision", "said it was an improvement").
_OBJECT_LINKS = frozenset(
    "of with about against into over under made make makes making had has have having "
    "took take takes gave give gives got get gets is was are were be been".split()
)
_WRITINGS = REPORTED_DOCUMENT_HEADS | TEXT_NOUNS
_NEXT_WORD = re.compile(r"\s+([a-z]+)")
# Verbs a subject's name goes before (a speech verb such as "comments" may be a noun too).
_VERBS_AFTER_A_NAME = frozenset(
    "has had have is was will would can could did does may might must should went won "
    "said says told tells wrote writes asked asks".split()
)
_OF_A_NAME = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")
_LAST_WORD = re.compile(r"([A-Za-z]+)\s+$")


def unjunked(
    quote: Quote,
    texts: tuple[str, ...],
    lower_words: frozenset[str],
    article_text: str | None = None,
) -> Quote:
    """The quote as it was, or without a speaker when its speaker names no one. `texts` is
    the title, then the paragraphs; `article_text` them joined, when the caller has it (one
    join per article, not per quote)."""
    if quote.speaker is None:
        return quote
    salient = quote.how in _FROM_SALIENCE
    own = texts[0 if quote.paragraph is None else quote.paragraph + 1]
    if bare_determiner(quote.speaker, own[slice(*_sentence_around(own, quote.start, quote.end))]):
        return replace(quote, speaker=None, role=None, how=None, confidence=0.0)
    near = (own, quote.start, quote.end)
    text = "\n".join(texts) if article_text is None else article_text
    if not junk_speaker(quote.speaker, text, lower_words, salient=salient, near=near):
        return quote
    return replace(quote, speaker=None, role=None, how=None, confidence=0.0)


def junk_speaker(
    name: str,
    article_text: str,
    lower_words: frozenset[str],
    *,
    salient: bool = False,
    near: tuple[str, int, int] | None = None,
) -> bool:
    """True when a speaker's name is no person, body or description of one. A word that only
    ever opens a sentence or is also written in lower case is judged when salience, not a cue
    naming it, gave the quote; a description where it is written nearest the quote (`near`:
    its paragraph and the quote's offsets), or in the quote's sentence when a cue named it."""
    words = name.split()
    if not words or (len(words) == 1 and len(name.rstrip(".")) == 1):
        return True  # "M": an initial or a title's letter, read as a name, names no one
    if _caps_heading(words, lower_words, article_text):
        return True
    if words[-1] in STATEMENT_WORDS and (
        len(words) == 1 or any(_date_word(word) for word in words[:-1])
    ):
        return True  # "An Oct. 3 statement", "A Friday statement": no owner, a date owns none
    if words[0] in _LOOSE_STARTS or words[-1] in _LOOSE_ENDS:  # written in lower case
        return True  # a piece of a clause: "of the crews", "A majority of those who"
    if name[:1].islower() or words[0].casefold() in _DETERMINERS:
        where = near or (article_text, -1, -1)
        return _thing_described(words) or _only_an_object(name, where, cued=not salient)
    if len(words) > 1:
        return False
    word = words[0]
    if not _TITLE_WORD.fullmatch(word) or word.casefold() in FIRST_NAMES:
        return False
    places = word_places(word, article_text)  # every question below reads these
    if _after_first_name(places):
        return False
    if place_adjective(word):  # before the agent ending test: "Romanian" is no "comedian"
        return not _written_as_noun(places)
    if can_speak(word):
        return False
    return (
        word.casefold() in _NO_NAME
        or (salient and _only_opening_sentences(places) and _before_a_noun(places))
        # A common word whose capital only a sentence's opening explains; a cue's subject
        # is a name ("“...,” Shell said" beside "shell companies"), and so is a plural's
        # group ("Respondents said").
        or (
            salient
            and word.casefold() in lower_words
            and not word.endswith("s")
            and not titled_name(places=places)  # "Mayor Young" beside "young voters"
            and _only_opening_sentences(places)
        )
        or _inside_a_longer_name(places)
    )


def _date_word(word: str) -> bool:
    """True for a word of a date: "3", "Oct.", "Friday", "March"."""
    if _DATE_PART.fullmatch(word):
        return True
    return word.istitle() and word.casefold() in CALENDAR_NAMES


@lru_cache(maxsize=4096)  # every place is tried for each word: asked again and again
def place_adjective(word: str) -> bool:
    """True for a people's or a place's adjective written alone: "Kazakh", "Texan", "British".

    A plural stays: "the Saudis said" is one side speaking."""
    folded = word.casefold()
    if folded in DEMONYMS:
        return not folded.endswith("s")
    if folded.endswith("s") or len(folded) < 5:
        return False
    return any(_adjective_of(folded, place) for place in _PLACES)


def _written_as_noun(places: WordPlaces) -> bool:
    """True when the article writes the adjective as a noun, a cue's subject: "the Texan
    said" is a person described, "the Kazakh charter" an adjective."""
    if places.word.endswith(_PEOPLES_ENDINGS):  # "the Japanese" are a people, never one
        return False
    text, size = places.text, len(places.word)
    if any(text.startswith(",", at + size) for at in places.bounded()):
        return True  # "the Texan, who ..."
    return any(word in SPEECH_VERB_FORMS for word in places.lower_words_after())


def _adjective_of(word: str, place: str) -> bool:
    """ "romanian" of "romania", "kazakh" of "kazakhstan", "texan" of "texas"."""
    if len(place) < 4 or word == place:
        return False
    if word.startswith(place) and word[len(place) :] in ("n", "an", "ian", "ese", "ish", "i"):
        return True
    if place.startswith(word) and len(word) >= 5:
        return True
    return word.endswith("an") and word[:-1] + "s" == place


def _after_first_name(places: WordPlaces) -> bool:
    """True when the article writes a first name before the word: a person's full name."""
    return any(
        len(name) > 1 and name.casefold() in FIRST_NAMES for name, _ in places.capitals_before()
    )


def _inside_a_longer_name(places: WordPlaces) -> bool:
    """True when the article only ever writes the word before "of" and a name, a piece of a
    body's longer name: "the state Division of Port Safety", "the Bureau of Tides"."""
    alone, size = places.alone(), len(places.word)
    return bool(alone) and all(_OF_A_NAME.match(places.text, at + size) for at in alone)


def _before_a_noun(places: WordPlaces) -> bool:
    """True when the word goes before a lower-case word no verb or adverb: "Bitter remarks
    are", not "Kerr openly admitted", "Kerr defied", "Kerr says", "Kerr has"."""
    return not any(
        following.endswith(("ed", "ly")) or following in _VERBS_AFTER_A_NAME
        for following in places.lower_words_after()
    )


def _only_opening_sentences(places: WordPlaces) -> bool:
    """True when every time the article writes the word it opens a sentence."""
    alone = places.alone()
    return bool(alone) and all(opens_by_marks(places.text, at) for at in alone)


def _caps_heading(words: list[str], lower_words: frozenset[str], text: str) -> bool:
    """True when a name holds a heading's all-caps words: a flash label alone ("UPDATE"),
    or a run of them, alone ("FLOOD SURVIVORS"), holding a common word, or fused with the
    next sentence's first word ("KNEW SOMETHING Gulls"). One all-caps word a speech verb
    follows is a body's name, an ordinary word or not: "CARE said" beside "urgent care"."""
    caps = [w for w in (w.strip(".,:;’'\"") for w in words) if _CAPS_WORD.fullmatch(w)]
    long_caps = [w for w in caps if len(w) >= 4]
    if len(long_caps) == 1:
        word = long_caps[0]
        if word.casefold() not in _FLASH_LABELS:
            return False
        return not any(w in SPEECH_VERB_FORMS for w in word_places(word, text).lower_words_after())
    if any(w.casefold() in lower_words for w in long_caps):
        return True
    # Two long all-caps words and nothing in lower case: a heading, fused or whole.
    return len(long_caps) >= 2 and not any(w[:1].islower() for w in words)


def _only_an_object(name: str, near: tuple[str, int, int], cued: bool = False) -> bool:
    """True when a description of a thing or a body is written, nearest the quote, as the
    object of a preposition or of a verb that takes no speaker: "Backers of the harbour plan
    say", "says he made a hasty choice". A person's stays ("the support of a retired
    general who said"): a relative clause may make them the speaker. A body a cue named is
    read only in the quote's own sentence, where its cue is: "Talks with the union stalled.
    “...,” the union said" names the union, "Backers of the union say “...”" does not."""
    if any(_person_noun(word) for word in name.split()):
        return False
    text, at, end = near
    found = list(_written_alone(name).finditer(text))
    if cued and at >= 0:
        opens, closes = _sentence_around(text, at, end)
        found = [match for match in found if opens <= match.start() < closes]
    if not found:
        return False
    if at >= 0 and not cued:  # the place nearest the quote is the one read
        found = [min(found, key=lambda match: abs(match.start() - at))]
    return all(_object_at(text, match.start(), match.end()) for match in found)


@lru_cache(maxsize=1024)  # once a name: re's own cache, shared by every reader, drops it
def _written_alone(name: str) -> re.Pattern[str]:
    """The name as a word of its own, in any case: not inside "al-Name" or "O'Name"."""
    return re.compile(rf"(?<![\w’'-]){re.escape(name)}\b", re.IGNORECASE)


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence holding text[start:end] opens and closes."""
    ends = sentence_ends(text)
    return start_of_sentence(ends, start), end_of_sentence(ends, end, len(text))


def _object_at(text: str, start: int, end: int) -> bool:
    """True when the words at text[start:end] are an object: "with the ad", but not with
    their own participle after them ("ends with a voice over saying")."""
    after = _NEXT_WORD.match(text, end)
    if after is not None and after[1].endswith("ing"):
        return False
    return _word_before(text, start) in _OBJECT_LINKS


def _person_noun(word: str) -> bool:
    """True for a noun for people: a body's singular or a writing is none ("the bill", "the
    group"), a plural of people is ("voters", "officials")."""
    folded = word.casefold()
    if not can_speak(word) or folded in _WRITINGS or singular(folded) in _WRITINGS:
        return False
    return not (folded in ORGANISATION_WORDS and not folded.endswith("s"))


def _word_before(text: str, at: int) -> str:
    match = _LAST_WORD.search(text, max(0, at - 20), at)
    return match[1].casefold() if match else ""


def _thing_described(words: list[str]) -> bool:
    """True when no word of a description can stand for a speaker: "a hasty choice".

    A capitalised word may name the one described ("the Ohio actor") and is not judged;
    determiners alone ("one said") are left to the cue's reader."""
    nouns = [w for w in words if w.casefold() not in _DETERMINERS | SPEAKER_LINKS]
    if not nouns or " ".join(nouns).casefold() in TEXT_COMPOUNDS:
        return False
    if singular(nouns[-1].casefold()) in FINDING_DOCUMENTS:
        return False  # "the inquiry found “...”": a body's written findings hold words
    return not any(w[:1].isupper() or can_speak(w) for w in nouns)


def person_kinds(speakers: Iterable[Speaker], paragraphs: Iterable[str]) -> tuple[Speaker, ...]:
    """Bodies named by a first name and a surname that the article then cites alone, kept
    as people: "Ada Law ... Law said" is a person though "law" may head a body's name. So is
    a place's adjective written as a noun: "the Texan said" describes one person."""
    text = "\n".join(paragraphs)
    return tuple(
        replace(s, kind=SpeakerKind.PERSON)
        if s.kind == SpeakerKind.ORGANISATION
        and (_cited_by_surname(s.name, text) or place_adjective(s.name))
        else s
        for s in speakers
    )


def _cited_by_surname(name: str, text: str) -> bool:
    words = name.split()
    if len(words) != 2 or not all(_TITLE_WORD.fullmatch(w) for w in words):
        return False
    if words[0].casefold() not in FIRST_NAMES:
        return False
    alone = rf"(?<![A-Za-z] ){re.escape(words[1])}\s+(?:said|says|told|added|wrote)\b"
    return re.search(alone, text) is not None


def checked_speakers(
    quotes: Iterable[Quote], texts: tuple[str, ...], lower_words: frozenset[str]
) -> list[Quote]:
    """Every quote, those whose speaker names no one left without one. `texts` is the
    title, then the paragraphs."""
    text = "\n".join(texts)  # joined once for the article: each quote reads the same text
    return [unjunked(quote, texts, lower_words, text) for quote in quotes]

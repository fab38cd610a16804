"""Telling a quoted name from quoted words: a show, a film, a nickname is nobody's speech.

A capitalised phrase in marks beside a word for a work ("the streaming thriller “Fjordland”",
"NBC’s “Morning Hour”", "the “Late Call” sketch") or between a first name and a surname
(Olaf “Ole” Nygaard) names something. Speech beside the same words keeps its sentence case
and its punctuation ("the film “was a disaster,” she said"), so it is left alone.

Scare quotes at large ("the “establishment” candidate") are not judged here: the benchmark's
annotators attribute about as many of them to a speaker as they leave unattributed, so no
rule on the words alone tells them apart.
"""

from __future__ import annotations

import re
from itertools import islice

from store.quotes.epithets import epithet
from store.quotes.lexicon import FUNCTION_WORDS, ROLE_WORDS, TITLE_MINOR_WORDS
from store.quotes.marks import QuotedSpan
from store.quotes.speech_verbs import SPEECH_VERB_FORMS
from store.quotes.statement_words import REPORTED_FINITE_VERBS
from store.quotes.term_words import (
    FIRST_PERSON_WORDS,
    NAMING_PARTICIPLES,
    SINGULAR_DETERMINERS,
    SPEECH_NOUNS,
    TERM_DETERMINERS,
    TERM_OPENERS,
    WORK_PEOPLE,
    WORK_WORDS,
)
from store.quotes.unsaid_marks import unsaid

MAX_NAME_WORDS = 6
MAX_NICKNAME_WORDS = 2
MAX_BARE_WORDS = 3
WORK_REACH = 3  # words before the marks searched for a work's noun
APPOSED_REACH = 6  # the same before a title set off by commas: "column on Aug. 10, “…,”"
# A word of quoted words or of those around them; "&" and "U.S." are one each (term_shapes too).
TERM_WORD = re.compile(r"[\w’'&.-]*\w|&")
_POSSESSIVE_BEFORE = re.compile(r"\w[’']s\s*$")
# A name's letters may carry combining accents, as decomposed text writes them ("José").
_NAME_BEFORE = re.compile(
    r"(?:^|(?<=\s))([\w’'.-]+)\s+([A-Z][\w\u0300-\u036f’'.-]*)\s+$|^([A-Z][\w\u0300-\u036f’'.-]*)\s+$"
)
_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")
_BYLINE = re.compile(r",?\s+by\s+(?:the\s+)?[A-Z]")
_WORD_AFTER = re.compile(r"[ \t]+([a-z][\w-]*)")
# Words of order the function-word list holds that also qualify a noun: "the first “…” bid".
ORDER_MODIFIERS = frozenset("first last next other earlier later".split())
COUNT_WORDS = frozenset("two three four five six seven eight nine ten eleven twelve".split())


def is_term(
    paragraph: str, span: QuotedSpan, *, cued: bool = True, unclaimed: bool = False
) -> bool:
    """True for a quoted name of a work, show or person, judged with the words around it.

    `cued` is False when no cue of the quote's own sentence claims it (it was carried over or
    given to the paragraph's nearest speaker): a short phrase qualifying a noun is then a term
    or a scare quote ("a “dark money” group"), and a headline before a byline a piece's title.
    `unclaimed` is True when nobody at all can have said it: no speech event in its paragraph
    and no speaker carried over; a few words that make no clause are then a term.
    """
    text = paragraph[span.start : span.end]
    if unsaid(paragraph, span):
        return True  # "(CROSSTALK.)", "He gestured “no”", "refused to say the words “…”"
    if not span.closed or span.open_at < 0:
        return False  # a layout's quote without marks (a transcript's turn) is never a term
    if _heading(paragraph, span, text):
        return True
    if not cued and (
        _byline(paragraph, span)
        or _bare_phrase(paragraph, span, text)
        or _work_apposed(paragraph, span)
    ):
        return True
    if unclaimed and loose_phrase(text):
        return True
    if _capitalised(text):
        return (
            _names_work(paragraph, span)
            or _nickname(paragraph, span, text)
            or epithet(paragraph, span)  # "for “Dixie” Bo Renn"
        )
    if _credited_work(paragraph, span, text) or _exclaimed_title(paragraph, span, text):
        return True
    # A title ending its sentence takes the full stop inside the marks: the documentary
    # “Harbour.”; only beside a work's noun, where speech would have a cue between.
    return text.endswith(".") and _capitalised(text[:-1]) and _names_work(paragraph, span)


def _byline(paragraph: str, span: QuotedSpan) -> bool:
    """A piece's headline before its byline: "“Ferries to run again,” by the Post’s Ada Kerr"."""
    inside = paragraph[span.start : span.close_at].rstrip()
    # The comma may follow a title quoted inside the headline: "“Kerr leaves ‘Harbour,’” by".
    comma = inside.endswith((",", ",'", ",’")) or paragraph.startswith(",", span.close_at + 1)
    return comma and bool(_BYLINE.match(paragraph, span.close_at + 1))


def _work_apposed(paragraph: str, span: QuotedSpan) -> bool:
    """ "In Kerr’s column on May 2, “The port must wait,” the senator …": a piece's title set
    off by commas right after its noun, which no cue of the sentence claims."""
    inside = paragraph[span.start : span.close_at].rstrip()
    if not inside.endswith(",") and not paragraph.startswith(",", span.close_at + 1):
        return False
    before = paragraph[max(0, span.open_at - 40) : span.open_at]
    if not before.rstrip().endswith(","):
        return False
    words = TERM_WORD.findall(before.casefold())[-APPOSED_REACH:]
    return _work_before(words)


def _heading(paragraph: str, span: QuotedSpan, text: str) -> bool:
    """A paragraph that is only a word or two and a colon in marks ("“Related:”"): a heading."""
    alone = not paragraph[: span.open_at].strip() and not paragraph[span.close_at + 1 :].strip()
    return alone and text.endswith(":") and len(text.split()) <= MAX_NICKNAME_WORDS


def _bare_phrase(paragraph: str, span: QuotedSpan, text: str) -> bool:
    """A few words in marks that qualify a noun or are called a name, and say nothing.

    "the GOP’s “establishment” candidate", "this “alternative” media", "the so-called
    “rebels”". Annotators credit about as many other uncued short quotes to a speaker as they
    leave to nobody ("portrayed him as a “strongman”", "a “mini-Dubai” in the making"), so only
    these two shapes are taken for terms.
    """
    words = TERM_WORD.findall(text.casefold())
    if not words or len(words) > MAX_BARE_WORDS or paragraph[span.end : span.close_at].strip():
        return False  # punctuation inside the marks ends a clause: “… so,” she …
    if any(w in FIRST_PERSON_WORDS or w in REPORTED_FINITE_VERBS for w in words):
        return False  # "“we’re alive”", "“it was rigged”": someone's words, cue or not
    before = TERM_WORD.findall(paragraph[max(0, span.open_at - 40) : span.open_at].casefold())
    if before and before[-1] in TERM_OPENERS:
        return True
    determiner = _determiner_before(before)
    if determiner is None:
        return False
    return _noun_after(paragraph, span.close_at + 1, singular=determiner in SINGULAR_DETERMINERS)


def _determiner_before(before: list[str]) -> str | None:
    """The determiner right before the marks, or before one modifier of the noun there:
    "the “establishment” candidate", "the earlier “undercard” debate"."""
    if before and _determiner(before[-1]):
        return before[-1]
    if len(before) > 1 and _determiner(before[-2]) and _modifier(before[-1]):
        return before[-2]
    return None


def _modifier(word: str) -> bool:
    """A word that may stand between a determiner and the noun it determines: no function
    word, speech verb or noun for words said ("the show she said", "the phrase “...” often",
    which quotes the phrase someone uses)."""
    if word in ORDER_MODIFIERS:
        return True  # "the earlier “undercard” debate": a function word, yet an adjective here
    if not word.isalpha() or word in FUNCTION_WORDS:
        return False
    return word not in SPEECH_VERB_FORMS and word not in SPEECH_NOUNS


def loose_phrase(text: str) -> bool:
    """A few words in marks that make no clause: "the “establishment”", "terms such as “pivot,”".

    Only for a quote nobody can have said (no cue in the paragraph, no speaker before): the
    writer's own term or scare quote. A question or outcry, a speaker's "we" or a finite verb
    ("“it was rigged”") is someone's words even then, left for a speaker to be found.
    """
    words = TERM_WORD.findall(text.casefold())
    if not words or len(words) > MAX_BARE_WORDS or text.rstrip()[-1:] in "?!":
        return False
    return not any(w in FIRST_PERSON_WORDS or w in REPORTED_FINITE_VERBS for w in words)


def _determiner(word: str) -> bool:
    # A count determines its noun as "the" does: "27 “at-large” seats", "nine “open” ports".
    counted = word.replace(",", "").isdigit() or word in COUNT_WORDS
    return counted or word in TERM_DETERMINERS or word.endswith(("’s", "'s"))


def _noun_after(paragraph: str, at: int, *, singular: bool) -> bool:
    """A lower-case word right after the closing mark, the noun the quote qualifies."""
    match = _WORD_AFTER.match(paragraph, at)
    if match is None or match[1] in FUNCTION_WORDS | SPEECH_NOUNS:
        # "the “not there yet” comment" quotes someone's words, it names no term.
        return False
    # After "a" the word in marks is the noun when an -s verb follows: "a “revolution” draws".
    return not (singular and match[1].endswith("s") and not match[1].endswith("ss"))


def _capitalised(text: str) -> bool:
    """A name's case: every major word capitalised, no full stop, question or outcry."""
    # One word past the most a name holds decides: a long quote is not read to its end.
    words = [m.group() for m in islice(TERM_WORD.finditer(text), MAX_NAME_WORDS + 1)]
    if not words or len(words) > MAX_NAME_WORDS or text.rstrip()[-1:] in ".!?":
        return False
    major = [w for w in words if w.casefold() not in TITLE_MINOR_WORDS and w != "&"]
    return words[0][:1].isupper() and all(w[:1].isupper() or w[:1].isdigit() for w in major)


def _names_work(paragraph: str, span: QuotedSpan) -> bool:
    before = paragraph[: span.open_at]
    if _POSSESSIVE_BEFORE.search(before):
        return True  # "NBC’s “Morning Hour”": an outlet's show
    words_before = TERM_WORD.findall(before.casefold())[-WORK_REACH:]
    words_after = TERM_WORD.findall(paragraph[span.close_at + 1 : span.close_at + 40].casefold())
    work_after = bool(words_after) and words_after[0] in WORK_WORDS | WORK_PEOPLE
    return work_after or _work_before(words_before)


def _work_before(words: list[str]) -> bool:
    """A work's noun just before the marks, with no speech verb between ("the show she said:")."""
    for word in reversed(words):
        if word in SPEECH_VERB_FORMS and word not in NAMING_PARTICIPLES:
            return False  # "a play called “…”" names it; "the show she said: “…”" quotes her
        if word in WORK_WORDS:
            return True
    return False


def _nickname(paragraph: str, span: QuotedSpan, text: str) -> bool:
    """Olaf “Ole” Nygaard: a capitalised word or two between a first name and a surname."""
    if len(text.split()) > MAX_NICKNAME_WORDS:
        return False
    if not _NAME_AFTER.match(paragraph, span.close_at + 1):
        return False
    before = _NAME_BEFORE.search(paragraph[: span.open_at])
    if before is None:
        return False
    opener, first_name = (before[1], before[2]) if before[2] else ("", before[3])
    if (first_name.isupper() and "." not in first_name) or first_name.endswith(("’s", "'s")):
        return False  # a heading in capitals, or an owner: "Lind’s “Ferry Plan” …"
    # The word before the first name must not be capitalised too, as in a Title Case heading
    # ("Why She Felt “Alone” As A Child"), unless it is a title ("Gov.", "Sen.").
    return not opener[:1].isupper() or opener.casefold() in ROLE_WORDS or opener.endswith(".")


# After a work's title, one of its people and their name: "“Harbour is the New Quay” star
# Ada Kerr". Speech never runs straight into "star Ada Kerr", so the case of the title's
# small words ("is", "was") does not matter here.
_WORK_CREDIT = re.compile(r"\s+(?P<word>[a-z]+)\s+[A-Z][a-z]")


def _credited_work(paragraph: str, span: QuotedSpan, text: str) -> bool:
    """ "“Harbour is the New Quay” star Ada Kerr": a title whose small words kept their
    case, followed by one of its people and their name."""
    if not text[:1].isupper() or text.rstrip()[-1:] in ".,;:" or len(text.split()) > MAX_NAME_WORDS:
        return False
    match = _WORK_CREDIT.match(paragraph, span.close_at + 1)
    return match is not None and match["word"] in WORK_PEOPLE


def _exclaimed_title(paragraph: str, span: QuotedSpan, text: str) -> bool:
    """ "the movie “Sharks 3: Oh No!”": a title ending on its own outcry or question, right
    after a work's noun, with no speech verb between ("the show she said: “...”")."""
    if text.rstrip()[-1:] not in "!?" or not _capitalised(text.rstrip()[:-1]):
        return False
    words_before = TERM_WORD.findall(paragraph[: span.open_at].casefold())[-1:]
    return bool(words_before) and words_before[0] in WORK_WORDS

"""Where a sentence's subject is, past what narration puts before it or inside it.

Reading backwards from a verb, the last name before it may only end the description of the
sentence's subject ("Kerr, a fellow who worked for Sen. Dunn, called it ..."); reading
forwards, a sentence may open on a participle's phrase ("Reached by phone, Kerr said") or an
age ("76-year-old Ada Kerr") before its subject.
"""

from __future__ import annotations

import re

from store.quotes.lexicon import (
    DETERMINERS,
    FUNCTION_WORDS,
    INTRODUCTORY_WORDS,
    PERSONAL_RELATIVES,
    ROLE_WORDS,
)
from store.quotes.marks import MASK
from store.quotes.mentions import Mention, MentionKind, read_mention
from store.quotes.opening_phrases import after_opening_phrase
from store.quotes.relative_subjects import verb_after_who
from store.quotes.sentences import start_of_sentence
from store.quotes.term_words import WORK_WORDS

# Words of a name that opens its sentence ("Gov. Ada Kerr,").
NAME_WORDS = 5
# Words after a subject's comma that go on a list of names rather than open a description.
LIST_WORDS = frozenset(("and", "or", "nor", "&"))
# An age before a name: "76-year-old Ada Kerr".
_AGE = re.compile(r"\d{1,3}-year-old$")
# Words that follow a participle or adverb opening a sentence: "Reached by phone,",
# "Continuing to explain her view,", "Speaking through an interpreter,".
_PHRASE_WORDS = DETERMINERS | frozenset(
    "by to in on at with from for about through over after up out back down his her their".split()
)
_PHRASE_ENDINGS = ("ing", "ed", "ly")
_PHRASE_REACH = 10  # words of an opening phrase before its comma
_LIKENING = frozenset(("Like", "Unlike"))

Tokens = list[tuple[int, str]]


def appositive_owner(text: str, ends: list[int], verb_start: int, read_at: int) -> Mention | None:
    """The name opening the sentence when the words read right before the verb at
    `verb_start` (starting at `read_at`) stand inside that name's appositive; else None.

    Only a name that opens the sentence, its comma, a phrase opening on a lower-case word
    ("a fellow ...", "who ...", "also campaigning ..."), and a comma closing it right before
    the verb: "Kerr, Dunn and Lamm said" is a list, "In Ohio, Dunn said" an opening phrase.
    """
    if read_at < 0 or not _comma_before(text, verb_start):
        return None
    start = start_of_sentence(ends, verb_start)
    comma = text.find(",", start, verb_start)
    if comma < 0:
        return None
    if read_at <= comma:  # the words read are the sentence's opening itself, or within it
        return after_opening_phrase(text, start, comma, verb_start)  # "Outside court, X, said"
    owner = _opening_name(text, start, comma)
    if owner is None:
        # "in what Bay Lind, treasurer for the Dock Party's campaign, called": a clause's name.
        comma = text.rfind(",", start, read_at)
        owner = _clause_name(text, start, comma) if comma > start else None
    opener = text[comma + 1 : read_at + 1].split()
    if owner is None and opener and opener[0] in _RELATIVES:
        owner = _described_opening(text, start, comma)  # "One driver, who has worked ..."
    if owner is None or not opener or not opener[0][:1].islower():
        return None
    return None if opener[0].casefold() in LIST_WORDS else owner


def _comma_before(text: str, at: int) -> bool:
    """True when the last character before `at`, past spaces, is a comma."""
    at -= 1
    while at >= 0 and text[at].isspace():
        at -= 1
    return at >= 0 and text[at] == ","


# Words that open a clause whose subject comes right after them: "in what Lind called".
CLAUSE_OPENERS = frozenset("what which that whom as while when".split())


def _clause_name(text: str, start: int, comma: int) -> Mention | None:
    """A name ending right at the comma, opening a clause after "what", "which", "that"."""
    owner = read_mention(text[start:comma], start)
    if owner is None or owner.kind != MentionKind.NAME or owner.end != comma:
        return None
    before = text[start : owner.start].split()
    opener = next(
        (at for at in range(len(before) - 1, -1, -1) if before[at].casefold() in CLAUSE_OPENERS),
        None,
    )
    if opener is None or not all(_describes(word) for word in before[opener + 1 :]):
        return None
    return owner


def _opening_name(text: str, start: int, comma: int) -> Mention | None:
    """A name that ends the words from the sentence's start to its first comma, the words
    before it only describing it ("Democratic front-runner Ada Kerr", "Sen. Ada Kerr")."""
    opening = text[start:comma]
    words = opening.split()
    if not words or len(words) > NAME_WORDS + 2 or words[0].casefold() in INTRODUCTORY_WORDS:
        return None
    at = start + len(opening) - len(opening.lstrip())
    owner = read_mention(opening.strip(), at)
    if owner is None or owner.kind != MentionKind.NAME or owner.end != comma:
        return None
    described = text[at : owner.start].split()
    return owner if all(_describes(word) for word in described) else None


def inside_who_aside(text: str, ends: list[int], verb_start: int, read_at: int) -> bool:
    """True when the words read at `read_at` stand inside a ", who ...," clause closed right
    before the verb: "One cleaner, who has worked for the council for years, said" never
    makes the council the speaker, whoever the clause is about."""
    if read_at < 0 or not _comma_before(text, verb_start):
        return False
    start = start_of_sentence(ends, verb_start)
    comma = text.rfind(",", start, read_at)
    return comma > start and bool(_RELATIVE_NEXT.match(text, comma + 1))


def _described_opening(text: str, start: int, comma: int) -> Mention | None:
    """An unnamed description that is all the sentence's opening before a "who" clause
    ("One driver, who has worked for the council for years, said"): the clause's words,
    its employer among them, are about the speaker and never the speaker."""
    opening = text[start:comma]
    at = start + len(opening) - len(opening.lstrip())
    owner = read_mention(opening.strip(), at)
    if owner is None or owner.kind != MentionKind.DESCRIPTION:
        return None
    return owner if owner.start == at and owner.end == comma else None


def _describes(word: str) -> bool:
    """A word a name's description may take before it: "Gov.", "front-runner", "novelist";
    no verb ("Speaking in Ohio", "Voters cheered Kerr") nor function word ("Critics of")."""
    if "-" in word or word.casefold() in ROLE_WORDS:
        return True  # "Nobel-winning", "front-runner", "Gov."
    if word[:1].isupper():
        return not word.endswith(_PHRASE_ENDINGS[0])
    return word.isalpha() and word not in FUNCTION_WORDS and not word.endswith(_VERB_ENDINGS)


_VERB_ENDINGS = ("ing", "ed", "s")


def past_opening(tokens: Tokens) -> Tokens:
    """A sentence's words past an age before its subject ("76-year-old Ada Kerr"), or a
    participle's, adverb's or comparison's phrase closed by a comma ("Reached by phone,
    Kerr ...", "Like Dunn, Kerr ...")."""
    if tokens and _AGE.match(tokens[0][1]):
        return tokens[1:]
    if len(tokens) < 3:
        return tokens
    likened = tokens[0][1] in _LIKENING  # "Like Tolley, Ibarra argued ...": a comparison
    if not likened and not _phrase_opening(tokens[0][1], tokens[1][1]):
        return tokens
    comma = next((i for i, (_, w) in enumerate(tokens[:_PHRASE_REACH]) if w.endswith(",")), None)
    return tokens if comma is None else tokens[comma + 1 :]


def _phrase_opening(first: str, second: str) -> bool:
    """ "Reached by", "Continuing to", "Hastily politicizing": no name, whatever its case."""
    if not first[:1].isupper() or not first.isalpha() or not first.endswith(_PHRASE_ENDINGS):
        return False
    if first.casefold() in INTRODUCTORY_WORDS or first.casefold() == "according":
        return False  # read as before: "Speaking in Dale, Ohio, Kerr", "According to Kerr"
    return second in _PHRASE_WORDS or (second.isalpha() and second.endswith("ing"))


def lower_body(mention: Mention) -> bool:
    """True for a body or document named in lower case ("the decision", "a report"): no
    proper name, so an object like any description when a comma parts it from a verb."""
    return mention.kind == MentionKind.ORGANISATION and mention.text[:1].islower()


# Words before a name that leave it a subject: "..., and Kerr, said" is no object.
_SUBJECT_LINKS = frozenset("and or but nor while as so yet then".split())


def object_name(text: str, mention: Mention) -> bool:
    """True for a name in an object's place, after a lower-case word of its own clause: in
    "“...” for Dunn, said Ada Kerr" and "that Lee can catch Dunn, said Ada Kerr" Kerr
    speaks, Dunn is whom the words are about."""
    if mention.kind != MentionKind.NAME:
        return False
    before = past_list(text[max(0, mention.start - 60) : mention.start].split())
    if not before or not before[-1].isalpha() or not before[-1].islower():
        return False
    return before[-1] not in _SUBJECT_LINKS


def past_list(before: list[str]) -> list[str]:
    """The words before a list of names whose last name a verb follows: "fend off both Kerr
    and Renn, said Dale" puts "Renn" where the list stands, in the object's place after
    "off"; "Kerr and Renn said" opening a sentence stays its subject."""
    while len(before) >= 2 and before[-1] in _LIST_JOINS and before[-2][:1].isupper():
        before = before[:-2]
    return before[:-1] if before and before[-1] in _LIST_OPENERS else before


_LIST_JOINS = frozenset(("and", "or"))
_LIST_OPENERS = frozenset(("both", "either"))


def relative_after(tokens: list[tuple[int, str]], comma: int) -> bool:
    """True for "Quill, who is running again, praised ...": a one-word name before a relative
    clause is the sentence's subject, not an opening word."""
    word = tokens[0][1].rstrip(",")
    follows = tokens[comma + 1][1].casefold() if comma + 1 < len(tokens) else ""
    return comma == 0 and word[:1].isupper() and follows in ("who", "whose")


def right_after_mark(text: str, at: int) -> bool:
    """True for a verb right after a quote's closing mark and its comma ("...,” told Kerr")."""
    return text[max(0, at - 3) : at].rstrip(" ,").endswith(("”", '"', MASK))


# "The two lawmakers, however, argue": an adverb between commas parts no subject from its
# verb, and its commas close no appositive.
_ASIDE = re.compile(
    r",\s(?:however|meanwhile|though|too|instead|nonetheless|nevertheless|in turn"
    r"|for (?:his|her|their|its) part),(?=\s)"
)


def blank_asides(text: str) -> str:
    """The text with such adverbs and their commas blanked (offsets kept)."""
    return _ASIDE.sub(lambda match: _blanked_aside(text, match), text)


_RELATIVE_NEXT = re.compile(r"\s+(?:who|whose)\b")


def _blanked_aside(text: str, match: re.Match[str]) -> str:
    """Blanks for an aside, keeping its closing comma when a relative clause follows: in
    "Ruiz, meanwhile, who holds no seat, said" the comma still opens the clause about Ruiz."""
    if _RELATIVE_NEXT.match(text, match.end()):
        return " " * (len(match.group()) - 1) + ","
    return " " * len(match.group())


# Relative pronouns that open a clause describing the person before them, never a speaker.
_RELATIVES = PERSONAL_RELATIVES | {"whose"}
_OBJECT_PRONOUNS = frozenset(("him", "her", "them", "me", "us"))
# Words that open a clause of their own inside a relative clause, or stand as its subject.
_INNER_CLAUSE = frozenset("when as after while because before since if and but he she they".split())


def restrictive_relative(tokens: list[tuple[int, str]], first: int, at: int) -> int | None:
    """Index of the "who" of a relative clause with no commas inside a subject's words that
    ends on a name ("a nurse who backs Ada Kerr told"): the speaker ends before it, the name
    is the clause's object. None when there is none, when a clause inside it has a subject of
    its own ("who won when he yelled"), or when "who" opens the words ("who told")."""
    last = tokens[at - 1][1]
    # "the clubs who wrote to him say": the clubs, not "him"; "a woman who lives nearby
    # said": the woman, when "who" is the clause's subject (relative_subjects.py).
    common = not last[:1].isupper() and last not in _OBJECT_PRONOUNS
    owner = tokens[first - 1][1] if first > 0 else ""
    if owner.endswith(",") and (owner[:1].isupper() or last[:1].isupper()):
        return None  # "Ada Kerr, a nurse who backs Tom Reddy, said": the appositive's owner
    for index in range(first + 1, at - 1):
        if tokens[index][1].casefold() in _RELATIVES:
            clause = {word.casefold() for _, word in tokens[index + 1 : at]}
            if common and not verb_after_who([word for _, word in tokens[index + 1 : at]]):
                return None
            return None if clause & _INNER_CLAUSE else index
    return None


_TITLE_WORDS = 6  # "Salt, Iron and Sea": the most words a work's title runs to


def closes_work_title(tokens: Tokens) -> bool:
    """True when the words end on a work's title that commas set off after its noun ("In her
    2003 book, Open Water,"): the title names the book, no one an appositive could describe."""
    if not tokens or not tokens[-1][1].endswith(","):
        return False
    for at in range(len(tokens) - 2, max(-1, len(tokens) - 2 - _TITLE_WORDS), -1):
        word = tokens[at][1]
        if word.endswith(","):
            return word[:-1].casefold() in WORK_WORDS and tokens[at + 1][1][:1].isupper()
    return False

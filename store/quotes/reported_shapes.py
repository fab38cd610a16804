"""Shapes of reported sentences that reported.py reads, kept apart for its length: a quoted
subject, a contracted subject, the description after an inverted cue, a place's region, an
appositive, and when quote marks hold a whole clause."""

from __future__ import annotations

import re

from store.quotes.attributions import Event
from store.quotes.lexicon import (
    ARTICLES,
    FUNCTION_WORDS,
    NON_SUBJECT_PREPOSITIONS,
    OBJECT_PREPOSITIONS,
    PRONOUNS,
    ROLE_WORDS,
)
from store.quotes.marks import MASK
from store.quotes.mentions import MentionKind
from store.quotes.name_words import CAPITALISED_RUN
from store.quotes.person_words import people_before
from store.quotes.statement_words import REPORTED_FINITE_VERBS, REPORTED_IRREGULAR_PASTS
from store.quotes.that_determiners import determined_clause
from store.quotes.verb_forms import inflected as inflected  # re-exported: many read it here
from store.quotes.verb_forms import past

MAX_APPOSITIVE_WORDS = 8
MAX_LOOKBACK = 80  # characters before a mention that its place or preposition lies within
MAX_PLACE_WORDS = 4  # "from Englewood, New Jersey, who": a place and its region
# Pronouns that open a clause as its subject: "told reporters he would ...".
SUBJECT_PRONOUNS = frozenset(("he", "she", "they", "it", "we", "i", "there"))
MAX_QUOTED_SHARE = 0.5  # above it, a clause that opens with a mark is a direct quote
MIN_OWN_WORDS = 2  # the writer's words a clause needs beside the marks to be a paraphrase
QUOTE_MARKS = frozenset("\"“”„«»")
MARKED = QUOTE_MARKS | {MASK}  # built once: the word tests below run on every word of a clause
# The writer's person for the speaker's "I" or "we": "said he “...”", "tweeted that she “...”".
_SHIFTED_PERSONS = frozenset(("he", "she", "they"))
# "said his “numbers don’t add up”": the writer's "his" for the speaker's "my" paraphrases.
_OWNERS = frozenset(("his", "her", "their", "its", "our"))

# A quoted subject and the writer's verb after it: "said “the new crews” must take the helm".
QUOTED_SUBJECT = re.compile(r"^\s*[“\"][^”\"]+[”\"],?\s+(?P<verb>[\w’']+)")
# A pronoun and its verb in one word: "saying he’s “made ...”" is "he has", two words.
CONTRACTED = re.compile(r"^(?:he|she|it|they|we|i|you|there)[’'](?:s|re|ll|d|ve|m)$", re.I)

# The speaker's description after an inverted cue: ", an economist at the bank", ", who
# leads the union" (only a "who" clause may have a verb of its own: _before_inverted checks).
DESCRIBED = re.compile(
    r"^\s*,\s+(?P<who>(?!(?:which|that|but|and|adding|saying)\b)[^,;\x01“”\"«»]{2,140}?)"
    r"(?=\s*(?:,|[.!?]?\s*$))"
)

# "a speech in which she said ...": a relative clause whose speaker reports a clause of her own.
IN_WHICH = re.compile(r"\b(?:in|during|at|after)\s+which\s*$")
# A place and its comma right before a name: "a woman in Leeds, [Yorkshire] told him".
PLACE_BEFORE = re.compile(
    rf"\b[a-z]+\s+(?:in|from|near|outside)\s+{CAPITALISED_RUN},\s*$"
)


# A dateline after a place: "PARIS (Reuters) -", "Washington (AFP) –".
_DATELINE = re.compile(r"\s*(?:,[^()]{1,30})?\([A-Z][\w ./-]{0,30}\)\s*[-–—]")


def in_dateline(raw: str, event: Event) -> bool:
    """True for a speaker read from a dateline ("Washington (AFP) – X ..., saying"): a place."""
    return bool(_DATELINE.match(raw, event.mention.end))


MAX_DESCRIBING_WORDS = 3
_DASH = re.compile(r"\s[—–-]{1,2}\s|[—–]")


def paired_dash(text: str, cut: re.Match[str], end: int) -> str | None:
    """The first word after the second dash when the dash a statement is cut at opens an
    aside that it closes before the sentence ends ("said X's plan -- a position since
    modified -- is ..."), else None."""
    if not _DASH.match(cut.group().lstrip(",;")):
        return None
    closing = _DASH.search(text, cut.end(), end)
    if closing is None:
        return None
    words = text[closing.end() : end].split()
    return words[0] if words else None


def described_subject(tail: str) -> bool:
    """ "A defensive Holm said", "An angry Berg told": "a" or "an" and adjectives before a
    name describe the speaker, who is still the subject of the clause."""
    words = tail.split()
    return (
        1 < len(words) <= MAX_DESCRIBING_WORDS
        and words[0].casefold() in ("a", "an")
        and all(word.isalpha() and word.islower() for word in words[1:])
    )


MAX_TITLE_WORDS = 5


def title_lead(lead: str, mention: str) -> bool:
    """ "County freeholder Per Lund said", "Harbour pilot Ada Kerr told": a few words that open
    the sentence right before the name, with no function word nor verb among them, are a title
    the cast does not know (its role words make the rest part of the mention). A plural may
    stand inside it ("Fleet communications adviser"), not right before a bare name ("Critics
    Per Lund ..."): before the mention's own role word ("communications [adviser Per Lund]")."""
    words = lead.split()
    return (
        0 < len(words) <= MAX_TITLE_WORDS
        and words[0][:1].isupper()
        and all(word.isalpha() and word.casefold() not in FUNCTION_WORDS for word in words)
        and not any(finite(word) or word.endswith("ed") for word in words)
        and (mention[:1].islower() or not inflected(words[-1]))
    )


# A preposition right before a mention: "an organizer with [the Union]", "head of [the Union]".
_PREPOSITION_BEFORE = re.compile(r"\b(?:with|of|at|for|from|by)\s+$")


def after_preposition(text: str, event: Event) -> bool:
    """True for a speaker named right after a preposition in its own appositive ("Per Lund,
    an organizer with the Union, said"): the person before it speaks, not the body."""
    mention = event.mention
    window = max(0, mention.start - MAX_LOOKBACK)
    if people_before(text, mention.start) < mention.start:
        return False  # "…, researchers at the University of Calder said": its people speak
    return not event.inverted and bool(_PREPOSITION_BEFORE.search(text, window, mention.start))


def relative_that(after: str, that_end: int) -> bool:
    """True for "told a crowd at the bar that spilled out", "a speech that included": an
    object before "that" and an "-ed" verb right after it make "that" a relative pronoun."""
    gap, following = after[:that_end].split()[:-1], after[that_end:].split()[:1]
    return bool(gap and following and following[0].islower() and following[0].endswith("ed"))


def demonstrative_that(after: str, that_end: int, verb: str) -> int:
    """Where the clause begins after "said that": at "that" itself when a finite verb follows
    it at once ("Holm said that was a mistake": "that" is the subject), else after it. A noun
    read as the cue ("Southern states that will vote") keeps "that" out."""
    following = after[that_end:].split()[:1]
    if verb.casefold() not in ("states", "state"):
        determined = determined_clause(after, after.rindex("that", 0, that_end), that_end)
        if determined is not None:
            return determined  # "said that day he would resign": the clause after the day
    if not following or not finite(following[0]) or verb.casefold() in ("states", "state"):
        return that_end
    return after.rindex("that", 0, that_end)


def region_of_place(text: str, event: Event) -> bool:
    """ "a woman in Leeds, Yorkshire, told him": one word closed by a comma right after a place
    that follows a noun; "In Leeds, Berg said" and "the unrest in Leeds, Senator Berg, ..."
    name the speaker."""
    mention = event.mention
    if len(mention.text.split()) != 1 or not text[mention.end :].startswith(","):
        return False
    return bool(PLACE_BEFORE.search(text, max(0, mention.start - MAX_LOOKBACK), mention.start))


def is_appositive(phrase: str) -> bool:
    """True for a short phrase that describes the speaker just named ("the campaign's director")."""
    words = phrase.split()
    if not words or len(words) > MAX_APPOSITIVE_WORDS:
        return False
    first = words[0].casefold()
    return first in ARTICLES or first.endswith(("’s", "'s")) or first in ROLE_WORDS


def mostly_quoted(text: str, start: int, end: int) -> bool:
    """True when the marks hold the clause: it opens with them and they fill most of it, or
    the writer adds fewer than MIN_OWN_WORDS words ("said he was “...”" is reported)."""
    clause = text[start:end]
    own = [w for w in clause.split() if MARKED.isdisjoint(w)]
    if len(own) == 1 and (CONTRACTED.match(own[0]) or own[0].casefold() in _OWNERS):
        return False  # "he’s “made ...”": a subject and its verb, the writer's paraphrase
    if len(own) < MIN_OWN_WORDS and not named_subject(own):
        return True
    if clause[:1] not in QUOTE_MARKS:
        return False  # not opening with the marks: no need to count its characters
    chars = [c for c in clause if not c.isspace()]
    quoted = sum(c == MASK or c in QUOTE_MARKS for c in chars)
    return quoted > MAX_QUOTED_SHARE * len(chars)


def named_subject(own: list[str]) -> bool:
    """True for a lone word of the writer's that names the quote's subject ("says Holm
    “has a record ...”", "said he “may yet vote for her”": the writer's "he" for the speaker's
    "I"): the clause is his paraphrase; "it" ("it “remains ...”") may be the speaker's own."""
    if len(own) != 1:
        return False
    word = own[0].casefold()
    return word in _SHIFTED_PERSONS or (own[0][:1].isupper() and word not in PRONOUNS)


def gapped(clause: str) -> bool:
    """True for "he hoped would be ...", "will continue ...": a finite verb whose subject went
    before the speaker ("a trend the body predicts will continue"), after a pronoun and its
    verb or at once (a relative clause, not a statement)."""
    words = clause.split()[:3]
    if words and finite(words[0]):
        return True
    return (
        len(words) == 3
        and words[0].casefold() in SUBJECT_PRONOUNS
        and not finite(words[1])
        and (inflected(words[1]) or words[1].casefold() in ("knew", "thought"))
        and finite(words[2])
    )


def finite(word: str) -> bool:
    return word.casefold().replace("’", "'") in REPORTED_FINITE_VERBS


def trim(raw: str, start: int, end: int) -> tuple[int, int]:
    """The statement without the punctuation around it, nor a mark closing a quote before it."""
    while start < end and raw[start] in " ,;:—–-”’»":
        start += 1
    while end > start and raw[end - 1] in " ,;:.—–-":
        end -= 1
    return start, end


def has_verb(clause: str) -> bool:
    """True unless a statement shows no verb at all ("noted her years as senator", "said no
    to the war", "repeated that view in her speech"): a pronoun subject ("he feels",
    "he’s"), quoted words, an auxiliary, or any "-ed"/"-s" word will do."""
    words = clause.split()
    if len(words) > 1 and (words[0].casefold() in SUBJECT_PRONOUNS or CONTRACTED.match(words[0])):
        return True
    return any(
        finite(w)
        or (inflected(w) and w.casefold() not in FUNCTION_WORDS)  # not "his", "its", "this"
        or w in REPORTED_IRREGULAR_PASTS
        or not MARKED.isdisjoint(w)
        for w in words
    )


def after_place(text: str, event: Event) -> bool:
    """True for "who" right after a place ("Ada Kerr, 24, from Leeds, who said"): the one who
    speaks is further back than the words "who" is read against, so nobody is sure. True too
    for a name right after "in <Place>," ("a woman in Leeds, Yorkshire, told him"): it is the
    place's region, not the one who speaks."""
    if event.mention.kind != MentionKind.RELATIVE:
        return region_of_place(text, event)
    words = text[: event.mention.start].rstrip(" ,").split()[-MAX_PLACE_WORDS:]
    return any(word.casefold() in OBJECT_PREPOSITIONS for word in words)


# A number that opens a clause as its subject: "said three boats were lost", "said 30 percent",
# after an approximator or two: "said more than 40 boats", "said just over half", "said up to
# 30". Without the number after it "about" is the topic ("said about the plan that ...").
_APPROXIMATOR = (
    r"(?:(?:(?:more|less|fewer|better|greater|higher|lower)\s+than|about|around|over|under"
    r"|nearly|almost|roughly|approximately|some|up\s+to|at\s+least|close\s+to|just|well"
    r"|as\s+many\s+as|as\s+much\s+as)\s+){0,2}"
)
_NUMBER = re.compile(
    rf"\s+{_APPROXIMATOR}(?:\$?\d[\d,.]*%?|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|twenty|thirty|forty|fifty|hundreds|thousands|millions|dozens|half)\s",
    re.IGNORECASE,
)
MAX_COUNTED_SUBJECT = 5  # words from the number to its verb: "30 percent of the crews were"


def counted_subject(rest: str) -> bool:
    """True when the words after a cue open with a number and then, before any comma or mark,
    a finite verb ("said three boats were lost", "said 30 percent of the crews had left", "said
    two people died"); "said three times" or "said two days ago" has no verb and opens no
    clause."""
    number = _NUMBER.match(rest)
    if number is None:
        return False
    counted = rest[number.end() :].split()  # the words after the number, the approximator's
    for at, word in enumerate(counted[:MAX_COUNTED_SUBJECT]):
        if finite(word) or (at and past(word.rstrip(".,;:"))):
            return True  # "two people died": a past after the counted noun ("two armed men")
        if not word.isalnum() or word.casefold() == "ago":
            return False  # a comma, a mark or a possessive ends the subject; "two days ago"
    return False


MAX_PLAIN_SUBJECT = 4  # "said comprehensive quota reform “is ...”"


def quoted_predicate(rest: str) -> bool:
    """True when a few plain lower-case words of the writer's open the clause as its subject
    and quoted words follow them, carrying its verb as often as not ("said comprehensive
    quota reform “is a question of when”"). The marks' inside is masked here: beside the two
    words reported.py's subject reading takes, up to MAX_PLAIN_SUBJECT."""
    words = rest.split()
    for at, word in enumerate(words[: MAX_PLAIN_SUBJECT + 1]):
        if word[:1] in QUOTE_MARKS:
            return at > 0
        if not (word.isalpha() and word.islower()) or word in FUNCTION_WORDS:
            return False
    return False


MAX_SHORT_SUBJECT = 3  # words before the verb of a clause after "announced", "admitted"


def short_clause(rest: str) -> bool:
    """True when the words open with a short subject and then a finite verb ("the fleet
    would return", "he was wrong"), no comma or mark before it: the only bare clause that
    verbs taking objects as often ("announced plans to ...") report."""
    words = rest.split()[: MAX_SHORT_SUBJECT + 1]
    if words and words[0].casefold() in NON_SUBJECT_PREPOSITIONS:
        return False  # "declared for president", "responded by saying": no subject
    for at, word in enumerate(words):
        if at and finite(word):
            return True
        if not word.isalpha() or (at and word.casefold() in SUBJECT_PRONOUNS):
            return False  # "announced another step it will take": an object and its clause
    return False


def lowered(description: str) -> str:
    """A speaker's description without its capitalised words, which name a body or a place
    ("director of the Civil Liberties Union", "president of the Corn Growers Association"):
    "Liberties" or "Growers" looks like a verb to the finite-verb test but is a name's."""
    return " ".join(w for w in description.split() if not w[:1].isupper())


def named_body(after: str) -> str:
    """The words after a speaker's description without the name that closes it, in
    capitalised words after a comma ("said Per Lund, a spokesman for its parent company,
    Nordic Fish."): the description's own appositive, not a clause of the speaker's."""
    named = DESCRIBED.match(after)
    if named is None or not all(word[:1].isupper() for word in named["who"].split()):
        return after
    return after[named.end() :]


MAX_NAMED_SUBJECT_WORDS = 6


def named_clause(rest: str) -> bool:
    """ "stated Berg and her crew were ...": a name opens the clause and its finite verb (or
    quoted words carrying it) follows before any comma, not "declared Holm to be ..." (an
    object and its infinitive)."""
    words = rest.split()[: MAX_NAMED_SUBJECT_WORDS + 1]
    if not words or not words[0][:1].isupper() or "to" in words:
        return False
    for word in words[1:]:
        if finite(word) or word[:1] in "“\"":
            return True
        if not word.replace("’", "").replace("'", "").isalpha():
            return False  # a comma or a mark ends the subject without a verb
    return False

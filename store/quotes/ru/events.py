"""Speech events in Russian narration: a cue and the speaker it names, with its clause.

Russian puts the speaker on either side of the verb: "Лавров заявил: …", "— заявил Лавров",
"как сообщила Захарова, …", "по словам главы МИД, …". The speaker after the verb is read
first (it must stand in the nominative: "сказал Лаврову" is said *to* him), else the subject
before it, in its clause or the one before a participle's ("Лавров, выступая в Думе, заявил").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from store.models import AttributionHow
from store.quotes.ru.bodies import where_spoken
from store.quotes.ru.cast import Cast, Person, position
from store.quotes.ru.cues import (
    ACCORDING_NOUNS,
    ACCORDING_TO,
    CITING,
    PRONOUNS,
    SPEECH_VERB,
    Mention,
    MentionKind,
    read_mention,
    skip_fillers,
)
from store.quotes.ru.group_subject import group_before
from store.quotes.ru.groups import listed_after, listed_before
from store.quotes.ru.pointing import points_back
from store.quotes.ru.predicates import colon_predicate
from store.quotes.ru.verb_genders import verb_gender

# Where the phrase naming a speaker after its verb ends.
_PHRASE_END = re.compile(r"[,.;:!?—–«»„“\"\x01()]|\s(?:что|и|но|а)\s")
# Where a clause before a verb starts: a sentence's end, a colon, a quote, a dash.
_CLAUSE_MARKS = '.!?;:\x01«»—–"“”'
# Everything up to the last clause mark before a point: the greedy run backs off from the
# point to the nearest mark, where a max of rfinds scanned the text once per mark (5-10x
# the time).
_TO_CLAUSE_MARK = re.compile(r"(?s:.*)[" + re.escape(_CLAUSE_MARKS) + "]")
# "заявил журналистам, что …": the reported clause after the cue and a few words.
_THAT = re.compile(r"[^.!?;:\x01«»]{0,60}?,\s*(?:что|будто)\s+")
MAX_PHRASE = 90
# "Захарова: «…»", a channel's or an interview's layout: a bare name, a colon, the quote.
_LABEL = re.compile(r"(?:^|(?<=[.!?…]\s))\s*(?P<chunk>[^.!?:;«»„“\"\x01—–]{2,60}?):\s*(?=[«„“\"])")
# What every label holds, found by a search for its colon: the label's pattern, tried at each
# position of the paragraph, cost as much as the cues' (most paragraphs have no label).
_LABEL_COLON = re.compile(r":\s*[«„“\"]")
_AS = re.compile(r"(?:^|\s)[Кк]ак\s+$")


@dataclass(frozen=True)
class Event:
    """A cue with its speaker: where it stands, its verb, who, and how they were found."""

    start: int
    end: int
    verb: str
    speaker: Person | None
    how: AttributionHow | None
    role: str | None
    clause: int | None = None  # where the words it reports begin ("…, что <clause>")
    inverted: bool = False  # the speaker after the verb: "…, сообщила Захарова"
    back: bool = False  # "Об этом заявил X": the words are the sentence before
    statement: tuple[int, int] | None = None  # those words, a run of sentences (statement_run)
    run_from: int | None = None  # where that run starts, when a quote before it is X's too
    wide: bool = False  # the run reaches back past the sentence right before the cue


def find_events(text: str, paragraph: int | None, cast: Cast) -> list[Event]:
    """Every speech event of a paragraph's narration (quotes masked), in reading order."""
    found = [_verb_event(text, m, paragraph, cast) for m in SPEECH_VERB.finditer(text)]
    if any(noun in text for noun in ACCORDING_NOUNS):
        found += [_according(text, m, paragraph, cast) for m in ACCORDING_TO.finditer(text)]
    if _LABEL_COLON.search(text):
        found += [_label(text, m, paragraph, cast) for m in _LABEL.finditer(text)]
    return sorted((e for e in found if e is not None), key=lambda e: e.start)


# What a list of speakers is made of: people ("Лавров и Захарова") or bodies ("МИД и Минобороны").
_LISTED = (MentionKind.NAME, MentionKind.ORGANISATION)


class _Who(NamedTuple):
    """Whom a cue's mention stands for, and the words that name them (a list, for several)."""

    person: Person | None
    how: AttributionHow | None
    start: int
    end: int
    several: bool = False  # a list of names: no one role is the group's


def _verb_event(text: str, match: re.Match[str], paragraph: int | None, cast: Cast) -> Event | None:
    verb = match["verb"]
    citing = verb.casefold().startswith(CITING)
    gender = verb_gender(verb)
    cases = ("accs", "gent") if citing else ("nomn",)
    mention = mention_after(text, match.end(), cases)
    if (
        mention
        and mention.kind == MentionKind.ORGANISATION
        and where_spoken(text, mention.start, gender)
    ):
        mention = None  # "Петров заявил в правительстве": where he spoke, not who
    several = gender == "plur"
    who = _who(text, mention, gender, paragraph, cast, several, cases) if mention else None
    if (who is None or who.person is None) and not citing:
        before = mention_before(text, match.start())
        if before is not None:
            mention = before
            who = _who(text, before, gender, paragraph, cast, several, None)
    if mention is None or who is None:
        return None
    end = max(match.end(), who.end)
    return Event(
        min(match.start(), who.start),
        end,
        verb,
        who.person,
        who.how,
        None if who.several else mention.role or _role(who.person),
        clause=_clause_after(text, match.start(), end),
        inverted=who.start > match.start(),
        back=points_back(text, match.start()),
    )


def _who(
    text: str,
    mention: Mention,
    gender: str | None,
    paragraph: int | None,
    cast: Cast,
    several: bool,
    cases: tuple[str, ...] | None,
) -> _Who:
    """The person a cue's mention names; with `several` (a plural verb, "по словам"), the
    group a list of names is ("заявили Лавров и Захарова"), never only one of them. `cases`
    reads a list after the cue; None, one before it."""
    if several and mention.kind in _LISTED:
        # A body is read from its first word on ("МИД и Минобороны заявили"): forward.
        members = (
            listed_before(text, mention, clause_start(text, mention.start))
            if cases is None and mention.kind == MentionKind.NAME
            else listed_after(text, mention, cases or ("nomn",))
        )
        if members is not None:
            person, how = cast.group(members, paragraph)
            return _Who(person, how, members[0].start, members[-1].end, several=True)
        if gender == "plur" and mention.kind == MentionKind.NAME:
            return _Who(None, None, mention.start, mention.end)  # "заявили Лавров": not his alone
    person, how = cast.resolve(mention, gender, position(paragraph, mention.start))
    if person is None and mention.kind == MentionKind.PRONOUN and mention.gender == "plur":
        person, how = _group_subject(text, mention, paragraph, cast)
    return _Who(person, how, mention.start, mention.end)


def _group_subject(
    text: str, pronoun: Mention, paragraph: int | None, cast: Cast
) -> tuple[Person | None, AttributionHow | None]:
    """ "Жители поселка недовольны. «…», — говорят они": the group a sentence before opens
    with, no cue having named it."""
    group = group_before(text, pronoun.start)
    if group is None:
        return None, None
    person, _ = cast.resolve(group, "plur", position(paragraph, group.start))
    return person, AttributionHow.PRONOUN if person else None


def _clause_after(text: str, verb: int, end: int) -> int | None:
    """Where the words a cue reports begin: "…, что <here>", "Как сообщил X, <here>"."""
    # "Как считает X, <here>" first: its words may hold a "что" of their own ("графики -
    # признание того, что …"), which is not where they begin.
    if _AS.search(text[max(0, verb - 5) : verb]):
        comma = text.find(",", end, end + MAX_PHRASE)
        return comma + 2 if comma >= 0 else None
    that = _THAT.match(text, end)
    return that.end() if that is not None else None


def _according(text: str, match: re.Match[str], paragraph: int | None, cast: Cast) -> Event | None:
    """ "по словам X, …", "по мнению X, …", "по его словам, …": the clause after the comma."""
    pronoun = match["pronoun"]
    if pronoun:
        word = pronoun.casefold()
        gender = PRONOUNS.get(word, "plur")
        mention: Mention | None = Mention(
            MentionKind.PRONOUN,
            match.start("pronoun"),
            match.end("pronoun"),
            pronoun,
            gender=gender,
        )
    else:
        mention = mention_after(text, match.end(), ("gent",))
    if mention is None:
        return None
    person, how, _, end, several = _who(text, mention, None, paragraph, cast, True, ("gent",))
    comma = text.find(",", max(match.end(), end))
    clause = comma + 1 if 0 <= comma < end + MAX_PHRASE else None
    while clause is not None and clause < len(text) and text[clause] == " ":
        clause += 1
    verb = f"по {match['noun']}"
    role = None if several else mention.role or _role(person)
    return Event(match.start(), end, verb, person, how, role, clause)


def _label(text: str, match: re.Match[str], paragraph: int | None, cast: Cast) -> Event | None:
    chunk = match["chunk"]
    mention = read_mention(chunk, match.start("chunk"), ("nomn",))
    if mention is None:
        return None
    before = text[match.start("chunk") : mention.start]
    after = text[mention.end : match.end("chunk")]
    if before.strip() or after.strip():
        # "Министр был категоричен: «…»": a subject and its predicate introduce the quote.
        predicate = colon_predicate(before, after)
        if predicate is None:
            return None  # more than who speaks before the colon: a clause, not a label
        person, how = cast.resolve(mention, predicate.gender, position(paragraph, mention.start))
    elif mention.kind == MentionKind.PRONOUN:
        return None
    else:
        person, _ = cast.resolve(mention, None, position(paragraph, mention.start))
        how = AttributionHow.LAYOUT if person else None
    role = mention.role or _role(person)
    return Event(mention.start, match.end("chunk") + 1, ":", person, how, role)


def mention_after(text: str, at: int, cases: tuple[str, ...]) -> Mention | None:
    """The speaker named right after a cue (fillers such as "журналистам" skipped)."""
    at = skip_fillers(text, at)
    stop = _PHRASE_END.search(text, at)
    end = stop.start() if stop else len(text)
    phrase = text[at : min(end, at + MAX_PHRASE)]
    mention = read_mention(phrase, at, cases)
    if mention is None or mention.kind == MentionKind.DESCRIPTION:
        # "рассказала участница форума, исследователь Анна Белова, …": the name in apposition.
        mention = _apposition(text, end, cases) or mention
    # Only a name may stand further on: "сказал в беседе с коллегами Лавров".
    if mention is None or (text[at : mention.start].strip() and mention.kind != MentionKind.NAME):
        return None
    return mention


def _apposition(text: str, end: int, cases: tuple[str, ...]) -> Mention | None:
    if not text.startswith(",", end):
        return None
    close = text.find(",", end + 1, end + MAX_PHRASE)
    if close < 0:
        return None
    mention = read_mention(text[end + 1 : close], end + 1, cases)
    return mention if mention and mention.reading is not None else None


def mention_before(text: str, at: int) -> Mention | None:
    """The subject before a cue: in its clause, else before a participle's commas."""
    start = clause_start(text, at)
    pieces = text[start:at].split(",")
    end = at
    for piece in reversed(pieces[-3:]):
        begin = end - len(piece)
        mention = read_mention(piece, begin, ("nomn",))
        if mention is not None:
            return mention
        end = begin - 1
    return None


def clause_start(text: str, at: int) -> int:
    """Where the clause holding text[at] starts: after a sentence's end, a colon, a quote."""
    found = _TO_CLAUSE_MARK.match(text, 0, at)
    return found.end() if found else 0


def _role(person: Person | None) -> str | None:
    return person.roles[0] if person and person.roles else None

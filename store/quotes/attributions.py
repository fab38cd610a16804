"""Speech events in narration: who is said to speak where ("Lavrov said", "said the minister")."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from store.quotes.according_docs import document_author
from store.quotes.according_names import starts_subject
from store.quotes.adverb_inversions import inverted_by_adverb
from store.quotes.anonymity import blank_unnamed_asides
from store.quotes.appositives import (
    appositive_owner,
    blank_asides,
    lower_body,
    object_name,
    right_after_mark,
)
from store.quotes.colon_subjects import introduces, narrated_verb
from store.quotes.common_words import clipped
from store.quotes.cue_gates import quoted_by, relative_subject
from store.quotes.dash_asides import closes_dash_aside
from store.quotes.function_surnames import function_word_surnames
from store.quotes.group_subjects import group_subject
from store.quotes.ing_subjects import ing_subject
from store.quotes.inverted_names import named_in_appositive
from store.quotes.joined_roles import joined_roles
from store.quotes.joined_verbs import joined_to_speaker
from store.quotes.layouts import LABEL
from store.quotes.lexicon import (
    CLAUSE_VERBS,
    COLON_OBJECT_PREPOSITIONS,
    CONJUNCTIONS,
    INDEFINITE_DETERMINERS,
    OBJECT_PREPOSITIONS,
    OPENING_VERBS,
    ROLE_WORDS,
)
from store.quotes.marks import MASK
from store.quotes.mentions import Mention, MentionKind, is_abbreviation, read_mention
from store.quotes.modifier_objects import names_an_object
from store.quotes.nonspeakers import names_nobody, owner_of_place
from store.quotes.noun_cues import plural_noun
from store.quotes.offices import office_event
from store.quotes.quoting_verbs import quoting_verbs
from store.quotes.rare_cues import NEVER_INVERTED
from store.quotes.relative_ing_cues import relative_ing_speaker
from store.quotes.senders import carried_from, sender
from store.quotes.sentence_openings import opens_sentence
from store.quotes.sentences import char_before, sentence_ends, start_of_sentence
from store.quotes.speakers import Cast, Person, position
from store.quotes.speech import Subject, speech_verbs, subject_after, subject_before
from store.quotes.statement_words import REPORTING_PARTICIPLES
from store.quotes.subjects import sentence_subject
from store.quotes.who_clauses import who_clause_subject

# The lookahead changes no match but lets the regex engine skip every other position.
_ACCORDING_TO = re.compile(r"(?=[Aa]ccording)\b[Aa]ccording\s+to\b")
# "(D-N.Y.)", "(R-Texas)", "(pictured)": asides that sit between a name and its verb.
_PARENTHETICAL = re.compile(r"\s\([^()\x01\"“”]{1,40}\)")
# "Ferrand, 69, told Channel 9": an age between commas.
_AGE = re.compile(r",\s\d{1,3},")
_DASH_CREDIT = re.compile(
    r"\s*[-–—―]+\s*(?P<chunk>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4})\s*(?:[.,(\x01“\"]|$)"
)
_SEGMENT_MARKS = ("-", "–", "—", "―", ".", ":", ";", "\x01", "”", "\"")
_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are)\s+$")
# What may stand before an -ing cue whose subject is the sentence's: a comma, "by", "as",
# "upon", "after", "while", or a quote's closing mark (its comma is inside the marks) when
# a quote follows: "needled the “reporter,” saying, “...”".
_ING_OPENERS = (",", " by", " as", " upon", " after", " while", "”", '"')
_KNOWN_AS = " known as "
_THROUGH = re.compile(r"\s*(?:through|via)\s+")
# Words a name's own description may take before it ("to the weekly paper Gazette").
_OBJECT_REACH = 4
# What may stand just before an inverted verb: a closing mark, its comma, or the dash of
# translated copy ("«...», - said Peskov").
_AFTER_QUOTE = frozenset(("\"", "”", "»", "“", ",", "-", "–", "—", MASK))


@dataclass(frozen=True)
class Event:
    """A place where narration says someone speaks, with the speaker it resolves to."""

    mention: Mention
    verb: str
    start: int
    end: int
    speaker: Person | None
    inverted: bool = False  # "said Lavrov" rather than "Lavrov said"


def narration(masked_text: str) -> str:
    """The masked paragraph with asides between a name and its verb blanked out."""
    unglued = _GLUED_CREDIT.sub(" ", masked_text)
    # A paragraph without a bracket (most) has no parenthetical to blank: no scan for one.
    text = _PARENTHETICAL.sub(_blank, unglued) if "(" in unglued else unglued
    return blank_unnamed_asides(blank_asides(_AGE.sub(_blank_after_comma, text)))


# "“...,”Kerr said": a closing mark the credit's first letter is typed against reads as a
# space, so that the name is a word of its own; the quote's words before it are masked.
# (The mark leads, its masked letter looked back at: the engine skips to the marks.)
_GLUED_CREDIT = re.compile(f"[”\"](?<={MASK}.)(?=[A-Za-z])")


def find_events(text: str, paragraph: int, cast: Cast) -> list[Event]:
    """Every speech event of a paragraph (narration only), resolved in reading order."""
    ends = sentence_ends(text)
    verbs = sorted(speech_verbs(text) + quoting_verbs(text))  # "praising “...”": a cue
    if not verbs and "ccording" not in text:
        return []  # two paragraphs in five: no cue, so no event to read or resolve
    verb_first = _verb_first(text, verbs, ends)
    crediting = {item[3] for item in verb_first if _credits_after(text, item)}
    # "..., the spring, said Per Lund": the phrase before the comma is no subject.
    subject_first = [
        item
        for item in _subject_first(text, ends, verbs)
        if not _comma_object(text, item, crediting) and not plural_noun(text, item[1], item[3])
    ]
    surnamed = function_word_surnames(text, verbs, lambda word: cast.find(word) is not None)
    raw = subject_first + surnamed + verb_first + _according(text)
    # One event per verb: a subject before it wins over words after it, and several verbs
    # may share one subject ("Lind, who ... was declared, told her supporters").
    chosen: dict[int, _Raw] = {}
    for item in raw:
        chosen.setdefault(item[3], item)
    events: list[Event] = []
    for mention, verb, start, end, inverted in sorted(chosen.values(), key=lambda e: e[2]):
        mention = clipped(owner_of_place(mention, text))  # "Ada Kerr of Dunmore, Vermont, says"
        mention = group_subject(mention, text)  # "supporters of Ada Kerr said": the group
        mention = joined_roles(mention, text)  # "the senator and candidate said"
        office = office_event(text, mention, paragraph, cast)  # "the office of Sen. Kerr"
        at = position(paragraph, mention.start)
        mention, speaker = office or (mention, cast.resolve(mention, at))
        if names_nobody(mention, text, speaker, cast.lower_words):
            continue  # "Americans will say", "52 percent said": a people or a poll's share
        if not inverted and names_an_object(mention, verb, text):
            speaker = None  # "Kerr’s email to her donors notes": the cue stands, names nobody
        if speaker is not None:
            cast.spoke_at(speaker, position(paragraph, mention.start))
        events.append(Event(mention, verb, start, end, speaker, inverted))
    return events


_Raw = tuple[Mention, str, int, int, bool]
# Words that never stand as a subject parted from its verb by a bare comma.
_COMMA_OBJECTS = frozenset((MentionKind.DESCRIPTION, MentionKind.RELATIVE))
_CLAUSE_RELATIVES = frozenset(("who", "which"))
_HEARER_VERBS = frozenset(("told", "tells"))
# Object forms after a verb are whom it names or addresses; "according to him" is read apart.
_OBJECT_PRONOUNS = frozenset(("him", "her", "them"))


def _credits_after(text: str, item: _Raw) -> bool:
    """True when an inverted verb's mention is its speaker: "said Per Lund", not "told an
    audience" (who heard it), "called her" (whom it names) nor "said Wednesday that Lund ..."
    (whom the words are about)."""
    mention, verb, _, verb_end, _ = item
    if verb in _HEARER_VERBS or mention.kind == MentionKind.PRONOUN:
        return False
    return "that" not in text[verb_end : mention.start].split()


def _comma_object(text: str, item: _Raw, crediting: set[int]) -> bool:
    """True for "..., the spring, said Per Lund", "than that, said Ada Kerr, an analyst":
    a description or "that" parted from the verb by a lone comma ends the clause before it,
    so the name after the verb speaks (when one does) rather than that phrase."""
    mention, verb, _, verb_end, _ = item
    objects = mention.kind in _COMMA_OBJECTS or lower_body(mention)
    if not objects and not object_name(text, mention):
        return False
    if verb_end not in crediting or "," in mention.text:
        return False  # "a source, who was not named, told ...": an appositive closed, a subject
    if text[mention.end : verb_end - len(verb)].strip() != ",":
        return False
    # "a source, who was not cleared to speak on the record, told": the phrase closes a
    # relative clause whose subject speaks; that is the relative reading's to resolve.
    opening = text[max(text.rfind(",", 0, mention.start), 0) : mention.start].split()
    return not any(word.casefold() in _CLAUSE_RELATIVES for word in opening)


def _subject_first(text: str, ends: list[int], verbs: list[tuple[int, int, str]]) -> list[_Raw]:
    found: list[_Raw] = []
    for verb_start, verb_end, verb in verbs:
        if inverted_by_adverb(text, verb_start):
            continue  # "So said Lind": the speaker follows the verb (_verb_first)
        passive = _PASSIVE.search(text, max(0, verb_start - 9), verb_start)
        if passive and (text.startswith(" by ", verb_end) or quoted_by(text, verb_end) >= 0):
            continue  # "Berg was asked by Dahl": the one after "by" speaks
        before = text[max(0, verb_start - 8) : verb_start].rstrip()
        sentence = start_of_sentence(ends, verb_start)  # once: every branch below reads it
        earlier = found[-1] if found and found[-1][2] >= sentence else None
        reporting = earlier is not None and earlier[1] in CLAUSE_VERBS
        quoting = text[verb_end : verb_end + 5].lstrip(" ,:")[:2].endswith(MASK)
        # "..., Berg said, adding that ...", "Berg called it a “disgrace,” adding that ...": a
        # reporting participle after a cue goes on reporting for the same speaker, as a
        # participle that goes on quoting does.
        reports_on = verb.casefold() in REPORTING_PARTICIPLES and before.endswith((",", "”"))
        going_on = (before.endswith(",") and reporting and quoting) or reports_on
        if earlier and verb.endswith("ing") and going_on:
            # "..., Rusk said, adding, “...”": who spoke earlier in the sentence goes on
            # quoting, not the sentence's first name. (Reported clauses stay reported.py's.)
            found.append((earlier[0], verb, earlier[2], verb_end, False))
            continue
        if verb.endswith("ing") and before.split()[-1:] in (["had"], ["has"], ["have"]):
            continue  # "the problems Renn had answering questions": no progressive, no cue
        after_mark = before.endswith(("”", '"'))
        if verb.endswith("ing") and before.endswith(_ING_OPENERS) and (quoting or not after_mark):
            # "Lind posted a comment, saying ...", "by saying", "was quoted as saying",
            # "drew boos upon saying", "needled the “reporter,” saying": the clause's
            # subject speaks ("quoted Kerr as saying": Kerr; a description too: ing_subjects.py).
            start = sentence
            clause = _where_clause(text, start, verb_start)
            subject = ing_subject(text, start, clause, verb_start)
            hangs, hanger = relative_ing_speaker(text, start, clause, verb_start)
            if hangs:  # "where dockers had gathered, chanting": theirs (relative_ing_cues.py)
                found.extend([(hanger, verb, hanger.start, verb_end, False)] if hanger else [])
                continue
        else:
            subject = subject_before(text, verb_start)
            if subject is not None and subject.chunk.split()[-1].casefold() in CONJUNCTIONS:
                if earlier and verb.endswith("ing") and earlier[1].endswith("ing"):
                    # "with Vance tweeting that ... and asking, “...”": the same speaker.
                    found.append((earlier[0], verb, earlier[2], verb_end, False))
                    continue
                if earlier and joined_to_speaker(text, earlier[0], earlier[3], verb_start):
                    # "he called the plan “slow” and said it had …": the same speaker.
                    found.append((earlier[0], verb, earlier[2], verb_end, False))
                    continue
                if earlier and relative_subject(text, earlier[2], earlier[3], verb_start):
                    # "the pact, which Kerr called a “...” and promised to “...”": Kerr.
                    found.append((earlier[0], verb, earlier[2], verb_end, False))
                    continue
                # "Orme did not name them, but told his supporters": the clause's subject;
                # "said an aide who ran it and described": the one "who" stands for.
                start = sentence
                subject = who_clause_subject(text, start, verb_start) or sentence_subject(
                    text, _after_while(text, start, verb_start), verb_start
                )
        mention = _mention(subject)
        read_at = mention.start if mention else subject.start if subject else -1
        mention = appositive_owner(text, ends, verb_start, read_at) or mention
        if mention is not None and _object_of_place(text, mention) and not carried_from(
            text, mention.start
        ):
            continue  # "refugees from Iraq admitted to ...": a place after "from", no speaker
        if mention is not None and verb.endswith("ing") and _after_preposition(text, mention.start):
            # "Lind answered on Facebook writing ...": Facebook is not the one writing.
            start = sentence
            mention = _mention(sentence_subject(text, start, verb_start))
        if mention is None:
            continue
        found.append((mention, verb, mention.start, verb_end, False))
    return found


def _after_while(text: str, start: int, verb_start: int) -> int:
    """Where the clause a joined cue belongs to opens: after ", while" in "X signed it, while
    Y proposed ... and said", whose subject speaks; else the sentence's start."""
    at = max(text.rfind(", while ", start, verb_start), text.rfind(", whereas ", start, verb_start))
    return start if at < 0 else text.index(" ", at + 2) + 1


def _where_clause(text: str, start: int, verb_start: int) -> int:
    """Where the clause an -ing cue hangs from opens: after "where" in "at the hotel, where
    50 protesters had gathered, chanting", whose subject chants; else the sentence's start."""
    comma = text.rfind(",", start, verb_start)
    opener = text.rfind(" where ", start, comma) if comma > 0 else -1
    if opener < 0 or "," in text[opener:comma]:
        return start
    return opener + len(" where ")


def _is_role(phrase: str) -> bool:
    words = phrase.casefold().replace("’s", "").replace("'s", "").split()
    return any(word in ROLE_WORDS for word in words)


def _verb_first(text: str, verbs: list[tuple[int, int, str]], ends: list[int]) -> list[_Raw]:
    found = []
    for verb_start, verb_end, verb in verbs:
        if verb in NEVER_INVERTED:
            continue  # "thanked Kerr for": whom it addresses, read as the object
        # "was asked by host Lou Farr", "was labeled “a gamble” by Kerr"
        agent = verb_end + 4 if text.startswith(" by ", verb_end) else quoted_by(text, verb_end)
        passive = agent >= 0
        after_quote = char_before(text, verb_start) in _AFTER_QUOTE
        # "Lind — a teacher — says he chose Kerr": the dash closes an aside, not a quote.
        after_quote = after_quote and not closes_dash_aside(
            text, start_of_sentence(ends, verb_start), verb_start
        )
        after_quote = after_quote or inverted_by_adverb(text, verb_start)  # "So said Lind."
        # A capitalised verb that opens its sentence: "Said Dorothy Poynter, who ...".
        opens = verb in OPENING_VERBS and text[verb_start].isupper()
        opens = opens and opens_sentence(text, verb_start)
        if not passive and (verb.endswith("ing") or not (after_quote or opens)):
            continue
        if not passive and verb in _HEARER_VERBS and not right_after_mark(text, verb_start):
            continue  # "..., one of them, told an audience that ...": whom they told
        subject = subject_after(text, agent if passive else verb_end)
        mention = (
            named_in_appositive(subject)
            or _known_as(subject)
            or _indefinite(subject)
            or _mention(subject)
        )
        if mention is None or _object_pronoun(mention):
            continue  # "..., called her “a dreamer”": whom the verb names, not who speaks
        found.append((mention, verb, verb_start, verb_end, True))
    return found


def _object_pronoun(mention: Mention) -> bool:
    return mention.kind == MentionKind.PRONOUN and mention.text.casefold() in _OBJECT_PRONOUNS


def _known_as(subject: Subject | None) -> Mention | None:
    """ "said the camp cook known as Rafe": the name, the description before it its role; the
    mention spans both, so that none of it reads as what was said."""
    if subject is None or _KNOWN_AS not in subject.chunk:
        return None
    role, name = subject.chunk.split(_KNOWN_AS, 1)
    at = subject.start + len(role) + len(_KNOWN_AS)
    named = read_mention(name, at)
    if named is None or named.kind != MentionKind.NAME or named.start != at:
        return None
    return replace(named, text=subject.chunk, role=role, start=subject.start)


def _indefinite(subject: Subject | None) -> Mention | None:
    """ "a source involved in the talks": an unnamed speaker, the whole phrase describing them."""
    if subject is None or subject.chunk.split()[0].casefold() not in INDEFINITE_DETERMINERS:
        return None
    end = subject.start + len(subject.chunk)
    return Mention(subject.chunk, MentionKind.DESCRIPTION, start=subject.start, end=end)


def _mention(subject: Subject | None) -> Mention | None:
    """The subject's mention, with a role appositive ("Lavrov, Russia's foreign minister,")."""
    if subject is None:
        return None
    mention = read_mention(subject.chunk, subject.start)
    appositive = subject.appositive
    spokesperson = _through(subject) if mention is not None else None
    if spokesperson is not None:
        return spokesperson  # "The campaign, through spokesman Ada Kerr, said": Kerr
    sent = sender(subject.chunk, 0, len(subject.chunk))
    if sent is not None:
        # "A letter from Ada Kerr to Tom Reddy said": the writer's words, not the reader's.
        return replace(sent, start=sent.start + subject.start, end=sent.end + subject.start)
    named = mention is not None and mention.kind == MentionKind.NAME
    if mention is not None and appositive and named and _is_role(appositive):
        return replace(mention, role=appositive.strip())
    return mention


def _through(subject: Subject) -> Mention | None:
    """The person named at the end of a ", through spokesman X," appositive: the body speaks
    through them, and the words are theirs."""
    appositive = subject.appositive or ""
    link = _THROUGH.match(appositive)
    if link is None or subject.appositive_at < 0:
        return None
    at = subject.appositive_at + link.end()
    named = read_mention(appositive[link.end() :].rstrip(), at)
    if named is None or named.kind != MentionKind.NAME or not named.role:
        return None  # "through a spokeswoman": no one named, the body stays the speaker
    return named


def _according(text: str) -> list[_Raw]:
    found: list[_Raw] = []
    if "ccording" not in text:
        return found  # most paragraphs: a substring test, not a regex scan
    for match in _ACCORDING_TO.finditer(text):
        author = document_author(text, match.end())  # "according to a filing by X": X
        subject = subject_after(text, author if author >= 0 else match.end())
        # "according to the festival's director, Tess Rowe, ...": Tess Rowe, the director
        named = named_in_appositive(subject)
        mention = named or _mention(subject)
        if mention is None or subject is None or not (named or starts_subject(mention, subject)):
            continue
        found.append((mention, "according to", match.start(), mention.end, True))
    return found


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group())


def _blank_after_comma(match: re.Match[str]) -> str:
    # "Iman Cesari, 30, a county employee": the name's comma stays, the age goes.
    return "," + " " * (len(match.group()) - 1)


def colon_event(
    text: str, paragraph: int, open_at: int, ends: list[int], cast: Cast
) -> Event | None:
    """The speaker introducing a quote after a colon ("Pollster Daron Shaw: ...", "X echoed:")."""
    before = text[:open_at].rstrip()
    if not before.endswith(":"):
        return None
    colon = len(before) - 1
    start = start_of_sentence(ends, colon)
    start = max(start, text.rfind(": ", start, colon) + 1)  # "Name: X Age: 27 Why she ...:"
    subject = sentence_subject(text, start, colon)
    mention = sender(text, start, colon) or _credited(text, colon) or _mention(subject)
    if mention is None or not introduces(mention, subject, text):
        mention = _mention(subject_before(text, colon))
    if mention is None or not _names_someone(mention) or _object_before_colon(text, mention):
        return None
    verb = narrated_verb(text, mention, colon) or ":"  # "Lind disagreed:" is no layout
    return _resolved(mention, verb, mention.start, colon + 1, paragraph, cast)


def _object_before_colon(text: str, mention: Mention) -> bool:
    """ "On Taxes:", "later on Television:", "to the weekly paper Gazette:": no speaker's name."""
    words = text[max(0, mention.start - 40) : mention.start].split()[-_OBJECT_REACH:]
    for at in range(len(words) - 1, -1, -1):
        word = words[at].casefold()
        if word in COLON_OBJECT_PREPOSITIONS:
            return not (at and words[at - 1].casefold() == "according")  # "according to X:"
        if not word[-1:].isalpha():
            return False  # "In a statement, X:": the phrase before the comma is another
    return False


def _credited(text: str, colon: int) -> Mention | None:
    """ "HEADLINE - Michael P. McDonald:", "Pollster Daron Shaw:": a name alone before a colon."""
    segment_start = max(text.rfind(mark, 0, colon) for mark in _SEGMENT_MARKS) + 1
    segment = text[segment_start:colon]
    offset = segment_start + len(segment) - len(segment.lstrip())
    mention = read_mention(segment.strip(), offset)
    if mention is None or mention.kind != MentionKind.NAME or mention.start != offset:
        return None
    return mention


def label_event(quoted: str, offset: int, paragraph: int, cast: Cast) -> Event | None:
    """The speaker named by a transcript label at the start of a quote ("CLINTON: I feel ...")."""
    match = LABEL.match(quoted)
    if match is None:
        return None
    mention = read_mention(match[1].title(), offset)
    if mention is None or mention.kind != MentionKind.NAME:
        return None
    return _resolved(mention, ":", offset, offset + match.end(), paragraph, cast)


def turn_event(speaker: Person, start: int, end: int) -> Event:
    """The interviewee answering at an interview's "A:" (the layout names them, no verb)."""
    mention = Mention(speaker.name, MentionKind.NAME, name=speaker.name, start=start, end=end)
    return Event(mention, ":", start, end, speaker)


def _resolved(
    mention: Mention, verb: str, start: int, end: int, paragraph: int, cast: Cast
) -> Event:
    speaker = cast.resolve(mention, position(paragraph, mention.start))
    if speaker is not None:
        cast.spoke_at(speaker, position(paragraph, mention.start))
    return Event(mention, verb, start, end, speaker)


def _names_someone(mention: Mention) -> bool:
    """True unless the mention is a description whose head is no word for a speaker."""
    head = mention.text.split()[-1].casefold()
    return mention.kind != MentionKind.DESCRIPTION or head in ROLE_WORDS


def _object_of_place(text: str, mention: Mention) -> bool:
    """True for a lone name right after "from", "in" or "into" ("refugees from Iraq admitted"):
    the object of a phrase of place, never the subject of the verb after it."""
    words = text[max(0, mention.start - 8) : mention.start].split()
    lone = mention.kind == MentionKind.NAME and " " not in (mention.name or mention.text)
    return lone and bool(words) and words[-1] in ("from", "in", "into")


def _after_preposition(text: str, at: int) -> bool:
    words = text[max(0, at - 12) : at].split()
    return bool(words) and words[-1].casefold() in OBJECT_PREPOSITIONS


def dash_event(text: str, paragraph: int, after: int, cast: Cast) -> Event | None:
    """A credit line after a quote: "... ” ― Veronica Renn", or a paragraph "- Bo Hale."."""
    match = _DASH_CREDIT.match(text, after)
    if match is None:
        return None
    chunk = match["chunk"]
    if chunk.endswith(".") and not is_abbreviation(chunk.split()[-1]):
        chunk = chunk[:-1]  # "- Bo Hale.": the credit's full stop, no initial
    mention = read_mention(chunk, match.start("chunk"))
    if mention is None or mention.kind not in (MentionKind.NAME, MentionKind.ORGANISATION):
        return None
    if mention.start != match.start("chunk"):
        return None
    return _resolved(mention, "—", match.start(), match.end(), paragraph, cast)


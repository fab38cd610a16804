"""Speech events in narration: who is said to speak where ("Lavrov said", "said the minister").

The mention a cue's subject names is event_mentions.py's; events a layout makes without a cue
verb (a colon, a transcript label, a dash credit) are layout_events.py's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from store.quotes.according_docs import document_author
from store.quotes.according_names import starts_subject
from store.quotes.adverb_inversions import inverted_by_adverb
from store.quotes.anonymity import blank_unnamed_asides
from store.quotes.apposed_bodies import apposed_body
from store.quotes.appositives import (
    appositive_owner,
    blank_asides,
    inside_who_aside,
    lower_body,
    object_name,
    right_after_mark,
)
from store.quotes.common_words import clipped
from store.quotes.cue_gates import quoted_by, relative_subject
from store.quotes.dash_asides import closes_dash_aside
from store.quotes.demonym_names import demonym_speaker
from store.quotes.described_asides import blank_described_asides
from store.quotes.described_namers import shared_naming_post
from store.quotes.document_findings import finding_events
from store.quotes.elliptical_others import another_one
from store.quotes.event_mentions import indefinite_subject, known_as, subject_mention
from store.quotes.function_surnames import function_word_surnames
from store.quotes.group_subjects import group_subject
from store.quotes.ing_subjects import ing_subject
from store.quotes.inverted_documents import document_owner_after
from store.quotes.inverted_names import named_in_appositive
from store.quotes.it_documents import document_it
from store.quotes.joined_roles import joined_roles
from store.quotes.joined_verbs import joined_to_speaker
from store.quotes.joint_owners import joint_owner
from store.quotes.lexicon import (
    CONJUNCTIONS,
    OBJECT_PREPOSITIONS,
    WH_RELATIVES,
)
from store.quotes.marks import MASK
from store.quotes.mentions import Mention, MentionKind
from store.quotes.modifier_objects import names_an_object
from store.quotes.nonspeakers import names_nobody, owner_of_place
from store.quotes.noun_cues import plural_noun
from store.quotes.offices import office_event
from store.quotes.people import position
from store.quotes.plural_surnames import surnamed_plural
from store.quotes.quoting_verbs import quoting_verbs
from store.quotes.rare_cues import NEVER_INVERTED
from store.quotes.relative_ing_cues import relative_ing_speaker
from store.quotes.senders import carried_from
from store.quotes.sentence_openings import opens_sentence
from store.quotes.sentences import char_before, sentence_ends, start_of_sentence
from store.quotes.side_clause_ing_cues import side_clause_speaker
from store.quotes.single_closes import after_single_close
from store.quotes.speakers import Cast, Person
from store.quotes.speech import speech_verbs, subject_after, subject_before
from store.quotes.speech_verbs import CLAUSE_VERBS, OPENING_VERBS
from store.quotes.statement_words import REPORTING_PARTICIPLES
from store.quotes.subjects import sentence_subject
from store.quotes.told_names import told_name
from store.quotes.who_clauses import who_clause_subject

# The lookahead changes no match but lets the regex engine skip every other position.
_ACCORDING_TO = re.compile(r"(?=[Aa]ccording)\b[Aa]ccording\s+to\b")
# "(D-N.Y.)", "(R-Texas)", "(pictured)": asides that sit between a name and its verb.
_PARENTHETICAL = re.compile(r"\s\([^()\x01\"“”]{1,40}\)")
# "Ferrand, 69, told Channel 9": an age between commas.
_AGE = re.compile(r",\s\d{1,3},")
_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are)\s+$")
# What may stand before an -ing cue whose subject is the sentence's: a comma, "by", "as",
# "upon", "after", "while", or a quote's closing mark (its comma is inside the marks) when
# a quote follows: "needled the “reporter,” saying, “...”".
_ING_OPENERS = (",", " by", " as", " upon", " after", " while", "”", '"')
# What may stand just before an inverted verb: a closing mark, its comma, or the dash of
# translated copy ("«...», - said Peskov").
_AFTER_QUOTE = frozenset(('"', "”", "»", "“", ",", "-", "–", "—", MASK))


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
    # _GLUED_CREDIT's mark must follow a masked letter: without that pair, nothing to sub.
    glued = MASK + "”" in masked_text or MASK + '"' in masked_text
    unglued = _GLUED_CREDIT.sub(" ", masked_text) if glued else masked_text
    # A paragraph without a bracket (most) has no parenthetical to blank: no scan for one.
    text = _PARENTHETICAL.sub(_blank, unglued) if "(" in unglued else unglued
    asides = blank_unnamed_asides(blank_asides(_AGE.sub(_blank_after_comma, text)))
    return blank_described_asides(asides)  # "One mother, whose daughter ..., said"


# "“...,”Kerr said": a closing mark the credit's first letter is typed against reads as a
# space, so that the name is a word of its own; the quote's words before it are masked.
# (The mark leads, its masked letter looked back at: the engine skips to the marks.)
_GLUED_CREDIT = re.compile(f'[”"](?<={MASK}.)(?=[A-Za-z])')


def find_events(text: str, paragraph: int, cast: Cast) -> list[Event]:
    """Every speech event of a paragraph (narration only), resolved in reading order."""
    ends = sentence_ends(text)
    verbs = sorted(speech_verbs(text) + quoting_verbs(text))  # "praising “...”": a cue
    findings = finding_events(text, ends, verbs)  # "A review found a “...”": no speech verb
    if not verbs and not findings and "ccording" not in text:
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
    raw = subject_first + surnamed + verb_first + _according(text) + findings
    # One event per verb: a subject before it wins over words after it, and several verbs
    # may share one subject ("Lind, who ... was declared, told her supporters").
    chosen: dict[int, _Raw] = {}
    for item in raw:
        chosen.setdefault(item[3], item)
    events: list[Event] = []
    for mention, verb, start, end, inverted in sorted(chosen.values(), key=lambda e: e[2]):
        mention = clipped(owner_of_place(mention, text))  # "Ada Kerr of Dunmore, Vermont, says"
        mention = surnamed_plural(mention, cast.bearers, (p for _, p in cast.spoke))  # Kings said
        mention = group_subject(mention, text)  # "supporters of Ada Kerr said": the group
        mention = apposed_body(mention, text, end, cast.texts.values())  # "The firm, Acme, said"
        mention = joint_owner(mention, text)  # "a Kerr and Vane statement said": both
        mention = joined_roles(mention, text)  # "the senator and candidate said"
        mention = another_one(mention, events[-1].speaker if events else None)  # "Another said"
        mention = told_name(mention, text, cast.lower_words)  # "who said his name was Milo"
        office = office_event(text, mention, paragraph, cast)  # "the office of Sen. Kerr"
        at = position(paragraph, mention.start)
        mention, speaker = office or (mention, cast.resolve(mention, at))
        if speaker is not None and shared_naming_post(mention, verb, text, speaker, cast.named, at):
            speaker = None  # "what the mayor dubbed" after two mayors: which one is a guess
        speaker = demonym_speaker(mention, speaker, cast, at)  # "the Finn": Finn Ostrow?
        document = document_it(mention, verb, speaker is not None, text, cast.find)
        if document is not mention:
            mention, speaker = document, cast.resolve(document, at)  # "The inquiry … It found"
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
# The relatives that open a subject's own clause: "a source, who was not named, told".
_CLAUSE_RELATIVES = WH_RELATIVES - {"whom", "whose"}
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
        reports_on = verb.casefold() in REPORTING_PARTICIPLES and before.endswith((",", "”", '"'))
        going_on = (before.endswith(",") and reporting and quoting) or reports_on
        going_on = going_on and side_clause_speaker(text, sentence, verb_start) is None
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
        mention = subject_mention(subject)
        read_at = mention.start if mention else subject.start if subject else -1
        owner = appositive_owner(text, ends, verb_start, read_at)
        if owner is None and inside_who_aside(text, ends, verb_start, read_at):
            continue  # the words of a "who" clause about someone unread: nobody we know
        mention = owner or mention
        if (
            mention is not None
            and _object_of_place(text, mention)
            and not carried_from(text, mention.start)
        ):
            continue  # "refugees from Iraq admitted to ...": a place after "from", no speaker
        if mention is not None and verb.endswith("ing") and _after_preposition(text, mention.start):
            # "Lind answered on Facebook writing ...": Facebook is not the one writing.
            start = sentence
            mention = subject_mention(sentence_subject(text, start, verb_start))
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


def _verb_first(text: str, verbs: list[tuple[int, int, str]], ends: list[int]) -> list[_Raw]:
    found = []
    for verb_start, verb_end, verb in verbs:
        if verb in NEVER_INVERTED:
            continue  # "thanked Kerr for": whom it addresses, read as the object
        # "was asked by host Lou Farr", "was labeled “a gamble” by Kerr"
        agent = verb_end + 4 if text.startswith(" by ", verb_end) else quoted_by(text, verb_end)
        passive = agent >= 0
        after_quote = char_before(text, verb_start) in _AFTER_QUOTE
        after_quote = after_quote or after_single_close(text, verb_start)  # "'...,' said Vale"
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
            or document_owner_after(subject, text)  # "“…,” read a post by Ola Brandt"
            or known_as(subject)
            or indefinite_subject(subject)
            or subject_mention(subject)
        )
        if mention is None or _object_pronoun(mention):
            continue  # "..., called her “a dreamer”": whom the verb names, not who speaks
        found.append((mention, verb, verb_start, verb_end, True))
    return found


def _object_pronoun(mention: Mention) -> bool:
    return mention.kind == MentionKind.PRONOUN and mention.text.casefold() in _OBJECT_PRONOUNS


def _according(text: str) -> list[_Raw]:
    found: list[_Raw] = []
    if "ccording" not in text:
        return found  # most paragraphs: a substring test, not a regex scan
    for match in _ACCORDING_TO.finditer(text):
        author = document_author(text, match.end())  # "according to a filing by X": X
        subject = subject_after(text, author if author >= 0 else match.end())
        # "according to the festival's director, Tess Rowe, ...": Tess Rowe, the director
        named = named_in_appositive(subject)
        mention = named or subject_mention(subject)
        if mention is None or subject is None or not (named or starts_subject(mention, subject)):
            continue
        found.append((mention, "according to", match.start(), mention.end, True))
    return found


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group())


def _blank_after_comma(match: re.Match[str]) -> str:
    # "Iman Cesari, 30, a county employee": the name's comma stays, the age goes.
    return "," + " " * (len(match.group()) - 1)


def _object_of_place(text: str, mention: Mention) -> bool:
    """True for a lone name right after "from", "in" or "into" ("refugees from Iraq admitted"):
    the object of a phrase of place, never the subject of the verb after it."""
    words = text[max(0, mention.start - 8) : mention.start].split()
    lone = mention.kind == MentionKind.NAME and " " not in (mention.name or mention.text)
    return lone and bool(words) and words[-1] in ("from", "in", "into")


def _after_preposition(text: str, at: int) -> bool:
    words = text[max(0, at - 12) : at].split()
    return bool(words) and words[-1].casefold() in OBJECT_PREPOSITIONS

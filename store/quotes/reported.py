"""Reported speech: statements without quote marks ("X said that ...", "..., X said on Friday").

A reported clause may hold a few quoted words ("Berg said the talks were “a step forward” for
both sides"): it is reported whole, its quoted words staying a direct quote too. A sentence
that is mostly a direct quote reports its words directly, and is left alone here.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from store.models import Quote, QuoteKind
from store.quotes.attributions import Event
from store.quotes.bare_clauses import (
    bare_addressee,
    closing_participle,
    skip_blanks,
    told_someone,
    told_verb,
)
from store.quotes.bare_subjects import bare_subject
from store.quotes.clause_subjects import has_subject, quoted_subject, shows_finite
from store.quotes.confidence import event_how, reported_confidence
from store.quotes.edge_credits import edge_speaker, reports_findings
from store.quotes.inverted_asides import inverted_aside
from store.quotes.kin_counts import counted_kin
from store.quotes.kind_leads import kind_before_name
from store.quotes.lexicon import DETERMINERS, ROLE_WORDS
from store.quotes.mentions import MentionKind
from store.quotes.name_words import CAPITALISED_RUN
from store.quotes.named_predicates import named_predicate
from store.quotes.owned_leads import owner_before_name
from store.quotes.owner_determiners import owner_determiner
from store.quotes.participle_subjects import participle_subject
from store.quotes.person_words import people_before
from store.quotes.plain_speakers import names_people, plain_speaker
from store.quotes.plural_subjects import plural_subject
from store.quotes.quoted_objects import quoted_lead
from store.quotes.relative_asides import inside_relative
from store.quotes.relative_gaps import relative_cue_before
from store.quotes.repeated_gaps import repeated
from store.quotes.reported_asides import according_aside, parenthetical, relative
from store.quotes.reported_cuts import cut_statement, writer_cut
from store.quotes.reported_participle_asides import aside_participle_cue
from store.quotes.reported_pledges import pledge_end, pledge_opening, pledge_relayed, pledged
from store.quotes.reported_shapes import (
    DESCRIBED,
    IN_WHICH,
    QUOTE_MARKS,
    after_place,
    after_preposition,
    counted_subject,
    demonstrative_that,
    described_subject,
    finite,
    gapped,
    has_verb,
    in_dateline,
    is_appositive,
    lowered,
    mostly_quoted,
    named_body,
    named_clause,
    quoted_predicate,
    relative_that,
    short_clause,
    title_lead,
    trim,
)
from store.quotes.reported_speakers import (
    first_role,
    glued_name,
    joint_speakers,
    nested_pronoun,
    noun_cue,
    participle_speaker,
    possessive_speaker,
    relayed,
)
from store.quotes.sentences import sentence_ends
from store.quotes.short_statements import is_statement
from store.quotes.speaker_leads import without_speaker_words
from store.quotes.speech import is_clause_verb
from store.quotes.speech_verbs import BARE_CLAUSE_VERBS
from store.quotes.split_quotes import split_quote
from store.quotes.statement_words import (
    REPORTED_BARE_PARTICIPLES,
    REPORTED_CLAUSE_OPENERS,
    REPORTED_CLAUSE_SUBORDINATORS,
    REPORTED_CONTINUING_JOINERS,
    REPORTED_DENIAL_VERBS,
    REPORTED_LEAD_WORDS,
    REPORTED_MORE_BARE_VERBS,
    REPORTED_OBJECT_OR_CLAUSE_VERBS,
    REPORTED_PRESENT_THAT_VERBS,
    REPORTED_RELATIVES,
    REPORTED_SAY_FORMS,
    REPORTED_TELL_FORMS,
    REPORTED_THAT_GAP_OPENERS,
    REPORTED_THAT_PARTICIPLES,
    REPORTED_THAT_VERBS,
)
from store.quotes.unsaid_speech import answered_statement, unsaid

# What may follow the verb when the statement came first: "..., Lavrov said on Friday."
_TAIL = re.compile(
    r"^(?:\s+(?:the\s+|a\s+)?[\w’'-]+(?:\s+[A-Z][\w’'-]*){0,3})??"  # told reporters / told TASS
    r"(?:\s*,?\s+(?:on|in|at|during|to|after|before|late|early|last|this|earlier|"
    r"yesterday|today|tonight|when|while|from|by|via|\w+day)\b"
    r"(?:(?!\bthat\b)[^,;\x01“”\"«»]){0,60})?\s*[.!?]?\s*$"  # no clause of its own after it
)
# "told reporters (on Friday) that", "said, however, that", "told a Senate committee hearing
# on Thursday that", "said Thursday during a town hall in Bodo, Nordland, that": up to
# MAX_CIRCUMSTANCE_GAP words between the verb and "that" (_free_gap says which may be so long).
_THAT = re.compile(r"^(?:,?\s+[\w’'.-]+,?){0,12}?\s+that,?\s+")
# "said on Friday he ...": a time phrase between a bare verb and its clause.
_WHEN = re.compile(
    r"^\s+(?:on\s+)?(?:\w+day|yesterday|today|tonight|earlier"
    r"|(?:last|this)\s+(?:week|month|year|night|morning|evening|afternoon|weekend|\w+day))"
    r"(?:\s+(?:morning|afternoon|evening|night))?\s*,?(?=\s)"
)
# Words that open a clause at once: "said the talks ...", "said he ...".
_CLAUSE_WORD = re.compile(rf"^\s+(?=(?:{'|'.join(sorted(REPORTED_CLAUSE_OPENERS))}|[A-Z])\b)")
# Where the writer's words before a speaker break off: a comma, a semicolon or a dash.
_LEAD_BREAK = re.compile(r"[,;—–]|\s-{1,2}\s")
# Words that open a subordinate clause the speaker's statement may begin with: "said because
# the fleet was small, ...", "said if elected she would ...".
_SUBORDINATE = re.compile(r"^\s+(?=(?:because|if|unless|once)\s)")
# "told reporters ...", "told the crowd ...", "told host Ada Kerr ...", "told CNN’s Jake
# Tapper ...": the one addressed.
_ROLES = "|".join(sorted((re.escape(w) for w in ROLE_WORDS if w.isalpha()), key=len, reverse=True))
_ADDRESSEE = re.compile(
    r"^\s+(?:(?:the|a|an|his|her|their|its)\s+[a-z]+(?:\s+(?!(?:he|she|they|it|we|i|of|the|a|an)\b)[a-z]+)?"
    r"|him|her|them|us|me|[a-z]+s"
    rf"|(?:(?:{_ROLES})\s+)?{CAPITALISED_RUN})(?=[\s,])"
)
MAX_SUBJECT_WORDS = 4
_GAP_CLAUSES = frozenset(("when", "while", "if", "because", "although", "though", "unless"))
_THAT_ONLY = REPORTED_BARE_PARTICIPLES | REPORTED_THAT_VERBS | REPORTED_PRESENT_THAT_VERBS
# "..., telling reporters (that) the fleet would return": no clause verb, but its clause is
# read like "told"'s.
# "Residents say the bridge ...": a plural subject's present, as "tell" is "tells".
# REPORTED_THAT_PARTICIPLES: "asserting that".
_REPORTING = _THAT_ONLY | REPORTED_TELL_FORMS | REPORTED_THAT_PARTICIPLES | {"say"}
# Verbs whose bare clause must open at once with a short subject and its verb.
_SHORT_CLAUSE_VERBS = REPORTED_OBJECT_OR_CLAUSE_VERBS | REPORTED_MORE_BARE_VERBS
_OPENING_PARTICLES = frozenset(("referring", "responding", "insisting", "saying", "adding"))
_OBJECT_TAILS = frozenset(("of", "about"))  # "told the story of a man who had ..."
# "told Nasser, who insisted the race ...": a relative clause is the one told's own words.
_NO_TOLD_CLAUSE = (
    REPORTED_CLAUSE_SUBORDINATORS | _OPENING_PARTICLES | _OBJECT_TAILS | REPORTED_RELATIVES
)
# Unions built once, not at every test of a word.
_BARE_OR_PRESENT = REPORTED_BARE_PARTICIPLES | REPORTED_PRESENT_THAT_VERBS
# "…, the agency said, as rescuers searched": the writer's clause after the cue's comma.
_BARE_OR_JOINERS = REPORTED_BARE_PARTICIPLES | REPORTED_CONTINUING_JOINERS | frozenset(("as",))
_BARE_CLAUSE_OR_PARTICIPLES = BARE_CLAUSE_VERBS | REPORTED_BARE_PARTICIPLES
_CLOSING = frozenset('"”»')
_INNER_CLOSING = frozenset("’'")
MAX_WHICH = 20  # "... during which ": the end of the words before a speaker
MAX_THAT_GAP = 6  # words between a verb and its "that"; "told" and its addressee may take 8
MAX_CIRCUMSTANCE_GAP = 12  # when those words are a time or a place ("said on Friday at ...")


def reported_speech(raw: str, text: str, paragraph: int, events: list[Event]) -> list[Quote]:
    """The reported statements of one paragraph, one per speech event that reports a clause."""
    if not events:
        return []
    ends = [0, *sentence_ends(text), len(text)]  # ascending: each event's sentence bisected
    quotes: list[Quote] = []
    for event in events:
        after = bisect_right(ends, event.start)
        begin, finish = ends[after - 1], ends[after]
        event = aside_participle_cue(text, participle_speaker(text, event, events, begin))
        if event.speaker is None or after_place(text, event):
            continue
        if not plain_speaker(event) and not edge_speaker(text, event):
            continue  # "…, the coast guard said": a body written out names itself
        if in_dateline(raw, event) or after_preposition(text, event):
            continue
        if possessive_speaker(text, event) or glued_name(event) or noun_cue(text, event):
            continue
        if nested_pronoun(text, event, [(q.start, q.end, q.speaker) for q in quotes]):
            continue
        if joint_speakers(text, event) or unsaid(text, begin, event):
            continue  # "said nothing", "could tell", "plans to say": no words said
        span = _statement(raw, text, begin, finish, event)
        if span is None:
            continue
        start, end = cut_statement(text, *writer_cut(text, *span, event, events), event)
        start, end = trim(raw, skip_blanks(text, start, end), end)
        if not is_statement(raw[start:end]) or mostly_quoted(text, start, end):
            continue
        clause = text[start:end]
        if gapped(clause) or not (has_verb(clause) or pledged(event.verb, clause)):
            continue  # "an honor X said she hoped would be", "noted her years as senator"
        if relayed(event, events, start, end) or pledge_relayed(event, events, finish, clause):
            continue
        if any(q.start == start and q.end == end for q in quotes):
            continue  # two cues of one speaker around the same words
        how = event_how(event)
        quotes.append(
            Quote(
                text=raw[start:end],
                speaker=event.speaker.name,
                role=event.mention.role or first_role(event),
                cue=event.verb,
                kind=QuoteKind.INDIRECT,
                paragraph=paragraph,
                start=start,
                end=end,
                how=how,
                confidence=reported_confidence(event, how),
            )
        )
    return quotes


def _statement(
    raw: str, text: str, begin: int, finish: int, event: Event
) -> tuple[int, int] | None:
    if event.verb == "according to":
        return _according(text, begin, finish, event)
    verb = event.verb.casefold()
    reporting = is_clause_verb(verb) or verb in _REPORTING or reports_findings(text, event)
    if verb in REPORTED_DENIAL_VERBS or not reporting:
        return None  # "denied that ...": the clause is what the speaker says is not so
    if event.inverted:  # "…, said Berg." or "The fleet, says Berg, a historian, is …"
        return _before_inverted(raw, text, begin, finish, event) or inverted_aside(
            raw, begin, finish, event
        )
    speaker_at = people_before(text, event.mention.start)  # "researchers at" the body
    speaker_at = owner_determiner(text, speaker_at)  # "…, the doctors’ union said"
    lead = text[begin:speaker_at]
    if (
        verb not in _BARE_OR_PRESENT  # "..., he vows to"
        and event.mention.kind != MentionKind.RELATIVE  # "..., Holm, who added ..."
        and _ends_in_comma(raw[begin:speaker_at])
        and _ends_statement(text[event.end : finish], split_quote(raw[begin:speaker_at], lead))
    ):
        answered = answered_statement(lead)  # "Responding to critics, [the scheme is ...]"
        if answered is None or not shows_finite(lead[answered:], reach=len(lead)):
            return None  # "At the same time, X said", "Responding to the claim that ..., X said"
        return (begin + answered, begin + len(lead.rstrip()))  # "statement, X said on Friday."
    aside = parenthetical(raw, text, begin, finish, event)
    if aside is not None:
        return aside  # "The quota, Berg said, is too low.": the credit inside its statement
    opens = _opens_clause(lead, raw[begin:], event) or quoted_lead(lead)
    if not (_after_comma(text, event) or opens):
        return None  # "In Brussels, Berg said ..." reports; "Talks, which Berg said ..." not
    opening = _clause_opening(text[event.end : finish], event.verb, raw[event.end : finish])
    pledge = pledge_opening(text[event.end : finish], event.verb) if opening is None else None
    opening = pledge if opening is None else opening
    if opening is None:
        return None
    start = event.end + opening
    if pledge is not None:
        finish = pledge_end(text, start, finish)  # "vowed to fight [and won the vote]"
    relative = inside_relative(raw, event.mention.end, event.end - len(event.verb))
    if _subordinate(lead) or event.mention.kind == MentionKind.RELATIVE or relative:
        # "X, who has told aides he ..., said": the relative clause ends at its comma.
        # "Although Berg says the talks failed, Holm ...": the main clause after the comma is
        # the writer's.
        finish = _first_comma(raw, text, start, finish)
    return (start, finish)


def _before_inverted(
    raw: str, text: str, begin: int, finish: int, event: Event
) -> tuple[int, int] | None:
    """ "The talks failed, said Berg (, the minister) (on Friday).": the clause before an
    inverted cue that closes its sentence is the speaker's statement."""
    lead = text[begin : event.start]
    if not _ends_in_comma(raw[begin : event.start]) or not shows_finite(lead, reach=len(lead)):
        return None
    gap = text[event.end : event.mention.start]
    if gap.strip() and not _describes(gap):
        return None  # "said Mexico must rebut X", "said Holm of the X": not X's cue
    end = event.mention.end
    while end < finish and text[end].isalnum() and text[end - 1].isalnum():
        end += 1  # a mention read from text with a possessive before it may end a letter short
    after = text[end:finish]
    described = DESCRIBED.match(after)
    who = described["who"] if described is not None else ""
    if described is not None and (
        who.startswith(("who ", "whose ")) or not shows_finite(lowered(who))
    ):
        after = after[described.end() :]  # "said Per Lund, an economist at the bank."
        after = named_body(after)  # "..., a spokesman for its parent company, Nordic Fish."
    if event.mention.kind == MentionKind.DESCRIPTION and after.startswith((" who ", " whose ")):
        after = ""  # "…, said a woman who lives nearby.": her description runs to the end
    if not _TAIL.match(after):
        return None  # "..., said Berg, who ...", "..., said Berg, would ...": more than a cue
    return (begin, begin + len(lead.rstrip()))


def _describes(gap: str) -> bool:
    """ "said [the ministry's director,] Per Lund": a short description closed by a comma."""
    words = gap.split()
    return (
        gap.rstrip().endswith(",")
        and len(words) <= MAX_SUBJECT_WORDS
        and not shows_finite(" " + gap)
    )


def _first_comma(raw: str, text: str, start: int, finish: int) -> int:
    """Where the first comma ends a clause: in narration, or closing quoted words ("…,”)."""
    for at in range(start, finish):
        if text[at] == ",":
            return at
        if raw[at] in _CLOSING and raw[at - 1] == ",":
            return at + 1
    return finish


def _ends_statement(after: str, split: bool = False) -> bool:
    """True when the words after a cue leave it closing the statement before it: nothing but
    a time or place ("..., Berg said on Friday."), or then a participle or a clause of the
    speaker's own ("..., Berg said, adding that ...", "..., Berg said, but ...")."""
    if _TAIL.match(after):
        return True
    head, comma, rest = after.partition(",")
    words = rest.split()
    if split and comma and words and not head.strip() and words[0][:1] in QUOTE_MARKS:
        return True  # "… means “…,” she says, “but …”": her quote goes on after the cue
    return bool(comma and words and _TAIL.match(head)) and (
        words[0].casefold() in _BARE_OR_JOINERS or closing_participle(words)
    )


def _according(text: str, begin: int, finish: int, event: Event) -> tuple[int, int] | None:
    lead = text[begin : event.start].strip()
    if lead:
        if according_aside(text, begin, finish, event):
            return (begin, finish)  # "The fleet, according to X, is too old."
        if _subordinate(lead.rstrip(" ,")) or not shows_finite(lead, reach=len(lead)):
            return None  # "..., because, according to X, ...": the clause is still to come
        return (begin, event.start)  # "statement, according to X."
    comma = text.find(",", event.end, finish)  # "According to X, statement."
    if comma < 0:
        return None
    after = text.find(",", comma + 1, finish)
    if after >= 0 and (is_appositive(text[comma + 1 : after]) or relative(text[comma + 1 :])):
        comma = after  # "According to X, the vote director, ...", "According to X, who ..., ..."
    return (comma + 1, finish)


def _after_comma(text: str, event: Event) -> bool:
    """True for a participle after the speaker's own clause: "..., saying the quota ..."."""
    if event.verb.casefold() not in REPORTED_BARE_PARTICIPLES:
        return False
    return text[: event.end - len(event.verb)].rstrip().endswith(",")


def _opens_clause(lead: str, raw: str, event: Event) -> bool:
    """True when the words before the speaker leave them the subject of a main clause."""
    tail, raw_lead = _LEAD_BREAK.split(lead)[-1], raw[: len(lead)]
    tail = without_speaker_words(tail, event)  # "The mayor's office", "Nasser and Finch"
    if not tail.strip() or not _LEAD_BREAK.split(raw_lead)[-1].strip(' "”»'):
        return True  # "In Brussels, Berg said ...", "... -- but he said ...", 'on "Q&A," he'
    if _subordinate(lead) or IN_WHICH.search(lead[-MAX_WHICH:]):
        return True  # "days after Berg told reporters", "a speech in which she said": her own
    if described_subject(tail) or kind_before_name(tail, event.mention.kind == MentionKind.NAME):
        return True  # "A defensive Berg said", "The charity Oxfam said": the speaker's own
    if owner_before_name(tail, event.mention):
        return True  # "His daughter Lucy said": a description of hers too
    if counted_kin(tail) and event.mention.kind == MentionKind.NAME:
        return True  # "At the clinic, mother of three Ada Kerr said": a description of hers
    if tail == lead and title_lead(lead, event.mention.text):
        return True  # "County freeholder Per Lund said": a title at the sentence's opening
    return all(word.casefold() in REPORTED_LEAD_WORDS for word in tail.split())


def _subordinate(lead: str) -> bool:
    """True when the words before the speaker end in a subordinator ("after", "although")."""
    words = lead.split()
    return bool(words) and words[-1].casefold() in REPORTED_CLAUSE_SUBORDINATORS


def _ends_in_comma(lead: str) -> bool:
    """True when the words before the speaker end in a comma, inside a closing mark or not."""
    lead = lead.rstrip()
    if lead[-1:] in QUOTE_MARKS and lead[-2:-1] in _INNER_CLOSING:
        lead = lead[:-2]  # "… leaders, ‘not this,’”": a quote inside the quote closes first
    return lead.endswith(",") or (lead[-1:] in QUOTE_MARKS and lead[:-1].endswith(","))


def _clause_opening(after: str, verb: str, raw_after: str) -> int | None:
    """Where the reported clause begins in the words after the verb, if they open one."""
    that = _THAT.match(after) if "that" in after else None  # a costly pattern, mostly failing
    if that is not None and _free_gap(after[: that.end()], verb):
        if relative_that(after, that.end()):
            return None
        return demonstrative_that(after, that.end(), verb)
    if verb.casefold() in REPORTED_TELL_FORMS:
        return _told_clause(after)
    if verb.casefold() in _SHORT_CLAUSE_VERBS:  # "announced (Sunday) the fleet"
        skip = when.end() if (when := _WHEN.match(after)) else 0
        rest = after[skip:]
        more = verb.casefold() in REPORTED_MORE_BARE_VERBS  # "stated Berg and Holm were"
        opens = short_clause(rest) or (more and named_clause(rest))
        return skip + len(rest) - len(rest.lstrip()) if opens else None
    if verb.casefold() not in _BARE_CLAUSE_OR_PARTICIPLES:
        return None  # "acknowledged her backing": only "that" opens their clause
    when = _WHEN.match(after)
    skip = when.end() if when else 0
    rest = after[skip:]
    named = False
    if not (
        _CLAUSE_WORD.match(rest)
        or _SUBORDINATE.match(rest)
        or has_subject(rest)
        or quoted_subject(rest)
        or counted_subject(rest)
        or quoted_predicate(rest)
        or plural_subject(rest, verb)  # "said crews wanted ..."
        or bare_subject(rest, verb)  # "said revenue climbed", "said Holm drove"
        or participle_subject(rest, verb)  # "said pupils hit by the fire could resit"
        or (named := named_predicate(rest, raw_after[skip:]))  # "says Ali “talked ...”"
    ):
        return None
    if verb.casefold() not in REPORTED_SAY_FORMS and not (named or shows_finite(rest)):
        return None  # "wrote a check to the party", "stressing the need for calm": objects
    return skip + len(rest) - len(rest.lstrip())


def _free_gap(gap: str, verb: str) -> bool:
    """True when the words between a verb and its "that" are no object of it ("said on
    Friday that", "told reporters that"), so that "that" opens the speaker's clause."""
    words = [w.strip(",") for w in gap.split()[:-1] if w.strip(",")]  # before "that"
    if relative_cue_before(words):
        return False  # "wrote to Nasser, who replied that": what Nasser replied
    if any((finite(w) and w.islower()) or w.casefold() in _GAP_CLAUSES for w in words):
        return False  # "said his worry is that", "told X when asked about concerns that"
    if re.search(r",\s+\w+ing\b", gap):
        return False  # "told X, referring to bruises that ..."
    opener = bool(words) and (
        words[0].casefold() in REPORTED_THAT_GAP_OPENERS or words[0].endswith("day")
    )
    if len(words) > MAX_THAT_GAP and any(w.strip("—–-") == "" or _cue_word(w) for w in words):
        # "told the story of a lost town — a place that": an object's "that"; "who has told
        # crews he wants a deal, said in a statement that": another cue's "that".
        return False
    if words and words[0] == "to" and verb.casefold() in REPORTED_THAT_PARTICIPLES:
        return False  # "responding to the news that": the news' clause, not her reply
    if not words or verb.casefold() in REPORTED_TELL_FORMS or repeated(words):
        return True  # "told reporters that", "said more than once that"
    if len(words) > MAX_THAT_GAP:
        # Only "told" reaches past an aside to its "that", and a time or place does: "said
        # Thursday during a town hall in Bodo, Nordland, that".
        past = any(w.islower() and w.endswith("ed") for w in words)  # "..., Holm suggested"
        return opener and not past and words[0] != "to" and len(words) <= MAX_CIRCUMSTANCE_GAP
    if opener:
        return True  # "said on Friday that", "insisted repeatedly that"
    # "warned Holm that", "warned the crews that", "assured the American people that": the
    # one addressed, right after the verb.
    first = words[0].casefold()
    if words[0][:1].isupper() or names_people(first):
        return True
    return first in DETERMINERS and any(names_people(w.casefold()) for w in words[1:3])


def _cue_word(word: str) -> bool:
    """True for a form of "say" or "tell" ("said", "tells")."""
    return word.casefold() in REPORTED_SAY_FORMS or word.casefold() in REPORTED_TELL_FORMS


def _told_clause(after: str) -> int | None:
    """ "told reporters the talks would resume": the clause after the one addressed, when it
    plainly has its own subject and finite verb (else "told the story" would report)."""
    addressee = _ADDRESSEE.match(after) or bare_addressee(after)
    if addressee is None or not told_someone(addressee[0]):
        return None  # "told tales his father wrote": the tales are told, no one is
    when = _WHEN.match(after[addressee.end() :])
    skip = addressee.end() + (when.end() if when else 0)
    if after[skip:].lstrip().startswith(","):
        skip = after.index(",", skip) + 1  # "And, Holm tells the crowd, he has been ..."
    words = after[skip:].split()[: MAX_SUBJECT_WORDS + 1]
    if not words or words[0].casefold() in _NO_TOLD_CLAUSE:
        return None  # "told the crowd, before insisting he had ...": the participle's own
    verb = told_verb(words)
    if verb is None or any(word.endswith(",") for word in words[:verb]):
        return None  # no verb, or "told a crowd in Bodo, saying ...": a comma ends the addressee
    return skip + len(after[skip:]) - len(after[skip:].lstrip())

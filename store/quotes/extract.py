"""Quote extraction: who said what in an article, direct quotes, reported speech and headline.

The article is read the way a careful reader does, in one pass per paragraph:

1. quote_marks finds the quoted words and masks them, so narration is read on its own;
2. cast_names reads every full name narration uses into the cast (with roles beside them);
3. attributions finds each speech event ("Lavrov said", "said the minister", "according to
   X") and resolves its mention: a surname to the full name used before, a pronoun to the
   last speaker or sentence subject of the right sex, a description to the person with that
   role (names inside quotes are never candidates, being masked);
4. each quote takes the event of its own sentence (quote_cues), else its split-off other half,
   else the paragraph's, else the speaker of the paragraph before when it opens with a mark;
5. reported and headlines add statements without marks.
"""

from __future__ import annotations

from dataclasses import dataclass

from store.models import Article, Attribution, Quote, QuoteKind
from store.quotes import uncued
from store.quotes.answers import answers_question
from store.quotes.asides import resumed_event
from store.quotes.attributions import Event, find_events, narration
from store.quotes.blamed_speakers import blamed_event
from store.quotes.body_echoes import credit_echoes
from store.quotes.body_spokespeople import body_spokespeople
from store.quotes.cast_names import read_names
from store.quotes.commented_words import commented_words
from store.quotes.common_words import lower_case_words
from store.quotes.confidence import (
    LAYOUT_CUES,
)
from store.quotes.demonstrative_credits import demonstrative_event
from store.quotes.direct_quotes import FoundQuote, direct_quotes
from store.quotes.foreign_cues import with_foreign_events
from store.quotes.fragments import colon_cue, naming_event, opens_mid_clause, reporting_event
from store.quotes.headline_echoes import headline_echo
from store.quotes.headline_subjects import subject_headline
from store.quotes.headlines import headline_quote
from store.quotes.inner_credits import inner_credit
from store.quotes.interview_lines import opens_answer_line, opens_turn
from store.quotes.joint_carries import carried_on
from store.quotes.junk_speakers import checked_speakers, person_kinds
from store.quotes.kin_surnames import kin_speakers
from store.quotes.layout_events import (
    colon_event,
    dash_event,
    label_event,
    turn_event,
    unnamed_label,
)
from store.quotes.layouts import (
    Turn,
    blank_dateline,
    interview_turn,
    interviewee,
    lead_in,
    turns,
    unmarked_spans,
)
from store.quotes.marks import (
    QuotedSpan,
    masked,
    quoted_spans,
    spans_in_paragraph,
)
from store.quotes.mourned import mourned_headline
from store.quotes.namesakes import hedged
from store.quotes.narrated import beat_before, carries_on, goes_on, only_quotes, still_speaking
from store.quotes.next_cues import latest_cue
from store.quotes.nicknames import nicknames_blanked
from store.quotes.open_runs import credit_open_runs
from store.quotes.overheard import crier_event
from store.quotes.own_credits import credited_after
from store.quotes.owned_words import claimed_event, owned_event
from store.quotes.people import position
from store.quotes.quote_cues import credit_after, nearby_event, own_cue
from store.quotes.quoted_names import mentioned
from store.quotes.read_out_letters import letter_writer_event
from store.quotes.relative_speech import relative_event
from store.quotes.relayed_accounts import inner_speaker_event
from store.quotes.reported import reported_speech
from store.quotes.reported_speakers_inside import outside_reports
from store.quotes.ru.extract import extract_russian
from store.quotes.ru.language import Language, article_language
from store.quotes.sentences import sentence_ends
from store.quotes.speakers import Cast, Person
from store.quotes.trailing_relatives import before_later_relatives
from store.quotes.turn_letters import colon_turns
from store.quotes.with_subjects import with_event

MAX_CREDIT = 60
TITLE_CASE_SHARE = 0.7  # characters in a paragraph that only credits the quote above


def extract_quotes(article: Article) -> Attribution:
    """Direct quotes, reported statements and the headline's claim, each with its speaker."""
    if article_language(article) == Language.RUSSIAN:
        return extract_russian(article)
    article = colon_turns(article)  # "Q. Why?" ¶ "A. Because ...": turns, as "Q:" and "A:"
    spans = unmarked_spans(article.paragraphs, quoted_spans(article.paragraphs))
    by_paragraph: dict[int, list[QuotedSpan]] = {}
    for span in spans:
        by_paragraph.setdefault(span.paragraph, []).append(span)
    # Tags and ages beside names ("(R-Ohio)", ", 62,") stay in `unblanked` for the cast.
    unblanked = [
        # A soft hyphen (U+00AD) is invisible: a space in its place keeps offsets and names.
        blank_dateline(index, masked(text, by_paragraph.get(index, []))).replace("\xad", " ")
        for index, text in enumerate(article.paragraphs)
    ]
    texts = [narration(text) for text in unblanked]
    cast = Cast(lower_words=lower_case_words((article.title, *article.paragraphs)))
    if not _title_case(article.title):
        # A Title Case Headline Names Everything: only a sentence-case one is read for names.
        read_names(cast, None, masked(article.title, spans_in_paragraph(-1, article.title)))
    for index, text in enumerate(texts):
        raw = article.paragraphs[index]
        read_names(cast, index, nicknames_blanked(text, raw), unblanked[index], raw)
    found: list[FoundQuote] = []
    quotes: list[Quote] = []
    previous: Person | None = None
    layout = _Layout()
    narrated: Person | None = None  # whom the narration paragraph just read kept speaking
    for index, text in enumerate(texts):
        raw = article.paragraphs[index]
        events = with_foreign_events(find_events(text, index, cast), text, index, cast)
        spans_here = by_paragraph.get(index, [])
        mine = [FoundQuote(turn) for span in spans_here for turn in turns(raw, span)]
        if not mine and found:
            _credit_previous(found, text, index, cast)
        before = previous
        carried = carried_on(previous)  # after two people named together: neither's
        # "“Or do we quit?” Kerr asked. ¶ “No!”": the hearers' reply; the asker goes on after.
        answer = index > 0 and answers_question(article.paragraphs[index - 1], raw)
        carried = None if answer else carried
        previous = _read_paragraph(mine, events, (raw, text), index, carried, cast, layout)
        previous = before if answer and previous is None else previous
        previous = _credits_inside(mine, raw, cast) or previous
        for item in mine:  # carried on past narration about their speaker: less sure
            item.narrated |= item.event is None and carries_on(narrated, item.speaker)
        narrated = None
        if text.rstrip().endswith(":"):
            # "Lavrov said the following:" hands the next paragraph's quote to its speaker.
            ends = sentence_ends(text)
            introducing = colon_cue(text, events) or colon_event(
                text, index, len(text.rstrip()) + 1, ends, cast
            )
            previous = introducing.speaker if introducing else previous
            layout.listing = previous
        if not mine and not events and previous is None and before is not None:
            # "..., Kerr said. ¶ Kerr is upbeat about ... ¶ “...”": the passage is still hers.
            narrated = previous = still_speaking(before, text, index, cast)
        found.extend(mine)
        reported = hedged(reported_speech(raw, text, index, events), events, index, cast)
        _inside_reported(mine, text, reported, events, cast)
        quotes.extend(reported)
    credit_open_runs(found, article.paragraphs)  # “A ¶ “B ¶ “C,” she said: A and B are hers too
    quotes.extend(direct_quotes(article, found, texts, cast))
    quotes = commented_words(quotes, article.paragraphs, cast)  # "X on what Y said: “…”"
    quotes = credit_echoes(quotes, article.paragraphs)  # "So much for “not for sale”": Keswick's
    headline = headline_quote(article.title, cast, quotes)  # to someone the body quotes
    headline = headline_echo(article.title, headline, quotes)  # "told staff to 'x'"
    headline = headline or subject_headline(article.title, cast, quotes)  # "Minister vows 'x'"
    headline = mourned_headline(headline, article.title, article.paragraphs)  # "– Greta Holm"
    if headline is not None:
        quotes.insert(0, headline)
    quotes.sort(key=lambda q: position(q.paragraph, q.start))
    quotes = checked_speakers(quotes, (article.title, *article.paragraphs), cast.lower_words)
    quotes = kin_speakers(quotes, article.paragraphs, cast)  # "his wife, Elena,": Elena Reis
    quotes = body_spokespeople(quotes, cast)  # "X said. A spokeswoman said": X's spokeswoman
    who = {q.speaker for q in quotes if q.speaker}
    quoted = [(q.paragraph or 0, q.text) for q in quotes if q.kind == QuoteKind.DIRECT]
    return Attribution(
        quotes=tuple(quotes),
        speakers=person_kinds(cast.speakers(who), article.paragraphs),
        mentioned=mentioned(cast, who, quoted),
    )


@dataclass
class _Layout:
    """What the paragraphs read so far say about who speaks without a cue in the next ones."""

    interview: bool = False  # a "Q:" or "A:" paragraph was read
    interviewee: Person | None = None  # who answers the interview's questions
    listing: Person | None = None  # whose excerpts a list gives ("Here is what X said:")


def _read_paragraph(
    mine: list[FoundQuote], events: list[Event], texts: tuple[str, str], index: int,
    previous: Person | None, cast: Cast, layout: _Layout,
) -> Person | None:
    """Attribute one paragraph's quotes, its layout first; returns who speaks last in it."""
    turn = interview_turn(texts[0])
    if turn is not None:
        return _take_turn(turn, mine, events, texts, index, previous, cast, layout)
    listing = layout.listing
    listed = [f for f in mine[:1] if listing and lead_in(texts[1], f.span, cast)]
    for item in listed:
        # "On taxes: “...”" under "Here is what X said:": the lead-in is a topic, X speaks.
        item.speaker = listing
    previous = _attribute(mine[len(listed) :], events, texts, previous, cast) or (
        listing if listed else None
    )
    layout.listing = listing if mine and all(f.speaker is listing for f in mine) else None
    return previous


def _take_turn(
    turn: Turn, mine: list[FoundQuote], events: list[Event], texts: tuple[str, str], index: int,
    previous: Person | None, cast: Cast, layout: _Layout,
) -> Person | None:
    """An interview paragraph: "A:" gives the interviewee's words, "Q:" nobody's we can name."""
    if not layout.interview:
        # The interviewee is whom the intro frames as answering or names most, never the
        # interviewer; whoever spoke last only when the intro names no one.
        layout.interview = True
        layout.interviewee = interviewee(cast, index, previous)
    opening = [f for f in mine if opens_turn(f.span, texts[1])]  # at "A:" or its mark
    # A quoted question is the interviewer's, never the interviewee's: no speaker. An "A:"
    # line under it ("Q: Why?\nA: Because ...") is the interviewee's answer.
    answers = (opening if turn is Turn.ANSWER else []) + [
        f for f in mine if opens_answer_line(f.span, texts[0])
    ]
    answering = layout.interviewee if answers else None
    for item in answers:
        item.speaker = answering
        item.event = turn_event(answering, item.span.start, item.span.start) if answering else None
    _attribute([f for f in mine if f not in opening + answers], events, texts, None, cast)
    return answering


def _attribute(
    mine: list[FoundQuote], events: list[Event], texts: tuple[str, str], previous: Person | None,
    cast: Cast,
) -> Person | None:
    """Pin each quote of a paragraph to a speech event; returns who speaks last in it."""
    raw, text = texts
    ends = sentence_ends(text)
    for at, found in enumerate(mine):
        span = found.span
        claiming = before_later_relatives(events, span)  # "“…,” echoing critics who said"
        found.event = label_event(raw[span.start : span.end], span.start, span.paragraph, cast)
        if found.event is None and unnamed_label(raw[span.start : span.end]):
            continue  # "VIDEO: ...": a turn of no one we can name, never the last speaker's
        next_open = mine[at + 1].span.open_at if at + 1 < len(mine) else len(text)
        if found.event is None and span.continued and previous is not None:
            # A quote carried on from the paragraph before, unless its own credit follows it
            # ("“...,” agrees X": the open mark before was a stray).
            found.event = credit_after(span, events, ends, next_open, text)
            if found.event is None:
                found.speaker = previous
                continue
        earlier = [(f.span, f.event) for f in mine[:at]]  # "“A” - aside - “and B”": A's
        found.event = found.event or resumed_event(earlier, span, raw)
        found.event = found.event or claimed_event(span, text, cast)
        named = None if found.event else naming_event(span, text, cast)
        found.named = named is not None  # "Renn said it faced what Kerr called “…”": Kerr's
        phrase = None if found.event or named else with_event(span, text, cast, events)
        found.event = found.event or named or own_cue(span, claiming, ends, next_open, text, cast)
        # "Rivals called it “a farce,” Vane said": the rivals' words, told by Vane.
        found.event = inner_speaker_event(span, found.event, claiming, ends, text) or found.event
        found.event = blamed_event(span, found.event, text, cast) or found.event  # "for saying"
        found.event = _voiced_event(span, found.event, text, cast)  # a letter's, a crier's
        # "Kerr said of it, which locals say “…”": the locals' words, whom no reader names.
        found.event = relative_event(span, found.event, ends, text) or found.event
        if phrase is not None and (found.event is None or found.event.speaker != phrase.speaker):
            found.event = phrase  # "X denied it, with Renn calling Kerr “…”": Renn's words
        found.event = found.event or owned_event(span, text, cast)
        own = uncued.own_subject(span, text, ends, claiming, cast) if not found.event else None
        own = own or uncued.NO_SUBJECT
        if own.foreign:
            continue  # "The results showed the weakness of “...”": nobody's we can name
        if own.event is not None:
            # "Pardo calls herself a “change warrior”": no cue, its clause's subject's words.
            found.event, found.speaker, found.nearby = own.event, own.event.speaker, True
            continue
        if found.event is None and credited_after(span, text):
            continue  # "“...,” wrote the authors of": a credit of its own, nobody's we name
        if found.event is None and at > 0 and mine[at - 1].event is not None:
            # "A," he said. "B": the second half belongs to whoever said the first.
            found.event = latest_cue(mine[at - 1].event, claiming, span.open_at, text)
        if found.event is None and claiming:
            # A fragment inside paraphrase: the paragraph's nearest speaker said it.
            found.event = nearby_event(span, claiming, raw[span.start : span.end])
            found.nearby = found.event is not None
        if found.event is not None:
            found.speaker = found.event.speaker
        elif previous is not None and _opens_paragraph(span, text):
            # A paragraph of quotation right after someone spoke carries on their words.
            found.speaker = previous
        elif at > 0 and not events and (carried := _goes_on(mine[at - 1], span, text)):
            found.speaker, found.narrated = carried, mine[at - 1].narrated
        elif previous is not None and only_quotes(text) and mine[0].speaker is previous:
            # "“A.” “B.” “C.”": a paragraph of nothing but quotes carries on all of them.
            found.speaker = previous
        elif not events and (beat := beat_before(span, text, cast)) is not None:
            # "Kerr paused. “We will win.”": a beat of narration about her, then her words.
            found.speaker, found.narrated = beat, True
    spoken = [(e.end, e.speaker) for e in outside_reports(events, text) if e.speaker]
    spoken += [(f.span.close_at, f.speaker) for f in mine if f.speaker]
    # Narration with nobody speaking breaks the chain of quote paragraphs.
    return max(spoken, key=lambda pair: pair[0])[1] if spoken else None


def _voiced_event(span: QuotedSpan, event: Event | None, text: str, cast: Cast) -> Event | None:
    """The event of whoever voiced the words the cue only tells of: the writer of a letter
    read out ("read out a letter from the victim:"), a crier in an account ("heard a man
    shout:"); else the cue's own."""
    letter = letter_writer_event(span, event, text, cast)
    return letter or crier_event(span, event, text, cast) or event


def _goes_on(prior: FoundQuote, span: QuotedSpan, text: str) -> Person | None:
    """The speaker of the quote before (`prior`, of the same paragraph) going on to `span`."""
    return goes_on(prior.speaker, prior.span, span, text)


def _inside_reported(
    mine: list[FoundQuote], text: str, reported: list[Quote], events: list[Event], cast: Cast
) -> None:
    """A fragment in marks inside a reported statement is that statement's speaker's words:
    "Renn said he was sure Dunn would stay “a champion”" is Renn's, not Dunn's."""
    for found in mine:
        layout = found.event is not None and found.event.verb in LAYOUT_CUES
        if layout and not opens_mid_clause(text, found.span):
            continue  # a transcript's label or a credit line names its own speaker
        if found.named:
            continue  # "Renn said the port faced what Kerr called “…”": Kerr named it
        own = found.event if not found.nearby else None
        event = reporting_event(found.span, own, text, reported, events, cast)
        if event is not None:
            found.event, found.speaker, found.reporting = event, event.speaker, True


def _credits_inside(mine: list[FoundQuote], raw: str, cast: Cast) -> Person | None:
    """Quotes whose marks close on a credit line ("... cuts. Ada Kerr, Trade Center."): cut
    to their words and given to the credited; returns the last one credited."""
    credited = None
    for item in mine:
        credit = inner_credit(raw, item.span, cast)
        if credit is not None:
            item.span, item.event = credit
            item.speaker = credited = item.event.speaker
            item.nearby = False
    return credited


def _credit_previous(found: list[FoundQuote], text: str, index: int, cast: Cast) -> None:
    """A paragraph that is only a credit ("- Bo Hale.") or opens on one ("That was the
    message from Bo Hale, ...") names the quote before it, over a speaker only carried on
    from the paragraphs before."""
    if found[-1].span.paragraph != index - 1 or found[-1].event:
        return
    short = len(text) <= MAX_CREDIT
    credit = (dash_event(text, index, 0, cast) if short else None) or demonstrative_event(
        text, index, cast
    )
    if credit is not None:
        for item in found:
            if item.span.paragraph == index - 1 and item.event is None:
                item.event, item.speaker = credit, credit.speaker


def _title_case(title: str) -> bool:
    words = [w for w in title.split() if len(w) > 3]
    return bool(words) and sum(w[:1].isupper() for w in words) > TITLE_CASE_SHARE * len(words)


def _opens_paragraph(span: QuotedSpan, text: str) -> bool:
    return span.open_at == len(text) - len(text.lstrip())

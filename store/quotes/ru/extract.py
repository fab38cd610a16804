"""Quote extraction for Russian articles: who said what, in the same records as English.

1. quote marks («…» with „…“ nested, „…“ and “…” too) are found by store.quotes.marks; a
   quote split by its author's words («…, — отметил он, — …») is cut in two, and a
   paragraph of dialogue ("— …, — сказал он.") gives the words after its dash;
2. the dateline and photo credits are blanked, the quotes masked, names in marks («Ъ»,
   компания «…») blanked as names (name_marks), and every full name the narration uses
   registered (cast.Cast), roles and all;
3. each paragraph's speech events (events.find_events) are read, and each quote takes, in
   order: the cue after its dash («…», — сказал Лавров), the introducer before its colon
   (Лавров заявил: «…»), a cue in its own sentence, its other half's, the paragraph's
   nearest (nearby), or the last speaker when it opens a paragraph (carried);
4. "X заявил, что …" and "по словам X, …" without marks are reported speech (indirect), as
   are the statements before "Об этом сообщила X" (statement_run) or "…, о чем сообщила X"
   (comma_back), the paragraph before one that opens so (paragraph_before), and the
   headline's "… — Лавров" or "Лавров: …" a headline quote. A group speaks as described
   ("жители района": plural_speakers).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from store.models import Article, Attribution, AttributionHow, Quote, QuoteKind, SpeakerKind
from store.quotes.confidence import confidence_of
from store.quotes.marks import MASK, QuotedSpan, masked, quoted_spans, spans_in_paragraph
from store.quotes.ru.cast import Cast, Person, position
from store.quotes.ru.comma_back import comma_back
from store.quotes.ru.cues import SPEECH_VERB, Mention, MentionKind, read_mention
from store.quotes.ru.events import Event, find_events
from store.quotes.ru.group_names import named_groups
from store.quotes.ru.interview import interview_answers
from store.quotes.ru.layout import blank_dateline, is_caption, sentence_ends
from store.quotes.ru.name_marks import blank_names, is_name, name_in_role
from store.quotes.ru.names import parses
from store.quotes.ru.namesakes import hedged
from store.quotes.ru.paragraph_before import ReadParagraph, paragraph_before
from store.quotes.ru.pointing import follows_quote
from store.quotes.ru.running_quotes import run_on
from store.quotes.ru.statement_run import RUN_CONFIDENCE, with_statement_runs

_VERB = SPEECH_VERB.pattern
# «Мы готовы, — отметил он, — к диалогу»: the author's words inside one pair of marks; in
# straight quotes the dash may be a hyphen between spaces ("Мы готовы, - отметил он, - …").
_DASH = r"(?:\s*[—–]|\s+-)\s+"
_INNER_CUE = re.compile(r"([,.!?…])" + _DASH + r"(?=" + _VERB + r")[^—–«»\x01]{2,90}?[,.:]" + _DASH)
# "— Мы готовы к диалогу, — сказал он. — Но …": dialogue with a dash instead of marks.
_DIALOGUE = re.compile(r"^\s*[—–]\s+(?P<words>[^—–«»]+?)[,!?…]?\s+[—–]\s+(?=" + _VERB + ")")
_DIALOGUE_MORE = re.compile(r"[.,]\s+[—–]\s+(?P<words>[^—–«»]+)$")
# Between a closing mark and the dash of its cue: «…», — or «…!» —
_DASH_AFTER = re.compile(r"[,.!?…]?(?:\s*[—–]|\s+-)\s*$")
# A quote this short with no cue of its own is a name or a term («Газпром», «зеркально»).
MIN_UNCUED_WORDS = 3
# A quote with no cue in its sentence takes the paragraph's speaker only when it is a phrase.
MIN_NEARBY_CHARS = 15
# Which headline patterns attribute a claim: "… — Лавров" and "Лавров: …"; Interfax writes
# the dash as a hyphen between spaces ("… - мэр").
_HEAD_DASHED = re.compile(r"^(?P<claim>.+?)\s+(?:[—–]|-(?=\s))\s+(?P<chunk>[^—–:«»]{2,60}?)\s*$")
_HEAD_COLON = re.compile(r"^(?P<chunk>[^:—–«»]{2,60}?)\s*:\s+(?P<claim>.+?)\s*$")
_MARKS = "«»„“”\"'"
# "Эксперт: …" names nobody: whom it means is read off the lede, a guess no gold measures, so
# it is set below every way's own confidence.
DESCRIBED_HEADLINE = 0.5
_END = 10**12  # a reading position after every paragraph


@dataclass
class _Found:
    """A quoted span with the event it was pinned to, while the article is read."""

    span: QuotedSpan
    event: Event | None = None
    speaker: Person | None = None
    how: AttributionHow | None = None
    dashed: bool = False  # its cue stands at its dash or colon, as speech is set out


def extract_russian(article: Article) -> Attribution:
    """Direct quotes, reported statements and the headline's claim, each with its speaker."""
    paragraphs = article.paragraphs
    by_paragraph = _spans(paragraphs)
    names = {
        index: [s for s in spans if is_name(paragraphs[index], s)]
        for index, spans in by_paragraph.items()
    }
    for index, found in names.items():
        if found:
            by_paragraph[index] = [s for s in by_paragraph[index] if s not in found]
    captions = [is_caption(raw) for raw in paragraphs]
    texts = [
        " " * len(raw)
        if captions[index]
        else blank_names(masked(raw, by_paragraph.get(index, [])), names.get(index, []))
        for index, raw in enumerate(paragraphs)
    ]
    if texts:
        texts[0] = blank_dateline(texts[0])
    cast = Cast()
    title = masked(article.title, spans_in_paragraph(-1, article.title))
    cast.read_names(title, None)
    for index, text in enumerate(texts):
        cast.read_names(text, index)
        for span in names.get(index, []):
            name_in_role(cast, paragraphs[index], span)
    quotes: list[Quote] = []
    previous: Person | None = None
    before: ReadParagraph | None = None
    for index, text in enumerate(texts):
        if captions[index]:
            previous = before = None
            continue
        ends = sentence_ends(text)  # once a paragraph: every quote and cue reads them
        events = with_statement_runs(find_events(text, index, cast), text, ends, cast)
        mine = [_Found(span) for span in by_paragraph.get(index, [])]
        previous = _attribute(mine, events, text, ends, previous)
        direct = [q for f in mine if (q := _direct(paragraphs[index], f)) is not None]
        quotes += direct + _reported(paragraphs[index], text, index, events, ends, direct)
        quotes = paragraph_before(quotes, events, ends, before, cast)
        before = ReadParagraph(index, paragraphs[index], text, events, ends)
    headline = _headline(article.title, title, cast, quotes)
    if headline is not None:
        quotes.insert(0, headline)
    quotes = interview_answers(
        named_groups(quotes, cast, paragraphs), paragraphs, cast, article.title
    )
    quotes = hedged(run_on(quotes, paragraphs), cast.shared)
    quotes.sort(key=lambda q: position(q.paragraph, q.start))
    who = {q.speaker for q in quotes if q.speaker}
    return Attribution(
        quotes=tuple(quotes), speakers=cast.speakers(who), mentioned=cast.mentioned(who)
    )


def _spans(paragraphs: tuple[str, ...]) -> dict[int, list[QuotedSpan]]:
    """Each paragraph's quoted spans, split quotes cut in two, dialogue dashes read."""
    by_paragraph: dict[int, list[QuotedSpan]] = {}
    for span in quoted_spans(paragraphs):
        by_paragraph.setdefault(span.paragraph, []).extend(_split(paragraphs[span.paragraph], span))
    for index, text in enumerate(paragraphs):
        if index not in by_paragraph:
            by_paragraph[index] = _dialogue(index, text)
    return by_paragraph


def _split(text: str, span: QuotedSpan) -> list[QuotedSpan]:
    """«A, — отметил он, — B» as the quotes A and B, the author's words between unmasked."""
    inner = _INNER_CUE.search(text, span.start, span.end)
    if inner is None:
        return [span]
    first = replace(span, end=inner.start(), close_at=inner.start(1), closed=True)
    second = replace(span, start=inner.end(), open_at=inner.end() - 1, continued=False)
    return [first, *_split(text, second)]


def _dialogue(index: int, text: str) -> list[QuotedSpan]:
    """A paragraph of dialogue: "— Мы готовы, — сказал он. — Но не так." gives two quotes."""
    match = _DIALOGUE.match(text)
    if match is None:
        return []
    words_end = match.end("words")
    spans = [
        QuotedSpan(
            index, match.start("words"), words_end, match.start("words") - 1, words_end, True
        )
    ]
    more = _DIALOGUE_MORE.search(text, match.end())
    if more is not None and not SPEECH_VERB.match(more["words"]):
        start = more.start("words")
        end = len(text.rstrip().rstrip("."))
        spans.append(QuotedSpan(index, start, end, start - 1, len(text), False))
    return spans


def _attribute(
    mine: list[_Found], events: list[Event], text: str, ends: list[int], previous: Person | None
) -> Person | None:
    """Pin each quote of a paragraph to its speech event; returns who speaks last in it."""
    for at, found in enumerate(mine):
        span = found.span
        event = _dash_after(span, events, text) or _colon_before(span, events, text, ends)
        found.dashed = event is not None
        event = (
            event or _in_sentence(span, events, ends) or _pointing_back(span, events, text, ends)
        )
        if event is None and at > 0 and mine[at - 1].event is not None:
            event = mine[at - 1].event  # the second half of a split quote
        if event is not None and event.speaker is not None:
            found.event, found.speaker, found.how = event, event.speaker, event.how
        elif event is not None or _verb_after(span, text):
            # The quote's own cue names nobody we know («…», — сообщил источник агентства):
            # someone spoke, and it is not the person quoted before or nearby.
            found.event = event
        elif any(e.speaker for e in events) and span.end - span.start >= MIN_NEARBY_CHARS:
            speaking = [e for e in events if e.speaker]
            nearest = min(speaking, key=lambda e: abs(e.start - span.open_at))
            found.event, found.speaker, found.how = nearest, nearest.speaker, AttributionHow.NEARBY
        elif previous is not None and (span.continued or _opens(span, text)):
            found.speaker, found.how = previous, AttributionHow.CARRIED
    spoken = [(e.end, e.speaker) for e in events if e.speaker]
    spoken += [(f.span.close_at, f.speaker) for f in mine if f.speaker]
    return max(spoken, key=lambda pair: pair[0])[1] if spoken else None


_CUE_AFTER = re.compile(r"[,.!?…]?(?:\s*[—–]|\s+-)\s*")


def _verb_after(span: QuotedSpan, text: str) -> bool:
    """Whether a verb of speech follows the quote after a dash, whoever it names."""
    if not span.closed:
        return False
    dash = _CUE_AFTER.match(text, span.close_at + 1)
    return dash is not None and SPEECH_VERB.match(text, dash.end()) is not None


def _dash_after(span: QuotedSpan, events: list[Event], text: str) -> Event | None:
    if not span.closed:
        return None
    for event in events:
        between = text[span.close_at + 1 : event.start]
        if event.start > span.close_at and len(between) < 6 and _DASH_AFTER.match(between):
            return event
    return None


def _colon_before(
    span: QuotedSpan, events: list[Event], text: str, ends: list[int]
) -> Event | None:
    before = text[: span.open_at].rstrip()
    if not before.endswith(":"):
        return None
    colon = len(before) - 1
    sentence = max((e for e in ends if e <= colon), default=0)
    cues = [e for e in events if sentence <= e.start and e.end <= colon + 1]
    return max(cues, key=lambda e: e.end) if cues else None


def _in_sentence(span: QuotedSpan, events: list[Event], ends: list[int]) -> Event | None:
    """A cue in the quote's own sentence: the nearest before it, else the first after it."""
    start = max((e for e in ends if e <= span.open_at), default=0)
    stop = min((e for e in ends if e > span.close_at), default=10**9)
    before = [e for e in events if start <= e.start and e.end <= span.open_at and e.speaker]
    if before:
        return max(before, key=lambda e: e.end)
    after = [e for e in events if span.close_at < e.start < stop and e.speaker]
    return min(after, key=lambda e: e.start) if after else None


def _pointing_back(
    span: QuotedSpan, events: list[Event], text: str, ends: list[int]
) -> Event | None:
    """«…». Об этом заявил X: the cue of the sentence right after the quote, pointing back."""
    if not span.closed:
        return None
    return next(
        (
            e
            for e in events
            if e.back
            and e.speaker
            and follows_quote(
                text, span.close_at, ends, e.start if e.run_from is None else e.run_from
            )
        ),
        None,
    )


def _opens(span: QuotedSpan, text: str) -> bool:
    return not text[: span.open_at].strip()


def _direct(raw: str, found: _Found) -> Quote | None:
    span, event = found.span, found.event
    words = raw[span.start : span.end]
    if len(words.split()) < MIN_UNCUED_WORDS and not found.dashed:
        return None  # «Газпром», «Известия», «зеркально»: a name or a term, nobody's words
    speaker = found.speaker
    return Quote(
        text=words,
        speaker=speaker.name if speaker else None,
        role=(event.role if event else None)
        or (speaker.roles[0] if speaker and speaker.roles else None),
        cue=event.verb if event else None,
        kind=QuoteKind.DIRECT,
        paragraph=span.paragraph,
        start=span.start,
        end=span.end,
        how=found.how if speaker else None,
        confidence=_run_capped(event, span.end, confidence_of(found.how if speaker else None)),
    )


def _run_capped(event: Event | None, end: int, confidence: float) -> float:
    """A quote before a wide statement run ("«…». A. B. Об этом заявил X") is X's only
    probably (store.quotes.ru.statement_run)."""
    if event is None or not event.wide or end > event.start:
        return confidence
    return min(confidence, RUN_CONFIDENCE)


def _reported(
    raw: str, text: str, index: int, events: list[Event], ends: list[int], direct: list[Quote]
) -> list[Quote]:
    """ "X заявил, что …", "по словам X, …", "…, сообщил X": the clause, without marks."""
    quotes = []
    for event, (start, end) in _cue_bounds(text, events, ends):
        speaker = event.speaker
        if speaker is None:
            continue  # _cue_bounds gives speaking cues only: for the type checker
        if any(start < q.end and q.start < end for q in direct):
            continue  # the words are quoted: a direct quote, with this cue
        if text[start:end].count(MASK) > end - start - 5 or len(raw[start:end].split()) < 2:
            continue
        quotes.append(
            Quote(
                text=raw[start:end],
                speaker=speaker.name,
                role=event.role,
                cue=event.verb,
                kind=QuoteKind.INDIRECT,
                paragraph=index,
                start=start,
                end=end,
                how=event.how,
                confidence=_run_capped(event, end, confidence_of(event.how)),
            )
        )
    return quotes


def _cue_bounds(
    text: str, events: list[Event], ends: list[int]
) -> list[tuple[Event, tuple[int, int]]]:
    """Each speaking cue with the words it reports: "Об этом заявил X, добавив, что …" has
    two, the sentence before it and its own clause."""
    found = []
    for event in events:
        if event.speaker is None:
            continue
        before = event.statement if event.back else None
        for bounds in (before, _reported_bounds(text, event, ends)):
            if bounds is not None:
                found.append((event, bounds))
    return found


def _reported_bounds(text: str, event: Event, ends: list[int]) -> tuple[int, int] | None:
    """Where a cue's reported clause stands: after it to the sentence's end, or before it."""
    if event.clause is not None:
        stop = min((e for e in ends if e > event.clause), default=len(text))
        clause = text[event.clause : stop]
        return event.clause, event.clause + len(clause.rstrip().rstrip(".!?…"))
    before = text[: event.start].rstrip()
    comma = comma_back(text, event.start)  # "…, о чем сообщил X", "…, об этом он сказал"
    if comma is not None:
        before = text[: comma + 1]
    elif not event.inverted or not before.endswith(","):
        return None
    # "Учёные нашли новый вид, сообщила директор": the sentence up to the cue's comma.
    start = max((e for e in ends if e < len(before)), default=0)
    while start < len(before) and text[start].isspace():
        start += 1
    if any(mark in text[start : len(before)] for mark in '«»„“”"—–'):
        return None
    return start, len(before) - 1


def _headline(title: str, masked_title: str, cast: Cast, quotes: list[Quote]) -> Quote | None:
    """The claim a headline gives a speaker the article names: "… — Лавров", "Лавров: …";
    "Эксперт: …" the first person quoted whom the description fits."""
    for pattern, cue in ((_HEAD_DASHED, "—"), (_HEAD_COLON, ":")):
        match = pattern.match(masked_title)
        if match is None:
            continue
        chunk = match["chunk"]
        mention = read_mention(chunk, match.start("chunk"), ("nomn",))
        if mention is None or mention.kind == MentionKind.PRONOUN:
            continue
        chunk_span = (
            title[match.start("chunk") : mention.start] + title[mention.end : match.end("chunk")]
        )
        if chunk_span.strip():
            continue  # the chunk holds more than who: a clause, not an attribution
        if mention.kind == MentionKind.DESCRIPTION:
            speaker = _described(mention, cast, quotes)
        elif mention.kind == MentionKind.GROUP:
            # "Жители Сосняков: …": the group the story quotes so, else no one ("Эксперты: …").
            speaker = cast.people.get(mention.body or "")
        else:
            known = mention.kind != MentionKind.NAME or mention.reading or cast.knows(mention)
            speaker = cast.headline_speaker(mention, _END) if known else None
        if speaker is None:
            continue
        found = _headline_quote(title, (match.start("claim"), match.end("claim")), cue, speaker)
        if found is not None and mention.kind == MentionKind.DESCRIPTION:
            found = replace(found, confidence=DESCRIBED_HEADLINE)
        return found
    return None


def _described(mention: Mention, cast: Cast, quotes: list[Quote]) -> Person | None:
    """Whom a headline's description means: the first person quoted it fits (the lede's
    speaker, whom a headline sums up), else one named in that very role; a bare "эксперт"
    nobody quoted is no one, and "Эксперты: …" no one person."""
    if any("plur" in parses(word)[0].tag.grammemes for word in mention.written.split()[:1]):
        return None
    for quote in quotes:
        person = cast.people.get(quote.speaker or "")
        if person is not None and person.kind == SpeakerKind.PERSON and cast.fits(mention, person):
            return person
    if cast.generic(mention):
        return None
    return cast.resolve(mention, None, _END)[0]


def _headline_quote(title: str, claim: tuple[int, int], cue: str, speaker: Person) -> Quote | None:
    start, end = claim
    direct = title[start] in _MARKS and title[end - 1] in _MARKS
    while start < end and (title[start] in _MARKS or title[start].isspace()):
        start += 1
    while end > start and (title[end - 1] in _MARKS or title[end - 1].isspace()):
        end -= 1
    if end - start < 3:
        return None
    return Quote(
        text=title[start:end],
        speaker=speaker.name,
        role=speaker.roles[0] if speaker.roles else None,
        cue=cue,
        kind=QuoteKind.DIRECT if direct else QuoteKind.INDIRECT,
        paragraph=None,
        start=start,
        end=end,
        how=AttributionHow.HEADLINE,
        confidence=confidence_of(AttributionHow.HEADLINE),
    )

"""Layouts that say who speaks without a speech verb: datelines, transcript labels, Q and A.

A dateline ("WASHINGTON —", "NEW YORK (AP) —", "LONDON, March 3 -") opens wire copy with a
place in capitals, which narration would read as the first sentence's subject; it is blanked
before names and speech events are read. A transcript label ("SECRETARY DUNN: ...") names
the speaker of the words after it, even in the middle of one quoted span, and an interview's
"Q:" is the interviewer's, its "A:" the interviewee's.

Some layouts quote without marks: a transcript's or interview's paragraphs ("LIND: We sail.",
"Q: Why?") and an embedded post, whose text stands before its credit line ("— Tove Lind
(@tovelind) March 3, 2024"). unmarked_spans gives their words as quoted spans, so that they are
read like the same layouts in marks.
"""

from __future__ import annotations

import re
from dataclasses import replace
from enum import StrEnum
from itertools import pairwise

from store.quotes.block_quotes import in_block
from store.quotes.full_name_labels import full_name_turns
from store.quotes.interview_lines import answer_lines, letterless_interview
from store.quotes.interview_sides import chosen_interviewee, interview_sides
from store.quotes.lexicon import HEADING_LABELS
from store.quotes.marks import QuotedSpan
from store.quotes.mentions import MentionKind, read_mention
from store.quotes.name_labels import surname_turns
from store.quotes.people import position
from store.quotes.speakers import Cast, Person

# Datelines stand in the body's first blocks (a short header may come before them).
DATELINE_REACH = 3
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# "WASHINGTON", "NEW YORK", "ST. LOUIS": a place of at most four words in capitals; then a
# region ("Calif.", "N.H.", "Burma"), a date ("Dec. 8", "March 3, 2016") and an agency in
# brackets ("(AP)"), each optional; then the dash, which only an agency may stand in for.
_CAPS = r"[A-Z][A-Z.'’-]+(?![\w’'])"
_DATELINE = re.compile(
    r"\s*" + _CAPS + r"(?:\s" + _CAPS + r"){0,3}"
    r"(?:,\s(?:[A-Z]\.){2,}|,\s[A-Z][a-z]+\.?(?:\s[A-Z][a-z]+\.?)?)?"
    r"(?:,\s" + _MONTH + r"\s\d{1,2}(?:,\s\d{4})?)?"
    r"(?:\s?\([A-Z][A-Za-z ./]{0,20}\)\s*(?:[-–—―]+)?|\s*[-–—―]+)\s*"
)
# "Washington (AFP) –", "Paris (Reuters) -": a place in Title Case is a dateline only with
# its agency in brackets and the dash after it (a name may open narration in Title Case; a
# party's letter, "Ada Kerr (R) —", is no agency).
_TITLED_DATELINE = re.compile(
    r"\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}\s?\((?:[A-Z]{2,}|[A-Z][a-z]{2,})(?:\s[A-Z]\w+)?\)"
    r"\s*[-–—―]+\s*"
)

# "— Tove Lind (@tovelind) March 3, 2024": an embedded post's credit, its author, handle and
# date, after the post's text (in the same paragraph, or alone in the next one). The date is
# asked for: narration may end on a name and a handle, an embed's credit never lacks it.
# (The lookahead first changes no match, but lets the engine skip to the dashes: twice as fast.)
_POST_CREDIT = re.compile(
    r"(?=[—–―-])(?:^|(?<=\s))[—–―-]{1,2}\s*[A-Z][^()\n]{0,60}?\s*(?P<tail>\(@\w{1,30}\)"
    r"\s*" + _MONTH + r"\s\d{1,2},?\s\d{4})\s*\.?\s*$"
)


def _post_credit(text: str) -> re.Match[str] | None:
    """_POST_CREDIT's match; a paragraph without "(@" (nearly all) is not scanned at all."""
    return _POST_CREDIT.search(text) if "(@" in text else None

# A live blog's time opening an entry: "14.32 GMT", "2:32pm", "Updated at 9.05am BST:". A
# clock needs its am/pm or its zone, else "3.50 dollars ..." would be one; a 24-hour clock
# with a colon ("22:41 Prime Minister ...") needs neither, when a capital opens the entry.
_ZONE = r"(?:GMT|BST|CET|CEST|EST|EDT|CST|CDT|PST|PDT|UTC|ET|PT)"
_TIMESTAMP = re.compile(
    r"\s*(?:Updated\s+(?:at\s+)?)?(?:\d{1,2}[.:]\d{2}"
    r"(?:\s?(?:am|pm|a\.m\.|p\.m\.)(?:\s" + _ZONE + r")?|\s" + _ZONE + r")"
    r"|(?:[01]\d|2[0-3]):[0-5]\d(?=\s+[—–-]?\s*[A-Z]))"
    r"(?![\w])\s*[:—–-]?\s*"
)


def blank_dateline(paragraph: int, text: str) -> str:
    """The paragraph with a dateline or a live blog's time opening it blanked (offsets kept).

    A post credit's handle and date are blanked too: "— Tove Lind (@tovelind) March 3, 2024"
    reads as the credit "— Tove Lind". None of them is ever a speaker or a part of a name.
    """
    credit = _post_credit(text)
    if credit is not None:
        start, end = credit.span("tail")
        text = text[:start] + " " * (end - start) + text[end:]
    timestamp = _TIMESTAMP.match(text)
    if timestamp is not None:
        return " " * timestamp.end() + text[timestamp.end() :]
    if paragraph >= DATELINE_REACH:
        return text
    match = _DATELINE.match(text) or _TITLED_DATELINE.match(text)
    if match is None or not text[match.end() :].strip():
        return text
    return " " * match.end() + text[match.end() :]


# "BELL: Secretary Lind, ..." in a transcript: the speaker's label opens the quote.
LABEL = re.compile(r"([A-Z][A-Z.'’ -]{1,30}[A-Z]):\s")
# The next speaker's label inside the same quote follows the end of a sentence.
_INNER_LABEL = re.compile(r"(?<=[.!?…]\s)" + LABEL.pattern)
# "Q: ..." and "A: ...": an interview's question and answer, at the start of a paragraph.
_TURN = re.compile(r"[\s\"“„«]*(?P<turn>[QA])\s?:\s")


class Turn(StrEnum):
    """Whose turn an interview paragraph is: the interviewer's or the interviewee's."""

    QUESTION = "Q"
    ANSWER = "A"


def interview_turn(text: str) -> Turn | None:
    """The interview turn a paragraph (or a quote) opens with, if any ("Q: ...", "A: ...")."""
    match = _TURN.match(text)
    return Turn(match["turn"]) if match else None


def turns(text: str, span: QuotedSpan) -> list[QuotedSpan]:
    """A quoted transcript cut into its speakers' turns, when the quote opens with a label.

    "MR. HALE: We will. SECRETARY DUNN: We won't." is two quotes, each starting at its label;
    a quote that opens with no label is left whole (its cue says who speaks). An interview's
    "A: " or "Q: " is left out of the words: it is layout, not speech.
    """
    span = _past_turn_letter(text, span)
    quoted = text[span.start : span.end]
    label = LABEL.match(quoted)
    if label is None:
        return [span]
    inner = _INNER_LABEL.finditer(quoted, label.end())
    bounds = [span.start, *(span.start + m.start() for m in inner)]
    if len(bounds) == 1:
        return [span]
    bounds.append(span.end)
    pieces = []
    for number, (start, end) in enumerate(pairwise(bounds)):
        first, last = number == 0, number == len(bounds) - 2
        end = len(text[:end].rstrip())
        pieces.append(
            replace(
                span,
                start=start,
                end=end,
                # The marks of a turn inside the quote are the spaces around it (masked).
                open_at=span.open_at if first else start - 1,
                close_at=span.close_at if last else end,
                closed=span.closed if last else True,
                continued=span.continued and first,
            )
        )
    return pieces


def _past_turn_letter(text: str, span: QuotedSpan) -> QuotedSpan:
    """The span without the "A: " or "Q: " it opens with, when words follow the letter."""
    letter = _TURN.match(text, span.start, span.end)
    words = text[letter.end() : span.end] if letter else ""
    if letter is None or not words.strip():
        return span
    return replace(span, start=letter.end() + _first_char(words))


def interviewee(cast: Cast, paragraph: int, previous: Person | None) -> Person | None:
    """Who answers an interview's questions (interview_sides.py): whom its intro frames as
    answering, else the person it names most; on a tie nobody; never the one who asks.

    The last subject or speaker before the first turn may be an object or a book's title
    ("defended X as a mainstream candidate", "her memoir, My Life: A Story, ..."), so it is
    taken only when the intro names no one.
    """
    turns = {at for at, raw in cast.raw_texts.items() if interview_turn(raw) is not None}
    return chosen_interviewee(cast, paragraph, previous, interview_sides(cast, paragraph, turns))


# "On taxes:", "The Economy:", "Asked about the port:": a lead-in of a few words.
LEAD_IN_WORDS = 6


def lead_in(text: str, span: QuotedSpan, cast: Cast) -> bool:
    """True for an excerpt list's item: a short topic, a colon, the quote and nothing after.

    The topic names no one the article named before: "Reyes: “...”" credits Reyes, while
    "Public Safety: “...”" is a topic, though it reads like a name.
    """
    if in_block(text, span):
        return True  # "Kerr wrote: ¶ I think … we should ask “who pays?”": her block's quote
    before = text[: span.open_at].strip()
    after = text[span.close_at + 1 :].strip() if span.closed else ""
    if not before.endswith(":") or after not in ("", ".") or len(before.split()) > LEAD_IN_WORDS:
        return False
    mention = read_mention(before[:-1])
    if mention is None or mention.kind != MentionKind.NAME or not mention.name:
        return True
    person = cast.find(mention.name)
    start = position(span.paragraph, 0)
    return not any(seen < start and named is person for seen, named in cast.named)


# --- layouts that quote without marks -----------------------------------------------------

# A transcript has turns by at least two speakers; one capitals heading ("UPDATE: ...") does
# not make one, nor does an interview with questions and no answers.
TRANSCRIPT_SPEAKERS = 2
_TURN_LETTERS = frozenset(turn.value for turn in Turn)
def unmarked_spans(paragraphs: tuple[str, ...], spans: list[QuotedSpan]) -> list[QuotedSpan]:
    """The quoted spans with the words layouts quote without marks added, in reading order."""
    marked = {span.paragraph for span in spans}
    added = _transcript_turns(paragraphs, marked) + _embedded_posts(paragraphs, marked)
    return sorted([*spans, *added], key=lambda s: (s.paragraph, s.start))


def _transcript_turns(paragraphs: tuple[str, ...], marked: set[int]) -> list[QuotedSpan]:
    """Unquoted paragraphs of a transcript ("LIND: ...") or of an interview's answers ("A:")."""
    labels: dict[int, str] = {}
    speakers: list[str] = []  # each turn's speaker by the label's last word: "TAPPER"
    several = False  # a paragraph holds turns of several speakers
    for index, text in enumerate(paragraphs):
        if index in marked:
            continue
        turn = interview_turn(text)
        match = LABEL.match(text, _first_char(text))
        if turn is not None:
            labels[index] = turn.value
        elif match is not None and match[1].casefold() not in HEADING_LABELS:
            labels[index] = match[1]
            # "MR. HALE: ... SECRETARY DUNN: ...": one paragraph may hold several turns.
            inner = [m[1] for m in _INNER_LABEL.finditer(text, match.end())]
            several = several or bool(inner)
            speakers += [label.split()[-1] for label in (match[1], *inner)]
    letters = list(labels.values())
    interview = set(letters) >= _TURN_LETTERS or letterless_interview(letters)
    spans = []
    for index, label in labels.items():
        if label == Turn.ANSWER.value and interview:
            # The turn's letter stands where a mark would: it opens the paragraph. An unquoted
            # question is left out: it is the interviewer's, whom no one names.
            spans.append(_whole(index, paragraphs[index], opening=True))
        elif label == Turn.QUESTION.value:
            spans += answer_lines(index, paragraphs[index])  # "Q: Why?\nA: Because ..."
        elif label not in _TURN_LETTERS and _dialogue(speakers, several=several):
            spans.append(_whole(index, paragraphs[index], opening=False))
    named = [i for i in surname_turns(paragraphs, marked) if i not in labels]  # "Cardoso: …"
    named += [i for i in full_name_turns(paragraphs, marked) if i not in labels and i not in named]
    return spans + [_whole(index, paragraphs[index], opening=False) for index in named]


def _dialogue(speakers: list[str], *, several: bool) -> bool:
    """True for the turns of a transcript: two speakers at least, and one who speaks again.

    Capitals before a colon in a few paragraphs may be places or topics ("LONDON: ...",
    "TAXES: ..."), each once; a transcript's speakers take turns.
    """
    distinct = set(speakers)
    return len(distinct) >= TRANSCRIPT_SPEAKERS and (several or len(speakers) > len(distinct))


def _embedded_posts(paragraphs: tuple[str, ...], marked: set[int]) -> list[QuotedSpan]:
    """An embedded post's text, before its credit line in the same or the next paragraph."""
    spans = []
    for index, text in enumerate(paragraphs):
        credit = _post_credit(text)
        if credit is None or index in marked:
            continue
        before = text[: credit.start()].rstrip()
        if before.strip():
            start = _post_start(before)
            spans.append(QuotedSpan(index, start, len(before), start - 1, len(before), True))
        elif index > 0 and index - 1 not in marked and paragraphs[index - 1].strip():
            post = paragraphs[index - 1]
            start, end = _post_start(post), len(post.rstrip())
            spans.append(QuotedSpan(index - 1, start, end, start - 1, end, True))
    return spans


def _post_start(text: str) -> int:
    """Where a post's words start: "BREAKING: ..." opens with a heading, no speaker's label."""
    start = _first_char(text)
    heading = LABEL.match(text, start)
    if heading and heading[1].casefold() in HEADING_LABELS and text[heading.end() :].strip():
        start = heading.end() + _first_char(text[heading.end() :])
    return start


def _whole(index: int, text: str, *, opening: bool) -> QuotedSpan:
    """A whole paragraph as a quoted span, its virtual marks just outside its words.

    An opening span counts as opening the paragraph, as a quote's mark would (an interview's
    turn); otherwise a quote without a speaker is never handed to the one who spoke before.
    """
    start, end = _first_char(text), len(text.rstrip())
    return QuotedSpan(index, start, end, start if opening else start - 1, end, True)


def _first_char(text: str) -> int:
    return len(text) - len(text.lstrip())

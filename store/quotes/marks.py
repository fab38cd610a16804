"""Finding the words between quotation marks, including quotes that run over paragraphs."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice

from store.quotes.lexicon import TITLE_MINOR_WORDS

# Which closing marks end a quote opened by each mark. Straight marks close curly ones and
# the reverse because pasted text mixes them; „ closes with “ in German-style typography.
_CLOSERS = {
    '"': '"”',
    "“": '”"“',
    "„": '“”"',
    "«": "»",
}
ADJACENT = 3  # characters between a closing mark and a cue that belongs to it: ‘,” he’
# Archive copy (old New York Times text) writes double marks as two apostrophes: ''so''.
DOUBLED = "''"
# A straight mark after a letter or digit closes nothing we opened: it is an inch sign or a
# typo, so it may only open a quote after a space, a bracket, a dash or the paragraph start.
# A straight mark before ">" closes a markup attribute (<post date="May 9">): it opens nothing.
_OPENING = re.compile(r"[“„«]|(?:(?<=^)|(?<=[ \t(\[{—–\-/:;,]))(?:\"(?!>)|''(?=\S))")
_CLOSING = {mark: re.compile("[" + re.escape(closers) + "]") for mark, closers in _CLOSERS.items()}
_CLOSING[DOUBLED] = re.compile(DOUBLED)
# A mark that opens a quote inside an open one, the same marks nesting ("… “no” …"): after a
# space or bracket and before a word, where a closing mark never stands. After a sentence's
# end it is rather the next quote, the closing mark before it forgotten ("… it. “There …").
_NESTED = re.compile(r"(?<![.!?]\s)(?<=[\s(\[])[“\"](?=\w)")
# British style quotes with single marks, curly or straight, read only in a paragraph without
# double ones: the closing mark is one no letter follows, so "don’t" and "Lavrov’s" stay
# inside, as does a plural's possessive, after an s and before a lower-case word ("the Texans’
# coach"). A mark before a digit or an elided word opens nothing ('80s, ‘til, ‘em, ‘cos), and
# a plural's possessive closes nothing ("since the ‘90s, said the players’ union": no quote).
# (The lookahead first changes no match, but lets the engine skip to the marks: 2x as fast.)
_ELIDED = r"(?!(?:\d|(?:til|em|n|cause|cos|tis|twas|bout)\b))"
_SINGLE = re.compile(
    r"(?=[‘'])(?:(?<=^)|(?<=[\s(\[—–\-:]))(?:"
    r"‘" + _ELIDED + r"((?:[^‘’\n]|’(?=\w)|(?<=s)’(?=\s+[a-z]))+)(?:(?<!s)’(?!\w)|’(?!\w|\s+[a-z]))"
    r"|'" + _ELIDED + r"((?:[^'\n]|'(?=\w)|(?<=s)'(?=\s+[a-z]))+)'(?!\w))"
)
# A closing mark that rather opens the next quote: after a sentence's end, before a word
# (“… revel in it. “There is …”), where the quote before forgot its own closing mark.
_REOPENING = re.compile(r"(?<=[.!?] )[“\"](?=\w)")
_DOUBLE_MARK_CHARS = "\"“”„«»"
_DOUBLE_MARKS = re.compile("[" + _DOUBLE_MARK_CHARS + "]|" + DOUBLED)
MIN_SINGLE_WORDS = 2
_TRIM = " \t,"
# The filler that hides quoted words from the attribution patterns, keeping offsets.
MASK = "\x01"


@dataclass(frozen=True)
class QuotedSpan:
    """The words between one pair of marks in one paragraph."""

    paragraph: int
    start: int  # first character inside the marks (leading spaces and commas trimmed)
    end: int  # one past the last character inside the marks
    open_at: int  # position of the opening mark
    close_at: int  # position of the closing mark; the paragraph length when left open
    closed: bool  # False when the quote runs on past the paragraph's end
    continued: bool = False  # True when it carries on a quote left open in the paragraph before


def quoted_spans(paragraphs: tuple[str, ...]) -> list[QuotedSpan]:
    """Every quoted span in the paragraphs, in reading order."""
    spans: list[QuotedSpan] = []
    left_open = False
    for index, text in enumerate(paragraphs):
        found = spans_in_paragraph(index, text)
        # A quote left open carries on only when the next paragraph opens with a mark.
        if left_open and found and found[0].open_at == _first_char(text):
            first = found[0]
            found[0] = QuotedSpan(
                first.paragraph, first.start, first.end, first.open_at, first.close_at,
                first.closed, continued=True,
            )
        spans.extend(found)
        left_open = bool(found) and not found[-1].closed
    return spans


def spans_in_paragraph(index: int, text: str) -> list[QuotedSpan]:
    """The quoted spans of one paragraph; a mark left open runs to the paragraph's end."""
    # Most paragraphs hold no mark at all: substring tests, cheaper than the two scans.
    marked = any(mark in text for mark in _DOUBLE_MARK_CHARS) or DOUBLED in text
    doubles = [m.start() for m in _DOUBLE_MARKS.finditer(text)] if marked else []
    if not doubles:
        return _single_quoted(index, text) if "‘" in text or "'" in text else []
    opens_single = "‘" in text[: doubles[0]] or "'" in text[: doubles[0]]
    singles = _single_quoted(index, text) if opens_single else []
    if singles and all(any(s.open_at < at < s.close_at for s in singles) for at in doubles):
        # British style nests double marks inside single ones: ‘He said “no”, and left.’
        return singles
    doubled = _double_quoted(index, text)
    return _with_curly_singles(index, text, doubled) if "‘" in text else doubled


def _with_curly_singles(index: int, text: str, doubled: list[QuotedSpan]) -> list[QuotedSpan]:
    """The double-marked spans and, in reading order, each curly single-marked one after a
    closed double span of its line: “We will appeal.” She added: ‘The port is ours.’ (a
    pasted quote kept its marks). Inside a double span a single pair is a quote within the
    quote; one in capitals or right before a double mark is a digest's headline (‘PORT SOLD’
    “…” [Post]); straight singles stay unread, as apostrophes make them."""
    outside = [
        single
        for single in _single_quoted(index, text)
        if text[single.open_at] == "‘"
        and any(_closed_before(d, single, text) for d in doubled)
        and not _headline(single, text)
        and not any(d.open_at <= single.open_at <= d.close_at for d in doubled)
        and not any(single.open_at <= d.open_at <= single.close_at for d in doubled)
    ]
    return sorted(doubled + outside, key=lambda span: span.open_at) if outside else doubled


def _headline(single: QuotedSpan, text: str) -> bool:
    """True for a single-marked span in capitals or with a double mark right after it."""
    after = text[single.close_at + 1 : single.close_at + 3].lstrip()
    return text[single.start : single.end].isupper() or after.startswith(tuple(_DOUBLE_MARK_CHARS))


def _closed_before(double: QuotedSpan, single: QuotedSpan, text: str) -> bool:
    """True when the double span closed before the single one opens, on the same line."""
    return double.closed and double.close_at < single.open_at and (
        "\n" not in text[double.close_at : single.open_at]
    )


def _double_quoted(index: int, text: str) -> list[QuotedSpan]:
    """The spans between double marks; a mark left open runs to the paragraph's end."""
    spans: list[QuotedSpan] = []
    position = 0
    while True:
        opening = _OPENING.search(text, position)
        if opening is None:
            return spans
        mark = opening.group()
        closing = _closing(text, mark, opening.end())
        closed = closing >= 0
        close_at = closing if closed else len(text)
        start, end = _trimmed(text, opening.end(), close_at)
        if end > start:
            spans.append(QuotedSpan(index, start, end, opening.start(), close_at, closed))
        if not closed:
            return spans
        # A mark that opens the next quote ends this one, its closing mark forgotten: the next
        # quote starts at that mark, not after it.
        reopens = _REOPENING.match(text, closing) is not None
        position = closing if reopens else closing + len(mark if mark == DOUBLED else " ")


def _single_quoted(index: int, text: str) -> list[QuotedSpan]:
    spans = []
    for match in _SINGLE.finditer(text):
        group = 1 if match.group(1) is not None else 2
        start, end = _trimmed(text, match.start(group), match.end(group))
        if len(text[start:end].split()) >= MIN_SINGLE_WORDS:
            spans.append(QuotedSpan(index, start, end, match.start(), match.end() - 1, True))
    return spans


def _straight_closing(text: str, after: int) -> int:
    """Where a straight mark's quote closes: curly pairs inside it are quotes within the
    quote ("Lind backed Kerr’s “Look at me” line and …), their closing mark none of its own;
    a closing curly mark no curly one opened closes it, as pasted text mixes them."""
    position = after
    while (match := _STRAIGHT_CLOSERS.search(text, position)) is not None:
        if match.group() != "“":
            return match.start()
        if not text[after : match.start()].strip():
            # A curly mark right after the straight one doubles it ("“You …,” Kerr said).
            position = match.end()
            continue
        inner = _CURLY_CLOSE.search(text, match.end())
        if inner is None:  # no curly pair: the next straight mark closes, as it always did
            straight = text.find('"', match.end())
            return straight
        position = inner.end()
    return -1


_STRAIGHT_CLOSERS = re.compile('["”“]')
_CURLY_CLOSE = re.compile("”")


def _closing(text: str, mark: str, after: int) -> int:
    """Where the quote opened by `mark` closes, quotes nested in the same marks skipped."""
    closer = _CLOSING[mark]
    match = closer.search(text, after)
    if match is None or mark == DOUBLED:
        return match.start() if match else -1
    if mark == '"' and "“" in text[after : match.start()]:
        return _straight_closing(text, after)  # curly quotes within a straight one
    position = match.start()
    while _NESTED.match(text, position):
        # “He told me, “no,” and left”: the inner pair is skipped as a whole, when a closing
        # mark follows it; else the mark was a closing one typed the wrong way round.
        inner = closer.search(text, position + 1)
        outer = closer.search(text, inner.end()) if inner else None
        if outer is None:
            return _stray_single(text, after, match.start())
        position = outer.start()
    return position


def _stray_single(text: str, after: int, before: int) -> int:
    """Where a quote with no closing mark of its own closes before `before`: at a single
    closing mark typed for the double one after a sentence's end (“We can win.’ Kerr was
    …), when no single mark opened inside it; else at `before`."""
    stray = _STRAY_SINGLE.search(text, after, before)
    if stray is None or "‘" in text[after : stray.start()]:
        return before
    return stray.start() + 1


# A single closing mark right after a sentence's end, a new sentence opening after it.
_STRAY_SINGLE = re.compile(r"[.!?]’(?=\s+[A-Z])")


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def _first_char(text: str) -> int:
    return len(text) - len(text.lstrip())


def masked(text: str, spans: list[QuotedSpan]) -> str:
    """The paragraph with each quote's inside replaced by MASK, so patterns see only narration."""
    if not spans:
        return text  # most paragraphs quote no one: nothing to copy
    if _apart(text, spans):
        return _masked_by_slices(text, spans)
    return _masked_by_chars(text, spans)


def _apart(text: str, spans: list[QuotedSpan]) -> bool:
    """Spans in order, none reaching into the next, no doubled apostrophe opening one: each
    is then masked on its own, a slice at a time (a list of characters costs twice that)."""
    end = 0
    for span in spans:
        if span.open_at < end or text.startswith(DOUBLED, span.open_at):
            return False
        end = max(span.close_at, span.open_at + 1)
    return True


def _masked_by_slices(text: str, spans: list[QuotedSpan]) -> str:
    pieces = []
    at = 0
    for span in spans:
        first, stop = span.open_at + 1, span.close_at  # the inside, as _masked_by_chars has it
        pieces.append(text[at:first])
        last = stop - 1
        if span.closed and first <= last and text[last] in ".!?":
            pieces.append(MASK * (last - first) + text[last])  # its closing full stop shown
        else:
            pieces.append(MASK * max(0, stop - first))
        at = max(at, stop, first)
    pieces.append(text[at:])
    return "".join(pieces)


def _masked_by_chars(text: str, spans: list[QuotedSpan]) -> str:
    chars = list(text)
    for span in spans:
        # A quote's closing full stop stays visible: narration needs it to see sentences end.
        last = span.close_at - 1
        keep = last if span.closed and text[last] in ".!?" else -1
        inside = range(span.open_at + 1, span.close_at)
        kept = chars[keep] if keep in inside else None
        # One slice, not a step per quoted character (quotes are a third of the text).
        chars[inside.start : inside.stop] = MASK * len(inside)
        if kept is not None:
            chars[keep] = kept
        if text.startswith(DOUBLED, span.open_at):
            # Narration reads two apostrophes as the one double mark they stand for.
            chars[span.open_at] = '"'
            if span.closed:
                chars[span.close_at : span.close_at + 2] = '" '
    return "".join(chars)


_TITLE_WORD = re.compile(r"[\w’'&-]+")
MAX_TITLE_WORDS = 10
_LABELLED = re.compile(r"[A-Z][A-Z.'’ -]{1,30}[A-Z]:\s")
# A sentence ending inside the marks and another beginning: "Like Oslo. Or Bergen" (a word
# in lower case before the stop, so that "Mrs. Lind" and "St. Olaf" end nothing).
_SENTENCE_INSIDE = re.compile(r"[a-z]{3,}\.\s+[A-Z]")


def looks_like_title(text: str) -> bool:
    """True for a quoted name of a work, show or event ("Meet the Press"), not someone's words.

    Titles capitalise every major word; speech capitalises only its first word and names, and
    a lone word or exclamation ("No!") is speech too.
    """
    if _LABELLED.match(text):
        return False  # "DUNN: No.": a transcript's turn, its speaker's label in capitals
    if _SENTENCE_INSIDE.search(text.rstrip()):
        return False  # two sentences are speech: a title names one thing
    # Words read only up to one past the limit: a long quote is not split to its end.
    words = [m[0] for m in islice(_TITLE_WORD.finditer(text), MAX_TITLE_WORDS + 1)]
    if len(words) < 2 or len(words) > MAX_TITLE_WORDS or text.rstrip()[-1:] in "!?":
        return False
    # "&" is no word: "Fast & Furious" is as titled as "Fast and Furious".
    major = [w for w in words if w.casefold() not in TITLE_MINOR_WORDS and w != "&"]
    return bool(major) and all(w[:1].isupper() or w[:1].isdigit() for w in major)

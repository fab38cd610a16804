"""Quote extraction measured on PolNeAR (real news with annotated quotes and speakers).

Reads the corpus from outside the repository (it may not be copied in), extracts every article
once and prints, for train, dev and both together: recall, speaker accuracy and end-to-end F1 on
direct quotes, a proxy for reported speech, the error counts, then how sure each way of
attributing is (per `Quote.how`, and by `Quote.confidence` bin), and articles/second of
extraction on one core.

    .venv/bin/python scripts/bench_quotes.py [PATH] [--split train|dev|all] [--show KIND]
        [--limit N] [--calibration-out FILE]

KIND is one of SHOW_KINDS (printed by --help). The definitions are printed in the output's
header (see HEADER), so that a figure never travels without what it measures.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))  # also when loaded from a test, not run

import reported_misses as rm  # noqa: E402  (scripts/, beside this file)

from store.models import Article, Attribution, QuoteKind  # noqa: E402
from store.quotes.extract import extract_quotes  # noqa: E402

DEFAULT = ROOT / ".." / "shared" / "eval" / "polnear" / "train_dev.jsonl"
NAMED_FROM = {"gold_span", "name_expansion"}
FOUND_SHARE = 0.8
CONFIDENT = 0.9
_WORD = re.compile(r"\w+")
_BLOCK = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*")
_NAME_TAIL = re.compile(r"\s*(?:,|\(| of | from | at | who ).*$", re.IGNORECASE)
# A gold speaker span that ran on into the next quote or a dash aside ('Kerr "We ..."',
# "Kerr — mentioned by ... —"): the name is what comes before.
_SPAN_OVERRUN = re.compile(r"\s*(?:[\"“”]| [—–-] ).*$")
# Speech words the annotators sometimes put in the speaker field, with the name in the cue
# field ("said" / "Jane Roe"): the two fields are swapped, and the cue is the speaker.
_SWAPPED_SPEAKER = re.compile(r"(?:said|says|asked|according to)\b", re.IGNORECASE)
_SUFFIX = {"jr", "sr", "ii", "iii", "iv"}
# "Renn himself" is known as Renn: a reflexive after a name is emphasis, never the name.
_REFLEXIVES = {"himself", "herself", "themselves", "itself"}
# Confidence bins, as (label, lowest confidence in the bin); a bin runs up to the next one.
BINS = (
    ("< 0.5", 0.0),
    ("0.5-0.7", 0.5),
    ("0.7-0.8", 0.7),
    ("0.8-0.9", 0.8),
    ("0.9-0.95", 0.9),
    (">= 0.95", 0.95),
)
# same(gold quote, predicted speaker), with the article's speakers table bound in.
Same = Callable[["Gold", str | None], bool]
GOALS = {
    "named": 0.95,
    "all": 0.94,
    "e2e": 0.93,
    "reported recall": 0.5,
    "reported precision": 0.9,
    "confident": 0.97,
}

HEADER = f"""\
PolNeAR quote benchmark. A gold quote is found when {FOUND_SHARE:.0%} of its words fall inside one
extracted quote; a speaker is right when it names the same person (same surname, a full name among
the gold span's roles, or a description the article's speakers table lists for it).
Gold speakers, by where the corpus got them:
  named          speaker_from gold_span / name_expansion and not a bare pronoun (README's "named")
  coref name     speaker_from corenlp_coref, but the annotated mention itself names the speaker
                 (a surname the coreference tool widened): as reliable as a named one
  coref pronoun  speaker_from corenlp_coref from a pronoun or a description: NOISY gold, the
                 tool is about 80 % right, so no extractor can score near 100 % here
  pronoun-resolved = coref name + coref pronoun (every corenlp_coref quote)
  all direct     = named + pronoun-resolved (bare unresolved pronouns and no-speaker gold unscored)
e2e (direct quotes, every gold speaker but the unscored):
  recall    = gold direct quotes found AND with the right speaker / gold direct quotes
  precision = extracted direct quotes matching a gold quote (80 % of the words either way, any
              type) whose speaker is right / extracted direct quotes, leaving out those whose
              only match is a gold quote with no comparable speaker
  (all precisions: an extracted quote that matches no gold quote is left out, unjudged, when
  the gold annotates no quote like it: in straight single marks or archive copy's doubled
  apostrophes, in curly single marks, without marks (a layout's turn: "A: ...", an embedded
  post), or in the title; each count is printed under "extracted")
Reported speech (a PROXY: the corpus annotates no unquoted statement):
  recall    = `mixed` gold fragments (quoted words inside a paraphrase, which is that speaker's
              reported speech) with {FOUND_SHARE:.0%} of their words inside one extracted indirect
              quote of the right speaker / mixed fragments with a comparable speaker
  precision = extracted indirect quotes whose speaker is the speaker of some gold quote (any
              type) in the same paragraph / indirect quotes in paragraphs holding a gold quote
              (the others cannot be judged and are counted apart). It errs both ways: a true
              statement of someone quoted nowhere in that paragraph counts wrong, a non-statement
              given to a person quoted there counts right. The looser figure asks only that the
              speaker be a gold speaker anywhere in the article; it judges every indirect quote
              but errs the same two ways (officials paraphrased and never quoted count wrong).
  The next two lines add direct quotes: a fragment wholly in marks (the marks hold its whole
  statement) counts found when its direct quote has the right speaker; then the same over
  plainly reported fragments only (a speech verb or "according to" in the sentence, >= 4 words).
Plainly reported, as indirect (the issue's own measure, on the statements it names):
  recall    = plainly reported mixed fragments inside one extracted INDIRECT quote of the right
              speaker / plainly reported mixed fragments with a comparable speaker (a statement
              found only as a direct quote does not count here)
  precision = extracted indirect quotes holding a plainly reported fragment whose speaker is
              that fragment's / indirect quotes holding one. Judged by the gold's own speaker,
              not the paragraph; it sees only statements that quote some words.
  inside the writer's paraphrase only: the same two, leaving out fragments laid out as a
              direct quote (their mark opens the sentence, follows a comma or colon, or follows
              the cue: "“…,” Kerr said", "Kerr said that “…”"), whose statement is the direct
              quote itself and which no indirect quote can hold
Calibration: extracted quotes with a speaker, judged against the gold quote they match (direct)
or by the paragraph proxy (indirect); "clean" gold = named + coref name, "pronoun gold" = coref
pronoun (noisy)."""


class GoldClass(StrEnum):
    """Where a gold quote's speaker comes from, which says how far it can be trusted."""

    NAMED = "named"
    COREF_NAME = "coref name"
    COREF_PRONOUN = "coref pronoun"
    UNSCORED = "unscored"  # a bare "he" left unresolved, or no speaker at all


CLEAN = {GoldClass.NAMED, GoldClass.COREF_NAME}
COREF = {GoldClass.COREF_NAME, GoldClass.COREF_PRONOUN}
SCORED = CLEAN | {GoldClass.COREF_PRONOUN}
# The error kind's prefix for each gold class ("wrong speaker", "coref wrong speaker", ...).
_PREFIX = {GoldClass.NAMED: "", GoldClass.COREF_NAME: "coref ", GoldClass.COREF_PRONOUN: "pronoun "}
SHOW_KINDS = (
    "missed",
    "partial",
    *(f"{prefix}{kind}" for prefix in _PREFIX.values() for kind in ("wrong speaker", "no speaker")),
    "false positive",
    "unjudged marks",
    "reported missed",
    "reported wrong speaker",
    "confident wrong",
)


@dataclass(frozen=True)
class Gold:
    """One annotated quote, with its offsets in the article text and the words it spans."""

    start: int
    end: int
    speaker: str
    cls: GoldClass
    type: str
    block: int  # 0 for the title, then 1 + the paragraph's index
    words: tuple[int, int]  # indexes into Doc.words: [first, last)
    mention: str = ""  # the annotated speaker mention, as written in the text
    cue: str = ""  # the annotated cue words


@dataclass(frozen=True)
class Doc:
    """One corpus article, parsed into our Article with each block's offset in the text."""

    doc_id: str
    split: str
    text: str
    article: Article
    offsets: tuple[int, ...]  # offset of the title, then of each paragraph
    starts: tuple[int, ...]  # where each word of the text starts
    ends: tuple[int, ...]  # and ends
    gold: tuple[Gold, ...]

    def word_range(self, start: int, end: int) -> tuple[int, int]:
        return word_range(self.starts, self.ends, start, end)


def word_range(
    starts: tuple[int, ...], ends: tuple[int, ...], start: int, end: int
) -> tuple[int, int]:
    """The words lying wholly inside [start, end), as indexes [first, last)."""
    first = bisect_left(starts, start)
    return first, max(first, bisect_right(ends, end))


@dataclass(frozen=True)
class Extracted:
    """One extracted quote, in the corpus text's offsets, with how it was attributed."""

    kind: str
    start: int
    end: int
    block: int
    words: tuple[int, int]
    speaker: str | None
    how: str | None
    confidence: float | None
    # In straight single marks or archive copy's doubled apostrophes: the gold annotates no
    # quote so marked, so when it matches none it is unjudged rather than a false positive.
    unannotated_marks: bool = False
    # Why the gold annotates no quote like it (a key of UNANNOTATED), when it annotates none.
    unannotated_why: str = ""


@dataclass(frozen=True)
class GoldResult:
    """What extraction made of one gold quote."""

    gold: Gold
    share: float  # of its words inside the best extracted direct quote
    predicted: str | None  # that quote's speaker
    right: bool
    strict: bool  # right by surname alone, without the speakers table's descriptions
    reported: bool  # inside an extracted indirect quote with the right speaker
    in_indirect: bool  # inside an extracted indirect quote, any speaker
    best: Extracted | None = None  # the extracted direct quote holding most of its words
    # Every extracted indirect quote holding FOUND_SHARE of its words, with whether its
    # speaker is the gold's: the plainly reported lines' recall and precision read these.
    holders: tuple[tuple[Extracted, bool], ...] = ()


@dataclass(frozen=True)
class Judged:
    """One extracted quote and, when the gold allows, whether its speaker is right."""

    quote: Extracted
    matched: bool  # a direct quote matching some gold quote
    basis: GoldClass | None  # the class of gold it was judged against; None when unjudged
    right: bool
    gold_speaker: str = ""
    gold_type: str = ""  # of the gold quote it was judged against: direct or mixed
    # Indirect quotes: the speaker is a gold speaker somewhere in the article.
    quoted_in_article: bool = False
    gold: Gold | None = None  # direct quotes: the gold quote it was judged against


@dataclass
class DocResult:
    doc: Doc
    golds: list[GoldResult]
    judged: list[Judged]


@dataclass
class Rate:
    """A share, printed with its counts."""

    hit: int = 0
    total: int = 0

    def add(self, hit: bool) -> None:
        self.hit += hit
        self.total += 1

    @property
    def value(self) -> float:
        return self.hit / self.total if self.total else 0.0

    def __str__(self) -> str:
        return f"{self.value:6.1%} ({self.hit}/{self.total})" if self.total else "     - (0/0)"


# ---------------------------------------------------------------------------------- loading


def load_docs(path: Path, split: str | None) -> list[Doc]:
    """Every article of the corpus file (of one split when asked), ready for extraction."""
    docs = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if split in (None, "all", record["split"]):
                docs.append(to_doc(record))
    return docs


def to_doc(record: dict[str, object]) -> Doc:
    """A corpus record as an Article whose blocks keep their offsets in the original text."""
    text = str(record["text"])
    blocks = [(m.start(), m.group()) for m in _BLOCK.finditer(text) if m.group().strip()]
    # Newlines inside a block become spaces so that offsets stay the same.
    (title_at, title), *body = [(at, block.replace("\n", " ")) for at, block in blocks]
    article = Article(title=title, paragraphs=tuple(block for _, block in body))
    offsets = (title_at, *(at for at, _ in body))
    spans = [m.span() for m in _WORD.finditer(text)]
    starts, ends = tuple(s for s, _ in spans), tuple(e for _, e in spans)
    quotes: list[dict[str, object]] = record["quotes"]  # type: ignore[assignment]
    gold = tuple(to_gold(offsets, starts, ends, q) for q in quotes)
    return Doc(
        str(record["doc_id"]), str(record["split"]), text, article, offsets, starts, ends, gold
    )


def to_gold(
    offsets: tuple[int, ...],
    starts: tuple[int, ...],
    ends: tuple[int, ...],
    quote: dict[str, object],
) -> Gold:
    start, end = int(quote["start"]), int(quote["end"])  # type: ignore[call-overload]
    speaker, mention, pronoun = gold_speaker(quote)
    return Gold(
        start,
        end,
        speaker,
        gold_class(speaker, mention, str(quote["speaker_from"]), pronoun),
        str(quote["type"]),
        bisect_right(offsets, start) - 1,
        word_range(starts, ends, start, end),
        mention,
        str(quote.get("cue") or ""),
    )


def gold_speaker(quote: dict[str, object]) -> tuple[str, str, bool]:
    """The gold (speaker, mention, is a pronoun), mending two annotation slips: fields swapped
    (speaker "said", cue "Jane Roe") and a span run on past the name ('Roe "We ..."')."""
    speaker = str(quote["speaker"] or "")
    mention = str(quote["speaker_mention"] or "")
    pronoun = bool(quote["speaker_is_pronoun"])
    cue = str(quote.get("cue") or "").strip()
    if _SWAPPED_SPEAKER.match(speaker) and speaker == mention and cue:
        speaker = mention = cue
        pronoun = cue.casefold() in GOLD_PRONOUNS
    trimmed = _SPAN_OVERRUN.sub("", speaker)
    owned = _OWNED_WORDS.match(trimmed)
    # "Hoff’s letter", "Kerr's words": the words are the owner's, the owner the speaker.
    return (owned["owner"] if owned else trimmed or speaker), mention, pronoun


_OWNED_WORDS = re.compile(
    r"(?P<owner>[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,3})[’']s? (?:letter|statement|words|post|tweet"
    r"|email|memo|column|op-ed|remarks|speech)$"
)
GOLD_PRONOUNS = frozenset("he she they we i it him her them".split())


def gold_class(speaker: str, mention: str, source: str, pronoun: bool) -> GoldClass:
    if not speaker or pronoun or source == "none":
        return GoldClass.UNSCORED
    if source in NAMED_FROM:
        return GoldClass.NAMED
    # "Lind" widened to "Tom Lind" is still the annotators' name; "he" is the tool's guess.
    if surname(speaker) in _WORD.findall(mention.casefold()):
        return GoldClass.COREF_NAME
    return GoldClass.COREF_PRONOUN


# ---------------------------------------------------------------------------------- matching


def surname(name: str) -> str:
    """The word a person is known by: the last word of the name, before any ", of ..." tail."""
    # A number is never a name: "Isaiah 45:1" is known as Isaiah.
    words = [
        w
        for w in _WORD.findall(_NAME_TAIL.sub("", name).casefold())
        if w not in _SUFFIX and w not in _REFLEXIVES and not w.isdigit()
    ]
    return words[-1] if words else ""


def same_speaker(
    gold: str,
    predicted: str | None,
    aliases: dict[str, set[str]],
    persons: frozenset[str] = frozenset(),
) -> bool:
    """True when the predicted speaker names the same person as the gold one.

    A gold speaker that is a description ("the Florida senator") matches when the article's
    speakers table lists it among the predicted speaker's names.
    """
    if not predicted:
        return False
    if surname(gold) == surname(predicted) or gold.casefold() in predicted.casefold():
        return True
    # "Orme's business manager, Dale Whitby,": a person's full name among the roles.
    if (
        predicted in persons
        and " " in predicted
        and f" {predicted.casefold()}" in f" {gold.casefold()}"
    ):
        return True
    return gold.casefold().strip() in aliases.get(predicted, set())


def headed_by(mention: str, predicted: str | None, persons: frozenset[str]) -> bool:
    """True when the gold mention's head is the predicted person's full name, whatever the
    gold speaker was normalised to: "Jo Ames of the firm Acme" is Jo Ames, not Acme.

    Strict: a full proper name that must end the mention once its ", ..." / " of ..." tail
    is cut, so "Jo Ames's spokesman Bo Dorn" is never Jo Ames.
    """
    if not predicted or predicted not in persons or " " not in predicted:
        return False
    if not all(word[:1].isupper() for word in predicted.split()):
        return False  # a description ("the officer") is judged by the speakers table alone
    head = f" {_NAME_TAIL.sub('', mention).casefold().strip()}"
    return head.endswith(f" {predicted.casefold()}")


def share(words: tuple[int, int], inside: tuple[int, int]) -> float:
    """The share of the words [first, last) that also lie in the range `inside`."""
    size = words[1] - words[0]
    if size <= 0:
        return 0.0
    return max(0, min(words[1], inside[1]) - max(words[0], inside[0])) / size


def extracted(doc: Doc, attribution: Attribution) -> list[Extracted]:
    """Every extracted quote in the corpus text's offsets."""
    result = []
    for quote in attribution.quotes:
        block = 0 if quote.paragraph is None else quote.paragraph + 1
        start, end = doc.offsets[block] + quote.start, doc.offsets[block] + quote.end
        how = getattr(quote, "how", None)
        confidence = getattr(quote, "confidence", None)
        result.append(
            Extracted(
                str(quote.kind),
                start,
                end,
                block,
                doc.word_range(start, end),
                quote.speaker,
                None if how is None else str(how),
                None if confidence is None else float(confidence),
                bool(unannotated(doc.text, start, block)),
                unannotated(doc.text, start, block),
            )
        )
    return result


UNANNOTATED_MARKS = ("'", "''")
# Why the gold can hold no quote like an extracted one: every gold quote of the corpus opens
# with “ or " and lies in the body. The first reason keeps its original printed name.
UNANNOTATED = {
    "marks the gold never annotates": UNANNOTATED_MARKS,
    "curly single marks": ("‘",),
    "no marks (a layout's turn)": ("",),
}
TITLE_UNANNOTATED = "in the title"


def unannotated(text: str, start: int, block: int) -> str:
    """Why the gold annotates no quote like the one starting here, or "" when it may."""
    if block == 0:
        return TITLE_UNANNOTATED
    mark = opening_mark(text, start)
    return next((why for why, marks in UNANNOTATED.items() if mark in marks), "")


def opening_mark(text: str, start: int) -> str:
    """The quote mark just before a quote's first word: "''", "'", "“", ... or ""."""
    before = text[:start].rstrip(" ")
    if before.endswith("''"):
        return "''"
    return before[-1:] if before[-1:] in "'\"“‘„«" else ""


# ---------------------------------------------------------------------------------- scoring


def score(doc: Doc, attribution: Attribution) -> DocResult:
    """One article's gold quotes and extractions, each judged."""
    quotes = extracted(doc, attribution)
    aliases = {s.name: {n.casefold() for n in s.names} for s in attribution.speakers}
    persons = frozenset(s.name for s in attribution.speakers if s.kind == "person")

    def same(gold: Gold, predicted: str | None) -> bool:
        return same_speaker(gold.speaker, predicted, aliases, persons) or headed_by(
            gold.mention, predicted, persons
        )

    direct = [q for q in quotes if q.kind == QuoteKind.DIRECT]
    indirect = [q for q in quotes if q.kind == QuoteKind.INDIRECT]
    golds = [judge_gold(gold, direct, indirect, same) for gold in doc.gold]
    judged = [judge_direct(doc, q, same) for q in direct] + [
        judge_indirect(doc, q, same) for q in indirect
    ]
    return DocResult(doc, golds, judged)


def judge_gold(
    gold: Gold, direct: list[Extracted], indirect: list[Extracted], same: Same
) -> GoldResult:
    best = max(direct, key=lambda q: share(gold.words, q.words), default=None)
    found = share(gold.words, best.words) if best else 0.0
    predicted = best.speaker if best and found else None
    around = [q for q in indirect if share(gold.words, q.words) >= FOUND_SHARE]
    return GoldResult(
        gold,
        found,
        predicted,
        same(gold, predicted),
        same_speaker(gold.speaker, predicted, {}),
        any(same(gold, q.speaker) for q in around),
        bool(around),
        best if found else None,
        tuple((q, same(gold, q.speaker)) for q in around),
    )


def judge_direct(doc: Doc, quote: Extracted, same: Same) -> Judged:
    """A direct quote, judged against the gold quote it matches best whose speaker can be compared."""
    matches = [
        (max(share(g.words, quote.words), share(quote.words, g.words)), g)
        for g in doc.gold
        if share(g.words, quote.words) >= FOUND_SHARE or share(quote.words, g.words) >= FOUND_SHARE
    ]
    scored = [(s, g) for s, g in matches if g.cls in SCORED]
    if not scored:
        return Judged(quote, bool(matches), None, False)
    gold = max(scored, key=lambda pair: pair[0])[1]
    return Judged(
        quote, True, gold.cls, same(gold, quote.speaker), gold.speaker, gold.type, gold=gold
    )


def judge_indirect(doc: Doc, quote: Extracted, same: Same) -> Judged:
    """An indirect quote, judged by the paragraph proxy: is its speaker quoted there?"""
    scored = [g for g in doc.gold if g.cls in SCORED]
    anywhere = any(same(g, quote.speaker) for g in scored)
    near = [g for g in scored if g.block == quote.block]
    if not near:
        return Judged(quote, False, None, False, quoted_in_article=anywhere)
    right = [g for g in near if same(g, quote.speaker)]
    basis = min((g.cls for g in right or near), key=list(GoldClass).index)
    speakers = " / ".join(sorted({g.speaker for g in near}))
    return Judged(quote, False, basis, bool(right), speakers, quoted_in_article=anywhere)


# ---------------------------------------------------------------------------------- figures


@dataclass
class Figures:
    """Everything printed for one set of articles."""

    recall: dict[str, Rate] = field(default_factory=dict)
    accuracy: dict[str, Rate] = field(default_factory=dict)
    strict: dict[str, Rate] = field(default_factory=dict)
    e2e_recall: Rate = field(default_factory=Rate)
    e2e_precision: Rate = field(default_factory=Rate)
    e2e_attributed: Rate = field(default_factory=Rate)  # the same, quotes with a speaker only
    e2e_direct_only: Rate = field(default_factory=Rate)  # the same, matches of mixed gold left out
    any_precision: Rate = field(default_factory=Rate)
    reported_recall: Rate = field(default_factory=Rate)
    reported_any: Rate = field(default_factory=Rate)
    reported_precision: Rate = field(default_factory=Rate)
    reported_unjudged: int = 0
    reported_in_article: Rate = field(default_factory=Rate)
    extracted: Counter[str] = field(default_factory=Counter)


def direct_rows(cls: GoldClass) -> list[str]:
    """The printed rows a gold direct quote of this class counts in."""
    rows = [cls.value]
    if cls in COREF:
        rows.append("pronoun-resolved")
    if cls in SCORED:
        rows.append("all direct")
    return rows


def figures(results: list[DocResult]) -> Figures:
    fig = Figures()
    for result in results:
        for g in result.golds:
            add_gold(fig, g)
        for j in result.judged:
            add_judged(fig, j)
    return fig


def add_gold(fig: Figures, g: GoldResult) -> None:
    found = g.share >= FOUND_SHARE
    rows = direct_rows(g.gold.cls) if g.gold.type == "direct" else ["mixed"]
    for row in rows:
        fig.recall.setdefault(row, Rate()).add(found)
        if found and g.gold.cls in SCORED:
            fig.accuracy.setdefault(row, Rate()).add(g.right)
            fig.strict.setdefault(row, Rate()).add(g.strict)
    if g.gold.type == "direct" and g.gold.cls in SCORED:
        fig.e2e_recall.add(found and g.right)
    if g.gold.type == "mixed" and g.gold.cls in SCORED:
        fig.reported_recall.add(g.reported)
        fig.reported_any.add(g.in_indirect)


def add_judged(fig: Figures, j: Judged) -> None:
    fig.extracted[j.quote.kind] += 1
    if j.quote.kind == QuoteKind.DIRECT:
        fig.extracted["direct without speaker"] += not j.quote.speaker
        if j.quote.unannotated_marks and not j.matched:
            fig.extracted[f"direct, unjudged: {j.quote.unannotated_why}"] += 1
            return
        fig.any_precision.add(j.matched)
        if j.basis is not None or not j.matched:
            fig.e2e_precision.add(j.right)
            if j.quote.speaker:
                fig.e2e_attributed.add(j.right)
            if j.gold_type != "mixed":
                fig.e2e_direct_only.add(j.right)
    elif j.basis is None:
        fig.reported_unjudged += 1
        fig.reported_in_article.add(j.quoted_in_article)
    else:
        fig.reported_precision.add(j.right)
        fig.reported_in_article.add(j.quoted_in_article)


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def goal(value: float, key: str) -> str:
    target = GOALS[key]
    return f"goal >= {target:.0%}: {'met' if value >= target else 'short'}"


def print_figures(fig: Figures) -> None:
    labels = {
        "named": ("named", "named"),
        "pronoun-resolved": ("pronoun-resolved (noisy gold)", None),
        "coref name": ("  of which coref name", None),
        "coref pronoun": ("  of which coref pronoun (~80 % gold)", None),
        "all direct": ("all direct", "all"),
        "unscored": ("unscored gold (recall only)", None),
        "mixed": ("mixed fragments, as direct", None),
    }
    print(f"{'':<38} {'recall':<20} {'speaker accuracy':<20} by surname alone")
    for row, (label, key) in labels.items():
        if row not in fig.recall:
            continue
        accuracy = fig.accuracy.get(row, Rate())
        strict = f"{fig.strict[row].value:6.1%}" if row in fig.strict else "     -"
        target = f"   {goal(accuracy.value, key)}" if key else ""
        print(f"{label:<38} {fig.recall[row]!s:<20} {accuracy!s:<20} {strict}{target}")
    e2e = f1(fig.e2e_precision.value, fig.e2e_recall.value)
    print(
        f"{'e2e direct':<38} recall {fig.e2e_recall}  precision {fig.e2e_precision}  "
        f"F1 {e2e:.3f}   {goal(e2e, 'e2e')}"
    )
    print(
        f"{'':<38} precision over quotes with a speaker {fig.e2e_attributed}; "
        f"leaving out matches of mixed gold {fig.e2e_direct_only}"
    )
    print(f"{'precision, any gold match (direct)':<38} {fig.any_precision}")
    recall, precision = fig.reported_recall, fig.reported_precision
    print(
        f"{'reported speech (proxy)':<38} recall {recall}   {goal(recall.value, 'reported recall')}"
    )
    print(f"{'':<38} precision {precision}   {goal(precision.value, 'reported precision')}")
    print(f"{'':<38} looser precision, speaker quoted in the article: {fig.reported_in_article}")
    print(f"{'':<38} mixed fragments inside an indirect quote, any speaker: {fig.reported_any}")
    print(f"{'':<38} indirect quotes unjudged by paragraph: {fig.reported_unjudged}")
    print(f"{'extracted':<38} {dict(fig.extracted)}")


# ---------------------------------------------------------------------------------- errors


def errors(results: list[DocResult]) -> Iterator[tuple[str, Doc, int, int, str]]:
    """Every error as (kind, article, start, end, note), in SHOW_KINDS' kinds."""
    for result in results:
        doc = result.doc
        for g in result.golds:
            kind = gold_error(g)
            if kind:
                yield (
                    kind,
                    doc,
                    g.gold.start,
                    g.gold.end,
                    f"gold={g.gold.speaker!r} got={g.predicted!r}",
                )
        for j in result.judged:
            q = j.quote
            about = (
                f"how={q.how} confidence={q.confidence} gold={j.gold_speaker!r} got={q.speaker!r}"
            )
            for kind in judged_errors(j):
                yield kind, doc, q.start, q.end, about


def gold_error(g: GoldResult) -> str | None:
    cls = g.gold.cls
    if g.gold.type == "mixed":
        return "reported missed" if cls in SCORED and not g.reported else None
    if g.share < FOUND_SHARE:
        return ("partial" if g.share else "missed") if cls is GoldClass.NAMED else None
    if cls not in SCORED or g.right:
        return None
    return _PREFIX[cls] + ("wrong speaker" if g.predicted else "no speaker")


def judged_errors(j: Judged) -> Iterable[str]:
    if j.quote.kind == QuoteKind.DIRECT and not j.matched:
        yield "unjudged marks" if j.quote.unannotated_marks else "false positive"
    if j.quote.kind == QuoteKind.INDIRECT and j.basis is not None and not j.right:
        yield "reported wrong speaker"
    confident = j.quote.confidence is not None and j.quote.confidence >= CONFIDENT
    if confident and j.quote.speaker and j.basis in CLEAN and not j.right:
        yield "confident wrong"


def reported_misses(results: list[DocResult]) -> list[rm.Miss]:
    """Every `mixed` fragment missed by reported speech, in its paragraph, for --show-reported."""
    misses = []
    for result in results:
        doc = result.doc
        indirect = [j.quote for j in result.judged if j.quote.kind == QuoteKind.INDIRECT]
        for g in result.golds:
            if g.gold.type != "mixed" or g.gold.cls not in SCORED or g.reported:
                continue
            block = g.gold.block
            at = doc.offsets[block]
            text = doc.text[at : doc.offsets[block + 1] if block + 1 < len(doc.offsets) else None]
            text = text.rstrip().replace("\n", " ")
            mine = [q for q in indirect if q.block == block]
            partly = any(share(g.gold.words, q.words) > 0 for q in mine)
            sentence = rm.sentence_of(text, g.gold.start - at, g.gold.end - at)
            spans = [(q.start - at, q.end - at, q.speaker or "?") for q in mine]
            before = doc.text[doc.offsets[block - 1] : at].strip()[-160:] if block > 1 else ""
            misses.append(
                rm.Miss(
                    doc.doc_id,
                    g.gold.speaker,
                    g.gold.start,
                    g.gold.end,
                    block,
                    rm.why(
                        sentence,
                        text[: g.gold.start - at],
                        text[g.gold.start - at : g.gold.end - at],
                        partly,
                        g.in_indirect,
                    ),
                    rm.mark(text, (g.gold.start - at, g.gold.end - at), spans),
                    before.replace("\n", " "),
                )
            )
    return misses


def reported_fairer(results: list[DocResult]) -> tuple[Rate, Rate]:
    """Two readings of the reported-speech recall beside the proxy's own (printed under it):
    a mixed fragment wholly in marks (see rm.wholly_quoted) counts found when the direct quote
    holding it has the right speaker; and the same over plainly reported fragments only."""
    fair, plain = Rate(), Rate()
    for result in results:
        doc = result.doc
        for g in result.golds:
            if g.gold.type != "mixed" or g.gold.cls not in SCORED:
                continue
            before, _, after = fragment_in_paragraph(doc, g.gold)
            whole = rm.wholly_quoted(before, after) and g.share >= FOUND_SHARE and g.right
            fair.add(g.reported or whole)
            if plain_fragment(doc, g.gold):
                plain.add(g.reported or whole)
    return fair, plain


def fragment_in_paragraph(doc: Doc, gold: Gold) -> tuple[str, str, str]:
    """A gold fragment's paragraph, cut into the words before it, it, and the words after."""
    at = doc.offsets[gold.block]
    text = doc.text[at : gold.end + 400].split("\n")[0]
    start, end = gold.start - at, gold.end - at
    return text[:start], text[start:end], text[end:]


def plain_fragment(doc: Doc, gold: Gold) -> bool:
    """True for a mixed fragment of a plainly reported statement (rm.plainly_reported)."""
    before, fragment, after = fragment_in_paragraph(doc, gold)
    sentence = rm.sentence_of(before + fragment + after, len(before), len(before) + len(fragment))
    return rm.plainly_reported(sentence, fragment)


@dataclass
class PlainReported:
    """The issue's own measure of reported speech, on plainly reported statements (a cue in
    the sentence, four words or more) only, found as INDIRECT quotes (never as direct ones)."""

    recall: Rate = field(default_factory=Rate)  # fragments inside an indirect quote of theirs
    precision: Rate = field(default_factory=Rate)  # indirect quotes holding one: right speaker
    # The same two over fragments inside the writer's paraphrase only, leaving out those laid
    # out as a direct quote (rm.laid_out_as_direct), which no indirect quote can hold.
    paraphrased_recall: Rate = field(default_factory=Rate)
    paraphrased_precision: Rate = field(default_factory=Rate)


def plain_reported(results: list[DocResult]) -> PlainReported:
    """Recall: plainly reported mixed fragments inside an extracted indirect quote of the
    right speaker. Precision: extracted indirect quotes holding a plainly reported fragment
    whose speaker is that fragment's. The gold fragment's own speaker judges them, which is
    far surer than the paragraph proxy, but only over statements with quoted words in them."""
    out = PlainReported()
    for result in results:
        held: dict[tuple[int, int], bool] = {}
        paraphrased: dict[tuple[int, int], bool] = {}
        for g in result.golds:
            if g.gold.type != "mixed" or g.gold.cls not in SCORED:
                continue
            if not plain_fragment(result.doc, g.gold):
                continue
            out.recall.add(g.reported)
            inside = not rm.laid_out_as_direct(fragment_in_paragraph(result.doc, g.gold)[0])
            if inside:
                out.paraphrased_recall.add(g.reported)
            for quote, right in g.holders:
                key = (quote.start, quote.end)
                held[key] = held.get(key, False) or right
                if inside:
                    paraphrased[key] = paraphrased.get(key, False) or right
        for right in held.values():
            out.precision.add(right)
        for right in paraphrased.values():
            out.paraphrased_precision.add(right)
    return out


def print_errors(results: list[DocResult], show: str | None, limit: int) -> None:
    counts: Counter[str] = Counter()
    shown = 0
    for kind, doc, start, end, about in errors(results):
        counts[kind] += 1
        if kind == show and shown < limit:
            shown += 1
            context = doc.text[max(0, start - 200) : end + 120].replace("\n", " ¶ ")
            print(f"[{doc.doc_id}] {about}\n    ...{context}...")
    print("errors:", dict(counts.most_common()))


# Gold-quote error kinds --show-errors dumps; "named" is both kinds of named gold.
GOLD_ERROR_KINDS = (
    "named",
    *(f"{prefix}{kind}" for prefix in _PREFIX.values() for kind in ("wrong speaker", "no speaker")),
)


def gold_errors(results: list[DocResult], kind: str) -> Iterator[tuple[Doc, GoldResult]]:
    """Every gold quote whose error is `kind` ("named": wrong or no speaker on named gold)."""
    wanted = {"wrong speaker", "no speaker"} if kind == "named" else {kind}
    for result in results:
        for g in result.golds:
            if gold_error(g) in wanted:
                yield result.doc, g


def block_text(doc: Doc, block: int) -> str:
    """The title (block 0) or one paragraph of the corpus text."""
    if not 0 <= block < len(doc.offsets):
        return ""
    start = doc.offsets[block]
    end = doc.offsets[block + 1] if block + 1 < len(doc.offsets) else len(doc.text)
    return doc.text[start:end].strip()


def describe_gold_error(doc: Doc, g: GoldResult) -> str:
    """One named-gold error for reading: the paragraph before, the quote's paragraph (the gold
    quote in ⟦ ⟧), the gold speaker with its mention and cue, and ours with its how."""
    gold, best = g.gold, g.best
    start = doc.offsets[gold.block]
    para = block_text(doc, gold.block)
    lead = len(doc.text[start:]) - len(doc.text[start:].lstrip())
    at, to = gold.start - start - lead, gold.end - start - lead
    marked = f"{para[:at]}⟦{para[at:to]}⟧{para[to:]}"
    ours = (
        f"got={g.predicted!r} how={best.how} confidence={best.confidence}" if best else "got=None"
    )
    return (
        f"[{doc.doc_id}] {gold_error(g)}: gold={gold.speaker!r} mention={gold.mention!r}"
        f" cue={gold.cue!r} | {ours}\n"
        f"    before: {block_text(doc, gold.block - 1)[-300:]}\n"
        f"    para:   {marked}\n"
    )


def print_gold_errors(results: list[DocResult], kind: str, limit: int) -> None:
    for shown, (doc, g) in enumerate(gold_errors(results, kind)):
        if shown >= limit:
            break
        print(describe_gold_error(doc, g))


# ---------------------------------------------------------------------------------- e2e misses

E2E_KINDS = ("no speaker", "false positive", "wrong speaker", "all")


def e2e_miss(j: Judged) -> str | None:
    """Why an extracted direct quote counts wrong in e2e precision, as "kind/gold type"."""
    q = j.quote
    if q.kind != QuoteKind.DIRECT or j.right or (q.unannotated_marks and not j.matched):
        return None
    if j.matched and j.basis is None:
        return None  # its only match has no comparable speaker: left out of precision
    kind = "no speaker" if not q.speaker else "wrong speaker" if j.matched else "false positive"
    return f"{kind}/{j.gold_type or 'no gold'}"


def print_e2e(results: list[DocResult], show: str, limit: int) -> None:
    """The direct quotes e2e precision counts wrong, tallied, with examples of one kind."""
    counts: Counter[str] = Counter()
    causes: Counter[str] = Counter()
    shown = 0
    for result in results:
        for j in result.judged:
            miss = e2e_miss(j)
            if miss is None:
                continue
            counts[miss] += 1
            causes[e2e_cause(j, miss, result.doc.text)] += 1
            if (show == "all" or miss.startswith(show + "/")) and shown < limit:
                shown += 1
                q, text = j.quote, result.doc.text
                print(
                    f"[{result.doc.doc_id}] {miss} how={q.how} got={q.speaker!r} "
                    f"gold={j.gold_speaker!r}\n    ...{text[max(0, q.start - 200) : q.start]}[[ "
                    f"{text[q.start : q.end]} ]]{text[q.end : q.end + 100]}...".replace(
                        "\n\n", " ¶ "
                    )
                )
    print("e2e precision misses:", dict(counts.most_common()))
    print("  by likely cause (a heuristic reading of each miss):", dict(causes.most_common()))


# Words before a gold speaker that mark it as the source relaying a quote, not its speaker:
# "…,” Kerr said, according to the Post", "reported the Post", "told the Post".
_RELAYED = re.compile(r"(?:according\s+to|reported|reports|told|by)\s+(?:the\s+)?$", re.I)
_RELAY_WORDS = re.compile(r"\b(?:report|reports|transcript|account|excerpts?)\b", re.I)
SHORT_WORDS = 3  # a quote of at most this many words with no gold: a scare quote or a term


def e2e_cause(j: Judged, miss: str, text: str) -> str:
    """The likely cause of one e2e precision miss, for the tally --show-e2e prints. A
    heuristic, not a judgement: it reads the gold speaker and the quote's length only."""
    kind, gold_type = miss.split("/", 1)
    q = j.quote
    if kind == "no speaker":
        return f"no speaker ({gold_type})" if gold_type == "no gold" else f"no speaker ({gold_type} gold)"
    if kind == "false positive":
        size = len(_WORD.findall(text[q.start : q.end]))
        return "no gold, short: scare quote or term" if size <= SHORT_WORDS else "no gold, longer"
    if gold_type == "mixed" and _relayed(j.gold_speaker, text, q.start):
        return "wrong speaker, mixed: gold credits the relaying source"
    if " " in j.gold_speaker and j.gold_speaker.isupper():
        return f"wrong speaker, {gold_type}: gold speaker is a heading"
    way = "pronoun" if q.how == "pronoun" else "other"
    return f"wrong speaker, {gold_type}: {way}"


def _relayed(gold: str, text: str, near: int) -> bool:
    """True when the gold speaker is a report or transcript, or is named in the quote's
    neighbourhood right after "according to", "reported", "told" or "by"."""
    if not gold or _RELAY_WORDS.search(gold):
        return bool(gold)
    window = text[max(0, near - 400) : near + 600]
    at = window.find(gold)
    return at >= 0 and bool(_RELAYED.search(window[:at]))


# ---------------------------------------------------------------------------------- calibration


@dataclass
class HowRow:
    """One way of attributing (Quote.how): how often it is used and how often it is right."""

    count: int = 0
    clean: Rate = field(default_factory=Rate)
    pronoun_gold: Rate = field(default_factory=Rate)
    indirect: Rate = field(default_factory=Rate)

    def as_json(self) -> dict[str, object]:
        def rate(r: Rate) -> dict[str, object]:
            return {"right": r.hit, "judged": r.total, "accuracy": round(r.value, 4)}

        return {
            "count": self.count,
            "clean": rate(self.clean),
            "pronoun_gold": rate(self.pronoun_gold),
            "indirect": rate(self.indirect),
        }


def by_how(results: list[DocResult]) -> dict[str, HowRow]:
    rows = tally({}, results, lambda q: q.how or "(not recorded)")
    return dict(sorted(rows.items(), key=lambda item: -item[1].count))


def by_bin(results: list[DocResult]) -> dict[str, HowRow]:
    return tally({label: HowRow() for label, _ in BINS}, results, lambda q: bin_of(q.confidence))


def tally(
    rows: dict[str, HowRow], results: list[DocResult], key: Callable[[Extracted], str]
) -> dict[str, HowRow]:
    """Each attribution counted in its row, and judged where the gold allows."""
    for j in attributions(results):
        row = rows.setdefault(key(j.quote), HowRow())
        row.count += 1
        if j.quote.kind == QuoteKind.INDIRECT:
            if j.basis is not None:
                row.indirect.add(j.right)
        elif j.basis in CLEAN:
            row.clean.add(j.right)
        elif j.basis is GoldClass.COREF_PRONOUN:
            row.pronoun_gold.add(j.right)
    return rows


def attributions(results: list[DocResult]) -> Iterator[Judged]:
    """Every extracted quote that names a speaker."""
    for result in results:
        yield from (j for j in result.judged if j.quote.speaker)


def bin_of(confidence: float | None) -> str:
    if confidence is None:
        return "(not recorded)"
    return [label for label, low in BINS if confidence >= low][-1]


def print_table(title: str, tables: dict[str, dict[str, HowRow]]) -> None:
    keys = list(dict.fromkeys(key for table in tables.values() for key in table))
    columns = "".join(
        f" | {split:<5} n  clean gold            pronoun gold          indirect proxy      "
        for split in tables
    )
    print(f"{title:<16}{columns}")
    for key in keys:
        cells = ""
        for table in tables.values():
            row = table.get(key, HowRow())
            cells += f" | {row.count:>7}  {row.clean!s:<20}  {row.pronoun_gold!s:<20}  {row.indirect!s:<20}"
        print(f"{key:<16}{cells}")


def confident_line(split: str, results: list[DocResult]) -> str:
    clean, every = Rate(), Rate()
    for j in attributions(results):
        if j.quote.confidence is None or j.quote.confidence < CONFIDENT or j.basis is None:
            continue
        every.add(j.right)
        if j.basis in CLEAN and j.quote.kind == QuoteKind.DIRECT:
            clean.add(j.right)
    direct = [j for j in attributions(results) if j.quote.kind == QuoteKind.DIRECT]
    plain = sum(j.quote.confidence is not None and j.quote.confidence >= CONFIDENT for j in direct)
    share = plain / len(direct) if direct else 0.0
    print(
        f"{split}: confidence >= {CONFIDENT}: {clean.total} quotes, right {clean.value:.1%} "
        f"(direct, clean gold); attributed direct quotes named plainly (>= {CONFIDENT}): "
        f"{plain}/{len(direct)} = {share:.1%}"
    )
    return (
        f"{split}: confidence >= {CONFIDENT}: {clean.total} attributions, {clean.value:.1%} right "
        f"(goal >= {GOALS['confident']:.0%}: {'met' if clean.value >= GOALS['confident'] else 'short'}; "
        f"direct quotes on clean gold); with pronoun gold and indirect proxy: {every}"
    )


def print_calibration(by_split: dict[str, list[DocResult]]) -> None:
    print("== calibration (attributions with a speaker; accuracy as right/judged) ==")
    print_table("how", {split: by_how(results) for split, results in by_split.items()})
    print()
    print_table("confidence", {split: by_bin(results) for split, results in by_split.items()})
    for split, results in by_split.items():
        print(confident_line(split, results))


def write_calibration(path: Path, split: str, results: list[DocResult], commit: str) -> None:
    """Per-how accuracy of one split as JSON, for setting each way's confidence prior."""
    payload = {
        "split": split,
        "commit": commit,
        "articles": len(results),
        "how": {how: row.as_json() for how, row in by_how(results).items()},
        "confidence_bins": {label: row.as_json() for label, row in by_bin(results).items()},
    }
    path.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    print(f"calibration of {split} written to {path}")


# Ways that resolve a speaker not named at the cue: the pronoun-and-description errors'
# dump (--show-pronoun-errors) shows their wrong quotes with the paragraphs before them.
RESOLVED_WAYS = ("pronoun", "description", "nearby", "carried", "relative")
_BEFORE_CHARS = 700


def pronoun_errors(results: list[DocResult]) -> Iterator[tuple[Doc, Judged]]:
    """Direct quotes judged wrong that a pronoun, description or nearby name attributed, or
    judged against coref pronoun gold."""
    for result in results:
        for j in result.judged:
            q = j.quote
            if q.kind != QuoteKind.DIRECT or j.basis is None or j.right or not q.speaker:
                continue
            if q.how in RESOLVED_WAYS or j.basis is GoldClass.COREF_PRONOUN:
                yield result.doc, j


def print_pronoun_errors(results: list[DocResult], limit: int) -> None:
    """Each such error with the text before it, the quote itself between ⟦ ⟧."""
    counts: Counter[str] = Counter()
    for doc, j in pronoun_errors(results):
        q = j.quote
        counts[f"{q.how} / {j.basis}"] += 1
        if sum(counts.values()) > limit:
            continue
        before = doc.text[max(0, q.start - _BEFORE_CHARS) : q.start]
        context = f"{before}⟦{doc.text[q.start : q.end]}⟧{doc.text[q.end : q.end + 160]}"
        print(
            f"[{doc.doc_id}] how={q.how} confidence={q.confidence} gold={j.gold_speaker!r}"
            f" ({j.basis}) got={q.speaker!r}\n    ...{context.replace(chr(10), ' ¶ ')}...\n"
        )
    print("pronoun errors (how / gold class):", dict(counts.most_common()))


# ---------------------------------------------------------------------------------- main


def commit_measured() -> str:
    """The commit measured, marked when the quote extractor has uncommitted changes."""

    def git(*args: str) -> str:
        return subprocess.run(
            ["git", *args], cwd=ROOT, capture_output=True, text=True, check=False
        ).stdout.strip()

    head = git("rev-parse", "--short", "HEAD") or "unknown"
    dirty = git("status", "--porcelain", "--", "store/quotes", "store/models.py")
    return f"{head}+uncommitted" if dirty else head


def build_parser() -> argparse.ArgumentParser:
    """The command line, also read by bench_adjudicated.py --with-raw for this report's flags."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument(
        "--show-pronoun-errors",
        action="store_true",
        help="print wrong direct quotes a pronoun, description or nearby name attributed",
    )
    parser.add_argument(
        "--split", choices=["train", "dev", "all"], default=None, help="only this split"
    )
    parser.add_argument(
        "--show-reported",
        action="store_true",
        help="print missed reported-speech fragments in their paragraphs, with a guessed cause",
    )
    parser.add_argument("--show", choices=SHOW_KINDS, help="print examples of one error kind")
    parser.add_argument("--limit", type=int, default=40, help="examples to print per split")
    parser.add_argument(
        "--show-errors",
        choices=GOLD_ERROR_KINDS,
        help="dump gold quotes of one error kind with their paragraph, gold and our speaker, how",
    )
    parser.add_argument(
        "--calibration-out", type=Path, help="write train's per-how accuracy as JSON here"
    )
    parser.add_argument(
        "--show-e2e",
        choices=E2E_KINDS,
        help="print the direct quotes e2e precision counts wrong, of one kind (or all)",
    )
    return parser


def extract_all(docs: list[Doc]) -> tuple[list[DocResult], float]:
    """Each article extracted and scored, and the CPU seconds extraction alone took."""
    started = time.process_time()
    attributions_ = [extract_quotes(doc.article) for doc in docs]
    elapsed = time.process_time() - started
    results = [
        score(doc, attribution) for doc, attribution in zip(docs, attributions_, strict=True)
    ]
    return results, elapsed


def main() -> None:
    args = build_parser().parse_args()
    docs = load_docs(args.path, args.split)
    results, elapsed = extract_all(docs)
    print_report(args, results, elapsed)


def print_report(args: argparse.Namespace, results: list[DocResult], elapsed: float) -> None:
    """The raw-gold report on the scored articles, with the flags' examples."""
    commit = commit_measured()
    print(HEADER)
    print(
        f"commit {commit}; extraction {len(results) / elapsed:,.0f} articles/s on one core ({len(results)} articles)"
    )
    by_split = {
        s: [r for r in results if r.doc.split == s]
        for s in ("train", "dev")
        if args.split in (None, "all", s)
    }
    sections = {**by_split, "all": results} if len(by_split) > 1 else by_split
    for split, chosen in sections.items():
        print(f"\n== {split} ({len(chosen)} articles) ==")
        print_figures(figures(chosen))
        fair, plain = reported_fairer(chosen)
        print(f"{'':<38} recall, a statement wholly in marks found as its direct quote: {fair}")
        print(f"{'':<38}   the same, plainly reported (a cue in the sentence, >= 4 words): {plain}")
        issue = plain_reported(chosen)
        print(
            f"{'plainly reported, as indirect':<38} recall {issue.recall}   "
            f"{goal(issue.recall.value, 'reported recall')}"
        )
        print(
            f"{'':<38} precision {issue.precision}   "
            f"{goal(issue.precision.value, 'reported precision')}"
        )
        print(
            f"{'':<38} inside the writer's paraphrase only: recall {issue.paraphrased_recall}"
            f"   {goal(issue.paraphrased_recall.value, 'reported recall')}"
        )
        print(
            f"{'':<38} {'':<32} precision {issue.paraphrased_precision}"
            f"   {goal(issue.paraphrased_precision.value, 'reported precision')}"
        )
        if args.show_reported and split in by_split:
            print("\n".join(rm.print_misses(reported_misses(chosen), args.limit)))
        # Examples once per article: under train and dev, not again under all.
        print_errors(chosen, args.show if split in by_split else None, args.limit)
        if args.show_errors and split in by_split:
            print_gold_errors(chosen, args.show_errors, args.limit)
        if args.show_e2e and split in by_split:
            print_e2e(chosen, args.show_e2e, args.limit)
    print()
    print_calibration(by_split)
    if args.show_pronoun_errors:
        for split, chosen in by_split.items():
            print(f"\n== {split}: wrong pronoun, description and nearby attributions ==")
            print_pronoun_errors(chosen, args.limit)
    if args.calibration_out:
        split = "train" if "train" in by_split else next(iter(by_split))
        write_calibration(args.calibration_out, split, by_split[split], commit)


if __name__ == "__main__":
    main()

"""Quote extraction measured on PolNeAR (real news with annotated quotes and speakers).

Reads the corpus from outside the repository (it may not be copied in) and prints, per split:
recall, precision and speaker accuracy on direct quotes whose speaker is a name, the same for
the noisy ones (pronouns resolved by an automatic tool), counts of each error kind, and
articles/second of extraction on one core.

Scoring follows the corpus README: a gold quote is found when 80 % of its words fall inside one
extracted quote; the speaker is right when it names the same person (same surname).

- "direct, named speaker": type direct, speaker_from gold_span or name_expansion, and the gold
  speaker is not a bare pronoun (a gold "he" names no one we can compare against).
- "direct, noisy speaker": the other direct quotes (corenlp_coref, none, bare pronouns).
- "mixed": quoted fragments inside paraphrase, for information.
- A gold span that holds roles around the name ("Carson's business manager, Armstrong
  Williams,") matches a predicted person whose full name it contains.
- Speaker accuracy also credits a gold description ("the Florida senator") that the article's
  speakers table lists among the predicted speaker's names; "by surname alone" does not.
- Precision: extracted direct quotes that match any gold quote (80 % of the words either way),
  over all extracted direct quotes, headline included.

    .venv/bin/python scripts/bench_quotes.py [PATH] [--split train|dev|all] [--show KIND]

KIND is one of: missed, partial, "no speaker", "wrong speaker", "noisy no speaker",
"noisy wrong speaker", "false positive".
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from store.models import Article, Attribution
from store.quotes.extract import extract_quotes

DEFAULT = Path(__file__).resolve().parent.parent / ".." / "shared" / "eval" / "polnear" / "train_dev.jsonl"
NAMED = {"gold_span", "name_expansion"}
FOUND_SHARE = 0.8
_WORD = re.compile(r"\w+")
_BLOCK = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*")
_NAME_TAIL = re.compile(r"\s*(?:,|\(| of | from | at | who ).*$", re.IGNORECASE)
_SUFFIX = {"jr", "sr", "ii", "iii", "iv"}


@dataclass(frozen=True)
class Gold:
    """One annotated quote, with its offsets in the article text."""

    start: int
    end: int
    speaker: str
    speaker_from: str
    pronoun: bool
    type: str


@dataclass(frozen=True)
class Doc:
    """One corpus article, parsed into our Article with each block's offset in the text."""

    doc_id: str
    split: str
    article: Article
    offsets: tuple[int, ...]  # offset of the title, then of each paragraph
    words: tuple[tuple[int, int], ...]  # every word span in the text
    gold: tuple[Gold, ...]


@dataclass
class Tally:
    """Counts for one bucket of gold quotes."""

    total: int = 0
    found: int = 0
    judged: int = 0  # found quotes whose gold speaker is a name we can compare
    right: int = 0
    strict: int = 0  # right by surname alone, without the speakers table's descriptions

    def line(self, label: str) -> str:
        recall = self.found / self.total if self.total else 0.0
        accuracy = self.right / self.judged if self.judged else 0.0
        return (
            f"{label:<28} recall {recall:6.1%} ({self.found}/{self.total})   "
            f"speaker accuracy {accuracy:6.1%} ({self.right}/{self.judged}; "
            f"by surname alone {self.strict / max(self.judged, 1):.1%})"
        )


@dataclass
class Report:
    """Everything measured over one set of documents."""

    named: Tally = field(default_factory=Tally)
    noisy: Tally = field(default_factory=Tally)
    mixed: Tally = field(default_factory=Tally)
    extracted: int = 0
    correct: int = 0
    errors: Counter[str] = field(default_factory=Counter)
    examples: dict[str, list[str]] = field(default_factory=dict)


def load_docs(path: Path) -> list[Doc]:
    """Every article of the corpus file, ready for extraction and scoring."""
    docs = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            docs.append(to_doc(json.loads(line)))
    return docs


def to_doc(record: dict[str, object]) -> Doc:
    """A corpus record as an Article whose blocks keep their offsets in the original text."""
    text = str(record["text"])
    blocks = [(m.start(), m.group()) for m in _BLOCK.finditer(text) if m.group().strip()]
    # Newlines inside a block become spaces so that offsets stay the same.
    (title_at, title), *body = [(at, block.replace("\n", " ")) for at, block in blocks]
    article = Article(title=title, paragraphs=tuple(block for _, block in body))
    gold = tuple(
        Gold(q["start"], q["end"], q["speaker"] or "", q["speaker_from"], q["speaker_is_pronoun"], q["type"])
        for q in record["quotes"]  # type: ignore[attr-defined]
    )
    words = tuple(m.span() for m in _WORD.finditer(text))
    return Doc(str(record["doc_id"]), str(record["split"]), article, (title_at, *(at for at, _ in body)), words, gold)


def surname(name: str) -> str:
    """The word a person is known by: the last word of the name, before any ", of ..." tail."""
    words = [w for w in _WORD.findall(_NAME_TAIL.sub("", name).casefold()) if w not in _SUFFIX]
    return words[-1] if words else ""


def same_speaker(
    gold: str, predicted: str | None, aliases: dict[str, set[str]], persons: frozenset[str] = frozenset()
) -> bool:
    """True when the predicted speaker names the same person as the gold one.

    A gold speaker that is a description ("the Florida senator") matches when the article's
    speakers table lists it among the predicted speaker's names.
    """
    if not predicted:
        return False
    if surname(gold) == surname(predicted) or gold.casefold() in predicted.casefold():
        return True
    # "Carson's business manager, Armstrong Williams,": a person's full name among the roles.
    if predicted in persons and " " in predicted and f" {predicted.casefold()}" in f" {gold.casefold()}":
        return True
    return gold.casefold().strip() in aliases.get(predicted, set())


def spans(doc: Doc, attribution: Attribution) -> list[tuple[int, int, str | None]]:
    """Each extracted direct quote as (start, end, speaker) in the corpus text's offsets."""
    result = []
    for quote in attribution.quotes:
        if quote.kind != "direct":
            continue
        base = doc.offsets[0 if quote.paragraph is None else quote.paragraph + 1]
        result.append((base + quote.start, base + quote.end, quote.speaker))
    return result


def words_in(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    return [w for w in doc.words if w[0] >= start and w[1] <= end]


def share_inside(words: list[tuple[int, int]], start: int, end: int) -> float:
    if not words:
        return 0.0
    return sum(1 for w in words if w[0] >= start and w[1] <= end) / len(words)


def score(doc: Doc, attribution: Attribution, report: Report) -> None:
    """Add one article's gold quotes and extractions to the report."""
    found = spans(doc, attribution)
    aliases = {s.name: {n.casefold() for n in s.names} for s in attribution.speakers}
    persons = frozenset(s.name for s in attribution.speakers if s.kind == "person")
    gold_words = [words_in(doc, g.start, g.end) for g in doc.gold]
    for gold, words in zip(doc.gold, gold_words, strict=True):
        score_gold(doc, gold, words, found, (aliases, persons), report)
    for start, end, _ in found:
        own = words_in(doc, start, end)
        ok = any(
            share_inside(words, start, end) >= FOUND_SHARE or share_inside(own, g.start, g.end) >= FOUND_SHARE
            for g, words in zip(doc.gold, gold_words, strict=True)
        )
        report.extracted += 1
        report.correct += ok
        if not ok:
            note(report, "false positive", doc, start, end, "")


def score_gold(
    doc: Doc,
    gold: Gold,
    words: list[tuple[int, int]],
    found: list[tuple[int, int, str | None]],
    known: tuple[dict[str, set[str]], frozenset[str]],
    report: Report,
) -> None:
    if gold.type == "mixed":
        tally = report.mixed
    elif gold.speaker_from in NAMED and not gold.pronoun:
        tally = report.named
    else:
        tally = report.noisy
    tally.total += 1
    best = max(found, key=lambda f: share_inside(words, f[0], f[1]), default=None)
    share = share_inside(words, best[0], best[1]) if best else 0.0
    if share < FOUND_SHARE:
        if tally is report.named:
            note(report, "missed" if share == 0 else "partial", doc, gold.start, gold.end, gold.speaker)
        return
    tally.found += 1
    if gold.pronoun or gold.speaker_from == "none":
        return
    tally.judged += 1
    assert best is not None
    tally.strict += same_speaker(gold.speaker, best[2], {})
    if same_speaker(gold.speaker, best[2], *known):
        tally.right += 1
    elif tally is not report.mixed:
        kind = "no speaker" if not best[2] else "wrong speaker"
        kind = kind if tally is report.named else f"noisy {kind}"
        note(report, kind, doc, gold.start, gold.end, f"gold={gold.speaker!r} got={best[2]!r}")


def note(report: Report, kind: str, doc: Doc, start: int, end: int, extra: str) -> None:
    report.errors[kind] += 1
    text = doc_text(doc)
    context = text[max(0, start - 200) : end + 120].replace("\n", " ¶ ")
    report.examples.setdefault(kind, []).append(f"[{doc.doc_id}] {extra}\n    ...{context}...")


def doc_text(doc: Doc) -> str:
    parts = [doc.article.title, *doc.article.paragraphs]
    size = doc.offsets[-1] + len(parts[-1])
    chars = [" "] * size
    for at, part in zip(doc.offsets, parts, strict=True):
        chars[at : at + len(part)] = part
    return "".join(chars)


def run(docs: list[Doc], show: str | None, limit: int) -> None:
    report = Report()
    started = time.process_time()
    attributions = [extract_quotes(doc.article) for doc in docs]
    elapsed = time.process_time() - started
    for doc, attribution in zip(docs, attributions, strict=True):
        score(doc, attribution, report)
    precision = report.correct / report.extracted if report.extracted else 0.0
    print(report.named.line("direct, named speaker"))
    print(report.noisy.line("direct, noisy speaker"))
    print(report.mixed.line("mixed (fragments)"))
    print(f"{'precision (direct kind)':<28} {precision:6.1%} ({report.correct}/{report.extracted})")
    print(f"{'speed':<28} {len(docs) / elapsed:,.0f} articles/s on one core ({len(docs)} articles)")
    print("errors on direct quotes, and false positives:", dict(report.errors.most_common()))
    if show:
        for example in report.examples.get(show, [])[:limit]:
            print(example)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--split", choices=["train", "dev", "all"], default=None)
    parser.add_argument("--show", help="print examples of one error kind")
    parser.add_argument("--limit", type=int, default=40)
    args = parser.parse_args()
    docs = load_docs(args.path)
    splits = [args.split] if args.split else ["train", "dev"]
    for split in splits:
        chosen = docs if split == "all" else [d for d in docs if d.split == split]
        print(f"== {split} ==")
        run(chosen, args.show, args.limit)


if __name__ == "__main__":
    main()

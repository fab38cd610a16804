"""PolNeAR's direct-quote figures once more, with the corpus gold corrected where a careful reader
adjudicated it by hand, and the two tools that make and keep those verdicts.

    .venv/bin/python scripts/bench_adjudicated.py [score] [--split train|dev|all] [--show KIND]
    .venv/bin/python scripts/bench_adjudicated.py items OUTDIR [--readers 5] [--audit 150 40]
        [--audit-stratum "described gold"]
    .venv/bin/python scripts/bench_adjudicated.py show DOC_ID
    .venv/bin/python scripts/bench_adjudicated.py import ITEMS VERDICTS...

Why: the corpus gold is noisy (a third of its pronoun-resolved speakers are wrong, and it often
credits the outlet relaying a quote), so the raw figures of scripts/bench_quotes.py mix our errors
with the gold's. A verdict says, for one quoted span, who said it, or that it is nobody's words,
as a reader finds it in the article (scripts/data/adjudication_guide.md is the readers' guide).
`items` lists the spans to read: every disagreement between ours and the gold not yet read, plus
a random audit sample of agreements (they show how often both are wrong together); `import`
turns the readers' answers into VERDICTS, hashed (scripts/hand_verdicts.py says how, and how
strictly a verdict is matched).

Bias, and how it is bounded: the disagreements were all read, the agreements only sampled. So
"adjudicated" trusts every unread agreement, and "estimate" scales the unread agreements by the
audit's share really right, per stratum (named gold, described gold, quoted fragments), with
its 95 % Wilson interval. The interval covers the audit's sampling only, not the readers' own
errors (a reviewer's spot check agreed with 29 of 32 verdicts; the three it would overturn all
favoured us: one a description accepted for a named speaker, which the matching now refuses).
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_quotes as bq
from hand_verdicts import VERDICTS, Speaker, Verdict, Verdicts, import_verdicts, load_verdicts

from store.models import QuoteKind

AUDIT_SEED = 20261226


# ---------------------------------------------------------------------------------- scoring


@dataclass
class Adjudicated:
    """One split's direct-quote figures by the raw gold and with the verdicts applied."""

    raw: dict[str, bq.Rate] = field(default_factory=dict)
    adjudicated: dict[str, bq.Rate] = field(default_factory=dict)
    # Unread agreements per (row, stratum), so the estimate can scale them by the share right
    # of the audited agreements of the same stratum.
    unread_right: Counter[tuple[str, str]] = field(default_factory=Counter)
    audit: dict[str, bq.Rate] = field(default_factory=dict)
    used: Counter[str] = field(default_factory=Counter)
    unread_disagreements: int = 0
    ours_kinds: Counter[str] = field(default_factory=Counter)

    def add(self, row: str, raw: bool, right: bool | None, read: bool, stratum: str) -> None:
        self.raw.setdefault(row, bq.Rate()).add(raw)
        if right is None:
            return
        self.adjudicated.setdefault(row, bq.Rate()).add(right)
        self.unread_right[row, stratum] += right and not read

    def audit_shares(self) -> tuple[dict[str, float], dict[str, float], dict[str, float]]:
        """Each stratum's audited share right, and the low and high ends of its interval."""
        mid, low, high = {}, {}, {}
        for stratum in STRATA:
            rate = self.audit.get(stratum, bq.Rate())
            mid[stratum] = rate.value if rate.total else 1.0
            low[stratum], high[stratum] = wilson(rate)
        return mid, low, high


# Agreements fail unseen mostly where the gold speaker is itself a description ("the letter",
# "the man"): both then name nobody, and the bench's description match passes them. So the
# audit is read, and applied, apart for those, for named gold, and for quoted fragments inside
# paraphrase (mixed gold), which only e2e precision counts.
STRATA = ("named gold", "described gold", "mixed gold")


def stratum(gold: bq.Gold) -> str:
    """The audit stratum of a gold quote: a fragment, or a quote whose speaker is a name or a
    description (its known-by word in lower case)."""
    if gold.type != "direct":
        return STRATA[2]
    return STRATA[1] if Speaker.of(gold.speaker).described else STRATA[0]


def adjudicate(results: Iterable[bq.DocResult], verdicts: Verdicts) -> Adjudicated:
    fig = Adjudicated()
    for result in results:
        for g in result.golds:
            _add_gold(fig, result.doc, g, verdicts.for_gold(result.doc, g.gold))
        for j in result.judged:
            _add_extracted(fig, result.doc, j, verdicts)
    return fig


def _add_gold(fig: Adjudicated, doc: bq.Doc, g: bq.GoldResult, verdict: Verdict | None) -> None:
    gold = g.gold
    if gold.cls not in bq.SCORED:
        return
    found = g.share >= bq.FOUND_SHARE
    right = g.right if verdict is None else verdict.right(g.predicted)
    kind = stratum(gold)
    if verdict is not None and verdict.audit and found and g.right and right is not None:
        fig.audit.setdefault(kind, bq.Rate()).add(right)
    if gold.type != "direct":
        return  # a fragment counts in e2e precision only, through the quote holding it
    if verdict is None and found and not g.right:
        fig.unread_disagreements += 1
    if verdict is not None:
        fig.used[_use(verdict, g.right, right)] += 1
        if verdict.fault in ("ours", "both"):
            fig.ours_kinds[verdict.kind.split(":", 1)[0].strip()] += 1
    adjudicated = None if right is None else found and right
    fig.add("e2e recall", found and g.right, adjudicated, bool(verdict), kind)
    if found:
        rows = ["named", "all direct"] if gold.cls == bq.GoldClass.NAMED else ["all direct"]
        for row in rows:
            fig.add(row, g.right, right, bool(verdict), kind)


def _use(verdict: Verdict, raw: bool, right: bool | None) -> str:
    if right is None:
        return "unscored (nobody's words, or no knowable speaker)"
    if raw == right:
        return "confirmed the bench"
    return "overturned: ours right" if right else "overturned: ours wrong"


def _add_extracted(fig: Adjudicated, doc: bq.Doc, j: bq.Judged, verdicts: Verdicts) -> None:
    """An extracted direct quote in e2e precision, as bench_quotes.add_judged counts it."""
    q = j.quote
    if q.kind != QuoteKind.DIRECT or (q.unannotated_marks and not j.matched):
        return
    if j.matched and j.basis is None:
        return
    verdict = (
        verdicts.for_gold(doc, j.gold) if j.gold is not None else verdicts.for_extracted(doc, q)
    )
    right: bool | None = j.right
    if verdict is not None:
        # A term or title we returned as a quote is wrong, whoever the gold named.
        right = False if not verdict.quote else verdict.right(q.speaker)
    kind = stratum(j.gold) if j.gold is not None else STRATA[0]
    fig.add("e2e precision", j.right, right, verdict is not None, kind)


# ---------------------------------------------------------------------------------- printing


def wilson(rate: bq.Rate, z: float = 1.96) -> tuple[float, float]:
    """The 95 % Wilson interval of a share."""
    if not rate.total:
        return 0.0, 1.0
    n, p = rate.total, rate.value
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return centre - half, centre + half


def estimate(fig: Adjudicated, row: str, shares: dict[str, float]) -> float:
    """The adjudicated share with each unread agreement counted right at its stratum's audited
    share."""
    rate = fig.adjudicated.get(row, bq.Rate())
    if not rate.total:
        return 0.0
    lost = sum(fig.unread_right[row, s] * (1 - share) for s, share in shares.items())
    return (rate.hit - lost) / rate.total


def report(split: str, fig: Adjudicated) -> list[str]:
    shares = fig.audit_shares()
    lines = [
        f"\n== {split}: adjudicated ==",
        f"{'':<16} {'raw gold':<22} {'adjudicated':<22} estimate [audit's 95 % interval]",
    ]
    for row in ("named", "all direct", "e2e recall", "e2e precision"):
        raw, adj = fig.raw.get(row, bq.Rate()), fig.adjudicated.get(row, bq.Rate())
        mid, lo, hi = (estimate(fig, row, share) for share in shares)
        lines.append(f"{row:<16} {raw!s:<22} {adj!s:<22} {mid:6.1%} [{lo:.1%}-{hi:.1%}]")
    raw_f1, adj_f1 = (e2e_f1(rates) for rates in (fig.raw, fig.adjudicated))
    mid, lo, hi = (
        bq.f1(estimate(fig, "e2e precision", share), estimate(fig, "e2e recall", share))
        for share in shares
    )
    lines.append(f"{'e2e F1':<16} {raw_f1:<22.3f} {adj_f1:<22.3f} {mid:.3f} [{lo:.3f}-{hi:.3f}]")
    lines.append(f"verdicts applied: {dict(fig.used.most_common())}")
    for name in STRATA:
        rate = fig.audit.get(name, bq.Rate())
        low, high = wilson(rate)
        lines.append(f"audit, {name}: agreements read, really right {rate} [{low:.1%}-{high:.1%}]")
    lines.append(f"disagreements with no verdict (read them: `items`): {fig.unread_disagreements}")
    lines.append(f"our errors by the readers' kind: {dict(fig.ours_kinds.most_common())}")
    return lines


def e2e_f1(rates: dict[str, bq.Rate]) -> float:
    empty = bq.Rate()
    return bq.f1(rates.get("e2e precision", empty).value, rates.get("e2e recall", empty).value)


def show(results: Iterable[bq.DocResult], verdicts: Verdicts, kind: str) -> Iterator[str]:
    """Gold quotes whose verdict has this fault (ours / both / gold), for reading."""
    for result in results:
        for g in result.golds:
            verdict = verdicts.for_gold(result.doc, g.gold)
            if verdict is not None and verdict.fault == kind:
                yield f"{verdict.kind}\n{bq.describe_gold_error(result.doc, g)}"


# ---------------------------------------------------------------------------------- reading


def reading_items(
    results: list[bq.DocResult],
    verdicts: Verdicts,
    audit: tuple[int, int],
    strata: tuple[str, ...] = STRATA,
) -> list[dict[str, object]]:
    """Every disagreement not yet adjudicated, and a random sample of the unread agreements per
    split, drawn from the given strata only (to narrow one stratum's interval)."""
    items: list[dict[str, object]] = []
    seen: set[tuple[str, int, int]] = set()
    agreements: dict[str, list[dict[str, object]]] = {"train": [], "dev": []}
    for result in results:
        doc = result.doc
        for g in result.golds:
            if g.gold.cls not in bq.SCORED or verdicts.for_gold(doc, g.gold) is not None:
                continue
            row = _gold_item(doc, g.gold, g.predicted, g.best)
            if not g.right and g.best is not None and (g.gold.type == "direct" or g.predicted):
                row["why"] = "bench: wrong speaker" if g.predicted else "bench: no speaker"
                items.append(row)
                seen.add((doc.doc_id, g.gold.start, g.gold.end))
            elif g.right and (g.gold.type == "direct" or g.share >= bq.FOUND_SHARE):
                row["stratum"] = stratum(g.gold)
                agreements.setdefault(doc.split, []).append(row)
        for j in result.judged:
            miss = bq.e2e_miss(j)
            if miss is None:
                continue
            if j.gold is not None:
                key = (doc.doc_id, j.gold.start, j.gold.end)
                if key in seen or verdicts.for_gold(doc, j.gold) is not None:
                    continue
                row = _gold_item(doc, j.gold, j.quote.speaker, j.quote)
            else:
                key = (doc.doc_id, j.quote.start, j.quote.end)
                if key in seen or verdicts.for_extracted(doc, j.quote) is not None:
                    continue
                row = _extracted_item(doc, j.quote)
            seen.add(key)
            row["why"] = f"e2e: {miss}"
            items.append(row)
    rng = random.Random(AUDIT_SEED)
    for split, count in zip(("train", "dev"), audit, strict=True):
        pool = [row for row in agreements.get(split, []) if row["stratum"] in strata]
        for row in rng.sample(pool, min(count, len(pool))):
            row["why"] = "audit: bench says right"
            items.append(row)
    return items


def _gold_item(
    doc: bq.Doc, gold: bq.Gold, predicted: str | None, best: bq.Extracted | None
) -> dict[str, object]:
    row = _span_item(doc, gold.start, gold.end, "gold")
    row["gold"] = {
        "speaker": gold.speaker,
        "mention": gold.mention,
        "cue": gold.cue,
        "type": gold.type,
        "class": str(gold.cls),
    }
    row["ours"] = {
        "speaker": predicted,
        "how": best.how if best else None,
        "confidence": best.confidence if best else None,
    }
    return row


def _extracted_item(doc: bq.Doc, quote: bq.Extracted) -> dict[str, object]:
    row = _span_item(doc, quote.start, quote.end, "extracted")
    row["gold"] = {}
    row["ours"] = {"speaker": quote.speaker, "how": quote.how, "confidence": quote.confidence}
    return row


def _span_item(doc: bq.Doc, start: int, end: int, on: str) -> dict[str, object]:
    block = max(b for b, at in enumerate(doc.offsets) if at <= start)
    para_at = doc.offsets[block]
    para_to = doc.offsets[block + 1] if block + 1 < len(doc.offsets) else len(doc.text)
    para = doc.text[para_at:para_to]
    at, to = start - para_at, end - para_at
    return {
        "id": f"{doc.doc_id}:{start}:{end}",
        "doc_id": doc.doc_id,
        "split": doc.split,
        "start": start,
        "end": end,
        "on": on,
        "title": doc.text.split("\n", 1)[0][:150],
        "before": bq.block_text(doc, block - 1)[-500:] if block > 1 else "",
        "para": f"{para[:at]}⟦{para[at:to]}⟧{para[to:]}".strip(),
        "after": bq.block_text(doc, block + 1)[:300],
    }


def write_reader_files(items: list[dict[str, object]], out: Path, readers: int) -> list[int]:
    """items.jsonl, and one file per reader holding whole articles, in a shuffled order so a
    reader cut off early has read a fair sample rather than one outlet."""
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(AUDIT_SEED)
    docs = sorted({str(i["doc_id"]) for i in items})
    rng.shuffle(docs)
    rank = {doc: n for n, doc in enumerate(docs)}
    with (out / "items.jsonl").open("w", encoding="utf-8") as f:
        f.writelines(json.dumps(i, ensure_ascii=False) + "\n" for i in items)
    sizes = []
    for reader in range(readers):
        mine = sorted(
            (i for i in items if rank[str(i["doc_id"])] % readers == reader),
            key=lambda i: (rank[str(i["doc_id"])], int(str(i["start"]))),
        )
        with (out / f"reader{reader}.jsonl").open("w", encoding="utf-8") as f:
            f.writelines(json.dumps(i, ensure_ascii=False) + "\n" for i in mine)
        sizes.append(len(mine))
    return sizes


# ---------------------------------------------------------------------------------- main


def scored(path: Path, split: str | None, raw: bool = False) -> list[bq.DocResult]:
    """The articles extracted and scored; with `raw`, bench_quotes.py's report on them first
    (make bench-quotes: both reports from one extraction of the corpus)."""
    results, elapsed = bq.extract_all(bq.load_docs(path, split))
    if raw:
        raw_args = bq.build_parser().parse_args([str(path), *(["--split", split] if split else [])])
        bq.print_report(raw_args, results, elapsed)
        print()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "command", nargs="?", default="score", choices=("score", "items", "show", "import")
    )
    parser.add_argument(
        "args", nargs="*", help="items: OUTDIR; show: DOC_ID; import: ITEMS VERDICTS..."
    )
    parser.add_argument("--corpus", type=Path, default=bq.DEFAULT)
    parser.add_argument("--split", choices=("train", "dev", "all"))
    parser.add_argument(
        "--show", choices=("ours", "both", "gold"), help="print gold quotes of one fault"
    )
    parser.add_argument(
        "--with-raw",
        action="store_true",
        help="print bench_quotes.py's report first, from the same extraction",
    )
    parser.add_argument("--readers", type=int, default=5)
    parser.add_argument("--audit", type=int, nargs=2, default=(150, 40), metavar=("TRAIN", "DEV"))
    parser.add_argument(
        "--audit-stratum", choices=STRATA, help="sample the audit from this stratum only"
    )
    args = parser.parse_args()
    if args.command == "show":
        for record in map(json.loads, args.corpus.read_text(encoding="utf-8").splitlines()):
            if record["doc_id"] == args.args[0]:
                for n, para in enumerate(str(record["text"]).split("\n\n")):
                    print(f"[{n}] {para}\n")
        return
    if args.command == "import":
        print(import_verdicts(Path(args.args[0]), [Path(p) for p in args.args[1:]]))
        return
    raw = args.with_raw and args.command == "score"
    results = scored(args.corpus, None if args.split == "all" else args.split, raw)
    verdicts = load_verdicts()
    if args.command == "items":
        strata = (args.audit_stratum,) if args.audit_stratum else STRATA
        items = reading_items(results, verdicts, tuple(args.audit), strata)
        sizes = write_reader_files(items, Path(args.args[0]), args.readers)
        print(f"{len(items)} items for {args.readers} readers: {sizes}")
        print(Counter(str(i["why"]) for i in items))
        return
    print(f"{len(verdicts)} verdicts ({VERDICTS.name}); commit {bq.commit_measured()}")
    by_split = {s: [r for r in results if r.doc.split == s] for s in ("train", "dev")}
    sections = {**{s: r for s, r in by_split.items() if r}, "all": results}
    for split, chosen in sections.items():
        print("\n".join(report(split, adjudicate(chosen, verdicts))))
        if args.show and split != "all":
            print("\n".join(show(chosen, verdicts, args.show)))


if __name__ == "__main__":
    main()

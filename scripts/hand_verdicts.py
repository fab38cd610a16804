"""Hand verdicts on PolNeAR quotes: who said a span, as a careful reader finds it in the article,
kept without corpus text or names, and matched against a predicted speaker.

A verdict lists the accepted speakers (the reader's answer first, then the forms an editor
would take as the same one). Each is stored as hashes only: of its known-by word (the surname,
or a description's head noun), of a description's capitalised words, and of the initials a
name's other words give, with a fixed salt. The doc id is hashed too, since corpus ids carry
their title's words. So the repository holds no names (the corpus README forbids copies),
though anyone holding the corpus can recompute the hashes: they hide nothing from its owner.

Matching is strict where the benchmark's surname check is lenient:
- a description ("the campaign") never stands for a named speaker: when the article names who
  said it, an answer that repeats the description is wrong (the issue's kind 5);
- a described speaker's proper words must all be in ours ("the Kerr campaign" is not "the
  campaign");
- same surname, other initials is a namesake ("Ruth Lind" is not "Tom Lind").
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_quotes as bq

VERDICTS = Path(__file__).resolve().parent / "data" / "polnear_verdicts.jsonl"
_SALT = "newsbot-verdict:"
_WORD = re.compile(r"\w+")
# Words before a name that are not its first name ("Senator Ada Kerr" has initial a; "The
# Harbour Post" none).
_NOT_INITIALS = frozenset(
    "the a an mr mrs ms miss dr president senator sen governor gov representative rep secretary"
    " judge mayor general gen chairman chairwoman sheriff chief prime minister speaker former"
    " sir lord lady dame house state vice new".split()
)


def _hash(key: str) -> str:
    return hashlib.sha256(f"{_SALT}{key}".encode()).hexdigest()[:16]


def doc_key(doc_id: str) -> str:
    """The stored form of a corpus doc id."""
    return _hash(f"doc:{doc_id}")


@dataclass(frozen=True)
class Speaker:
    """One speaker's name or description, in the hashed form a verdict keeps."""

    head: str  # the known-by word: a surname, a body's last word, a description's head noun
    described: bool  # a description ("the campaign"), not a name ("Ada Kerr", "the Port Board")
    propers: frozenset[str]  # the capitalised words of a description, each required of ours
    initials: frozenset[str]  # "x:surname" for a name's words before its surname

    @classmethod
    def of(cls, name: str) -> Speaker:
        known_by = bq.surname(name)
        capitalised = [w.casefold() for w in _WORD.findall(name) if w[:1].isupper()]
        described = known_by not in capitalised
        before = capitalised[: capitalised.index(known_by)] if not described else []
        return cls(
            _hash(known_by),
            described,
            frozenset(_hash(w) for w in capitalised) if described else frozenset(),
            frozenset(_hash(f"{w[0]}:{known_by}") for w in before if w not in _NOT_INITIALS),
        )

    def is_named_by(self, ours: Speaker) -> bool:
        """Whether our speaker names this accepted one."""
        if ours.head != self.head or ours.described != self.described:
            return False
        if self.described:
            return self.propers <= ours.propers
        return not ours.initials or not self.initials or bool(ours.initials & self.initials)

    def as_json(self) -> dict[str, object]:
        return {
            "head": self.head,
            "described": self.described,
            "propers": sorted(self.propers),
            "initials": sorted(self.initials),
        }

    @classmethod
    def from_json(cls, row: dict[str, object]) -> Speaker:
        propers: list[str] = row["propers"]  # type: ignore[assignment]
        initials: list[str] = row["initials"]  # type: ignore[assignment]
        return cls(
            str(row["head"]), bool(row["described"]), frozenset(propers), frozenset(initials)
        )


@dataclass(frozen=True)
class Verdict:
    """A reader's answer for one span: who said it (`accepted`, the answer first; empty when
    the article does not make it knowable), or that it is nobody's words (quote False)."""

    doc: str  # doc_key of the corpus doc id
    start: int
    end: int
    on: str  # "gold": a span the corpus annotated; "extracted": one only we found
    accepted: tuple[Speaker, ...]
    quote: bool
    fault: str  # gold / ours / both / neither, when read
    kind: str  # the reader's label ("gold-coref-wrong", "ours-description", ...)
    sure: bool
    audit: bool  # read as part of the random sample of agreements

    def right(self, predicted: str | None) -> bool | None:
        """Whether `predicted` is the speaker; None when the span is unscored (nobody's words,
        or a speaker the article leaves unknowable)."""
        if not self.quote or not self.accepted:
            return None
        if not predicted:
            return False
        ours = Speaker.of(predicted)
        if ours.described and not self.accepted[0].described:
            return False  # the article names who said it: a description does not answer
        return any(speaker.is_named_by(ours) for speaker in self.accepted)

    def as_json(self) -> dict[str, object]:
        return {
            "doc": self.doc,
            "start": self.start,
            "end": self.end,
            "on": self.on,
            "accepted": [s.as_json() for s in self.accepted],
            "quote": self.quote,
            "fault": self.fault,
            "kind": self.kind,
            "sure": self.sure,
            "audit": self.audit,
        }

    @classmethod
    def from_json(cls, row: dict[str, object]) -> Verdict:
        accepted: list[dict[str, object]] = row["accepted"]  # type: ignore[assignment]
        return cls(
            str(row["doc"]),
            int(str(row["start"])),
            int(str(row["end"])),
            str(row["on"]),
            tuple(Speaker.from_json(s) for s in accepted),
            bool(row["quote"]),
            str(row["fault"]),
            str(row["kind"]),
            bool(row["sure"]),
            bool(row["audit"]),
        )


@dataclass
class Verdicts:
    """The verdicts, found by gold quote (exact offsets) or by extracted span (word overlap)."""

    on_gold: dict[tuple[str, int, int], Verdict] = field(default_factory=dict)
    on_extracted: dict[str, list[Verdict]] = field(default_factory=dict)

    def add(self, verdict: Verdict) -> None:
        if verdict.on == "gold":
            self.on_gold[(verdict.doc, verdict.start, verdict.end)] = verdict
        else:
            self.on_extracted.setdefault(verdict.doc, []).append(verdict)

    def for_gold(self, doc: bq.Doc, gold: bq.Gold) -> Verdict | None:
        return self.on_gold.get((doc_key(doc.doc_id), gold.start, gold.end))

    def for_extracted(self, doc: bq.Doc, quote: bq.Extracted) -> Verdict | None:
        """The verdict on a span only we found that this quote covers best (extraction may
        have moved its edges a little since it was read)."""
        best, best_share = None, bq.FOUND_SHARE
        for verdict in self.on_extracted.get(doc_key(doc.doc_id), []):
            words = doc.word_range(verdict.start, verdict.end)
            share = max(bq.share(words, quote.words), bq.share(quote.words, words))
            if share >= best_share:
                best, best_share = verdict, share
        return best

    def all(self) -> list[Verdict]:
        return [*self.on_gold.values(), *(v for vs in self.on_extracted.values() for v in vs)]

    def __len__(self) -> int:
        return len(self.all())


def load_verdicts(path: Path = VERDICTS) -> Verdicts:
    verdicts = Verdicts()
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                verdicts.add(Verdict.from_json(json.loads(line)))
    return verdicts


def import_verdicts(items_path: Path, answers: list[Path], into: Path = VERDICTS) -> Counter[str]:
    """The readers' answers (plain names, kept outside the repository) as hashed verdicts,
    merged into the verdicts file: a span read again replaces its earlier verdict."""
    items = {
        str(row["id"]): row
        for row in map(json.loads, items_path.read_text(encoding="utf-8").splitlines())
    }
    merged = {(v.doc, v.start, v.end, v.on): v for v in load_verdicts(into).all()}
    counts: Counter[str] = Counter()
    for path in answers:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            answer = json.loads(line)
            item = items.get(str(answer.get("id")))
            if item is None:
                counts["unknown id"] += 1
                continue
            verdict = answer_verdict(item, answer)
            merged[(verdict.doc, verdict.start, verdict.end, verdict.on)] = verdict
            counts[verdict.fault] += 1
    into.parent.mkdir(parents=True, exist_ok=True)
    ordered = sorted(merged.values(), key=lambda v: (v.doc, v.start, v.on))
    into.write_text(
        "".join(json.dumps(v.as_json(), ensure_ascii=False) + "\n" for v in ordered),
        encoding="utf-8",
    )
    return counts


def answer_verdict(item: dict[str, object], answer: dict[str, object]) -> Verdict:
    """One reader's answer to one item, hashed."""
    also: list[str] = answer.get("also") or []  # type: ignore[assignment]
    names = [str(answer.get("speaker") or ""), *map(str, also)]
    quote = bool(answer.get("quote", True))
    return Verdict(
        doc_key(str(item["doc_id"])),
        int(str(item["start"])),
        int(str(item["end"])),
        str(item["on"]),
        tuple(Speaker.of(n) for n in names if quote and bq.surname(n)) if names[0] else (),
        quote,
        str(answer.get("fault", "")),
        # Only the label: a reader's free text could carry corpus words into the repository.
        str(answer.get("kind", "")).split(":", 1)[0].strip(),
        bool(answer.get("sure", True)),
        str(item.get("why", "")).startswith("audit"),
    )

"""Benchmark of answering at scale (a script, not a timed test).

Generates a synthetic corpus (Zipf-distributed words; default 100,000 articles,
1,000,000 paragraphs, 300,000 quotes), bulk-loads it, then in a fresh process measures
start-up, latency p50/p95 per question kind, peak memory and top-1 accuracy on noisy
who-said questions, the same for who-said questions no quote answers (misses), and the
obvious baseline: a rapidfuzz scan over every quote.

    .venv/bin/python scripts/bench_answers.py                 # full size, a few minutes
    .venv/bin/python scripts/bench_answers.py --articles 5000 # quick look
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from itertools import accumulate
from pathlib import Path
from typing import TYPE_CHECKING, Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlite_utils import Database

from store.db import open_db

if TYPE_CHECKING:  # imported for real inside measure(), whose start-up is timed
    from handlers.records import Answer

ROLES = (
    "foreign minister",
    "defence minister",
    "finance minister",
    "prime minister",
    "president",
    "central bank governor",
    "health minister",
    "opposition leader",
    "spokesperson",
    "mayor",
    "ambassador",
    "chief executive",
    "union leader",
    "police chief",
    "energy minister",
    "trade envoy",
)


@dataclass(frozen=True)
class Sizes:
    articles: int
    paragraphs_per_article: int
    quotes_per_article: int
    speakers: int
    vocabulary: int


# --- a synthetic language -----------------------------------------------------------------


def make_vocabulary(rng: random.Random, size: int) -> list[str]:
    """Distinct pronounceable words; the most frequent are the shortest, as in real text."""
    consonants = "bcdfghjklmnprstvwz"
    vowels = "aeiou"
    words: list[str] = []
    seen: set[str] = set()
    while len(words) < size:
        rank = len(words)
        syllables = 1 if rank < 150 else 2 if rank < 3000 else rng.choice((2, 3, 3, 4))
        word = "".join(rng.choice(consonants) + rng.choice(vowels) for _ in range(syllables))
        if rng.random() < 0.3:
            word += rng.choice(consonants)
        if word not in seen:
            seen.add(word)
            words.append(word)
    return words


class Language:
    """Zipf-distributed text over a vocabulary."""

    def __init__(self, rng: random.Random, size: int) -> None:
        self.rng = rng
        self.words = make_vocabulary(rng, size)
        self.cum = list(accumulate(1.0 / (rank + 1) ** 1.05 for rank in range(size)))

    def sentence(self, n: int) -> str:
        return " ".join(self.rng.choices(self.words, cum_weights=self.cum, k=n))


# --- building the corpus ------------------------------------------------------------------


def build(path: Path, sizes: Sizes, seed: int) -> dict[str, object]:
    """Generate and bulk-load the corpus; returns what the load measured."""
    from store.search import rebuild_terms

    rng = random.Random(seed)
    language = Language(rng, sizes.vocabulary)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    db = open_db(path)
    triggers = _drop_fts_triggers(db)
    speakers = _speakers(rng, language, sizes.speakers)
    started = time.perf_counter()
    with db.atomic():
        db.conn.executemany(
            "INSERT INTO speakers (id, name) VALUES (?, ?)",
            [(i + 1, s[0]) for i, s in enumerate(speakers)],
        )
    batch = 5000
    for first in range(0, sizes.articles, batch):
        rows = _generate(rng, language, speakers, sizes, first, min(batch, sizes.articles - first))
        with db.atomic():
            db.conn.executemany(
                "INSERT INTO articles (id, url, content_hash, title, source, published, "
                "ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                rows["articles"],
            )
            db.conn.executemany(
                "INSERT INTO paragraphs (id, article_id, position, text) VALUES (?, ?, ?, ?)",
                rows["paragraphs"],
            )
            db.conn.executemany(
                "INSERT INTO quotes (id, article_id, paragraph_id, position, text, speaker_id, "
                "speaker, role, kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'direct')",
                rows["quotes"],
            )
            db.conn.executemany(
                "INSERT OR IGNORE INTO speaker_names (speaker_id, article_id, name) "
                "VALUES (?, ?, ?)",
                rows["names"],
            )
        print(f"\r  generated {first + batch:,} articles", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    loaded = time.perf_counter()
    with db.atomic():
        for table in ("paragraphs", "quotes"):
            db.execute(f"INSERT INTO {table}_fts({table}_fts) VALUES ('rebuild')")
        for sql in triggers:
            db.execute(sql)
    indexed = time.perf_counter()
    rebuild_terms(db)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.execute("ANALYZE")
    finished = time.perf_counter()
    counts = {
        t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("articles", "paragraphs", "quotes", "speakers", "speaker_names")
    }
    db.close()
    return {
        "counts": counts,
        "generate_and_insert_s": round(loaded - started, 1),
        "fts_rebuild_s": round(indexed - loaded, 1),
        "terms_s": round(finished - indexed, 1),
        "total_s": round(finished - started, 1),
        "articles_per_s": round(sizes.articles / (finished - started)),
        "db_bytes": sum(
            Path(f"{path}{s}").stat().st_size for s in ("", "-wal") if Path(f"{path}{s}").exists()
        ),
    }


def _drop_fts_triggers(db: Database) -> list[str]:
    """The FTS triggers' SQL, dropped for the bulk load (the index is rebuilt once after)."""
    rows = db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
        "AND tbl_name IN ('paragraphs', 'quotes')"
    ).fetchall()
    for name, _ in rows:
        db.execute(f"DROP TRIGGER {name}")
    return [sql for _, sql in rows]


def _speakers(rng: random.Random, language: Language, n: int) -> list[tuple[str, str, str]]:
    """(full name, surname, role) for each speaker; names come from the rare words."""
    rare = language.words[len(language.words) // 2 :]
    out: list[tuple[str, str, str]] = []
    names: set[str] = set()
    while len(out) < n:
        first, last = rng.choice(rare).capitalize(), rng.choice(rare).capitalize()
        if f"{first} {last}" in names:
            continue
        names.add(f"{first} {last}")
        country = rng.choice(rare[:500]).capitalize()
        out.append((f"{first} {last}", last, f"{country}n {rng.choice(ROLES)}"))
    return out


def _generate(
    rng: random.Random,
    language: Language,
    speakers: list[tuple[str, str, str]],
    sizes: Sizes,
    first: int,
    count: int,
) -> dict[str, list[tuple[object, ...]]]:
    rows: dict[str, list[tuple[object, ...]]] = {
        "articles": [],
        "paragraphs": [],
        "quotes": [],
        "names": [],
    }
    ppa, qpa = sizes.paragraphs_per_article, sizes.quotes_per_article
    for index in range(first, first + count):
        article_id = index + 1
        day = 1 + index * 3650 // max(1, sizes.articles)  # spread over ten years
        year, rest = 2015 + day // 365, day % 365
        published = f"{year}-{1 + rest // 31:02d}-{1 + rest % 28:02d}"
        rows["articles"].append(
            (
                article_id,
                f"https://example.com/{article_id}",
                f"h{article_id}",
                language.sentence(rng.randint(5, 10)).capitalize(),
                rng.choice(("TASS", "Reuters", "AP", "AFP", "BBC")),
                published,
                "2026-01-01T00:00:00",
            )
        )
        cast = rng.sample(range(len(speakers)), 2)
        quoted = set(rng.sample(range(ppa), qpa))
        for position in range(ppa):
            paragraph_id = index * ppa + position + 1
            if position in quoted:
                speaker_index = cast[position % 2]
                full, last, role = speakers[speaker_index]
                quote = language.sentence(rng.randint(12, 30)).capitalize()
                text = f'"{quote}," {role} {full} said. {language.sentence(rng.randint(5, 15))}.'
                rows["quotes"].append(
                    (
                        index * qpa + len([q for q in quoted if q < position]) + 1,
                        article_id,
                        paragraph_id,
                        position,
                        quote,
                        speaker_index + 1,
                        full,
                        role,
                    )
                )
                for name in (full, last, role, f"the {role}"):
                    rows["names"].append((speaker_index + 1, article_id, name))
            else:
                text = language.sentence(rng.randint(20, 40)).capitalize() + "."
            rows["paragraphs"].append((paragraph_id, article_id, position, text))
    return rows


# --- questions ----------------------------------------------------------------------------


def make_questions(
    path: Path, counts: dict[str, int], n_who: int, n_other: int, seed: int
) -> dict[str, list[dict[str, Any]]]:
    """Noisy who-said fragments with their quote; speaker and search questions.

    Asked about the generated corpus only (counts from the bulk load), so the same
    questions are asked after --reuse, when everyday-ingest articles were added.
    """
    rng = random.Random(seed + 1)
    db = Database(path)
    quotes = counts["quotes"]
    who = []
    for qid in rng.sample(range(1, quotes + 1), n_who):
        (text,) = db.execute("SELECT text FROM quotes WHERE id = ?", [qid]).fetchone()
        who.append({"id": qid, "quote": text, "question": "who said " + noisy(rng, text)})
    speaker = []
    for sid in rng.sample(range(1, counts["speakers"] + 1), min(n_other, counts["speakers"])):
        row = db.execute(
            "SELECT s.name, q.role, q.text FROM quotes q JOIN speakers s ON s.id = q.speaker_id "
            "WHERE s.id = ? LIMIT 1",
            [sid],
        ).fetchone()
        if row is None:
            continue
        name, role, text = row
        topic = max(text.split(), key=len)
        way = rng.choice(("full", "surname", "role", "typo"))
        named = {
            "full": name,
            "surname": name.split()[-1],
            "role": f"the {role}",
            "typo": typo(rng, name.split()[-1]),
        }[way]
        speaker.append(
            {"speaker": name, "question": f"what did {named} say about {topic}?", "way": way}
        )
    search = []
    paragraphs = counts["paragraphs"]
    for pid in rng.sample(range(1, paragraphs + 1), n_other):
        (text,) = db.execute("SELECT text FROM paragraphs WHERE id = ?", [pid]).fetchone()
        # Words of the paragraph's own text: a quote's attribution (name, role) is shared
        # by many paragraphs, so words from it would ask an ambiguous question.
        body = text.split('," ')[0]
        words = sorted(
            set(body.lower().strip(".").replace('"', "").replace(",", "").split()), key=len
        )[-4:]
        search.append({"id": pid, "question": "/search " + " ".join(rng.sample(words, 3))})
    unanswered = unanswerable(db, rng, counts["quotes"], n_other)
    db.close()
    return {"who_said": who, "unanswered": unanswered, "speaker": speaker, "search": search}


COMMON_DF = 5_000  # a word in more rows than this is taken to be in every row (see below)


def unanswerable(db: Database, rng: random.Random, quotes: int, n: int) -> list[dict[str, object]]:
    """Who-said questions of 5-10 words that no quote or paragraph holds: a third of words
    the corpus never had (names, typos far from any word, another language), a third mixing
    those with corpus words, a third of corpus words only, in an order no one wrote.

    A question is kept only if no row holds half its meaning words, which is what a quote
    needs to be an answer (quotes.shares_meaning); words commoner than COMMON_DF are counted
    as held everywhere, so the check reads only the short posting lists.
    """
    from store.search.tokens import content_words

    vocabulary = [
        str(t)
        for (t,) in db.execute(
            "SELECT term FROM search_terms WHERE tbl = 'paragraphs' ORDER BY df DESC LIMIT 50000"
        )
    ]
    out: list[dict[str, object]] = []
    while len(out) < n:
        family = ("unknown", "mixed", "known")[len(out) % 3]
        size = rng.randint(5, 10)
        picked = []
        for i in range(size):
            invented = family == "unknown" or (family == "mixed" and i % 2 == 0)
            if invented:
                picked.append(invented_word(rng))
            elif rng.random() < 0.3:
                picked.append(rng.choice(vocabulary[:300]))  # the commonest words
            else:
                picked.append(rng.choice(vocabulary[300:]))
        question = " ".join(picked)
        if not _held_by_no_row(db, content_words(question)):
            continue
        out.append({"question": "who said " + question, "family": family})
    return out


def invented_word(rng: random.Random) -> str:
    """A pronounceable word the corpus cannot hold: its vowels include y, its consonants x or q
    (the generated language has neither), at least two edits from any of its words."""
    letters = []
    for _ in range(rng.randint(2, 4)):
        letters.append(rng.choice("bcdfghjklmnprstvwzxq"))
        letters.append(rng.choice("aeiouy"))
    slots = rng.sample(range(len(letters)), 2)
    for at in slots:
        letters[at] = "y" if at % 2 else rng.choice("xq")
    return "".join(letters)


def _held_by_no_row(db: Database, meaning: list[str]) -> bool:
    need = (len(meaning) + 1) // 2
    frequencies = dict(
        db.execute(
            "SELECT term, max(df) FROM search_terms WHERE term IN ({}) GROUP BY term".format(
                ",".join("?" * len(meaning))
            ),
            meaning,
        ).fetchall()
    )
    common = [w for w in meaning if frequencies.get(w, 0) > COMMON_DF]
    rare = [w for w in meaning if 0 < frequencies.get(w, 0) <= COMMON_DF]
    need -= len(common)
    if need <= 0:
        return False
    for table in ("quotes", "paragraphs"):
        held: dict[int, int] = {}
        for word in rare:
            for (rowid,) in db.execute(
                f"SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH ?", [f'"{word}"']
            ):
                held[rowid] = held.get(rowid, 0) + 1
        if any(count >= need for count in held.values()):
            return False
    return True


def typo(rng: random.Random, word: str) -> str:
    """One random edit: substitute, delete, insert or swap, anywhere in the word."""
    at = rng.randrange(len(word))
    letter = rng.choice("abcdefghijklmnopqrstuvwxyz")
    edit = rng.choice(("sub", "del", "ins", "swap"))
    if edit == "sub":
        return word[:at] + letter + word[at + 1 :]
    if edit == "del" and len(word) > 3:
        return word[:at] + word[at + 1 :]
    if edit == "swap" and at < len(word) - 1:
        return word[:at] + word[at + 1] + word[at] + word[at + 2 :]
    return word[:at] + letter + word[at:]


def noisy(rng: random.Random, quote: str) -> str:
    """A fragment of 5-10 words, maybe with a word dropped, with 1-2 typos."""
    words = quote.split()
    size = rng.randint(5, min(10, len(words)))
    start = rng.randrange(len(words) - size + 1)
    fragment = words[start : start + size]
    if rng.random() < 0.5 and len(fragment) > 5:
        del fragment[rng.randrange(1, len(fragment) - 1)]
    for _ in range(rng.randint(1, 2)):
        candidates = [i for i, w in enumerate(fragment) if len(w) >= 4]
        if candidates:
            i = rng.choice(candidates)
            fragment[i] = typo(rng, fragment[i])
    return " ".join(fragment)


# --- measuring (in a fresh process) -------------------------------------------------------


def measure(path: Path, questions_file: Path, baseline_n: int) -> dict[str, Any]:
    """Start-up, latencies, accuracy, peak memory; then the full-scan baseline."""
    started = time.perf_counter()
    from handlers.answer import answer_question

    db = open_db(path)
    answer_question(db, "who said hello world")
    startup = time.perf_counter() - started
    questions = json.loads(questions_file.read_text())
    report: dict[str, Any] = {"startup_s": round(startup, 3)}
    report["articles_now"] = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    checks = {
        "who_said": _who_ok,
        "unanswered": _miss_ok,
        "speaker": _speaker_ok,
        "search": _search_ok,
    }
    correct_who: list[bool] = []
    for kind, check in checks.items():
        report[kind], correct = time_answers(
            db, questions[kind], lambda q: str(q["question"]), partial(check, db)
        )
        if kind == "who_said":
            correct_who = correct
    report["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    texts = _scan_texts(db)
    baseline = _baseline(db, questions["who_said"][:baseline_n], texts)
    same = correct_who[:baseline_n]
    baseline["ours_top1_same_questions"] = round(sum(same) / max(1, len(same)), 3)
    report["baseline"] = baseline
    report["baseline_unanswered"] = _baseline(db, questions["unanswered"][:baseline_n], texts)
    ours = report["who_said"]
    assert isinstance(ours, dict)
    report["speedup_median"] = round(baseline["median_ms"] / ours["median_ms"], 1)
    report["speedup_p95"] = round(baseline["p95_ms"] / ours["p95_ms"], 1)
    return report


def time_answers(
    db: Database,
    asked: list[dict[str, Any]],
    question_of: Callable[[dict[str, Any]], str],
    check: Callable[[dict[str, Any], Answer], bool],
) -> tuple[dict[str, float], list[bool]]:
    """Latencies and top-1 of answering each question (scripts/bench_answers_ru.py times its
    own the same way), and whether each was right."""
    from handlers.answer import answer_question

    latencies, cpu, correct = [], [], []
    for q in asked:
        question = question_of(q)
        t, c = time.perf_counter(), time.thread_time()
        answer = answer_question(db, question)
        latencies.append(time.perf_counter() - t)
        cpu.append(time.thread_time() - c)
        correct.append(check(q, answer))
    summary = _summary(latencies, correct)
    # CPU time of the answering thread: what the question costs on one core, without
    # the noise of other processes sharing the machine.
    cpu_summary = _summary(cpu, correct)
    summary["cpu_median_ms"] = cpu_summary["median_ms"]
    summary["cpu_p95_ms"] = cpu_summary["p95_ms"]
    return summary, correct


def _who_ok(db: Database, q: dict[str, Any], answer: Answer) -> bool:
    hits = answer.hits
    return bool(hits) and hits[0].quote == q["quote"]


def _miss_ok(db: Database, q: dict[str, Any], answer: Answer) -> bool:
    """No quote holds these words: the right answer is none."""
    return not answer.hits


def _speaker_ok(db: Database, q: dict[str, Any], answer: Answer) -> bool:
    hits = answer.hits
    return bool(hits) and hits[0].speaker == q["speaker"]


def _search_ok(db: Database, q: dict[str, Any], answer: Answer) -> bool:
    hits = answer.hits
    if not hits:
        return False
    (text,) = db.execute("SELECT text FROM paragraphs WHERE id = ?", [q["id"]]).fetchone()
    return bool(hits[0].paragraph == text)


def _summary(latencies: list[float], correct: list[bool]) -> dict[str, float]:
    if not latencies:
        return {}
    ordered = sorted(latencies)
    return {
        "n": len(latencies),
        "median_ms": round(statistics.median(ordered) * 1000, 2),
        "p95_ms": round(ordered[int(0.95 * (len(ordered) - 1))] * 1000, 2),
        "max_ms": round(ordered[-1] * 1000, 2),
        "top1": round(sum(correct) / len(correct), 3),
    }


@dataclass(frozen=True)
class ScanTexts:
    """Every quote, preprocessed once for the rapidfuzz scan, and what loading them cost."""

    raw: list[str]
    processed: list[str]
    load_s: float
    extra_rss_mb: int


def _scan_texts(db: Database) -> ScanTexts:
    from rapidfuzz import utils

    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    loaded = time.perf_counter()
    raw = [str(t) for (t,) in db.execute("SELECT text FROM quotes")]
    processed = [utils.default_process(t) for t in raw]
    load_s = time.perf_counter() - loaded
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return ScanTexts(raw, processed, round(load_s, 1), round((after - before) / 1024))


def _baseline(db: Database, who: list[dict[str, object]], texts: ScanTexts) -> dict[str, float]:
    """rapidfuzz extractOne with token_set_ratio over every quote, preprocessed once.

    Top-1: the asked quote first; for a question no quote answers, nothing over the cutoff.
    """
    asked = [(str(q["question"]).removeprefix("who said "), q.get("quote")) for q in who]
    summary = scan_baseline(texts, asked)
    summary["load_s"] = texts.load_s
    summary["extra_rss_mb"] = texts.extra_rss_mb
    return summary


def scan_baseline(texts: ScanTexts, asked: Sequence[tuple[str, object]]) -> dict[str, float]:
    """The baseline's latencies and top-1 for (words asked, quote wanted or None) pairs;
    scripts/bench_answers_ru.py scans the same way."""
    from rapidfuzz import fuzz, process, utils

    latencies, correct = [], []
    for words, wanted in asked:
        t = time.perf_counter()
        best = process.extractOne(
            utils.default_process(words),
            texts.processed,
            scorer=fuzz.token_set_ratio,
            score_cutoff=50,
        )
        latencies.append(time.perf_counter() - t)
        correct.append(
            best is None if wanted is None else best is not None and texts.raw[best[2]] == wanted
        )
    return _summary(latencies, correct)


# --- main ---------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="/tmp/newsbot-bench.db")
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--questions", type=int, default=500)
    parser.add_argument("--other-questions", type=int, default=200)
    parser.add_argument("--baseline-questions", type=int, default=100)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--incremental", type=int, default=1000, help="articles saved one by one")
    parser.add_argument("--reuse", action="store_true", help="keep an existing corpus")
    parser.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    path = Path(args.db)
    questions_file = Path(f"{path}.questions.json")
    if args.measure:
        print(json.dumps(measure(path, questions_file, args.baseline_questions)))
        return 0
    sizes = Sizes(args.articles, 10, 3, max(50, args.articles // 30), 50_000)
    if not (args.reuse and path.exists()):
        print(f"building {sizes.articles:,} articles at {path} ...", file=sys.stderr)
        load = build(path, sizes, args.seed)
        Path(f"{path}.load.json").write_text(json.dumps(load))
    load = json.loads(Path(f"{path}.load.json").read_text())
    questions = make_questions(
        path, load["counts"], args.questions, args.other_questions, args.seed
    )
    questions_file.write_text(json.dumps(questions))
    print("measuring in a fresh process ...", file=sys.stderr)
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    done = subprocess.run(
        [
            sys.executable,
            __file__,
            "--db",
            str(path),
            "--measure",
            "--baseline-questions",
            str(args.baseline_questions),
        ],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    result = json.loads(done.stdout)
    result["cli_startup_s"] = _cli_startup(path)
    if args.incremental > 0:  # --incremental 0 measures answering only
        result["incremental"] = _incremental(path, args.incremental, args.seed)
    print_report(load, result)
    return 0


def _incremental(path: Path, n: int, seed: int) -> dict[str, float]:
    """Articles added the everyday way (save_article: quote extraction, FTS triggers) to the
    big store, then the first question, which folds their new words into search_terms."""
    from handlers.answer import answer_question
    from store.ingest.batch import store_article
    from store.models import Article

    rng = random.Random(seed + time.time_ns())  # new articles on every run, even with --reuse
    language = Language(rng, 50_000)
    db = open_db(path)
    articles = []
    for i in range(n):
        paragraphs = []
        for _ in range(10):
            if rng.random() < 0.3:
                name = f"{rng.choice(language.words[-20000:]).capitalize()} Quokka{i}"
                paragraphs.append(
                    f'"{language.sentence(rng.randint(12, 30)).capitalize()}," {name} said.'
                )
            else:
                paragraphs.append(language.sentence(rng.randint(20, 40)).capitalize() + ".")
        articles.append(
            Article(
                title=language.sentence(7).capitalize(),
                paragraphs=tuple(paragraphs),
                source="Bench",
                published="2026-01-02",
                url=f"https://example.com/new/{time.time_ns()}/{i}",
            )
        )
    started = time.perf_counter()
    for article in articles:
        store_article(db, article)
    saved = time.perf_counter() - started
    started = time.perf_counter()
    answer_question(db, "who said " + articles[-1].paragraphs[0][:40])
    first = time.perf_counter() - started
    db.close()
    return {"articles": n, "per_s": round(n / saved), "first_answer_ms": round(first * 1000, 1)}


def _cli_startup(path: Path) -> float:
    """Wall time of `newsbot ask` answering one question on the big store, from a cold start."""
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "bot", "--db", str(path), "ask", "who said the bench is done"],
        capture_output=True,
        check=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    return round(time.perf_counter() - started, 3)


def print_report(load: dict[str, Any], result: dict[str, Any]) -> None:
    counts = load["counts"]
    print(f"corpus: {counts}; articles in the store now: {result['articles_now']:,}")
    print(
        f"ingest (bulk load, FTS rebuild, term table): {load['articles_per_s']:,} articles/s, "
        f"{load['total_s']} s (insert {load['generate_and_insert_s']} s incl. generation, "
        f"FTS {load['fts_rebuild_s']} s, terms {load['terms_s']} s)"
    )
    print(f"database size: {int(load['db_bytes']) / 2**20:,.0f} MiB")
    print(
        f"start-up: `newsbot ask QUESTION` {result['cli_startup_s']} s from process start; "
        f"import + open + first answer {result['startup_s']} s"
    )
    for kind in ("who_said", "unanswered", "speaker", "search"):
        s = result[kind]
        print(
            f"{kind:10} n={s['n']:4}  p50 {s['median_ms']:6.2f} ms  p95 {s['p95_ms']:6.2f} ms  "
            f"max {s['max_ms']:7.2f} ms  (CPU p50 {s['cpu_median_ms']:.2f} p95 "
            f"{s['cpu_p95_ms']:.2f} ms)  top-1 {s['top1']:.3f}"
        )
    print(f"peak memory (RSS) answering: {result['peak_rss_mb']} MB")
    b = result["baseline"]
    print(
        f"baseline full rapidfuzz scan, n={b['n']}: p50 {b['median_ms']:.1f} ms  "
        f"p95 {b['p95_ms']:.1f} ms  top-1 {b['top1']:.3f}  "
        f"(ours on the same questions: top-1 {b['ours_top1_same_questions']:.3f}); "
        f"loading the quotes {b['load_s']} s, +{b['extra_rss_mb']} MB"
    )
    u = result["baseline_unanswered"]
    print(
        f"baseline scan on unanswered who-said, n={u['n']}: p50 {u['median_ms']:.1f} ms  "
        f"p95 {u['p95_ms']:.1f} ms  nothing over its cutoff {u['top1']:.3f} "
        f"(ours: no answer {result['unanswered']['top1']:.3f})"
    )
    inc = result.get("incremental")
    if inc:
        print(
            f"everyday ingest (save_article: extraction, FTS triggers) of {inc['articles']} "
            f"more articles: {inc['per_s']} articles/s; the first answer after it: "
            f"{inc['first_answer_ms']} ms"
        )
    print(f"speed-up, who-said: {result['speedup_median']}x median, {result['speedup_p95']}x p95")
    who, miss = result["who_said"], result["unanswered"]
    print(
        f"who-said p50/p95 at {counts['paragraphs']:,} paragraphs: answered "
        f"{who['median_ms']:.1f}/{who['p95_ms']:.1f} ms, "
        f"unanswered {miss['median_ms']:.1f}/{miss['p95_ms']:.1f} ms; rapidfuzz scan "
        f"{b['median_ms']:.1f}/{b['p95_ms']:.1f} ms and {u['median_ms']:.1f}/{u['p95_ms']:.1f} ms"
    )
    # On a shared machine the wall figures carry the other processes' load; CPU time does not.
    print(
        f"the same in CPU time: answered {who['cpu_median_ms']:.1f}/{who['cpu_p95_ms']:.1f} ms, "
        f"unanswered {miss['cpu_median_ms']:.1f}/{miss['cpu_p95_ms']:.1f} ms"
    )


if __name__ == "__main__":
    raise SystemExit(main())

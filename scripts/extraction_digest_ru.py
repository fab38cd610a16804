"""One sha256 over every field parse_text and extract_quotes give for Russian text, and one over
parse_text for English text: speed changes to parsing (store/ingest/text.py) and to the Russian
extractor (store/quotes/ru/) must leave both byte-identical.

Russian: every tests/fixtures/ru article, then GENERATED articles built from those fixtures'
sentences (shuffled with a fixed seed, so new neighbours and paragraph lengths), then VARIED
ones (scripts/varied_ru.py: the fixtures with other people and words, so names in every case
and gender the caches have not seen). English: the
built-in seed articles and, when present, the PolNeAR texts (read, never copied anywhere).
Prints both digests and the CPU seconds of the Russian pass (best of --repeat).

    .venv/bin/python scripts/extraction_digest_ru.py [--repeat N]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
import time
from dataclasses import astuple
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from varied_ru import VariedArticles  # noqa: E402

from store.errors import SourceError  # noqa: E402
from store.ingest.text import parse_text  # noqa: E402
from store.quotes.extract import extract_quotes  # noqa: E402
from store.quotes.ru.cues import forget_words  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures" / "ru"
POLNEAR = Path("/work/shared/eval/polnear/train_dev.jsonl")
GENERATED = 300
VARIED = 300
_SENTENCE = re.compile(r"(?<=[.!?»])\s+(?=[«А-ЯЁ—])")


def fixture_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))]


def generated_texts(fixtures: list[str]) -> list[str]:
    """Articles of the fixtures' own sentences in new orders: headers kept, bodies shuffled."""
    chance = random.Random(13)
    sentences = [
        s
        for text in fixtures
        for paragraph in text.split("\n\n")[2:]
        for s in _SENTENCE.split(paragraph.strip())
        if s
    ]
    texts = []
    for at in range(GENERATED):
        header = fixtures[at % len(fixtures)].split("\n\n")[:2]
        paragraphs = [
            " ".join(chance.sample(sentences, chance.randint(1, 4)))
            for _ in range(chance.randint(2, 9))
        ]
        if at % 2:  # half with the dateline paragraph, half plain
            header = header[:1]
        texts.append("\n\n".join([*header, *paragraphs]))
    return texts


def english_texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    if POLNEAR.exists():
        with POLNEAR.open(encoding="utf-8") as lines:
            texts += [json.loads(line)["text"] for line in lines]
    return texts


def feed(digest: hashlib._Hash, value: object) -> None:
    digest.update(repr(value).encode("utf-8"))
    digest.update(b"\x00")


def russian_digest(texts: list[str], cold: bool) -> str:
    digest = hashlib.sha256()
    for text in texts:
        if cold:
            forget_words()
        article = parse_text(text)
        feed(digest, astuple(article))
        feed(digest, astuple(extract_quotes(article)))
    return digest.hexdigest()


def english_digest(texts: list[str]) -> str:
    digest = hashlib.sha256()
    for text in texts:
        try:
            feed(digest, astuple(parse_text(text)))
        except SourceError as error:
            feed(digest, str(error))
    return digest.hexdigest()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=1, help="passes to time (best is shown)")
    args = parser.parse_args()
    fixtures = fixture_texts()
    russian = fixtures + generated_texts(fixtures) + VariedArticles(fixtures).take(VARIED)
    cold = russian_digest(russian, cold=True)
    best = float("inf")
    for _ in range(args.repeat):
        started = time.process_time()
        warm = russian_digest(russian, cold=False)
        best = min(best, time.process_time() - started)
    assert warm == cold, "warm and cold caches read the same text differently"
    print(f"russian {len(russian)} articles  {warm}")
    print(f"english {len(english_texts())} texts parsed  {english_digest(english_texts())}")
    print(f"russian warm pass {best:.3f} CPU s ({len(russian) / best:.0f} articles/s)")


if __name__ == "__main__":
    main()

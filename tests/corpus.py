"""A small corpus for retrieval and answer tests: the seed and articles of our own."""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from store.ingest.batch import store_article
from store.ingest.text import parse_text
from store.models import Article, AttributionHow
from store.quotes.confidence import CONFIDENCE

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_3c302c1893ed88f7.txt"

# Small articles of our own beside the seed: two speakers with roles, hostile markup,
# Cyrillic, a year-less date. Speakers are set through SQL so these tests do not depend
# on how well quote extraction attributes them.
OWN_ARTICLES = [
    (
        Article(
            title="Minister warns of drought as rivers shrink",
            source="Reuters",
            published="2024-03-05",
            url="https://example.com/drought",
            paragraphs=(
                '"The rivers are drying faster than our models predicted," Environment '
                "Minister Jane Okafor said on Tuesday.",
                '"We will ration water in the capital from April," Okafor told reporters.',
                "Farmers in the north have lost half of the wheat harvest this year.",
            ),
        ),
        ("Jane Okafor", "Environment Minister", ["Okafor", "Environment Minister", "Jane Okafor"]),
    ),
    (
        Article(
            title="Central bank holds rates",
            source="AP",
            published="2025-01-10",
            url="https://example.com/rates",
            paragraphs=(
                '"Inflation remains stubbornly high, so we are holding rates at 4.5 percent," '
                "central bank governor Piotr Nowak said.",
                '"Nobody should expect cuts before the summer," Nowak added.',
                '"Water prices feed inflation too," Nowak said of the drought.',
            ),
        ),
        ("Piotr Nowak", "Central Bank Governor", ["Nowak", "central bank governor"]),
    ),
    (
        Article(
            title='Tags <b>& "quotes"</b> in a title',
            source="Local & Co",
            published=None,
            url=None,
            paragraphs=('"Use <script>alert(1)</script> & enjoy the fair," said the organiser.',),
        ),
        ("Mary <Smith>", "organiser & host", ["the organiser"]),
    ),
    (
        Article(
            title="Лавров о Грузии",
            source="ТАСС",
            published="--07-23",
            paragraphs=("«Мяч на стороне наших грузинских соседей», — сказал Лавров.",),
        ),
        None,
    ),
]
LAVROV = (
    "Sergey Lavrov",
    "Russian Foreign Minister",
    ["Lavrov", "Russian Foreign Minister", "the foreign minister"],
)


def attribute(db: Database, article_id: int, speaker: str, role: str, names: list[str]) -> None:
    """Give every quote of an article this speaker (as the extractor will), with its names."""
    with db.atomic():
        db.execute("INSERT OR IGNORE INTO speakers (name) VALUES (?)", [speaker])
        (sid,) = db.execute("SELECT id FROM speakers WHERE name = ?", [speaker]).fetchone()
        db.execute(
            # Named by hand, as a full name at the cue would be: no hedge in answers.
            "UPDATE quotes SET speaker_id = ?, speaker = ?, role = ?, how = ?, confidence = ? "
            "WHERE article_id = ?",
            [
                sid,
                speaker,
                role,
                AttributionHow.NAMED,
                CONFIDENCE[AttributionHow.NAMED],
                article_id,
            ],
        )
        for name in {speaker, role, *names}:
            db.execute(
                "INSERT OR IGNORE INTO speaker_names (speaker_id, article_id, name) "
                "VALUES (?, ?, ?)",
                [sid, article_id, name],
            )


def build_corpus(db: Database) -> Database:
    """The seed and our own articles, with speakers."""
    seed = store_article(db, parse_text(SEED.read_text(encoding="utf-8")))
    attribute(db, seed.article_id, *LAVROV)
    for article, speaker in OWN_ARTICLES:
        saved = store_article(db, article)
        if speaker:
            attribute(db, saved.article_id, *speaker)
    return db


def count(db: Database, table: str) -> int:
    """How many rows table holds."""
    return int(db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])

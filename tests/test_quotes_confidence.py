"""How each attribution was made, and how sure it is: stored, and shown in JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlite_utils import Database

from bot.cli import main
from handlers.answer import answer_question
from handlers.render import render_json
from store.ingest.batch import store_article
from store.models import Article, AttributionHow
from store.quotes.confidence import CONFIDENCE, WAY_SHIFT, WEIGHTS, confidence_of, weighed
from store.quotes.evidence import Clue
from store.quotes.extract import extract_quotes

HOW = AttributionHow

# Invented paragraphs; the quote asked about comes last in each.
CASES = [
    # (paragraphs, expected speaker, expected how)
    (
        ['"The nets stay in port," said Ingrid Halvorsen, the fisheries minister.'],
        "Ingrid Halvorsen",
        HOW.NAMED,
    ),
    (
        [
            "Ingrid Halvorsen, the fisheries minister, met the trawler crews on Monday.",
            '"The nets stay in port," Halvorsen said.',
        ],
        "Ingrid Halvorsen",
        HOW.SURNAME,
    ),
    (
        [
            "Ingrid Halvorsen, the fisheries minister, met the trawler crews on Monday.",
            '"The nets stay in port," she said.',
        ],
        "Ingrid Halvorsen",
        HOW.PRONOUN,
    ),
    (
        [
            "Ingrid Halvorsen, the fisheries minister, met the trawler crews on Monday.",
            '"The nets stay in port," the minister said.',
        ],
        "Ingrid Halvorsen",
        HOW.DESCRIPTION,
    ),
    (
        ['"The nets stay in port," the Fisheries Ministry said in a statement.'],
        "Fisheries Ministry",
        HOW.ORGANISATION,
    ),
    (
        ['"The nets stay in port until the quota is agreed by every harbour." — Ingrid Halvorsen'],
        "Ingrid Halvorsen",
        HOW.LAYOUT,
    ),
    (
        [
            '"The nets stay in port," said Ingrid Halvorsen, the fisheries minister.',
            '"And they stay there until every harbour has signed the quota agreement."',
        ],
        "Ingrid Halvorsen",
        HOW.CARRIED,
    ),
]


@pytest.mark.parametrize(("paragraphs", "speaker", "how"), CASES)
def test_each_way_of_finding_a_speaker_is_recorded(
    paragraphs: list[str], speaker: str, how: AttributionHow
) -> None:
    article = Article(title="Trawlers wait for the quota", paragraphs=tuple(paragraphs))
    quote = [q for q in extract_quotes(article).quotes if q.paragraph == len(paragraphs) - 1][-1]
    assert (quote.speaker, quote.how) == (speaker, how)
    # Each quote here stands in the plainest frame ("“...,” X said."): no clue lowers its way.
    assert quote.confidence >= CONFIDENCE[how]


def test_a_quote_with_no_speaker_has_no_how_and_no_confidence() -> None:
    article = Article(title="Harbour", paragraphs=('"The nets stay in port until the spring."',))
    (quote,) = extract_quotes(article).quotes
    assert (quote.speaker, quote.how, quote.confidence) == (None, None, 0.0)


def test_the_surer_ways_say_so() -> None:
    # The order the calibration must keep: a name at the cue beats a pronoun, which beats a
    # quote that merely sits near someone's speech.
    assert CONFIDENCE[HOW.NAMED] > CONFIDENCE[HOW.PRONOUN] > CONFIDENCE[HOW.NEARBY]
    assert all(0.0 < value < 1.0 for value in CONFIDENCE.values())
    assert set(CONFIDENCE) == set(AttributionHow)
    assert confidence_of(None) == 0.0


def stored_quotes(db: Database) -> list[tuple[str, str | None, float | None]]:
    return [
        (str(text), how, confidence)
        for text, how, confidence in db.execute("SELECT text, how, confidence FROM quotes")
    ]


def test_how_and_confidence_are_stored_and_answered(fresh_db: Database) -> None:
    store_article(
        fresh_db,
        Article(
            title="Trawlers wait for the quota",
            paragraphs=(
                "Ingrid Halvorsen, the fisheries minister, met the trawler crews on Monday.",
                '"The nets stay in port until the quota is signed," she said.',
            ),
        ),
    )
    assert stored_quotes(fresh_db) == [
        ("The nets stay in port until the quota is signed", "pronoun", CONFIDENCE[HOW.PRONOUN])
    ]
    answer = answer_question(fresh_db, "who said the nets stay in port?")
    hits = render_json(answer)["hits"]
    assert isinstance(hits, list)
    (hit,) = hits
    assert (hit["kind"], hit["how"], hit["confidence"]) == (
        "direct",
        "pronoun",
        CONFIDENCE[HOW.PRONOUN],
    )


def test_quotes_json_shows_how_and_confidence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "quota.txt"
    path.write_text(
        'Trawlers wait for the quota\n\n"The nets stay in port," said Ingrid Halvorsen.\n',
        encoding="utf-8",
    )
    assert main(["quotes", "--json", str(path)]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    record = json.loads(line)
    assert (record["speaker"], record["how"]) == ("Ingrid Halvorsen", "named")
    assert record["confidence"] == weighed(HOW.NAMED, frozenset({Clue.NEXT_TO, Clue.OPENS}))


CLUE = Clue
# Invented sentences: the quote asked about is the last one of the last paragraph.
CLUE_CASES = [
    # (paragraphs, clues the quote shows)
    (['"The nets stay in port," Ingrid Halvorsen said.'], {CLUE.NEXT_TO, CLUE.OPENS}),
    (['Ingrid Halvorsen said: "The nets stay in port."'], {CLUE.NEXT_TO}),
    (
        [
            '"The nets stay in port until every harbour has signed the quota," Ingrid Halvorsen '
            "said."
        ],
        {CLUE.NEXT_TO, CLUE.OPENS, CLUE.LONG},
    ),
    # More than ten words of narration between the cue and the quoted words.
    (
        [
            "Ingrid Halvorsen said on Monday in the harbour office that the fleet would wait and "
            'that the nets would "stay in port."'
        ],
        {CLUE.FAR},
    ),
    # A one-word "name" that no full name widened (a place read as a speaker, say).
    (['"The nets stay in port," Halvorsen said.'], {CLUE.NEXT_TO, CLUE.OPENS, CLUE.ONE_WORD}),
    # Another person of the cast is named between the cue and the quote.
    (
        [
            "Ingrid Halvorsen met Tomas Berglund on Monday.",
            'Ingrid Halvorsen said after meeting Berglund that the nets would "stay in port."',
        ],
        {CLUE.RIVAL},
    ),
    # A source relays the words: the careful reader credits it too.
    (
        ['"The nets stay in port," Ingrid Halvorsen said, according to the Harbour Gazette.'],
        {CLUE.NEXT_TO, CLUE.OPENS, CLUE.RELAYED},
    ),
    # The speaker stands in a clause that a subordinating word opens.
    (['After the vote Ingrid Halvorsen said the nets would "stay in port."'], {CLUE.SUBORDINATE}),
    (
        ['Ingrid Halvorsen closed the harbour, saying "the nets stay in port for now."'],
        {CLUE.NEXT_TO, CLUE.PARTICIPLE, CLUE.UNUSUAL_VERB},
    ),
    # "called" is a cue, but no plain verb of speech.
    (['Ingrid Halvorsen called the quota "a trap for small boats."'], {CLUE.UNUSUAL_VERB}),
]


@pytest.mark.parametrize(("paragraphs", "clues"), CLUE_CASES)
def test_the_clues_of_a_quotes_sentence_weigh_its_confidence(
    paragraphs: list[str], clues: set[Clue]
) -> None:
    article = Article(title="Trawlers wait for the quota", paragraphs=tuple(paragraphs))
    quote = [q for q in extract_quotes(article).quotes if q.kind == "direct"][-1]
    assert quote.speaker in ("Ingrid Halvorsen", "Halvorsen")
    assert quote.how is not None
    assert quote.confidence == weighed(quote.how, frozenset(clues))


def test_a_plain_credit_is_surer_than_a_relayed_fragment() -> None:
    plain = weighed(HOW.SURNAME, frozenset({CLUE.NEXT_TO, CLUE.OPENS}))
    relayed = weighed(HOW.SURNAME, frozenset({CLUE.RIVAL, CLUE.RELAYED, CLUE.FAR}))
    assert 0.9 <= plain < 1.0 and 0.0 < relayed < 0.9
    assert set(WEIGHTS) == set(Clue)
    # Ways whose risk is whom they resolve to keep their own confidence whatever the clues.
    assert weighed(HOW.PRONOUN, frozenset({CLUE.NEXT_TO})) == CONFIDENCE[HOW.PRONOUN]
    assert HOW.PRONOUN not in WAY_SHIFT
    # A description's clues only ever lower it: they cannot show the role found its person.
    sure_frame = frozenset({CLUE.NEXT_TO, CLUE.OPENS, CLUE.LONG})
    assert weighed(HOW.DESCRIPTION, sure_frame) == CONFIDENCE[HOW.DESCRIPTION]
    assert weighed(HOW.DESCRIPTION, frozenset({CLUE.FAR})) < CONFIDENCE[HOW.DESCRIPTION]

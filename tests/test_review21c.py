"""review21b's items 1, 3, 4 and 6: real speakers the junk check dropped, and batches that
froze each other's objects.

Invented text. (1) A body its own cue names ("“…,” the union said") was dropped when the
sentence before wrote it as an object ("met with the union"). (3) A one-word body or an
untitled surname a cue names ("Shell said", "Young said") was dropped because the article also
writes the word in lower case ("shell companies", "young voters"); only a word salience gave,
whose capital only ever opens a sentence, is read as a common word. (4) A lone all-caps body
whose name is an ordinary word ("CARE said" beside "urgent care") was read as a heading.
(6) A batch froze the young objects of a batch running beside it (store/ingest/long_lived.py).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from store.ingest import long_lived
from store.ingest.long_lived import LongLivedFrozen
from store.models import Article, AttributionHow, Quote, QuoteKind
from store.quotes.common_words import lower_case_words
from store.quotes.extract import extract_quotes
from store.quotes.junk_speakers import junk_speaker, unjunked


def _speaker(paragraphs: tuple[str, ...], words: str) -> str | None:
    article = Article(title="Harbour levy vote", paragraphs=paragraphs)
    return next(q.speaker for q in extract_quotes(article).quotes if q.text.startswith(words))


NAMED_BY_THEIR_CUE: list[tuple[tuple[str, ...], str, str]] = [
    # (paragraphs, the quote's first words, its speaker)
    # (1) written as an object the sentence before
    (
        ("Talks with the government stalled. “We remain open to dialogue,” the government said.",),
        "We remain open",
        "the government",
    ),
    (
        ("Ministers met with the union on Monday. “We will strike next week,” the union said.",),
        "We will strike",
        "the union",
    ),
    (
        ("Sailors clashed with the police overnight. “Six officers were hurt,” the police said.",),
        "Six officers",
        "the police",
    ),
    (
        ("The biggest loser of the levy was the council. “We will appeal,” the council said.",),
        "We will appeal",
        "the council",
    ),
    # (3) a one-word body or a surname the article also writes in lower case
    (
        (
            "Brill reported higher profits. Regulators have looked at brill traders for years.",
            "“We delivered strong results this quarter,” Brill said.",
        ),
        "We delivered",
        "Brill",
    ),
    (
        (
            "Labour lost two seats. The labour market is tight in the port towns.",
            "“We will win them back,” Labour said.",
        ),
        "We will win",
        "Labour",
    ),
    (
        (
            "Tarvo missed its sales target again. Ferry fares rose.",
            "“Demand is soft,” Target said of the season.",
        ),
        "Demand is soft",
        "Target",
    ),
    (
        (
            "Dunmore asked for a visa for its crews. Talks went on.",
            "“Fees will fall,” Visa said in a statement.",
        ),
        "Fees will fall",
        "Visa",
    ),
    (
        ("Traders are fed up with the levy. Rates held.", "“Rates will stay put,” the Fed said."),
        "Rates will stay",
        "Fed",
    ),
    (
        (
            "The crews bought turkey for the feast. Ferries ran late.",
            "“The straits stay open,” Turkey said.",
        ),
        "The straits",
        "Turkey",
    ),
    (
        (
            "Young, the senator from the coast, spoke at the quay. Many young voters cheered.",
            "“It is our harbour,” Young said.",
        ),
        "It is our harbour",
        "Young",
    ),
    # (4) a lone all-caps body whose name is an ordinary word
    (
        (
            "CARE warned that aid was running out. Many children need urgent care.",
            "“We cannot reach the camps,” CARE said.",
        ),
        "We cannot reach",
        "CARE",
    ),
]


@pytest.mark.parametrize(("paragraphs", "words", "speaker"), NAMED_BY_THEIR_CUE)
def test_a_speaker_its_cue_names_is_kept(
    paragraphs: tuple[str, ...], words: str, speaker: str
) -> None:
    assert _speaker(paragraphs, words) == speaker


JUDGED: list[tuple[str, str, bool, bool]] = [
    # (speaker, article text, whether salience gave it, junk)
    ("Brill", "Brill rose. Few trust brill traders. “Up,” Brill said.", False, False),
    ("Brill", "Brill rose. Few trust brill traders. “Up,” it said.", True, True),
    ("Brill", "Shares of Brill rose. Few trust brill traders. “Up,” it said.", True, False),
    ("Registry", "Tides rose, according to the state Registry of Boats.", False, True),
    ("Kazakh", "The Kazakh charter says it will “share the tides.”", False, True),
    ("Someone", "Someone called it a trap.", False, True),
    ("CARE", "Urgent care is scarce. CARE said so.", False, False),
    ("UPDATE", "UPDATE: the levy is over.", False, True),
    ("WATCH", "WATCH said it would sue the port.", False, False),  # a speech verb after it
    ("FLOOD SURVIVORS", "FLOOD SURVIVORS Crews said “no.”", False, True),
    ("CRUEL TIDE", "CRUEL TIDE The cruel tide came in.", False, True),
]


@pytest.mark.parametrize(("name", "text", "salient", "junk"), JUDGED)
def test_junk_speaker_by_how_it_was_found(name: str, text: str, salient: bool, junk: bool) -> None:
    lower_words = frozenset(w.strip(".,“”") for w in text.split() if w.islower())
    assert junk_speaker(name, text, lower_words, salient=salient) is junk


CUED_OBJECTS: list[tuple[str, str, str, bool]] = [
    # (paragraph, speaker a cue gave, quoted words, kept): only the quote's own sentence,
    # where its cue is, is read for a body written as an object.
    (
        "Talks with the union stalled. “We will strike next week and the week after,” the union "
        "said.",
        "the union",
        "We will strike",
        True,
    ),
    (
        "Backers of the union say the levy is “a fair deal.” Talks stalled.",
        "the union",
        "a fair deal.",
        False,
    ),
    ("A crew familiar with the ad says the group spent “large” sums.", "the ad", "large", False),
    ("The ad ran all week. “Vote no,” the ad says.", "the ad", "Vote no", True),
]


@pytest.mark.parametrize(("paragraph", "speaker", "words", "kept"), CUED_OBJECTS)
def test_a_cued_body_is_read_in_its_quotes_sentence(
    paragraph: str, speaker: str, words: str, kept: bool
) -> None:
    start = paragraph.index(words)
    end = start + len(words)
    how = AttributionHow.ORGANISATION
    quote = Quote(words, speaker, None, "said", QuoteKind.DIRECT, 0, start, end, how, 0.9)
    texts = ("Harbour levy vote", paragraph)
    assert (unjunked(quote, texts, lower_case_words(texts)).speaker == speaker) is kept


@pytest.fixture()
def freezes(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """Each gc.freeze() call, as the number of batches running when it came."""
    calls: list[int] = []
    monkeypatch.setattr(gc, "freeze", lambda: calls.append(long_lived._running))
    yield calls
    gc.unfreeze()


def test_a_batch_freezes_nothing_while_another_runs(freezes: list[int]) -> None:
    first, second = LongLivedFrozen(1), LongLivedFrozen(1)
    with first:
        first.passed()
        with second:
            first.passed()  # the second batch's young objects are not the first's to freeze
            second.passed()
        first.passed()
    assert freezes == [1, 1, 1]  # at the first's start, its first item and its last

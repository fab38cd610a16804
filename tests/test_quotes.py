"""Quote extraction on the seed article: every statement is Sergey Lavrov's, nobody else's."""

from __future__ import annotations

import pytest

from store.ingest.text import parse_text
from store.models import Attribution, QuoteKind, SpeakerKind
from store.quotes.extract import extract_quotes

DIRECT, INDIRECT = QuoteKind.DIRECT, QuoteKind.INDIRECT  # short names for the tables


@pytest.fixture
def seed(seed_text: str) -> Attribution:
    return extract_quotes(parse_text(seed_text))


SEED_QUOTES = [
    # (paragraph, kind, cue, opening words); None is the headline.
    (None, INDIRECT, "—", "Moscow expects Tbilisi’s steps to restore relations"),
    (0, INDIRECT, "said", "The initiative to restore diplomatic relations"),
    (1, DIRECT, "told", "We don’t have embassies now"),
    (2, DIRECT, "added", "Georgia also does not have an embassy"),
    (3, DIRECT, "said", "This is due to the fact"),
    (3, DIRECT, "said", "This situation can only be improved"),
    (4, DIRECT, "said", "I am confident that we will resolve all problems"),
    (4, INDIRECT, "reminded", "Georgian prime minister’s special representative"),
]


def test_seed_quotes_in_order(seed: Attribution) -> None:
    found = [(q.paragraph, q.kind, q.cue, q.text) for q in seed.quotes]
    assert [(p, k, c) for p, k, c, _ in found] == [(p, k, c) for p, k, c, _ in SEED_QUOTES]
    for (_, _, _, text), (_, _, _, opening) in zip(found, SEED_QUOTES, strict=True):
        assert text.startswith(opening)


def test_seed_everything_is_lavrovs(seed: Attribution) -> None:
    assert {q.speaker for q in seed.quotes} == {"Sergey Lavrov"}
    assert {q.role for q in seed.quotes} == {"Russian Foreign Minister"}


def test_seed_speakers_table(seed: Attribution) -> None:
    # Saakashvili, Abashidze and Karasin are only mentioned: they are not speakers.
    assert [s.name for s in seed.speakers] == ["Sergey Lavrov"]
    (lavrov,) = seed.speakers
    assert lavrov.kind is SpeakerKind.PERSON
    assert {"Lavrov", "Russian Foreign Minister", "the foreign minister"} <= set(lavrov.names)


def test_seed_spans_point_at_the_quoted_words(seed_text: str, seed: Attribution) -> None:
    article = parse_text(seed_text)
    for quote in seed.quotes:
        source = article.title if quote.paragraph is None else article.paragraphs[quote.paragraph]
        assert source[quote.start : quote.end] == quote.text


# A wire story written for this test: several speakers, each named a few ways.
WIRE = """EU ministers split over fishing quotas — Berg

Norwegian Fisheries Minister Anna Berg said on Tuesday that talks with the European Union on cod quotas would resume next month.

"We are not far apart," Berg told reporters in Brussels. "But the numbers have to add up for our coastal towns."

Her Danish counterpart, Lars Holm, was less optimistic. "I see no deal before the summer," he said, adding that Copenhagen would not accept further cuts.

"Mr. Holm knows our position," the Norwegian minister said.

The European Commission said in a statement that it "remains committed to a fair agreement." A spokeswoman for the commission, Marie Dubois, said the next round would be held in Oslo.

According to Holm, the fleet has already lost a third of its boats since 2015.

"This is about survival," said Per Lund, who heads the Danish fishermen's association. He warned that "whole villages will empty" if the cuts go ahead.
"""

WIRE_QUOTES = [
    # (paragraph, kind, speaker, role, opening words)
    (None, INDIRECT, "Anna Berg", "Norwegian Fisheries Minister", "EU ministers split"),
    (0, INDIRECT, "Anna Berg", "Norwegian Fisheries Minister", "talks with the European Union"),
    (1, DIRECT, "Anna Berg", "Norwegian Fisheries Minister", "We are not far apart"),
    (1, DIRECT, "Anna Berg", "Norwegian Fisheries Minister", "But the numbers"),
    (2, DIRECT, "Lars Holm", None, "I see no deal"),
    # "..., he said, adding that ...": the participle goes on reporting for Holm.
    (2, INDIRECT, "Lars Holm", None, "Copenhagen would not accept"),
    # Holm is named inside the quote; "the Norwegian minister" is still Berg.
    (3, DIRECT, "Anna Berg", "Norwegian Fisheries Minister", "Mr. Holm knows"),
    (4, DIRECT, "European Commission", None, "remains committed"),
    (4, INDIRECT, "Marie Dubois", "A spokeswoman for the commission", "the next round"),
    (5, INDIRECT, "Lars Holm", None, "the fleet has already lost"),
    (6, DIRECT, "Per Lund", None, "This is about survival"),
    (6, DIRECT, "Per Lund", None, "whole villages will empty"),
]


def test_wire_story_attribution() -> None:
    quotes = extract_quotes(parse_text(WIRE)).quotes
    found = [(q.paragraph, q.kind, q.speaker, q.role, q.text) for q in quotes]
    assert [row[:4] for row in found] == [row[:4] for row in WIRE_QUOTES]
    for (*_, text), (*_, opening) in zip(found, WIRE_QUOTES, strict=True):
        assert text.startswith(opening)


def test_wire_story_speakers() -> None:
    speakers = {s.name: s for s in extract_quotes(parse_text(WIRE)).speakers}
    assert set(speakers) == {
        "Anna Berg",
        "Lars Holm",
        "European Commission",
        "Marie Dubois",
        "Per Lund",
    }
    assert speakers["European Commission"].kind is SpeakerKind.ORGANISATION
    assert {"Berg", "the Norwegian minister", "Norwegian Fisheries Minister"} <= set(
        speakers["Anna Berg"].names
    )
    assert "the Norwegian minister" not in speakers["Lars Holm"].names


# A feature written for this test: a report that speaks, a quote over two paragraphs,
# pronouns of both sexes and a question that is no speech verb ("Asked about ...").
FEATURE = """Report warns of water shortages in southern Spain

A report published on Monday by the regional water agency warns that reservoirs in Andalusia could run dry within three years.

"The situation is critical," the report said. It called for "immediate limits on irrigation."

Farmers reacted angrily. Carmen Ruiz, who grows olives near Jaén, said the agency was blaming the wrong people. "We use less water every year," she said. "The hotels on the coast use more.

"Nobody in Seville wants to hear that."

Ruiz's neighbour, José Martín, disagreed. Speaking by phone, he said: "Everyone has to give something up."

The agency's director, Elena Soto, defended the findings. "We have measured every reservoir twice," Soto told a news conference. "These are not guesses."

Asked about the farmers' anger, the director said she understood it.
"""

FEATURE_DIRECT = [
    ("The situation is critical", "the report"),
    ("immediate limits on irrigation.", "the report"),
    ("We use less water every year", "Carmen Ruiz"),
    ("The hotels on the coast use more.", "Carmen Ruiz"),
    ("Nobody in Seville wants to hear that.", "Carmen Ruiz"),
    ("Everyone has to give something up.", "José Martín"),
    ("We have measured every reservoir twice", "Elena Soto"),
    ("These are not guesses.", "Elena Soto"),
]


def test_feature_attribution() -> None:
    attribution = extract_quotes(parse_text(FEATURE))
    direct = [(q.text, q.speaker) for q in attribution.quotes if q.kind == DIRECT]
    assert direct == FEATURE_DIRECT
    names = {s.name: set(s.names) for s in attribution.speakers}
    assert names["Elena Soto"] == {"Soto", "The agency's director", "the director"}
    assert names["the report"] == set()


# Agency copy in translation: a dateline, "according to him", a dash before an inverted verb,
# a name whose first word ends like an adjective ("Yuri"), and "the diplomat" for the last speaker.
AGENCY = """Kremlin sees no grounds for new talks — Peskov

MOSCOW, March 3. /TASS/. Moscow has not received any proposals on new talks, Kremlin Spokesman Dmitry Peskov told reporters on Thursday.

"We have not seen any documents," Peskov said. According to him, the Kremlin remains open to contacts "at any level."

«We are ready to listen», - said the Kremlin spokesman.

The Russian presidential aide Yuri Ushakov, in turn, noted that no meeting was planned. "There is nothing on the calendar," the diplomat stressed.
"""

AGENCY_QUOTES = [
    (None, INDIRECT, "Dmitry Peskov", "—"),
    (0, INDIRECT, "Dmitry Peskov", "told"),
    (1, DIRECT, "Dmitry Peskov", "said"),
    # "According to him, the Kremlin remains open to contacts "at any level."": reported
    # whole, its quoted fragment a direct quote too.
    (1, INDIRECT, "Dmitry Peskov", "according to"),
    (1, DIRECT, "Dmitry Peskov", "according to"),
    (2, DIRECT, "Dmitry Peskov", "said"),
    (3, INDIRECT, "Yuri Ushakov", "noted"),
    (3, DIRECT, "Yuri Ushakov", "stressed"),
]


def test_agency_copy_attribution() -> None:
    quotes = extract_quotes(parse_text(AGENCY)).quotes
    assert [(q.paragraph, q.kind, q.speaker, q.cue) for q in quotes] == AGENCY_QUOTES
    assert quotes[-1].role == "Russian presidential aide"

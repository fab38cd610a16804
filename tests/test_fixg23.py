"""Review fixes stop 23 (fixg23): a description's own verb (described_speakers), live labels
that are statements (live_labels), a scare quote a named speaker reports (scare_quotes), a
colon's label that is no narration (colon_subjects), a joint subject's fragment (and_clauses),
a negated predicate (unnamed_referents) and a day after "asked" (answers)."""

from __future__ import annotations

import pytest

from store.models import Article, QuoteKind
from store.quotes.extract import extract_quotes
from store.quotes.live_labels import live_label


def _quotes(*paragraphs: str, title: str = "Harbour news") -> list[tuple[str, str | None, str]]:
    """(text, speaker, how) of every direct quote, the headline's claim included."""
    quotes = extract_quotes(Article(title=title, paragraphs=paragraphs)).quotes
    return [(q.text, q.speaker, str(q.how)) for q in quotes if q.kind == QuoteKind.DIRECT]


def _speaker_of(text: str, *paragraphs: str) -> str | None:
    found = [speaker for quoted, speaker, _ in _quotes(*paragraphs) if quoted == text]
    assert found, f"no quote {text!r}"
    return found[0]


@pytest.mark.parametrize(
    ("paragraphs", "quote", "speaker"),
    [
        # "asked" in what the description reports is not its own verb: the resident goes on.
        (
            (
                "Mayor Ada Renn said the road was fixed.",
                "A resident said she had asked the council twice. “Nobody came,” she said.",
            ),
            "Nobody came",
            "A resident",
        ),
        # ... nor in a who-clause about it.
        (
            (
                "Mayor Bo Renn said the plant would close.",
                "A worker who asked for anonymity said the news came by email. "
                "“We were lied to,” he said.",
            ),
            "We were lied to",
            "A worker",
        ),
        # A question after the description asked one of no one: the asker goes on asking
        # (asking someone, the one asked may answer with a question: test_fixi23).
        (
            (
                "Mayor Bo Renn spoke at the meeting.",
                "A worker asked about pensions. “Will we be paid?” he said.",
            ),
            "Will we be paid?",
            "A worker",
        ),
        # Kept: a statement after a question is as likely the one answering; no description.
        (
            (
                "Mayor Bo Renn spoke at the meeting.",
                "A worker asked him about pensions. “They are safe,” he said.",
            ),
            "They are safe",
            "Bo Renn",
        ),
    ],
)
def test_a_descriptions_own_verb_decides_if_it_asked(
    paragraphs: tuple[str, ...], quote: str, speaker: str | None
) -> None:
    assert _speaker_of(quote, *paragraphs) == speaker


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("latest from Kyiv", True),
        ("Live coverage from the coast", True),
        ("latest on the storm", True),
        ("live updates from Kyiv", True),
        ("live", True),
        # A tail with a verb, a long one, a comma, or "live" with no page noun: statements.
        ("latest from the front is grim", False),
        ("latest in a long line of betrayals", False),
        ("live in hope, not fear", False),
        ("live in hope", False),
    ],
)
def test_live_labels_end_at_a_short_place_or_topic(claim: str, label: bool) -> None:
    assert live_label(claim) is label


def test_a_headline_statement_after_latest_keeps_its_speaker() -> None:
    article = Article(
        title="Tom Lind: latest from the front is grim",
        paragraphs=("Tom Lind said the news was grim.",),
    )
    headline = [q for q in extract_quotes(article).quotes if q.paragraph is None]
    assert [(q.text, q.speaker) for q in headline] == [
        ("latest from the front is grim", "Tom Lind")
    ]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # A cue naming someone closes the sentence: the term still sits in the group's clause
        # that speaker reports, his citation of their word (fixh23), no quote of his own.
        ("Some experts warn that the “tipping point” is near, Tom Lind said.", []),
        ("Some experts warn that the “tipping point” is near, said Ada Kerr.", []),
        # Kept: the faceless group's claim alone is the writer's scare quote.
        ("Some experts warn that the “tipping point” is near.", []),
    ],
)
def test_a_scare_quote_in_a_named_speakers_report(
    paragraph: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(text, speaker) for text, speaker, _ in _quotes(paragraph)] == expected


@pytest.mark.parametrize(
    ("paragraph", "speaker", "how"),
    [
        # A preposition or "and" after the name is a label's, no narration's verb.
        ("Tom Lind of Dover: “The tax is too high.”", "Tom Lind", "layout"),
        ("Ada Kerr in Kyiv: “The sirens never stop.”", "Ada Kerr", "layout"),
        ("Tom Lind and Ada Kerr: “We are done.”", "Tom Lind and Ada Kerr", "layout"),
        # Kept: a past or finite verb, maybe after an adverb, narrates.
        ("Tom Lind disagreed: “The tax is fair.”", "Tom Lind", "named"),
        ("Ada Kerr later added: “The tax is fair.”", "Ada Kerr", "named"),
    ],
)
def test_a_colon_label_with_a_preposition_is_a_layout(
    paragraph: str, speaker: str, how: str
) -> None:
    [(_, found, found_how)] = _quotes(paragraph)
    assert (found, found_how) == (speaker, how)


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # A joint subject's fragment is speech, no writer's term: kept, with no one speaker.
        ("Dock workers and Ada Kerr later branded it “a scandal”.", None),
        # Kept: two names are one speaker of two.
        ("Tom Lind and Ada Kerr later branded it “a scandal”.", "Tom Lind and Ada Kerr"),
    ],
)
def test_a_joint_subjects_fragment_is_kept(paragraph: str, speaker: str | None) -> None:
    assert [(text, found) for text, found, _ in _quotes(paragraph)] == [("a scandal", speaker)]


@pytest.mark.parametrize(
    ("paragraphs", "quote", "speaker"),
    [
        # "He was not a typical aide" says what Lind is not: no other aide is introduced.
        (
            (
                "Tom Lind, the senator's aide, spoke first. He was not a typical aide, Ada Kerr "
                "said. “It is fine,” the aide said.",
            ),
            "It is fine",
            "Tom Lind",
        ),
        (
            (
                "Tom Lind, the senator's aide, spoke first. He wasn't a typical aide, Ada Kerr "
                "said. “It is fine,” the aide said.",
            ),
            "It is fine",
            "Tom Lind",
        ),
        # A day after "asked" is no hearer: the asker goes on to the short reply.
        (("“Do we give up?” Kerr asked Monday.", "“Never.”"), "Never.", "Kerr"),
    ],
)
def test_negated_predicates_and_days_name_no_one_new(
    paragraphs: tuple[str, ...], quote: str, speaker: str | None
) -> None:
    assert _speaker_of(quote, *paragraphs) == speaker

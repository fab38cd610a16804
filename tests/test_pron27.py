"""Pronouns and descriptions after unnamed speakers; tribute headlines (probe27 patterns).

Every case is invented: names, places and words belong to no corpus.
"""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes


def _speaker(title: str, paragraphs: tuple[str, ...], words: str) -> str | None:
    """The speaker of the direct quote (headline or body) whose text starts with `words`."""
    quotes = extract_quotes(Article(title=title, paragraphs=paragraphs)).quotes
    found = [q for q in quotes if q.kind == "direct" and q.text.startswith(words)]
    assert found, f"no direct quote {words!r} in {[q.text for q in quotes]}"
    return found[-1].speaker


# store.quotes.described_asides: "One mother, whose daughter ..., said" is the mother's
# speech, so the next "she said" follows her, not the headteacher named before.
# store.quotes.unnamed_subjects: "A nurse on the ward disagreed." (no speech verb) opens
# the sentence before "she said": the nurse, not the director named before.
@pytest.mark.parametrize(
    ("paragraphs", "words", "speaker"),
    [
        (
            (
                "Headteacher Maria Lensky said the closures were regrettable.",
                "One mother, whose daughter missed a term, said the council had never explained"
                " its choice. “We were told nothing at all,” she said.",
            ),
            "We were told nothing",
            "One mother",
        ),
        (
            (
                "Harbour master Ilse Varn said the ferries would run on time.",
                "A cook, who has worked on the quay for years, said the timetable was a fiction.",
                "“Nobody believes a word of it,” she said.",
            ),
            "Nobody believes",
            "A cook",
        ),
        (
            (
                "Hospital director Lena Varga said staffing was stable.",
                "A nurse on the ward disagreed. “Nobody wants to come in,” she said.",
            ),
            "Nobody wants",
            "A nurse on the ward",
        ),
        # Once junk: "Bitter" (a sentence's opening word) was salient; now the woman it fined.
        (
            (
                "Bitter remarks are earning some sailors a fine. A young Dunmore woman was fined "
                "after a post. “Out with them!” she wrote.",
            ),
            "Out with them",
            "A young Dunmore woman",
        ),
        (
            (
                "Transport chief Oskar Brandt said the strike would last a week.",
                "But one driver was less sure.",
                "“We could be out until spring,” he said.",
            ),
            "We could be out",
            "one driver",
        ),
    ],
)
def test_a_pronoun_follows_the_unnamed_person(
    paragraphs: tuple[str, ...], words: str, speaker: str
) -> None:
    assert _speaker("Town news", paragraphs, words) == speaker


# Look-alikes: the earlier named person stays the pronoun's.
@pytest.mark.parametrize(
    ("paragraphs", "words", "speaker"),
    [
        # A named person's aside is no description's.
        (
            (
                "Headteacher Maria Lensky, whose school shut in May, said the closures hurt.",
                "“We had no warning,” she said.",
            ),
            "We had no warning",
            "Maria Lensky",
        ),
        # A report, not a person, opens the sentence before.
        (
            (
                "Hospital director Lena Varga defended the rota.",
                "A report found the wards short of staff. “We are coping,” she said.",
            ),
            "We are coping",
            "Lena Varga",
        ),
        # A man cannot be "she".
        (
            (
                "Hospital director Lena Varga defended the rota.",
                "A porter disagreed with his manager. “We are coping,” she said.",
            ),
            "We are coping",
            "Lena Varga",
        ),
        # A time phrase is no person.
        (
            (
                "Hospital director Lena Varga defended the rota.",
                "A week later the rota changed. “We listened,” she said.",
            ),
            "We listened",
            "Lena Varga",
        ),
    ],
)
def test_a_named_speaker_stays_when_no_unnamed_one_fits(
    paragraphs: tuple[str, ...], words: str, speaker: str
) -> None:
    assert _speaker("Town news", paragraphs, words) == speaker


# store.quotes.bare_determiners: a determiner alone names no one.
@pytest.mark.parametrize(
    ("paragraphs", "words", "speaker"),
    [
        (
            (
                "Coach Piet Marlow said the crowd had been wonderful.",
                "Another who travelled from Dunmore said he saw the bus."
                " “It was worth the trip,” the man said.",
            ),
            "It was worth the trip",
            None,
        ),
        # Negative: a description with its noun stays.
        (
            (
                "Coach Piet Marlow said the crowd had been wonderful.",
                "One supporter who travelled from Dunmore said he had queued all night."
                " “It was worth it,” he said.",
            ),
            "It was worth it",
            "One supporter",
        ),
    ],
)
def test_no_bare_determiner_speaks(
    paragraphs: tuple[str, ...], words: str, speaker: str | None
) -> None:
    assert _speaker("Fans gather", paragraphs, words) == speaker


# store.quotes.mourned: a tribute headline's credit is the person mourned, no speaker.
@pytest.mark.parametrize(
    ("title", "paragraphs", "speaker"),
    [
        (
            "‘She lit up every room’ – Greta Holm",
            ("Greta Holm, a primary teacher in Dunmore for thirty years, died on Sunday aged 71.",),
            None,
        ),
        (
            "‘He was the heart of the club’ – Bram Oster",
            (
                "Bram Oster, who coached the Dunmore Rovers for two decades, has died at 68.",
                "His daughter, Mia Oster, said he had been ill for some time.",
            ),
            None,
        ),
        (
            "Bram Oster: ‘He was the heart of the club’",
            ("Tributes have been paid to Bram Oster, who coached the Dunmore Rovers.",),
            None,
        ),
        # Negatives: the living credited person speaks, a death in her own account too.
        (
            "‘We will fight this ruling’ – Vera Kulik",
            ("Union leader Vera Kulik vowed on Monday to appeal.",),
            "Vera Kulik",
        ),
        (
            "‘My father died in that mine’ – Vera Kulik",
            ("Union leader Vera Kulik said her father died in the Dunmore pit in 1989.",),
            "Vera Kulik",
        ),
    ],
)
def test_a_tribute_headline_is_not_the_mourned_persons(
    title: str, paragraphs: tuple[str, ...], speaker: str | None
) -> None:
    quotes = extract_quotes(Article(title=title, paragraphs=paragraphs)).quotes
    headline = [q for q in quotes if q.paragraph is None]
    assert headline, "the headline's quote was not found"
    assert headline[0].speaker == speaker


# store.quotes.plural_cues: "Critics call her programme “…”" is the critics' (a group, no
# name), never the woman quoted just before; "call this the “…”" names a term, no cue.
@pytest.mark.parametrize(
    ("paragraph", "words", "speaker"),
    [
        (
            "Education minister Hanna Orvik defended her reforms. “Schools will be better,” she"
            " said. Critics call her programme “a wrecking ball.”",
            "a wrecking ball",
            "Critics",
        ),
        (
            "Mayor Tomas Reiner unveiled the harbour plan. “It brings jobs,” he said. Opponents"
            " call the plan “a concrete coast.”",
            "a concrete coast",
            "Opponents",
        ),
    ],
)
def test_a_groups_name_for_a_plan_is_the_groups(paragraph: str, words: str, speaker: str) -> None:
    assert _speaker("Town news", (paragraph,), words) == speaker


def test_a_term_a_group_calls_something_is_no_groups_quote() -> None:
    paragraph = (
        "Campaigns lower hopes before a vote. Pundits call this the “waiting game” of the"
        " season, and voters see through it."
    )
    quotes = extract_quotes(Article(title="Town news", paragraphs=(paragraph,))).quotes
    assert all(q.speaker != "Pundits" for q in quotes)

"""Quotes left with no speaker although their sentence names one (stop 24, cue24).

People described by a bare plural ("Dock workers said", "harbour protesters interrupted her,
shouting “…”", "Small groups of fishermen marched, chanting “…”") had no mention at all: a
description without a determiner was read only for the newsroom's own words ("officials").
"""

from __future__ import annotations

import pytest

from store.models import Article, QuoteKind
from store.quotes.extract import extract_quotes

_INTRO = "Mayor Bo Renn and harbour chief Ada Kerr met on Monday."


def _direct(paragraph: str, words: str) -> list[str | None]:
    article = Article(title="Harbour row", paragraphs=(_INTRO, paragraph))
    quotes = extract_quotes(article).quotes
    return [
        q.speaker
        for q in quotes
        if q.kind == QuoteKind.DIRECT and article.paragraphs[1][q.start : q.end].startswith(words)
    ]


BARE_PLURALS = [
    ("Dock workers said the fee was “a tax on bread.”", "a tax", "Dock workers"),
    (
        "The first protest came at the pier, when Renn protesters interrupted her speech, "
        "shouting “we build, you take!”",
        "we build",
        "Renn protesters",
    ),
    (
        "Veteran pilots describe such trips as “a separate breed of voyage” than the usual.",
        "a separate",
        "Veteran pilots",
    ),
    (
        "The storm was on the minds of marchers, with many marchers and onlookers chanting "
        "“We are Dover” and “Rebuild now.”",
        "We are",
        "many marchers and onlookers",
    ),
    (
        "Yet by noon, a furious band of dock workers had gathered at the pier, demanding "
        "Renn's exit and holding banners saying, “Merger now, hunger later.”",
        "Merger",
        "a furious band of dock workers",
    ),
]


@pytest.mark.parametrize(("paragraph", "words", "speaker"), BARE_PLURALS)
def test_a_bare_plural_for_people_speaks(paragraph: str, words: str, speaker: str) -> None:
    assert _direct(paragraph, words) == [speaker]


NO_PLURAL_SPEAKER = [
    # An object after a preposition, and the subject of someone's "that" clause.
    (
        "This was the Renn we knew, the Renn who fights with harbour journalists, claims "
        "that the Ledger “takes its orders” from the mainland.",
        "takes",
        "harbour journalists",
    ),
    # A plural that names no people.
    ("Harbour fees said “enough” to the shippers.", "enough", "Harbour fees"),
]


@pytest.mark.parametrize(("paragraph", "words", "speaker"), NO_PLURAL_SPEAKER)
def test_a_plural_object_or_thing_is_no_speaker(paragraph: str, words: str, speaker: str) -> None:
    assert speaker not in _direct(paragraph, words)


def test_a_plural_inside_a_reported_clause_takes_no_passage_over() -> None:
    first = "Dunn wrote in a column that delegates currently pledged to Kerr may reconsider."
    article = Article(
        title="Harbour row",
        paragraphs=(
            _INTRO,
            first,
            "“A win for Renn would show her weakness,” he wrote.",
            "“They will think again.”",
        ),
    )
    speakers = [q.speaker for q in extract_quotes(article).quotes if q.kind == QuoteKind.DIRECT]
    assert speakers == ["Dunn", "Dunn"]


# An "-ing" cue after a comma whose clause opens on a description, not a name: the
# subject reader stopped at "The" or found nothing past the opening phrase.
ING_DESCRIPTIONS = [
    (
        "The Dover Ledger is a harbour paper. The harbour publication has long campaigned "
        "against Renn, arguing he is “a drifting chancer with no plan.”",
        "a drifting",
        "The harbour publication",
    ),
    (
        "In March, several fishing groups gave Renn more time on a harbour lease, saying "
        "his “seed money fell short of his hopes.”",
        "seed money",
        "several fishing groups",
    ),
    (
        "Small groups of fishermen continued to call for answers, looping the streets around "
        "the harbour - where the ferries dock - while chanting, “Nets up, fees down.”",
        "Nets up",
        "Small groups of fishermen",
    ),
    # A name reads as before.
    (
        "Ada Kerr has been outspoken in her opposition to the fee, arguing it is “a tax on bread.”",
        "a tax",
        "Ada Kerr",
    ),
]


@pytest.mark.parametrize(("paragraph", "words", "speaker"), ING_DESCRIPTIONS)
def test_an_ing_cue_speaks_for_a_described_subject(
    paragraph: str, words: str, speaker: str
) -> None:
    assert _direct(paragraph, words) == [speaker]


def test_a_body_of_the_press_is_not_the_last_person_named() -> None:
    # "the conservative publication" is no person: never whoever was named last.
    paragraph = (
        "Renn spoke first. The conservative publication has long campaigned against "
        "him, arguing he is “a drifting chancer.”"
    )
    assert _direct(paragraph, "a drifting") == ["The conservative publication"]


# People in a job for someone, and people for a cause: read as a name's role ("Lawyers for
# Renn" was Renn with a role, whom none of it is) or not read at all ("Proponents of").
GROUPS_FOR = [
    (
        "Lawyers for Renn said his account “has never been the board's.”",
        "has never",
        "Lawyers for Renn",
    ),
    (
        "Solicitors for Renn seemed to resist the request, saying in court filings that his "
        "account “was never owned by the harbour board.”",
        "was never",
        "Solicitors for Renn",
    ),
    (
        "Proponents of the new fee, however, say it would have the board act as an “umpire.”",
        "umpire",
        "Proponents of the new fee",
    ),
    (
        "Yet by noon, a furious band of HDL workers and retirees had gathered at the pier, "
        "demanding Renn's exit and holding banners saying, “Merger now, hunger later.”",
        "Merger",
        "a furious band of HDL workers and retirees",
    ),
    # Unchanged: one person's spokesman speaks for that person's office, not a group.
    (
        "A spokesman for Renn said the account “has never been the board's.”",
        "has never",
        "A spokesman for Renn",
    ),
]


@pytest.mark.parametrize(("paragraph", "words", "speaker"), GROUPS_FOR)
def test_people_for_someone_speak_as_a_group(paragraph: str, words: str, speaker: str) -> None:
    assert _direct(paragraph, words) == [speaker]


# "But" or "It's" right before the marks is no subject of the quote's own: the words go on
# from the quote before ("“A,” she said. But “B”"), where "But" read as an unknown subject
# and "It's" as a possessive had left them with no speaker.
GOING_ON = [
    (
        "“Nobody's future hangs on this,” Kerr said outside the hall. But “backing from the "
        "port helps. It really does.”",
        "backing from",
        "Ada Kerr",
    ),
    (
        "“It's gotcha reporting,” Kerr says. It's “this brash doorstep reporting.”",
        "this brash",
        "Ada Kerr",
    ),
]


@pytest.mark.parametrize(("paragraph", "words", "speaker"), GOING_ON)
def test_a_link_or_its_before_the_marks_goes_on(paragraph: str, words: str, speaker: str) -> None:
    assert _direct(paragraph, words) == [speaker]


def test_its_with_a_clause_before_the_marks_is_read_as_before() -> None:
    # The writer's phrase around a scare quote: no speaker from the quote before.
    paragraph = "“We sampled widely,” she said. It's not enough to make a poll “look” right."
    assert _direct(paragraph, "look") in ([], [None])


# A document's sender after "from the" or "sent out by": the writer speaks, never the outlet
# that obtained the letter (whose name ended the subject, a body never speaking here).
SENT = [
    (
        "The Harbour Guild has twice complained to Renn's officials. A Feb. 1 letter from the "
        "Harbour Guild obtained by The Ledger warns that “any further talk will be through our "
        "lawyer.”",
        "any further",
        "Harbour Guild",
    ),
    (
        "On top of that, a donor email sent out by Renn late on Monday warned of hard weeks "
        "ahead: “We face nine ballots before the month ends.”",
        "We face",
        "Bo Renn",
    ),
    # Unchanged: a plain "from" and its name.
    (
        "A letter from Ada Kerr to the board warns that “the port will close.”",
        "the port",
        "Ada Kerr",
    ),
]


@pytest.mark.parametrize(("paragraph", "words", "speaker"), SENT)
def test_a_document_speaks_for_its_sender(paragraph: str, words: str, speaker: str) -> None:
    assert _direct(paragraph, words) == [speaker]


# A subject whose name follows lower-case words of its job: the subject reader stopped at
# "Harbour" or "Former", a name no one bears, and the quote of its sentence had no speaker.
ROLES_BEFORE_NAMES = [
    (
        "Harbour front-runner Ada Kerr is questioning whether Mayor Bo Renn would have come to "
        "the launch “if it were held in the rain.”",
        "if it were",
        "Ada Kerr",
    ),
    (
        "Former harbour chief Ada Kerr defended her deputy as a “very decent man” on Tuesday.",
        "very decent",
        "Ada Kerr",
    ),
]


@pytest.mark.parametrize(("paragraph", "words", "speaker"), ROLES_BEFORE_NAMES)
def test_a_name_after_its_job_words_is_the_subject(
    paragraph: str, words: str, speaker: str
) -> None:
    assert _direct(paragraph, words) == [speaker]


@pytest.mark.parametrize(
    "paragraph",
    [
        # The name after a verb or a place word is no subject: nobody's, as before.
        "Harbour workers see Bo Renn as a “born fixer” of the port.",
        "One clerk inside Dover Hall shrugged it off, saying it was “hardly news in this building.”",
    ],
)
def test_a_name_after_a_verb_or_place_is_no_subject(paragraph: str) -> None:
    article = Article(title="Harbour row", paragraphs=(_INTRO, paragraph))
    speakers = [q.speaker for q in extract_quotes(article).quotes if q.kind == QuoteKind.DIRECT]
    assert "Bo Renn" not in speakers and "Dover Hall" not in speakers


def test_anybody_who_speaks_is_no_cue_of_the_quote() -> None:
    # "anyone who complains" names no one: the quote is the mocker's, who is saying it.
    paragraph = (
        "Rival Ada Kerr had laughed at the grievance, saying anyone who complains of a dim "
        "podium light “must be losing the room.”"
    )
    assert _direct(paragraph, "must be losing") == ["Ada Kerr"]


# A speech verb in an infinitive after a verb of causing: its object speaks ("to" before
# the verb had made it a noun, "a reply to claims", and the quote had no speaker).
CAUSED = [
    (
        "The vote prompted Kerr to say that the port “will never be the same.”",
        "will never",
        "Ada Kerr",
    ),
    ("The storm led Renn to declare, “We will rebuild every pier.”", "We will", "Bo Renn"),
]


@pytest.mark.parametrize(("paragraph", "words", "speaker"), CAUSED)
def test_the_object_of_a_verb_of_causing_speaks(paragraph: str, words: str, speaker: str) -> None:
    assert _direct(paragraph, words) == [speaker]


def test_a_verb_of_pressing_makes_no_one_speak() -> None:
    # "pushed X to … and to say": a demand, no words of X's; read as before.
    paragraph = (
        "The Harbour Council pushed members to soften their stance and to say they back "
        "“a working port.”"
    )
    assert "members" not in _direct(paragraph, "a working")

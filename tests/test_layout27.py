"""Headline phrases credited by their subject, Q&A turns labelled by full name, and quotes
after a lead-in that comments on someone else's words (layout27).

Every case is invented: names, places and words belong to no corpus.
"""

from __future__ import annotations

import pytest

from store.models import Article, Quote
from store.quotes.extract import extract_quotes

_DEPOT = "The Brindle town council said the new timetable would leave commuters “stranded”."
_MANAGER = "Calder Rovers manager Ivo Pennick was furious after the loss at Marl Park."
_WALKOUT = "Nurses at Tarrow General walked out on Monday over pay."


def _quotes(title: str, *paragraphs: str) -> list[Quote]:
    return list(extract_quotes(Article(title=title, paragraphs=paragraphs)).quotes)


def _headline(title: str, *paragraphs: str) -> tuple[str, str | None, float] | None:
    heads = [q for q in _quotes(title, *paragraphs) if q.paragraph is None]
    return (heads[0].text, heads[0].speaker, heads[0].confidence) if heads else None


@pytest.mark.parametrize(
    ("title", "paragraphs", "quote", "speaker"),
    [
        # A phrase in marks after the subject's speech verb: the body's speaker of the words.
        (
            "Council says timetable leaves commuters “stranded”",
            (_DEPOT, "Buses will run every hour."),
            "stranded",
            "The Brindle town council",
        ),
        # The comma inside the closing mark, then the verb and a post the body names.
        (
            "‘We were robbed,’ says Rovers manager",
            (_MANAGER, "He left without shaking hands."),
            "We were robbed",
            "Ivo Pennick",
        ),
        # A group before a colon, no body quote of the words: the group itself.
        (
            "Striking nurses: ‘We cannot go on like this’",
            (_WALKOUT, "The hospital said it regretted the action."),
            "We cannot go on like this",
            "Striking nurses",
        ),
    ],
)
def test_headline_subject_credits_its_phrase(
    title: str, paragraphs: tuple[str, ...], quote: str, speaker: str
) -> None:
    found = _headline(title, *paragraphs)
    assert found is not None
    assert found[:2] == (quote, speaker)
    assert found[2] <= 0.5  # a headline's guess by post, never sure


@pytest.mark.parametrize(
    "title",
    [
        "The ‘ghost fleet’ of the Kessel Sea",  # no verb, no colon: a term
        "Film review: ‘The Long Tide’",  # a work heads it: a title
        "Inquiry: ‘Failings at every level’",  # a document's words, no one's we name
        "Why the ‘night buses’ matter, says expert",  # an explainer
        "Man calls his boat ‘The Heron’",  # a naming verb: a name, not words
        "Union slams ‘fire and rehire’ plan",  # a judging verb's object: the other side's name
        "Council warns over ‘jobs for friends’ claims",  # what it speaks about, not its words
    ],
)
def test_headline_phrase_without_speaker_stays_a_term(title: str) -> None:
    assert _headline(title, _WALKOUT, "The hospital said it regretted the action.") is None


_QA = (
    "Mira Holt spoke to the chemist about her work.",
    "Julia Renner: I started in 2009 in a small lab in Dunmere.",
    "Interviewer: What changed after that?",
    "Julia Renner: Everything changed when the grant came.",
    "Tomas Ashe: I joined her a year later.",
)


def test_full_name_labels_credit_each_answer_to_its_label() -> None:
    found = {q.paragraph: q.speaker for q in _quotes("Talking chemistry", *_QA)}
    assert found[1] == found[3] == "Julia Renner"
    assert found[4] == "Tomas Ashe"
    assert found.get(2) is None  # the interviewer's question is no one's we can name


@pytest.mark.parametrize(
    "paragraphs",
    [
        # One labelled paragraph: a caption or a list's item, no interview.
        ("Julia Renner: chemist, 41, Dunmere.", "She won the Holm prize."),
        # Places and headings before a colon, twice: no first name, no turns.
        ("Harbour Point: roads closed.", "Harbour Point: ferries cancelled."),
    ],
)
def test_full_name_label_look_alikes_are_no_turns(paragraphs: tuple[str, ...]) -> None:
    assert not [q for q in _quotes("Weather", *paragraphs) if q.speaker is not None]


_LEAD_IN = "Rovers boss Ivo Pennick on what coach Tam Broder said: “He lost the dressing room.”"


@pytest.mark.parametrize(
    "paragraphs",
    [
        (_LEAD_IN, "Pennick was speaking after training."),
        (
            "Rovers boss Ivo Pennick spoke about what coach Tam Broder said: “He lost the"
            " dressing room.”",
        ),
    ],
)
def test_lead_in_on_what_another_said_is_no_sure_credit(paragraphs: tuple[str, ...]) -> None:
    quote = next(q for q in _quotes("Cup", *paragraphs) if q.paragraph == 0)
    assert quote.speaker == "Ivo Pennick"
    assert quote.confidence <= 0.6


def test_plain_colon_credit_after_said_stays_sure() -> None:
    # No "on what": the cue before the colon is the quote's own.
    quote = _quotes("Cup", "Coach Tam Broder said: “He lost the dressing room.”")[0]
    assert quote.speaker == "Tam Broder"
    assert quote.confidence >= 0.9


_OPENING = "Mayor Tom Lund opened the Brindle bypass on Tuesday."


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # A post after "what" and a past naming verb: the one holder of the post.
        ((_OPENING, "The delay was what the mayor termed “a disgrace”."), "Tom Lund"),
        # No holder named: the post itself speaks.
        (("Traffic eased in Brindle.", "It was what the mayor termed “a disgrace”."), "the mayor"),
    ],
)
def test_post_before_naming_verb_speaks_the_words(
    paragraphs: tuple[str, ...], speaker: str
) -> None:
    assert [q.speaker for q in _quotes("Bypass", *paragraphs)] == [speaker]


@pytest.mark.parametrize(
    "sentence",
    [
        "The bypass is what the mayors termed “the old road”.",  # a plural: a habitual name
        "The bypass is what the new road scheme termed “phase two”.",  # a thing, no one
    ],
)
def test_naming_verb_after_no_post_credits_no_one(sentence: str) -> None:
    assert not [q for q in _quotes("Bypass", _OPENING, sentence) if q.speaker is not None]

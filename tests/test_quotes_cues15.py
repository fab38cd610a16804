"""Cue gaps: credits only a quote's own position makes, and phrases a lone comma parts from
the verb they seem to be the subject of.

Invented text. Each case fails without its rule: the quote is left without a speaker, or is
given the phrase before the verb ("the spring", "the condition of anonymity").
"""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes
from store.quotes.speech import speech_verbs

CASES = [
    # (paragraph, quoted text, expected speaker)
    # Quote-only credit verbs, inverted after the closing mark.
    ("“This is a sad day for the whole town,” reacted Tom Vale.", "This is a sad day", "Tom Vale"),
    ("“Why would anyone vote for that plan?” questioned Ada Kerr.", "Why would anyone", "Ada Kerr"),
    # ... or with a short subject between the mark and the verb, which ends the clause.
    ("“Why would anyone vote for that plan?” Ada Kerr questioned.", "Why would anyone", "Ada Kerr"),
    (
        "“We never asked for this fight,” Tom Vale started. “But we will end it.”",
        "We never",
        "Tom Vale",
    ),
    ("“Maybe next year,” Nils Orr ventured, smiling at the crowd.", "Maybe next year", "Nils Orr"),
    # A verb and its particle, the same way: "cut in", "piped up".
    ("“That is simply not true,” Nils Orr cut in.", "That is simply not true", "Nils Orr"),
    ("“That is simply not true,” cut in Nils Orr.", "That is simply not true", "Nils Orr"),
    ("“We are ready for the vote,” Ada Kerr piped up.", "We are ready for the vote", "Ada Kerr"),
    # A description parted from "said" by a lone comma ends the clause before it.
    ("“The river rose fast,” the spring, said Per Lund.", "The river rose fast", "Per Lund"),
    (
        "“The talks have stalled,” speaking on the condition of anonymity, said an aide.",
        "The talks have stalled",
        "an aide",
    ),
    # "that" with a comma after it is no relative pronoun of the verb.
    (
        "“Many would call that a defeat” if the margin fell short of that, said Ida Moss, "
        "an analyst at a polling firm.",
        "Many would call that a defeat",
        "Ida Moss",
    ),
    # An -ing cue's speaker is the sentence's subject: past the region an opening phrase ends
    # on, and a name before its described appositive is no opening word.
    (
        "Speaking at a town hall in Dunmore, New Avon, Tom Vale went after Kerr, calling him "
        "“a total stiff.”",
        "a total stiff",
        "Tom Vale",
    ),
    (
        "Vale, New Avon’s sitting governor, repeated claims that Kerr recites the same points, "
        "calling him a “gifted man” when asked.",
        "gifted man",
        "Vale",
    ),
    (
        "Meanwhile, the mayor, Tom Vale, went after Kerr, calling him “a total stiff.”",
        "a total stiff",
        "Tom Vale",
    ),
    # After a modal a base form that is mostly a noun ("a quip") is a cue.
    (
        "Asked about the vote, a spokesman for Tom Vale could only quip: “Ask me next year.”",
        "Ask me next year",
        "a spokesman for Tom Vale",
    ),
    # "sniped" credits what follows, like "said".
    (
        "Later Orla Penn sniped at the mayor, “You are learning on the job.”",
        "You are learning on the job",
        "Orla Penn",
    ),
    # "referred to X as “...”" credits its subject.
    (
        "In a debate on Tuesday, Tom Vale referred to Ada Kerr as “a bright, charismatic leader.”",
        "a bright, charismatic leader",
        "Tom Vale",
    ),
    (
        "A friend of Tom Vale referred to him as “the kindest soul I knew” in a post.",
        "the kindest soul I knew",
        "A friend of Tom Vale",
    ),
    # A passive cue whose agent follows the quote: "was labeled “...” by X".
    (
        "The plan was labeled “a reckless gamble that will ruin us all” by Tom Vale on Monday.",
        "a reckless gamble that will ruin us all",
        "Tom Vale",
    ),
    (
        "The budget was described as “a disaster for every family here” by Ada Kerr.",
        "a disaster for every family here",
        "Ada Kerr",
    ),
    # An -ing cue after a "where" clause: that clause's subject chants, not the sentence's.
    (
        "Ada Kerr spoke near the plant, where Tom Vale had waited all morning, chanting "
        "“no deal, no sail” at the gate.",
        "no deal, no sail",
        "Tom Vale",
    ),
]


@pytest.mark.parametrize(("paragraph", "quoted", "speaker"), CASES)
def test_cue_gap_is_read(paragraph: str, quoted: str, speaker: str) -> None:
    article = Article(url="https://example.test/a", title="Report", paragraphs=(paragraph,))
    quotes = [q for q in extract_quotes(article).quotes if q.text.startswith(quoted)]
    assert quotes, [q.text for q in extract_quotes(article).quotes]
    assert quotes[0].speaker == speaker


NOT_CUES = [
    # (paragraph, quoted text, speaker that must NOT be given)
    # Quote-only verbs narrate elsewhere: no credit from "started a firm", "offered help".
    ("Ada Kerr started a firm. “It is a good day,” Tom Vale said.", "It is a good day", "Ada Kerr"),
    (
        "Ada Kerr chipped in a dollar. “It is a good day,” Tom Vale said.",
        "It is a good day",
        "Ada Kerr",
    ),
    # A phrase closing an appositive before "told" stays the relative reading's; the one told
    # is never the speaker.
    (
        "“Nothing is settled,” a source, who was not cleared to speak on the record, told the Gazette.",
        "Nothing is settled",
        "the Gazette",
    ),
    # After a comma "referred" shares the sentence's subject; the object before is no one's.
    (
        "The mayor has mocked a retired teacher, referred to the critics as “losers” and left.",
        "losers",
        "a retired teacher",
    ),
    # A label of a word or two is a term: its "by" names no speaker of it.
    (
        "The files were labeled “top secret” by the agency, Ada Kerr said.",
        "top secret",
        "the agency",
    ),
    # "called her" names whom it calls: the object pronoun is no speaker, inverted or not.
    (
        "Ada Kerr spoke first. Tom Vale said her plan was weak, called her “a dreamer” and left.",
        "a dreamer",
        "Ada Kerr",
    ),
    (
        "Tom Vale met Ada Kerr in the debate. He later suggested her temper was behind her "
        "harsh tone, called her “third-rate” and left.",
        "third-rate",
        "Ada Kerr",
    ),
]


@pytest.mark.parametrize(("paragraph", "quoted", "wrong"), NOT_CUES)
def test_not_a_cue(paragraph: str, quoted: str, wrong: str) -> None:
    article = Article(url="https://example.test/b", title="Report", paragraphs=(paragraph,))
    quotes = [q for q in extract_quotes(article).quotes if q.text.startswith(quoted)]
    assert all(q.speaker != wrong for q in quotes)


MODAL_CUES = [
    # (narration, whether a cue is read in it)
    ("A spokesman could only quip:", True),
    ("She can just comment that", True),
    # A bare modal: speech imagined or to come ("would call him a “...”", "will tweet").
    ("the press would call him a", False),
    ("she will tweet about it", False),
    # The noun stays a noun.
    ("his quip about the race", False),
]


@pytest.mark.parametrize(("narration", "cue"), MODAL_CUES)
def test_noun_like_base_is_a_cue_only_after_modal_and_only(narration: str, cue: bool) -> None:
    assert bool(speech_verbs(narration)) is cue

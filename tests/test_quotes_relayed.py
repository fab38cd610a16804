"""Words a speaker relays belong to their author: inside a reported statement whose clause
has a speech or naming verb with a subject of its own, the marks after that verb are the
inner subject's, not the reporter's.

Invented text. The RELAYED cases fail while the fragment takes the reporter's speaker; the
REPORTER_KEEPS cases guard the shapes where the reporter still speaks.
"""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes

RELAYED = [
    # (paragraphs, quoted text, expected speaker)
    # A named inner subject of a naming verb.
    (
        (
            "Mayor Tessa Vane spoke on Monday. Councilman Bo Hadley was absent.",
            "Vane said Hadley had dubbed the plan “the harbor heist” in a letter.",
        ),
        "the harbor heist",
        "Bo Hadley",
    ),
    # A verb of telling: what the board heard is the teller's.
    (
        (
            "Harbor chief Lena Moss spoke on Monday. Her deputy, Ivo Lind, was away.",
            "Moss said Lind told the board the plan was “dead on arrival.”",
        ),
        "dead on arrival.",
        "Ivo Lind",
    ),
    # "referred to X as": the referrer's label.
    (
        (
            "Moderator Ada Kerr pressed the candidates. Senator Cy Marsh and Governor Bo Lund "
            "were on stage.",
            "Kerr said Lund had referred to Marsh as a “pet senator” of the shipping lobby.",
        ),
        "pet senator",
        "Bo Lund",
    ),
    # A question the inner subject asked, past its addressee.
    (
        (
            "Councilman Bo Hadley spoke on Monday. Mayor Tessa Vane was absent.",
            "Vane said Hadley asked her, “Why are you doing this?”",
        ),
        "Why are you doing this?",
        "Bo Hadley",
    ),
    # A description inner subject: still its words (at its own, lower, confidence).
    (
        (
            "Mayor Tessa Vane spoke on Monday.",
            "Vane said a local official had described the plan as “a gift to the rich.”",
        ),
        "a gift to the rich.",
        "a local official",
    ),
    # A pronoun of the other sex than the reporter's is someone else.
    (
        (
            "Councilman Bo Hadley spoke on Monday. Mayor Tessa Vane was absent.",
            "Vane said he called the plan “the harbor heist” in a letter.",
        ),
        "the harbor heist",
        "Bo Hadley",
    ),
    # A naming verb joined by "and" inside the statement has the statement's own subject.
    (
        (
            "Mayor Tessa Vane spoke at the pier. Councilman Bo Hadley listened.",
            "Vane used the meeting to drive a wedge between Hadley and the governor. She noted "
            "that Hadley once faulted the governor over the port money and "
            "called the governor “weak” and “timid.”",
        ),
        "weak",
        "Bo Hadley",
    ),
    # "from X calling it": the gerund's own subject names the thing, as "with X calling" does.
    (
        (
            "Treasurer Al Frame defended the plan. Critic Ivo Lind opposed it.",
            "Frame said the label was no different from Lind calling it “a tax on the poor.”",
        ),
        "a tax on the poor.",
        "Ivo Lind",
    ),
    # A clause after "when" with no comma closing it before the marks still holds them.
    (
        (
            "Some traders said they feared a repeat of the 1990 congress, when Mr. Ivo Lind "
            "called for a “trade war” against the ports.",
        ),
        "trade war",
        "Ivo Lind",
    ),
]


@pytest.mark.parametrize(("paragraphs", "quoted", "speaker"), RELAYED)
def test_relayed_words_are_their_authors(
    paragraphs: tuple[str, ...], quoted: str, speaker: str
) -> None:
    article = Article(url="https://example.test/relayed", title="Report", paragraphs=paragraphs)
    quotes = {q.text: q for q in extract_quotes(article).quotes if q.kind == "direct"}
    assert quotes[quoted].speaker == speaker, sorted(quotes)


REPORTER_KEEPS = [
    # No inner verb: the words about Dunn are the reporter's.
    (
        (
            "Harbor chief Lena Moss spoke on Monday.",
            "Moss said she was sure the board would stay “a partner of the port.”",
        ),
        "a partner of the port.",
        "Lena Moss",
    ),
    # A pronoun of the reporter's own sex is the reporter again.
    (
        (
            "Harbor chief Lena Moss spoke on Monday.",
            "Moss said she told the board the plan was “dead on arrival.”",
        ),
        "dead on arrival.",
        "Lena Moss",
    ),
    # A definite description may name the reporter again.
    (
        (
            "Senator Ivo Lind toured the docks.",
            "Asked whether Lind still hears anger among the dockers, the harbor senator "
            "admitted that “a stubborn few” on the quay still grumble.",
        ),
        "a stubborn few",
        "Ivo Lind",
    ),
    # A second "said that" joined after a comma is the reporter's own second statement.
    (
        (
            "Senator Ida Crane spoke in Dover. Mayor Tessa Vane and Governor Bo Lund were absent.",
            "Crane said that Vane is a “good, fair mayor,” and said that Lund “lost his nerve.”",
        ),
        "lost his nerve.",
        "Ida Crane",
    ),
    # A time clause closed by a comma before the marks: the main clause is the reporter's.
    (
        (
            "Mayor Tessa Vane and Senator Ida Crane spoke on Monday.",
            "Vane said that when Ms. Crane railed against the banks, “she is speaking for us.”",
        ),
        "she is speaking for us.",
        "Tessa Vane",
    ),
    # A participle qualifying a noun governs its own object only.
    (
        (
            "Mayor Tessa Vane and Governor Bo Lund spoke on Monday.",
            "Vane claimed that remarks made by Governor Bo Lund calling for a ban on all river "
            "barges make him “the barge lobby’s best friend.”",
        ),
        "the barge lobby’s best friend.",
        "Tessa Vane",
    ),
]


@pytest.mark.parametrize(("paragraphs", "quoted", "speaker"), REPORTER_KEEPS)
def test_the_reporter_keeps_words_no_inner_verb_governs(
    paragraphs: tuple[str, ...], quoted: str, speaker: str
) -> None:
    article = Article(url="https://example.test/relayed", title="Report", paragraphs=paragraphs)
    quotes = {q.text: q for q in extract_quotes(article).quotes if q.kind == "direct"}
    assert quotes[quoted].speaker == speaker, sorted(quotes)


CREDITED_ACCOUNTS = [
    # (paragraphs, quoted text, expected speaker)
    # The teller credited after the marks; the label is the rivals'.
    (
        (
            "Councilman Bo Hadley spoke on Monday. Mayor Tessa Vane was absent.",
            "Hadley's rivals called the plan “a farce,” Vane said.",
        ),
        "a farce",
        "Hadley's rivals",
    ),
    # A participle after a comma speaks for the subject of the clause it hangs on.
    (
        (
            "Delegate Mary Penrose wore a red cape.",
            "Her old friends have mocked the campaign, calling the mayor “a clown in a suit,” "
            "Penrose said as she turned around.",
        ),
        "a clown in a suit",
        "Her old friends",
    ),
    # A relaying outlet after the marks: the pledge is the subject's.
    (
        (
            "Senator Ida Crane toured the port.",
            "Earlier in the day, Crane met dock workers and pledged to “keep every berth open "
            "this winter,” the Harbor Ledger reported.",
        ),
        "keep every berth open this winter",
        "Ida Crane",
    ),
]


@pytest.mark.parametrize(("paragraphs", "quoted", "speaker"), CREDITED_ACCOUNTS)
def test_an_account_credited_after_the_marks_relays_its_inner_speaker(
    paragraphs: tuple[str, ...], quoted: str, speaker: str
) -> None:
    article = Article(url="https://example.test/relayed", title="Report", paragraphs=paragraphs)
    quotes = {q.text: q for q in extract_quotes(article).quotes if q.kind == "direct"}
    assert quotes[quoted].speaker == speaker, sorted(quotes)


CREDIT_KEEPS = [
    # A clause inside the subject's noun: the credit's words.
    (
        (
            "Senator Ida Crane and Mayor Tessa Vane spoke after the speech.",
            "Nothing the mayor said “will calm the docks,” Crane said.",
        ),
        "will calm the docks",
        "Ida Crane",
    ),
    # The credit's own quote, opening its sentence.
    (
        (
            "Councilman Bo Hadley spoke on Monday. Mayor Tessa Vane was absent.",
            "“We will win the vote,” Vane said.",
        ),
        "We will win the vote",
        "Tessa Vane",
    ),
    # A pronoun of the teller's sex is the teller.
    (
        ("Councilman Bo Hadley spoke on Monday.", "He called the plan “a farce,” Hadley said."),
        "a farce",
        "Bo Hadley",
    ),
]


@pytest.mark.parametrize(("paragraphs", "quoted", "speaker"), CREDIT_KEEPS)
def test_the_credit_keeps_words_no_inner_speaker_governs(
    paragraphs: tuple[str, ...], quoted: str, speaker: str
) -> None:
    article = Article(url="https://example.test/relayed", title="Report", paragraphs=paragraphs)
    quotes = {q.text: q for q in extract_quotes(article).quotes if q.kind == "direct"}
    assert quotes[quoted].speaker == speaker, sorted(quotes)


BLAMED = [
    # (paragraphs, quoted text, expected speaker)
    # The critic's object, blamed "for suggesting" the words, said them.
    (
        (
            "And in 2010, Senator Ida Crane slammed Governor Tom Ruiz as out of touch for "
            "suggesting that farm voters “hold on to old habits,” and bragged about her father.",
        ),
        "hold on to old habits",
        "Tom Ruiz",
    ),
    # Praise works the same way: "for calling it".
    (
        (
            "Mayor Tessa Vane and Councilman Bo Hadley met the dockers.",
            "Vane thanked Hadley for calling the strike “a fight for every family.”",
        ),
        "a fight for every family.",
        "Bo Hadley",
    ),
]


@pytest.mark.parametrize(("paragraphs", "quoted", "speaker"), BLAMED)
def test_words_someone_is_blamed_for_saying_are_theirs(
    paragraphs: tuple[str, ...], quoted: str, speaker: str
) -> None:
    article = Article(url="https://example.test/relayed", title="Report", paragraphs=paragraphs)
    quotes = {q.text: q for q in extract_quotes(article).quotes if q.kind == "direct"}
    assert quotes[quoted].speaker == speaker, sorted(quotes)


BLAMER_KEEPS = [
    # No "for ...": the critic's own label for the object.
    (
        (
            "Mayor Tessa Vane and Councilman Bo Hadley met the dockers.",
            "Vane slammed Hadley as “a friend of the shipowners.”",
        ),
        "a friend of the shipowners.",
        "Tessa Vane",
    ),
    # The "for" phrase closed by a comma before the marks.
    (
        (
            "Mayor Tessa Vane and Councilman Bo Hadley met the dockers.",
            "Vane thanked Hadley for speaking, calling the strike “a fight for every family.”",
        ),
        "a fight for every family.",
        "Tessa Vane",
    ),
]


@pytest.mark.parametrize(("paragraphs", "quoted", "speaker"), BLAMER_KEEPS)
def test_the_critic_keeps_her_own_label(
    paragraphs: tuple[str, ...], quoted: str, speaker: str
) -> None:
    article = Article(url="https://example.test/relayed", title="Report", paragraphs=paragraphs)
    quotes = {q.text: q for q in extract_quotes(article).quotes if q.kind == "direct"}
    assert quotes[quoted].speaker == speaker, sorted(quotes)

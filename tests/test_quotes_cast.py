"""Speakers named by a description, a relative pronoun or a list: the person meant, or none."""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes

CASES = [
    # (paragraphs, quoted text, expected speaker)
    # "who" stands for the name right before it.
    (
        (
            "Senator Abe Carr called the plan weak.",
            "He met Tom Ruiz, who said it was “dead on arrival.”",
        ),
        "dead on arrival.",
        "Tom Ruiz",
    ),
    # ... past an appositive between the name and "who".
    (
        ("Ada Kerr, a native of Ohio who writes poems, called the vote “a fine day.”",),
        "a fine day.",
        "Ada Kerr",
    ),
    # A question, a plural noun: "that"/"who" after them name no one, not the last name read.
    (
        ("Senator Abe Carr spoke. This was a question that asked voters “to pick a side.”",),
        "to pick a side.",
        None,
    ),
    (
        (
            "Senator Abe Carr met the crowd.",
            "He thanked the farmers, who said he was “the real thing.”",
        ),
        "the real thing.",
        "the farmers",
    ),
    # A plural description is a group, not the man just named.
    (
        ("Senator Abe Carr spoke to his fans, who said he was “the real thing.”",),
        "the real thing.",
        "his fans",
    ),
    (
        ("Senator Abe Carr hired two lawyers.", "“The claim has no merit,” the lawyers said."),
        "The claim has no merit",
        "the lawyers",
    ),
    # "which" stands for a body, never a person...
    (
        ("The Halden Group, which said the merger was “a great day,” will close.",),
        "a great day",
        "Halden Group",
    ),
    # ... and a document's words are its issuer's.
    (
        ("Senator Abe Carr released a video that said he would “fight for every job.”",),
        "fight for every job.",
        "Abe Carr",
    ),
    (
        ("Senator Abe Carr spoke.", "He then held up a sign that read “Jobs now.”"),
        "Jobs now.",
        "Abe Carr",
    ),
    # A description with "who" is that unnamed person, not the name inside it.
    (
        ("Senator Abe Carr spoke. A Carr aide who asked not to be named said “we are done.”",),
        "we are done.",
        "A Carr aide",
    ),
    # Several speakers are all of them, never the last one named.
    (
        (
            "Mayor Ruth Albers met the council on Monday.",
            "“We will not back down,” Senators Al Pike, Bo Renn and Cy Dorn said.",
        ),
        "We will not back down",
        "Senators Al Pike, Bo Renn and Cy Dorn",
    ),
    (
        ("The study came out Monday. “We will not back down,” Ada Kerr and Bo Renn wrote.",),
        "We will not back down",
        "Ada Kerr and Bo Renn",
    ),
    (
        ("Pollsters Ada Kerr and Bo Renn: “We will not back down.”",),
        "We will not back down.",
        "Pollsters Ada Kerr and Bo Renn",
    ),
    (
        ("“We will not back down,” said Ada Kerr, Cy Dorn, and Bo Renn.",),
        "We will not back down",
        "Ada Kerr, Cy Dorn, and Bo Renn",
    ),
    # Two surnames are a list too, and so is a firm's ("Carr & Pike"): never the last one alone.
    (
        ("Mayor Ada Kerr met the board.", "“We will dredge the channel,” Kerr and Dorn said."),
        "We will dredge the channel",
        "Kerr and Dorn",
    ),
    (
        ("“Profits doubled in the second half,” Carr & Pike said in a statement.",),
        "Profits doubled in the second half",
        "Carr & Pike",
    ),
    # A list starts after the sentence before it and after an opening word.
    (
        ("The board met. Then Ada Kerr and Bo Renn said: “We will not back down.”",),
        "We will not back down.",
        "Ada Kerr and Bo Renn",
    ),
    (
        ("Instead, Kerr, Dorn and Pell wrote: “We will not back down.”",),
        "We will not back down.",
        "Kerr, Dorn and Pell",
    ),
    (
        ("The vote came on Monday. Kerr and Dorn said: “We will not back down.”",),
        "We will not back down.",
        "Kerr and Dorn",
    ),
    # A body's name may hold "and": the whole body, not its last words.
    (
        ("“The permits expire in May,” the Parks and Recreation Department said.",),
        "The permits expire in May",
        "Parks and Recreation Department",
    ),
    (
        ("“The drug is safe for children,” the Food and Drug Administration said.",),
        "The drug is safe for children",
        "Food and Drug Administration",
    ),
    (
        ("The Department of Health and Human Services said the rule was “final and binding.”",),
        "final and binding.",
        "Department of Health and Human Services",
    ),
    # People named by their body take an appositive after it: the body in the appositive is
    # not the speaker (read as "Officials at Dock Security said" is: the body they are of).
    (
        (
            "Officials at Dock Security, a unit of the harbour police, said they were "
            "“worried about the cost.”",
        ),
        "worried about the cost.",
        "Dock Security",
    ),
    # A list after a preposition is an object, never the speakers.
    (
        ("“We will not back down,” the lawyer for Kerr and Dorn said.",),
        "We will not back down",
        "the lawyer for Kerr and Dorn",
    ),
    # A first name that is also a month opens a list like any other.
    (
        ("“We will not back down,” May Kerr and Bo Renn said.",),
        "We will not back down",
        "May Kerr and Bo Renn",
    ),
    # A pronoun among them: no one can be named honestly.
    (
        ("Mayor Ruth Albers met Ed Kern on Monday.", "“We will not back down,” she and Kern said."),
        "We will not back down",
        None,
    ),
    # Not lists: two titles of one man; a new clause after the comma.
    (
        ("“We will not back down,” former Gov. and party Chairman Ed Rendt said.",),
        "We will not back down",
        "Ed Rendt",
    ),
    (
        ("“We will not back down,” said Ada Kerr, and Bo Renn agreed.",),
        "We will not back down",
        "Ada Kerr",
    ),
]


# A description is the person named earlier with that role, never a reporter or an object.
DESCRIPTIONS = [
    (
        (
            "The ad’s narrator, Jo Pell, grew up in the town.",
            "Reporter Kim Soto watched it.",
            "“He forgot us,” said the narrator in the ad.",
        ),
        "He forgot us",
        "Jo Pell",
    ),
    # No narrator named: the description itself, not the ad.
    (
        ("Reporter Kim Soto watched the new ad.", "“He forgot us,” said the narrator in the ad."),
        "He forgot us",
        "the narrator in the ad",
    ),
    (
        (
            "Governor Sam Ortiz, the Democratic nominee, spoke first.",
            "Then his rival Paul Lind attacked.",
            "“That is a lie,” the Democratic nominee shot back.",
        ),
        "That is a lie",
        "Sam Ortiz",
    ),
    # The man just named has another role: "the Mexican president" is someone else.
    (
        (
            "Candidate Dan Rook, the Republican nominee, met the Mexican president, who said"
            " trade was “good for both.”",
        ),
        "good for both.",
        "the Mexican president",
    ),
]

# Appositives, places, spokespeople and documents: the person, never the place or the paper.
CLAUSES = [
    # The state a governor comes from is not the governor.
    (
        ("Vice-presidential pick Gov. Dana Marsh of Ohio told supporters: “We will win it.”",),
        "We will win it.",
        "Dana Marsh",
    ),
    (
        ("“We will win,” said Sen. Dana Marsh of the Ohio Senate.",),
        "We will win",
        "Dana Marsh",
    ),
    # The campaign's spokesman is the one "saying".
    (
        (
            "The Orrin campaign rejected the claim, with spokesman Ted Vale saying it was “a fantasy.”",
        ),
        "a fantasy.",
        "Ted Vale",
    ),
    # A document put out is its issuer's words, however long its description.
    (
        ("The Voss campaign put out a press note saying it was “a disgrace.”",),
        "a disgrace.",
        "The Voss campaign",
    ),
    (
        ("Senator Ann Ruiz ran a new radio spot calling it “a disgrace.”",),
        "a disgrace.",
        "Ann Ruiz",
    ),
    # After an inverted verb, "of the senator" is whom it is about: the aide speaks.
    (
        (
            "Senator Ida Marsh spoke in Dayton.",
            "A Marsh aide, who asked not to be named to speak freely, said of the senator,"
            " “She means every word.”",
        ),
        "She means every word.",
        "A Marsh aide",
    ),
    # The credit after the quote.
    (
        ("“We bought the future,” was how Lena Korr, the chief executive, summed up the deal.",),
        "We bought the future",
        "Lena Korr",
    ),
    # One of several unnamed people is not the last person named.
    (
        (
            "Mayor Ruth Albers met three shop owners on Monday.",
            "“The rents are killing us,” one said.",
        ),
        "The rents are killing us",
        None,
    ),
    # "a key speaking slot": an adjective, so nobody speaks to carry into the next paragraph.
    (
        (
            "Senator Ed Lund heads to the congress with a prime speaking role.",
            "“It is a big night. We are ready.”",
        ),
        "It is a big night. We are ready.",
        None,
    ),
]


# How a name is read: where the person's name starts, and when a word is a first name.
NAMES: list[tuple[tuple[str, ...], str, str | None]] = [
    # "Bill" opening a name is a first name, not a draft law: the person, full-named.
    (
        ("Former President Bill Harlow spoke in Ames.", "“We built this together,” Harlow said."),
        "We built this together",
        "Bill Harlow",
    ),
    # "Bank of Halden": a body's word and "of" make the place part of the body's name.
    (
        ("“Rates will rise,” Bank of Halden said in a note.",),
        "Rates will rise",
        "Bank of Halden",
    ),
    # Capitalised words of a title before a known first name belong to the role.
    (
        ("“The count is on track,” said party Chief of Staff Rosa Meyer.",),
        "The count is on track",
        "Rosa Meyer",
    ),
]


@pytest.mark.parametrize(
    ("paragraphs", "quoted", "speaker"), CASES + DESCRIPTIONS + CLAUSES + NAMES
)
def test_speaker_is_the_one_meant(
    paragraphs: tuple[str, ...], quoted: str, speaker: str | None
) -> None:
    attribution = extract_quotes(Article(title="A headline", paragraphs=paragraphs))
    found = {q.text: q.speaker for q in attribution.quotes if q.kind == "direct"}
    assert found[quoted] == speaker

"""Speakers of quoted fragments inside the writer's paraphrase, stop 23 (issue 11).

A fragment in marks takes the speaker of the clause that governs it: a "who" clause after the
marks tells what its own antecedent said (store.quotes.trailing_relatives), a "who" clause set
off by dashes is its antecedent's like one set off by commas (store.quotes.antecedents), and a
dash closing an aside before a speech verb is no credit after marks (store.quotes.dash_asides),
"what X called “…”" is X's even inside another's statement (store.quotes.fragments), and a
verb joined by "and" to a cue of its clause is that cue's speaker's (store.quotes.joined_verbs),
"and" before a name and an auxiliary opens a clause (store.quotes.uncued), and a name after
"a letter from" is its sender (store.quotes.senders); marks inside "with X -ing …" are X's
(store.quotes.with_subjects).
"""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes

LEDE = "Sen. Ada Kerr and Gov. Tom Vance spoke at the harbour rally on Monday, with Mayor Bo Renn."


def _fragments(paragraph: str) -> list[tuple[str, str | None]]:
    """(words, speaker) of the direct quotes of the paragraph after the lede."""
    article = Article(title="Rally", paragraphs=(LEDE, paragraph))
    return [
        (q.text.strip(" .,"), q.speaker)
        for q in extract_quotes(article).quotes
        if q.paragraph == 1 and q.kind == "direct"
    ]


def _speaker(paragraph: str) -> str | None:
    (only,) = _fragments(paragraph)
    return only[1]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # The critics "who have suggested" said what follows "who", not the marks before it:
        # the sentence's subject described the views in those words.
        (
            "Kerr welcomed that Vance had finally set out his plans “on radio and on TV,” "
            "echoing some critics who have suggested that Vance is timid.",
            "Ada Kerr",
        ),
        (
            "Kerr said Vance had at last put it “in plain words,” like the dockers who said "
            "the port would close.",
            "Ada Kerr",
        ),
        # Kept: a "who" clause before the marks holds them.
        (
            "Renn spoke. Vance, who has said the port is “a costly mistake,” did not attend.",
            "Tom Vance",
        ),
    ],
)
def test_a_who_clause_after_the_marks_does_not_claim_them(paragraph: str, speaker: str) -> None:
    assert _speaker(paragraph) == speaker


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("Vance — who once said he would “sink the old pier” — spoke on Monday.", "Tom Vance"),
        ('Vance - who once said he would "sink the old pier" - spoke on Monday.', "Tom Vance"),
        # Kept: "which" after a dash is a thing's clause (a placard’s), whom nobody speaks for.
        (
            "A man raised a placard — which read “Port 4 All” — and waved it, mouthing "
            "“thank you.”",
            None,
        ),
    ],
)
def test_a_who_clause_between_dashes_is_its_antecedents(paragraph: str, speaker: str) -> None:
    assert _fragments(paragraph)[-1][1] == speaker


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # The dash before "says" closes the aside about Lind: no credit after marks, so the
        # verb does not take the name after it (Kerr, whom Lind chose) as its speaker.
        (
            "Tom Lind — a teacher from Dover — says he chose Kerr, and that Vance’s "
            "endorsement was “a turning point.”",
            "Tom Lind",
        ),
        # Kept: a dash right after the marks is a credit's ("“…” — says Kerr").
        ("“The port is open to all” — says Kerr, who chose Lind.", "Ada Kerr"),
    ],
)
def test_a_dash_closing_an_aside_is_no_credit_after_marks(paragraph: str, speaker: str) -> None:
    assert _speaker(paragraph) == speaker


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # "what X has described as “…”" names X's words, even inside Renn's statement.
        ("Renn said the port faced what Vance has described as “a perfect storm.”", "Tom Vance"),
        ("Renn warned of trouble amid what Kerr called a “grim month” for the port.", "Ada Kerr"),
        # Kept: no naming verb after "what": the statement's speaker.
        ("Renn said the port faced what Vance fears most, “a perfect storm.”", "Bo Renn"),
    ],
)
def test_what_someone_called_it_is_their_words(paragraph: str, speaker: str) -> None:
    assert _speaker(paragraph) == speaker


@pytest.mark.parametrize(
    ("paragraph", "speakers"),
    [
        # "and said" joins the cue before it in one clause: his, not the sentence's first name.
        (
            "Kerr spoke to Renn, and for that she angered Vance - he called her “soft” and "
            "said she had “no friends left” in Dover.",
            ["Tom Vance", "Tom Vance"],
        ),
        # Kept: a comma between the verbs may close a clause of another subject.
        ("After Vance spoke, Kerr stood and said she had “no friends left” there.", ["Ada Kerr"]),
    ],
)
def test_a_verb_joined_by_and_shares_the_cues_speaker(paragraph: str, speakers: list[str]) -> None:
    assert [speaker for _, speaker in _fragments(paragraph)] == speakers


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # "and" with a name and an auxiliary after it opens a clause of another subject.
        (
            "Vance will call you a cheat and Ledger News will say you faked a “meltdown.”",
            "Ledger News",
        ),
        # Kept: two subjects of one verb are not two clauses.
        (
            "Renn spoke. Vance and Kerr accused the port of “wrecking the harbour.”",
            "Vance and Kerr",
        ),
    ],
)
def test_and_before_a_name_and_an_auxiliary_opens_a_clause(paragraph: str, speaker: str) -> None:
    assert _speaker(paragraph) == speaker


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # A surname after "a letter from" is the letter's sender, not a place's name ("refugees
        # from Iraq"): the letter warns in Kerr's words, not in those of Renn who spoke before.
        ("Renn spoke. A letter from Kerr warns that “the next step is a court case.”", "Ada Kerr"),
        # Kept: a name after "from" in a phrase of place is no one who speaks.
        (
            "Renn spoke. Refugees from Dover admitted to the port say it is “a costly mistake "
            "for all of us.”",
            None,
        ),
    ],
)
def test_a_name_after_a_letter_from_is_its_sender(paragraph: str, speaker: str | None) -> None:
    assert _speaker(paragraph) == speaker


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # The marks inside "with Renn taking … to call Kerr “…”" quote Renn, not the subject
        # of the main clause's cue ("denied").
        (
            "The Acme Corp. denied it, with Renn taking to the radio to call Kerr “totally "
            "confused” for the claim.",
            "Bo Renn",
        ),
        # Kept: a comma closes the phrase; the main clause's subject calls it.
        (
            "With Renn taking notes, Vance called the plan “totally confused” on Monday.",
            "Tom Vance",
        ),
    ],
)
def test_marks_in_a_with_phrase_are_its_subjects(paragraph: str, speaker: str) -> None:
    assert _speaker(paragraph) == speaker

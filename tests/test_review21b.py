"""review21's trust bugs 2, 4 and 5: a named person loses or gains words they never said.

Invented text. (2) A surname the article also writes as a lower-case word ("Dr. Price" and
"the price of insulin", "Mayor Young" and "young voters") was read as a common word even in
a credit after a closing mark or when the cast knew the person with a title, so the quote went
to nobody or to the group before. (4) A hearer's first name, a quote and the next speaker's
surname ("Kerr warned Tom “not to push it,” Lund said") were read as one full name with a
nickname, inventing "Tom Lund". (5) A capital letter before a closing mark, an apostrophe or
a dash ("“OLÉ”", "CAFÉ’S") was repaired as misread UTF-8 into an IPA letter, eating the mark.
"""

from __future__ import annotations

import pytest

from store.ingest.mojibake import repair_runs
from store.ingest.text import clean_line, parse_text
from store.models import Article
from store.quotes.extract import extract_quotes


def _direct(paragraphs: tuple[str, ...]) -> dict[str, str | None]:
    article = Article(title="Harbour levy vote", paragraphs=paragraphs)
    return {q.text: q.speaker for q in extract_quotes(article).quotes if q.kind == "direct"}


SURNAMES_AS_WORDS: list[tuple[tuple[str, ...], str, str | None]] = [
    # (paragraphs, quoted words, speaker)
    (
        (
            "Dr. Pike met the ferry crews. The pike in the harbour are dying.",
            "“We will clean the water,” Pike said.",
        ),
        "We will clean the water",
        "Pike",
    ),
    (
        ("Mayor Young arrived late. Many young voters cheered.", "“It is our city,” Young said."),
        "It is our city",
        "Young",
    ),
    (
        (
            "Gov. Brown toured the coast. The water was brown after the storm.",
            "“We will clean it,” Brown said.",
        ),
        "We will clean it",
        "Brown",
    ),
    (
        (
            "President Bolt spoke at the dock. Some voters said he would bolt from the race.",
            "“We are winning,” Bolt said.",
        ),
        "We are winning",
        "Bolt",
    ),
    # A titled person opening a sentence keeps the words too.
    (
        (
            "Mayor Young arrived late. Many young voters cheered.",
            "Young said the levy was “a fair price.”",
        ),
        "a fair price.",
        "Young",
    ),
    # Kept: a common word opening a sentence is still no one the pronoun after it means.
    (
        (
            "Bo Renn spoke for the crews and their immigration cases.",
            "Immigration is now a question of dignity, and he said owners wanted “open quays.”",
        ),
        "open quays.",
        "Bo Renn",
    ),
]


@pytest.mark.parametrize(("paragraphs", "quoted", "speaker"), SURNAMES_AS_WORDS)
def test_a_surname_written_as_a_common_word_keeps_its_quote(
    paragraphs: tuple[str, ...], quoted: str, speaker: str | None
) -> None:
    quotes = _direct(paragraphs)
    assert quoted in quotes or speaker is None, sorted(quotes)
    assert quotes.get(quoted) == speaker


def test_a_titled_surname_opening_a_sentence_keeps_its_statement() -> None:
    article = Article(
        title="Harbour levy vote",
        paragraphs=(
            "Gov. Brown toured the coast. The water was brown after the storm.",
            "Brown said the clean-up would be “a long job.”",
        ),
    )
    reported = {q.text: q.speaker for q in extract_quotes(article).quotes if q.kind == "indirect"}
    assert reported == {"the clean-up would be “a long job.”": "Brown"}


NOT_NICKNAMES: list[tuple[tuple[str, ...], str, str]] = [
    # (paragraphs, quoted words, speaker): a quote after a hearer's first name is no nickname.
    (
        (
            "Sen. Ada Kerr and Eva Lund met on Monday. Kerr warned Tom “not to push it,” Lund said.",
            "“It was tense,” Lund said.",
        ),
        "It was tense",
        "Eva Lund",
    ),
    (
        (
            "Bo Renn met the mayor. The mayor told Eric “no deal,” Renn recalled.",
            "“We walked out,” Renn said.",
        ),
        "We walked out",
        "Bo Renn",
    ),
    (
        (
            "Eva Lund hosted the talks. Kerr told Eric “no deal” Lund recalled.",
            "“It was tense,” Lund said.",
        ),
        "It was tense",
        "Eva Lund",
    ),
    # Kept: a nickname inside a full name, credited or not.
    (
        (
            "The crews marched in silence. Juan “Chico” Marquez said the parade was long.",
            "“I cried the whole way,” he said.",
        ),
        "I cried the whole way",
        "Juan Marquez",
    ),
]


@pytest.mark.parametrize(("paragraphs", "quoted", "speaker"), NOT_NICKNAMES)
def test_a_quote_after_a_hearers_first_name_invents_no_one(
    paragraphs: tuple[str, ...], quoted: str, speaker: str
) -> None:
    quotes = _direct(paragraphs)
    assert quotes.get(quoted) == speaker, quotes
    invented = ("Tom Lund", "Eric Renn", "Eric Lund")
    assert not set(invented) & {s for s in quotes.values() if s}


SOUND_BESIDE_MARKS = [
    "The crowd chanted “OLÉ” as the band played.",
    "“CAFÉ’S OPEN,” the sign read.",
    "JOSÉ’s team won.",
    "RÉSUMÉ—the word—and PELÉ… then “CAFFÈ” and “VOCÊ” and “PERÒ” and “ADIÓ”",
    "“TÊTE-À-TÊTE” and «PRÈS» and ‹NÉ› and CAFÉ\u00a0BAR and CAFÉ™ and JOSÉ–era",
]
# Accented capitals, Greek and Cyrillic as written: nothing in them is a misread run.
ACCENTED = "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ"
SOUND_SCRIPTS = [
    ACCENTED,
    ACCENTED.lower(),
    "Ärger über Öl, Ñandú, Ÿves, Æsir, Ørsted",
    "Привет, «мир» — это ЁЖ и ёж; Україна, Ґанок",
    "Καλημέρα — ΑΘΗΝΑ, «Ελλάδα»",
]
# Each accented capital that can end a word, before each mark sound text puts after a word.
# ("Ã”", "Ñ”", "Î”", "Ï…" stay repairs: Ô, є, Δ and υ are misread far more often than a word
# ends in one of those capitals.)
CAPITAL_BEFORE_MARK = [
    f"“NO{capital}{mark} he said" for capital in "ÈÉÊËÌÍÒÓÔÆÇ" for mark in "”’“‘«»–—…\u00a0"
]


@pytest.mark.parametrize("text", SOUND_BESIDE_MARKS + SOUND_SCRIPTS + CAPITAL_BEFORE_MARK)
def test_sound_accents_beside_marks_stay_as_written(text: str) -> None:
    assert repair_runs(text) == text
    assert clean_line(text) == clean_line(text.replace("\u00a0", " "))  # a space either way


MISREAD_BESIDE_MARKS = [
    # (as stored, as first written): a misread letter whose second byte reads as a mark.
    ("Ã–sterreich", "Österreich"),
    ("NoÃ«l", "Noël"),
    ("ÐŸÐ¾Ð»Ðµ", "Поле"),
    ("ÐµÑ‘", "её"),
    ("Iâ€”yes", "I—yes"),
]


@pytest.mark.parametrize(("stored", "written"), MISREAD_BESIDE_MARKS)
def test_a_misread_letter_beside_a_mark_is_still_repaired(stored: str, written: str) -> None:
    assert repair_runs(stored) == written


def test_a_quote_closed_after_an_accented_capital_keeps_its_speaker() -> None:
    text = (
        "Band night\n\nThe crowd chanted “OLÉ” as the band played. “We loved it,” said Ada "
        "Kerr, the singer."
    )
    quotes = extract_quotes(parse_text(text)).quotes
    direct = {q.text: q.speaker for q in quotes if q.kind == "direct"}
    assert "OLÉ" in direct and direct["We loved it"] == "Ada Kerr", direct

"""Review fixes stop 23 (fixe23): French and German titles before a name, German nouns after
their article and kin plurals opening a list (roles, never names), a document's words spoken
by the body that issued it, and a bare surname two relatives share."""

from __future__ import annotations

import pytest

from store.models import Article, QuoteKind
from store.quotes.extract import extract_quotes
from store.quotes.junk_speakers import junk_speaker
from store.quotes.mentions import read_mention


def _direct(*paragraphs: str, title: str = "Harbour news") -> list[tuple[str, str | None]]:
    quotes = extract_quotes(Article(title=title, paragraphs=paragraphs)).quotes
    return [(q.text, q.speaker) for q in quotes if q.kind == QuoteKind.DIRECT]


@pytest.mark.parametrize(
    ("words", "name", "role"),
    [
        ("M. Lemoine", "Lemoine", "M."),
        ("Mme Duval", "Duval", "Mme"),
        ("Mlle Duval", "Duval", "Mlle"),
        ("Herr Maier", "Maier", "Herr"),
        ("Frau Roth", "Roth", "Frau"),
        # An initial before two more words is a first name's: "M. Tom Lind" keeps it.
        ("M. Tom Lind", "M. Tom Lind", None),
        ("Tom M. Lind", "Tom M. Lind", None),
        ("the mayor, M. Lind", "Lind", "M."),
    ],
)
def test_a_title_before_a_name_is_its_role(words: str, name: str, role: str | None) -> None:
    mention = read_mention(words)
    assert mention is not None
    assert (mention.name, mention.role) == (name, role)


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            ("« Il est temps de partir », a déclaré M. Lemoine.",),
            [("Il est temps de partir", "Lemoine")],
        ),
        # The title's surname is the person named in full before.
        (
            (
                "Le maire, Gérard Lemoine, a démissionné. « Il est temps de partir », "
                "a déclaré M. Lemoine.",
            ),
            [("Il est temps de partir", "Gérard Lemoine")],
        ),
        (
            ("« Il est temps de partir », a déclaré Mme Duval.",),
            [("Il est temps de partir", "Duval")],
        ),
        (("„Das ist falsch“, sagte Frau Roth.",), [("Das ist falsch", "Roth")]),
    ],
)
def test_french_and_german_titles_in_a_credit(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]
) -> None:
    assert _direct(*paragraphs) == expected


@pytest.mark.parametrize(
    ("name", "junk"),
    [("M", True), ("M.", True), ("Lemoine", False), ("Bo Renn", False)],
)
def test_a_one_letter_name_is_no_speaker(name: str, junk: bool) -> None:
    assert junk_speaker(name, "Harbour news\nBo Renn spoke.", frozenset()) is junk


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # After a German article a capitalised word is a noun: the appositive names the person.
        (
            ("Der Fraktionschef der Opposition, Tom Lind, sagte: „Das ist falsch.“",),
            [("Das ist falsch.", "Tom Lind")],
        ),
        (
            ("Die Ministerin, Anna Roth, war empört. „Das ist falsch“, sagte sie.",),
            [("Das ist falsch", "Anna Roth")],
        ),
        # A noun after the credit's article names no one: no speaker rather than "Politiker".
        (("„Das ist falsch“, sagte der Politiker.",), [("Das ist falsch", None)]),
        # A family plural opening a list is the role of the names after it.
        (
            (
                "Sisters Hanna and Elsa Korpi have reopened their bakery.",
                'Hanna runs the kitchen. "I cried into the dough," she said.',
            ),
            [("I cried into the dough", "Hanna")],
        ),
    ],
)
def test_nouns_and_plural_kin_before_names_are_no_names(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]
) -> None:
    assert _direct(*paragraphs) == expected


@pytest.mark.parametrize(
    ("words", "kind", "name"),
    [
        ("Der Fraktionschef", "description", None),
        ("Die Ministerin", "description", None),
        # A particle inside a name, or a first name after the article, stays a name.
        ("Tom van der Berg", "name", "Tom van der Berg"),
        ("Sanjay Das", "name", "Sanjay Das"),
    ],
)
def test_a_german_article_opens_a_noun(words: str, kind: str, name: str | None) -> None:
    mention = read_mention(words)
    assert mention is not None
    assert (mention.kind, mention.name) == (kind, name)


_SAID_IT = '"We will keep working with residents," the {noun} said.'


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # The document speaks for the owner the sentence that brought it in names.
        (
            (
                "The owner, Granite Holdings, said in a statement that jobs would come.",
                _SAID_IT.format(noun="statement"),
            ),
            "Granite Holdings",
        ),
        (("Ada Kerr issued a statement on Monday.", _SAID_IT.format(noun="statement")), "Ada Kerr"),
        (
            (
                "Senator Bo Renn's letter reached the council on Monday.",
                _SAID_IT.format(noun="letter"),
            ),
            "Bo Renn",
        ),
        # No owner named: the document stays; an owner only a pronoun names is no owner.
        ((_SAID_IT.format(noun="statement"),), "the statement"),
        (
            (
                "The quarry firm put its case in a statement on Monday.",
                _SAID_IT.format(noun="statement"),
            ),
            "the statement",
        ),
    ],
)
def test_a_document_speaks_for_the_owner_named_before(
    paragraphs: tuple[str, ...], speaker: str
) -> None:
    assert _direct(*paragraphs)[-1][1] == speaker


def test_an_owner_read_back_is_no_plain_name() -> None:
    # The owner is read from another sentence: below the 0.9 of a speaker named plainly.
    paragraphs = ("Ada Kerr issued a statement on Monday.", _SAID_IT.format(noun="statement"))
    quote = extract_quotes(Article(title="Harbour news", paragraphs=paragraphs)).quotes[-1]
    assert quote.speaker == "Ada Kerr"
    assert quote.confidence < 0.9


_PROFILE = "At 19, Elias Marrow is a grandmaster."
_MOTHER = '"He sat for hours," said his mother, Ruth Marrow. "He was funny," said Kenji Ashdown.'


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # A bare surname two relatives share is the article's own person, not the relative
        # the article brought in by her relation, though she was named last.
        ((_PROFILE, _MOTHER, '"I am still learning," Marrow said.'), "Elias Marrow"),
        # The sentence's subject "Marrow" is that person too: "he" is his, not Ashdown's.
        (
            (_PROFILE, _MOTHER, 'Marrow shrugs at the fuss. "I am still learning," he said.'),
            "Elias Marrow",
        ),
        # Without the relation the rule stays: the Marrow named last.
        (
            (_PROFILE, '"He sat for hours," said Ruth Marrow.', '"I am tired," Marrow said.'),
            "Ruth Marrow",
        ),
    ],
)
def test_a_shared_surname_is_not_the_relatives(paragraphs: tuple[str, ...], speaker: str) -> None:
    assert _direct(*paragraphs)[-1][1] == speaker

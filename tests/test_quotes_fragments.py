"""Quoted fragments inside a paraphrase: the words are the paraphrase's speaker's.

Invented text. Each case fails when a fragment in marks takes a name standing between the
reported statement's cue and the marks (whom the words are about), or takes nobody.
"""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes
from store.quotes.layouts import blank_dateline
from store.quotes.marks import spans_in_paragraph
from store.quotes.terms import is_term

INSIDE_REPORTED = [
    # (paragraphs, quoted text, expected speaker)
    # The statement's own subject is whom the words are about, not who says them.
    (
        (
            "Mayor Ilse Varga spoke after the vote. Varga said she was sure Councillor Bo Renn "
            "would continue to be “a friend to the harbour towns.”",
        ),
        "a friend to the harbour towns.",
        "Ilse Varga",
    ),
    # A participle after a credit carries on its speaker, not the sentence's subject.
    (
        (
            "Ada Kerr and the former governor, Rolf Dunn, spoke on Monday.",
            "The former governor will play the “local card,” Kerr said, adding that the way "
            "to beat him “is to attack his record.”",
        ),
        "is to attack his record.",
        "Ada Kerr",
    ),
    # A name in a clause that is no cue of its own ("schools that reminded him").
    (
        (
            "Senator Piet Horvath toured the region in May. He said he had seen schools in "
            "the valley that reminded him of “a forgotten century,” with no books at all.",
        ),
        "a forgotten century,",
        "Piet Horvath",
    ),
]


@pytest.mark.parametrize(("paragraphs", "quoted", "speaker"), INSIDE_REPORTED)
def test_a_fragment_inside_a_reported_statement_is_its_speakers(
    paragraphs: tuple[str, ...], quoted: str, speaker: str
) -> None:
    article = Article(url="https://example.test/f", title="Report", paragraphs=paragraphs)
    quotes = {q.text.rstrip(","): q for q in extract_quotes(article).quotes}
    assert quotes[quoted.rstrip(",")].speaker == speaker, sorted(quotes)


OWN_CUE_STANDS = [
    # A quote introduced by its own cue inside the paraphrase is that cue's speaker's.
    (
        (
            "Ada Kerr said that experts had judged her plan sound, to which Rolf Dunn "
            "interjected: “That is simply not true.”",
        ),
        "That is simply not true.",
        "Rolf Dunn",
    ),
    # A statement that runs on past a quote credited right after its marks (copy whose
    # sentence ends on "5-1." and a no-break space, so the statement is read on).
    (
        (
            "Tam Oyelaran said the figures he saw were worse, showing costs up 5-1.\xa0"
            "“Trust in the port board has fallen for years,” said Lisbet Moor, counsel at "
            "the Harbour Institute.",
        ),
        "Trust in the port board has fallen for years,",
        "Lisbet Moor",
    ),
]


@pytest.mark.parametrize(("paragraphs", "quoted", "speaker"), OWN_CUE_STANDS)
def test_a_quote_with_its_own_cue_keeps_it_inside_a_paraphrase(
    paragraphs: tuple[str, ...], quoted: str, speaker: str
) -> None:
    article = Article(url="https://example.test/g", title="Report", paragraphs=paragraphs)
    quotes = {q.text.rstrip(","): q for q in extract_quotes(article).quotes}
    assert quotes[quoted.rstrip(",")].speaker == speaker, sorted(quotes)


SENTENCE_SUBJECT = [
    # A long appositive ending on another name: the name opening the sentence speaks.
    (
        (
            "Ada Kerr spoke on Monday.",
            "Kerr, a fellow at the Institute who once worked for Sen. Rolf Dunn, "
            "called it “a big step for the valley.”",
        ),
        "a big step for the valley.",
        "Ada Kerr",
    ),
    # The same inside a clause opened by "what": the name after it, not the appositive's end.
    (
        (
            "Bay Lind led the delegates in 1976.",
            "He guarded the delegates at the convention, in what Bay Lind, treasurer for "
            "Rolf Dunn's insurgent campaign, called “hand-to-hand combat.”",
        ),
        "hand-to-hand combat.",
        "Bay Lind",
    ),
    # A one-word name before a relative clause is the subject, not an opening word.
    (
        (
            "Gov. Ivo Lamm endorsed the senator.",
            "Lamm, who seeks a second term this year, praised Dunn for showing "
            "“the courage of his convictions.”",
        ),
        "the courage of his convictions.",
        "Ivo Lamm",
    ),
    # A list of names is no appositive: all of them said it.
    (
        ("Ada Kerr, Rolf Dunn and Ivo Lamm said the plan was “a big step.”",),
        "a big step.",
        "Ada Kerr, Rolf Dunn and Ivo Lamm",
    ),
]


@pytest.mark.parametrize(("paragraphs", "quoted", "speaker"), SENTENCE_SUBJECT)
def test_a_fragment_goes_to_the_subject_its_sentence_opens_with(
    paragraphs: tuple[str, ...], quoted: str, speaker: str
) -> None:
    article = Article(url="https://example.test/h", title="Report", paragraphs=paragraphs)
    quotes = {q.text: q for q in extract_quotes(article).quotes}
    assert quotes[quoted].speaker == speaker, sorted(quotes)


OPENINGS = [
    # A participle's phrase opening the sentence names nobody, whatever its case.
    (
        (
            "Ada Kerr spoke on Monday.",
            "Reached by the Gazette, Kerr denied that a shake-up was coming, explaining "
            "that she was “taking a day off.”",
        ),
        "taking a day off.",
        "Ada Kerr",
    ),
    (
        (
            "Ada Kerr spoke on Monday.",
            "Continuing to explain her view, Kerr rejected the notion that the row should "
            "be left in the past, saying that if she “found something rotten, I would "
            "fix it.”",
        ),
        "found something rotten, I would fix it.",
        "Ada Kerr",
    ),
    # A comparison opening the sentence: the name after its comma speaks.
    (
        (
            "Ada Kerr and Rolf Dunn met on Monday.",
            "Like Dunn, Kerr also rejected the notion that the board could walk away from "
            "the deal, arguing that there is “room for the port” in the plan.",
        ),
        "room for the port",
        "Ada Kerr",
    ),
    # An age before the name that opens the sentence, a long appositive after it.
    (
        (
            "76-year-old Ada Kerr, founder of the Dock Institute and a member of the board "
            "since 1990, endorsed Dunn last week, saying he “has shown deep commitment.”",
        ),
        "has shown deep commitment.",
        "Ada Kerr",
    ),
    # A described name, then an appositive opening on a lower-case word.
    (
        (
            "Democratic front-runner Ada Kerr, also campaigning in Ohio, said Dunn is to "
            "blame for the scuffles and accused him of “stirring up the mob.”",
        ),
        "stirring up the mob.",
        "Ada Kerr",
    ),
    # A body named in lower case and parted from an inverted verb by a comma is its object.
    (
        ("“We are very pleased” about the ruling, said Rolf Dunn, head of the union.",),
        "We are very pleased",
        "Rolf Dunn",
    ),
]


@pytest.mark.parametrize(("paragraphs", "quoted", "speaker"), OPENINGS)
def test_a_sentences_opening_is_read_past_to_its_subject(
    paragraphs: tuple[str, ...], quoted: str, speaker: str
) -> None:
    article = Article(url="https://example.test/i", title="Report", paragraphs=paragraphs)
    quotes = {q.text: q for q in extract_quotes(article).quotes}
    assert quotes[quoted].speaker == speaker, sorted(quotes)


NAMED_BY = [
    # A naming verb after "what"/"which" and a subject, right before the marks.
    (
        ("Ada Kerr spoke on Monday.", "The levy passed in what Kerr termed “a dark day.”"),
        "a dark day.",
        "Ada Kerr",
    ),
    (
        ("Ada Kerr spoke on Monday.", "The levy passed, which she has branded “a tax on hope.”"),
        "a tax on hope.",
        "Ada Kerr",
    ),
]


@pytest.mark.parametrize(("paragraphs", "quoted", "speaker"), NAMED_BY)
def test_a_fragment_named_by_what_someone_termed_it_is_theirs(
    paragraphs: tuple[str, ...], quoted: str, speaker: str
) -> None:
    article = Article(url="https://example.test/j", title="Report", paragraphs=paragraphs)
    quotes = {q.text: q for q in extract_quotes(article).quotes}
    assert quotes[quoted].speaker == speaker, sorted(quotes)


def test_a_naming_verb_alone_is_no_cue() -> None:
    """ "The court deemed the levy “lawful”": no "what"/"which" shape, nobody's words."""
    article = Article(
        url="https://example.test/k",
        title="Report",
        paragraphs=("Ada Kerr spoke on Monday.", "The court termed the levy “a lawful tax.”"),
    )
    quotes = {q.text: q.speaker for q in extract_quotes(article).quotes}
    assert quotes.get("a lawful tax.") is None


@pytest.mark.parametrize(
    ("paragraph", "dateline"),
    [
        ("Dunmore (AFP) – Mayor Ada Kerr said the port would open.", "Dunmore (AFP) – "),
        ("New Avon (Reuters) - Kerr said the port would open.", "New Avon (Reuters) - "),
    ],
)
def test_a_title_case_dateline_with_its_agency_is_blanked(paragraph: str, dateline: str) -> None:
    assert blank_dateline(0, paragraph) == " " * len(dateline) + paragraph[len(dateline) :]


def test_a_partys_letter_is_no_agency() -> None:
    """ "Ada Kerr (R) — ..." opens with a name, not a dateline."""
    paragraph = "Ada Kerr (R) — a critic of the port — said it would not open."
    assert blank_dateline(0, paragraph) == paragraph


def test_a_fragment_after_a_title_case_dateline_is_not_the_places() -> None:
    article = Article(
        url="https://example.test/l",
        title="Report",
        paragraphs=(
            "Dunmore (AFP) – Mayor Ada Kerr has taken a swipe at the port board, saying that "
            "“reckless spending” does more harm than good.",
        ),
    )
    quotes = {q.text: q.speaker for q in extract_quotes(article).quotes}
    assert quotes["reckless spending"] == "Ada Kerr"


def test_a_description_after_an_opening_phrase_is_the_sentences_subject() -> None:
    """ "In an interview on Thursday, the senator criticized ... and said": the description
    after the opening phrase speaks (here through "and said")."""
    article = Article(
        url="https://example.test/m",
        title="Report",
        paragraphs=(
            "Sen. Ada Kerr toured the port on Wednesday.",
            "In an interview on Thursday, the senator criticized the harbour plan "
            "and said partners had asked if the port was “still in the game.”",
        ),
    )
    quotes = {q.text: q.speaker for q in extract_quotes(article).quotes}
    assert quotes["still in the game."] == "Ada Kerr"


@pytest.mark.parametrize(
    ("paragraph", "quoted"),
    [
        # The name before ", said Kerr" is an object of the clause: for Dunn, catch Dunn.
        ("“This will be a test” for Dunn, said Ada Kerr.", "This will be a test"),
        (
            "“He can claim it, but it looks doubtful” that Lee can catch Dunn, said Ada Kerr.",
            "He can claim it, but it looks doubtful",
        ),
    ],
)
def test_a_credit_after_an_object_name_is_the_credits(paragraph: str, quoted: str) -> None:
    article = Article(
        url="https://example.test/n",
        title="Report",
        paragraphs=("Ada Kerr and Rolf Dunn met on Monday.", paragraph),
    )
    quotes = {q.text: q.speaker for q in extract_quotes(article).quotes}
    assert quotes[quoted] == "Ada Kerr"


@pytest.mark.parametrize(
    ("paragraph", "quoted", "term"),
    [
        # One modifier between the determiner and the marks: still a scare quote.
        ("It came after the televised “undercard” debate on Tuesday.", "undercard", True),
        ("The slate faced an unaligned “Dale first” push.", "Dale first", True),
        # A speech verb there quotes someone: "the show she said “...”" is no term.
        ("It was the one they called “fair play” rules.", "fair play", False),
        # So does a noun for words said: the phrase is someone's.
        ("Lamm has used the phrase “harbour first” often in his campaign.", "harbour first", False),
    ],
)
def test_a_scare_quote_after_a_modified_determiner(paragraph: str, quoted: str, term: bool) -> None:
    span = next(s for s in spans_in_paragraph(0, paragraph) if paragraph[s.start : s.end] == quoted)
    assert is_term(paragraph, span, cued=False) is term


def test_a_cue_right_before_a_colon_introduces_the_next_paragraph() -> None:
    """ "It is hard to overstate the Dock Charter's weight, as the institute's site notes:"
    hands the quotation below to the one who notes, not to the sentence's first name."""
    article = Article(
        url="https://example.test/o",
        title="Report",
        paragraphs=(
            "Ada Kerr founded the Harbour Institute in 1990.",
            "It is hard to overstate the weight of the Dock Charter for the movement, "
            "as Kerr notes:",
            "“In the fall of 1960, some ninety young activists met in a harbour town.”",
        ),
    )
    quotes = {q.text: q.speaker for q in extract_quotes(article).quotes}
    assert quotes["In the fall of 1960, some ninety young activists met in a harbour town."] == (
        "Ada Kerr"
    )


def test_told_names_whom_it_told_not_who_spoke() -> None:
    """ "..., one of the authors of the letter, told an audience at a festival that ...": the audience
    heard it; the described name opening the sentence said it."""
    article = Article(
        url="https://example.test/p",
        title="Report",
        paragraphs=(
            "The Nobel-winning Dalish novelist Ivo Lamm, one of the authors of the letter, told an "
            "audience at a book festival in Dunmore last week that the remarks were "
            "“intolerable.”",
        ),
    )
    quotes = {q.text: q.speaker for q in extract_quotes(article).quotes}
    assert quotes["intolerable."] == "Ivo Lamm"


def test_told_after_a_dashed_aside_names_the_hearer() -> None:
    """ "Lamm — named by the Gazette as the favourite — told Rolf Dunn of Harbour Radio, that
    “...”": Dunn heard it."""
    article = Article(
        url="https://example.test/r",
        title="Report",
        paragraphs=(
            "Ivo Lamm and Rolf Dunn met on Friday.",
            "On Friday, Lamm — named by the Gazette as the favourite for the post — told Rolf "
            "Dunn of Harbour Radio, that “you must weigh it very carefully, of course.”",
        ),
    )
    quotes = {q.text: q.speaker for q in extract_quotes(article).quotes}
    assert quotes["you must weigh it very carefully, of course."] == "Ivo Lamm"


def test_told_right_after_a_quote_still_credits() -> None:
    """Copy that inverts "told" right after the marks credits the quote before it."""
    article = Article(
        url="https://example.test/q",
        title="Report",
        paragraphs=("“We are ready,” told Ivo Lamm, the novelist.",),
    )
    quotes = {q.text: q.speaker for q in extract_quotes(article).quotes}
    assert quotes["We are ready"] == "Ivo Lamm"


def test_an_adverb_between_commas_parts_no_subject_from_its_verb() -> None:
    """ "The two lawmakers, however, contend that ...": "however" is no one's name, and its
    commas close no appositive: the lawmakers argue."""
    article = Article(
        url="https://example.test/s",
        title="Report",
        paragraphs=(
            "Orla Penn and Ada Kerr wrote to the board.",
            "The two lawmakers, however, contend that “there is precedent for it.”",
        ),
    )
    quotes = {q.text: q.speaker for q in extract_quotes(article).quotes}
    assert "lawmakers" in (quotes["there is precedent for it."] or "")

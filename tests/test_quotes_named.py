"""Named direct-quote speakers (issue 11): cues, subjects and appositives, in invented copy."""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes

# Two named people, neither speaking: nothing carries over to the quote under test.
INTRO = "Marta Quill, the harbour master, visited the ferry crews on Monday with Tomas Brandt."


def _quotes(*paragraphs: str) -> list[tuple[str | None, str | None, str | None]]:
    article = Article(title="Dock", paragraphs=(INTRO, *paragraphs))
    quotes = [q for q in extract_quotes(article).quotes if q.paragraph and q.kind == "direct"]
    return [(q.speaker, q.how, q.cue) for q in quotes]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A question or exclamation ends its sentence at the mark, yet the name and verb
        # right after it are its cue: named by surname, not the paragraph's nearest event.
        ('"Is the dock open?" Quill asked.', ("Marta Quill", "surname", "asked")),
        ('"Is the dock open?" Quill writes to Brandt.', ("Marta Quill", "surname", "writes")),
        ('"The dock is open!" Brandt told the crews.', ("Tomas Brandt", "surname", "told")),
        # The next sentence's subject stays no cue of a quote ending with a full stop.
        ('"We sail." Brandt then recalled a storm.', ("Tomas Brandt", "nearby", "recalled")),
    ],
)
def test_a_cue_right_after_a_question_names_its_speaker(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    assert _quotes(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ('"Let me help you out," Quill riffed on the answer.', ("Marta Quill", "riffed")),
        ('"Our ideas differ," agrees Tomas Brandt, 30, of Lisbon.', ("Tomas Brandt", "agrees")),
        ('"The tide turned early," Brandt surmised.', ("Tomas Brandt", "surmised")),
        ('"We need two more cranes," Quill elaborated.', ("Marta Quill", "elaborated")),
        ('"Get off my pier," Brandt barked.', ("Tomas Brandt", "barked")),
        ('"I lost the keys," Quill confessed.', ("Marta Quill", "confessed")),
        ('"Not today," Brandt demurred.', ("Tomas Brandt", "demurred")),
    ],
)
def test_rare_cue_verbs_name_the_speaker(sentence: str, expected: tuple[str, str]) -> None:
    ((speaker, _, cue),) = _quotes(sentence)
    assert (speaker, cue) == expected


def test_agreeing_to_something_is_no_cue() -> None:
    # "agreed to a call" narrates a deal: no speech event for the quote beside it.
    assert _quotes(
        'Brandt agreed to a call, but only to say he won\'t hold a "formal" meeting.'
    ) in (
        [],
        [(None, None, None)],
    )


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # A place phrase after the description: the one in the room speaks, not the room.
        ('"Will she run again?" a ferry captain in the room wondered.', "a ferry captain"),
        ('"Will she run again?" a reporter in the front row asked.', "a reporter"),
        # A participle after an unnamed source qualifies it: the source speaks, not the paper.
        (
            'Another port source speaking to Dock News said, "The agents are busy."',
            "Another port source",
        ),
        # "known as": the name after it, with the description before it as its role.
        ('"We held the pier," said the dock chief known as Rafe.', "Rafe"),
        ('"We held the pier," the dock chief known as Rafe said.', "Rafe"),
        # "As X, the No. 2 in ..., put it:": the appositive's number does not end it, and the
        # clause's "As" opens no name.
        ('As Ana Vela, the No. 2 in the port office, put it: "This pier stays shut."', "Ana Vela"),
        ('As Ana Vela, the port office\'s deputy, put it: "This pier stays shut."', "Ana Vela"),
    ],
)
def test_descriptions_and_appositives_name_the_speaker(sentence: str, speaker: str) -> None:
    assert [s for s, _, _ in _quotes(sentence)] == [speaker]


def test_known_as_leaves_no_reported_statement() -> None:
    # The words after "said" are the speaker's description, not something said.
    article = Article(
        title="Dock", paragraphs=(INTRO, '"We held the pier," said the dock chief known as Rafe.')
    )
    assert [q.kind for q in extract_quotes(article).quotes if q.paragraph] == ["direct"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # A surname that is also a word for a job, after a known first name.
        ('"We have seen enough," Ana Pope, deputy harbour advisor, said on a call.', "Ana Pope"),
        ('"We have seen enough," said Tim Cook, the port\'s treasurer.', "Tim Cook"),
        # A title inside a longer mention stays a title; alone, the job is a description.
        ('"We sail," Virginia Gov. Ada Kerr said.', "Ada Kerr"),
        ('"We will pray for the crews," the Pope said.', "the Pope"),
    ],
)
def test_surnames_that_are_job_words(sentence: str, speaker: str) -> None:
    assert [s for s, _, _ in _quotes(sentence)] == [speaker]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # A cue after the question, in a paragraph whose earlier sentence has a cue too.
        (
            "While Brandt proclaimed the plan a success, Quill fixated on one line."
            ' "Didn\'t we use it first?" Quill writes to Brandt.',
            ("Marta Quill", "surname", "writes"),
        ),
        # A new sentence with a statement of its own does not claim the question as its cue:
        # at most the paragraph's nearest event, with a nearby's low confidence.
        (
            'Quill waited for an answer. "Is the dock open?" The Harbour Trust noted that'
            " spending on the pier had reached nearly $2 million by the end of March.",
            ("Harbour Trust", "nearby", "noted"),
        ),
    ],
)
def test_the_question_cue_needs_its_own_short_sentence(
    paragraph: str, expected: tuple[str, str, str]
) -> None:
    assert _quotes(paragraph)[:1] == [expected]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # The sentence's subject says what follows ", saying", past an opening word.
        (
            'Here in Lisbon, Brandt stepped up his pleas, saying, "Keep the crews safe."',
            "Tomas Brandt",
        ),
        (
            'And then Quill went on the attack, saying, "Is the board going to resign?"',
            "Marta Quill",
        ),
        # "upon saying", "after saying": the subject, past its appositive "herself a ...".
        (
            'Quill, herself a Brandt voter, drew boos upon saying, "The captain heard us."',
            "Marta Quill",
        ),
        ('Brandt left the pier after saying, "We are done."', "Tomas Brandt"),
        # The comma before "saying" sits inside a scare quote's marks.
        (
            'Brandt needled the harbour "reporter," saying, "A reporter who writes on request!"',
            "Tomas Brandt",
        ),
    ],
)
def test_the_subject_of_the_sentence_says_what_follows_saying(sentence: str, speaker: str) -> None:
    assert _quotes(sentence)[-1][0] == speaker


def test_saying_after_a_quote_without_a_quote_after_it_is_no_cue() -> None:
    # "saying they missed the point" is Quill's paraphrase, not a cue for Brandt's words:
    # the words are Brandt's own, named by the claim that holds them (owned_words).
    sentence = 'Quill blamed the press for Brandt\'s claim that the port "was sinking," saying they missed the point.'
    assert [speaker for speaker, _, _ in _quotes(sentence)] == ["Tomas Brandt"]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # The statement's words in the next paragraph: whoever issued it speaks them.
        (
            (
                "The Harbour Board issued a statement apologizing to the crews.",
                '"On behalf of the board, we offer a sincere apology to the crews."',
            ),
            "Harbour Board",
        ),
        (
            ('After the storm, Quill issued a statement, "Our port was struck hard."',),
            "Marta Quill",
        ),
        (('Quill released a brief written statement. "We will rebuild the pier."',), "Marta Quill"),
    ],
)
def test_whoever_issued_a_statement_speaks_it(paragraphs: tuple[str, ...], speaker: str) -> None:
    assert _quotes(*paragraphs)[-1][0] == speaker


def test_a_statements_possessive_is_no_cue() -> None:
    assert _quotes('The board released the statement\'s "key findings" on Monday.') in (
        [],
        [(None, None, None)],
    )


def test_and_asking_goes_on_with_the_participles_speaker() -> None:
    # "with X tweeting that ... and asking, “...”": X asks, not the sentence's subject.
    sentence = (
        'Dockers were fast to join in, with Brandt tweeting that it was a "disaster"'
        ' for Quill and asking, "How can she run the dock?"'
    )
    assert _quotes(sentence)[-1][:2] == ("Tomas Brandt", "surname")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The verb right before the first quote is its cue; the credit after it introduces
        # the second quote of the sentence.
        (
            'When someone in the crowd shouted, "Quill," Brandt joked, "Amen, come on up!"',
            ["the crowd", "Tomas Brandt"],
        ),
        # A credit after the quote that ends the sentence keeps the quote.
        (
            'Asked about the pier, Quill said: "There will be exceptions," the Gazette reported.',
            ["Gazette"],
        ),
    ],
)
def test_a_cue_right_before_a_quote_keeps_it_from_the_next_quotes_credit(
    sentence: str, expected: list[str]
) -> None:
    assert [s for s, _, _ in _quotes(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # "can be heard asking": the one heard asks.
        ('"Should the crews sign a register?" a reporter can be heard asking Quill.', "a reporter"),
        ('Brandt could be heard telling the crews, "Go home."', "Tomas Brandt"),
    ],
)
def test_heard_or_seen_speaking(sentence: str, speaker: str) -> None:
    assert [s for s, _, _ in _quotes(sentence)] == [speaker]

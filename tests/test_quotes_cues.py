"""Unusual or buried speech cues (issue 11, kind 4), in invented wire copy."""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes

INTRO = "Marta Quill, the harbour master, met the ferry crews on Monday."


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ('"The dock will reopen in June," Quill emailed.', "emailed"),
        ('"The dock will reopen in June," Quill texted a reporter.', "texted"),
        ('"The dock will reopen in June," Quill messaged.', "messaged"),
        ('"Keep your boats tied until June," Quill advises.', "advises"),
        ('"The dock will reopen in June," Quill tweeted.', "tweeted"),
        # The one who issued the statement speaks, never the statement itself.
        ('Quill issued a statement saying "the dock will reopen in June."', "saying"),
        ('Quill released a letter saying "the dock will reopen in June."', "saying"),
        # An infinitive after "tried to" still has the subject before it as speaker.
        ('Quill tried to argue that "the dock will reopen in June."', "argue"),
        ('Quill wanted to stress that "the dock will reopen in June."', "stress"),
        # "calls" is a plural noun elsewhere; in a relative clause it names a speaker's words.
        ('The plan, which Quill calls "a floating disaster", was approved.', "calls"),
        # A reply in anger, an appeal: cues too, an adjective allowed before the name.
        ('"The dock is ours," an angry Quill retaliated.', "retaliated"),
        ('"Get out and vote," Quill exhorted the crews.', "exhorted"),
    ],
)
def test_buried_cues_name_the_speaker(sentence: str, cue: str) -> None:
    # The opening paragraph has no speech in it: nothing carries over to the quote.
    article = Article(title="Dock", paragraphs=(INTRO.replace("met", "visited"), sentence))
    (quote,) = [q for q in extract_quotes(article).quotes if q.paragraph == 1]
    assert (quote.speaker, quote.cue) == ("Marta Quill", cue)


@pytest.mark.parametrize(
    "sentence",
    [
        # Plural nouns, not cues: nobody speaks these words.
        'The "harbour calls" of the ferry were cancelled by the storm.',
        'Her emails to the crews were read out in court, the "harbour file" shows.',
    ],
)
def test_noun_forms_of_the_new_cues_name_nobody(sentence: str) -> None:
    article = Article(title="Dock", paragraphs=(sentence,))
    assert [q.speaker for q in extract_quotes(article).quotes] in ([], [None])


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # The name in an appositive after a description, its role a part played.
        ('"It is time," exhorted the mayor\'s introducer, actress Jane Lee Corr.', "Jane Lee Corr"),
        # A job with "of" between the verb and the name.
        ('"Thanks for coming," said master of ceremonies Ravi Sandor.', "Ravi Sandor"),
        # "both Republicans" says what the two speakers are; they are who speaks.
        (
            '"The ruling is wrong," Ed Berg and Tim Mohr, both Republicans, said.',
            "Ed Berg and Tim Mohr",
        ),
        # A participle after a cue of the same sentence goes on with that cue's speaker, not
        # the first name of the sentence.
        (
            'Ed Berg and Tim Mohr will meet soon, Quill said, adding, "They need a good talk."',
            "Marta Quill",
        ),
        # "this source": a demonstrative opens a description, not the paper after it.
        ('"The pupils do not trust him," this source told the Clarion.', "this source"),
    ],
)
def test_speaker_read_past_jobs_and_appositives(sentence: str, speaker: str) -> None:
    article = Article(title="Dock", paragraphs=(INTRO.replace("met", "visited"), sentence))
    (quote,) = [q for q in extract_quotes(article).quotes if q.paragraph == 1]
    assert quote.speaker == speaker

"""Quote extraction, pattern by pattern, on short articles written for these tests."""

from __future__ import annotations

import pytest

from store.models import Article, Attribution, Quote, QuoteKind, SpeakerKind
from store.quotes.extract import extract_quotes
from store.quotes.lexicon import Gender
from store.quotes.mentions import MentionKind, read_mention
from store.quotes.speech_verbs import OPENING_VERBS, SPEECH_VERB_FORMS


def extract(*paragraphs: str, title: str = "A headline") -> Attribution:
    return extract_quotes(Article(title=title, paragraphs=paragraphs))


def direct(attribution: Attribution) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in attribution.quotes if q.kind == "direct"]


INTRO = "Foreign Minister Anna Berg spoke in Oslo on Monday."

MARKS = [
    # (paragraph, quoted text)
    ('"We will sign the treaty," Berg said.', "We will sign the treaty"),
    ("“We will sign the treaty,” Berg said.", "We will sign the treaty"),
    ("«We will sign the treaty», Berg said.", "We will sign the treaty"),
    ("„We will sign the treaty“, Berg said.", "We will sign the treaty"),
    # Single marks nested inside double ones stay part of the quote.
    ("“They called it ‘a good deal’ today,” Berg said.", "They called it ‘a good deal’ today"),
    # A question or exclamation keeps its mark.
    ("“Why wait?” Berg asked.", "Why wait?"),
    # British style: single curly marks in a paragraph without double ones; apostrophes inside.
    ("‘We don’t want Oslo’s plan to fail,’ Berg said.", "We don’t want Oslo’s plan to fail"),
]


@pytest.mark.parametrize(("paragraph", "quoted"), MARKS)
def test_quote_marks(paragraph: str, quoted: str) -> None:
    assert direct(extract(INTRO, paragraph)) == [(quoted, "Anna Berg")]


SPEAKERS = [
    # (paragraphs, expected speaker of every direct quote)
    (("“The talks went well,” Anna Berg said.",), "Anna Berg"),
    (("“The talks went well,” said Anna Berg.",), "Anna Berg"),
    (("Anna Berg said: “The talks went well.”",), "Anna Berg"),
    (("Anna Berg told reporters, “The talks went well.”",), "Anna Berg"),
    # Title and role split from the name.
    (("“The talks went well,” Norwegian Foreign Minister Anna Berg said.",), "Anna Berg"),
    (("“The talks went well,” said Anna Berg, the foreign minister.",), "Anna Berg"),
    (("“The talks went well,” Anna Berg, Norway's foreign minister, said.",), "Anna Berg"),
    # Surname and title forms expand to the full name used earlier.
    ((INTRO, "“The talks went well,” Berg said."), "Anna Berg"),
    ((INTRO, "“The talks went well,” Ms. Berg said."), "Anna Berg"),
    # Pronouns and descriptions mean the person the article is about.
    ((INTRO, "“The talks went well,” she added."), "Anna Berg"),
    ((INTRO, "“The talks went well,” the minister said."), "Anna Berg"),
    ((INTRO, "“The talks went well,” the foreign minister stressed."), "Anna Berg"),
    # A participle after a comma: the clause's subject speaks.
    (("Anna Berg left the room, saying: “The talks went well.”",), "Anna Berg"),
    # Verbs with a particle, and verbs of saying beyond "said".
    ((INTRO, "As Berg put it, “the talks went well.”"), "Anna Berg"),
    ((INTRO, "“The talks went well,” Berg went on, smiling."), "Anna Berg"),
    ((INTRO, "“The talks went well,” Berg quipped."), "Anna Berg"),
    # An age and a job between commas, and a relative clause left unclosed.
    (("“The talks went well,” said Anna Berg, 52, a diplomat from Oslo.",), "Anna Berg"),
    (("Anna Berg, who leads the delegation said: “The talks went well.”",), "Anna Berg"),
    # According to.
    (("According to Anna Berg, “the talks went well.”",), "Anna Berg"),
    # A credit after a dash, and a transcript label.
    (("“The talks went well.” — Anna Berg",), "Anna Berg"),
    ((INTRO, "“BERG: The talks went well.”"), "Anna Berg"),
    # A colon at a paragraph's end hands the next paragraph's quote to its speaker.
    (("Anna Berg said this in a statement:", "“The talks went well.”"), "Anna Berg"),
    # One subject for several verbs; a passive verb is nobody's cue.
    (
        (
            INTRO,
            "Berg, who called Olsen after the result was declared, told her staff, “The talks went well.”",
        ),
        "Anna Berg",
    ),
    # A participle after a place or medium: the clause's subject, not the place.
    (
        (INTRO, "Berg answered the question on Facebook writing, “The talks went well.”"),
        "Anna Berg",
    ),
    # An auxiliary between the speaker and the verb.
    ((INTRO, "Berg is telling voters that “the talks went well.”"), "Anna Berg"),
    # "was quoted as saying": the clause's subject.
    ((INTRO, "Berg was quoted as saying “the talks went well.”"), "Anna Berg"),
    # Organisations speak too.
    (("“The talks went well,” the Kremlin said.",), "Kremlin"),
    (("“The talks went well,” the report said.",), "the report"),
]


@pytest.mark.parametrize(("paragraphs", "speaker"), SPEAKERS)
def test_speaker(paragraphs: tuple[str, ...], speaker: str) -> None:
    found = direct(extract(*paragraphs))
    assert found and {who for _, who in found} == {speaker}


UNNAMED = [
    # (paragraph, speaker as the article describes them)
    ("“The talks went well,” a spokesman for the ministry said.", "a spokesman for the ministry"),
    ("“The talks went well,” said a senior official.", "a senior official"),
    ("“The talks went well,” the Department of Justice said.", "Department of Justice"),
    ("“The talks went well,” said the 46-year-old.", "the 46-year-old"),
]


@pytest.mark.parametrize(("paragraph", "speaker"), UNNAMED)
def test_unnamed_speaker(paragraph: str, speaker: str) -> None:
    assert direct(extract(paragraph)) == [("The talks went well", speaker)]


def test_passive_names_the_asker() -> None:
    found = direct(extract(INTRO, "Berg was asked by host Jon Dahl, “Did the talks go well?”"))
    assert found == [("Did the talks go well?", "Jon Dahl")]


def test_split_quote_keeps_one_speaker() -> None:
    found = direct(extract(INTRO, "“The talks went well,” she said. “We meet again in May.”"))
    assert found == [("The talks went well", "Anna Berg"), ("We meet again in May.", "Anna Berg")]


def test_quote_paragraph_after_attribution_carries_on() -> None:
    found = direct(extract("“The talks went well,” Anna Berg said.", "“We meet again in May.”"))
    assert [who for _, who in found] == ["Anna Berg", "Anna Berg"]


def test_quote_over_two_paragraphs() -> None:
    article = extract(
        "Anna Berg said: “The talks went well. We agreed on the border.",
        "“We meet again in May.”",
    )
    found = direct(article)
    assert found == [
        ("The talks went well. We agreed on the border.", "Anna Berg"),
        ("We meet again in May.", "Anna Berg"),
    ]


def test_pronoun_skips_a_person_named_only_inside_the_quote() -> None:
    # Lund is named inside the quote, never as a speaker: "he" is still Olsen.
    found = direct(
        extract(
            "Prime Minister Erik Olsen met the press on Friday.",
            "“I spoke to Jonas Lund yesterday,” Olsen said.",
            "“We agree on the budget,” he added.",
        )
    )
    assert [who for _, who in found] == ["Erik Olsen", "Erik Olsen"]


def test_an_auxiliary_opening_a_sentence_is_no_first_name() -> None:
    found = extract(
        '"We will keep fighting," Senator Bo Hale said on Tuesday.',
        "Had Hale won California, the race would have changed.",
        'He vowed to "carry the fight to Dover" next month.',
        'Can Hale win? "I think so," Hale told reporters.',
    )
    assert {speaker for _, speaker in direct(found)} == {"Bo Hale"}


def test_pronoun_follows_the_sex_of_the_speaker() -> None:
    found = direct(
        extract(
            "Anna Berg met Erik Olsen in Oslo. Olsen said his party would wait.",
            "“We disagree,” she said.",
        )
    )
    assert found == [("We disagree", "Anna Berg")]


def test_quoted_title_is_not_a_quote() -> None:
    found = direct(extract("Anna Berg spoke at the forum “Days of the North Sea” on Monday."))
    assert found == []


def test_quoted_fragment_inside_paraphrase() -> None:
    found = direct(extract("Anna Berg called the plan “a serious mistake” on Monday."))
    assert found == [("a serious mistake", "Anna Berg")]


REPORTED = [
    # (paragraph, reported statement, cue)
    (
        "The treaty will be signed in May, Norwegian Foreign Minister Anna Berg said on Friday.",
        "The treaty will be signed in May",
        "said",
    ),
    (
        "Anna Berg said that the treaty will be signed in May.",
        "the treaty will be signed in May",
        "said",
    ),
    (
        "Anna Berg said the treaty will be signed in May.",
        "the treaty will be signed in May",
        "said",
    ),
    (
        "Anna Berg reminded that the treaty will be signed in May.",
        "the treaty will be signed in May",
        "reminded",
    ),
    (
        "Anna Berg told reporters that the treaty will be signed in May.",
        "the treaty will be signed in May",
        "told",
    ),
    (
        "According to Anna Berg, the treaty will be signed in May.",
        "the treaty will be signed in May",
        "according to",
    ),
    (
        "The treaty will be signed in May, according to Anna Berg.",
        "The treaty will be signed in May",
        "according to",
    ),
    (
        "According to Anna Berg, Norway's envoy, the treaty will be signed in May.",
        "the treaty will be signed in May",
        "according to",
    ),
]


@pytest.mark.parametrize(("paragraph", "statement", "cue"), REPORTED)
def test_reported_speech(paragraph: str, statement: str, cue: str) -> None:
    (quote,) = extract(paragraph).quotes
    assert (quote.kind, quote.text, quote.speaker, quote.cue) == (
        "indirect",
        statement,
        "Anna Berg",
        cue,
    )


def test_reported_speech_keeps_the_role_as_written() -> None:
    (quote,) = extract(REPORTED[0][0]).quotes
    assert quote.role == "Norwegian Foreign Minister"


def test_a_role_between_two_names_belongs_to_the_first() -> None:
    found = extract(
        "Introduced by Joe Arpaio, the county sheriff, Senator Tom Blake took the stage.",
        '"We will secure the border," he said.',
    )
    (quote,) = found.quotes
    blake = next(s for s in found.speakers if s.name == "Tom Blake")
    assert quote.speaker == "Tom Blake"
    assert "the county sheriff" not in blake.names


HEADLINES = [
    # (title, claim, kind)
    (
        "Oslo expects steps to restore relations — Berg",
        "Oslo expects steps to restore relations",
        "indirect",
    ),
    (
        "Berg: Oslo expects steps to restore relations",
        "Oslo expects steps to restore relations",
        "indirect",
    ),
    (
        "Berg says Oslo expects steps to restore relations",
        "Oslo expects steps to restore relations",
        "indirect",
    ),
    (
        "“Oslo expects steps to restore relations” — Berg",
        "Oslo expects steps to restore relations",
        "direct",
    ),
]


@pytest.mark.parametrize(("title", "claim", "kind"), HEADLINES)
def test_headline_attribution(title: str, claim: str, kind: str) -> None:
    headline = next(q for q in extract(INTRO, title=title).quotes if q.paragraph is None)
    assert (headline.text, headline.speaker, headline.kind) == (claim, "Anna Berg", kind)
    assert title[headline.start : headline.end] == claim


NOT_HEADLINE_CLAIMS = [
    "Storm hits the coast",
    # A label before a colon is no speaker unless the article names it as one.
    "The Latest: Storm hits the coast",
    # A verb that is not one of saying.
    "Berg slams the storm response",
]


@pytest.mark.parametrize("title", NOT_HEADLINE_CLAIMS)
def test_headline_without_attribution(title: str) -> None:
    assert not [q for q in extract(INTRO, title=title).quotes if q.paragraph is None]


def test_object_is_not_a_reported_statement() -> None:
    # "acknowledged" needs "that" to report a clause; here it takes an object.
    assert extract("Anna Berg acknowledged their support for the treaty on Monday.").quotes == ()


def test_speakers_table_lists_every_name() -> None:
    attribution = extract(
        INTRO,
        "“The talks went well,” Berg said.",
        "“We meet again in May,” the foreign minister added.",
        "“The talks failed,” the Kremlin said.",
    )
    speakers = {s.name: s for s in attribution.speakers}
    assert set(speakers) == {"Anna Berg", "Kremlin"}
    assert speakers["Kremlin"].kind == "organisation"
    berg = speakers["Anna Berg"]
    assert berg.kind == "person"
    assert {"Berg", "Foreign Minister", "the foreign minister"} <= set(berg.names)


def test_every_quote_speaker_is_in_the_speakers_table() -> None:
    attribution = extract(INTRO, "“The talks went well,” Berg said.", "“Fine,” said a diplomat.")
    names = {s.name for s in attribution.speakers}
    assert {q.speaker for q in attribution.quotes if q.speaker} <= names


def spans_ok(article: Article, quote: Quote) -> bool:
    source = article.title if quote.paragraph is None else article.paragraphs[quote.paragraph]
    return source[quote.start : quote.end] == quote.text


def test_spans_point_at_the_words() -> None:
    article = Article(
        title="Oslo expects steps — Berg",
        paragraphs=(INTRO, "“The talks went well,” Berg said. She said the treaty is ready."),
    )
    quotes = extract_quotes(article).quotes
    assert len(quotes) == 3
    assert all(spans_ok(article, q) for q in quotes)


def test_article_without_quotes() -> None:
    assert extract("Rain fell on Oslo all day.") == Attribution()


MENTIONS = [
    # (narration before a verb, kind, name, gender): kinds and sexes are enum members.
    ("Russian Foreign Minister Sergey Lavrov", MentionKind.NAME, "Sergey Lavrov", Gender.UNSAID),
    ("Mrs. Lind", MentionKind.NAME, "Lind", Gender.FEMALE),  # the honorific says it
    ("he", MentionKind.PRONOUN, None, Gender.MALE),
    ("Lavrov, who", MentionKind.RELATIVE, None, Gender.UNSAID),
    ("a spokesman for the ministry", MentionKind.DESCRIPTION, None, Gender.UNSAID),
    ("the Foreign Ministry", MentionKind.ORGANISATION, "Foreign Ministry", Gender.UNSAID),
    ("officials", MentionKind.ORGANISATION, "officials", Gender.UNSAID),  # a newsroom word
]


@pytest.mark.parametrize(("chunk", "kind", "name", "gender"), MENTIONS)
def test_mention_kinds(chunk: str, kind: MentionKind, name: str | None, gender: Gender) -> None:
    mention = read_mention(chunk)
    assert mention is not None
    assert (mention.kind, mention.name, mention.gender) == (kind, name, gender)
    assert mention.kind is kind and mention.gender is gender  # the members, not equal strings


def test_quote_and_speaker_kinds_are_enums() -> None:
    found = extract(
        "“We will meet again in May,” Anna Berg said.",
        "Berg said the talks would resume in Oslo next month.",
    )
    assert {type(q.kind) for q in found.quotes} == {QuoteKind}
    assert {q.kind for q in found.quotes} == {QuoteKind.DIRECT, QuoteKind.INDIRECT}
    assert [(s.name, s.kind) for s in found.speakers] == [("Anna Berg", SpeakerKind.PERSON)]
    assert all(type(s.kind) is SpeakerKind for s in found.speakers)


def test_opening_verbs_are_cue_verbs() -> None:
    # A verb that may open an inverted sentence must be found as a cue in the first place.
    assert OPENING_VERBS <= SPEECH_VERB_FORMS

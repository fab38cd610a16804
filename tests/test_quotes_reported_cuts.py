"""Reported speech that stops where the speaker's statement does, and speakers it never takes,
on short invented articles (store/quotes/reported_cuts.py and the rules beside it)."""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.attributions import Event
from store.quotes.extract import extract_quotes
from store.quotes.mentions import Mention, MentionKind
from store.quotes.reported import reported_speech
from store.quotes.speakers import Person
from tests.reported_cases import BERG, HOLM, reported

COLON_QUOTES = [
    # A colon that opens a direct quote ends the statement: the quote is its own.
    (
        "Berg said the quota was too low for the north: “We cannot live on this.”",
        [("the quota was too low for the north", BERG)],
    ),
    (
        "Holm said that he often recalls what his father told him: “Never sail alone.”",
        [("he often recalls what his father told him", HOLM)],
    ),
    # What is left before the colon says nothing: no statement at all.
    ("Holm explained the delay by saying: “The nets were torn and the engine failed.”", []),
    ("Berg added a caveat: “Only if the fleet agrees to the new quota.”", []),
    # Before its cue, the words up to a quote are the writer's lead-in to it, not hers.
    ("Berg saw the plan differently: “It will empty the harbour by winter,” she said.", []),
    # A colon with no quote after it stays inside the statement.
    (
        "Holm said the plan had two faults: it came late and it cost too much.",
        [("the plan had two faults: it came late and it cost too much", HOLM)],
    ),
]


@pytest.mark.parametrize(("paragraph", "expected"), COLON_QUOTES)
def test_a_colon_that_opens_a_quote_ends_the_statement(
    paragraph: str, expected: list[tuple[str, str]]
) -> None:
    assert reported(paragraph) == expected


POSSESSIVES = [
    # The owner before a speaker's description never speaks for her.
    (
        "OSLO, Aug 3 (Reuters) - Norway’s far-right National Front party leader, Eva Lund, voiced"
        " support for the trawler captain on Wednesday, saying her rival Berg would bring"
        " hardship to the coast.",
        [],
    ),
    # "Holm’s also said" is "Holm has also said": Holm speaks.
    (
        "Holm’s also said the harbour would reopen in the spring after the repairs.",
        [("the harbour would reopen in the spring after the repairs", HOLM)],
    ),
    # "He’s" is "he is", never an owner.
    (
        "He’s angry about the quota and says Berg has ignored the northern fleet.",
        [("Berg has ignored the northern fleet", HOLM)],
    ),
]


@pytest.mark.parametrize(("paragraph", "expected"), POSSESSIVES)
def test_a_speaker_read_from_a_possessive_is_no_speaker(
    paragraph: str, expected: list[tuple[str, str]]
) -> None:
    assert reported(paragraph) == expected


OPENINGS = [
    # The writer's "he" or "she" before a quoted predicate paraphrases the speaker's "I".
    (
        "Holm said he “might still end up voting for her.”",
        [("he “might still end up voting for her.”", HOLM)],
    ),
    (
        "Berg tweeted that she “rejects the latest offer from the trawlers.”",
        [("she “rejects the latest offer from the trawlers.”", BERG)],
    ),
    # "telling" reports its clause as "told" does, with "that" or without.
    (
        "Berg reversed herself on Friday, telling reporters that the fleet would return in May.",
        [("the fleet would return in May", BERG)],
    ),
    (
        "Holm is telling reporters in Bodo that he has his eye on the vote.",
        [("he has his eye on the vote", HOLM)],
    ),
    # A month between the cue and "that" is no modal verb: the clause opens after "that".
    (
        "Holm told the paper in June that he was not quite ready to back her.",
        [("he was not quite ready to back her", HOLM)],
    ),
    # "told the story of ...", "told them about ...": an object, no statement.
    ("Holm told the story of a captain who had lost his boat in the storm.", []),
    ("Berg spoke on Friday, telling the story of a captain who had lost his boat.", []),
    ("Holm told them about a captain who had lost his boat in the storm.", []),
]


@pytest.mark.parametrize(("paragraph", "expected"), OPENINGS)
def test_where_a_reported_clause_opens(paragraph: str, expected: list[tuple[str, str]]) -> None:
    assert reported(paragraph) == expected


ASIDES = [
    # A credit between commas inside its statement: the whole sentence is the statement.
    (
        "The fleet, Berg said, would return to the harbour in the spring.",
        [("The fleet, Berg said, would return to the harbour in the spring", BERG)],
    ),
    (
        "If the talks fail, Holm said on Friday, the fleet will stay in port all winter.",
        [("If the talks fail, Holm said on Friday, the fleet will stay in port all winter", HOLM)],
    ),
    (
        "For the crews in the north, she said, the quota “is far too small to live on.”",
        [("For the crews in the north, she said, the quota “is far too small to live on.”", BERG)],
    ),
    # After a colon or a dash, the writer's words before them are not the speaker's.
    (
        "The crews hoped for luck: with the vote so close, Holm argued, the plan would pass.",
        [("with the vote so close, Holm argued, the plan would pass", HOLM)],
    ),
    # An appositive after the credit describes the statement before it.
    (
        "The quota would be cut for the trawlers, Berg said, a policy that could empty the port.",
        [("The quota would be cut for the trawlers", BERG)],
    ),
    # A direct quote split by its credit, a participle, no clause after it: nothing new.
    ("“The fleet,” Berg said, “will return to the harbour in the spring.”", []),
    ("The fleet, Berg said, a relic of the war years.", []),
    ("Early on Friday, Holm wrote to his 20,000 followers, “It is time,” and left.", []),
    # An object after the cue, or another speaker's cue before it: not a credit in between.
    (
        "After the vote, Holm announced four boats for the north, two for the south and one more.",
        [],
    ),
    ("The crews are angry - if the deal was as late as she said, he said, why sign it?", []),
    ("The strikes were costly - proof, the union argued, of the owners' greed.", []),
]


@pytest.mark.parametrize(("paragraph", "expected"), ASIDES)
def test_a_credit_between_commas_reports_its_sentence(
    paragraph: str, expected: list[tuple[str, str]]
) -> None:
    assert reported(paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # Only a linking word before the credit: the statement is the words after it.
        (
            "Now, she said, the crews and the owners would no longer speak.",
            [
                ("the crews and the owners would no longer speak", BERG),
            ],
        ),
        (
            "Still, Holm said, the harbour would need a new pier by the spring.",
            [
                ("the harbour would need a new pier by the spring", HOLM),
            ],
        ),
    ],
)
def test_a_linking_word_before_the_credit_is_not_the_statement(
    paragraph: str, expected: list[tuple[str, str]]
) -> None:
    assert reported(paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # The question put to the speaker before her cue is not her statement.
        ("Asked whether Holm “has the integrity to lead the fleet,” most captains said yes.", []),
        ("Asked on the radio who leads the fleet in his view, he said Berg.", []),
        # After her cue it is only the circumstance: the clause after the cue is reported.
        (
            "Asked about the quota, Berg said the fleet would return in the spring.",
            [
                ("the fleet would return in the spring", BERG),
            ],
        ),
    ],
)
def test_a_question_put_to_the_speaker_is_not_her_statement(
    paragraph: str, expected: list[tuple[str, str]]
) -> None:
    assert reported(paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # A number opens the clause as its subject when a finite verb follows it.
        (
            "Berg said three boats were lost in the storm last week.",
            [
                ("three boats were lost in the storm last week", BERG),
            ],
        ),
        (
            "Berg said 30 percent of the crews had left the port by May.",
            [
                ("30 percent of the crews had left the port by May", BERG),
            ],
        ),
        # A time, not a subject: the clause after it is reported, or nothing.
        ("Berg said two days ago the fleet was lost.", []),
        ("Berg said 40 boats, most of them old, were lost.", []),
    ],
)
def test_a_number_opens_a_bare_clause(paragraph: str, expected: list[tuple[str, str]]) -> None:
    assert reported(paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # "according to X" between commas inside its statement: the whole sentence.
        (
            "The fleet, according to Berg, is too old to sail next winter.",
            [
                ("The fleet, according to Berg, is too old to sail next winter", BERG),
            ],
        ),
        (
            "In the years ahead, according to Holm, the quota will have to fall.",
            [
                ("In the years ahead, according to Holm, the quota will have to fall", HOLM),
            ],
        ),
        # A relative clause about the source comes before the statement.
        (
            "According to Berg, who spoke on Friday, the fleet will be sold.",
            [
                ("the fleet will be sold", BERG),
            ],
        ),
        # No verb after the source: nothing to report.
        ("The fleet, according to Berg, a relic of the war years.", []),
    ],
)
def test_according_to_inside_its_statement(paragraph: str, expected: list[tuple[str, str]]) -> None:
    assert reported(paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # The writer's remark after the statement is not the speaker's.
        (
            "Berg said the fleet was too old, without offering any evidence.",
            [
                ("the fleet was too old", BERG),
            ],
        ),
        ("Berg said the fleet was too old, which is not true.", [("the fleet was too old", BERG)]),
        (
            "Holm said the harbour must close, drawing a sharp reply from the owners.",
            [
                ("the harbour must close", HOLM),
            ],
        ),
        # Between the cue and its "that", the writer's "without evidence" leaves the clause.
        (
            "Berg claimed, without evidence, that the fleet was too old to sail.",
            [
                ("the fleet was too old to sail", BERG),
            ],
        ),
        # Inside the clause, "without" is the speaker's.
        (
            "Berg said the fleet would sail without any crew on board next winter.",
            [
                ("the fleet would sail without any crew on board next winter", BERG),
            ],
        ),
    ],
)
def test_the_writers_remark_after_a_statement_is_cut(
    paragraph: str, expected: list[tuple[str, str]]
) -> None:
    assert reported(paragraph) == expected


def test_a_statement_stops_at_a_full_stop_the_splitter_read_as_an_abbreviation() -> None:
    # "U.S. He says": the next sentence and its own cue are not Holm's first statement.
    paragraph = "Holm says Berg has no plan for the U.S. He says the crews need more boats."
    assert reported(paragraph)[:1] == [("Berg has no plan for the U.S", HOLM)]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # "though" between commas is an adverb, not the writer's clause.
        (
            "Berg, though, must “move nearer the middle,” Holm said.",
            [
                ("Berg, though, must “move nearer the middle,”", HOLM),
            ],
        ),
        (
            "Holm said the crews, though, would stay in the harbour all winter.",
            [
                ("the crews, though, would stay in the harbour all winter", HOLM),
            ],
        ),
        # A gerund may open the clause after a credit as its subject.
        (
            "While some captains may be fined, she added, revoking licences would go too far.",
            [
                (
                    "While some captains may be fined, she added, revoking licences would go too far",
                    BERG,
                ),
            ],
        ),
    ],
)
def test_adverbs_and_gerunds_around_a_credit(
    paragraph: str, expected: list[tuple[str, str]]
) -> None:
    assert reported(paragraph) == expected


def test_a_few_plain_words_before_a_quoted_predicate_are_its_subject() -> None:
    # Three plain words of the writer's, then the marks: the clause is the writer's paraphrase.
    paragraph = "Holm said comprehensive quota reform “is a question of when, not if.”"
    assert reported(paragraph) == [
        ("comprehensive quota reform “is a question of when, not if.”", HOLM)
    ]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # Verbs that take objects as often report a bare clause with its verb at once.
        (
            "Berg announced the fleet would return to the harbour in the spring.",
            [
                ("the fleet would return to the harbour in the spring", BERG),
            ],
        ),
        (
            "Berg announced Sunday she will leave her seat after the vote.",
            [
                ("she will leave her seat after the vote", BERG),
            ],
        ),
        (
            "Holm admitted he was wrong about the fleet and its crews.",
            [
                ("he was wrong about the fleet and its crews", HOLM),
            ],
        ),
        # An object, or an object and its own relative clause: nothing reported.
        ("Berg announced plans to sell the fleet before the spring.", []),
        ("Berg confirmed the death of three crew members who were lost at sea.", []),
        ("Berg announced another step it will take to help the fleet.", []),
    ],
)
def test_verbs_that_take_objects_report_only_a_plain_clause(
    paragraph: str, expected: list[tuple[str, str]]
) -> None:
    assert reported(paragraph) == expected


def test_a_name_in_an_opening_like_phrase_is_not_the_subject() -> None:
    # "Like Holm, Berg ...": Berg is the one arguing, not the one she is compared with.
    paragraph = "Like Holm, Berg also rejected the plan, arguing that the fleet was too old."
    assert reported(paragraph) == [("the fleet was too old", BERG)]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # A cue joined by "and" inside a "while" clause is that clause's subject's.
        (
            "Holm signed an order to block the plan, while Berg proposed a new quota and said"
            " the fleet would return in the spring.",
            [("the fleet would return in the spring", BERG)],
        ),
        # The one addressed ends before a determiner: "told his crews | the fleet ...".
        (
            "Holm did not name them, but told his crews the fleet would return in the spring.",
            [
                ("the fleet would return in the spring", HOLM),
            ],
        ),
    ],
)
def test_joined_cues_and_addressees(paragraph: str, expected: list[tuple[str, str]]) -> None:
    assert reported(paragraph) == expected


def test_a_byline_glued_to_page_buttons_reports_nothing() -> None:
    # A live blog's byline and its buttons read as one name: nobody's statement.
    paragraph = (
        "Ivar BergFlagShareLikeReplyMia Holt 5ptsmoderatorFeaturedMay 6, 2026 9:23PMLund Says"
        " Dropping The Quota Plan Was A Sign Of Leadership Per Lund defended himself on Saturday"
        " for dropping his own quota bill, claiming that dropping the plan once it was plain"
        " it would fail was a sign of his leadership."
    )
    article = Article(title="Live updates", paragraphs=("Some text here.", paragraph))
    found = extract_quotes(article).quotes
    assert not any(q.speaker and "FlagShare" in q.speaker for q in found if q.kind == "indirect")


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # The outlet that carried the statement, after it, is not part of it.
        (
            "Holm admitted that his work could be called “influence peddling,” The Bodo Times"
            " reported in 1991.",
            [("his work could be called “influence peddling,”", HOLM)],
        ),
        (
            "Holm said at a meeting that he was ''very comfortable with the plan,'' The Post"
            " reported.",
            [("he was ''very comfortable with the plan,''", HOLM)],
        ),
        # Inside the statement, someone reporting something is the speaker's words.
        (
            "Holm said Berg reported the loss of three boats to the police.",
            [
                ("Berg reported the loss of three boats to the police", HOLM),
            ],
        ),
    ],
)
def test_the_outlet_after_a_statement_is_cut(
    paragraph: str, expected: list[tuple[str, str]]
) -> None:
    assert reported(paragraph) == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # "states" far from the name read as its speaker is a noun: nothing reported.
        (
            "He has sailed from every harbour this year, live on the ground in Tromso, Nord Vika,"
            " Bodo and all the coastal states of Norway.",
            "Nord Vika",
            [],
        ),
        # Right after the speaker, or after one adverb, it is her cue.
        ("Holm clearly states that the fleet is too old.", "Holm", ["the fleet is too old"]),
    ],
)
def test_states_far_from_its_speaker_is_a_noun(text: str, name: str, expected: list[str]) -> None:
    verb_at, mention_at = text.index("states"), text.index(name)
    mention = Mention(name, MentionKind.NAME, start=mention_at, end=mention_at + len(name))
    event = Event(mention, "states", verb_at, verb_at + len("states"), Person(name))
    assert [q.text for q in reported_speech(text, text, 1, [event])] == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # A time or a place between the cue and its "that", however long.
        (
            "Holm said after a ballot in 2001 that he had serious doubts about the quota.",
            [
                ("he had serious doubts about the quota", HOLM),
            ],
        ),
        (
            "Berg said on Friday morning at a news conference that she may wait a year.",
            [
                ("she may wait a year", BERG),
            ],
        ),
        # Another speaker's cue inside the words before "that" is no circumstance of this one.
        (
            "Holm has pledged to back the plan as the minister's choice, Berg suggested that"
            " it would not be simple.",
            [("it would not be simple", BERG)],
        ),
    ],
)
def test_a_long_time_or_place_before_that(paragraph: str, expected: list[tuple[str, str]]) -> None:
    assert reported(paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # "he" inside Holm's statement, after another man it names, is not surely Holm.
        (
            "Holm noted that the paper's Per Lund had tweeted that Holm was still in the contest"
            " right after he tweeted that Holm was going home.",
            [
                (
                    "the paper's Per Lund had tweeted that Holm was still in the contest right"
                    " after he tweeted that Holm was going home",
                    HOLM,
                )
            ],
        ),
        # With nobody else named before it, "he" goes on being the speaker.
        (
            "Holm said that the crews were angry and that he would stay in the port.",
            [
                ("the crews were angry and that he would stay in the port", HOLM),
            ],
        ),
    ],
)
def test_a_pronoun_cue_inside_a_statement_naming_another(
    paragraph: str, expected: list[tuple[str, str]]
) -> None:
    assert reported(paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # A document before "of" is the source, whoever follows it: nobody speaks.
        ("According to a new survey of Nordland voters, Berg won 30 percent of the votes.", []),
        # People before "of" do speak.
        (
            "According to a group of Nordland voters, Berg won 30 percent of the votes.",
            [
                ("Berg won 30 percent of the votes", "a group of Nordland voters"),
            ],
        ),
    ],
)
def test_a_document_of_people_is_no_speaker(
    paragraph: str, expected: list[tuple[str, str]]
) -> None:
    assert reported(paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # Two speakers, the description belonging to the second: given to neither.
        ("Holm and Per Lund, a Bodo captain, argued that the quota was too low for the north.", []),
        # One speaker and her description: hers.
        (
            "Per Lund, a Bodo captain, argued that the quota was too low for the north.",
            [
                ("the quota was too low for the north", "Per Lund"),
            ],
        ),
    ],
)
def test_a_description_after_two_joined_names(
    paragraph: str, expected: list[tuple[str, str]]
) -> None:
    assert reported(paragraph) == expected

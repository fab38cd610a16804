"""Reported speech, pattern by pattern, on short invented articles: what comes back as an
indirect quote, with whose name, and where the speaker's statement stops."""

from __future__ import annotations

import pytest

from store.models import Article, QuoteKind
from store.quotes.attributions import Event
from store.quotes.extract import extract_quotes
from store.quotes.lexicon import Gender
from store.quotes.mentions import Mention, MentionKind
from store.quotes.plain_speakers import plain_speaker
from store.quotes.reported import reported_speech
from store.quotes.reported_shapes import trim
from store.quotes.speakers import Person
from tests.reported_cases import BERG, HOLM, INTRO, reported

QUOTED_FRAGMENTS = [
    # A paraphrase holding a few quoted words is reported whole.
    (
        "Berg said the talks were “a step forward” for both sides.",
        [("the talks were “a step forward” for both sides", BERG)],
    ),
    (
        "Berg said she was “very proud” of the fleet and its crews.",
        [("she was “very proud” of the fleet and its crews", BERG)],
    ),
    (
        "According to Berg, the quota was “far too generous” to the trawlers.",
        [("the quota was “far too generous” to the trawlers", BERG)],
    ),
    # A subject in the writer's words and the predicate in marks.
    (
        "Holm said Berg and her deputy “did nothing at all for the coast” this year.",
        [("Berg and her deputy “did nothing at all for the coast” this year", HOLM)],
    ),
    # The marks hold the clause: a direct quote, nothing reported.
    ("Berg said “we will never sign this agreement, not this year and not next year.”", []),
    ("Berg said that “we will not sign this agreement this year or the next.”", []),
]

BARE_CLAUSES = [
    # No "that": a subject and a finite verb open the clause.
    (
        "Berg said Oslo would reopen the harbour next spring.",
        [
            ("Oslo would reopen the harbour next spring", BERG),
        ],
    ),
    (
        "Berg said Coast Guard officers were furious about the plan.",
        [
            ("Coast Guard officers were furious about the plan", BERG),
        ],
    ),
    (
        "Berg said officials had ignored the warnings for years.",
        [
            ("officials had ignored the warnings for years", BERG),
        ],
    ),
    # A time phrase between the verb and its clause.
    ("Berg said Friday she would return to the talks.", [("she would return to the talks", BERG)]),
    ("Berg said this week that the quota was fair.", [("the quota was fair", BERG)]),
    # "this was" is the clause, not a time phrase.
    (
        "Berg said this was a mistake the ministry would regret.",
        [
            ("this was a mistake the ministry would regret", BERG),
        ],
    ),
    (
        "Berg said because the fleet was small, the quota was unfair.",
        [
            ("because the fleet was small, the quota was unfair", BERG),
        ],
    ),
    # "told" + the one addressed + a clause with its own subject and verb.
    (
        "Berg told reporters the new talks would resume in June.",
        [
            ("the new talks would resume in June", BERG),
        ],
    ),
    ("Berg told Radio Nord on Monday the quota was unfair.", [("the quota was unfair", BERG)]),
    # Objects, not statements.
    ("Berg said goodbye to the fishermen who had waited at the dock.", []),
    ("Berg told the story of the harbour to anyone who would listen.", []),
]

WRITERS_CLAUSE = [
    # The statement stops where the writer's own clause begins.
    (
        "Berg said the quota was fair, even though three audits found nothing wrong.",
        [
            ("the quota was fair", BERG),
        ],
    ),
    (
        "Berg said the harbour would close next year, while the town has fought to keep it.",
        [
            ("the harbour would close next year", BERG),
        ],
    ),
    (
        "Berg said the quota was generous, but the ministry has since cut it by half.",
        [
            ("the quota was generous", BERG),
        ],
    ),
    (
        "Berg said the harbour would close next year — a decision the town has long fought.",
        [
            ("the harbour would close next year", BERG),
        ],
    ),
    # The writer's comment on the whole statement, after a comma.
    (
        "Berg said that some crews would pay more in fees, an admission the crews seized on.",
        [
            ("some crews would pay more in fees", BERG),
        ],
    ),
    # Another cue inside the statement is part of it, not a new speaker's clause.
    (
        "Berg said Holm had begged her for a licence if Dahl had asked him to.",
        [
            ("Holm had begged her for a licence if Dahl had asked him to", BERG),
        ],
    ),
    # "but" joining two halves of one statement, no new subject: all hers.
    (
        "Berg said the plan was costly but necessary for the coast.",
        [
            ("the plan was costly but necessary for the coast", BERG),
        ],
    ),
    # Two speakers in one sentence: each keeps only their own clause.
    (
        "Berg said the harbour would close, and Holm said it would stay open for years.",
        [
            ("the harbour would close", BERG),
            ("it would stay open for years", HOLM),
        ],
    ),
]

OTHER_CUES = [
    # A participle after the speaker's own clause reports what follows it.
    (
        "Berg left the meeting early, saying the quota was unfair to small boats.",
        [
            ("the quota was unfair to small boats", BERG),
        ],
    ),
    # ... and never the opening phrase before the speaker.
    (
        "In the weeks after the storm, Anna Berg toured the coast, saying the harbour would reopen.",
        [("the harbour would reopen", BERG)],
    ),
    (
        "After a long meeting with the crews, Berg said on Monday that the talks would go on.",
        [
            ("the talks would go on", BERG),
        ],
    ),
    # Cues that report a clause with "that".
    (
        "Holm tweeted that the fleet had lost everything this winter.",
        [
            ("the fleet had lost everything this winter", HOLM),
        ],
    ),
    (
        "For his part, Holm tweeted Monday that Berg is a “coward” and a “fraud.”",
        [
            ("Berg is a “coward” and a “fraud.”", HOLM),
        ],
    ),
    # A conjunction opening the sentence leaves the speaker its subject.
    (
        "But Berg says the ministry won’t allow any new licences.",
        [
            ("the ministry won’t allow any new licences", BERG),
        ],
    ),
]


@pytest.mark.parametrize(
    ("paragraph", "expected"), QUOTED_FRAGMENTS + BARE_CLAUSES + WRITERS_CLAUSE + OTHER_CUES
)
def test_reported_statement(paragraph: str, expected: list[tuple[str, str]]) -> None:
    assert reported(paragraph) == expected


def test_quoted_fragment_stays_a_direct_quote() -> None:
    found = extract_quotes(Article(title="A headline", paragraphs=(INTRO, QUOTED_FRAGMENTS[0][0])))
    assert [(q.kind, q.text, q.speaker) for q in found.quotes if q.paragraph == 1] == [
        (QuoteKind.INDIRECT, "the talks were “a step forward” for both sides", BERG),
        (QuoteKind.DIRECT, "a step forward", BERG),
    ]


# --- issue 11: who may report, where a bare clause begins, where it stops -----------------

SPEAKERS = [
    # A document, a count or a page holds words, but nobody speaks through it.
    ("According to the data, the fleet caught twice as much cod this year.", []),
    ("The report said the fleet caught twice as much cod as last year.", []),
    ("According to its website, the company sells boats to every harbour.", []),
    # A body or a group of people may report; a capitalised name of one may too.
    (
        "Several officials said the harbour would reopen in the spring.",
        [
            ("the harbour would reopen in the spring", "Several officials"),
        ],
    ),
    (
        "According to the Coast Guard, the harbour would reopen in the spring.",
        [
            ("the harbour would reopen in the spring", "Coast Guard"),
        ],
    ),
    # "According to X, Y said ...": Y's statement, relayed by X, is Y's and only Y's.
    (
        "According to the agency, Berg said the harbour would reopen in May.",
        [
            ("the harbour would reopen in May", BERG),
        ],
    ),
    # "who" right after a place: the place would be read as the speaker, so nobody is.
    ("“It is hard,” said Per Lund, 24, from Bergen, who said the harbour should reopen.", []),
    (
        "“It is hard,” said Per Lund, the harbour master, who said the harbour should reopen.",
        [
            ("the harbour should reopen", "Per Lund"),
        ],
    ),
    # A participle right after a cue carries on that cue's speaker, not the sentence's subject.
    (
        "Berg will sail next week, Holm said, adding that the harbour would reopen.",
        [
            ("Berg will sail next week", HOLM),
            ("the harbour would reopen", HOLM),
        ],
    ),
]

OPENINGS = [
    # Determiners and quantifiers open a bare clause as "the" does.
    (
        "Berg said any delay would hurt the crews badly.",
        [
            ("any delay would hurt the crews badly", BERG),
        ],
    ),
    # A lower-case title before a name is the clause's subject; a time phrase is not.
    (
        "Holm said fisheries minister Anna Berg is trying to close the harbour.",
        [
            ("fisheries minister Anna Berg is trying to close the harbour", HOLM),
        ],
    ),
    (
        "Berg said Wednesday morning the talks would resume next week.",
        [
            ("the talks would resume next week", BERG),
        ],
    ),
    # Verbs other than "say" take an object as often as a clause: only a finite verb makes it
    # a clause.
    ("Berg wrote a long letter to the crews of the northern fleet.", []),
    (
        "Berg wrote the quota had been far too generous to the trawlers.",
        [
            ("the quota had been far too generous to the trawlers", BERG),
        ],
    ),
    # "that" after an object is a relative pronoun or the object's own content.
    ("The ministry announced plans on Monday to build harbours that would hold more boats.", []),
    ("Berg denied the report that she would resign from the ministry.", []),
    # ... but after an addressee or an aside it opens the speaker's clause.
    (
        "Berg warned reporters that the harbour would stay closed all winter.",
        [
            ("the harbour would stay closed all winter", BERG),
        ],
    ),
    (
        "Berg said, however, that she hopes someone else takes up the cause.",
        [
            ("she hopes someone else takes up the cause", BERG),
        ],
    ),
    # A statement before its cue must be a clause, not a phrase of time.
    ("For the first time in many years, Berg said.", []),
    # "his" is the addressee's determiner, not a plural noun; the clause opens after them.
    (
        "Berg shook hands and told his audience they would not back the plan.",
        [
            ("they would not back the plan", BERG),
        ],
    ),
    # The one addressed may be a role and a name, or end in a comma.
    (
        "Berg told host Per Lund the harbour would reopen in May.",
        [
            ("the harbour would reopen in May", BERG),
        ],
    ),
    (
        "And, Holm tells the crowd, he has been tough on the trawlers for years.",
        [
            ("he has been tough on the trawlers for years", HOLM),
        ],
    ),
    # A name of the writer's before a quoted predicate makes the clause a paraphrase; a
    # pronoun does not (the marks hold the clause).
    (
        "Holm says Berg “has a record of bringing the crews together.”",
        [
            ("Berg “has a record of bringing the crews together.”", HOLM),
        ],
    ),
    ("Holm says it “has a record of bringing the crews together.”", []),
]

CLAUSE_ENDS = [
    # A speaker in a subordinate clause reports up to its comma; the main clause is the
    # writer's.
    (
        "Although Berg says the harbour will reopen soon, the crews remain doubtful.",
        [
            ("the harbour will reopen soon", BERG),
        ],
    ),
    (
        "The fleet sailed days after Berg told reporters the harbour would reopen, to cheers.",
        [
            ("the harbour would reopen", BERG),
        ],
    ),
    # After a dash, "but" leaves the speaker the subject of a clause of their own.
    (
        "The crews were angry -- but Holm said the quota was fair to everyone.",
        [
            ("the quota was fair to everyone", HOLM),
        ],
    ),
    # The statement before a cue that a participle or a clause of the speaker's follows.
    (
        "The envoy will sail next week, Holm said, adding that the harbour would reopen.",
        [
            ("The envoy will sail next week", HOLM),
            ("the harbour would reopen", HOLM),
        ],
    ),
    (
        "The road ahead is too steep for now, Berg said, but a deal could come later.",
        [
            ("The road ahead is too steep for now", BERG),
        ],
    ),
    # "but" and a subject without a comma: still the speaker's own sentence.
    (
        "Berg said there is a long road ahead but she feels confident about the plan.",
        [
            ("there is a long road ahead but she feels confident about the plan", BERG),
        ],
    ),
]


@pytest.mark.parametrize(("paragraph", "expected"), SPEAKERS + OPENINGS + CLAUSE_ENDS)
def test_reported_statement_issue_11(paragraph: str, expected: list[tuple[str, str]]) -> None:
    assert reported(paragraph) == expected


def _event(name: str, kind: MentionKind = MentionKind.NAME, **person: object) -> Event:
    gender = {"he": Gender.MALE, "she": Gender.FEMALE}.get(name.casefold(), Gender.UNSAID)
    speaker = Person(str(person.pop("called", name)), **person)  # type: ignore[arg-type]
    return Event(Mention(name, kind, gender=gender), "said", 0, 4, speaker)


PLAIN_SPEAKERS = [
    # Names, bodies and descriptions of people may report.
    (_event("Lars Holm"), True),
    (_event("the fisheries minister", MentionKind.DESCRIPTION), True),
    (_event("some officials", MentionKind.ORGANISATION), True),
    (_event("the historians", MentionKind.DESCRIPTION), True),
    (_event("Ahmed"), True),  # a first name, though it ends like a participle
    (_event("BuzzFeed"), True),  # capitals inside: a brand, not a word opening a sentence
    # A common word read as a name at a sentence's start names nobody.
    (_event("Back"), False),
    (_event("Walking"), False),
    (_event("Reached"), False),
    # A lower-case phrase that names no people or body, a document, a relative clause.
    (_event("the days", MentionKind.DESCRIPTION), False),
    (_event("its resources", MentionKind.DESCRIPTION), False),
    (_event("the report", MentionKind.ORGANISATION), False),
    (_event("who's thinking about running", MentionKind.RELATIVE), False),
    # "she said" of someone whose sex nothing says, or says otherwise: too unsure.
    (_event("she", MentionKind.PRONOUN, called="Tarin Dahl"), False),
    (_event("she", MentionKind.PRONOUN, called="Tarin Dahl", gender=Gender.MALE), False),
    (_event("she", MentionKind.PRONOUN, called="Tarin Dahl", gender=Gender.FEMALE), True),
]


@pytest.mark.parametrize(("event", "expected"), PLAIN_SPEAKERS)
def test_plain_speaker(event: Event, expected: bool) -> None:
    assert plain_speaker(event) is expected


# --- issue 11 point 8: more plainly reported statements, none given to a place -----------

MORE_STATEMENTS = [
    # An inverted cue closing its sentence, with or without the speaker's description.
    (
        "The crews will sail again in May, said Per Lund, the harbour master.",
        [
            ("The crews will sail again in May", "Per Lund"),
        ],
    ),
    (
        "Prices will rise sharply next year, said Per Lund, an economist at the bank.",
        [
            ("Prices will rise sharply next year", "Per Lund"),
        ],
    ),
    # A "who" clause after the name still describes the speaker; a description before the
    # name may stand between it and the verb.
    (
        "Prices will rise sharply next year, said Per Lund, who leads the union.",
        [
            ("Prices will rise sharply next year", "Per Lund"),
        ],
    ),
    (
        "The crews did not find any damage, said the ministry's director, Per Lund, on Monday.",
        [
            ("The crews did not find any damage", "Per Lund"),
        ],
    ),
    # ... but not when the cue splits the sentence.
    ("The fleet, said Per Lund, would need new boats by the spring.", []),
    # Quoted words as the clause's subject, the writer's verb after them.
    (
        "Berg said “local boats” must lead the way in the north.",
        [
            ("“local boats” must lead the way in the north", BERG),
        ],
    ),
    # After "told" and a pronoun, a bare "-s" verb opens the clause.
    (
        "Holm told reporters he feels good about the talks with the ministry.",
        [
            ("he feels good about the talks with the ministry", HOLM),
        ],
    ),
    # A lower-case title, a name and its "-ed" verb.
    (
        "Berg says rival Lars Holm accepted about $200,000 from the trawler owners.",
        [
            ("rival Lars Holm accepted about $200,000 from the trawler owners", BERG),
        ],
    ),
    # A contracted pronoun and verb is the writer's paraphrase around the marks.
    (
        "Holm shot back in a statement, saying he’s “earned good money in bad years.”",
        [
            ("he’s “earned good money in bad years.”", HOLM),
        ],
    ),
    # The writer's "his" for the speaker's "my" paraphrases; a pronoun alone does not.
    ("Holm said only that his “sums don’t add up.”", [("his “sums don’t add up.”", HOLM)]),
    # A comma inside straight marks ends the writer's words before the speaker.
    (
        'On the "Morning Show," Holm said he had not "heard her name the right aims."',
        [
            ('he had not "heard her name the right aims."', HOLM),
        ],
    ),
    # After "told" and a pronoun, any verb opens the clause ("he thought").
    (
        "Holm told reporters he thought Berg had “made up the story.”",
        [
            ("he thought Berg had “made up the story.”", HOLM),
        ],
    ),
    # "A" and adjectives before the name describe the speaker; "The day" does not.
    (
        "A defensive Holm said his critics “seem to think noise is strength.”",
        [
            ("his critics “seem to think noise is strength.”", HOLM),
        ],
    ),
    ("The day Holm said he would quit, the fleet sailed.", []),
    # A long addressee before "that".
    (
        "Berg told a parliamentary committee hearing in Oslo on Thursday that the ministry had"
        " found no link.",
        [
            ("the ministry had found no link", BERG),
        ],
    ),
    # A one-word name closed by a comma after "a noun in <Place>," is the place's region.
    ("Holm is ready after a woman in Bodo, Nordland, told him she would vote for him.", []),
    (
        "In Bodo, Holm said the harbour would reopen in the spring.",
        [
            ("the harbour would reopen in the spring", HOLM),
        ],
    ),
]


@pytest.mark.parametrize(("paragraph", "expected"), MORE_STATEMENTS)
def test_more_reported_statements(paragraph: str, expected: list[tuple[str, str]]) -> None:
    assert reported(paragraph) == expected


MORE_CLAUSE_ENDS = [
    # A statement told inside a relative clause ends at the clause's comma.
    (
        "Holm, who has told crews he wants a deal, said in a statement that the talks were close.",
        [
            ("he wants a deal", HOLM),
            ("the talks were close", HOLM),
        ],
    ),
    # A "that" after a finite verb opens a clause inside the statement, not the statement.
    (
        "Berg said her biggest worry about the fleet is that it would shrink.",
        [
            ("her biggest worry about the fleet is that it would shrink", BERG),
        ],
    ),
    # An aside between two dashes before the statement's own verb: what comes before it is
    # no whole statement; an aside after a whole clause leaves the clause.
    (
        "Her manager, Lars Holm, said Berg believes those efforts - which include radio ads -"
        " will pay off in May.",
        [],
    ),
    (
        "Lars Holm said the price of the resort -- now known as the Bodo Marina -- was not"
        " disclosed.",
        [],
    ),
    (
        "Holm said the ministry might delay the quota — as well as the fees — in that package.",
        [
            ("the ministry might delay the quota", HOLM),
        ],
    ),
    # A relative clause's gap after the speaker: "an honour [that] Holm said he hoped would".
    (
        "Holm asked Berg to be his best man, an honour Holm said he hoped would be a good thing"
        " for him.",
        [],
    ),
    (
        "Holm said he has had no talks with the owners about the quota.",
        [
            ("he has had no talks with the owners about the quota", HOLM),
        ],
    ),
    # A participle after a cue and its addressee carries on the cue's speaker, and its own
    # statement; the one addressed ends at a comma.
    (
        "Holm told a crowd in Bodo, saying Berg would close the harbour within a year.",
        [
            ("Berg would close the harbour within a year", HOLM),
        ],
    ),
    (
        "Holm told reporters that the talks had failed, saying Berg would close the harbour.",
        [
            ("the talks had failed", HOLM),
            ("Berg would close the harbour", HOLM),
        ],
    ),
    # A statement shows a verb; an object or a phrase read as one is none.
    ("Holm said no to the new quota for the northern fleet.", []),
    ("Berg reiterated that approach in her long speech on Monday.", []),
    (
        "Berg confirmed that Holm met with the trawler owners.",
        [
            ("Holm met with the trawler owners", BERG),
        ],
    ),
]


@pytest.mark.parametrize(("paragraph", "expected"), MORE_CLAUSE_ENDS)
def test_more_reported_clause_ends(paragraph: str, expected: list[tuple[str, str]]) -> None:
    assert reported(paragraph) == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # The inverted cue's speaker comes right after its verb ...
        (
            "Prices will rise sharply next year, said Holm.",
            "Holm",
            [
                "Prices will rise sharply next year",
            ],
        ),
        # ... never after words of a clause ("said Oslo must answer Holm": not Holm's cue).
        ("Prices will rise sharply next year, said Oslo must answer Holm.", "Holm", []),
    ],
)
def test_inverted_speaker_follows_its_verb(text: str, name: str, expected: list[str]) -> None:
    verb_at, mention_at = text.index("said"), text.index(name)
    mention = Mention(name, MentionKind.NAME, start=mention_at, end=mention_at + len(name))
    event = Event(mention, "said", verb_at, verb_at + 4, Person(name), inverted=True)
    assert [q.text for q in reported_speech(text, text, 1, [event])] == expected


@pytest.mark.parametrize(
    ("event", "expected"),
    [
        # "Name of the Body" read as the body: the person before "of" speaks, so nobody sure.
        (_event("Holm of the Dock Workers", called="Dock Workers"), False),
        (_event("Lund of Nordland", called="Nordland"), False),
        # A role before "of" is the speaker's own.
        (_event("Secretary of State Lars Holm", called="Lars Holm"), True),
    ],
)
def test_owner_named_after_of_is_no_speaker(event: Event, expected: bool) -> None:
    assert plain_speaker(event) is expected


def test_dateline_place_reports_nothing() -> None:
    text = "Oslo (Wire) – Berg has taken aim at the trawler owners, saying the quota is fair."
    quotes = reported(text)
    assert all(speaker != "Oslo" for _, speaker in quotes)


NOT_THE_CUES_STATEMENT = [
    # A participle after "told X," reports its own clause; "told" has none there.
    ("Holm told the crowd, before insisting he had a deal with the crews.", "before insisting"),
    # "that" after a participle's object is the object's own: not what the speaker told.
    (
        "“She is unfit,” Holm tells the paper, responding to the recent news that the ministry"
        " deemed the emails secret.",
        "the ministry deemed",
    ),
    (
        "Holm told reporters on his boat, referring to bruises that Berg showed to the police.",
        "Berg showed",
    ),
]


@pytest.mark.parametrize(("paragraph", "not_reported"), NOT_THE_CUES_STATEMENT)
def test_not_the_cues_statement(paragraph: str, not_reported: str) -> None:
    assert all(not text.startswith(not_reported) for text, _ in reported(paragraph))


def test_body_after_a_preposition_reports_nothing() -> None:
    paragraph = (
        "But Per Lund, an organizer with the Harbour Workers Union, said the crews wanted"
        " to send a message to Berg."
    )
    assert all(speaker != "Harbour Workers Union" for _, speaker in reported(paragraph))


@pytest.mark.parametrize(
    ("event", "expected"),
    [
        # An anonymous description given a named person's name: nobody sure.
        (_event("the source", MentionKind.DESCRIPTION, called="Per Lund"), False),
        (_event("a source close to the talks", MentionKind.DESCRIPTION, called="Per Lund"), False),
        # The description itself may report.
        (_event("A source", MentionKind.DESCRIPTION), True),
        # "an organizer with the Union" read as the Union: the organizer speaks.
        (_event("an organizer with the Dock Union", called="Dock Union"), False),
    ],
)
def test_anonymous_and_owner_speakers(event: Event, expected: bool) -> None:
    assert plain_speaker(event) is expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # An object before "that" and an "-ed" verb after it: a relative clause, no statement.
        ("Holm told a crowd at the harbour bar that spilled out onto the quay.", []),
        ("Holm opened the season with a speech that included cuts to the fleet.", []),
        # Without an object before it, "that" opens the statement whatever follows.
        (
            "Holm asserted that unnamed officers agree with him on the quota.",
            [
                ("unnamed officers agree with him on the quota", HOLM),
            ],
        ),
    ],
)
def test_relative_that(paragraph: str, expected: list[tuple[str, str]]) -> None:
    assert reported(paragraph) == expected


def test_statement_drops_a_closing_mark_before_it() -> None:
    raw = "” … the talks are over for now"
    assert trim(raw, 0, len(raw)) == (2, len(raw))


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # "a speech in which she said ...": the relative clause's speaker reports her own.
        (
            "Holm gave a speech in Bodo in which he said the harbour would reopen in May.",
            [
                ("the harbour would reopen in May", HOLM),
            ],
        ),
        # "which" as the subject of what is said: no statement of the speaker's own.
        ("The bill, which Holm said would pass, failed in the end.", []),
    ],
)
def test_speaker_in_a_relative_clause(paragraph: str, expected: list[tuple[str, str]]) -> None:
    assert reported(paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # Present forms of "that" verbs report as their past forms do.
        (
            "Holm concedes that the quota was far too generous to the trawlers.",
            [
                ("the quota was far too generous to the trawlers", HOLM),
            ],
        ),
        (
            "Berg predicts that the harbour will reopen before the summer.",
            [
                ("the harbour will reopen before the summer", BERG),
            ],
        ),
        # A denied clause is what the speaker says is not so: never their statement.
        ("Holm denied that the quota was far too generous to the trawlers.", []),
        ("Berg rejects that the harbour will close before the summer.", []),
    ],
)
def test_that_verbs_and_denials(paragraph: str, expected: list[tuple[str, str]]) -> None:
    assert reported(paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # "that" after "his" and a noun: a determiner, no statement without a verb.
        (
            "Holm repeated that view in his speech last week, saying Berg was committed"
            " to the plan.",
            [("Berg was committed to the plan", HOLM)],
        ),
        # A "when" clause before "that": the concerns are not what she told.
        (
            "“They are principled,” Berg told the radio on Monday when asked about concerns that"
            " Holm’s crews would not back her.",
            [],
        ),
        # "but" and an adverb before a new subject: the writer's clause.
        (
            "Holm admits that the crews are good people, but ultimately Berg thinks their logic"
            " is flawed.",
            [("the crews are good people", HOLM)],
        ),
        # A present "that" verb reports no statement before it; its pledge after it is his.
        (
            "At stop after stop, to loud applause, he vows to levy a tax on the owners.",
            [("to levy a tax on the owners", HOLM)],
        ),
    ],
)
def test_final_read_errors(paragraph: str, expected: list[tuple[str, str]]) -> None:
    assert reported(paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # "said that was ...": "that" is the statement's subject, and a time word inside
        # "that" is no time phrase closing a statement before the cue.
        (
            "Asked about his criticism of Berg, Holm said that was a normal part of running.",
            [
                ("that was a normal part of running", HOLM),
            ],
        ),
        (
            "The talks failed badly, Holm said at a news conference in Oslo.",
            [
                ("The talks failed badly", HOLM),
            ],
        ),
    ],
)
def test_demonstrative_that(paragraph: str, expected: list[tuple[str, str]]) -> None:
    assert reported(paragraph) == expected


def test_statement_without_its_subject_is_none() -> None:
    # "a trend that the ministry predicts will continue": the trend is the subject.
    paragraph = "Boats are sold every year, a trend that the ministry predicts will continue."
    assert reported(paragraph) == []

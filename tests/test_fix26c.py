"""review26c's findings on the probe-fix rules, each as invented text: the lede's company
(lede_companies.py, company_names.py), ages (aged_speakers.py), findings
(document_findings.py), joined relatives (joined_relatives.py) and echoes (body_echoes.py,
headline_echoes.py, relayed_words.py); with the near-misses each rule must still read."""

from __future__ import annotations

import pytest

from store.models import Article, Quote
from store.quotes.company_names import company_names, trimmed
from store.quotes.extract import extract_quotes
from store.quotes.joined_relatives import first_relative
from store.quotes.relayed_words import relayed


def _quotes(title: str, *paragraphs: str) -> list[Quote]:
    return list(extract_quotes(Article(title=title, paragraphs=paragraphs)).quotes)


def _speaker_of(words: str, title: str, *paragraphs: str) -> str | None:
    """The speaker of the body quote whose text starts with `words`."""
    found = [q for q in _quotes(title, *paragraphs) if q.paragraph is not None]
    return next(q.speaker for q in found if q.text.startswith(words))


def _headline(title: str, *paragraphs: str) -> Quote | None:
    return next((q for q in _quotes(title, *paragraphs) if q.paragraph is None), None)


# ------------------------------------------------------------------ the lede's company


@pytest.mark.parametrize(
    ("title", "paragraphs", "words", "not_speaker"),
    [
        # A company described, not named, after the lede's: the noun may be that one.
        (
            "Court rules on contract",
            (
                "A court has ordered carmaker Vessor Motors to pay £2m to a former supplier.",
                "Judge Nell Ambry said the contract had been broken.",
                "“Justice has been done,” the company said.",
            ),
            "Justice",
            "Vessor Motors",
        ),
        # "The company, which made ... for Vessor": its clause names the lede's company as
        # its partner, so the noun is the other.
        (
            "Court rules on contract",
            (
                "A court has ordered carmaker Vessor Motors to pay £2m in damages.",
                "The company, which made door panels for Vessor until 2020, was pleased.",
                "“Justice has been done,” the company said.",
            ),
            "Justice",
            "Vessor Motors",
        ),
        # A law firm the cast reads as a person's name: "the firm" may be that one.
        (
            "Dairy fined over injury",
            (
                "Copley Bakeries was fined £30,000 after a worker was hurt at its Brayle plant.",
                "The worker's solicitors, Fenwick Orme, said he would not work again.",
                "“Our client has been badly let down,” the firm said.",
            ),
            "Our client",
            "Copley Bakeries",
        ),
        # A body brought in as a business verb's agent: "the company" may be that one.
        (
            "United sign kit deal",
            (
                "Calder United have signed a shirt deal with lender Pruett.",
                "The kit will still be made by Dovana, who have supplied it since 2016.",
                "“We are proud to stay with United,” the company said.",
            ),
            "We are proud",
            "Pruett",
        ),
    ],
)
def test_lede_company_blocked(
    title: str, paragraphs: tuple[str, ...], words: str, not_speaker: str
) -> None:
    assert (_speaker_of(words, title, *paragraphs) or "").rstrip(".") != not_speaker


@pytest.mark.parametrize(
    ("title", "paragraphs", "speaker"),
    [
        # The near-misses: the lede's one company, named plainly, still speaks.
        (
            "Bakery job cuts",
            (
                "Copley Bakeries will cut 90 jobs, the union said.",
                "Staff were told on Monday.",
                "“This was a very hard decision,” the company said.",
            ),
            "Copley Bakeries",
        ),
        # "Marlow, a food supplier," is the company itself, not another one described.
        (
            "Supplier cuts jobs",
            (
                "Brayle Foods, a food supplier, will cut 90 jobs.",
                "Staff were told on Monday.",
                "“This was a very hard decision,” the company said.",
            ),
            "Brayle Foods",
        ),
        # A business verb whose agent is the lede's company itself blocks nothing.
        (
            "Recall of kettles",
            (
                "Kettles made by Orvane Industries are being recalled.",
                "Owners will be contacted by letter.",
                "“Safety is our first concern,” the company said.",
            ),
            "Orvane Industries",
        ),
    ],
)
def test_lede_company_still_read(title: str, paragraphs: tuple[str, ...], speaker: str) -> None:
    assert _speaker_of(paragraphs[-1][1:5], title, *paragraphs) == speaker


@pytest.mark.parametrize(
    ("run", "name"),
    [
        ("Jobs Lost At Vessor Motors", "Vessor Motors"),  # function word, then cut to three
        ("Carmaker Vessor Motors", "Vessor Motors"),  # a company word opening the sentence
        ("Pruett.", "Pruett"),  # the sentence's full stop
        ("Halden Steel Ltd.", "Halden Steel Ltd."),  # an abbreviation's stop stays
        ("On Monday Copley Bakeries", "Copley Bakeries"),  # a weekday opening the sentence
    ],
)
def test_trimmed(run: str, name: str) -> None:
    assert trimmed(run) == name


@pytest.mark.parametrize(
    ("texts", "names"),
    [
        # A company word at a sentence's start signs the name (any case).
        ({0: "Carmaker Vessor Motors will close its Brayle plant."}, ["Vessor Motors"]),
        ({0: "It signed a deal with lender Pruett."}, ["Pruett"]),
        # A Title-Case headline's name as the body writes it.
        (
            {-1: "Job Cuts Hit Copley Foods", 0: "Copley Foods will close a plant."},
            ["Copley Foods"],
        ),
        # A headline's name the body never repeats is read whole.
        ({-1: "Vessor Motors recalls 8,000 cars", 0: "The carmaker said ..."}, ["Vessor Motors"]),
    ],
)
def test_company_names(texts: dict[int, str], names: list[str]) -> None:
    assert sorted(set(company_names(texts, sorted(texts)))) == names


# ------------------------------------------------------------------------------ ages


@pytest.mark.parametrize(
    ("paragraphs", "words", "not_speaker"),
    [
        # "A 12-year-old boy" brings in someone unnamed: "the 12-year-old" is not the rescuer.
        (
            (
                "A 12-year-old boy was pulled from the River Lune on Sunday by lifeguard Oona Tallis.",
                "“I thought I was going to die,” said the 12-year-old.",
            ),
            "I thought",
            "Oona Tallis",
        ),
        (
            (
                "An 84-year-old woman was robbed outside her home. Gil Marten has been charged.",
                "“I will not let this stop me,” the 84-year-old said.",
            ),
            "I will not",
            "Gil Marten",
        ),
    ],
)
def test_age_of_someone_unnamed(paragraphs: tuple[str, ...], words: str, not_speaker: str) -> None:
    assert _speaker_of(words, "Rescue", *paragraphs) != not_speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # A date's day is no age given: the one person just named is still "the 24-year-old".
        (
            (
                "The race was held on Friday, 24 May, in Brayle.",
                "It was won by cyclist Oona Tallis in record time.",
                "“I felt strong all the way,” said the 24-year-old.",
            ),
            "Oona Tallis",
        ),
        # Near-miss: no one was brought in by an age alone, so the named one is.
        (
            (
                "The dog was found by retired nurse Edna Fairweather.",
                "“He was shivering,” said the 71-year-old.",
            ),
            "Edna Fairweather",
        ),
    ],
)
def test_age_still_read(paragraphs: tuple[str, ...], speaker: str) -> None:
    assert _speaker_of(paragraphs[-1][1:5], "Rescue", *paragraphs) == speaker


# -------------------------------------------------------------------------- findings


@pytest.mark.parametrize(
    "paragraph",
    [
        "An inspection of the Brayle care home found a fire door with a sign reading “do not open” chained shut.",
        "A review of the case found a note reading “sorry for everything” in his desk.",
        "An inquiry found that the home had ignored a resident who begged staff to “let me go home”.",
    ],
)
def test_finding_of_other_words(paragraph: str) -> None:
    speakers = [q.speaker for q in _quotes("Care home", paragraph)]
    assert not any(s and s.split()[-1] in ("inspection", "review", "inquiry") for s in speakers)


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("A review of the planning office found a “culture of secrecy” among staff.", "A review"),
        ("An audit of the trust found it had “lost control of its spending”.", "An audit"),
    ],
)
def test_finding_still_read(paragraph: str, speaker: str) -> None:
    assert [q.speaker for q in _quotes("Council", paragraph)] == [speaker]


# ------------------------------------------------------------------ joined relatives


@pytest.mark.parametrize(
    ("text", "second", "first"),
    [
        # The nearest "who" is the joined one's partner, not the sentence's first.
        (
            "Police spoke to Gil Marten, who was later arrested, and to a neighbour who saw it, "
            "and who said: “It was over.”",
            "who said",
            "who saw",
        ),
        # Near-miss: one relative before the join, as before.
        (
            "A nurse who worked at the unit, and who asked not to be named, said it was chaos.",
            "who asked",
            "who worked",
        ),
    ],
)
def test_first_relative_is_nearest(text: str, second: str, first: str) -> None:
    assert first_relative(text, text.index(second)) == text.index(first)


def test_joined_relative_speaker() -> None:
    paragraph = (
        "Police spoke to Gil Marten, who was later arrested, and to a neighbour who saw the "
        "fight, and who said: “It was over in seconds.”"
    )
    assert _speaker_of("It was over", "Court", paragraph) != "Gil Marten"


# ---------------------------------------------------------------------------- echoes


@pytest.mark.parametrize(
    ("paragraphs", "words"),
    [
        # A crowd's chant of a coach's words is the crowd's.
        (
            (
                "“We will never give up on this club,” Calder coach Rana Velt said.",
                "In the second half the away end sang “never give up on this club” for an hour.",
            ),
            "never give up",
        ),
        # Words the first speaker only relays are not his when echoed.
        (
            (
                "“Management told us the depot would never close,” union rep Sten Arvo said.",
                "Workers at the depot that “would never close” were told it will shut in May.",
            ),
            "would never close",
        ),
    ],
)
def test_no_body_echo(paragraphs: tuple[str, ...], words: str) -> None:
    assert _speaker_of(words, "Sport", *paragraphs) is None


def test_body_echo_still_read() -> None:
    paragraphs = (
        "“Grant Park is not for sale at any price,” council leader Sten Arvo said.",
        "So much for “not for sale at any price”.",
    )
    assert _speaker_of("not for sale", "Park", *paragraphs) == "Sten Arvo"


@pytest.mark.parametrize(
    ("title", "paragraphs", "speaker"),
    [
        # Two plain sources of the headline's words with different speakers: neither's.
        (
            "Both sides say 'a fair deal for everyone' is close",
            (
                "“We want a fair deal for everyone,” union leader Rana Velt said.",
                "“A fair deal for everyone is what we are offering,” chief executive Sten Arvo said.",
            ),
            None,
        ),
        # A headline's words the body's source only relays: no one's.
        (
            "Staff angry as depot that 'would never close' shuts",
            (
                "“Management told us the depot would never close,” union rep Sten Arvo said.",
                "The depot will shut in May with the loss of 200 jobs.",
            ),
            None,
        ),
        # A headline credit gives way to a body quote of someone else holding its words.
        (
            "Gil Marten: 'cruel and cowardly'",
            (
                "Gil Marten, 34, of Brayle, was jailed for life on Friday.",
                "Judge Nell Ambry told him: “You are cruel and cowardly, and you will die in prison.”",
            ),
            "Nell Ambry",
        ),
        # Near-miss: one source, said by himself with "I told them": his.
        (
            "Mayor: 'the depot will stay open'",
            (
                "“I told them the depot will stay open,” Mayor Sten Arvo said on Monday.",
                "Workers welcomed the news.",
            ),
            "Sten Arvo",
        ),
    ],
)
def test_headline_echo(title: str, paragraphs: tuple[str, ...], speaker: str | None) -> None:
    headline = _headline(title, *paragraphs)
    assert (headline.speaker if headline else None) == speaker


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("management told us the depot".split(), True),
        ("i told them the depot".split(), False),  # himself reporting: still his
        ("we want".split(), False),
        ("he said it then and years later the depot is still".split(), False),  # too far back
    ],
)
def test_relayed(words: list[str], expected: bool) -> None:
    assert relayed(words) is expected

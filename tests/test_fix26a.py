"""Fixes to the description rules of desc26 that a review found too eager: an ad named for
its occasion, a reply's object, a passive "emailed", an "it" that proves nothing, a long
appositive, a quote about the passage's person, a word that only ends in a profile noun,
"another case" and a weekday's possessive.

Each case is a short invented article (paragraphs joined by "||") and what its direct quote
must get.
"""

from __future__ import annotations

import pytest

from store.models import Article, QuoteKind
from store.quotes.extract import extract_quotes

_PLAIN = 0.9  # the plain ways' floor


def _direct(article: str) -> list[tuple[str | None, float]]:
    paragraphs = tuple(article.split("||"))
    quotes = extract_quotes(Article(title="Town news", paragraphs=paragraphs)).quotes
    return [(q.speaker, q.confidence) for q in quotes if q.kind == QuoteKind.DIRECT]


AD_OCCASIONS = [
    # An ad named for an event, an occasion or whom it attacks: no owner's name.
    ("A Grand Prix ad, which aired on Sunday, says “speed runs in the family.”", "Grand Prix"),
    ("Sales rose.||A Harvest Fair ad says that “every stall is open late.”", "Harvest Fair"),
    ("Shops braced for crowds.||A Christmas ad says that “every price is slashed.”", "Christmas"),
    ("A Cup Final League ad, which aired on Sunday, says “every goal counts.”", "Cup Final League"),
    (
        "The race for mayor turned nasty.||A Kerr-bashing ad says that “Dover needs more.”",
        "Kerr-bashing",
    ),
    # Two owners joined by "and": neither alone.
    (
        "Tom Vane and Ada Kerr are running for mayor.||A Vane and Kerr ad says “Dover deserves"
        " better.”",
        "Ada Kerr",
    ),
]


@pytest.mark.parametrize(("article", "wrong"), AD_OCCASIONS)
def test_an_ad_named_for_no_body_speaks_for_none(article: str, wrong: str) -> None:
    [(speaker, confidence)] = _direct(article)
    assert speaker != wrong
    assert confidence < _PLAIN or speaker not in (wrong, "Tom Vane")


AD_OWNERS = [
    # Near-miss: a name holding a body's word, or linked by "of" or "for", is the ad's owner.
    ("A Friends of the Marsh ad says “the river is dying.”", "Friends of the Marsh"),
    ("A Renn for Mayor ad says “Dover deserves better.”", "Renn for Mayor"),
    ("A Dunmore Motors ad says that “the new car is the safest ever.”", "Dunmore Motors"),
    (
        "Teachers marched in Dover.||A Dover Teachers Union ad says “class sizes must fall.”",
        "Dover Teachers Union",
    ),
    (
        "The Club for Harbors is spending money on ads.||One Club for Harbors ad, which is"
        " airing now, argues that “only Ada Kerr can beat Tom Vane.”",
        "Club for Harbors",
    ),
]


@pytest.mark.parametrize(("article", "owner"), AD_OWNERS)
def test_a_bodys_ad_still_speaks_for_the_body(article: str, owner: str) -> None:
    assert _direct(article)[-1][0] == owner


REPLIES = [
    # The reply's subject is the name right before its verb, not the sentence's first name.
    (
        "The fine was imposed on Monday.||In a letter to Tom Vane, Dover Rovers announced it had"
        " ended his contract. “We wish him well,” the statement said.",
        "Dover Rovers",
    ),
    (
        "The row went on.||Asked about Ada Kerr's remarks, the Finance Ministry replied that it"
        " had no comment. “The figures are correct,” the statement said.",
        "Finance Ministry",
    ),
    # A name in an opening phrase, with its possessive: no one the cast holds.
    (
        "Fans were angry.||After Tom Vane's red card, the club announced an appeal. “The"
        " decision was wrong,” the statement said.",
        "the club",
    ),
    # A statement brought in further back than the owner rules reach: that one, maybe.
    (
        "Harbor Mills issued a statement on Monday about the spill.||Fishermen were angry.||"
        "Divers went down on Tuesday.||Tom Vane, a fisherman, replied that he was shocked. “We"
        " acted lawfully,” the statement said.",
        "the statement",
    ),
    # Near-miss: the name opening the sentence past one aside.
    (
        "The coach was sacked.||Tom Vane, the club's owner, replied that he had acted in good"
        " faith. “The board backed me,” the statement said.",
        "Tom Vane",
    ),
    # Near-miss: the reply's subject right before its verb.
    (
        "The filings were late.||Harbor Mills on Monday replied that its lawyers were busy. “We"
        " will file next week,” the statement said.",
        "Harbor Mills",
    ),
]


@pytest.mark.parametrize(("article", "speaker"), REPLIES)
def test_a_reply_statement_speaks_for_the_replys_subject(article: str, speaker: str) -> None:
    assert _direct(article)[-1][0] == speaker


EMAILS = [
    # A passive: the subject received the email.
    (
        "Striker Tom Vane was emailed by the league on Monday.||The email said: “You are"
        " suspended for two matches.”",
        "The email",
    ),
    (
        "Ada Kerr, the club's captain, was emailed on Monday.||The email said: “You are"
        " suspended for two matches.”",
        "The email",
    ),
    # Near-miss: an active "emailed" names the sender.
    (
        "Ada Kerr emailed the players on Monday.||The email said: “Training starts at six.”",
        "Ada Kerr",
    ),
]


@pytest.mark.parametrize(("article", "speaker"), EMAILS)
def test_an_email_speaks_for_whoever_emailed(article: str, speaker: str) -> None:
    assert _direct(article)[-1][0] == speaker


CALLED_IT = [
    # "it" that only is something ("said it was a fair price") proves no body.
    (
        "Okonkwo Adebayo said it was a fair price for the Lagos plant.||“We are pleased with"
        " the deal,” the company said.",
        "the company",
    ),
    (
        "Quarn Velt said it would be a long winter.||“We are pleased with the deal,” the"
        " company said.",
        "the company",
    ),
    # Near-miss: "its" after the name is a body's.
    (
        "Harbor Insider said its members had no formal tie.||“We are sorry to hear it,” the"
        " company said in a statement.",
        "Harbor Insider",
    ),
]


@pytest.mark.parametrize(("article", "speaker"), CALLED_IT)
def test_only_a_name_narration_plainly_calls_it_is_a_body(article: str, speaker: str) -> None:
    assert _direct(article)[-1][0] == speaker


APPOSITIVES = [
    # The noun heading a phrase inside the appositive is not its head.
    (
        "Ashby Rovers, the football club owned by a Gulf company, sacked its manager on"
        " Monday.||“We are committed to the long term,” the company said.",
        "the company",
    ),
    (
        "Kerr Media Group, the firm that owns a Dover newspaper, cut 40 jobs on Monday.||"
        "“Print is in decline,” the newspaper said.",
        "the newspaper",
    ),
    # An appositive after the quote tells nothing of whom it meant.
    (
        "The Harbor Union Leader printed three pieces on the port.||“Kerr folded like a gambler,”"
        " the newspaper wrote.||The Harbor Union Leader, Dover's oldest newspaper, was sold.",
        "the newspaper",
    ),
    # Near-miss: the appositive's own head, before the quote.
    (
        "The Harbor Union Leader, Dover's oldest newspaper, has printed three pieces on the port.||"
        "“Kerr folded like a gambler,” the newspaper wrote.",
        "Harbor Union Leader",
    ),
]


@pytest.mark.parametrize(("article", "speaker"), APPOSITIVES)
def test_an_appositive_names_a_bodys_kind_by_its_head(article: str, speaker: str) -> None:
    assert _direct(article)[-1][0] == speaker


_SQUAD = (
    "Three players were named in the county squad on Monday.||Tom Vane, the full-back, said"
    " he was thrilled. “It is a dream,” Vane said.||Ada Kerr was also picked. “I cannot"
    " wait,” Kerr said.||Mia Loft, 17, was the surprise choice.||"
)
PASSAGE_QUOTES = [
    # A quote about the passage's person is someone else's.
    (_SQUAD + "“She has a great future,” the veteran said.", "the veteran"),
    (_SQUAD + "“Loft will start on Saturday,” the veteran said.", "the veteran"),
]


@pytest.mark.parametrize(("article", "speaker"), PASSAGE_QUOTES)
def test_a_quote_about_the_passage_person_is_not_theirs(article: str, speaker: str) -> None:
    assert _direct(article)[-1][0] == speaker


COMPOUNDS = [
    # A word that only ends in a profile noun is no compound of it.
    (
        "Homeowner Tom Vane sued over a leaking roof on Monday.||Vane said the work was never"
        " finished.||“We did every job we were paid for,” the contractor said.",
        "the contractor",
    ),
    (
        "Tom Vane, the Dover MP, gave his farewell speech on Friday.||Vane thanked his staff"
        " and his family.||“Writing for him was a privilege,” the speechwriter said.",
        "the speechwriter",
    ),
]


@pytest.mark.parametrize(("article", "speaker"), COMPOUNDS)
def test_only_a_narrowing_prefix_makes_a_compound_profile(article: str, speaker: str) -> None:
    assert _direct(article)[0][0] == speaker


_HEARING = "The hearing opened at nine. “You have wasted this court's time,” the judge said.||"
ELSEWHERE = [
    # A judge named in another case or other news holds no office in the story's court.
    (
        _HEARING + "In another case on Monday, Judge Rowe jailed a burglar for two years.",
        "the judge",
    ),
    (_HEARING + "In other news, Judge Rowe jailed a burglar for two years.", "the judge"),
    (_HEARING + "At another hearing, Judge Rowe jailed a burglar.", "the judge"),
]


@pytest.mark.parametrize(("article", "speaker"), ELSEWHERE)
def test_a_judge_of_another_case_is_not_the_judge(article: str, speaker: str) -> None:
    assert _direct(article)[0][0] == speaker


POSSESSIVE_BODIES = [
    # A day's possessive, or a shop: no government's body.
    (
        "Monday's police department briefing was cancelled.||“We will update the public soon,”"
        " the department said.",
        "the department",
    ),
    (
        "Dover's oldest department store will close in June.||“We apologise to staff,” the"
        " department said.",
        "the department",
    ),
    # Near-miss: a city's own body.
    (
        "Dover's transit agency cut two bus lines on Monday.||“We had no choice,” the agency said.",
        "Dover's transit agency",
    ),
]


@pytest.mark.parametrize(("article", "speaker"), POSSESSIVE_BODIES)
def test_a_possessive_brings_in_a_body_only_of_its_owner(article: str, speaker: str) -> None:
    assert _direct(article)[-1][0] == speaker


_WON = "Bo Renn won the seat. Renn thanked his staff.||"
SELF_TITLES = [
    # A title before the speaker's surname, dotted or not: someone else's words about him.
    (_WON + "“Nobody believed Mr Renn could win here,” he said.", True),
    (_WON + "“Nobody believed Minister Renn could win here,” he said.", True),
    (_WON + "“Nobody believed Councillor Renn could win here,” he said.", True),
    # Near-miss: an honorific of the other sex names a relative.
    (_WON + "“Mrs. Renn has run the shop for years,” he said.", False),
    (_WON + "“Ms Renn has run the shop for years,” he said.", False),
]


@pytest.mark.parametrize(("article", "lowered"), SELF_TITLES)
def test_a_pronoun_speaker_the_quote_calls_by_title_is_unclear(article: str, lowered: bool) -> None:
    [(speaker, confidence)] = _direct(article)
    assert speaker == "Bo Renn"
    assert (confidence < 0.5) == lowered


NAMED_AFTER_WHO = [
    # "One of the players who scored, Tom Vane,": the one brought in is named.
    (
        "One of the players who scored, Tom Vane, spoke after the match. “We deserved it,” the"
        " man said.",
        "Tom Vane",
    ),
    # Near-miss: someone brought in unnamed, another named after a comma of the clause.
    (
        "Tom Vane scored twice.||One fan who stood behind the goal, near Ada Kerr's stand, said"
        " he saw Vane cry. “We deserved it,” the man said.",
        "the man",
    ),
]


@pytest.mark.parametrize(("article", "speaker"), NAMED_AFTER_WHO)
def test_someone_named_right_after_who_is_no_unnamed_one(article: str, speaker: str) -> None:
    assert _direct(article)[-1][0] == speaker


TRADES = [
    # A former trade leaves room for a new one.
    (
        "Former boxer Tom Vane starred in a new film released on Friday.||Vane spoke at the"
        " premiere.||“Acting is harder than fighting,” the actor said.",
        "Tom Vane",
    ),
    # A trade before the name that is another's, its verb between.
    (
        "A surgeon treated Tom Vane after the crash at the track.||Vane, 29, was back in the"
        " car on Friday.||“I feel great,” the footballer said.",
        "Tom Vane",
    ),
    # Near-miss: his trade right before his name, another family's noun after.
    (
        "Real-estate developer Tom Vane bought the pier on Friday.||Vane spoke at the"
        " opening.||“The pier will be saved,” the retired surgeon said.",
        "the retired surgeon",
    ),
]


@pytest.mark.parametrize(("article", "speaker"), TRADES)
def test_only_a_current_trade_before_the_name_clashes(article: str, speaker: str) -> None:
    assert _direct(article)[-1][0] == speaker

"""Descriptions: a body's description opening a sentence stays under the plain ways'
confidence, and a profile noun in a round-up is the person its passage is about.

Each case is a short invented article (paragraphs joined by "||") and what its direct quote
must get.
"""

from __future__ import annotations

import pytest

from store.models import Article, QuoteKind
from store.quotes.extract import extract_quotes

_PLAIN = 0.9  # the plain ways' floor a description must stay under


def _direct(article: str) -> list[tuple[str | None, float]]:
    paragraphs = tuple(article.split("||"))
    quotes = extract_quotes(Article(title="Town news", paragraphs=paragraphs)).quotes
    return [(q.speaker, q.confidence) for q in quotes if q.kind == QuoteKind.DIRECT]


SENTENCE_OPENING_BODIES = [
    # A kind noun capitalised only because it opens the sentence: no body named.
    (
        "Ferry tickets cost more in Dunmore.||The company said on Monday: “Tickets will cost"
        " four percent more from May.”",
        "The company",
    ),
    (
        "Voters in Dunmore will choose a mayor on Sunday.||Her campaign sent an email on Friday"
        " stating, “Ada Kerr will fight for every family in this town.”",
        "Her campaign",
    ),
    (
        "Fares rise in Dunmore.||His office said: “Fares will rise by four percent from May.”",
        "His office",
    ),
]


@pytest.mark.parametrize(("article", "speaker"), SENTENCE_OPENING_BODIES)
def test_a_body_described_at_a_sentence_start_stays_under_the_plain_ways(
    article: str, speaker: str
) -> None:
    [(got, confidence)] = _direct(article)
    assert got == speaker
    assert confidence < _PLAIN


NAMED_BODIES = [
    # A body's own name keeps the plain confidence, "The" or not.
    "Fares rise.||The Dunmore Transit Authority said: “Fares will rise by four percent from May.”",
    "Fares rise.||Dunmore Transit said: “Fares will rise by four percent from May.”",
]


@pytest.mark.parametrize("article", NAMED_BODIES)
def test_a_named_body_keeps_its_confidence(article: str) -> None:
    [(_, confidence)] = _direct(article)
    assert confidence >= _PLAIN


_ROUND_UP = (
    "Three candidates named their favourite shows this week.||Tom Vane, the senator, said he"
    " watches the news. “I never miss it,” Vane said.||Ada Kerr picked a cooking show. “It"
    " relaxes me,” Kerr said.||"
)
_STORY = (
    "Tom Vane, the senator, said he reads history every night. Vane said he likes long books."
    "||Vane added that he reads on planes. “I never sleep on a plane,” Vane said.||"
)
ROUND_UPS = [
    # Vane and Kerr are named more, but the passage before the noun is Renn's alone.
    (
        _ROUND_UP + "Bo Renn, the front-runner and former host of a quiz show, listed a comedy as"
        " his guilty pleasure.||“It is the funniest show on television,” the billionaire"
        " developer told reporters.",
        "Bo Renn",
    ),
    (
        _ROUND_UP + "Bo Renn listed a comedy as his guilty pleasure.||“It is the funniest show"
        " on television,” the retired surgeon told reporters.",
        "Bo Renn",
    ),
    # Near-miss: a story about Vane, who may be the noun as well as Renn.
    (
        _STORY + "Bo Renn listed a comedy as his guilty pleasure.||“It is the funniest show"
        " on television,” the billionaire developer told reporters.",
        "the billionaire developer",
    ),
    # Near-miss: the passage names two people, so the noun could be either.
    (
        _ROUND_UP + "Bo Renn listed a comedy as his guilty pleasure, and so did Lou Dorn.||“It"
        " is the funniest show on television,” the billionaire developer told reporters.",
        "the billionaire developer",
    ),
    # Near-miss: someone else named in the passage, if only as an object.
    (
        _ROUND_UP + "Bo Renn listed a comedy as his guilty pleasure, unlike Lou Dorn.||“It is"
        " the funniest show on television,” the billionaire developer told reporters.",
        "the billionaire developer",
    ),
    # Near-miss: a part in an event, not a profile, is as often a bystander.
    (
        _ROUND_UP + "Bo Renn listed a comedy as his guilty pleasure.||“It is the funniest show"
        " on television,” the passenger told reporters.",
        "the passenger",
    ),
]


@pytest.mark.parametrize(("article", "speaker"), ROUND_UPS)
def test_a_profile_noun_in_a_round_up_is_its_passage_person(article: str, speaker: str) -> None:
    got = _direct(article)
    assert got[-1][0] == speaker
    assert got[-1][1] < _PLAIN


_VANE = "Tom Vane said on Monday he would run for mayor of Dunmore.||Vane spoke at the quay.||"
COMPOUND_PROFILES = [
    # A profile noun one word makes narrower is still who he is.
    (_VANE + "“We will rebuild this town,” the retired neurosurgeon said.", "Tom Vane"),
    (_VANE + "“We will rebuild this town,” the neuroscientist said.", "Tom Vane"),
    # Near-miss: a part played in an event stays a description, compound or not.
    (_VANE + "“We will rebuild this town,” the bystander said.", "the bystander"),
]


@pytest.mark.parametrize(("article", "speaker"), COMPOUND_PROFILES)
def test_a_compound_profile_noun_is_the_passage_person(article: str, speaker: str) -> None:
    assert _direct(article)[-1][0] == speaker


BODIES_CALLED_IT = [
    # A name the cast files as a person's, that narration calls "it": the body.
    (
        "Harbor Insider also spoke about the ferry but said it had no link to the line.||“We"
        " regret the delay,” the company said in a note.",
        "Harbor Insider",
    ),
    (
        "The league lost its sponsor, Bright Tide. Bright Tide posted a notice saying it ended"
        " the deal with sorrow.||“For us, this season meant a hard choice,” the group said.",
        "Bright Tide",
    ),
    # Near-miss: no "it" after the name, which may be a person's the cast cannot sex.
    (
        "Harbor Insider spoke about the ferry on Monday.||“We regret the delay,” the company"
        " said in a note.",
        "the company",
    ),
    # Near-miss: a known first name is a person's, "it" or not.
    (
        "Ada Kerr said it had no link to the line.||“We regret the delay,” the company said in"
        " a note.",
        "the company",
    ),
    # Near-miss: "the agency" needs a public body's name.
    (
        "Harbor Insider said it had no formal tie.||“We are sorry to hear it,” the agency said"
        " in a statement.",
        "the agency",
    ),
]


@pytest.mark.parametrize(("article", "speaker"), BODIES_CALLED_IT)
def test_a_name_narration_calls_it_is_the_body_a_bare_noun_means(
    article: str, speaker: str
) -> None:
    assert _direct(article)[-1][0] == speaker


OWNED_PUBLIC_BODIES = [
    # A government's body brought in by its owner's possessive, then quoted by its noun.
    (
        "A Dover official warned Ardia to be careful, while Ardia’s foreign ministry also"
        " weighed in.||“Outside countries should keep their promises,” the ministry said.",
        "Ardia’s foreign ministry",
    ),
    (
        "Dover's transit agency cut two bus lines on Monday.||“We had no choice,” the agency"
        " said in a statement.",
        "Dover's transit agency",
    ),
    # Near-miss: two ministries described, so the noun could be either.
    (
        "Ardia’s foreign ministry and Dover’s defence ministry both weighed in.||“Outside"
        " countries should keep their promises,” the ministry said.",
        "the ministry",
    ),
    # Near-miss: described three paragraphs before, too far to be sure.
    (
        "Ardia’s foreign ministry weighed in.||Talks went on.||Ships sailed.||“Outside"
        " countries should keep their promises,” the ministry said.",
        "the ministry",
    ),
]


@pytest.mark.parametrize(("article", "speaker"), OWNED_PUBLIC_BODIES)
def test_a_bare_public_noun_is_the_body_a_possessive_brought_in(article: str, speaker: str) -> None:
    assert _direct(article)[-1][0] == speaker


PAIRED_SUBJECTS = [
    # Two people joined as one subject: the noun could be either.
    (
        "Two children, Mia Loft, 15, and Tom Reed, 16, were rescued from the river.||“The water"
        " was so cold,” the teenager said.",
        "the teenager",
    ),
    (
        "Mia Loft, a pupil, and Tom Reed were rescued from the river.||“The water was so cold,”"
        " the teenager said.",
        "the teenager",
    ),
    # Near-miss: the other one is an object, not part of the subject.
    (
        "Mia Loft, 15, was rescued from the river on Monday by Tom Reed.||“The water was so"
        " cold,” the teenager said.",
        "Mia Loft",
    ),
    (
        "Mia Loft, 15, was rescued from the river on Monday.||“The water was so cold,” the"
        " teenager said.",
        "Mia Loft",
    ),
]


@pytest.mark.parametrize(("article", "speaker"), PAIRED_SUBJECTS)
def test_a_profile_noun_after_a_paired_subject_stays_a_description(
    article: str, speaker: str
) -> None:
    assert _direct(article)[-1][0] == speaker


UNNAMED_PLAIN_NOUNS = [
    # "the man" after someone brought in unnamed in its paragraph: not the man named since.
    (
        "Ali Vosk skated at the rink on Friday.||Another Bulgarian who trains at the rink and who"
        " would not give his name said he saw Vosk shout at a coach. “I think the ban is"
        " unfair,” the man said.",
        "the man",
    ),
    # Near-miss: no one unnamed in the paragraph, so the man just named.
    (
        "Ali Vosk skated at the rink on Friday.||Ali Vosk spoke to reporters. “I think the ban is"
        " unfair,” the man said.",
        "Ali Vosk",
    ),
]


@pytest.mark.parametrize(("article", "speaker"), UNNAMED_PLAIN_NOUNS)
def test_a_plain_noun_after_someone_unnamed_is_not_the_named(article: str, speaker: str) -> None:
    assert _direct(article)[-1][0] == speaker


LATER_JUDGES = [
    # "The judge tapped his pen" read before is the same noun, not someone found: the one
    # judge named later is meant, and "the other defending me" sets him in no other court.
    (
        "The hearing opened at nine. The judge tapped his pen on the bench and then sighed."
        " “Everything you have said has overlapped,” the judge exclaimed.||The two farmers stood"
        " far apart, one blaming the weather, the other blaming the seed, but still"
        " Judge Rowe said he saw no difference.||Later, Judge Rowe handed down his sentence.",
        "Rowe",
    ),
    # Near-miss: a judge of another county is not the story's.
    (
        "The hearing opened at nine. “Everything you have said has overlapped,” the judge"
        " exclaimed.||In another county, Judge Rowe handed down a sentence.||Judge Rowe spoke to"
        " reporters.",
        "the judge",
    ),
    # Near-miss: two judges named later, so no telling which.
    (
        "The hearing opened at nine. The judge tapped his pen. “Everything you have said has"
        " overlapped,” the judge exclaimed.||Judge Rowe and Judge Lenz later met.",
        "the judge",
    ),
]


@pytest.mark.parametrize(("article", "speaker"), LATER_JUDGES)
def test_the_judge_is_the_one_judge_named_later(article: str, speaker: str) -> None:
    assert _direct(article)[0][0] == speaker


PAPERS_IN_APPOSITION = [
    # Narration says what the body is right after its name: the bare noun's kind.
    (
        "The Harbor Union Leader, Dover's oldest newspaper, has printed three pieces on the port."
        "||“Kerr folded like a gambler,” the editorial board recently wrote.",
        "Harbor Union Leader",
    ),
    # A modifier that only describes the body keeps the noun's kind.
    (
        "In a scathing piece, The Dover Herald called on Vane to drop out.||“He needs to stop"
        " blaming everyone else,” the liberal-leaning newspaper wrote.",
        "Dover Herald",
    ),
    # Near-miss: an appositive of another kind.
    (
        "The Harbor Union Leader, a local charity, praised the plan.||“Kerr folded like a"
        " gambler,” the newspaper wrote.",
        "the newspaper",
    ),
    # Near-miss: a modifier that sets another body apart.
    (
        "In a scathing piece, The Dover Herald called on Vane to drop out.||“He needs to stop"
        " blaming everyone else,” the rival newspaper wrote.",
        "the rival newspaper",
    ),
]


@pytest.mark.parametrize(("article", "speaker"), PAPERS_IN_APPOSITION)
def test_a_bare_noun_is_the_body_narration_called_so(article: str, speaker: str) -> None:
    assert _direct(article)[-1][0] == speaker


_DEVELOPER = (
    "Real-estate developer Tom Vane said on Monday he would run for mayor of Dunmore.||Vane"
    " spoke to supporters at the quay.||“We will rebuild this town,” the "
)
TRADE_CLASHES = [
    # A trade of another family than the one written before his name: someone else.
    (_DEVELOPER + "retired surgeon said.", "the retired surgeon"),
    (_DEVELOPER + "chef said.", "the chef"),
    # Near-miss: a trade of the same family, or a standing, is still him.
    (_DEVELOPER + "businessman said.", "Tom Vane"),
    (_DEVELOPER + "billionaire said.", "Tom Vane"),
    # Near-miss: nothing said what he does.
    (
        "Tom Vane said on Monday he would run for mayor of Dunmore.||Vane spoke to supporters"
        " at the quay.||“We will rebuild this town,” the retired surgeon said.",
        "Tom Vane",
    ),
]


@pytest.mark.parametrize(("article", "speaker"), TRADE_CLASHES)
def test_a_trade_of_another_family_is_someone_else(article: str, speaker: str) -> None:
    assert _direct(article)[-1][0] == speaker


OWN_CLAUSES = [
    # A description opening a clause of its own is someone else than the sentence's names.
    (
        "Tom Vane took on Ada Kerr on Sunday after the Democratic frontrunner had said on"
        " Saturday that he was becoming a liar.",
        "the Democratic frontrunner",
    ),
    (
        "Tom Vane toured the quay on Sunday as the businessman said that taxes would rise.",
        "the businessman",
    ),
    # Near-miss: a new sentence may well mean the person just named.
    (
        "Tom Vane toured the quay on Sunday.||The businessman said that taxes would rise.",
        "Tom Vane",
    ),
]


@pytest.mark.parametrize(("article", "speaker"), OWN_CLAUSES)
def test_a_description_opening_its_own_clause_is_someone_else(article: str, speaker: str) -> None:
    quotes = extract_quotes(Article(title="Town news", paragraphs=tuple(article.split("||"))))
    assert [q.speaker for q in quotes.quotes if "taxes" in q.text or "liar" in q.text] == [speaker]


DOCUMENT_ISSUERS = [
    # The verb that sent the document names its issuer.
    (
        "Ada Kerr, vice chairwoman of the Vane campaign, emailed supporters on Monday.||The email"
        " goes on to say: “Tom Renn wants to write fear into our law books.”",
        "Ada Kerr",
    ),
    (
        "Bo Renn wrote a letter to the board on Monday.||“The plan must stop,” the letter said.",
        "Bo Renn",
    ),
    # A body's ad speaks for the body, "for" or "of" inside its name.
    (
        "The Club for Harbors is spending money on ads.||One Club for Harbors ad, which is airing"
        " now, argues that “only Ada Kerr can beat Tom Vane.”",
        "Club for Harbors",
    ),
    # Near-miss: nobody sent the letter that narration names.
    (
        "Bo Renn read about the plan on Monday.||“The plan must stop,” the letter said.",
        "the letter",
    ),
]


@pytest.mark.parametrize(("article", "speaker"), DOCUMENT_ISSUERS)
def test_a_document_speaks_for_whoever_sent_it(article: str, speaker: str) -> None:
    assert _direct(article)[-1][0] == speaker


REPLY_STATEMENTS = [
    # The sentence before reports a body's reply: the statement is that reply.
    (
        "The filings do not explain the payments.||The Vane campaign replied late on Tuesday that"
        " its depot was now bigger. “Also, Mr. Vane gives two million dollars a month,” the"
        " statement said.",
        "The Vane campaign",
    ),
    # Near-miss: no reply reported, so no owner known.
    (
        "The filings do not explain the payments.||Tom Vane spoke on Tuesday. “Also, Mr. Vane"
        " gives two million dollars a month,” the statement said.",
        "the statement",
    ),
    # Near-miss: the reply is in another paragraph.
    (
        "The Vane campaign replied late on Tuesday that its depot was now bigger.||“Also,"
        " Mr. Vane gives two million dollars a month,” the statement said.",
        "the statement",
    ),
]


@pytest.mark.parametrize(("article", "speaker"), REPLY_STATEMENTS)
def test_a_statement_right_after_a_reported_reply_is_the_reply(article: str, speaker: str) -> None:
    assert _direct(article)[-1][0] == speaker


SELF_TITLED_QUOTES = [
    # The quote calls its pronoun's speaker by title: a guess no better than unclear.
    (
        "Bo Renn won the county. Renn thanked his staff.||“Some doubted that the farm towns"
        " would ever warm to Senator Renn's plan,” he said.",
        True,
    ),
    # Near-miss: the title is inside words the quote quotes in turn.
    (
        "Bo Renn won the county. Renn thanked his staff.||“They say to me, ‘Senator Renn, you are"
        " a lawyer,’ and I listen,” he said.",
        False,
    ),
    # Near-miss: no title, or another person's.
    (
        "Bo Renn won the county. Renn thanked his staff.||“I will carry the state for Senator"
        " Kerr,” he said.",
        False,
    ),
]


@pytest.mark.parametrize(("article", "unclear"), SELF_TITLED_QUOTES)
def test_a_pronoun_speaker_the_quote_calls_by_title_is_unclear(article: str, unclear: bool) -> None:
    [(speaker, confidence)] = _direct(article)
    assert speaker == "Bo Renn"
    assert (confidence < 0.5) == unclear

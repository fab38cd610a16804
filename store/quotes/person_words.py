"""Which nouns can head a speaker's description: people and bodies, never times, places, things.

A part of the extraction's lexicon (lexicon.py is full), read by mentions.py: after a
determiner any noun phrase reads as a description ("the gambling tycoon", "the crowd"), so a
cue's subject such as "the days" or "the same mosque" was taken for a speaker. A description
now needs a head that can speak: a role or body word of the lexicon, a noun of the lists below
(people, bodies, writings that are quoted), or a noun with an agent ending that is no thing
("economist", "comedian", "retiree").
"""

from __future__ import annotations

import re

from store.quotes.lexicon import (
    IRREGULAR_PLURALS,
    KIN_WORDS,
    ORGANISATION_WORDS,
    PERSON_NOUNS_LIKE_ADJECTIVES,
    ROLE_WORDS,
    word_set,
)
from store.quotes.statement_words import (
    REPORTED_COUNT_WORDS,
    REPORTED_DOCUMENT_HEADS,
    REPORTED_PERSON_NOUNS,
)

# Nouns for people, groups of people and bodies that the lexicon's role and organisation
# words lack (read singular: "admirers" is "admirer"), and the family relations.
PEOPLE_NOUNS = word_set(
    """
    boy girl child kid baby teen teenager youth adult man woman gentleman lady guy
    fiance fiancee partner spouse paramour friend
    neighbor neighbour mate couple pair trio quartet crowd audience congregation electorate
    public panel jury band orchestra choir team squad crew faction camp circle
    admirer critic detractor defender opponent competitor rival challenger contender
    frontrunner winner loser veteran graduate alumnus alumna student pupil teacher doctor nurse
    surgeon soldier officer agent detective sheriff deputy trooper guard pilot driver passenger
    traveler traveller tourist visitor shopper diner worker farmer miner builder developer
    designer investor banker trader dealer broker owner landlord tenant employer boss
    actor actress singer star celebrity comedian performer artist musician rapper dancer
    narrator announcer moderator commentator blogger commenter reviewer critic poet novelist
    speechwriter surrogate confidant associate colleague assistant protege mentor
    tycoon mogul magnate billionaire millionaire giant heavyweight lightweight showman legend
    villain hero heckler protester protestor demonstrator marcher picketer rioter celebrant
    bystander witness survivor victim suspect gunman shooter assailant attacker killer
    prisoner inmate defendant plaintiff petitioner applicant migrant immigrant refugee
    objector complainant claimant signatory juror
    citizen countryman voter superdelegate delegate elder descendant ancestor founder
    bishop archbishop cardinal priest rabbi imam monk nun preacher minister dean provost
    barrister solicitor umpire referee coach manager contractor watchdog provocateur
    impersonator impostor doppelganger enabler introducer unifier moderate independent
    hawk dove insurgent rebel militant fighter jihadist extremist radical loyalist
    committeeman committeewoman councilman councilwoman alderman legislature
    nation country government administration campaign firm company industry community
    architect engineer accountant plumber electrician carpenter chef cook waiter waitress
    clerk cashier janitor firefighter paramedic physician dentist pharmacist scholar
    lecturer tutor questioner interviewer caller listener viewer pundit observer onlooker
    spectator fan supporter percent majority half
    docker vendor commuter grandparent villager townsfolk pensioner taxpayer ratepayer consumer
    caregiver carer rancher trucker hiker camper parishioner worshipper pilgrim mourner
    canvasser campaigner laborer labourer striker settler squatter renter lodger buyer
    subscriber entrant contestant swimmer skater wrestler golfer logger grower herder grocer
    apprentice cadet sailor educator nanny merchant peddler hawker busker expat emigrant
    nomad agitator proponent advocate sponsor
    """
) | KIN_WORDS  # "the twin said", "his stepson told"
# Sports, trades, ranks and titles of people the lists above lacked ("the boxer said"), and
# doers in "-er" that are people, never things ("one dissenter"; not "a loudspeaker").
PEOPLE_NOUNS = PEOPLE_NOUNS | word_set(
    """
    boxer champion footballer cricketer jockey gymnast sprinter racer climber skier surfer rower
    photographer presenter producer entrepreneur baker butcher midwife councillor headteacher
    headmistress sergeant corporal lieutenant colonel superintendent vicar chaplain baroness
    monarch princess duke duchess emperor toddler schoolgirl schoolboy youngster
    angler fisherman goalkeeper bartender shopkeeper welder beekeeper winemaker publican
    crofter fishmonger hairdresser cabbie cyclist
    dissenter digger diver cleaner lifter bidder gardener painter decorator jogger rambler
    bather boater rescuer caterer plasterer roofer bricklayer walker hunter trapper kayaker
    paddler helper
    """
)
# Bodies that speak as one, written by their common noun ("the airline said", "the charity
# said"): the lexicon's organisation words name only the commonest.
BODY_NOUNS = word_set(
    """
    airline carrier retailer supermarket insurer lender bank brewer carmaker automaker
    manufacturer publisher broadcaster operator hospital clinic charity military opposition
    regime junta prosecution league club school museum ngo union brigade utility provider railway
    trust chain consortium cooperative co-operative co-op franchise
    """
)
# Writings and recordings a direct quote may be read from ("the suit says", "one message
# read", "the column said"): their words are quoted as a speaker's are.
TEXT_NOUNS = word_set(
    """
    message suit column caption sign banner placard slogan headline tweet text ad advert
    commercial voiceover script invitation flyer flier leaflet mailer poster card piece opinion
    clip footage recording brief
    """
)
# The same, written as two words whose last is no noun: "a voice over said".
TEXT_COMPOUNDS = frozenset({"voice over", "write up", "print out"})
# Agent endings of nouns for people ("economist", "comedian", "retiree", "surgeon",
# "chairmen", "harbour master", "shopkeeper", "policymaker").
_AGENT_ENDING = re.compile(
    r".{3,}(?:ist|ian|ee|eer|eon|man|men)$"
    r"|.*(?:master|keeper|maker|holder|seller|goer|watcher|runner|worker|owner|rider)$"
)
# Words with those endings that are things or states, never people.
_NOT_AGENTS = word_set(
    """
    list wrist twist mist fist gist exist assist insist resist persist consist desist
    degree knee tree free glee fee decree spree guarantee jubilee coffee toffee pedigree
    career veneer neon pantheon specimen abdomen
    """
)
# Words that tie a speaker's noun to what follows it: "a source familiar with his thinking",
# "an aide close to the mayor", "a spokesman for the ministry".
SPEAKER_LINKS = word_set("familiar close near of for at with from in on to")
# Object pronouns: a description never holds one ("Kerr's comments make him wish
# Republicans", "accused her of making racist"): a clause was read as a noun phrase.
OBJECT_PRONOUNS = word_set("him her them us me")
# Prefixes a person's noun keeps its speaking with: "ex-boxer", "co-owner", "vice-captain".
_PREFIX = re.compile(r"^(?:ex|co|vice)-(?=[a-z]{3})")
# "the 46-year-old": an age stands for the person of that age.
_AGED = re.compile(r"\d+-year-old")
_SPEAKING_NOUNS = (
    ROLE_WORDS
    | ORGANISATION_WORDS
    | IRREGULAR_PLURALS
    | PERSON_NOUNS_LIKE_ADJECTIVES
    | REPORTED_PERSON_NOUNS
    | REPORTED_COUNT_WORDS
    | PEOPLE_NOUNS
    | BODY_NOUNS
    | REPORTED_DOCUMENT_HEADS
    | TEXT_NOUNS
)


def can_speak(head: str) -> bool:
    """True for a head noun that can stand for a speaker: "tycoon", "allies", "the two"."""
    word = head.casefold().removesuffix("’s").removesuffix("'s")
    # "the ex-boxer", "a co-founder", "the vice-chair": the noun after the prefix speaks.
    word = _PREFIX.sub("", word)
    if _AGED.fullmatch(word) or word in _SPEAKING_NOUNS:
        return True
    noun = singular(word)
    if noun in _SPEAKING_NOUNS:
        return True
    return agent_noun(noun)


def prefixed(word: str) -> bool:
    """True for a noun after "ex-", "co-" or "vice-": "ex-boxer", "co-owner"."""
    return _PREFIX.match(word.casefold()) is not None


def agent_noun(noun: str) -> bool:
    """True for a singular noun with an agent's ending: "economist", "shopkeeper"."""
    return noun not in _NOT_AGENTS and bool(_AGENT_ENDING.fullmatch(noun))


def singular(word: str) -> str:
    """The noun without its plural ending ("allies", "admirers", "witnesses")."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


PEOPLE_LINKS = frozenset(("at", "of", "for", "from", "with"))  # "officials at", "analysts for"


def people_of(chunk: str, name_at: int) -> bool:
    """True for people named by the body whose name starts at `name_at`: "Officials at Dock
    Security", "Two analysts for Harbour Bank" (then ", a unit of the city, said" is an
    appositive)."""
    head = chunk[:name_at].split()
    if not 2 <= len(head) <= 3 or head[-1].casefold() not in PEOPLE_LINKS:
        return False
    return can_speak(head[-2])


# "researchers at", "two analysts for": the people of a body before its name, opening a
# clause (a sentence's start, or after a comma), not inside an appositive ("Per Lund, an
# organizer with the Union, said" is Lund's).
_PEOPLE_BEFORE = re.compile(
    r"(?:^|(?<=[,;:.!?]\s))(?:(?:[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Mm]any|[Oo]ther|[Tt]he)\s+)?"
    r"(?P<noun>[A-Za-z]+)\s+(?:at|for|from|with)\s+$"
)


# "…, one of the people said": a part of the people named, after a clause's comma.
_PART_BEFORE = re.compile(
    r"(?<=[,;:]\s)(?:[Oo]ne|[Tt]wo|[Tt]hree|[Aa]nother|[Ss]ome|[Ss]everal|[Mm]any)\s+of\s+$"
)


def people_before(text: str, at: int) -> int:
    """Where the people of a body named at `at` begin ("…, researchers at the University of
    Calder said"), or the part of the people named there ("…, one of the officials said"):
    their noun opens the speaker's words, not the body's name; else `at`."""
    part = _PART_BEFORE.search(text, max(0, at - 20), at)
    if part is not None:
        return part.start()
    match = _PEOPLE_BEFORE.search(text, max(0, at - 40), at)
    return match.start() if match is not None and can_speak(match["noun"]) else at

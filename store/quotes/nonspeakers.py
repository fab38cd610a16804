"""Subjects before a speech verb that name no speaker: a nationality, a place, a poll's share.

Quoted words inside a paraphrase often stand right after a second, inner subject and verb: "Kerr
said she was sure that Danes would say “no”", "In the poll, 52 percent said “…”", "a nurse in
Dunmore, Vermont, told her “…”". That inner subject is no one who can be credited: a nationality
("Americans", "Mexican") is a people, a place after a preposition or a town's comma is where
someone is (the person before the town speaks: owner_of_place gives "Ada Kerr of Dunmore,
Vermont, says" to Kerr), and a share of a sample ("half of voters", "six in 10 Republicans")
in a paragraph naming its poll is that poll's finding; a counted share ("52 percent of voters",
"the share of voters") is one whether or not the poll is named.
A capitalised common word opening the sentence ("Nobody asked", "Research suggests") is no
name either (common_words.py). Their speech events are dropped, so the quote falls to the
paraphrase's own speaker ("Kerr") or to nobody.

"so-called" and "self-described" are no cues: "the so-called Dunmore “thieves”" names no one
who called them so.
A place that opens its own clause stays a speaker: "Ohio said it would appeal" is the
state's government speaking.
"""

from __future__ import annotations

import re

from store.quotes.common_words import DEMONYMS, fragment, lone_common_word
from store.quotes.lexicon import word_set
from store.quotes.mentions import Mention, MentionKind, read_mention
from store.quotes.sentence_openings import opens_sentence
from store.quotes.speakers import Person
from store.quotes.tag_words import STATE_NAMES
from store.quotes.titled_persons import titled_name

# Countries and regions, a speaker only when they open their own clause ("Iraq said").
COUNTRIES = word_set(
    """
    america iraq iran syria mexico china russia japan korea israel afghanistan pakistan india
    canada europe africa asia britain england france germany italy spain cuba ukraine turkey
    egypt libya yemen lebanon jordan
    """
)
_PLACES = COUNTRIES | STATE_NAMES

# "in Dunmore, Vermont," / "from Iraq": a place right after a preposition or a town's comma.
_PLACED = re.compile(r"(?:\b(?:in|from|of|at|near|to)\s+|[A-Z][\w.’'-]*,\s*)$")
# "52 percent of", "52% of", "half of", "six in 10": a share of a poll's sample before the
# subject, within its own clause (no comma or clause mark between). Each needs its "of" or
# "in 10": "the majority leader", "a third-term senator" are people.
_SHARE = re.compile(
    r"(?:\d\s*(?:%|percent|per\s+cent)\s+of|\b(?:half|two-thirds|a\s+third|a\s+quarter|"
    r"a\s+majority|a\s+plurality)\s+of|\w\s+in\s+(?:10|ten))\b[^,;:.!?]{0,60}$",
    re.I,
)
# A counted share: "52 percent of voters", "the share of Republicans", "Some 22 percent".
_COUNTED = re.compile(
    r"(?:\d\s*(?:%|percent|per\s+cent)\s+of|\bthe\s+(?:share|proportion|percentage)\s+of)"
    r"\b[^,;:.!?]{0,60}$",
    re.I,
)
# "52 percent said", "Some 22 percent said": the share alone as the subject ("a 71-year-old"
# is a person).
_SHARE_ALONE = re.compile(
    r"^\s*(?:[A-Za-z]+\s+){0,2}\d[\d,.]*\s*(?:%|percent\b|per\s+cent\b)", re.I
)
_SHARE_REACH = 80
# "anybody who", "Anyone who", "no one who": a relative that stands for no one in particular.
_ANYONE_REACH = 16
_ANYONE_WHO = re.compile(r"\b(?:[Aa]ny|[Ee]very|[Ss]ome|[Nn]o)(?:body|one|\s+one)\s+who$")
# "so-called", "self-described" end on cue verbs; what follows them is the thing labelled.
_SO_CALLED = re.compile(r"\b(?:so-called|self-described|self-styled)\s+(?:the\s+)?$", re.I)


def names_nobody(
    mention: Mention, text: str, speaker: Person | None, lower_words: frozenset[str] = frozenset()
) -> bool:
    """True when the subject a speech verb was read with is a nationality, a place inside
    someone's description, a share of a sample, or a common word that opens the sentence:
    no speaker to credit. A surname the article gave a full name before stays its person
    ("Mark Cuban ... Cuban said")."""
    if _full_name_of(speaker, mention):
        return False
    if mention.kind == MentionKind.RELATIVE and _anyone_who(text, mention.end):
        return True  # "saying anybody who complains “is …”": no one, the cue's no quote's
    opening = opens_sentence(text, mention.start)
    if not titled_name(speaker) and lone_common_word(mention, lower_words, opening):
        return True  # "Nobody asked", "Research suggests": a capital that opens a sentence
    if fragment(mention):
        return True  # "pledged a", "a member of the", "The senator emailed supporters"
    words = [w.strip(".,’'").casefold() for w in mention.text.split()]
    head = [w for w in words if w not in ("the", "so-called")]
    if head and all(w in DEMONYMS for w in head) and words[0] != "the":
        return True  # "Americans will say": a people ("The Russians said": a government)
    before = text[max(0, mention.start - _SHARE_REACH) : mention.start]
    if "-" in before and _SO_CALLED.search(before):  # each of its words has a hyphen
        return True  # "so-called Dunmore “thieves”": a label the writer distances, no cue
    if head and " ".join(head) in _PLACES and _PLACED.search(before):
        return True
    subject = before + mention.text
    # _COUNTED ends each opening with "of" (no case folding maps other letters to o or f).
    counted = "of" in subject.lower() and _COUNTED.search(subject) is not None
    if _SHARE_ALONE.match(mention.text) or counted:
        return True  # a counted share is a finding, never one speaker, poll named or not
    return bool(_share(subject)) and _names_its_poll(text, mention.start)


def _anyone_who(text: str, end: int) -> bool:
    """True for a "who" that ends "anybody who", "everyone who", "no one who"."""
    return _ANYONE_WHO.search(text, max(0, end - _ANYONE_REACH), end) is not None


def _names_its_poll(text: str, at: int) -> bool:
    """True when the paragraph before a share names the poll it comes from: the poll found
    it ("In the Post's poll, half of voters said"). A share alone ("Half of voters said") is
    as near a speaker as a share gets, and keeps its words."""
    return bool(_POLL.search(text, 0, at))


_POLL = re.compile(r"\b(?:poll|polls|survey|surveys)\b", re.I)


def _share(words: str) -> re.Match[str] | None:
    """_SHARE searched from the last punctuation on: no match holds one, and the search is
    then spared the words before it, each tried at every letter (ignoring case: slow)."""
    last = max(words.rfind(","), words.rfind(";"), words.rfind(":"), words.rfind("."))
    return _SHARE.search(words, max(last, words.rfind("!"), words.rfind("?")) + 1)


def _full_name_of(speaker: Person | None, mention: Mention) -> bool:
    """True when a lone word resolved to a person's full name ending in it: a surname."""
    if speaker is None or speaker.name.casefold() == mention.text.casefold():
        return False
    return " " in speaker.name and speaker.name.endswith(mention.text)


# "Ada Kerr of Dunmore, Vermont, says": the person before a town and its state.
_OF_TOWN = re.compile(r"\s+(?:of|from|in)\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2},\s*$")
_OWNER_KINDS = frozenset((MentionKind.NAME, MentionKind.DESCRIPTION))


def owner_of_place(mention: Mention, text: str) -> Mention:
    """The person a place read as a verb's subject belongs to ("Ada Kerr of Dunmore,
    Vermont, says" is Kerr's, "a nurse from Dunmore, Vermont, told" the nurse's), else the
    mention itself."""
    if mention.text.casefold() not in _PLACES:
        return mention
    town = _OF_TOWN.search(text, 0, mention.start)
    if town is None:
        return mention
    sentence = text.rfind(". ", 0, town.start()) + 1
    owner = read_mention(text[sentence : town.start()], sentence)
    return owner if owner is not None and owner.kind in _OWNER_KINDS else mention

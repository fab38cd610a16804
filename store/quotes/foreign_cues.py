"""Inverted credits of French and German copy after a quote's closing mark.

"« … », a déclaré Ada Kerr, porte-parole", "« … », a-t-elle ajouté", "„…“, sagte Bo Renn in
Kassel", "„…“, so Renn": the English verb lists never see these, so the quote went
uncredited or, worse, was carried on from the speaker before. A credit of this shape that
names nobody we can read still stands as the quote's own cue: it stops the carry.
"""

from __future__ import annotations

import re
from dataclasses import replace

from store.quotes.attributions import Event
from store.quotes.first_names import FIRST_NAMES
from store.quotes.marks import MASK
from store.quotes.mentions import Mention, MentionKind, read_mention
from store.quotes.moved import moved
from store.quotes.people import position
from store.quotes.speakers import Cast

# Past participles after "a" / "a-t-il" and present forms inverted after the mark.
_FRENCH_PARTICIPLES = (
    "déclaré|estimé|affirmé|expliqué|indiqué|souligné|ajouté|dit|précisé|assuré|confié|"
    "raconté|poursuivi|commenté|reconnu|répondu|confirmé|insisté|lancé|martelé|regretté"
)
_FRENCH_PRESENT = (
    "déclare|estime|affirme|explique|indique|souligne|ajoute|dit|précise|assure|confie|"
    "raconte|poursuit|commente|reconnaît|répond|confirme|insiste|lance|martèle|regrette"
)
_GERMAN_VERBS = (
    "sagte|sagt|erklärte|erklärt|betonte|betont|meinte|meint|erzählte|erzählt|warnte|"
    "warnt|kritisierte|kritisiert|berichtete|berichtet|ergänzte|ergänzt|versicherte"
)
# The French subject pronoun glued to the auxiliary ("a-t-il") or the German one after the
# verb ("sagte sie"), read as the English pronoun of the same sex.
_PRONOUNS = {"il": "he", "elle": "she", "ils": "they", "elles": "they", "er": "he", "sie": "she"}
# The comma after the closing mark, as French and German print it ("», a dit", "“, sagte").
_MARK_COMMAS = ("»,", "“,", "”,", '",', "«,")
# The credit's words run to the sentence's end; a title's full stop ("M. Lemoine") is no end.
_REST = r"(?P<rest>(?:[^.!?;\x01]|(?<=\bM)\.|(?<=\bMM)\.|(?<=\bDr)\.|(?<=\bProf)\.)*)"
_CLOSE = rf"(?<=[{MASK}.!?,])[»«“”\"]\s*,\s*"
_CREDIT = re.compile(
    _CLOSE
    + r"(?:(?:a|ont)(?:-t-(?P<fr_pronoun>il|elle|ils|elles))?\s+(?:"
    + _FRENCH_PARTICIPLES
    + r")|(?:"
    + _FRENCH_PRESENT
    + r")(?:-t?-?(?P<fr_after>il|elle|ils|elles))?|(?:"
    + _GERMAN_VERBS
    + r")(?:\s+(?P<de_pronoun>er|sie))?)\b"
    + _REST
)
# German "„…“, so Renn": "so" is English too, so only after a German-style quote.
_SO = re.compile(rf"[„»]{MASK}+[“«]\s*,\s*so\s+" + _REST)
# Articles and determiners before a role or name ("die Pendlerin", "une mère d'élève").
TITLED_RUN_WORDS = 3  # a name run this long or longer may open with a glued title
_ARTICLE = re.compile(r"^(?:der|die|das|den|dem|ein|eine|le|la|les|l'|l’|un|une)\s*", re.I)
# Where the name run ends: a lower-case word after it ("in Kassel", "vor Ort").
# A title's full stop ("M. Lemoine", "Dr. Roth") does not end the run.
_NAME_RUN = re.compile(r"^(?:(?:M|MM|Mme|Mlle|Dr|Prof)\.\s*)?(?:[A-ZÀ-ÖØ-Þ][\w'’-]*\s*)+")


def with_foreign_events(events: list[Event], text: str, paragraph: int, cast: Cast) -> list[Event]:
    """A paragraph's speech events with its French and German credits among them."""
    foreign = foreign_events(text, paragraph, cast)
    return sorted(events + foreign, key=lambda e: e.start) if foreign else events


def foreign_events(text: str, paragraph: int, cast: Cast) -> list[Event]:
    """Each French or German credit right after a quote's closing mark, as a speech event."""
    if not any(mark in text for mark in _MARK_COMMAS):
        return []  # English puts the comma inside the marks: most paragraphs stop here
    events = []
    for match in (*_CREDIT.finditer(text), *_SO.finditer(text)):
        mention = _pronoun_of(match) or _named(match["rest"], match.start("rest"))
        speaker = cast.resolve(mention, position(paragraph, mention.start)) if mention else None
        if speaker is not None and mention is not None:
            cast.spoke_at(speaker, position(paragraph, mention.start))
        after = match[0].split(",", 1)[1]
        verb_at = match.start() + match[0].index(",") + 1 + len(after) - len(after.lstrip())
        placeholder = Mention(match["rest"].strip(), MentionKind.DESCRIPTION)
        verb = after.split()[0]
        events.append(Event(mention or placeholder, verb, verb_at, match.end(), speaker, True))
    return sorted(events, key=lambda e: e.start)


def _pronoun_of(match: re.Match[str]) -> Mention | None:
    for group in ("fr_pronoun", "fr_after", "de_pronoun"):
        word = match.groupdict().get(group)
        mention = read_mention(_PRONOUNS[word]) if word else None
        if mention is not None:
            return moved(mention, match.start(group))
    return None


def _title_split(mention: Mention) -> Mention:
    """ "Gewerkschaftschef Bo Renn": a run of three capitalised words whose first is no first
    name opens with a title glued to the name (German capitalises every noun), so the last
    two words are the name and the rest its role."""
    words = (mention.name or "").split()
    if len(words) < TITLED_RUN_WORDS or words[0].casefold() in FIRST_NAMES:
        return mention
    role = " ".join(filter(None, (mention.role, *words[:-2])))
    return replace(mention, name=" ".join(words[-2:]), role=role)


def _named(rest: str, offset: int) -> Mention | None:
    """The person a credit names: the first comma part that is a name ("une mère d'élève,
    Ada Kerr", "Ada Kerr, porte-parole"), role words glued before it kept as its role."""
    at = offset
    for part in rest.split(","):
        lead = len(part) - len(part.lstrip())
        body = part.lstrip()
        article = _ARTICLE.match(body)
        body_at = at + lead + (article.end() if article else 0)
        run = _NAME_RUN.match(body[article.end() :] if article else body)
        if run is not None:
            words = run[0].strip()
            if article is not None and " " not in words and words.casefold() not in FIRST_NAMES:
                at += len(part) + 1
                continue  # "sagte der Politiker": German capitalises the noun, no name
            mention = read_mention(words, body_at)
            if mention is not None and mention.kind == MentionKind.NAME and mention.name:
                return _title_split(mention)
        at += len(part) + 1
    return None

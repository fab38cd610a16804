"""“...,” the company said": the one company the article's lede named, paragraphs later.

A business story names its company once at the top ("Marlow Bakeries cut 200 jobs",
"Electronics company Quillon is recalling ...", "Dunmore Tiles, the maker of ...") and then
calls it "the company" or "the firm" throughout. sole_bodies.py links the bare noun to a body
named just before it, and only to a name the cast already reads as a body; this module takes
the names the lede signs as companies (company_names.py) and reaches back to the headline and
first paragraph. Two companies named before the noun, or another one brought in between ("a
rival company", "a former supplier", "The company, which made parts for Tern,", "the
worker's solicitors, Bracken Lowe,", "made by Velmar"), leave the noun as it was.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

from store.models import SpeakerKind
from store.quotes.company_names import COMPANY_WORDS, company_name, company_names
from store.quotes.lexicon import word_set
from store.quotes.mentions import Mention, MentionKind
from store.quotes.people import PARAGRAPH_STRIDE, Person
from store.quotes.sole_bodies import body_fits, kind_noun, sole_body
from store.quotes.whole_words import writes_word

if TYPE_CHECKING:
    from store.quotes.speakers import Cast

# The bare nouns a company is called by.
COMPANY_NOUNS = word_set("company firm")
# Paragraphs the lede spans: the headline (-1) and the first paragraph.
_LEDE = (-1, 0)
# A company described, not named, between the lede and the noun: "a rival company", "a
# former supplier" (a company word with no name after it).
_DESCRIBED = re.compile(
    r"\b(?:[Aa]n?|[Aa]nother|[Oo]ne|[Tt]wo|[Oo]ther)\s+(?:[a-z][\w-]*\s+){0,3}"
    rf"(?:companies|firms|{COMPANY_WORDS})\b(?!,?\s+[A-Z])"
)
# "The company, which made seat frames for Tern,": the noun described as another company's
# partner, so it is not the one its clause names.
_RELATIVE = re.compile(r"\b[Tt]he\s+(?:company|firm),?\s+(?:which|that|who)\b[^.;]*")
# A practice the cast may read as a person's name ("The worker's solicitors, Bracken Lowe,"),
# or a body brought in as the agent of a business verb ("made by Velmar"): "the firm" may be
# that one.
_OTHER_BODY = re.compile(
    r"\b(?:solicitors|lawyers|accountants|auditors|administrators|receivers|liquidators|"
    r"advisers|advisors|consultants|brokers|architects|agents)\b,?\s+(?:the\s+)?[A-Z]"
    r"|\b(?:made|supplied|run|owned|operated|built|sponsored|provided|designed)\s+by\s+"
    r"(?P<agent>[A-Z][\w&'-]*)"
)


def sole_or_lede_body(mention: Mention, cast: Cast, at: int) -> Person | None:
    """The body the bare "the company" at reading position `at` means: the one named just
    before (sole_bodies.py), else the one company of the lede; else None."""
    sole = sole_body(mention, cast.named, cast.texts, at, cast.places)
    noun = kind_noun(mention)
    if sole is not None or noun not in COMPANY_NOUNS:
        return sole
    name = lede_company(noun, cast.named, cast.texts, at)
    if name is None:
        return None
    known = cast.find(name)
    if known is not None and known.kind == SpeakerKind.PERSON and (known.gender or known.given):
        return None  # "supplier Ada Kerr": a person, whatever her trade
    company = known or cast.person(Mention(name, MentionKind.ORGANISATION, name=name))
    if company.kind == SpeakerKind.PERSON and not (company.gender or company.given):
        company.kind = SpeakerKind.ORGANISATION  # the lede said so: a later "it" is this body
    return company


def lede_company(
    noun: str, named: list[tuple[int, Person]], texts: Mapping[int, str], at: int
) -> str | None:
    """The name of the one company the lede shows, when no other body of the noun's kind
    was named before `at` and none was described between the lede and `at`; else None."""
    if at // PARAGRAPH_STRIDE <= max(_LEDE):
        return None  # the lede's own "the company" is sole_bodies.py's
    companies = {name.casefold(): name for name in lede_names(texts)}
    if len(companies) != 1:
        return None
    name = next(iter(companies.values()))
    if any(seen < at and _rival(noun, person, name) for seen, person in named):
        return None  # "Marlow Group" named too: the noun may be that one
    if _described_after_lede(name, texts, at):
        return None
    later = range(max(_LEDE) + 1, at // PARAGRAPH_STRIDE + 1)
    others = {other.casefold() for other in company_names(texts, later)} - {name.casefold()}
    return None if others else name  # "Its supplier, the chipmaker Quorn,": maybe that one


def lede_names(texts: Mapping[int, str]) -> list[str]:
    """The names the headline and first paragraph show to be companies."""
    return company_names(texts, _LEDE)


def _rival(noun: str, person: Person, company: str) -> bool:
    """True for a body other than `company`, named by its own name, that may also be called
    "the <noun>" (a name that holds the company's, "Monday Marlow Bakeries", is the same)."""
    if company.casefold() in person.name.casefold():
        return False
    if person.kind != SpeakerKind.ORGANISATION or not person.name[:1].isupper():
        return company_name(person.name) and not (person.gender or person.given)
    return person.name.split()[0].casefold() != "the" and body_fits(noun, person.name)


def _described_after_lede(name: str, texts: Mapping[int, str], at: int) -> bool:
    """True when a company other than `name` is described before `at` ("a rival firm"),
    so the bare noun may be that one."""
    last = at // PARAGRAPH_STRIDE
    for paragraph in range(min(_LEDE), last + 1):
        text = texts.get(paragraph, "")
        stop = at % PARAGRAPH_STRIDE if paragraph == last else len(text)
        for found in _DESCRIBED.finditer(text, 0, stop):
            if not text[: found.start()].rstrip().endswith(name + ","):
                return True  # "Marlow, a food company," is the company itself
        if any(_names_in(name, clause.group()) for clause in _RELATIVE.finditer(text, 0, stop)):
            return True
        for other in _OTHER_BODY.finditer(text, 0, stop):
            if not other["agent"] or not _names_in(name, other.group()):
                return True
    return False


def _names_in(name: str, words: str) -> bool:
    """True when `words` holds a word of the company's name ("for Tern": Tern Motors)."""
    return any(writes_word(words, word) for word in name.split())

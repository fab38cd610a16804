"""“...,” the company said": the one company the article's lede named, paragraphs later.

A business story names its company once at the top ("Marlow Bakeries cut 200 jobs",
"Electronics company Quillon is recalling ...", "Dunmore Tiles, the maker of ...") and then
calls it "the company" or "the firm" throughout. sole_bodies.py links the bare noun to a body
named just before it, and only to a name the cast already reads as a body; this module reads
the lede's own signs that a name is a company (a company word before it or in apposition, or
a company's name ending) and reaches back to the headline and first paragraph. Two companies
named before the noun, or "a rival company" described in between, leave the noun as it was.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from store.models import SpeakerKind
from store.quotes.lexicon import FUNCTION_WORDS, word_set
from store.quotes.mentions import Mention, MentionKind
from store.quotes.people import PARAGRAPH_STRIDE, Person
from store.quotes.salience import first_name_gender
from store.quotes.sole_bodies import body_fits, kind_noun, sole_body

if TYPE_CHECKING:
    from store.quotes.speakers import Cast

# The bare nouns a company is called by.
COMPANY_NOUNS = word_set("company firm")
# Words that say the name they stand before or beside is a company's: "battery maker X",
# "X, the chocolate maker". Not the words of a person's trade as well ("property developer",
# "film producer", "brewer", "giant" of a field).
_COMPANY_WORDS = (
    "company|firm|maker|manufacturer|retailer|supermarket|supplier|carrier|airline|carmaker|"
    "automaker|chipmaker|lender|insurer|startup|start-up|conglomerate|distributor|wholesaler"
)
# Last words of a company's name: "Marlow Bakeries", "Tern Motors", "Halden Steel plc".
_NAME_ENDS = word_set(
    "foods bakeries bakery motors airways airlines industries holdings technologies "
    "pharmaceuticals pharma systems brewery breweries brewing mining logistics electronics "
    "enterprises textiles chemicals plc ltd ltd. inc inc. corp corp. llc gmbh ag"
)
_LONGEST = 3  # words of a company's name, the most read
# A capitalised name of one to three words: "Quillon", "Dunmore Tiles", "Tern & Sons".
_NAME = r"[A-Z][\w&.'-]*(?:\s+(?:&\s+)?[A-Z][\w&.'-]*){0,2}"
# A run of capitalised words, the words opening a sentence included ("On Monday Marlow Bakeries").
_RUN = re.compile(r"[A-Z][\w&.'-]*(?:\s+(?:&\s+)?[A-Z][\w&.'-]*)*")
# Words of an apposition before its company word ("a Danish food company"), never a link
# that makes the company someone else's ("the head of the company", "the company's owner").
_FILLER = r"(?:(?!(?:of|for|at|from|in|with|to|and)\b)[\w-]+\s+){0,4}?"
# What follows a company word that ends the apposition: "a food company, said ...".
_ENDED = r"(?=\s*[,.;:)]|\s+(?:that|which|whose|based|founded|in|from|with|behind|known)\b)"
_SIGNS = re.compile(
    rf"(?:^|[^\w.] ?)(?:{_COMPANY_WORDS})\s+(?P<before>{_NAME})"
    rf"|(?P<beside>{_NAME}),\s+(?:the|a|an)\s+{_FILLER}"
    rf"(?:maker\s+of\b|(?:{_COMPANY_WORDS}){_ENDED})",
)
# Paragraphs the lede spans: the headline (-1) and the first paragraph.
_LEDE = (-1, 0)
# A company described, not named, between the lede and the noun: "a rival company".
_DESCRIBED = re.compile(
    r"\b(?:[Aa]n?|[Aa]nother|[Oo]ne|[Tt]wo|[Oo]ther)\s+(?:[a-z][\w-]*\s+){0,3}"
    r"(?:company|firm|companies|firms)\b"
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


def company_names(texts: Mapping[int, str], paragraphs: Iterable[int]) -> list[str]:
    """The names these paragraphs show to be companies: one a company word stands before or
    beside, or one that ends as a company's."""
    names = []
    for paragraph in paragraphs:
        text = texts.get(paragraph, "")
        signed = [_trimmed(sign["before"] or sign["beside"]) for sign in _SIGNS.finditer(text)]
        ended = [_trimmed(run.group()) for run in _RUN.finditer(text)]
        names += [name for name in signed if name and not first_name_gender(name.split()[0])]
        names += [name for name in ended if company_name(name)]
    return names


def _trimmed(name: str) -> str:
    """The name without the words before it that open a sentence or clause, never a name's
    ("On Monday Marlow Bakeries": Marlow Bakeries)."""
    words = name.split()
    while words and words[0].casefold() in FUNCTION_WORDS:
        words = words[1:]
    return " ".join(words[-_LONGEST:])


def company_name(name: str) -> bool:
    """True for a name whose last word is a company's ("Marlow Bakeries")."""
    words = name.split()
    return len(words) > 1 and words[-1].casefold() in _NAME_ENDS


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
    return False

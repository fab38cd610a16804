"""Which capitalised names a paragraph shows to be a company's or a team's.

A business story signs its company's name: a company word before it ("battery maker Quillon",
"Carmaker Tern Motors") or in apposition ("Dunmore Tiles, the maker of ..."), or a company's
name ending ("Marlow Bakeries"); a sports story's team ends as a team's ("Harwick Albion").
The name read is the name alone: no word opening the sentence or headline before it ("On
Monday Marlow Bakeries", "Jobs Lost At Tern Motors"), no company word, no full stop.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from store.quotes.lexicon import FUNCTION_WORDS, word_set
from store.quotes.salience import first_name_gender

# Words that say the name they stand before or beside is a company's: "battery maker X",
# "X, the chocolate maker". Not the words of a person's trade as well ("property developer",
# "film producer", "brewer", "giant" of a field).
COMPANY_WORDS = (
    "company|firm|maker|manufacturer|retailer|supermarket|supplier|carrier|airline|carmaker|"
    "automaker|chipmaker|lender|insurer|startup|start-up|conglomerate|distributor|wholesaler"
)
_COMPANY_WORD_SET = word_set(COMPANY_WORDS.replace("|", " "))
# Last words of a company's name: "Marlow Bakeries", "Tern Motors", "Halden Steel plc".
_NAME_ENDS = word_set(
    "foods bakeries bakery motors airways airlines industries holdings technologies "
    "pharmaceuticals pharma systems brewery breweries brewing mining logistics electronics "
    "enterprises textiles chemicals plc ltd ltd. inc inc. corp corp. llc gmbh ag"
)
# Last words of a team's name: "Harwick Albion", "Dunmore Rovers", "Eastport FC".
_TEAM_ENDS = word_set(
    "united city athletic albion rovers wanderers rangers town county fc afc hotspur villa "
    "orient argyle"
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
# The company word before a name is any case: "Carmaker Tern Motors" opens a sentence.
_SIGNS = re.compile(
    rf"(?:^|[^\w.] ?)(?i:{COMPANY_WORDS})\s+(?P<before>{_NAME})"
    rf"|(?P<beside>{_NAME}),\s+(?:the|a|an)\s+{_FILLER}"
    rf"(?:maker\s+of\b|(?:{COMPANY_WORDS}){_ENDED})",
)
_HEADLINE = -1  # the headline's paragraph number in the cast's texts


def company_names(texts: Mapping[int, str], paragraphs: Iterable[int]) -> list[str]:
    """The names these paragraphs show to be companies: one a company word stands before or
    beside, or one that ends as a company's."""
    names = []
    for paragraph in paragraphs:
        text = texts.get(paragraph, "")
        signed = [trimmed(sign["before"] or sign["beside"]) for sign in _SIGNS.finditer(text)]
        ended = [trimmed(run.group()) for run in _RUN.finditer(text)]
        found = [name for name in signed if name and not first_name_gender(name.split()[0])]
        found += [name for name in ended if company_name(name)]
        if paragraph == _HEADLINE:
            found = [_as_body_writes(name, texts) for name in found]
        names += found
    return names


def trimmed(name: str) -> str:
    """The name without the words before it that open a sentence or clause or sign it as a
    company's, never a name's ("On Monday Marlow Bakeries": Marlow Bakeries; "Carmaker Tern
    Motors.": Tern Motors), cut to its last three words."""
    words = name.split()
    cut = [at for at, word in enumerate(words) if _opening(word)]
    words = words[cut[-1] + 1 :] if cut else words
    if words and words[-1].endswith(".") and words[-1].casefold() not in _NAME_ENDS:
        words[-1] = words[-1].rstrip(".")  # the sentence's full stop, not "Ltd."
    return " ".join(word for word in words[-_LONGEST:] if word)


def _opening(word: str) -> bool:
    folded = word.casefold()
    return folded in FUNCTION_WORDS or folded in _COMPANY_WORD_SET


def _as_body_writes(name: str, texts: Mapping[int, str]) -> str:
    """A Title-Case headline's name as the body writes it: the longest end of it the body
    shows when the whole is nowhere there ("Job Cuts Hit Kessel Foods": Kessel Foods)."""
    body = " ".join(text for paragraph, text in texts.items() if paragraph != _HEADLINE)
    words = name.split()
    for start in range(len(words)):
        end = " ".join(words[start:])
        if (start == 0 or company_name(end)) and re.search(
            rf"(?<![\w-]){re.escape(end)}(?![\w-])", body
        ):
            return end
    return name


def company_name(name: str) -> bool:
    """True for a name whose last word is a company's ("Marlow Bakeries")."""
    words = name.split()
    return len(words) > 1 and words[-1].casefold() in _NAME_ENDS


def team_or_company_name(name: str) -> bool:
    """True for a name whose last word is a team's or a company's ("Harwick Albion")."""
    words = name.split()
    return (bool(words) and words[-1].casefold() in _TEAM_ENDS) or company_name(name)

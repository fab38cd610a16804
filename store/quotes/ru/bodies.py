"""Bodies named by their own word: "Рособрнадзор", "Минсельхоз", "Росавиация".

The list in cues.ORGANISATIONS holds the bodies every article names; federal agencies and
ministries are too many to list, but the analyser tags the ones it knows as organisations
(Orgn), and the agencies it does not know are built one way: "Рос" and the field they
oversee (Росавиация, Росгидромет), never "Росс…" (Россия) or "Рост…" (Ростов, Ростислав).
"""

from __future__ import annotations

import re

from store.quotes.ru.names import parses

_AGENCY = re.compile(r"^Рос(?![ст])[а-яё]{4,}$")
_NAMED = re.compile(r"^[А-ЯЁ][а-яё]{3,}$")
# "Росляков", "Росинская": a surname in any case, built like one, is nobody's agency.
_SURNAME_LIKE = re.compile(r"(?:[оеё]в|[иы]н|[сц]к)(?:а|у|ым|ой|ом|е|ий|ая|ого|ую)?$")


def named_body(word: str) -> bool:
    """True for a capitalised word that names a body: tagged one, or built like an agency."""
    if _NAMED.match(word) is None:
        return False
    best = parses(word)[0]
    if "Orgn" in best.tag.grammemes:
        return True
    return (
        not best.is_known
        and _AGENCY.match(word) is not None
        and _SURNAME_LIKE.search(word) is None
    )

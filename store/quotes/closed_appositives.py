"""An appositive closed before its name's own verb: "X, a former envoy, will lead the talks,".

"Odile Marchetti, a former envoy, will lead the talks, the foreign ministry said" has no
comma before "said" closing the stretch after the name, so speech.py read it as an
appositive left unclosed ("Nell Ostrow, who is chairman of the fund said") and gave the verb
to the name: no statement came of it. A finite auxiliary opening one of the stretch's
comma-parted pieces is the name's own predicate, so the appositive was closed and the words
after the last comma are the verb's subject.
"""

from __future__ import annotations

from store.quotes.lexicon import FINITE_AUXILIARIES


def predicate_inside(tokens: list[tuple[int, str]], opening: int, comma: int) -> bool:
    """True when a piece of tokens[opening : comma + 1] (the words after a name's comma, up
    to the last comma before the verb) opens on a finite auxiliary after a comma."""
    for index in range(max(opening, 1), comma + 1):
        if tokens[index - 1][1].endswith(",") and tokens[index][1].casefold() in FINITE_AUXILIARIES:
            return True
    return False

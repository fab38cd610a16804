"""Words a speaker quotes someone else saying: “He said, ‘Nobody move,’ and ran,” said Kerr.

The inner marks are skipped as part of the outer quote (marks.py), so the whole quote goes to
its outer speaker, who did say all of it. Yet what a speech verb inside the quote introduces
in marks of its own is the words of that verb's subject, whom the outer speaker only quotes;
that subject stands inside the quote, where no name is a candidate ("he", "the manager told
me"), so the article does not name them plainly.

Splitting the inner words out as a quote of their own, with no speaker, was tried: the gold
credits the outer speaker with the whole span, and cutting it lost 46 of train's gold quotes
(found 99.2 % to 98.0 %, e2e F1 0.944 to 0.933). Capping the whole quote's confidence hedged
the outer words too, the speaker's own. So the quote stays whole, at its cue's confidence,
and the answer tells the inner words apart: `inner_spans` says where they are, and a
who-said question whose words lie there is answered "Kerr, quoting someone else"
(store/search/quoting.py). Only marks right after a speech verb (and a comma or colon)
count: other marks inside a quote are a title or a scare quote, the outer speaker's own words.
"""

from __future__ import annotations

import re

from store.quotes.speech_verbs import SPEECH_VERB_FORMS

# Inner marks the other kind than the outer's: single inside double, double inside single. A
# closing single mark is one no letter follows ("don’t" stays inside).
_INNER_SINGLE = re.compile(r"(?<![\w’'])['‘](?P<words>(?:[^'’\n]|['’](?=\w))+?)['’](?!\w)")
_INNER_DOUBLE = re.compile(r"(?<!\w)[\"“](?P<words>[^\"“”\n]+?)[\"”](?!\w)")
# The verb and its object pronoun, a comma or colon, right before the inner mark: "said, ‘",
# "told me: ‘", "shouted ‘".
_CUE_BEFORE = re.compile(
    r"\b(?P<verb>[a-z]+)(?:\s+(?:me|us|him|her|them|you|everyone|everybody))?\s*[,:]?\s*$"
)
_CUE_REACH = 30
# The speaker's own voice before the verb ("I just say, ‘Thanks’", "we cannot say ‘…’"): the
# inner words are the outer speaker's again, or what they would say.
_FIRST_PERSON = frozenset("i we i'd i’d we'd we’d i'll i’ll we'll we’ll i've i’ve".split())
_SUBJECT_WORDS = 3


def inner_spans(paragraph: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where, in paragraph, the quote at paragraph[start:end] holds inner quotes that a
    speech verb inside it introduces: someone else's words, told by the quote's speaker."""
    spans: list[tuple[int, int]] = []
    outer_single = start > 0 and paragraph[start - 1] in "'‘"
    inner = _INNER_DOUBLE if outer_single else _INNER_SINGLE
    for match in inner.finditer(paragraph, start, end):
        if match.start() == start:
            continue  # marks opening the quote itself are the outer marks' doubling
        cue = _CUE_BEFORE.search(paragraph, max(start, match.start() - _CUE_REACH), match.start())
        if cue is None or cue["verb"] not in SPEECH_VERB_FORMS:
            continue
        if paragraph[cue.start() - 3 : cue.start()] == "so-":
            continue  # "so-called ‘…’": the speaker's own scare quote
        if not _first_person(paragraph, max(start, cue.start() - _CUE_REACH), cue.start()):
            spans.append(match.span("words"))
    return spans


def _first_person(paragraph: str, start: int, verb_at: int) -> bool:
    """True when "I" or "we" stands among the few words before the verb."""
    words = paragraph[start:verb_at].casefold().split()[-_SUBJECT_WORDS:]
    return any(word.strip(",;") in _FIRST_PERSON for word in words)

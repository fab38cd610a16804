"""Cue words that speak only in one position, kept apart for speech.py's size, and where a
cue's speaker goes on across a joined second cue ("which Kerr called ... and promised to").

Each gated word is a cue only where its place says so: a quote-only credit right after a
closing mark, a noun-like base after "could only", "referred to X as" before a quote.
Everywhere else the same word narrates ("Kerr started a firm", "a quip", "referred the case
to a court").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from store.quotes.finding_cues import FINDING_FORMS, finding_cue
from store.quotes.plural_cues import plural_subject_verb
from store.quotes.rare_cues import AFTER_QUOTE_CUE_FORMS, MODAL_FILLERS, MODALS, REFERRING_FORMS
from store.quotes.sentences import char_before
from store.quotes.speech_verbs import NOUN_FORMS, SPEECH_VERB_BASES
from store.quotes.word_trie import word_trie, words_shaped_like_word

# Cue bases that are mostly nouns: verbs only after a modal and "only" ("could only quip").
_NOUN_BASES = SPEECH_VERB_BASES & NOUN_FORMS
# Every word gated_cue decides on, found in one scan of their own.
GATED_WORDS = _NOUN_BASES | AFTER_QUOTE_CUE_FORMS | REFERRING_FORMS | FINDING_FORMS
# As one trie (speech.py's word shape, which every gated word has): a scan of every paragraph
# tries a letter at each word, not every alternative.
_GATED = words_shaped_like_word(GATED_WORDS)
# The verbs with their particle ("cut in", "piped up"), which the word trie leaves out: a
# paragraph without one of them (most) is spared the scan, which its trie finds at once.
_PHRASES = sorted(word for word in GATED_WORDS if " " in word)
_PHRASE_IN = re.compile(word_trie(_PHRASES))
# A phrase's first word stands whole where the phrase does: a caller whose word scan met none
# of them ("cut", "piped") knows the paragraph holds no phrase.
PHRASE_FIRST_WORDS = frozenset(phrase.split()[0] for phrase in _PHRASES)
_GATED_PHRASES = re.compile(
    r"\b(?:" + "|".join(re.escape(w) for w in _PHRASES) + r")\b(?![’'-])" if _PHRASES else "(?!)"
)
_REFERRED_AS = re.compile(r"\s+to\s+[^.;:\x01“”\"]{1,60}?\s+as\s+(?:an?\s+)?[“\"]")
# A closing mark (or the masked quote's last character) right before a quote-only credit...
_INVERTED_CREDIT = re.compile(r"[”\"\x01],?\s*$")
# ... or up to four words of subject between it and the verb, the verb then ending its clause.
_CREDIT_SUBJECT = re.compile(r"[”\"\x01],?\s+(?:[\w’'.-]+\s+){1,4}$")
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?“\"\x01]|$)")
# ... or, for a verb with its particle, its clause opens the sentence or follows ", and", the
# verb ends the sentence and a quote opens right after: "Kerr said, and her brother broke in.
# “...”" introduces that quote. A lone verb there is a beat of narration, no cue: "He shrugged.
# “...”" leaves the quote to the passage rules, whose pronoun is only as sure as narration.
_CLAUSE_SUBJECT = re.compile(r"(?:^|[.!?]\s+|,\s+and\s+(?:then\s+)?)(?:[\w’'.-]+\s+){1,4}$")
_INTRODUCES = re.compile(r"[.:,]\s*[“\"]")


def gated_cues(
    text: str, taken: set[int], words: Iterable[re.Match[str]] | None = None,
    phrased: bool = True,
) -> list[tuple[int, int, str]]:
    """(start, end, verb) of each gated word that is a cue where it stands, but those at a
    start already `taken` by another reading ("which he could only call"). `words`: the
    single gated words' matches, when the caller's own scan (speech_verbs') found them;
    `phrased` False when that scan met no PHRASE_FIRST_WORDS."""
    found = []
    phrases = _GATED_PHRASES.finditer(text) if phrased and _PHRASE_IN.search(text) else ()
    for match in (*(_GATED.finditer(text) if words is None else words), *phrases):
        start, end, word = match.start(), match.end(), match.group()
        if start not in taken and gated_cue(text, word, start, end):
            found.append((start, end, word))
    return sorted(found)


def gated_cue(text: str, word: str, start: int, end: int) -> bool | None:
    """Whether `word` at text[start:end] is a cue where it stands; None for words it does not
    gate (speech_verbs' own rules decide those)."""
    if word in REFERRING_FORMS:
        # "has mocked a reporter, referred to ...": after a comma, an object, no subject.
        return bool(_REFERRED_AS.match(text, end)) and char_before(text, start) != ","
    if word in _NOUN_BASES:
        return _after_modal(text, start) or plural_subject_verb(text, start, end)
    if word in AFTER_QUOTE_CUE_FORMS:
        return _credits_quote(text, start, end)
    if word in FINDING_FORMS:
        return finding_cue(text, start, end)  # "the audit found “…”"
    return None


def _after_modal(text: str, at: int) -> bool:
    """True for "could only quip": a modal and "only" (or "just") right before."""
    words = [word.casefold() for word in text[max(0, at - 30) : at].split()[-2:]]
    return len(words) == 2 and words[0] in MODALS and words[1] in MODAL_FILLERS


def _credits_quote(text: str, start: int, end: int) -> bool:
    """True when a quote-only credit verb stands as a quote's credit: "”, questioned Kerr",
    or "” Ada Kerr started." (a short subject after the mark, nothing after the verb)."""
    if _INVERTED_CREDIT.search(text, max(0, start - 4), start):
        return True
    subject = _CREDIT_SUBJECT.search(text, max(0, start - 60), start)
    if subject is not None and _CLAUSE_END.match(text, end) is not None:
        return True
    introduced = " " in text[start:end] and _INTRODUCES.match(text, end) is not None
    return introduced and _CLAUSE_SUBJECT.search(text, max(0, start - 60), start) is not None


# "was labeled “a reckless gamble” by Kerr", "was described as “...” by Kerr": a passive
# cue whose agent follows the quote it names. A label of a word or two ("labeled “top
# secret” by the department") is a term, no one's words.
_QUOTED_BY = re.compile(r"(?:\s+as)?\s+(?:an?\s+)?[“\"][^“”\"]{12,400}[”\"],?\s+by\b")


def quoted_by(text: str, end: int) -> int:
    """Where the agent after "<verb> “...” by" starts, or -1 when no quote and "by" follow."""
    match = _QUOTED_BY.match(text, end)
    return match.end() if match else -1


# A relative pronoun that is the object of the clause it opens: "the pact, which Kerr called".
_OBJECT_RELATIVE = re.compile(r"(?:,\s*|\s)(?:which|that|whom)\s+$")


def relative_subject(text: str, mention_at: int, verb_end: int, next_verb: int) -> bool:
    """True when a cue's speaker is the subject of a relative clause ("which Kerr called ...")
    and the next cue is joined to it with no comma ("... and promised to ..."): the clause's
    subject goes on speaking, never the noun the clause is about."""
    opened = _OBJECT_RELATIVE.search(text, max(0, mention_at - 9), mention_at) is not None
    joined = text[verb_end:next_verb]
    return opened and "," not in joined and " and " in joined

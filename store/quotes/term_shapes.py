"""Quoted words the narration names or talks about, whatever cue stands near them.

terms.py tells a work's title or a scare quote by the words around it when no cue claims the
quote. These shapes make the words a name or a term even when a speech verb of the sentence is
near, because the sentence itself says they are one:

- a thing named by them: "a play called “…”", "the hacker known as “…”", "so-called “…”"
  (a noun that can speak before the verb is its subject instead: "the mayor called “…”");
- the words talked about as words, opening their sentence before a verb of being, a gloss in
  brackets maybe between: "“Red alert” is the top grade", "“Ferrygeld” (the old toll)
  was dropped";
- a dated item of a list, a poster's or a work's words: "“No to the plan” (2009)";
- words fused to a thing, printed on it or cited as a headline (printed_terms.py);
- a gloss of other words: "Latin for “…”", "which translates as “…”".

Speech stays speech: a naming verb with a person before it ("whom he called “a fraud”") is
that person's words, and a quote opening "is how"/"was what" ("“Reckless” was how she put
it") or a sentence with a speech verb ("“Unfair” was the word she used") is what someone said.
"""

from __future__ import annotations

import re
from itertools import islice

from store.quotes.habitual_names import habitual_name
from store.quotes.hearer_terms import hearer_term
from store.quotes.lexicon import FUNCTION_WORDS, word_set
from store.quotes.marks import QuotedSpan
from store.quotes.mentioned_words import mentioned_word
from store.quotes.person_words import TEXT_NOUNS, can_speak
from store.quotes.printed_terms import printed_term
from store.quotes.scare_quotes import scare_quote
from store.quotes.sentences import end_of_sentence, sentence_ends
from store.quotes.speech_verbs import SPEECH_VERB_FORMS
from store.quotes.term_words import NAMING_PARTICIPLES, TERM_OPENERS, TERM_VERBS, WORK_WORDS
from store.quotes.terms import TERM_WORD
from store.quotes.word_terms import word_term

MAX_TERM_WORDS = 3
# Words that stand before a naming verb yet are no noun it names: its subject or its helper
# ("whom he called", "has been dubbed", "calling them"), so the words are someone's speech.
NOT_NAMED_NOUNS = word_set(
    """
    been being be him them me us himself herself themselves itself myself whom who which
    what he she they we i you it
    """
)
# "a play called “…”", "the hacker known as “…”", "the loophole called an “…”".
_NAMED_BY = re.compile(
    r"(?:^|\s)(?P<noun>[a-z][\w-]*)(?P<comma>,?)\s+(?P<verb>[a-z]+|known\s+as)"
    r"(?:\s+(?:a|an|the))?\s*$"
)
# An indefinite article right before the named noun: "an account called “…”".
_INDEFINITE = re.compile(r"(?:^|\s)(?:[aA]|[aA]n)\s+$")  # "A docker named “…”" too
# A language or a kind of speech "for" the words, or a verb of translating, right before the
# marks: "Latin for “…”", "shorthand for “…”", "which translates roughly as “…”".
_GLOSS = re.compile(
    r"\b(?:(?:Latin|Greek|French|Spanish|German|Italian|Portuguese|Arabic|Hebrew|Yiddish"
    r"|Russian|Chinese|Mandarin|Cantonese|Japanese|Korean|Hindi|Urdu|Farsi|Persian|Turkish"
    r"|Dutch|Swedish|Norwegian|Danish|Polish|Ukrainian|Swahili|slang|shorthand|jargon)\s+for"
    r"|(?P<verb>translat(?:es|ed|ing))\s+(?:roughly\s+|loosely\s+)?(?:as|to))\s*$"
)
# Where the words a translation may gloss begin: the sentence's start or the last marks.
_GLOSSED_FROM = re.compile(r"(?:[.!?]\s+|[”\"])(?=[^.!?”\"]*$)")
GLOSS_REACH = 40
# Naming verbs that are never a finite verb of speech: whatever noun stands before them
# ("the ad, titled “…”", "the hacker known as “…”"), the words are a name.
NEVER_FINITE = frozenset(("known as", "titled", "entitled"))
# "“Reckless” was how she put it": a verb of being then a word that points to someone's words.
SPEECH_POINTERS = word_set("how what why")
# A gloss in brackets may stand between: "“Ferrygeld” (the old quay toll) was dropped".
_AFTER_TERM = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?(?P<verb>[a-z]+)\s+(?P<next>[\w’'-]+)")
# The words before the marks when they open the sentence: nothing, or an article or "What".
_SENTENCE_OPENER = re.compile(r"(?:^|[.!?]\s+)(?:(?:The|What|A|An)\s+)?$")
# A year in brackets right after the marks: "“…” (2009)", "“…” (election poster, 2003)".
_DATED = re.compile(r"\s*\((?P<words>[^()]{0,40}?)[\s,]*(?:1[89]|20)\d\d\)")


def named_term(paragraph: str, span: QuotedSpan) -> bool:
    """True for quoted words the narration names something by, talks about, or dates."""
    if not span.closed or span.open_at < 0:
        return False
    return (
        _named_by(paragraph, span)
        or _talked_about(paragraph, span)
        or _dated(paragraph, span)
        or printed_term(paragraph, span)
        or _glossed(paragraph, span)
        or hearer_term(paragraph, span)  # "asked the “reporter” to": whom it addresses
        or word_term(paragraph, span)  # "the term “…”", "the phrase, “…,”"
        or mentioned_word(paragraph, span)  # "said the word “…” was unfair"
        or scare_quote(paragraph, span)  # "critics say the “research” behind it is thin"
        or habitual_name(paragraph, span)  # "a freezer that staff call “the vault”"
    )


def _glossed(paragraph: str, span: QuotedSpan) -> bool:
    """ "“Si vis pacem,” Latin for “if you want peace”": a phrase's meaning, given by the
    writer as a gloss of other words, is nobody's statement. A translation glosses quoted
    words, not a speech verb's own: "Petrenko said what translates as “…”" is his speech."""
    gloss = _GLOSS.search(paragraph, max(0, span.open_at - GLOSS_REACH), span.open_at)
    if gloss is None or not gloss["verb"]:
        return gloss is not None
    start = _GLOSSED_FROM.search(paragraph, 0, gloss.start())
    before = paragraph[start.end() if start else 0 : gloss.start()]
    return not any(word in SPEECH_VERB_FORMS for word in TERM_WORD.findall(before.casefold()))


def _dated(paragraph: str, span: QuotedSpan) -> bool:
    """ "“No toll!” (1998)", "“…” (poster, 2004)": a year alone, or a work's noun and a year.
    A year after other words dates the saying ("“a disaster” (in 2019)"): speech still."""
    match = _DATED.match(paragraph, span.close_at + 1)
    if match is None:
        return False
    words = TERM_WORD.findall(match["words"].casefold())
    return not words or any(word in WORK_WORDS or word in TEXT_NOUNS for word in words)


def _named_by(paragraph: str, span: QuotedSpan) -> bool:
    """ "a play called “…”", "so-called “…”": a noun the words name, no speaker's."""
    before = paragraph[max(0, span.open_at - 60) : span.open_at]
    words = TERM_WORD.findall(before.casefold())
    if words and words[-1] in TERM_OPENERS:
        return True
    match = _NAMED_BY.search(before)
    if match is None:
        return False
    verb = " ".join(match["verb"].split())
    if verb != "known as" and verb not in NAMING_PARTICIPLES:
        return False
    if match["comma"] and verb not in NEVER_FINITE:
        return False  # "the mayor, called “…”": an aside, read as before
    noun = match["noun"]
    if noun in FUNCTION_WORDS or noun in NOT_NAMED_NOUNS:
        return False
    # "an account called “…”", "a man named “…”": after "a", the participle names the noun
    # (a finite verb would want its object: "a senator called the plan “…”").
    if _INDEFINITE.search(before, 0, match.start("noun")):
        return True
    # "the senator called “…”", "critics dubbed “…”": a finite verb, its subject speaking.
    return verb in NEVER_FINITE or not can_speak(noun)


def _talked_about(paragraph: str, span: QuotedSpan) -> bool:
    """ "“Red alert” is the top grade": a few words opening their sentence as its subject."""
    text = paragraph[span.start : span.end]
    # Words counted only up to one past the limit: a long quote is not read to its end.
    words = len(list(islice(TERM_WORD.finditer(text), MAX_TERM_WORDS + 1)))
    if not words or words > MAX_TERM_WORDS or text.rstrip()[-1:] in ".,!?;:":
        return False
    if paragraph[span.end : span.close_at].strip():
        return False  # punctuation inside the marks ends a clause: “… so,” she …
    if not _SENTENCE_OPENER.search(paragraph[: span.open_at]):
        return False
    after = _AFTER_TERM.match(paragraph, span.close_at + 1)
    if after is None or after["verb"] not in TERM_VERBS:
        return False
    if after["next"].casefold() in SPEECH_POINTERS:
        return False
    return not _speech_in_rest(paragraph, after.end())


def _speech_in_rest(paragraph: str, at: int) -> bool:
    """A speech verb in the rest of the sentence: "“Unacceptable” was the word she used"."""
    stop = end_of_sentence(sentence_ends(paragraph), at, len(paragraph))
    rest = TERM_WORD.findall(paragraph[at:stop].casefold())
    return any(word in SPEECH_VERB_FORMS or word in USING_WORDS for word in rest)


# Verbs that tell of words someone chose, which SPEECH_VERB_FORMS does not list.
USING_WORDS = word_set("used uses using chose chosen")

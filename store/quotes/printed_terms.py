"""Quoted words that the sentence fuses to a thing: printed on it, built into a word, cited.

Whatever cue stands near, these marks hold no one's statement:

- words fused into a longer word by a hyphen: "“moan”-worthy headlines", "a “no”-vote";
- the words on a thing, standing right before its noun: "“We are Harbour” T-shirts",
  "“is it over?” headlines", "“Vote Lund” pins" (a shirt's or a headline's text, which a
  sentence that quotes a person's words does not put before a noun);
- a cited piece's headline in brackets, its outlet and date after it, as a reader's letter
  cites the article it answers: "(“Lund wins the port vote,” HarbourNews.com, Friday)".
"""

from __future__ import annotations

import re

from store.quotes.lexicon import word_set
from store.quotes.marks import QuotedSpan

# Things that bear printed words, singular and plural: the noun right after the marks.
THING_NOUNS = word_set(
    """
    t-shirt t-shirts shirt shirts hat hats cap caps button buttons badge badges sticker
    stickers pin pins sign signs banner banners placard placards poster posters headline
    headlines mug mugs bumper
    """
)
HEADLINE_NOUNS = word_set("headline headlines")
MAX_PRINTED_WORDS = 8
# A hyphen glued to the closing mark and a lower-case word after it: "“moan”-worthy" (a
# capital or a handle after it is rather a credit: "“…”-Kerr", "“…”-@kerr").
_FUSED = re.compile(r"-[a-z]")
_NOUN_AFTER = re.compile(r" (?P<noun>[A-Za-z][\w-]*)")
# After a cited headline: a comma (inside or outside the marks), an outlet with a capital,
# a comma and a weekday or a month's day, then the closing bracket: ",” HarbourNews.com,
# Friday)". A year alone is how an essay credits a person's words: "(“…,” Ada Kerr, 2019)".
_CITATION_AFTER = re.compile(
    r"\s*,?\s*[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,4},\s*"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"|(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})"
    r"[^(),]{0,12}\)"
)
_WORD = re.compile(r"\w+")


def printed_term(paragraph: str, span: QuotedSpan) -> bool:
    """True for quoted words fused into a word, printed on a thing or cited as a headline."""
    if not span.closed or span.open_at < 0:
        return False
    after = span.close_at + 1
    return (
        bool(_FUSED.match(paragraph, after))
        or _on_a_thing(paragraph, span)
        or _cited_headline(paragraph, span)
    )


def _on_a_thing(paragraph: str, span: QuotedSpan) -> bool:
    """ "“We are Harbour” T-shirts": a few words with no clause-ending stop inside the marks,
    then a noun for a thing that bears them."""
    text = paragraph[span.start : span.end].rstrip()
    if not text or text[-1] in ".,;:" or paragraph[span.end : span.close_at].strip():
        return False
    match = _NOUN_AFTER.match(paragraph, span.close_at + 1)  # (before the words are counted)
    if match is None or match["noun"].casefold() not in THING_NOUNS:
        return False
    if len(_WORD.findall(text)) > MAX_PRINTED_WORDS:
        return False
    # A slogan opens on a capital ("“Vote Lund” pins"); a lower-case word before "signs" or
    # "caps" rather qualifies them ("showed “early” signs of recovery"), a headline's excepted.
    return text[0].isupper() or match["noun"].casefold() in HEADLINE_NOUNS


def _cited_headline(paragraph: str, span: QuotedSpan) -> bool:
    """ "(“Lund wins,” HarbourNews.com, Friday)": a bracket opens right before the marks."""
    if not paragraph[: span.open_at].endswith("("):
        return False
    return _CITATION_AFTER.match(paragraph, span.close_at + 1) is not None

"""A document the article already credited to its owner speaks for that owner.

"Granite Holdings said in a statement that ..." and then "“...,” the statement said": the
statement names no body itself, yet the article told whose it is, in the sentence that brought
it in (X said in a statement, X issued a statement, X's statement, a statement from X, X
provided a statement, X is releasing the ad, X announced for "the release", X emailed for
"the email", X wrote a letter). The speaker is the owner named there; with no such sentence
near, the document stays as it was. Paragraphs still about the document ("The 30-second ad
slams ...") keep that sentence near.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache

from store.quotes.attributed_documents import attributed_owner
from store.quotes.lexicon import word_set
from store.quotes.mentions import Mention, MentionKind
from store.quotes.people import PARAGRAPH_STRIDE, Person
from store.quotes.response_statements import reply_owner
from store.quotes.sentences import sentence_ends
from store.quotes.statement_owners import STATEMENT_WORDS

# A report is issued and then quoted like a statement ("the report said"), by whoever the
# article said published it.
_DOCUMENTS = STATEMENT_WORDS | frozenset(("report", "ad", "editorial"))
# Paragraphs back where the document may have been brought in: an article quotes a document
# soon after naming it, and further back another body's document may have come in between.
_REACH = 2
# The owner before the document: "X said in a statement", "X issued a new statement",
# "Bo Renn's letter" (a capitalised owner: "the campaign's statement" names no one).
_OWNER_BEFORE = (
    r"\b(?:in|issued|released|sent|published|put\s+out)\s+(?:a|an|its|their|his|her)\s+"
    r"(?:[\w-]+\s+)?{noun}\b|(?<=[A-Z])[\w-]*[’']s\s+(?:[\w-]+\s+)?{noun}\b"
)
# The owner right before a verb of handing it out: "Tom Renn provided a written statement",
# "Sen. Lia Dorr is releasing a fresh radio ad", "the Dover League announced she was not
# coming" (a release is what a body announced). The name next to the verb is its subject,
# past a clause opening the sentence ("Ada Pell was due, but the Dover League announced").
_HANDED_OUT = (
    r"\b(?:releasing|sent\s+out|provided|posted)\s+(?:a|an|its|their|his|her|the)\s+"
    r"(?:[\w-]+\s+){{0,3}}{noun}\b"
)
_ANNOUNCED = r"|\bannounced\b"
# A document the verb itself says was sent: "Ada Kerr emailed supporters" (the email), "Bo
# Renn wrote a letter to the board" (the letter); not a passive ("Vane was emailed by the
# league"), whose subject received it.
_EMAILED = r"|(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbeing\s)\be-?mailed\b(?!\s+by\b)"
_VERBED = {
    "email": _EMAILED,
    "e-mail": _EMAILED,
    "letter": r"|\bwrote\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}letter\b",
}
# The owner after it: "a statement from the Acme Corp.", "an email was sent from Ada Kerr",
# "a letter from the board's chairman, Ada Kerr" (a role, then the name in apposition); not
# "a report from the Acme Corp.'s auditor", whose owner is no name the cast holds.
_OWNER_AFTER = (
    r"\b(?:[Aa]n?|[Tt]he)\s+{noun}\s+(?:(?:was|were)\s+)?(?:(?:issued|sent|mailed|released|written)\s+)?"
    r"(?:from|by)\s+(?:the\s+)?(?:(?:[\w’'-]+\s+){{0,3}}[a-z][\w-]*,\s+)?(?=[A-Z])"
    r"(?!(?:[A-Z][\w.&-]*\s+)*[A-Z][\w.&-]*[’']s\b)"
)

# How the mention names the owner.
_AFTER, _POSSESSIVE, _SUBJECT, _NEAREST = "after", "possessive", "subject", "nearest"
# Words opening a clause before the sentence's subject: a name inside it is not the owner.
_CLAUSE_OPENERS = word_set(
    "after before when while although though as since despite following if because unlike "
    "like with without once until upon amid"
)
_POSSESSIVE_MARK = re.compile(r"[\w-]*[’']s(?:\s|$)")


@lru_cache(maxsize=16)
def _shapes(noun: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    handed = _HANDED_OUT.format(noun=noun) + (_ANNOUNCED if noun == "release" else "")
    handed += _VERBED.get(noun, "")
    return (
        re.compile(_OWNER_BEFORE.format(noun=noun)),
        re.compile(_OWNER_AFTER.format(noun=noun)),
        re.compile(handed),
    )


def document_noun(mention: Mention) -> str | None:
    """The noun of a bare definite document ("the statement", "the letter"), else None."""
    words = mention.text.casefold().split()
    if mention.kind != MentionKind.ORGANISATION or len(words) != 2 or words[0] != "the":
        return None
    return words[1] if words[1] in _DOCUMENTS else None


def document_owner(
    mention: Mention, texts: Mapping[int, str], named: Iterable[tuple[int, Person]], at: int
) -> Person | None:
    """Who issued the document "the statement" at reading position `at` stands for: the one
    its own relative clause credits ("the note, which was credited to X"), else the
    one the sentence that brought the document in names as its owner, else None."""
    noun = document_noun(mention)
    if noun is None:
        return None
    named = list(named)
    if (credited := attributed_owner(mention, texts, named, at)) is not None:
        return credited
    span = _owner_span(noun, texts, at)
    if span is None:
        return reply_owner(noun, texts, named, at)  # "X responded that ... the statement"
    start, end, where = span
    paragraph, offset = divmod(start, PARAGRAPH_STRIDE)
    words = texts.get(paragraph, "")[offset : end - paragraph * PARAGRAPH_STRIDE]
    # Only an owner the sentence writes by name: "the party ... in its report" names none.
    inside = sorted(
        ((s, p) for s, p in named if start <= s < end and p.name.split()[-1] in words),
        key=lambda pair: pair[0],
    )
    if not inside:
        return None
    if where == _AFTER:
        return inside[0][1]
    if where == _POSSESSIVE:
        return inside[-1][1]
    if where == _NEAREST:
        return _next_to_verb(inside, words, start)
    return _subject(inside, words, start)


def issuer_words(mention: Mention, texts: Mapping[int, str], at: int) -> tuple[str, int] | None:
    """The words of the sentence that brought the document at `at` in, up to where its
    subject put it out ("At dawn her campaign sent out"), and where they start; None
    for a document brought in with its owner after it or none."""
    noun = document_noun(mention)
    span = None if noun is None else _owner_span(noun, texts, at)
    if span is None or span[2] == _AFTER:
        return None
    start, end, _ = span
    paragraph, offset = divmod(start, PARAGRAPH_STRIDE)
    return texts.get(paragraph, "")[offset : end - paragraph * PARAGRAPH_STRIDE], start


def _next_to_verb(inside: list[tuple[int, Person]], words: str, start: int) -> Person | None:
    """The owner a verb of handing out has: the last name before it with no comma between
    ("but the Dover League announced"), else, past an aside closed right before the verb
    ("Tom Renn, who sued Harlow Grid, provided"), the sentence's subject as for "said in";
    none past another clause ("Ada Kerr backs Bo Renn, but his campaign sent out")."""
    for seen, person in reversed(inside):
        if "," not in words[seen - start :]:
            return person
    return _subject(inside, words, start) if inside and words.rstrip().endswith(",") else None


def _subject(inside: list[tuple[int, Person]], words: str, start: int) -> Person | None:
    """The one who said or issued the document: the sentence's first name ("Tom Lind, who has
    sued the Acme Corp., said in a statement", "On Monday, Ada Kerr said"); none when that
    name sits in a clause opening the sentence ("After meeting Bo Renn, Ada Kerr said")."""
    first, person = inside[0]
    before = words[: first - start].strip().casefold()
    if "," not in before and before.split()[:1] and before.split()[0] in _CLAUSE_OPENERS:
        return None
    surname = person.name.split()[-1]
    if re.match(rf"[^,]*?\b{re.escape(surname)}[’']s\s", words[first - start :]):
        # "Bo Renn's lawyer said in a statement": the lawyer's, if the cast holds him.
        return next((p for _, p in inside if _POSSESSIVE_MARK.search(p.name)), None)
    return person


def _still_about(noun: str, text: str) -> bool:
    """True when a paragraph names the document again by its noun ("The 30-second ad")."""
    return re.search(rf"\b[Tt]he\s+(?:[^\s.]+\s+){{0,3}}?{noun}\b", text) is not None


def _owner_span(noun: str, texts: Mapping[int, str], at: int) -> tuple[int, int, str] | None:
    """Where the owner stands (positions) around the latest mention of the document before
    `at` that says whose it is, and how the mention names it: after the noun ("from X"), as
    its possessive ("X's statement") or as the subject of the sentence ("X said in a ...")."""
    here, offset = divmod(at, PARAGRAPH_STRIDE)
    before, after, handed = _shapes(noun)
    paragraph, left = here + 1, _REACH + 1
    while left > 0 and paragraph > 0:
        paragraph -= 1
        text = texts.get(paragraph, "")
        limit = offset if paragraph == here else len(text)
        found = [(m, _SUBJECT) for m in before.finditer(text, 0, limit)]
        found += [(m, _AFTER) for m in after.finditer(text, 0, limit)]
        found += [(m, _NEAREST) for m in handed.finditer(text, 0, limit)]
        if not found:
            # A paragraph still about the document ("The ad slams ...") keeps it in reach.
            left -= paragraph == here or not _still_about(noun, text)
            continue
        match, how = max(found, key=lambda pair: pair[0].start())
        ends = [0, *sentence_ends(text), len(text)]
        opening = max(end for end in ends if end <= match.start())
        closing = min((end for end in ends if end >= match.end()), default=len(text))
        base = paragraph * PARAGRAPH_STRIDE
        if how == _AFTER:
            return base + match.end(), base + closing, _AFTER
        if how == _NEAREST:
            return base + opening, base + match.start(), _NEAREST
        where = _POSSESSIVE if _POSSESSIVE_MARK.match(match[0]) else _SUBJECT
        return base + opening, base + match.end(), where
    return None

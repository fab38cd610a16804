"""Capitalised words that name no one: a common word the article also writes in lower case,
and a people ("Young Latinos").

A sentence opens with a capital whatever its first word is: "Social media has added another
link, she noted" or "Immigration is now an issue ..., he said" read "Social" and "Immigration"
as a lone surname with its pronoun after it. A word the same article writes in lower case
elsewhere ("social", "immigration") is an ordinary word; a surname is not written so. Only a
lone word never given a full name is judged by this: "Rand Paul ... Paul said" stays his.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from store.quotes.lexicon import RELATIVE_WORDS, word_set
from store.quotes.mentions import Mention, MentionKind, read_mention
from store.quotes.person_words import can_speak
from store.quotes.speech_verbs import SPEECH_VERB_FORMS

# Peoples and their adjectives: a nation is never one speaker ("Americans will say “no”"),
# though "the" makes a plural one side of talks ("The Russians have warned").
DEMONYMS = word_set(
    """
    american americans mexican mexicans british briton britons english french german germans
    russian russians chinese japanese korean koreans iraqi iraqis iranian iranians syrian
    syrians israeli israelis palestinian palestinians afghan afghans pakistani pakistanis
    indian indians canadian canadians european europeans african africans asian asians
    arab arabs muslim muslims christian christians jewish italian italians spanish
    cuban cubans latino latinos hispanic hispanics saudi saudis turkish ukrainian ukrainians
    """
)
# Words that open a sentence as its subject and name no one: "Nobody asked about it".
_NO_ONE = word_set("nobody none neither nothing no-one")
# A word in lower case standing on its own: not a piece of a name ("al-Assad", "de", "McCain").
# The first letter leads, the look back at the character before it after: the engine then
# skips to lower-case letters, not trying the look back at every character. Same matches.
_LOWER_WORD = re.compile(r"[a-z](?<![\w’'.-].)[a-z’'-]*(?![\w’'-])")


def lower_case_words(paragraphs: Iterable[str]) -> frozenset[str]:
    """Every word the article writes in lower case somewhere."""
    # One pass over the paragraphs joined by a space, which no word takes in nor stands beside.
    return frozenset(_LOWER_WORD.findall(" ".join(paragraphs)))


def common_word(word: str, lower_words: frozenset[str]) -> bool:
    """True when a capitalised word is one the article also writes in lower case."""
    return word.casefold() in lower_words


def people_named(name: str) -> bool:
    """True when a capitalised run ends in a people's plural ("Young Latinos", "Many
    Mexicans"): a group, not a person's name. The singular stays a surname ("Mark Cuban")."""
    if not name.rstrip().endswith(("s", "S", "ſ")):
        return False  # (what casefolds to a final "s"; the cheap test before the split)
    last = name.split()[-1].casefold() if name.strip() else ""
    return last.endswith("s") and last in DEMONYMS


def lone_common_word(
    mention: Mention, lower_words: frozenset[str], opens_sentence: bool = True
) -> bool:
    """True when a speech verb's subject is one capitalised word that is a "nobody" or, when
    it opens its sentence, a common word of the article: "Nobody asked", "Research suggests".
    Only an opening capital is explained by the sentence: "“...,” Price said" after "the
    price of insulin" is the surname of Dr. Price. A noun for people stays a description
    ("Aides suggested"); the caller keeps a word that resolved to a full-named or titled
    person ("Hope said" after Hope Lark)."""
    word = mention.text
    if mention.kind != MentionKind.NAME or " " in word or not word[:1].isupper():
        return False
    if can_speak(word):
        return False
    return (opens_sentence and common_word(word, lower_words)) or word.casefold() in _NO_ONE


# Words a noun phrase never goes on with after its head: a finite verb's auxiliary. Fewer
# than lexicon.FINITE_AUXILIARIES: with "do", "does", "did" (or the modals) here the
# extraction digest moves, so this list stays as it was tuned.
_AUXILIARIES = word_set("has have had is are was were will would")
# Words that open a clause inside a description ("a man who has worked ..."): what follows
# them may hold a verb.
_CLAUSE_OPENERS = RELATIVE_WORDS
# A determiner or a joining word: a description cannot end on one ("a member of the").
_LOOSE_ENDS = word_set("the a an of for to and or with from at in on by")
_READ_AS_PHRASES = frozenset((MentionKind.DESCRIPTION, MentionKind.ORGANISATION))


def fragment(mention: Mention) -> bool:
    """True when a description or body was read from a piece of a clause, not a noun phrase:
    a lone determiner ("pledged a") or a phrase cut before its noun ("a member of the")."""
    words = mention.text.casefold().split()
    return mention.kind in _READ_AS_PHRASES and (not words or words[-1] in _LOOSE_ENDS)


def clipped(mention: Mention) -> Mention:
    """A description or body read on past its subject, cut before the verb it ran into:
    "The former senator has long [maintained]" is "The former senator", "The senator emailed
    supporters [saying]" "The senator", "Kerr passionately rebuked critics" "Kerr"."""
    if mention.kind not in _READ_AS_PHRASES:
        return mention
    written = mention.text.split()
    for at, word in enumerate(written[1:-1], start=1):
        if word.casefold() in _CLAUSE_OPENERS:
            return mention  # "a man who has worked there": the clause is his description
        adverb = word.endswith("ly") and word.islower()  # "passionately", never "Daily"
        if word in _AUXILIARIES or adverb or word in _VERBS_AFTER_A_SUBJECT:
            return _cut(mention, at)
    return _cut(mention, len(written) - 1) if written[-1] in _AUXILIARIES else mention


def _cut(mention: Mention, words: int) -> Mention:
    """The mention's first `words` words, read again for what they name ("The senator
    emailed supporters" was a body for its last word; "The senator" is a description)."""
    text = " ".join(mention.text.split()[:words])
    reread = read_mention(text, mention.start)
    if reread is not None:
        return reread
    name = text if mention.name is not None else None
    return replace(mention, text=text, name=name, end=mention.start + len(text))


# Past forms of speech verbs that, inside a phrase, are its verb ("The senator emailed
# supporters", "Mr. Kerr tells voters"); a participle that qualifies a noun stays ("a voter
# asked about it", "a group called ...").
_QUALIFYING_PARTICIPLES = word_set("asked called dubbed named quoted described labeled labelled")
_VERBS_AFTER_A_SUBJECT = frozenset(
    form
    for form in SPEECH_VERB_FORMS
    if form.endswith("ed") and form not in _QUALIFYING_PARTICIPLES
) | word_set("tells says writes")

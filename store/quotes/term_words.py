"""Words that make quoted words a term nobody says: the name of a work, a scare quote.

A part of the lexicon (lexicon.py), kept apart as one concept: terms.py, term_shapes.py,
work_titles.py and their kin read these.
"""

from __future__ import annotations

from store.quotes.lexicon import word_set

# Verbs of being, having or meaning right after the marks: the words are the sentence's subject.
TERM_VERBS = word_set("is was are were has have had means meant refers stands remains should")

# --- quoted names of works -----------------------------------------------------------------

# Nouns for works, shows and publications: a capitalised quote beside one names it ("the
# streaming thriller “Fjordland”", "the “Late Call” sketch"), it quotes nobody.
WORK_WORDS = word_set(
    """
    show program programme film movie book ad spot song album series thriller drama sitcom
    sketch play documentary podcast segment column novel memoir episode newsletter blog
    miniseries musical opera comedy cartoon hashtag app game
    """
)
# Participles that name a work after its noun ("a play called", "a spot titled"), where other
# speech verbs mean someone speaks of it.
NAMING_PARTICIPLES = word_set("called named titled entitled dubbed nicknamed")

# --- terms without a cue (terms.py) --------------------------------------------------------
# A speaker's "I" or "you" makes short words in marks speech ("“We’re alive”"); without them
# and a cue, a phrase after a determiner or possessive qualifying a noun is a term ("the
# GOP’s “establishment” candidate"), unless the noun names words said ("his “no” comment").
FIRST_PERSON_WORDS = word_set("i i'm i’m me my we we're we’re us our you your you're you’re")
TERM_DETERMINERS = word_set("the a an this that these those its their his her our your")
SINGULAR_DETERMINERS = word_set("a an this that")  # "a “revolution” draws": -s is a verb
TERM_OPENERS = word_set("so-called self-described self-styled")  # "the so-called “rebels”"
SPEECH_NOUNS = word_set("comment comments remark remarks line lines quote quip phrase slogan")
WORK_PEOPLE = word_set("star stars actor actress creator host author director")  # “X” star

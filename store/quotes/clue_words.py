"""The words that weigh a quote's confidence (store/quotes/evidence.py): a part of the lexicon,
kept apart as first_names.py and statement_words.py are, for lexicon.py's size."""

from __future__ import annotations

from store.quotes.lexicon import word_set

# A source that passes the words on: the gold, and a careful reader, credit it as well.
RELAY_PHRASES = ("according to", " reports", " reported", " told the ", " wrote in ")
# Words that open a clause inside the sentence: a name after one is seldom the main speaker.
SUBORDINATORS = word_set("when after as while because before since although though if until")
# The plain speech verbs (and the layout's colon and dash): any other cue ("joked", "suggested",
# "continue") is more often a verb of narration that merely sits near the quote.
PLAIN_SPEECH_VERBS = word_set(
    "said says told tells wrote writes added adds tweeted asked replied responded explained "
    "continued stated argued noted notes : —"
) | {"according to"}

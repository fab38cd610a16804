"""Cue verbs rarer than the lexicon's, kept apart for lexicon.py's size (as clue_words.py is).

Only past and present forms: these bases are nouns as often as verbs ("a riff", "an
agreement"), and their -ing forms qualify nouns ("an elaborating note").
"""

from __future__ import annotations

from store.quotes.lexicon import word_set

# "“...,” the nominee riffed", "“...,” agrees Ada Kerr", "Kerr surmised": each credits the
# words before it as surely as "said" does; none of them narrates anything but speech.
RARE_CUE_FORMS = word_set(
    """
    riffed riffs agreed agrees surmised surmises elaborated elaborates barked barks
    confessed confesses demurred demurs lectured lectures sniped snipes
    hollered hollers signalled signaled vented
    """
) | frozenset(
    # "Kerr thanked the crews for “...”": thanking is said aloud; the thanks in marks are the
    # thanker's words. ("thanks" is left out: "thanks to the “...” method" is no one's cue.)
    ("thanked",)
)
# Cue forms some writers capitalise anywhere, after the brand: "Kerr, the head of the Trust,
# Tweeted on Friday". Other capitalised cues count only as a sentence's first word ("Said
# Kerr"); "Tweets" stays out, a plural noun as often ("Tweets from Kerr").
BRAND_CASED_CUES = frozenset(("Tweeted", "Tweeting"))
# Cues that say nothing before "to": "agreed to a call", "he continues to struggle" (the
# verb after it, if a cue, is read on its own: "continued to argue").
TO_NO_CUE = RARE_CUE_FORMS | frozenset(("continue", "continues", "continued"))
# Cues whose object is whom they address, never their speaker: "“...,” thanked Kerr" is no
# credit, so "Lee, star of “...,” thanked Kerr for" is Lee's, not Kerr's.
NEVER_INVERTED = frozenset(("thanked",))

# "“...,” Kerr started.", "“...?” questioned Kerr", "“...,” she offered.": verbs that speak
# only as a quote's own credit. Elsewhere they narrate ("Kerr started a firm", "she
# questioned the figures", "he offered help"), so they count only right after a closing mark
# (inverted) or with a short subject between the mark and the verb, which then ends its clause.
AFTER_QUOTE_CUE_FORMS = word_set(
    """
    reacted reacts questioned questions started starts began begins offered offers
    ventured ventures teased teases marvelled shrugged deadpanned deadpans sang sings
    shrugs murmured murmurs muttered mutters chuckled chuckles enthused enthuses
    grinned grins smiled smiles
    """
) | frozenset(
    # "“...,” Kerr cut in.": a verb and its particle, the same way ("thieves broke in",
    # "donors chipped in" narrate).
    (
        "cut in", "cuts in", "broke in", "breaks in", "butted in", "butts in", "chipped in",
        "chips in", "piped up", "pipes up", "spoke up", "speaks up", "jumped in", "jumps in",
    )
)

# "could only quip:": after a modal and "only" a base form is a verb, even one that is mostly
# a noun elsewhere ("a quip") and so no cue on its own. A bare modal is not enough: "the
# press would label her a “coward”" and "she will tweet" are speech imagined or to come.
MODALS = word_set("can could would")
MODAL_FILLERS = word_set("only just simply merely")

# "Kerr referred to the plan as “a gamble”": a cue only with "to ... as" before the quote;
# "referred the case to a court" and "refers to page two" say nothing. Its -ing form opens
# a clause inside someone else's words too often ("said it is like Kerr referring to ...").
REFERRING_FORMS = word_set("referred refers")

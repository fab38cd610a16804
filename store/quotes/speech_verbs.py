"""Speech verbs: the verbs reporters attribute words with, every form of them, and the
narrower sets that report a clause, open a sentence, head a headline or ask a question.

A part of the lexicon (lexicon.py), kept apart as one concept: the forms are built here once.
"""

from __future__ import annotations

from store.quotes.lexicon import word_set

# Verbs reporters use to attribute words, as bare infinitives; irregular forms are listed below.
SPEECH_VERB_BASES = word_set(
    """
    add admit acknowledge allege announce answer argue ask assert assure blast boast caution
    charge chant claim comment complain concede conclude confirm contend continue counter
    cry declare decry demand deny describe emphasise emphasize exclaim explain insist
    joke lament maintain mock muse note observe plead pledge point post predict proclaim
    promise quip recall recount reiterate remark remind reply report respond retort scoff
    scream shout snap state stress suggest tweet underline urge vow warn wonder yell
    testify concur interject recollect reason press
    echo interrupt gush sigh laugh beam marvel opine reflect repeat tout hail rail chime
    grumble snarl whisper cheer bellow sneer gripe jab slam rebut call dub label
    advise email text message retaliate exhort
    """
)
IRREGULAR_SPEECH_VERBS: dict[str, tuple[str, ...]] = {
    "say": ("said", "says", "saying"),
    "tell": ("told", "tells", "telling"),
    "write": ("wrote", "writes", "writing", "written"),
    "read": ("reads",),
    "go on": ("went on", "goes on", "going on"),
    "remember": ("remembered", "remembers", "recalled"),
    "speak": ("spoke", "speaks", "speaking"),
    "shoot back": ("shot back", "shoots back"),
    "fire back": ("fired back", "fires back"),
    "put it": ("puts it",),  # "as Vulture put it, ..."
}
# Verbs that double their last consonant: "admitted", "quipped".
DOUBLING_VERBS = word_set("admit quip snap jab slam rebut commit regret dub")
# Base forms that are far more often nouns ("the post", "a White House press aide").
NOUN_FORMS = word_set(
    """
    post report comment answer state note remark tweet reply claim charge cry counter demand
    promise pledge plead vow joke shout laugh cheer sigh reason mock point press echo beam
    rail chime repeat reflect hail tout quip snap pointing call calls label labels
    email emails text texts message messages
    """
)
# Past forms kept although their base is a noun ("pointed"), or whose base is no cue ("fumed").
EXTRA_SPEECH_FORMS = ("pointed", "pressed", "fumed")
# The particles that make a verb speak: "went on", "shot back", "put it".
SPEECH_PARTICLES = ("on", "back", "it")


def _inflections(verb: str) -> tuple[str, ...]:
    """Base, past, third person and -ing forms of a regular verb."""
    if verb in DOUBLING_VERBS:
        return (verb, verb + verb[-1] + "ed", verb + "s", verb + verb[-1] + "ing")
    consonant_y = verb.endswith("y") and verb[-2] not in "aeiou"
    if verb.endswith("e"):
        past, third, gerund = verb + "d", verb + "s", verb[:-1] + "ing"
    elif consonant_y:
        past, third, gerund = verb[:-1] + "ied", verb[:-1] + "ies", verb + "ing"
    else:
        past, gerund = verb + "ed", verb + "ing"
        third = verb + "es" if verb.endswith(("s", "sh", "ch", "x")) else verb + "s"
    return (verb, past, third, gerund)


def _speech_forms() -> frozenset[str]:
    """Every form of every cue verb, less the base forms that are mostly nouns."""
    forms = {form for verb in SPEECH_VERB_BASES for form in _inflections(verb)}
    for verb, irregular in IRREGULAR_SPEECH_VERBS.items():
        forms.update((verb, *irregular))
    # Their third person stays although it is also a plural ("his earlier comments"): on
    # PolNeAR dropping it lost more cues ("calls it", "notes that") than it saved.
    forms -= NOUN_FORMS
    forms.update(EXTRA_SPEECH_FORMS)
    return frozenset(forms)


# Every form of a cue verb, particle verbs as "went on".
SPEECH_VERB_FORMS = _speech_forms()

# Verbs that take a reported clause ("X stressed that ...") as well as a direct quote.
# "believes" and "thinks" are no cue verbs: they stay for events a cue did not find.
CLAUSE_VERBS = word_set(
    """
    said says told tells added adds stressed stresses noted notes reminded reminds claimed
    claims argued argues insisted insists warned warns explained explains stated states
    announced announces acknowledged admitted suggested suggests emphasized emphasised
    asserted maintained predicted recalled confirmed conceded contended wrote writes
    pointed reiterated underlined denied promised vowed pledged alleged complained
    believes believed thinks thought
    """
)
# Clause verbs that report without "that" ("Lavrov said Moscow expects ..."); the rest need
# it, or their object would pass for a statement ("acknowledged her backing").
BARE_CLAUSE_VERBS = word_set(
    """
    said says say added adds argued argues claimed claims insisted insists warned warns
    stressed stresses noted notes predicted predicts believes believed thinks thought
    suggested suggests wrote writes explained explains
    """
)
# Verbs that may open a sentence before their speaker: "Said Dorothy Poynter, who ...".
OPENING_VERBS = word_set("said says added adds wrote writes stated declared replied")
# A headline's verb between a name and its claim: "Lavrov says Moscow expects ...". Headlines
# use the present and verbs narration cues never find ("hints", "signals").
HEADLINE_VERBS = (
    "says",
    "said",
    "warns",
    "insists",
    "claims",
    "argues",
    "admits",
    "vows",
    "denies",
    "believes",
    "thinks",
    "predicts",
    "promises",
    "stresses",
    "suggests",
    "hints",
    "signals",
    "concedes",
)
# The verbs a reader asks with: "who said ...", "who tweeted ...", "who uttered ...". Questions
# use fewer and other verbs than narration ("mentioned", "uttered"); with every cue form a
# question like "who asked for a recount" would read as "who said".
QUESTION_VERBS = (
    "said",
    "says",
    "say",
    "told",
    "tells",
    "tell",
    "stated",
    "states",
    "claimed",
    "claims",
    "declared",
    "announced",
    "wrote",
    "remarked",
    "added",
    "noted",
    "argued",
    "insisted",
    "warned",
    "asserted",
    "suggested",
    "mentioned",
    "tweeted",
    "promised",
    "admitted",
    "explained",
    "commented",
    "replied",
    "responded",
    "observed",
    "uttered",
)

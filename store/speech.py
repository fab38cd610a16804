"""The newsroom's speech vocabulary: cue verbs and the phrases that attribute words to someone."""

from __future__ import annotations

import re

# Verbs reporters use to attribute words, as bare infinitives; irregular forms are listed below.
_REGULAR = (
    "add admit acknowledge allege announce answer argue ask assert assure blast boast caution "
    "charge chant claim comment complain concede conclude confirm contend continue counter "
    "cry declare decry demand deny describe emphasise emphasize exclaim explain fume insist "
    "joke lament maintain mock muse note observe plead pledge point post predict proclaim "
    "promise quip recall recount reiterate remark remind reply report respond retort scoff "
    "scream shout snap state stress suggest tweet underline urge vow warn wonder yell "
    "emphasise insist testify concur interject recollect reason acknowledge caution"
).split()
_IRREGULAR = {
    "say": ("said", "says", "saying"),
    "tell": ("told", "tells", "telling"),
    "write": ("wrote", "writes", "writing", "written"),
    "read": ("reads", "reading"),
    "go on": ("went on", "goes on", "going on"),
    "speak": ("spoke", "speaks", "speaking"),
    "shoot back": ("shot back", "shoots back"),
    "fire back": ("fired back", "fires back"),
    "put it": ("puts it",),
}
# Verbs that take a reported clause ("X stressed that ...") as well as a direct quote.
_CLAUSE_VERBS = (
    "said says told tells added adds stressed stresses noted notes reminded reminds claimed "
    "claims argued argues insisted insists warned warns explained explains stated states "
    "announced announces acknowledged admitted suggested suggests emphasized emphasised "
    "asserted maintained predicted recalled confirmed conceded contended wrote writes "
    "pointed reiterated underlined denied promised vowed pledged alleged complained "
    "believes believed thinks thought"
).split()


def _inflections(verb: str) -> tuple[str, ...]:
    """Base, past, third person and -ing forms of a regular verb."""
    consonant_y = verb.endswith("y") and verb[-2] not in "aeiou"
    if verb.endswith("e"):
        past, third, gerund = verb + "d", verb + "s", verb[:-1] + "ing"
    elif consonant_y:
        past, third, gerund = verb[:-1] + "ied", verb[:-1] + "ies", verb + "ing"
    else:
        past, gerund = verb + "ed", verb + "ing"
        third = verb + "es" if verb.endswith(("s", "sh", "ch", "x")) else verb + "s"
    return (verb, past, third, gerund)


def _forms() -> list[str]:
    forms = {form for verb in _REGULAR for form in _inflections(verb)}
    for verb, irregular in _IRREGULAR.items():
        forms.update((verb, *irregular))
    forms.add("snapped")
    forms.add("quipped")
    # Longest first so that "went on" wins over "went", "said" over "sai...".
    return sorted(forms, key=len, reverse=True)


SPEECH_VERBS = frozenset(_forms())
CLAUSE_VERBS = frozenset(_CLAUSE_VERBS)
_VERB = "(?:" + "|".join(re.escape(form) for form in _forms()) + ")"
# Words that may sit between a speaker and the verb: "Lavrov also said", "he later told".
_ADVERB = (
    r"(?:(?:also|later|then|further|again|previously|once|recently|repeatedly|simply|quickly|"
    r"finally|earlier|often|has|have|had|would|will|has\s+since|even|flatly|angrily|bluntly|"
    r"publicly|privately|reportedly|once\s+again|in\s+turn|on\s+\w+day|last\s+\w+|"
    r"this\s+week|at\s+the\s+time)\s+)*"
)
# A noun phrase of up to eight words, no punctuation but the apostrophes and hyphens inside
# words and the full stops of initials and titles ("Sen.", "J."): the speaker's mention.
_CHUNK = r"(?P<chunk>(?:[\w’'.&-]+\s+){0,7}?[\w’'.&-]*\w[’'.]?)"
# "Sergey Lavrov, Russia's foreign minister, said": an appositive set off by commas.
_APPOSITIVE = (
    r"(?:\s*,\s*(?P<appos>(?:the|a|an|who|[A-Z][\w’'.-]*|[a-z]+'s|his|her)\b"
    r"[^,\x01\"“”«»()]{2,90}?),)?"
)
SUBJECT_VERB = re.compile(
    _CHUNK + _APPOSITIVE + r"\s+" + _ADVERB + r"(?P<verb>" + _VERB + r")\b(?![’'-])"
)
# "," said Lavrov / "," says the foreign minister: the inverted order, only right after a quote.
VERB_SUBJECT = re.compile(
    r"(?P<verb>said|says|added|adds|asked|asks|wrote|writes|continued|continues|replied|"
    r"replies|explained|explains|responded|noted|notes|recalled|declared|insisted|argued|"
    r"observed|tweeted|warned|stated|concluded|recounted|remarked|answered|shouted|"
    r"went\s+on|according\s+to)\s+(?P<chunk>(?:[\w’'.&-]+\s+){0,7}?[\w’'.&-]*\w[’'.]?)"
    r"(?=\s*(?:[,.;:!?\x01\"“”«»()—–]|$|\s+(?:on|in|at|during|from|to|of|who|after|before|"
    r"when|as|while|last|this|earlier|yesterday|today|tonight|and|but)\b))"
)
ACCORDING_TO = re.compile(
    r"(?i:according\s+to)\s+(?P<chunk>(?:[\w’'.&-]+\s+){0,7}?[\w’'.&-]*\w[’'.]?)"
    r"(?=\s*(?:[,.;:!?\x01\"“”«»()—–]|$|\s+(?:on|in|at|during|who|after|when|and)\b))"
)
# "TRUMP: ..." in transcripts, and "Lavrov: ..." in headlines.
COLON_SPEAKER = re.compile(
    r"(?:^|(?<=[.!?]\s))(?P<chunk>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)\s*:\s"
)


def is_clause_verb(verb: str) -> bool:
    """True for verbs that can report a statement without quote marks ("said that ...")."""
    return verb.split()[0].casefold() in CLAUSE_VERBS

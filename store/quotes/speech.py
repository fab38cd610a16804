"""The newsroom's speech vocabulary: cue verbs and the phrases that attribute words to someone."""

from __future__ import annotations

import re
from dataclasses import dataclass

from store.quotes.mentions import ORGANISATION_WORDS, ROLE_WORDS, is_abbreviation, read_mention
from store.quotes.sentences import char_before

# Verbs reporters use to attribute words, as bare infinitives; irregular forms are listed below.
_REGULAR = (
    "add admit acknowledge allege announce answer argue ask assert assure blast boast caution "
    "charge chant claim comment complain concede conclude confirm contend continue counter "
    "cry declare decry demand deny describe emphasise emphasize exclaim explain insist "
    "joke lament maintain mock muse note observe plead pledge point post predict proclaim "
    "promise quip recall recount reiterate remark remind reply report respond retort scoff "
    "scream shout snap state stress suggest tweet underline urge vow warn wonder yell "
    "emphasise insist testify concur interject recollect reason acknowledge caution press "
    "echo interrupt gush sigh laugh beam marvel opine reflect repeat tout hail rail chime "
    "grumble snarl whisper exclaim cheer bellow sneer gripe jab slam rebut call dub label"
).split()
_IRREGULAR = {
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
_DOUBLING = frozenset("admit quip snap jab slam rebut commit regret dub".split())
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
    if verb in _DOUBLING:
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


def _forms() -> set[str]:
    """Every form of every cue verb, less the base forms that are mostly nouns."""
    forms = {form for verb in _REGULAR for form in _inflections(verb)}
    for verb, irregular in _IRREGULAR.items():
        forms.update((verb, *irregular))
    # Their third person stays although it is also a plural ("his earlier comments"): on
    # PolNeAR dropping it lost more cues ("calls it", "notes that") than it saved.
    forms -= _NOUNS_TOO
    forms.update(("pointed", "pressed", "fumed"))
    return forms


# Base forms that are far more often nouns ("the post", "a White House press aide").
_NOUNS_TOO = frozenset(
    """
    post report comment answer state note remark tweet reply claim charge cry counter demand
    promise pledge plead vow joke shout laugh cheer sigh reason mock point press echo beam
    rail chime repeat reflect hail tout quip snap pointing call calls label labels
    """.split()
)
SPEECH_VERBS = frozenset(form for form in _forms() if " " not in form)
# "went on", "shot back": verbs that speak only with their particle.
_PARTICLE_VERBS = frozenset(
    form.split()[0] for form in _forms() if " " in form and form.split()[1] in ("on", "back", "it")
)
CLAUSE_VERBS = frozenset(_CLAUSE_VERBS)
_SPACED = re.compile(r"\S+")
_CHUNK_TOKEN = re.compile(r"[\w’'.&-]*\w[\w’'.&-]*")
_CHUNK_WORDS = 10
_DETERMINER_WORDS = frozenset("the a an one another his her their its".split())
_APPOSITIVE_WORDS = 24
_APPOSITIVE_OPENING = re.compile(r"(?:the|a|an|who|his|her|[A-Z]|\w+[’']s$)")
_QUOTE_CHARS = frozenset('"“”«»()\x01')
_ADVERBS = frozenset(
    """
    also later then further again previously once recently repeatedly simply quickly finally
    earlier often has have had would will since even flatly angrily bluntly publicly privately
    reportedly now is are was were be been being do does did can could may might should must
    only just
    """.split()
)
_TIME_OPENERS = frozenset("on last this next early late".split())
_TIME_WORDS = frozenset("week month year night morning evening afternoon weekend".split())
_NOUN_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|his|her|their|its|these|those|such|many|our|my|your|to)|\w[’']s)\s+$"
)
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|be|is|are)\s+$")
_WORD = re.compile(r"\b[A-Za-z][a-z]+\b(?![’'-])")
_PARTICLE = re.compile(r"\s+(on|back|it)\b")
_WINDOW = 260
_NAMING = frozenset(("name", "organisation", "pronoun"))


def speech_verbs(text: str) -> list[tuple[int, int, str]]:
    """(start, end, verb) of each speech verb in the text; a set lookup, not a regex of verbs."""
    found = []
    for match in _WORD.finditer(text):
        word = match.group()
        if word not in SPEECH_VERBS and word not in _PARTICLE_VERBS:
            lowered = word.lower()
            # A capitalised verb counts only as a sentence's first word: "Said Dorothy Poynter".
            known = lowered in SPEECH_VERBS or lowered in _PARTICLE_VERBS
            if not known or not _sentence_start(text, match.start()):
                continue
            word = lowered
        end = match.end()
        if word in _PARTICLE_VERBS and word not in SPEECH_VERBS:
            particle = _PARTICLE.match(text, end)
            if particle is None:
                continue
            word, end = f"{word} {particle[1]}", particle.end()
        if _NOUN_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            continue  # "his remarks", "Trump's claims": a noun, not a verb
        passive = _PASSIVE_BEFORE.search(text, max(0, match.start() - 8), match.start())
        if passive and not word.endswith("ing") and not text.startswith(" by ", end):
            continue  # "the winner was declared", "he was told": no one here speaks
        found.append((match.start(), end, word))
    return found


def _sentence_start(text: str, at: int) -> bool:
    return char_before(text, at) in ("", ".", "!", "?", ":")


@dataclass(frozen=True)
class Subject:
    """The words before a speech verb that may name its speaker."""

    chunk: str
    start: int  # offset of the chunk in the text
    appositive: str | None = None  # "Russia's foreign minister" in "Lavrov, Russia's ..., said"


def subject_before(text: str, verb_start: int) -> Subject | None:
    """The speaker's chunk (and appositive) right before a verb, read backwards word by word."""
    window = _SPACED.finditer(text, max(0, verb_start - _WINDOW), verb_start)
    tokens = _commas_attached([(m.start(), m.group()) for m in window])
    at = _skip_adverbs(tokens)
    if at > 0 and (_relative_clause(tokens, at) is not None or _unclosed(tokens, at)):
        # "Katie Packer, who is chairman of the PAC said", "Anthony Anton, president of
        # the association stated": the appositive was never closed with its comma.
        last_start, last_word = tokens[at - 1]
        tokens[at - 1] = (last_start, last_word + ",")
    appositive = None
    if at > 0 and tokens[at - 1][1].endswith(","):
        opening = _appositive_start(tokens, at)
        if opening is not None and opening > 0 and tokens[opening - 1][1].endswith(","):
            first = tokens[opening][0]
            appositive = text[first : tokens[at - 1][0] + len(tokens[at - 1][1]) - 1]
            at = opening
        # Otherwise "Gov. John Kasich (R-OH), said": a comma with no appositive before it.
        last_start, last_word = tokens[at - 1]
        tokens[at - 1] = (last_start, last_word[:-1])
    first_chunk = at
    while first_chunk > 0 and at - first_chunk < _CHUNK_WORDS:
        word = tokens[first_chunk - 1][1]
        if not _CHUNK_TOKEN.fullmatch(word) or (word.endswith(".") and not is_abbreviation(word)):
            break
        first_chunk -= 1
    if first_chunk == at:
        return None
    at = _before_participle(tokens, first_chunk, at)
    start = tokens[first_chunk][0]
    end = tokens[at - 1][0] + len(tokens[at - 1][1])
    return Subject(text[start:end], start, appositive or _role_before(tokens, first_chunk))


def _before_participle(tokens: list[tuple[int, str]], first: int, at: int) -> int:
    """ "Protesters marching through the streets chanted": the subject ends before the
    participle that qualifies it."""
    for index in range(first + 1, at - 1):
        word, following = tokens[index][1], tokens[index + 1][1].casefold()
        if word.endswith("ing") and word.islower() and following in _PARTICIPLE_OBJECTS:
            # Only after a word for a speaker: "a planet choking on its fumes" is no subject.
            head = tokens[index - 1][1]
            lowered = head.casefold()
            if head[:1].isupper() or lowered in ROLE_WORDS or lowered in ORGANISATION_WORDS:
                return index
            return at
    return at


def _role_before(tokens: list[tuple[int, str]], first: int) -> str | None:
    """ "A spokeswoman for the commission, Marie Dubois, said": the job before the name."""
    if first == 0 or not tokens[first - 1][1].endswith(","):
        return None
    start = first - 1
    while start > 0 and first - start < _CHUNK_WORDS:
        if not _CHUNK_TOKEN.fullmatch(tokens[start - 1][1]):
            break
        start -= 1
    phrase = " ".join(word for _, word in tokens[start:first])[:-1]
    mention = read_mention(phrase)
    if mention is None or mention.kind != "description" or mention.start != 0:
        return None
    return phrase


def _unclosed(tokens: list[tuple[int, str]], at: int) -> bool:
    """True when the words before a verb name no one but follow "Full Name, ..." in the clause."""
    if tokens[at - 1][1].endswith(","):
        return False
    reach = range(at - 1, max(-1, at - 1 - _CHUNK_WORDS), -1)
    comma = next((i for i in reach if tokens[i][1].endswith(",")), None)
    if comma is None:
        return False
    chunk = read_mention(" ".join(word for _, word in tokens[comma + 1 : at]))
    if chunk is not None and chunk.kind in ("name", "pronoun"):
        return False
    closed = [*tokens[: at - 1], (tokens[at - 1][0], tokens[at - 1][1] + ",")]
    opening = _appositive_start(closed, at)
    if opening is None:
        return False
    named = read_mention(" ".join(word for _, word in tokens[:opening]).rstrip(","))
    return named is not None and named.kind == "name" and " " in (named.name or "")


def _relative_clause(tokens: list[tuple[int, str]], at: int) -> int | None:
    """Index of "who" when the words before a verb are ", who ..." with no closing comma."""
    for index in range(at - 1, max(0, at - _APPOSITIVE_WORDS), -1):
        word = tokens[index][1]
        if word.endswith((",", ".", ";", ":")) or _QUOTE_CHARS.intersection(word):
            return None
        if word == "who" and index < at - 1 and tokens[index - 1][1].endswith(","):
            return index
    return None


def _commas_attached(tokens: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Tokens with a lone comma (left where a parenthesis was blanked) joined to the word before."""
    joined: list[tuple[int, str]] = []
    for start, word in tokens:
        if word == "," and joined:
            joined[-1] = (joined[-1][0], joined[-1][1] + ",")
        else:
            joined.append((start, word))
    return joined


def _skip_adverbs(tokens: list[tuple[int, str]]) -> int:
    at = len(tokens)
    while at > 0:
        word = tokens[at - 1][1].casefold()
        before = tokens[at - 2][1].casefold() if at > 1 else ""
        original = tokens[at - 1][1]
        manner = original.endswith("ly") and original.isalpha() and original.islower()
        if word in _ADVERBS or manner:
            at -= 1
        elif before in _TIME_OPENERS and (word.endswith("day") or word in _TIME_WORDS):
            at -= 2
        else:
            return at
    return at


def _appositive_start(tokens: list[tuple[int, str]], at: int) -> int | None:
    """Index of the appositive's first word when tokens[:at] ends with "Name, appositive,".

    The name is the earliest comma-closed stretch of the clause that reads wholly as a name:
    in "Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said" the
    appositive runs from "the" to "suing".
    """
    boundary = at - 1
    while boundary > 0 and at - boundary < _APPOSITIVE_WORDS:
        word = tokens[boundary - 1][1]
        if _QUOTE_CHARS.intersection(word) or word.endswith((".", "!", "?", ":", ";")):
            break
        boundary -= 1
    segment_start = boundary
    for index in range(boundary, at - 1):
        word = tokens[index][1]
        if not word.endswith(","):
            continue
        chunk = " ".join(w for _, w in tokens[segment_start : index + 1])[:-1]
        mention = read_mention(chunk)
        if mention is not None and mention.kind in _NAMING and mention.start == 0:
            return index + 1
        segment_start = index + 1
    return None


_PARTICIPLE_OBJECTS = frozenset(
    "through to at in on a an the with for from into outside near his her their".split()
)
_STOP_AFTER = frozenset(
    """
    on in at during from to of who after before when as while last this earlier yesterday
    today tonight and but because said says told adding noting in an via with later since for
    """.split()
)


def _abbreviation(word: str, tokens: list[tuple[int, str]], start: int) -> bool:
    """True when a word's full stop abbreviates ("Sen.", "G.K.", "Del.") rather than ends."""
    if is_abbreviation(word):
        return True
    following = next((w for s, w in tokens if s > start), "")
    return word[:1].isupper() and len(word) <= 5 and following[:1].isupper()


def _joins(word: str, words: list[tuple[int, str]], described: bool) -> bool:
    """True for "of"/"to" inside a description ("a person close to the Clintons") and "and"
    between two titles ("former Gov. and party Chairman Ed Rendell")."""
    if described and word in ("of", "to", "for", "at", "with", "from", "in"):
        return True
    last = words[-1][1].casefold()
    if word == "of" and last in ROLE_WORDS:
        return True  # "former secretary of state Hillary Clinton"
    return word == "and" and (last in ROLE_WORDS or is_abbreviation(last))


def subject_after(text: str, after: int) -> Subject | None:
    """The speaker's words right after an inverted verb ("said Dr. Jane Roe, the ...")."""
    tokens = [(m.start(), m.group()) for m in _SPACED.finditer(text, after, after + _WINDOW)]
    words: list[tuple[int, str]] = []
    ended = False
    described = bool(tokens) and tokens[0][1].casefold() in _DETERMINER_WORDS
    for start, word in tokens:
        lowered = word.casefold()
        if _QUOTE_CHARS.intersection(word.rstrip(").,")) or len(words) >= _CHUNK_WORDS:
            break
        if words and lowered in _STOP_AFTER and not _joins(lowered, words, described):
            break
        core = word.rstrip(",;:.!?)")
        if not core:
            break
        keeps_stop = word.endswith(".") and _abbreviation(word, tokens, start)
        words.append((start, word if keeps_stop else core))
        if core != word and not keeps_stop:
            ended = word[len(core)] != ","
            break
    if not words:
        return None
    start, end = words[0][0], words[-1][0] + len(words[-1][1])
    appositive = None
    if not ended and text[end : end + 1] == ",":
        appositive = _appositive_after(text, end + 1)
    return Subject(text[start:end], start, appositive)


def _appositive_after(text: str, at: int) -> str | None:
    rest = text[at : at + 200]
    stops = [at for at in (rest.find(mark) for mark in ",;.\x01\"“”") if at >= 0]
    stop = min(stops, default=len(rest))
    phrase = rest[:stop].strip()
    fits = _opens_appositive(phrase) and len(phrase.split()) <= _APPOSITIVE_WORDS
    return phrase if fits else None


def _opens_appositive(phrase: str) -> bool:
    """True when words after a name's comma describe it ("the ...", "director of ...")."""
    first = phrase.split()[0].casefold() if phrase.split() else ""
    return bool(_APPOSITIVE_OPENING.match(phrase)) or first in ROLE_WORDS


def is_clause_verb(verb: str) -> bool:
    """True for verbs that can report a statement without quote marks ("said that ...")."""
    return verb.split()[0].casefold() in CLAUSE_VERBS

"""The newsroom's speech vocabulary: cue verbs and the phrases that attribute words to someone."""

from __future__ import annotations

import re
from dataclasses import dataclass

from store.quotes.appositives import closes_work_title, restrictive_relative
from store.quotes.caused_cues import INFINITIVE_CUE_BASES, caused_speaker, governed_infinitive
from store.quotes.chunk_tokens import chunk_token
from store.quotes.closed_appositives import predicate_inside
from store.quotes.contracted_has import contracted_has
from store.quotes.credit_stops import abbreviates_in_credit
from store.quotes.cue_gates import GATED_WORDS, PHRASE_FIRST_WORDS, gated_cues, quoted_by
from store.quotes.inner_names import (
    before_object_participle,
    named_inside_description,
    participle_object_before,
)
from store.quotes.inner_titles import QUOTE_CHARS, quote_breaks
from store.quotes.issued import before_document
from store.quotes.lexicon import (
    AFTER_SPEAKER_STOPS,
    CREDIT_PARTICLES,
    CREDIT_VERB_FORMS,
    DESCRIPTION_JOINS,
    DETERMINERS,
    FUNCTION_WORDS,
    INVERTED_OBJECT_WORDS,
    LIST_JOINS,
    NOUN_MARKERS,
    ORGANISATION_WORDS,
    PARTICIPLE_OBJECTS,
    PRONOUNS,
    RELATIVE_NAMING_VERBS,
    RELATIVE_OPENERS,
    ROLE_WORDS,
)
from store.quotes.listed_adjectives import listed_commas_dropped
from store.quotes.mentions import MentionKind, is_abbreviation, read_mention
from store.quotes.opening_participles import opens_phrase
from store.quotes.person_words import can_speak, people_of
from store.quotes.rare_cues import BRAND_CASED_CUES, RARE_CUE_FORMS, TO_NO_CUE
from store.quotes.sentences import char_before
from store.quotes.speech_verbs import CLAUSE_VERBS, SPEECH_PARTICLES, SPEECH_VERB_FORMS
from store.quotes.unsaid_passives import unsaid_passive
from store.quotes.verb_adverbs import skip_adverbs
from store.quotes.word_trie import words_shaped_like_word

# One-word cue verbs, looked up word by word.
SPEECH_VERBS = frozenset(form for form in SPEECH_VERB_FORMS if " " not in form) | RARE_CUE_FORMS
# "went on", "shot back", "summed up": verbs that speak only with their particle.
_PARTICLE_FORMS = [form.split() for form in SPEECH_VERB_FORMS | CREDIT_VERB_FORMS if " " in form]
_PARTICLES = (*SPEECH_PARTICLES, *CREDIT_PARTICLES)
_PARTICLE_VERBS = frozenset(verb for verb, particle in _PARTICLE_FORMS if particle in _PARTICLES)
# "issued a statement", "released a brief written statement": a cue with its document.
_ISSUING = frozenset(("issued", "issues", "released", "releases"))
# Every word speech_verbs looks at further, as written: most words of a paragraph are none of
# these, and one set lookup sends them on (a sentence's first word may be capitalised).
_CANDIDATES = (
    RELATIVE_NAMING_VERBS
    | SPEECH_VERBS
    | _PARTICLE_VERBS
    | {verb.capitalize() for verb in SPEECH_VERBS | _PARTICLE_VERBS}
    | _ISSUING
    | INFINITIVE_CUE_BASES  # "prompted Kerr to state"
    | BRAND_CASED_CUES  # "Kerr, the head of X, Tweeted"
)
# The _WORD matches that are candidates or cue_gates' words (a phrase's first too): one trie.
_CANDIDATE = words_shaped_like_word(_CANDIDATES | GATED_WORDS | PHRASE_FIRST_WORDS)
_SPACED = re.compile(r"\S+")
_CHUNK_WORDS = 10
_LIST_NAME_WORDS = 4
_LEADING_WITH = frozenset(("a", "an"))
_APPOSITIVE_WORDS = 24
_APPOSITIVE_OPENING = re.compile(r"(?:the|a|an|who|his|her|[A-Z]|\w+[’']s$)")
_QUANTIFIERS = frozenset(("both", "all", "each"))
_WHEN_WORDS = frozenset(("yesterday", "today", "tonight", "earlier", "later"))
_PERCEIVED = re.compile(
    r"\s+(?:(?:can|could|may|might|will|would)\s+be|was|were|is|are|been)\s+"
    r"(?:heard|seen|overheard)\s+$"
)
# Unnamed speakers that are no job: "a source speaking to reporters said".
_SOURCE_NOUNS = frozenset(("source", "sources", "insider", "insiders"))
_ISSUED_STATEMENT = re.compile(r"\s+(?:a|an|the|this)\s+(?:[\w-]+\s+){0,2}?statement\b(?![’'])")
_CLAUSE_OPENERS = frozenset(("as", "when", "while", "after", "before", "because", "since"))
_QUANTIFIED_WORDS = 5
_NOUN_BEFORE = re.compile(r"(?:\b(?:" + "|".join(NOUN_MARKERS) + r")|\w[’']s)\s+$")
# Prepositions ending like a participle: "a man during a clash" is no "a woman living in".
_ING_PREPOSITIONS = frozenset(("during", "including", "following", "according", "regarding"))
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|be|is|are)\s+$")
_WORD = re.compile(r"\b[A-Za-z][a-z]+\b(?![’'-])")
_PARTICLE = re.compile(r"\s+(" + "|".join(_PARTICLES) + r")\b")
_WINDOW = 260
_OWN_SUBJECTS = frozenset((MentionKind.NAME, MentionKind.PRONOUN, MentionKind.RELATIVE))
_NAMING = frozenset((MentionKind.NAME, MentionKind.ORGANISATION, MentionKind.PRONOUN))
# Words opening a clause whose own subject comes after them: "..., which an inquiry said".
_OBJECT_RELATIVES = frozenset(("which", "whom", "what"))


def speech_verbs(text: str) -> list[tuple[int, int, str]]:
    """(start, end, verb) of each speech verb in the text; a trie of the verbs finds them."""
    found: list[tuple[int, int, str]] = []
    scanned = list(_CANDIDATE.finditer(text))
    for match in (m for m in scanned if m.group() in _CANDIDATES):
        word = match.group()
        hyphenated = text[match.start() - 1 : match.start()] == "-"
        if (found and match.start() < found[-1][1]) or hyphenated:
            continue  # inside "issued a brief written statement": one cue; "so-called": none
        if word in RELATIVE_NAMING_VERBS and _in_relative_clause(text, match.start()):
            found.append((match.start(), match.end(), word))
            continue
        if word in TO_NO_CUE and text.startswith(" to ", match.end()):
            continue  # "McConnell agreed to a call", "he continues to struggle": not words
        statement = _ISSUED_STATEMENT.match(text, match.end()) if word in _ISSUING else None
        if statement is not None:
            # "The board issued a statement. “...”": the issuer speaks the statement's words.
            found.append((match.start(), statement.end(), text[match.start() : statement.end()]))
            continue
        if word in INFINITIVE_CUE_BASES:
            if governed_infinitive(text, match.start()):  # "prompted Kerr to state"
                found.append((match.start(), match.end(), word))
            continue
        if word not in SPEECH_VERBS and word not in _PARTICLE_VERBS:
            lowered = word.lower()
            # A capitalised verb counts only as a sentence's first word: "Said Dorothy Poynter".
            known = lowered in SPEECH_VERBS or lowered in _PARTICLE_VERBS
            anywhere = word in BRAND_CASED_CUES  # "Kerr, the head of X, Tweeted on Friday"
            if not known or not (anywhere or _sentence_start(text, match.start())):
                continue
            word = lowered
        end = match.end()
        if word in _PARTICLE_VERBS and word not in SPEECH_VERBS:
            particle = _PARTICLE.match(text, end)
            if particle is None:
                continue
            credit = f"{word} {particle[1]}"
            if particle[1] in CREDIT_PARTICLES and credit not in CREDIT_VERB_FORMS:
                continue  # "went up", "shot up": no credit
            word, end = f"{word} {particle[1]}", particle.end()
        noun = _NOUN_BEFORE.search(text, max(0, match.start() - 12), match.start())
        at = match.start()
        # "tried to argue", "prompted Kerr to say" (caused_cues.py): "to" a verb governs
        if not (noun is None or governed_infinitive(text, at) or contracted_has(text, at)):
            continue  # "his remarks", "Vance's claims": a noun, not a verb ("she’s said" is)
        before = _PASSIVE_BEFORE.search(text, max(0, match.start() - 8), match.start())
        passive = before is not None and not word.endswith("ing")  # an agent read only then:
        if passive and not (text.startswith(" by ", end) or quoted_by(text, end) >= 0):
            continue  # "the winner was declared", "he was told": no one here speaks
        if passive and unsaid_passive(text, match.start()):
            continue  # "needs to be confirmed by the board": the board has said nothing yet
        found.append((match.start(), end, word))
    # "”, questioned Kerr", "could only quip": words that are cues by their place alone.
    gated = [m for m in scanned if m.group() in GATED_WORDS]  # gated_cues decides on these
    phrased = any(m.group() in PHRASE_FIRST_WORDS for m in scanned)
    if not gated and not phrased:
        return found  # most paragraphs: no gated word, so found stays in reading order
    return sorted(found + gated_cues(text, {start for start, _, _ in found}, gated, phrased))


def _in_relative_clause(text: str, at: int) -> bool:
    """True when a relative word opens the clause a few words before: "which Quill calls",
    "which harbour historian Ada Quill calls" (a subject's role and name between)."""
    clause = text[max(0, at - 80) : at].split(",")[-1]
    words = clause.split()[-_RELATIVE_REACH:]
    # The word right before the verb is its subject, never the relative word itself.
    return any(word.casefold() in RELATIVE_OPENERS for word in words[:-1])


_RELATIVE_REACH = 8  # words of the clause before the verb: "which", a role, a name


def _sentence_start(text: str, at: int) -> bool:
    return char_before(text, at) in ("", ".", "!", "?", ":")


@dataclass(frozen=True)
class Subject:
    """The words before a speech verb that may name its speaker."""

    chunk: str
    start: int  # offset of the chunk in the text
    appositive: str | None = None  # "Russia's foreign minister" in "Lavrov, Russia's ..., said"
    appositive_at: int = -1  # the appositive's offset in the text, when it is known


def perceived_start(text: str, verb_start: int) -> int:
    """Where "can be heard" / "was seen" before an -ing cue starts ("a reporter can be heard
    asking"): the subject is before it; else `verb_start` itself."""
    perceived = _PERCEIVED.search(text, max(0, verb_start - 30), verb_start)
    verb = _WORD.match(text, verb_start)
    if perceived is None or verb is None or not verb.group().endswith("ing"):
        return verb_start
    return perceived.start()


def subject_before(text: str, verb_start: int) -> Subject | None:
    """The speaker's chunk (and appositive) right before a verb, read backwards word by word."""
    caused = caused_speaker(text, verb_start)  # "prompted Kerr to say": Kerr
    if caused is not None:
        return Subject(*caused)
    verb = _WORD.match(text, verb_start)
    verb_start = perceived_start(text, verb_start)
    window = _SPACED.finditer(text, max(0, verb_start - _WINDOW), verb_start)
    tokens = listed_commas_dropped(_commas_attached([(m.start(), m[0]) for m in window]))
    at = skip_adverbs(tokens)
    # "Senators Ada Kerr, Bo Renn and Cy Dorn said": a list, whose commas close no appositive.
    listed = _listed(tokens, at)
    if verb is not None and verb.group().endswith("ing"):
        at = before_document(tokens, at)
    opens = at > 0 and not listed  # (in a list, the costly open-clause reading is moot)
    unclosed = opens and (_relative_clause(tokens, at) is not None or _unclosed(tokens, at))
    if unclosed:
        # "Nell Ostrow, who is chairman of the fund said", "Anthony Anton, president of
        # the association stated": the appositive was never closed with its comma.
        last_start, last_word = tokens[at - 1]
        tokens[at - 1] = (last_start, last_word + ",")
    appositive, appositive_at = None, -1
    if at > 0 and not listed and tokens[at - 1][1].endswith(","):
        opening = _quantified_appositive(tokens, at) or _appositive_start(tokens, at)
        if opening is not None and opening > 0 and tokens[opening - 1][1].endswith(","):
            first = appositive_at = tokens[opening][0]
            appositive = text[first : tokens[at - 1][0] + len(tokens[at - 1][1]) - 1]
            at = opening
        # Otherwise "Gov. Bo Renn (R-VT), said": a comma with no appositive before it.
        last_start, last_word = tokens[at - 1]
        tokens[at - 1] = (last_start, last_word[:-1])
    first_chunk = at
    while first_chunk > 0 and at - first_chunk < _CHUNK_WORDS:
        word = tokens[first_chunk - 1][1]
        # A full stop ends the chunk unless it abbreviates: "Sen.", or a body's "Acme Inc.".
        abbreviates = is_abbreviation(word) or word.casefold() in ORGANISATION_WORDS
        if not chunk_token(word) or (word.endswith(".") and not abbreviates):
            break
        first_chunk -= 1
    if first_chunk == at:
        return None
    if appositive is not None and participle_object_before(tokens, first_chunk, at, appositive):
        return Subject(appositive, appositive_at)  # "a pastor backing Mr. Vance, Tom Lind, said"
    at = _before_participle(tokens, first_chunk, at)
    if appositive is None:  # "voters backing Bo Kerr said": the name is whom they back
        at = before_object_participle(tokens, first_chunk, at)
        if at == first_chunk:
            return None
    relative = restrictive_relative(tokens, first_chunk, at)
    if relative is not None:
        # "a nurse who backs Ada Kerr told": the nurse, whom the clause describes.
        appositive_at = tokens[relative][0]
        appositive = text[appositive_at : tokens[at - 1][0] + len(tokens[at - 1][1])]
        at = relative
    start = tokens[first_chunk][0]
    end = tokens[at - 1][0] + len(tokens[at - 1][1])
    chunk = text[start:end]
    if chunk.endswith(".") and tokens[at - 1][1].casefold() in ORGANISATION_WORDS:
        chunk = chunk[:-1]  # "Acme Inc. said" names Acme Inc, as "said Acme Inc., its owner" does
    if verb is not None and verb.group().endswith("ing") and _adjectival(chunk):
        return None
    if appositive is None:
        return Subject(chunk, start, _role_before(tokens, first_chunk))
    return Subject(chunk, start, appositive, appositive_at)


def _adjectival(chunk: str) -> bool:
    """True for "with a key speaking slot": before an -ing word, a description whose head
    is no word for a speaker qualifies the noun after it, and no one speaks."""
    words = chunk.split()
    if len(words) < 2 or words[-2].casefold() not in _LEADING_WITH:
        return False
    mention = read_mention(chunk)
    if mention is None or mention.kind != MentionKind.DESCRIPTION:
        return False
    head = mention.text.split()[-1].casefold()
    return head not in ROLE_WORDS and head not in ORGANISATION_WORDS


def _listed(tokens: list[tuple[int, str]], at: int) -> bool:
    """True when the words before a verb end a list of names: "Kerr and Dorn", "she and Dorn"."""
    name_start = at
    while at - name_start < _LIST_NAME_WORDS and name_start > 0:
        if not _capitalised(tokens[name_start - 1][1]):
            break
        name_start -= 1
    if name_start in (at, 0, 1) or tokens[name_start - 1][1].casefold() not in LIST_JOINS:
        return False
    before = tokens[name_start - 2][1].rstrip(",")
    if before.casefold() in PRONOUNS:
        return True
    lowered = before.casefold()
    plain = not is_abbreviation(before) and lowered not in ROLE_WORDS
    return _capitalised(before) and plain and lowered not in FUNCTION_WORDS


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and chunk_token(word)


def _before_participle(tokens: list[tuple[int, str]], first: int, at: int) -> int:
    """ "Fans lining the quay chanted": the subject ends before the
    participle that qualifies it."""
    for index in range(first + 1, at - 1):
        word, following = tokens[index][1], tokens[index + 1][1].casefold()
        if word.endswith("ing") and word.islower() and following in PARTICIPLE_OBJECTS:
            # Only after a word for a speaker: "a planet choking on its fumes" is no subject.
            if opens_phrase(tokens, first, index, at):
                return at  # "After leaving the meeting Ada Kerr said": the name after it
            head = tokens[index - 1][1]
            lowered = head.casefold()
            if head[:1].isupper() or lowered in ROLE_WORDS or lowered in ORGANISATION_WORDS:
                return index
            if can_speak(lowered) and word not in _ING_PREPOSITIONS:
                return index  # "a woman living in a flat said", not "a man during a clash"
            if lowered in _SOURCE_NOUNS:
                return index  # "another source speaking to the paper said": the source
            return at
    return at


def _role_before(tokens: list[tuple[int, str]], first: int) -> str | None:
    """ "A spokeswoman for the commission, Marie Dubois, said": the job before the name."""
    if first == 0 or not tokens[first - 1][1].endswith(","):
        return None
    start = first - 1
    while start > 0 and first - start < _CHUNK_WORDS:
        if not chunk_token(tokens[start - 1][1]):
            break
        start -= 1
    phrase = " ".join([word for _, word in tokens[start:first]])[:-1]
    mention = read_mention(phrase)
    if mention is None or mention.kind != MentionKind.DESCRIPTION or mention.start != 0:
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
    words = " ".join([word for _, word in tokens[comma + 1 : at]])
    chunk = read_mention(words)
    # "..., met the envoy, who said": "who" is the verb's own subject; "Kerr, an aide to
    # Bo Renn said": the name inside the description is not.
    own = chunk is not None and chunk.kind in _OWN_SUBJECTS
    if own and chunk is not None and not named_inside_description(words, chunk):
        return False
    if tokens[comma + 1][1].casefold() in _OBJECT_RELATIVES and comma + 2 < at:
        return False  # "..., which an inquiry said was": the inquiry speaks, not the name
    # As if closed by a comma: _appositive_start reads no more of tokens[at - 1] than a letter.
    opening = _appositive_start(tokens, at)
    if opening is None or closes_work_title(tokens[:opening]):
        return False
    if predicate_inside(tokens, opening, comma):
        return False  # "X, an envoy, will lead it, the ministry said": closed, and X's verb
    named = read_mention(" ".join([word for _, word in tokens[:opening]]).rstrip(","))
    return named is not None and named.kind == MentionKind.NAME and " " in (named.name or "")


def _relative_clause(tokens: list[tuple[int, str]], at: int) -> int | None:
    """Index of "who" when the words before a verb are ", who ..." with no closing comma."""
    for index in range(at - 1, max(0, at - _APPOSITIVE_WORDS), -1):
        word = tokens[index][1]
        if word.endswith((",", ".", ";", ":")) or quote_breaks(tokens, index):
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


def _quantified_appositive(tokens: list[tuple[int, str]], at: int) -> int | None:
    """Index of "both" in "Kerr and Dorn, both Republicans, said": what the listed speakers
    are, never the speaker."""
    for index in range(at - 2, max(0, at - _QUANTIFIED_WORDS) - 1, -1):
        if tokens[index][1].endswith(","):
            return None
        if tokens[index][1].casefold() in _QUANTIFIERS and tokens[index - 1][1].endswith(","):
            return index if index > 0 else None
    return None


def _appositive_start(tokens: list[tuple[int, str]], at: int) -> int | None:
    """Index of the appositive's first word when tokens[:at] ends with "Name, appositive,".

    The name is the earliest comma-closed stretch of the clause that reads wholly as a name:
    in "Lena Voss, the attorney general of Vermont, one of the states suing, said" the
    appositive runs from "the" to "suing".
    """
    boundary = at - 1
    while boundary > 0 and at - boundary < _APPOSITIVE_WORDS:
        word = tokens[boundary - 1][1]
        numbered = word.endswith(".") and tokens[boundary][1][:1].isdigit()  # "the No. 2"
        if quote_breaks(tokens, boundary - 1) or word.endswith(("!", "?", ":", ";")):
            break
        if word.endswith(".") and not numbered:
            break
        boundary -= 1
    segment_start = boundary
    for index in range(boundary, at - 1):
        word = tokens[index][1]
        if index == segment_start and word.casefold() in _CLAUSE_OPENERS:
            segment_start += 1  # "As Ana Vela, the No. 2 ..., put it": the name after "As"
            continue
        if not word.endswith(","):
            continue
        chunk = " ".join([w for _, w in tokens[segment_start : index + 1]])[:-1]
        mention = read_mention(chunk)
        named = mention is not None and mention.kind in _NAMING
        start = mention.start if mention is not None else -1
        if named and (start == 0 or people_of(chunk, start)):
            return index + 1
        segment_start = index + 1
    return None


def _joins(word: str, words: list[tuple[int, str]], described: bool) -> bool:
    """True for "of"/"to" inside a description ("a person close to the Linds") and "and"
    between two titles ("former Gov. and party Chairman Ed Tarrant")."""
    if described and word in DESCRIPTION_JOINS:
        return True
    last = words[-1][1].casefold()
    # "former secretary of the navy Ada Lind"; "said master of ceremonies Ada Kerr": one
    # lower-case noun right after the verb is the job the name holds.
    job = len(words) == 1 and last.isalpha() and last.islower()
    if word == "of" and (last in ROLE_WORDS or job):
        return True
    if word == "as" and last == "known":
        return True  # "said the camp cook known as Bob": the name comes after
    return word == "and" and (last in ROLE_WORDS or is_abbreviation(last))


def subject_after(text: str, after: int) -> Subject | None:
    """The speaker's words right after an inverted verb ("said Dr. Jane Roe, the ...")."""
    tokens = [(m.start(), m[0]) for m in _SPACED.finditer(text, after, after + _WINDOW)]
    if tokens and tokens[0][1].casefold() in INVERTED_OBJECT_WORDS:
        return None  # "said of the senator", "said in a statement": whom or where, not who
    words: list[tuple[int, str]] = []
    ended = False
    described = bool(tokens) and tokens[0][1].casefold() in DETERMINERS
    for start, word in tokens:
        lowered = word.casefold()
        if QUOTE_CHARS.intersection(word.rstrip(").,")) or len(words) >= _CHUNK_WORDS:
            break
        # "said Tom Vale yesterday.": a time word ends the name with its full stop, too.
        stop = lowered in AFTER_SPEAKER_STOPS or lowered.rstrip(".,") in _WHEN_WORDS
        if words and stop and not _joins(lowered, words, described):
            break
        core = word.rstrip(",;:.!?)")
        if not core:
            break
        keeps_stop = word.endswith(".") and abbreviates_in_credit(word, tokens, start)
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
    stops = [at for at in (rest.find(mark) for mark in ",;\x01\"“”") if at >= 0]
    stops += [m.end() - 1 for m in _STOP.finditer(rest) if not is_abbreviation(m[0])][:1]
    stop = min(stops, default=len(rest))
    phrase = rest[:stop].strip()
    fits = _opens_appositive(phrase) and len(phrase.split()) <= _APPOSITIVE_WORDS
    return phrase if fits else None


# A word with its full stop: a title's ("Dr.", "Det. Insp.") stops no appositive.
_STOP = re.compile(r"\S*\.")


def _opens_appositive(phrase: str) -> bool:
    """True when words after a name's comma describe it ("the ...", "director of ...")."""
    first = phrase.split()[0].casefold() if phrase.split() else ""
    return bool(_APPOSITIVE_OPENING.match(phrase)) or first in ROLE_WORDS


def is_clause_verb(verb: str) -> bool:
    """True for verbs that can report a statement without quote marks ("said that ...")."""
    return verb.split()[0].casefold() in CLAUSE_VERBS

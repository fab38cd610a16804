"""What a message asks: who said some words, what a speaker said, the latest news..."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from enum import StrEnum

from handlers.language import question_language
from handlers.phrases import Lang
from store.quotes.speech_verbs import QUESTION_VERBS
from store.search import has_cyrillic

MAX_CHARS = 2000  # a question longer than this is cut: nobody quotes more at once
LATEST_DEFAULT = 5
LATEST_MAX = 20
# A number as people type one: signed, with a decimal part ("-5", "2.5", "−3").
_NUMBER = re.compile(r"[-+−]?\d+(?:[.,]\d+)?(?!\w)")


class IntentKind(StrEnum):
    """What a message asks; handlers/answer.py answers each one."""

    EMPTY = "empty"
    HELP = "help"
    STATS = "stats"
    LATEST = "latest"
    RANDOM_QUOTE = "random_quote"
    QUOTE = "quote"  # /quote <x>: a speaker if x names one, else words to attribute
    WHO_SAID = "who_said"
    SPEAKER_QUOTES = "speaker_quotes"
    SEARCH = "search"
    UNKNOWN_COMMAND = "unknown_command"
    ELSEWHERE = "elsewhere"  # a command the Telegram bot process answers (follows, feeds)
    BAD_NUMBER = "bad_number"  # a count out of range (/latest 0): say which numbers work


# Handled by bot/live.py in Telegram; the console says where they work instead.
FOLLOW_COMMANDS = ("follow", "following", "unfollow")
FEED_COMMANDS = ("add", "feeds", "unfeed")


@dataclass(frozen=True)
class Intent:
    """One message, understood."""

    kind: IntentKind
    words: str = ""  # the words to attribute or search for
    speaker: str = ""  # the speaker asked about, as written
    topic: str = ""  # what the speaker was asked about, as written
    n: int = LATEST_DEFAULT  # how many, for /latest
    command: str = ""  # the /command as sent, without the @BotName suffix
    lang: Lang = Lang.EN  # the language to answer in: the question's
    gender: str = ""  # the speaker's gender the question's verb says ("сказала": "femn")


_COMMAND = re.compile(r"^/(\w+)(?:@\w+)?(?:\s+(.*))?$", re.DOTALL)
_QUOTE_MARKS = "\"'“”„«»‘’‹›「」"
_QUOTED = re.compile(
    r"[\"“„«‹「]([^\"“”„«»‹›「」]{2,})[\"”“»›」]|(?:^|\s)'([^']{2,})'(?=\s|$|[?.!,])"
)

# Verbs of saying, and the phrases a reader asks with in their place.
_VERBS = "|".join(QUESTION_VERBS) + (
    r"|(?:is|was)\s+quoted\s+(?:as\s+)?saying|made\s+the\s+(?:remark|comment|statement)|"
    r"came\s+up\s+with"
)
_WHO_SAID = re.compile(
    r"^(?:(?:and|so|but|ok|okay|hey)[\s,]+)?(?:tell\s+me\s+|do\s+you\s+know\s+)?"
    r"(?:who|whom|which\s+\w+(?:\s+\w+)?)(?:['’]s)?\s+"
    r"(?:(?:was\s+it|is\s+it|is\s+the\s+one|was\s+the\s+one|were)\s+(?:that|who)\s+|"
    r"has\s+|had\s+|did\s+|first\s+|actually\s+|really\s+|once\s+)?"
    rf"(?:{_VERBS})\b[\s,:;—–-]*"
    r"(?:(?:this|that|it|these\s+words|the\s+(?:words?|phrase|line|quote|sentence))\b[\s,:;—–-]*)?"
    r"(?P<words>.*)$",
    re.IGNORECASE | re.DOTALL,
)
_TOPIC = r"(?:\s+(?:about|on|regarding|concerning|over|of)\s+(?P<topic>.+))?"
_SPEAKER_PATTERNS = [
    re.compile(p + _TOPIC + "$", re.IGNORECASE | re.DOTALL)
    for p in (
        r"^what\s+(?:did|does|do|has|have|had|was|is)\s+(?P<speaker>.+?)\s+"
        r"(?:say|said|saying|tell|told|think|thought|state|stated|claim|claimed|comment|"
        r"commented|have\s+to\s+say|had\s+to\s+say|mean|write|wrote)",
        r"^what\s+(?:was|has\s+been|is)\s+said\s+by\s+(?P<speaker>.+?)",
        r"^(?:did|has|have)\s+(?P<speaker>.+?)\s+(?:say|said|comment|commented|speak|spoken)"
        r"(?:\s+(?:anything|something))?(?=\s+(?:about|on|regarding|concerning|over)\s)",
        r"^(?:(?:show|give|find|get)\s+(?:me\s+)?|list\s+)?(?:all\s+)?(?:the\s+)?"
        r"(?:quotes?|statements?|words|comments?|remarks?)\s+(?:from|by|of)\s+(?P<speaker>.+?)",
        r"^(?:(?:show|give|find|get)\s+(?:me\s+)?)?(?P<speaker>[^?]+?)['’]s\s+"
        r"(?:quotes?|statements?|words|comments?|remarks?)",
        r"^what\s+(?P<speaker>.+?)\s+(?:said|says|told|thinks|thought)",
    )
]
_LATEST = re.compile(
    r"^(?:(?:show|give|get)\s+(?:me\s+)?)?(?:the\s+)?(?:latest|newest|recent|last)"
    r"(?:\s+(?P<n>\d{1,4}))?(?:\s+(?:news|articles?|stories|story|headlines?))?$"
    r"|^(?:what['’]?s|what\s+is)\s+new$|^any\s+news$|^news$",
    re.IGNORECASE,
)
_HELP = re.compile(
    r"^(?:help|hi|hello|hey|start|menu|what\s+can\s+you\s+do|how\s+does\s+this\s+work|"
    r"who\s+are\s+you)$",
    re.IGNORECASE,
)


def parse(text: str, *, client: Lang | None = None) -> Intent:
    """What the message asks. `client` is the language the asker's app is set to: a command
    with no words of its own (/help, /latest 5) is answered in it; words decide otherwise."""
    text = _clean(text)
    if not text:
        return Intent(IntentKind.EMPTY)
    command = _COMMAND.match(text)
    lang = question_language(text)
    if command:
        name, arguments = command[1].lower(), (command[2] or "").strip()
        # What follows /start is a deep link's payload (an inline button's "help"), not words.
        wordless = name == "start" or not any(char.isalpha() for char in arguments)
        if client is not None and wordless:
            lang = client
        intent = _parse_command(name, arguments)
        return replace(intent, lang=lang) if lang != Lang.EN else intent
    # Imported here: handlers/intent_ru.py builds on this module's Intent.
    from handlers.intent_ru import parse_russian

    russian = lang == Lang.RU
    ours, other = (parse_russian, _parse_question) if russian else (_parse_question, parse_russian)
    intent = ours(text)
    if intent.kind == IntentKind.SEARCH and has_cyrillic(text):
        # One language's frame round the other's words ("who said Культура не должна …",
        # "кто сказал the ball is …"): the frame says what is asked, the words the language.
        framed = other(text)
        if framed.kind in (IntentKind.WHO_SAID, IntentKind.SPEAKER_QUOTES):
            return replace(framed, lang=lang)
    return intent


def _clean(text: str) -> str:
    # Zero-width and control characters come with pasted text; they are not words.
    text = "".join(" " if ord(c) < 32 or c in "\u200b\u200c\u200d\ufeff" else c for c in text)
    return " ".join(text[:MAX_CHARS].split())


def _parse_command(name: str, rest: str) -> Intent:
    command = f"/{name}"
    if name in ("help", "start"):
        return Intent(IntentKind.HELP, command=command)
    if name == "stats":
        return Intent(IntentKind.STATS, command=command)
    if name in ("latest", "news"):
        return latest_intent(rest, command=command)
    if name == "quote":
        if not rest.strip(_QUOTE_MARKS + " "):
            # Nothing, or quote marks with nothing inside ('/quote "'): no words to look up.
            return Intent(IntentKind.RANDOM_QUOTE, command=command)
        quoted = _quoted(rest)
        if quoted:
            return Intent(IntentKind.WHO_SAID, words=quoted, command=command)
        return Intent(IntentKind.QUOTE, words=rest, command=command)
    if name == "who":
        return (
            Intent(IntentKind.WHO_SAID, words=_strip_marks(rest), command=command)
            if rest
            else Intent(IntentKind.HELP, command=command)
        )
    if name in ("search", "find"):
        return (
            Intent(IntentKind.SEARCH, words=rest, command=command)
            if rest
            else Intent(IntentKind.HELP, command=command)
        )
    if name in FOLLOW_COMMANDS + FEED_COMMANDS:
        return Intent(IntentKind.ELSEWHERE, command=command)
    return Intent(IntentKind.UNKNOWN_COMMAND, command=command)


def latest_intent(rest: str, *, command: str = "", lang: Lang = Lang.EN) -> Intent:
    """/latest with what follows it: a count from 1 to LATEST_MAX, else the default when no
    number is given; a number outside that ("0", "-5", "100", "2.5") is refused, not bent."""
    number = _NUMBER.match(rest)
    if number is None:
        return Intent(IntentKind.LATEST, command=command, lang=lang)
    written = number[0]
    digits = written.removeprefix("+")
    if digits.isdigit() and 1 <= int(digits) <= LATEST_MAX:
        return Intent(IntentKind.LATEST, n=int(digits), command=command, lang=lang)
    return Intent(IntentKind.BAD_NUMBER, words=written, command=command, lang=lang)


def _parse_question(text: str) -> Intent:
    bare = text.rstrip(" ?!.")
    if _HELP.match(bare):
        return Intent(IntentKind.HELP)
    latest = _LATEST.match(bare)
    if latest:
        return latest_intent(latest["n"] or "")
    who = _WHO_SAID.match(bare)
    if who:
        words = _quoted(who["words"]) or _strip_marks(who["words"])
        return Intent(IntentKind.WHO_SAID, words=words) if words else Intent(IntentKind.HELP)
    quoted = _quoted(text)
    if quoted and (_is_all_quote(text) or re.search(r"\bwho\b", text, re.IGNORECASE)):
        return Intent(IntentKind.WHO_SAID, words=quoted)
    for pattern in _SPEAKER_PATTERNS:
        asked = pattern.match(bare)
        if asked and asked["speaker"].strip():
            topic = _strip_marks(asked["topic"] or "")
            speaker = asked["speaker"].strip()
            return Intent(IntentKind.SPEAKER_QUOTES, speaker=speaker, topic=topic)
    return Intent(IntentKind.SEARCH, words=text)


def _quoted(text: str) -> str:
    """The longest span in quote marks, if any."""
    spans = [a or b for a, b in _QUOTED.findall(text)]
    spans = [s.strip() for s in spans if len(s.split()) >= 1 and s.strip()]
    return max(spans, key=len) if spans else ""


def _is_all_quote(text: str) -> bool:
    stripped = text.strip().rstrip("?!.,; ")
    return len(stripped) > 2 and stripped[0] in _QUOTE_MARKS and stripped[-1] in _QUOTE_MARKS


def _strip_marks(text: str) -> str:
    return text.strip().strip(_QUOTE_MARKS + " ?!.,;:—–-").strip()

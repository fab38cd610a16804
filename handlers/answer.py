"""Answering a message: from its text to an Answer record, with no Telegram in sight."""

from __future__ import annotations

import itertools
import logging
import re
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from sqlite_utils import Database

from handlers.help import help_examples
from handlers.intent import LATEST_MAX, Intent, IntentKind, parse
from handlers.language import language_hint
from handlers.phrases import Lang, Phrase, count_ru, say
from handlers.pronouns import only_pronouns
from handlers.records import Answer, AnswerKind, ArticleRef, Hit
from handlers.render import compose_text, count
from handlers.stats import elsewhere_lead, stats_lead
from handlers.sureness import Sureness, credit, exact_words, headline_credit, is_headline, sureness
from handlers.topic_language import nothing_about
from store import search
from store.search import Match, SpeakerMatch
from store.search.records import MatchKind

log = logging.getLogger(__name__)

PAGE_SIZE = 5  # a speaker's quotes per page
CLOSE_SCORE = 85.0  # a who-said match below this is shown as "the closest", not the words
SPEAKER_SURE = 90.0  # /quote <x> reads x as a speaker only when a name matches this well
SAME_WORDS = 3.0  # other quotes this close to the best are the same words quoted elsewhere
HINT_POOL = 12  # speakers read for a no-match hint, to find three in the question's language


@dataclass(frozen=True)
class Asked:
    """One message being answered: its text as sent, what it asks, and the page wanted.

    The reply's language is the intent's, worked out once by `parse` (the question's, or
    the asker's app's for a command without words): every answerer renders in it."""

    question: str
    intent: Intent
    page: int = 0

    @property
    def lang(self) -> Lang:
        return self.intent.lang


def answer_question(
    db: Database, text: str, *, page: int = 0, client: Lang | None = None
) -> Answer:
    """The answer to one message (a question or a /command); never raises on user input.

    `client` is the language of the asker's app, for commands without words (/help)."""
    question = text if isinstance(text, str) else ""
    intent = parse(question, client=client)
    asked = Asked(question, intent, max(0, page))
    try:
        answer = _ANSWERERS[intent.kind](db, asked)
    except sqlite3.Error:
        # The store failing is not the user's fault; say so in one sentence.
        log.exception("could not answer %r", question[:80])
        return _answer(asked, AnswerKind.ERROR, say(asked.lang, Phrase.STORE_ERROR))
    hint = language_hint(question) if answer.kind == AnswerKind.NO_MATCH else None
    if hint is None:
        return answer
    lead = f"{hint}\n{answer.lead}"
    return _answer(
        asked, answer.kind, lead, answer.hits, page=answer.page, has_more=answer.has_more
    )


def _answer(
    asked: Asked,
    kind: AnswerKind,
    lead: str,
    hits: Sequence[Hit] = (),
    *,
    page: int = 0,
    has_more: bool = False,
) -> Answer:
    hits = tuple(hits)
    text = compose_text(lead, hits, asked.lang)
    return Answer(asked.question, kind, text, hits, page, has_more, lead, asked.lang)


def _hit(match: Match) -> Hit:
    return Hit(
        article=ArticleRef(match.article_id, match.title, match.source, match.published, match.url),
        snippet=match.snippet,
        score=match.score,
        quote=match.text if match.kind == MatchKind.QUOTE else None,
        speaker=match.speaker,
        role=match.role,
        kind=match.quote_kind,
        paragraph=match.paragraph,
        how=match.how,
        confidence=match.confidence,
        namesake=match.namesake,
        quoting=match.quoting,
    )


def _echo(words: str, limit: int = 60) -> str:
    """The user's words, shortened for a reply."""
    words = " ".join(words.split())
    return words if len(words) <= limit else words[: limit - 1].rstrip() + "…"


# --- who said -----------------------------------------------------------------------------


def _who_said(db: Database, asked: Asked) -> Answer:
    words, lang = asked.intent.words, asked.lang
    matches = search.find_quotes(db, words, limit=3)
    if matches:
        best = matches[0]
        same = [m for m in matches if m.score >= best.score - SAME_WORDS]
        hits = [_hit(m) for m in same]
        lead = _who_lead(hits[0], closest=best.score < CLOSE_SCORE, lang=lang)
        return _answer(asked, AnswerKind.WHO_SAID, lead, hits)
    # Reported speech is not a quote: the words may still stand in a paragraph, if most
    # of them are in the articles at all.
    paragraphs = (
        search.find_paragraphs(db, words, limit=1, cutoff=search.QUOTE_CUTOFF + 10, verbatim=True)
        if search.mostly_written(db, "paragraphs", words)
        else []
    )
    if paragraphs:
        lead = say(lang, Phrase.IN_ARTICLE)
        return _answer(asked, AnswerKind.WHO_SAID, lead, [_hit(paragraphs[0])])
    lead = say(lang, Phrase.NO_ONE_SAID, words=_echo(words), short=_echo(words, 40))
    return _answer(asked, AnswerKind.NO_MATCH, lead + _speakers_hint(db, lang))


def _who_lead(best: Hit, *, closest: bool, lang: Lang = Lang.EN) -> str:
    """The lead of a who-said answer: the speaker named only as surely as the article does."""
    sure = sureness(best)
    if sure in (Sureness.NONE, Sureness.UNCLEAR):
        return say(lang, Phrase.CLOSEST_UNCLEAR if closest else Phrase.QUOTED_UNCLEAR)
    speaker = f"{best.speaker}, {best.role}" if best.role else str(best.speaker)
    named = credit(best, speaker, lang)
    if is_headline(best):
        return say(lang, Phrase.HEADLINE, speaker=headline_credit(best, speaker, lang))
    if closest:
        return say(lang, Phrase.CLOSEST_BY, before=named.before, speaker=speaker, after=named.after)
    if best.quoting:  # never "Kerr said it" for words Kerr quotes someone else saying
        plain = credit(replace(best, quoting=False), speaker, lang)
        before = plain.before[:1].upper() + plain.before[1:]
        return say(lang, Phrase.QUOTING, before=before, speaker=speaker, after=plain.after)
    if sure == Sureness.PROBABLE:
        return say(lang, Phrase.PROBABLY, speaker=speaker, after=named.after)
    subject = f"{speaker}," if best.role else speaker  # "Sergey Lavrov, Minister, said"
    if not exact_words(best):
        return say(lang, Phrase.REPORTED, subject=subject, speaker=speaker)
    return say(lang, Phrase.SAID_IT, subject=subject, speaker=speaker)


# --- a speaker's quotes -------------------------------------------------------------------


def _speaker_quotes(db: Database, asked: Asked) -> Answer:
    intent = asked.intent
    if only_pronouns(intent.speaker):
        anyone = say(asked.lang, Phrase.WHO_IS_IT, name=_echo(intent.speaker))
        return _answer(asked, AnswerKind.NO_MATCH, anyone + _speakers_hint(db, asked.lang))
    people = search.find_people_any_script(db, intent.speaker, gender=intent.gender or None)
    if not people and (lead := _no_role_holder(db, intent.speaker)):
        return _answer(asked, AnswerKind.NO_MATCH, lead)
    if not people and (named := search.mentioned(db, search.clean_name(intent.speaker))):
        return _mentioned_only(asked, intent.speaker, named)
    if not people:
        lang = asked.lang
        lead = say(lang, Phrase.UNKNOWN_PERSON, name=_echo(intent.speaker))
        words = _echo(f"{intent.speaker} {intent.topic}".strip(), 40)
        lead += say(lang, Phrase.SEARCH_INSTEAD, words=words)
        return _answer(asked, AnswerKind.NO_MATCH, lead + _speakers_hint(db, lang))
    person = _person_for(db, people, intent.topic)
    also = _also_named(intent.speaker, people, person, asked.lang)
    return _quotes_of(db, asked, person, intent.topic, also=also)


def _also_named(
    asked: str,
    people: Sequence[Sequence[SpeakerMatch]],
    person: Sequence[SpeakerMatch],
    lang: Lang,
) -> str:
    """Who else a name asked may mean ("Kerr": Ada Kerr is shown, Tom Kerr may be meant),
    so a surname two people bear never silently gives one of them for the other."""
    others = [_names(p, lang) for p in people if p is not person]
    if not others:
        return ""
    listed = say(lang, Phrase.AND).join(others) if len(others) < 3 else ", ".join(others)
    name = search.clean_name(asked)
    if name.islower() and person:
        name = person[0].named_as  # "kerr" asked: said as the articles write it, "Kerr"
    name = _echo(name, 40)
    return say(lang, Phrase.ALSO_NAMED, name=name, others=listed, first=others[0])


def _mentioned_only(asked: Asked, name: str, named: search.Mentioned) -> Answer:
    """Someone the articles name but never quote: say so, with where they are named."""
    lang = asked.lang
    articles = (
        count_ru(named.articles, "article_in")
        if lang == Lang.RU
        else count(named.articles, "article")
    )
    lead = say(lang, Phrase.MENTIONED, name=_echo(name), articles=articles)
    return _answer(asked, AnswerKind.NO_MATCH, lead, [_hit(m) for m in named.where])


def _no_role_holder(db: Database, asked: str) -> str | None:
    """A role no quoted speaker holds, said honestly: "I have no quotes from the deputy
    foreign minister", and who holds the role without "deputy", never as the answer."""
    role = search.clean_name(asked)
    changers = search.role_changers(role)
    if not changers:
        return None
    lead = f"I have no quotes from the {role}."
    plain = " ".join(w for w in search.words(role) if w not in changers)
    people = search.find_people(db, plain) if plain else []
    if people:
        holder = people[0]
        without = " or ".join(f"“{w}”" for w in sorted(changers))
        # One person: /quote them; several hold the role: /quote the role, not "X and Y".
        one = all(search.same_person(holder[0].name, s.name) for s in holder)
        lead += (
            f" I have quotes from {_names(holder)}, named “{holder[0].named_as}” "
            f"(without {without}): /quote {_names(holder) if one else plain}"
        )
    return lead


def _person_for(
    db: Database, people: Sequence[Sequence[SpeakerMatch]], topic: str
) -> Sequence[SpeakerMatch]:
    """The person a name means: "what did Smith say about bricks" is the Smith who spoke
    about bricks; with no topic, or none of them did, the one most quoted."""
    if not topic or len(people) == 1:
        return people[0]

    def best_on_topic(person: Sequence[SpeakerMatch]) -> float:
        quotes = search.speaker_quotes(db, [s.id for s in person], topic=topic, limit=200)
        return max((q.score for q in quotes), default=0.0)

    return max(people, key=best_on_topic)  # the first (most quoted) among equals


def _quotes_of(
    db: Database,
    asked: Asked,
    speakers: Sequence[SpeakerMatch],
    topic: str,
    *,
    also: str = "",
) -> Answer:
    """A speaker's quotes, a page of them; `also` (who else the name may mean) leads."""
    answer = _speaker_page(db, asked, speakers, topic)
    if not also or asked.page:
        return answer
    lead = f"{also}\n{answer.lead}"
    return _answer(
        asked, answer.kind, lead, answer.hits, page=answer.page, has_more=answer.has_more
    )


def _speaker_page(
    db: Database, asked: Asked, speakers: Sequence[SpeakerMatch], topic: str
) -> Answer:
    lang, page = asked.lang, asked.page
    names = _names(speakers, lang)
    quotes = search.speaker_quotes(db, [s.id for s in speakers], topic=topic)
    if not quotes:
        lead = say(lang, Phrase.NO_QUOTES_YET, names=names)
        return _answer(asked, AnswerKind.NO_MATCH, lead)
    shown = quotes[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
    has_more = len(quotes) > (page + 1) * PAGE_SIZE
    if not shown:
        lead = say(lang, Phrase.ALL_FROM, names=names)
        return _answer(asked, AnswerKind.NO_MATCH, lead, page=page)
    about = sum(q.score >= search.ABOUT_TOPIC for q in quotes)
    if topic and not about:
        lead = nothing_about(names, _echo(topic), [q.text for q in quotes], lang)
    elif topic and about < len(quotes):
        # The others follow on the same pages: say where the topic ends.
        # Quotes only when each is someone's exact words; a reported statement or a
        # headline's claim among them makes them statements.
        # Read lazily: the first statement settles it, without a Hit made for every quote.
        on_topic = (_hit(q) for q in quotes if q.score >= search.ABOUT_TOPIC)
        exact = all(exact_words(h) and not is_headline(h) for h in on_topic)
        noun = "quote" if exact else "statement"
        n = count_ru(about, noun) if lang == Lang.RU else count(about, noun)
        lead = say(lang, Phrase.ABOUT_THEN_REST, names=names, topic=_echo(topic), quotes=n)
    elif topic:
        lead = say(lang, Phrase.ABOUT, names=names, topic=_echo(topic))
    elif search.is_fragment(quotes[0].text):
        # Words quoted lead only when there is nothing else: say they are no statements.
        lead = say(lang, Phrase.ONLY_FRAGMENTS, names=names)
    else:
        lead = say(lang, Phrase.SAID_NEWEST, names=names)
    if page:
        lead = say(lang, Phrase.PAGE, lead=lead, page=page + 1)
    hits = [_hit(m) for m in shown]
    return _answer(asked, AnswerKind.SPEAKER_QUOTES, lead, hits, page=page, has_more=has_more)


def _names(speakers: Sequence[SpeakerMatch], lang: Lang = Lang.EN) -> str:
    """The people, each once: "Tom J. Vance" and "Vance" are said as "Tom Vance"."""
    names: list[str] = []
    # Full names first, the most quoted first: the spelling a reader knows best.
    for speaker in sorted(speakers, key=lambda s: (" " not in s.name, -s.quotes)):
        if not any(search.same_person(name, speaker.name) for name in names):
            names.append(speaker.name)
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + say(lang, Phrase.AND) + names[-1]


def _quote_command(db: Database, asked: Asked) -> Answer:
    """/quote <x>: x names a speaker, or x is words to attribute."""
    words = asked.intent.words
    short = len(words.split()) <= 5
    gender = _gender_as_written(words)
    people = (
        search.find_people_any_script(db, words, gender=gender, exclusive=False) if short else []
    )
    speakers = list(people[0]) if people else []
    sure = [s for s in speakers if s.score >= SPEAKER_SURE]
    if sure:
        also = _also_named(words, people, people[0], asked.lang)
        return _quotes_of(db, asked, sure, "", also=also)
    if short and _names_a_role(db, words):
        # "/quote former foreign minister": a role no one quoted holds, said so honestly.
        role = replace(asked.intent, kind=IntentKind.SPEAKER_QUOTES, speaker=words, words="")
        return _speaker_quotes(db, replace(asked, intent=role))
    answer = _who_said(db, asked)
    if answer.kind == AnswerKind.NO_MATCH and speakers:
        # No one said these words, but they spell a speaker's name nearly: "/quote lavrof".
        return _quotes_of(db, asked, speakers, "")
    return answer


def _gender_as_written(name: str) -> str | None:
    """A bare Russian name is most likely in the nominative: "/quote Петрова" is Анна Петрова
    before the genitive of Игорь Петров ("цитаты Петрова" says the case by its frame)."""
    return search.name_gender(search.clean_name(name)) if search.is_russian(name) else None


def _names_a_role(db: Database, asked: str) -> bool:
    """Whether words are a role with its changers in front ("former", "deputy", "acting")
    whose plain part names someone quoted: "former foreign minister" when the articles
    quote "the foreign minister", never "former glory days"."""
    role = search.clean_name(asked)
    changers = search.role_changers(role)
    tokens = search.words(role)
    leading = list(itertools.takewhile(lambda w: w in changers, tokens))
    plain = " ".join(tokens[len(leading) :])
    if not leading or set(leading) != changers or not plain:
        return False
    people = search.find_people(db, plain)
    return bool(people) and people[0][0].score >= SPEAKER_SURE


def _random_quote(db: Database, asked: Asked) -> Answer:
    match = search.random_quote(db, language=asked.lang.value)
    if match is None:
        return _answer(asked, AnswerKind.NO_MATCH, say(asked.lang, Phrase.NO_RECENT_QUOTES))
    lead = say(asked.lang, Phrase.RANDOM_QUOTE)
    # Asking again (the next "page") gives another quote.
    hits = [_hit(match)]
    return _answer(asked, AnswerKind.RANDOM_QUOTE, lead, hits, page=asked.page, has_more=True)


# --- lists, search, help ------------------------------------------------------------------


def _latest(db: Database, asked: Asked) -> Answer:
    n, page, lang = asked.intent.n, asked.page, asked.lang
    rows = search.latest_articles(db, limit=n + 1, offset=page * n)
    if not rows:
        lead = say(lang, Phrase.NO_ARTICLES if page == 0 else Phrase.ALL_ARTICLES)
        return _answer(asked, AnswerKind.NO_MATCH, lead, page=page)
    hits = [
        Hit(ArticleRef(r.id, r.title, r.source, r.published, r.url), "", 100.0) for r in rows[:n]
    ]
    lead = say(lang, Phrase.LATEST) if page == 0 else say(lang, Phrase.EARLIER, page=page + 1)
    has_more = len(rows) > n
    return _answer(asked, AnswerKind.LATEST, lead, hits, page=page, has_more=has_more)


def _bad_number(db: Database, asked: Asked) -> Answer:
    """A count out of range ("/latest 0", "/latest -5"): said, rather than bent into range."""
    command = asked.intent.command or "/latest"
    lead = say(asked.lang, Phrase.NUMBER_RANGE, command=command, most=LATEST_MAX)
    return _answer(asked, AnswerKind.HELP, lead)


def _search(db: Database, asked: Asked) -> Answer:
    intent = asked.intent
    on_topic = None if intent.command else _speaker_on_topic(db, intent.words)
    if on_topic is not None:
        speaker, people, topic = on_topic
        person = _person_for(db, people, topic)
        also = _also_named(speaker, people, person, asked.lang)
        return _quotes_of(db, asked, person, topic, also=also)
    matches = search.find_paragraphs(db, intent.words, limit=3)
    if not matches:
        lead = say(asked.lang, Phrase.NOTHING_MATCHES, words=_echo(intent.words))
        return _answer(asked, AnswerKind.NO_MATCH, lead)
    lead = say(asked.lang, Phrase.FROM_ARTICLES)
    return _answer(asked, AnswerKind.SEARCH, lead, [_hit(m) for m in matches])


# "Lavrov on embassies", "Лавров о посольствах".
_ON_TOPIC = re.compile(
    r"(?P<speaker>.{2,60}?)\s+(?:on|о|об|обо|про)\s+(?P<topic>.+)", re.IGNORECASE
)


def _speaker_on_topic(
    db: Database, words: str
) -> tuple[str, Sequence[Sequence[SpeakerMatch]], str] | None:
    """ "Lavrov on embassies": a speaker named exactly as the articles do, in either script
    ("Лавров о посольствах" of an English article's Lavrov), then a topic; a bare "Lavrov" is
    that speaker's quotes. Anything else ("war on drugs") stays a search."""
    match = _ON_TOPIC.fullmatch(words)
    speaker, topic = (match["speaker"], match["topic"]) if match else (words, "")
    if len(speaker.split()) > 4:
        return None
    gender = _gender_as_written(speaker)
    found = search.find_people_any_script(db, speaker, gender=gender, exclusive=False)
    people = [p for p in found if p[0].score >= 100]
    return (speaker, people, topic) if people else None


def _help(db: Database, asked: Asked) -> Answer:
    intent, lang = asked.intent, asked.lang
    if intent.kind == IntentKind.UNKNOWN_COMMAND:
        opening = say(lang, Phrase.UNKNOWN_COMMAND, command=_echo(intent.command, 30))
    elif intent.kind == IntentKind.EMPTY:
        opening = say(lang, Phrase.ASK_ME)
    else:
        opening = say(lang, Phrase.INTRO)
    examples = help_examples(db, lang)
    return _answer(asked, AnswerKind.HELP, f"{opening}\n\n{examples}")


def _stats(db: Database, asked: Asked) -> Answer:
    return _answer(asked, AnswerKind.STATS, stats_lead(db, asked.lang))


def _elsewhere(db: Database, asked: Asked) -> Answer:
    return _answer(asked, AnswerKind.HELP, elsewhere_lead(asked.intent.command, asked.lang))


def _speakers_hint(db: Database, lang: Lang = Lang.EN) -> str:
    if lang == Lang.RU:
        names = search.known_russian_speakers(db, limit=3)
    else:
        # An English question finds English articles' quotes: their speakers are suggested.
        known = search.known_speakers(db, limit=HINT_POOL)
        names = [n for n in known if not search.has_cyrillic(n)][:3] or known[:3]
    return say(lang, Phrase.PEOPLE, names=", ".join(names)) if names else ""


_ANSWERERS: dict[IntentKind, Callable[[Database, Asked], Answer]] = {
    IntentKind.EMPTY: _help,
    IntentKind.HELP: _help,
    IntentKind.UNKNOWN_COMMAND: _help,
    IntentKind.ELSEWHERE: _elsewhere,
    IntentKind.STATS: _stats,
    IntentKind.LATEST: _latest,
    IntentKind.BAD_NUMBER: _bad_number,
    IntentKind.RANDOM_QUOTE: _random_quote,
    IntentKind.QUOTE: _quote_command,
    IntentKind.WHO_SAID: _who_said,
    IntentKind.SPEAKER_QUOTES: _speaker_quotes,
    IntentKind.SEARCH: _search,
}

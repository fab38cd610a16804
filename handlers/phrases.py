"""What the bot says, in the language of the question: English, or Russian.

Each phrase is named once (`Phrase`, whose value is the English template) with its Russian
template beside it; `say` fills one in. Russian templates avoid putting a name in an
oblique case ("от Лаврова"): a name is said as stored, in the nominative, after a colon or
a dash, so no phrase needs to decline it.
"""

from __future__ import annotations

import re
from enum import StrEnum


class Lang(StrEnum):
    """The languages questions are answered in."""

    EN = "en"
    RU = "ru"


class Phrase(StrEnum):
    """A sentence of a reply; the value is its English template."""

    STORE_ERROR = "Sorry, I cannot read the news store just now. Please try again in a moment."
    MORE_HINT = "(/more for more)"
    NOTHING_MORE = "There is nothing more to show."
    IN_ARTICLE = "These words are in an article, though not as a quote I can attribute:"
    NO_ONE_SAID = (
        "I found no one saying “{words}”. Try a few of the most distinctive words, "
        "check the spelling, or search the articles: /search {short}"
    )
    CLOSEST_UNCLEAR = "The closest quote I found; the article does not say clearly who said it:"
    QUOTED_UNCLEAR = (
        "These words are quoted here, but the article does not say clearly who said them:"
    )
    HEADLINE = "The headline attributes these words to {speaker}:"
    CLOSEST_BY = "The closest quote I found is {before}by {speaker}{after}:"
    PROBABLY = "Probably {speaker}{after}:"
    REPORTED = "{subject} said this, as the article reports it (not exact words):"
    SAID_IT = "{subject} said it:"
    UNKNOWN_PERSON = "I don't know anyone called “{name}” in the articles."
    SEARCH_INSTEAD = "\nTo find the words in articles instead: /search {words}"
    MENTIONED = "“{name}” is mentioned in {articles} but not quoted; where the articles name them:"
    NO_QUOTES_YET = "I know {names}, but have no quotes from them yet."
    ALL_FROM = "That was all I have from {names}."
    NOTHING_ABOUT = "I have nothing from {names} about “{topic}”; the latest quotes instead:"
    ABOUT_THEN_REST = "What {names} said about “{topic}” ({quotes}), then the rest, newest first:"
    ABOUT = "What {names} said about “{topic}”:"
    ONLY_FRAGMENTS = "I have only a word or two quoted from {names}, newest first:"
    SAID_NEWEST = "What {names} said, newest first:"
    PAGE = "{lead} (page {page})"
    AND = " and "
    NO_RECENT_QUOTES = "There are no quotes in the recent articles yet."
    RANDOM_QUOTE = "A quote from the recent news:"
    NO_ARTICLES = "No articles yet."
    ALL_ARTICLES = "That was all the articles I have."
    LATEST = "The latest articles:"
    EARLIER = "Earlier articles (page {page}):"
    NOTHING_MATCHES = (
        "Nothing in the articles matches “{words}” well enough. "
        "Try other or fewer words, a name or a place, or ask who said some words."
    )
    FROM_ARTICLES = "From the articles:"
    UNKNOWN_COMMAND = "I don't know {command}. Here is what I can do:"
    ASK_ME = "Ask me about the news. For example:"
    INTRO = (
        "I answer questions about the news articles I have read, with the exact words, "
        "who said them, and the article they come from. Try:"
    )
    PEOPLE = "\nPeople I can quote: {names}."
    STATS = "I have read {articles} ({paragraphs}) with {quotes} from {speakers}."
    NEWEST = "\nNewest: {title}"
    # Fixed texts of the Telegram edge.
    CUT_NOTE = "(Your message was long: I read only its first {limit} characters.)"
    SLOW_DOWN = (
        "Slow down, please: you are asking faster than I can answer, so I am skipping your "
        "questions for a few seconds. Ask again in a moment."
    )
    SLOW_DOWN_SHORT = "Slow down, please: ask again in a few seconds."
    EXPIRED = "This list has expired; please ask again."
    ALREADY_SENT = "Already sent."
    APOLOGY = "Sorry, something went wrong while answering. Please try again in a moment."
    STALE_BUTTON = "This button no longer works."


_RUSSIAN = {
    Phrase.MORE_HINT: "(ещё: /more)",
    Phrase.NOTHING_MORE: "Больше показать нечего.",
    Phrase.STORE_ERROR: "Простите, хранилище новостей сейчас недоступно. Попробуйте ещё раз "
    "через минуту.",
    Phrase.IN_ARTICLE: "Эти слова есть в статье, но не как цитата, которую я могу приписать:",
    Phrase.NO_ONE_SAID: "Я не нашёл, кто сказал «{words}». Попробуйте несколько самых "
    "характерных слов, проверьте написание или поищите в статьях: /search {short}",
    Phrase.CLOSEST_UNCLEAR: "Самая близкая цитата, что я нашёл; кто её сказал, статья ясно "
    "не говорит:",
    Phrase.QUOTED_UNCLEAR: "Эти слова здесь цитируются, но кто их сказал, статья ясно не говорит:",
    Phrase.HEADLINE: "Заголовок называет автором этих слов: {speaker}:",
    Phrase.CLOSEST_BY: "Самая близкая цитата, что я нашёл; автор — {before}{speaker}{after}:",
    Phrase.PROBABLY: "Вероятно, {speaker}{after}:",
    Phrase.REPORTED: "{speaker} — так статья передаёт сказанное (не дословно):",
    Phrase.SAID_IT: "Автор этих слов — {speaker}:",
    Phrase.UNKNOWN_PERSON: "Я не знаю никого по имени «{name}» в статьях.",
    Phrase.SEARCH_INSTEAD: "\nЧтобы найти эти слова в статьях: /search {words}",
    Phrase.MENTIONED: "«{name}» упоминается в {articles}, но не цитируется; где статьи "
    "называют это имя:",
    Phrase.NO_QUOTES_YET: "{names}: я знаю это имя, но цитат пока нет.",
    Phrase.ALL_FROM: "{names}: больше цитат у меня нет.",
    Phrase.NOTHING_ABOUT: "{names}: о «{topic}» ничего нет; вот последние цитаты:",
    Phrase.ABOUT_THEN_REST: "{names} о «{topic}» ({quotes}), затем остальное, сначала новое:",
    Phrase.ABOUT: "{names} о «{topic}»:",
    Phrase.ONLY_FRAGMENTS: "{names}: только отдельные слова в кавычках, сначала новые:",
    Phrase.SAID_NEWEST: "{names}: цитаты, сначала новые:",
    Phrase.PAGE: "{lead} (страница {page})",
    Phrase.AND: " и ",
    Phrase.NO_RECENT_QUOTES: "В последних статьях пока нет цитат.",
    Phrase.RANDOM_QUOTE: "Цитата из свежих новостей:",
    Phrase.NO_ARTICLES: "Статей пока нет.",
    Phrase.ALL_ARTICLES: "Это все статьи, что у меня есть.",
    Phrase.LATEST: "Последние статьи:",
    Phrase.EARLIER: "Более ранние статьи (страница {page}):",
    Phrase.NOTHING_MATCHES: "В статьях нет ничего достаточно близкого к «{words}». "
    "Попробуйте другие или меньше слов, имя или место — или спросите, кто сказал эти слова.",
    Phrase.FROM_ARTICLES: "Из статей:",
    Phrase.UNKNOWN_COMMAND: "Я не знаю команды {command}. Вот что я умею:",
    Phrase.ASK_ME: "Спросите меня о новостях. Например:",
    Phrase.INTRO: "Я отвечаю на вопросы о прочитанных новостях: точные слова, кто их "
    "сказал и из какой они статьи. Попробуйте:",
    Phrase.PEOPLE: "\nКого я могу процитировать: {names}.",
    # Plain numbers after a colon: no noun to decline after "от".
    Phrase.STATS: "Я прочитал {articles} ({paragraphs}). Цитат: {quotes}, говорящих: {speakers}.",
    Phrase.NEWEST: "\nСамая новая: {title}",
    Phrase.CUT_NOTE: "(Ваше сообщение длинное: я прочитал только первые {limit} символов.)",
    Phrase.SLOW_DOWN: "Помедленнее, пожалуйста: вы спрашиваете быстрее, чем я успеваю "
    "отвечать, поэтому несколько секунд я пропускаю ваши вопросы. Спросите ещё раз чуть позже.",
    Phrase.SLOW_DOWN_SHORT: "Помедленнее, пожалуйста: спросите снова через несколько секунд.",
    Phrase.EXPIRED: "Этот список устарел; спросите, пожалуйста, ещё раз.",
    Phrase.ALREADY_SENT: "Уже отправлено.",
    Phrase.APOLOGY: "Простите, при ответе что-то пошло не так. Попробуйте ещё раз через минуту.",
    Phrase.STALE_BUTTON: "Эта кнопка больше не работает.",
}


def say(lang: Lang, phrase: Phrase, **values: object) -> str:
    """The phrase in the language, filled in."""
    if lang != Lang.RU:
        return phrase.value.format(**values) if values else phrase.value
    text = _RUSSIAN[phrase].format(**values) if values else _RUSSIAN[phrase]
    # "о" becomes "об" before a vowel sound: "об «истории»", but "о «Грузии»", "о «ёлке»".
    return _ABOUT_BEFORE_VOWEL.sub("об «", text)


_ABOUT_BEFORE_VOWEL = re.compile(r"(?<![^\W\d_])о «(?=[аоуэиыАОУЭИЫ])")


# --- numbers and dates ----------------------------------------------------------------------

# Russian nouns after a number: one (1, 21), a few (2-4, 22-24), many (5-20, 25...).
_RUSSIAN_NOUNS = {
    "article": ("статья", "статьи", "статей"),
    "article_in": ("статье", "статьях", "статьях"),  # "в 1 статье", "в 5 статьях"
    "paragraph": ("абзац", "абзаца", "абзацев"),
    "quote": ("цитата", "цитаты", "цитат"),
    "speaker": ("человек", "человека", "человек"),
}


def count_ru(n: int, noun: str) -> str:
    """ "1 цитата", "3 цитаты", "5 цитат": a number with the Russian noun it takes."""
    one, few, many = _RUSSIAN_NOUNS[noun]
    if n % 10 == 1 and n % 100 != 11:
        form = one
    elif 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        form = few
    else:
        form = many
    return f"{n} {form}"


# "22 июля": a day takes the month in the genitive; a month alone is in the nominative.
MONTHS_OF_DAY_RU = (
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря"
).split()
MONTHS_RU = (
    "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь"
).split()

# Help lines for a Russian question: {words}, {speaker} come from the articles.
HELP_EXAMPLES_RU = (
    "кто сказал «{words}»?",
    "что {speaker} говорит о переговорах?",
    "/quote {speaker} — цитаты, сначала новые",
    "/quote — случайная цитата из свежих статей",
    "/latest 5 — последние статьи",
    "/search переговоры — абзацы на эту тему",
    "/follow {speaker} — этот чат будет получать новые цитаты",
    "/stats — что я прочитал",
)

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
    # The words asked are inside the quote, as someone else's that the speaker quotes.
    QUOTING = "{before}{speaker}, quoting someone else{after}:"
    UNKNOWN_PERSON = "I don't know anyone called “{name}” in the articles."
    SEARCH_INSTEAD = "\nTo find the words in articles instead: /search {words}"
    MENTIONED = "“{name}” is mentioned in {articles} but not quoted; where the articles name them:"
    NO_QUOTES_YET = "I know {names}, but have no quotes from them yet."
    ALL_FROM = "That was all I have from {names}."
    NOTHING_ABOUT = "I have nothing from {names} about “{topic}”; the latest quotes instead:"
    OTHER_LANGUAGE = (
        "The quotes of {names} are in {quoted_in}, and “{topic}” is not: ask about it in "
        "{quoted_in}. The latest quotes instead:"
    )
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
    NUMBER_RANGE = "{command} takes a number from 1 to {most}, for example {command} 5."
    UNKNOWN_COMMAND = "I don't know {command}. Here is what I can do:"
    ASK_ME = "Ask me about the news. For example:"
    INTRO = (
        "I answer questions about the news articles I have read, with the exact words, "
        "who said them, and the article they come from. Try:"
    )
    PEOPLE = "\nPeople I can quote: {names}."
    STATS = "I have read {articles} ({paragraphs}) with {quotes} from {speakers}."
    NEWEST = "\nNewest: {title}"
    # Feed health, in /stats (and /feeds): {url} is the feed's address, {when} a clock time.
    FEEDS_POLLED = "Feeds: {feeds} polled, {failing} failing."
    FEED_FAILING = "Failing: {line}"
    FEED_FAILED_ONCE = "{url} — failed once: {error}; next try {when}"
    FEED_FAILED = "{url} — failed {times} in a row: {error}; next try {when}"
    FEED_NOT_POLLED = "{url} — not polled yet"
    FEED_OK = "{url} — OK, last polled {when}"
    FEED_FROM_CONFIG = " (from NEWSBOT_FEEDS)"
    SOON = "soon"
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
    INLINE_NONE = "No quote matches: tap for what I can find"
    # Follows (handlers.follows): what is followed is said as {what}, from FOLLOWED_*.
    FOLLOW_USAGE = (
        "Tell me whom or what to follow, for example:\n"
        "/follow Putin — new quotes by a speaker, however an article names them\n"
        "/follow grain deal — new articles with all these words\n"
        "I will send each new article here once."
    )
    FOLLOWED_SPEAKER = "the speaker {query}"
    FOLLOWED_WORDS = "the words “{query}”"
    ALREADY_MOVED = "This chat already follows {what}; its news now comes {where}."
    IN_THIS_TOPIC = "in this topic"
    HERE = "here"
    ALREADY_FOLLOWS = "This chat already follows {what}."
    TOO_MANY_FOLLOWS = "This chat already follows {n} things; /unfollow some first."
    NO_WORDS_TO_FOLLOW = "There are no words in that to follow."
    NOW_FOLLOWING = (
        "Following {what}. I will send new articles here as they arrive "
        "(not the ones I already have). /unfollow {query} to stop."
    )
    RARER = "follow a name or rarer words."
    ALL_TOO_COMMON = "Every word of that is too common to follow; {advice}"
    WORD_TOO_COMMON = "“{word}” is too common a word to follow; {advice}"
    ALL_COMMON = "Every word of that is common (“{word}” is in {percent}% of {articles}); {advice}"
    WORD_COMMON = "“{word}” is in {percent}% of {articles}; {advice}"
    RECENT_ARTICLES = "recent articles"
    ARTICLES = "articles"
    NO_LONGER_FOLLOWING = "No longer following {what}."
    NOT_FOLLOWED = "This chat does not follow “{words}”."
    WHICH_ONE = "Which one? Send /unfollow and the name or words as listed."
    FOLLOWS_NOTHING = "This chat follows nothing yet."
    FOLLOWS_LIST = "This chat follows:\n{lines}\n\n/unfollow <name or words> to stop."
    NOT_YOURS = (
        "Only the group's admins, or whoever followed it, can change {what}. "
        "/following lists what this chat follows."
    )
    NEW_QUOTE_BY = "New: {query} is quoted in an article."
    NEW_ARTICLE_WITH = "New: an article with “{query}”."
    TO_STOP = " (/unfollow {query} to stop)"
    DIGEST = "New: {articles} for what this chat follows ({why})."
    AND_MORE = "\n\nand {more} more: /latest"
    IN_LATEST = "\n\nThey are in /latest"
    # A surname several speakers bear: the answer is one of them, and says who else it may be.
    ALSO_NAMED = "“{name}” may also mean {others}: /quote {first}"
    WHO_IS_IT = "“{name}” could be anyone: ask with a name or a role."
    # The console's answer to a command only the Telegram bot process runs.
    FOLLOW_ELSEWHERE = (
        "{command} works in Telegram, where I can send a chat new quotes as articles arrive: "
        "run `newsbot run` with TELEGRAM_BOT_TOKEN set (see the README)."
    )
    FEEDS_ELSEWHERE = (
        "Here, articles and feeds are added from the shell: `newsbot ingest URL_OR_FILE` "
        "stores them, `newsbot ingest --watch FEED` keeps polling a feed; in Telegram "
        "the bot's admins use {command}."
    )


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
    Phrase.QUOTING: "{before}{speaker}, цитируя чужие слова{after}:",
    Phrase.UNKNOWN_PERSON: "Я не знаю никого по имени «{name}» в статьях.",
    Phrase.SEARCH_INSTEAD: "\nЧтобы найти эти слова в статьях: /search {words}",
    Phrase.MENTIONED: "«{name}» упоминается в {articles}, но не цитируется; где статьи "
    "называют это имя:",
    Phrase.NO_QUOTES_YET: "{names}: я знаю это имя, но цитат пока нет.",
    Phrase.ALL_FROM: "{names}: больше цитат у меня нет.",
    Phrase.NOTHING_ABOUT: "{names}: о «{topic}» ничего нет; вот последние цитаты:",
    Phrase.OTHER_LANGUAGE: "{names}: цитаты {quoted_in}, а «{topic}» — нет: спросите об этом "
    "{quoted_in}. Вот последние цитаты:",
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
    Phrase.NUMBER_RANGE: "После {command} нужно число от 1 до {most}, например: {command} 5.",
    Phrase.UNKNOWN_COMMAND: "Я не знаю команды {command}. Вот что я умею:",
    Phrase.ASK_ME: "Спросите меня о новостях. Например:",
    Phrase.INTRO: "Я отвечаю на вопросы о прочитанных новостях: точные слова, кто их "
    "сказал и из какой они статьи. Попробуйте:",
    Phrase.PEOPLE: "\nКого я могу процитировать: {names}.",
    # Plain numbers after a colon: no noun to decline after "от".
    Phrase.STATS: "Я прочитал {articles} ({paragraphs}). Цитат: {quotes}, говорящих: {speakers}.",
    Phrase.NEWEST: "\nСамая новая: {title}",
    # Plain numbers after a colon again: "лент" and "с ошибками" need no agreement.
    Phrase.FEEDS_POLLED: "Ленты: {feeds}, с ошибками: {failing}.",
    Phrase.FEED_FAILING: "С ошибкой: {line}",
    Phrase.FEED_FAILED_ONCE: "{url} — не удалось прочитать: {error}; следующая попытка {when}",
    Phrase.FEED_FAILED: "{url} — не удалось прочитать {times} подряд: {error}; следующая "
    "попытка {when}",
    Phrase.FEED_NOT_POLLED: "{url} — ещё не опрашивалась",
    Phrase.FEED_OK: "{url} — в порядке, последний опрос {when}",
    Phrase.FEED_FROM_CONFIG: " (из NEWSBOT_FEEDS)",
    Phrase.SOON: "скоро",
    Phrase.CUT_NOTE: "(Ваше сообщение длинное: я прочитал только первые {limit} символов.)",
    Phrase.SLOW_DOWN: "Помедленнее, пожалуйста: вы спрашиваете быстрее, чем я успеваю "
    "отвечать, поэтому несколько секунд я пропускаю ваши вопросы. Спросите ещё раз чуть позже.",
    Phrase.SLOW_DOWN_SHORT: "Помедленнее, пожалуйста: спросите снова через несколько секунд.",
    Phrase.EXPIRED: "Этот список устарел; спросите, пожалуйста, ещё раз.",
    Phrase.ALREADY_SENT: "Уже отправлено.",
    Phrase.APOLOGY: "Простите, при ответе что-то пошло не так. Попробуйте ещё раз через минуту.",
    Phrase.STALE_BUTTON: "Эта кнопка больше не работает.",
    Phrase.INLINE_NONE: "Цитат не нашлось: нажмите, чтобы узнать, что я умею искать",
    Phrase.FOLLOW_USAGE: "Скажите, за кем или за чем следить, например:\n"
    "/follow Лавров — новые цитаты этого человека, как бы статья его ни называла\n"
    "/follow зерновая сделка — новые статьи со всеми этими словами\n"
    "Каждую новую статью я пришлю сюда один раз.",
    Phrase.FOLLOWED_SPEAKER: "{query} (цитаты)",
    Phrase.FOLLOWED_WORDS: "слова «{query}»",
    Phrase.ALREADY_MOVED: "Этот чат уже подписан: {what}; теперь новости приходят {where}.",
    Phrase.IN_THIS_TOPIC: "в эту тему",
    Phrase.HERE: "сюда",
    Phrase.ALREADY_FOLLOWS: "Этот чат уже подписан: {what}.",
    Phrase.TOO_MANY_FOLLOWS: "У этого чата уже {n} подписок; сначала отпишитесь от какой-нибудь: "
    "/unfollow.",
    Phrase.NO_WORDS_TO_FOLLOW: "Здесь нет слов, за которыми можно следить.",
    Phrase.NOW_FOLLOWING: "Подписка оформлена: {what}. Новые статьи я буду присылать сюда, "
    "как только они появятся (не те, что уже есть). Отписаться: /unfollow {query}",
    Phrase.RARER: "подпишитесь на имя или на более редкие слова.",
    Phrase.ALL_TOO_COMMON: "Все эти слова слишком частые, чтобы за ними следить; {advice}",
    Phrase.WORD_TOO_COMMON: "«{word}» — слишком частое слово, чтобы за ним следить; {advice}",
    Phrase.ALL_COMMON: "Все эти слова частые («{word}» есть в {percent}% {articles}); {advice}",
    Phrase.WORD_COMMON: "«{word}» есть в {percent}% {articles}; {advice}",
    Phrase.RECENT_ARTICLES: "свежих статей",
    Phrase.ARTICLES: "статей",
    Phrase.NO_LONGER_FOLLOWING: "Подписка отменена: {what}.",
    Phrase.NOT_FOLLOWED: "Этот чат не подписан на «{words}».",
    Phrase.WHICH_ONE: "От чего отписаться? Пришлите /unfollow и имя или слова, как в списке.",
    Phrase.FOLLOWS_NOTHING: "У этого чата пока нет подписок.",
    Phrase.FOLLOWS_LIST: "Подписки этого чата:\n{lines}\n\nОтписаться: /unfollow <имя или слова>",
    Phrase.NOT_YOURS: "Изменить подписку ({what}) могут только админы группы или тот, кто её "
    "оформил. Подписки чата: /following",
    Phrase.NEW_QUOTE_BY: "Новое: статья с цитатой — {query}.",
    Phrase.NEW_ARTICLE_WITH: "Новое: статья со словами «{query}».",
    Phrase.TO_STOP: " (отписаться: /unfollow {query})",
    Phrase.DIGEST: "Новое: {articles} по подпискам этого чата ({why}).",
    Phrase.AND_MORE: "\n\nи ещё {more}: /latest",
    Phrase.IN_LATEST: "\n\nОни есть в /latest",
    Phrase.ALSO_NAMED: "«{name}» — это может быть и {others}: /quote {first}",
    Phrase.WHO_IS_IT: "«{name}» — это может быть кто угодно: спросите по имени или должности.",
    Phrase.FOLLOW_ELSEWHERE: "{command} работает в Telegram: там я присылаю в чат новые цитаты, "
    "как только выходят статьи. Запустите `newsbot run` с TELEGRAM_BOT_TOKEN (см. README).",
    Phrase.FEEDS_ELSEWHERE: "Здесь статьи и ленты добавляются из командной строки: "
    "`newsbot ingest АДРЕС_ИЛИ_ФАЙЛ` сохраняет их, `newsbot ingest --watch ЛЕНТА` следит за "
    "лентой; в Telegram админы бота используют {command}.",
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
    "statement": ("высказывание", "высказывания", "высказываний"),
    "speaker": ("человек", "человека", "человек"),
    "time": ("раз", "раза", "раз"),  # "2 раза подряд"
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
    "/search {topic} — абзацы на эту тему",
    "/follow {speaker} — этот чат будет получать новые цитаты",
    "/stats — что я прочитал",
)

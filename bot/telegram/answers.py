"""The thin Telegram callbacks: updates become questions, answers become HTML messages.

Everything a message means is decided elsewhere (`handlers.groups` for whether it is addressed
to the bot, `handlers.answer` for the reply, `handlers.render` for the HTML); this module only
moves data between Telegram and those plain functions.
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
from collections.abc import MutableMapping
from functools import partial

from telegram import (
    Bot,
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InlineQueryResultsButton,
    InputTextMessageContent,
    Message,
    ReplyParameters,
    Update,
    User,
)
from telegram.constants import ChatType, ParseMode
from telegram.error import Forbidden, TelegramError

from bot.telegram.errors import describe_update
from bot.telegram.fairness import (
    MAX_QUESTION_CHARS,
    SLOW_DOWN_SHORT,
    Verdict,
    bounded_question,
    cut_note,
)
from bot.telegram.sending import NO_PREVIEW, deliver, send_html
from bot.telegram.state import BotContext, BotState
from bot.telegram.worker import in_reader
from handlers.answer import answer_question
from handlers.groups import Incoming, question_for, strip_bidi
from handlers.intent import parse
from handlers.phrases import Lang, Phrase, say
from handlers.records import Answer, Hit
from handlers.render import render_html, who
from handlers.sureness import credit

logger = logging.getLogger(__name__)

PAGED_KEEP = 1000  # how many long questions, and how many pressed buttons, we remember
MORE_PATTERN = r"^more[:#]"
# Callback data comes from the client and can be forged: a page past this is refused rather
# than turned into an offset SQLite cannot hold. Nobody presses "More" a thousand times.
MAX_PAGE = 1000
INLINE_RESULTS = 10
# The English texts; each is said in the asker's language (`reply_language`).
EXPIRED = say(Lang.EN, Phrase.EXPIRED)
ALREADY_SENT = say(Lang.EN, Phrase.ALREADY_SENT)
APOLOGY = say(Lang.EN, Phrase.APOLOGY)
STALE_BUTTON = say(Lang.EN, Phrase.STALE_BUTTON)
# Shown above no results; pressed, it opens the private chat with /start (the help).
SLOW_DOWN_BUTTON = InlineQueryResultsButton(SLOW_DOWN_SHORT, start_parameter="slow_down")


async def answer_message(update: Update, context: BotContext) -> None:
    """Answer a text message when it is addressed to the bot."""
    message = update.message
    if message is None or message.text is None:
        return
    question = question_for(incoming(message, context.bot.id), context.bot.username)
    if question is None:
        return
    group = message.chat.type != ChatType.PRIVATE
    verdict = context.bot_data.budget.admit(asker_of(message), message.chat_id, group=group)
    client = client_language(message.from_user)
    if verdict is Verdict.SLOW_DOWN:
        slow_down = say(reply_language(question, client), Phrase.SLOW_DOWN)
        await _send(context.bot, message, slow_down, reply=True, markup=None)
    if verdict is not Verdict.ANSWER:
        return
    question, cut = bounded_question(question)
    answer = await answer_off_loop(context.bot_data, question, client=client)
    if cut:  # said first, so nobody takes an answer to half a question for the whole
        note = cut_note(reply_language(question, client))
        answer = dataclasses.replace(
            answer, lead=f"{note}\n\n{answer.lead}", text=f"{note}\n\n{answer.text}"
        )
    await send_answer(context, answer, to=message)


async def more_pages(update: Update, context: BotContext) -> None:
    """Send the next page of a long list when its "More" button is pressed."""
    query = update.callback_query
    if query is None:
        return
    wanted = parse_more(query.data or "", context.bot_data.paged)
    client = client_language(query.from_user)
    # A message older than 48 hours comes back "inaccessible": we could not reply to it.
    if wanted is None or not isinstance(query.message, Message):
        await query.answer(say(reply_language(None, client), Phrase.EXPIRED))
        return
    question, page = wanted
    lang = reply_language(question, client)
    # A double tap (or a replayed press) arrives before the button is gone: the first press
    # claims the message, here on the event loop before any await, so the page goes once.
    if not first_press(context.bot_data.pressed, query.message):
        await query.answer(say(lang, Phrase.ALREADY_SENT))
        return
    # A page costs what a question does; refused, the press is let go for a later one.
    group = query.message.chat.type != ChatType.PRIVATE
    verdict = context.bot_data.budget.admit(query.from_user.id, query.message.chat_id, group=group)
    if verdict is not Verdict.ANSWER:
        release_press(context.bot_data.pressed, query.message)
        # A toast, not a message: and a spinner stopped.
        await query.answer(say(lang, Phrase.SLOW_DOWN_SHORT))
        return
    try:
        await deliver(query.answer, what="the answer to a button press")
        answer = await answer_off_loop(context.bot_data, question, page=page, client=client)
        await send_answer(context, answer, to=query.message)
    except BaseException:
        # The page did not go out: the button must work again, or it is lost for good.
        release_press(context.bot_data.pressed, query.message)
        raise
    await remove_button(query)


async def remove_button(query: CallbackQuery) -> None:
    """Take the "More" button off a message whose next page went out.

    Its job is done; removing it keeps the same page from being sent twice. The page has
    arrived, so failing here is no reason for an apology: the press stays claimed, and the
    button, if it stays, sends nothing twice.
    """
    remove = partial(query.edit_message_reply_markup, reply_markup=None)
    try:
        await deliver(remove, what="removing a More button")
    except TelegramError as error:
        logger.warning("could not remove a More button: %s", error)


async def stale_button(update: Update, context: BotContext) -> None:
    """Answer a press of a button we no longer know, so the client stops its spinner."""
    if update.callback_query is not None:
        client = client_language(update.callback_query.from_user)
        await update.callback_query.answer(say(reply_language(None, client), Phrase.STALE_BUTTON))


async def inline_quotes(update: Update, context: BotContext) -> None:
    """Offer the best matching quotes for `@ThisBot <words>`, each sending a sourced snippet."""
    query = update.inline_query
    if query is None:
        return
    # A flood of inline queries must not take others' answering time either.
    verdict = context.bot_data.budget.admit_inline(query.from_user.id)
    if verdict is Verdict.SLOW_DOWN:
        button = SLOW_DOWN_BUTTON
        if client_language(query.from_user) == Lang.RU:
            short = say(Lang.RU, Phrase.SLOW_DOWN_SHORT)
            button = InlineQueryResultsButton(short, start_parameter="slow_down")
        await query.answer([], cache_time=0, is_personal=True, button=button)
    if verdict is not Verdict.ANSWER:
        return
    words = " ".join(strip_bidi(query.query).split())
    client = client_language(query.from_user)
    answer = await answer_off_loop(context.bot_data, f"/quote {words}".strip(), client=client)
    hits = [hit for hit in answer.hits if hit.snippet][:INLINE_RESULTS]
    results = [inline_result(answer, hit, number) for number, hit in enumerate(hits)]
    # Nothing to offer: a button to the private chat's help, in the reply's language.
    help_button = None if results else inline_help_button(answer.lang)
    # Telegram caches results by the query's text; without words the reply is in each
    # asker's app language, so the results must be theirs alone.
    personal = not any(char.isalpha() for char in words)
    await query.answer(results, cache_time=30, is_personal=personal, button=help_button)


def inline_help_button(lang: Lang) -> InlineQueryResultsButton:
    """Shown above no inline results; pressed, it opens the private chat with /start."""
    return InlineQueryResultsButton(say(lang, Phrase.INLINE_NONE), start_parameter="help")


async def report_error(update: object, context: BotContext) -> None:
    """Log the error with the update that caused it, and apologise instead of going silent."""
    logger.error("Could not handle update %s", describe_update(update), exc_info=context.error)
    if isinstance(update, Update) and logger.isEnabledFor(logging.DEBUG):
        logger.debug("The update that failed: %s", update.to_dict())  # with what was written
    if isinstance(context.error, Forbidden):
        return  # blocked, or removed from the group: an apology would be refused too
    if isinstance(update, Update) and update.effective_chat is not None:
        message = update.effective_message
        apology = say(reply_language(None, client_language(update.effective_user)), Phrase.APOLOGY)
        await context.bot.send_message(
            update.effective_chat.id,
            apology,
            message_thread_id=topic_of(message) if message else None,
            reply_parameters=_reply_to(message) if update.message else None,
        )


async def answer_off_loop(
    state: BotState, question: str, *, page: int = 0, client: Lang | None = None
) -> Answer:
    """The answer, computed in a worker thread so the event loop keeps sending meanwhile."""
    if not state.answer_in_thread:
        return answer_question(state.db, question, page=page, client=client)
    return await in_reader(
        state.db, lambda own: answer_question(own, question, page=page, client=client)
    )


def client_language(user: User | None) -> Lang | None:
    """The language the user's Telegram app is set to, when we answer in it (Russian)."""
    code = (user.language_code or "") if user is not None else ""
    return Lang.RU if code.lower().startswith("ru") else None


def reply_language(question: str | None, client: Lang | None) -> Lang:
    """The language of a fixed text: the question's, else (a command without words, or no
    question at all) the asker's app's."""
    if question is None:
        return client or Lang.EN
    return parse(question, client=client).lang


async def send_answer(context: BotContext, answer: Answer, *, to: Message) -> None:
    """Send the answer's HTML messages as a reply to `to`, in its topic; "More" on the last."""
    pages = render_html(answer)
    more = more_keyboard(answer, context.bot_data.paged) if answer.has_more else None
    for number, text in enumerate(pages):
        await _send(
            context.bot,
            to,
            text,
            reply=number == 0,  # the rest follow the first part
            markup=more if number == len(pages) - 1 else None,
        )


def command_args(context: BotContext) -> str:
    """What follows a /command, as one string ("" when nothing does), bidi controls dropped."""
    return strip_bidi(" ".join(context.args or []))  # replies echo it: /follow, /add, ...


def first_press(pressed: MutableMapping[tuple[int, int], None], message: Message) -> bool:
    """Whether this is the first press of the "More" button on message (remembered, bounded)."""
    key = (message.chat_id, message.message_id)
    if key in pressed:
        return False
    pressed[key] = None
    while len(pressed) > PAGED_KEEP:
        del pressed[next(iter(pressed))]
    return True


def release_press(pressed: MutableMapping[tuple[int, int], None], message: Message) -> None:
    """Forget a press whose page did not go out, so the button can be pressed again."""
    pressed.pop((message.chat_id, message.message_id), None)


def asker_of(message: Message) -> int:
    """Whose budget a message spends: its sender, else the chat it was posted as."""
    if message.from_user is not None:
        return message.from_user.id
    return message.sender_chat.id if message.sender_chat else message.chat_id


def incoming(message: Message, bot_id: int) -> Incoming:
    """The facts about a message the addressing rules need."""
    replied = message.reply_to_message
    if replied is not None and message.is_topic_message:
        # In a forum topic every message "replies" to the topic's first message.
        replied = None if replied.message_id == message.message_thread_id else replied
    # A reply that quotes part of a message means that part.
    replied_text = message.quote.text if message.quote else None
    if replied_text is None and replied is not None:
        replied_text = replied.text or replied.caption
    return Incoming(
        text=message.text or "",
        private=message.chat.type == ChatType.PRIVATE,
        reply_to_bot=bool(replied and replied.from_user and replied.from_user.id == bot_id),
        replied_text=replied_text,
        via_this_bot=bool(message.via_bot and message.via_bot.id == bot_id),
    )


def more_keyboard(answer: Answer, paged: MutableMapping[str, str]) -> InlineKeyboardMarkup:
    """A "More" button that asks for the answer's next page."""
    data = more_data(answer.question, answer.page + 1, paged)
    return InlineKeyboardMarkup([[InlineKeyboardButton("More ›", callback_data=data)]])


def more_data(question: str, page: int, paged: MutableMapping[str, str]) -> str:
    """Callback data for a page of a question: the question itself when it fits in Telegram's
    64 bytes (so the button outlives a restart), else a key to it in `paged`."""
    data = f"more:{page}:{question}"
    if len(data.encode("utf-8")) <= 64:
        return data
    key = hashlib.sha256(question.encode("utf-8")).hexdigest()[:20]
    paged.pop(key, None)  # re-inserting keeps recently used questions the longest
    paged[key] = question
    while len(paged) > PAGED_KEEP:
        del paged[next(iter(paged))]
    return f"more#{page}:{key}"


def parse_more(data: str, paged: MutableMapping[str, str]) -> tuple[str, int] | None:
    """The (question, page) a "More" button asks for; None if unreadable or forgotten."""
    prefix, (page, _, rest) = data[:5], data[5:].partition(":")
    # isdigit() alone lets in "²" (int() fails) and other scripts' digits (we never write them).
    if not (page.isascii() and page.isdigit()) or int(page) > MAX_PAGE:
        return None
    question = rest if prefix == "more:" else paged.get(rest) if prefix == "more#" else None
    question = strip_bidi(question)[:MAX_QUESTION_CHARS] if question else None  # data is forgeable
    return (question, int(page)) if question else None


def inline_result(answer: Answer, hit: Hit, number: int) -> InlineQueryResultArticle:
    """One inline result: the quote as its title, sending the sourced snippet, both in the
    answer's language (the words', else the asker's app's)."""
    speaker = credit(hit, who(hit), answer.lang).text  # hedged as surely as the article is
    alone = Answer(answer.question, answer.kind, "", hits=(hit,), lang=answer.lang)
    snippet = render_html(alone)[0]
    return InlineQueryResultArticle(
        id=f"{hit.article.id}-{number}",
        title=_shorten(hit.quote or hit.snippet, 100),
        description=_shorten(f"{speaker} · {hit.article.title}", 120),
        input_message_content=InputTextMessageContent(
            snippet, parse_mode=ParseMode.HTML, link_preview_options=NO_PREVIEW
        ),
    )


async def _send(
    bot: Bot, to: Message, text: str, *, reply: bool, markup: InlineKeyboardMarkup | None
) -> Message | None:
    return await send_html(
        bot,
        to.chat_id,
        text,
        thread=topic_of(to),
        reply_to=to.message_id if reply else None,
        markup=markup,
    )


def _reply_to(message: Message | None) -> ReplyParameters | None:
    if message is None:
        return None
    # Still answer if the question was deleted meanwhile.
    return ReplyParameters(message.message_id, allow_sending_without_reply=True)


def topic_of(message: Message) -> int | None:
    """The forum topic a message is in; None outside forum topics."""
    # Outside forum topics message_thread_id names a reply chain, which sendMessage rejects.
    return message.message_thread_id if message.is_topic_message else None


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"

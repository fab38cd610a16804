"""What /follow, /unfollow and /following answer, who may change a follow, and what a pushed
notification or digest says."""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlite_utils import Database

from handlers.language import question_language
from handlers.phrases import Lang, Phrase, count_ru, say
from handlers.records import Answer, AnswerKind, ArticleRef, Hit
from handlers.render import TELEGRAM_LIMIT, compose_text, count, render_html
from store.live.common_words import WordShare, common_follow
from store.live.digests import Digest
from store.live.follows import (
    Follow,
    FollowKind,
    Notification,
    add_follow,
    find_follow,
    follows_of,
    move_to_topic,
    planned_follow,
    remove_follow,
)

FOLLOW, FOLLOWING, NOTIFICATION = AnswerKind.FOLLOW, AnswerKind.FOLLOWING, AnswerKind.NOTIFICATION
MAX_FOLLOWS = 50  # per chat: pushing is per follow, so one chat cannot make it unbounded


@dataclass(frozen=True)
class Asker:
    """Who sent a follow command, as far as deciding who may change a follow needs it."""

    user_id: int | None = None  # None: sent on behalf of a chat (anonymously, as a channel)
    in_group: bool = False
    chat_admin: bool = False  # an admin of the group (its owner included)


ANYONE = Asker()  # in a private chat whoever writes may change its follows


def may_change(asker: Asker, follow: Follow) -> bool:
    """Whether asker may remove or move follow: in a private chat, yes; in a group, only its
    admins and whoever made it (so one member cannot silence what another follows)."""
    if not asker.in_group or asker.chat_admin:
        return True
    return asker.user_id is not None and asker.user_id == follow.created_by


def admin_matters(db: Database, chat_id: int, text: str, asker: Asker) -> bool:
    """Whether the answer to /follow or /unfollow `text` depends on asker being a chat admin:
    only then is Telegram asked."""
    if not asker.in_group or asker.chat_admin:
        return False
    follow = find_follow(db, chat_id, text)
    return follow is not None and not may_change(asker, follow)


FOLLOW_USAGE = say(Lang.EN, Phrase.FOLLOW_USAGE)


def follow_language(text: str, client: Lang | None = None) -> Lang:
    """The language a follow command is answered in: Russian when its words are, or when the
    asker's app is Russian; else English."""
    return Lang.RU if Lang.RU in (question_language(text), client) else Lang.EN


def follow_reply(
    db: Database,
    chat_id: int,
    text: str,
    thread_id: int | None = None,
    asker: Asker = ANYONE,
    lang: Lang | None = None,
) -> Answer:
    """/follow <speaker or words>: start following, or say how. In a forum, its news is
    told in the topic where the follow was (last) asked for. `lang`: the reply's language,
    by default the words'."""
    lang = lang or follow_language(text)
    if not text.strip():
        return _reply(FOLLOW, say(lang, Phrase.FOLLOW_USAGE), lang)
    already = find_follow(db, chat_id, text)
    if already is not None:
        if already.thread_id != thread_id:
            if not may_change(asker, already):
                return _reply(FOLLOW, _not_yours(already, lang), lang)
            move_to_topic(db, already, thread_id)
            where = say(lang, Phrase.IN_THIS_TOPIC if thread_id is not None else Phrase.HERE)
            moved = say(lang, Phrase.ALREADY_MOVED, what=describe(already, lang), where=where)
            return _reply(FOLLOW, moved, lang)
        return _reply(FOLLOW, say(lang, Phrase.ALREADY_FOLLOWS, what=describe(already, lang)), lang)
    if len(follows_of(db, chat_id)) >= MAX_FOLLOWS:
        return _reply(FOLLOW, say(lang, Phrase.TOO_MANY_FOLLOWS, n=MAX_FOLLOWS), lang)
    refusal = too_common(db, text, lang)
    if refusal is not None:
        return _reply(FOLLOW, refusal, lang)
    result = add_follow(db, chat_id, text, thread_id, created_by=asker.user_id)
    if result is None:
        usage = say(lang, Phrase.FOLLOW_USAGE)
        return _reply(FOLLOW, f"{say(lang, Phrase.NO_WORDS_TO_FOLLOW)}\n\n{usage}", lang)
    follow, created = result
    what = describe(follow, lang)
    if not created:
        return _reply(FOLLOW, say(lang, Phrase.ALREADY_FOLLOWS, what=what), lang)
    return _reply(FOLLOW, say(lang, Phrase.NOW_FOLLOWING, what=what, query=follow.query), lang)


def too_common(db: Database, text: str, lang: Lang = Lang.EN) -> str | None:
    """Why /follow `text` is refused as too common, in one line; None if it is not.

    Only words follows: a speaker is quoted in a few articles however common the name.
    """
    planned = planned_follow(db, text)
    if planned is None or planned[0] != FollowKind.WORDS:
        return None
    share = common_follow(db, planned[1])
    if share is None:
        return None
    return common_refusal(share, several=len(planned[1].split()) > 1, lang=lang)


def common_refusal(share: WordShare, *, several: bool, lang: Lang = Lang.EN) -> str:
    """ "“the” is in 93% of articles; follow a name or rarer words." """
    advice = say(lang, Phrase.RARER)
    if not share.common_by_count:  # a small store: the word is a stopword
        if several:
            return say(lang, Phrase.ALL_TOO_COMMON, advice=advice)
        return say(lang, Phrase.WORD_TOO_COMMON, word=share.word, advice=advice)
    articles = say(lang, Phrase.RECENT_ARTICLES if share.sampled else Phrase.ARTICLES)
    phrase = Phrase.ALL_COMMON if several else Phrase.WORD_COMMON
    return say(
        lang, phrase, word=share.word, percent=share.percent, articles=articles, advice=advice
    )


def unfollow_reply(
    db: Database, chat_id: int, text: str, asker: Asker = ANYONE, lang: Lang | None = None
) -> Answer:
    """/unfollow <as listed>: stop following it (in a group: its admins, or who made it)."""
    lang = lang or follow_language(text)
    if text.strip():
        follow = find_follow(db, chat_id, text)
        if follow is not None and not may_change(asker, follow):
            return _reply(FOLLOWING, _not_yours(follow, lang), lang)
        removed = remove_follow(db, chat_id, text)
        if removed is not None:
            stopped = say(lang, Phrase.NO_LONGER_FOLLOWING, what=describe(removed, lang))
            return _reply(FOLLOWING, stopped, lang)
        lead = say(lang, Phrase.NOT_FOLLOWED, words=" ".join(text.split()))
    else:
        lead = say(lang, Phrase.WHICH_ONE)
    listed = following_reply(db, chat_id, lang).text
    return _reply(FOLLOWING, f"{lead}\n\n{listed}", lang)


def following_reply(db: Database, chat_id: int, lang: Lang = Lang.EN) -> Answer:
    """/following: what this chat follows."""
    follows = follows_of(db, chat_id)
    if not follows:
        nothing = f"{say(lang, Phrase.FOLLOWS_NOTHING)}\n\n{say(lang, Phrase.FOLLOW_USAGE)}"
        return _reply(FOLLOWING, nothing, lang)
    lines = "\n".join(f"• {describe(follow, lang)}" for follow in follows)
    return _reply(FOLLOWING, say(lang, Phrase.FOLLOWS_LIST, lines=lines), lang)


def describe(follow: Follow, lang: Lang = Lang.EN) -> str:
    """ "the speaker Putin" or "the words “grain deal”"."""
    phrase = Phrase.FOLLOWED_SPEAKER if follow.kind == FollowKind.SPEAKER else Phrase.FOLLOWED_WORDS
    return say(lang, phrase, query=follow.query)


def note_language(note: Notification) -> Lang:
    """A notification is in Russian when what is followed, or the article, is."""
    return follow_language(note.follow.query, question_language(note.title))


def notification_answer(note: Notification) -> Answer:
    """The message pushed to a chat: why it comes, then the sourced snippets."""
    lang, query = note_language(note), note.follow.query
    speaker = note.follow.kind == FollowKind.SPEAKER
    lead = say(lang, Phrase.NEW_QUOTE_BY if speaker else Phrase.NEW_ARTICLE_WITH, query=query)
    lead += say(lang, Phrase.TO_STOP, query=query)
    article = ArticleRef(note.article_id, note.title, note.source, note.published, note.url)
    hits = tuple(
        Hit(
            article=article,
            snippet=snippet.text,
            score=100.0,
            quote=snippet.text if speaker else None,
            speaker=snippet.speaker,
            role=snippet.role,
            kind=snippet.quote_kind,
            paragraph=snippet.paragraph or snippet.text,
            how=snippet.how,
            confidence=snippet.confidence,
            namesake=snippet.namesake,
        )
        for snippet in note.snippets
    )
    question = f"/follow {query}"
    text = compose_text(lead, hits, lang)
    return Answer(question, NOTIFICATION, text, hits, lead=lead, lang=lang)


def notification_message(note: Notification) -> str:
    """The notification as one Telegram message (HTML): as many of its snippets as fit.

    One message, so a send either happened or did not: had a second part failed after the
    first went out, sending it again would repeat the first.
    """
    for keep in range(len(note.snippets), 1, -1):
        pages = render_html(notification_answer(replace(note, snippets=note.snippets[:keep])))
        if len(pages) == 1:
            return pages[0]
    # A single snippet is capped well below the limit, so this is one message too.
    return render_html(notification_answer(replace(note, snippets=note.snippets[:1])))[0]


def digest_language(digest: Digest) -> Lang:
    """A digest is in Russian when most letters of what the chat follows are Cyrillic."""
    return question_language(" ".join(f.query for f in digest.follows))


def digest_answer(digest: Digest, listed: int) -> Answer:
    """Many new articles for one chat in one answer: why, then the newest `listed` titles."""
    lang = digest_language(digest)
    # Speakers by name, words in marks: "(Putin, “grain deal”)".
    marks = "«{}»" if lang == Lang.RU else "“{}”"
    named = [
        f.query if f.kind == FollowKind.SPEAKER else marks.format(f.query) for f in digest.follows
    ]
    why = ", ".join(named[:3]) + (", …" if len(named) > 3 else "")
    n = len(digest.article_ids)
    articles = count_ru(n, "article") if lang == Lang.RU else count(n, "article")
    lead = say(lang, Phrase.DIGEST, articles=articles, why=why)
    hits = tuple(
        Hit(ArticleRef(e.article_id, e.title, e.source, e.published, e.url), snippet="", score=0)
        for e in digest.entries[:listed]
    )
    text = compose_text(lead, hits, lang)
    return Answer("/following", NOTIFICATION, text, hits, lead=lead, lang=lang)


def digest_message(digest: Digest) -> str:
    """The digest as one Telegram message (HTML): as many titles as fit, then how many more.

    One message for all, so a chat is told of a flood of articles once, not once each.
    """
    lang = digest_language(digest)
    for listed in range(len(digest.entries), 0, -1):
        more = len(digest.article_ids) - listed
        tail = say(lang, Phrase.AND_MORE, more=more) if more else ""
        pages = render_html(digest_answer(digest, listed))
        if len(pages) == 1 and len(pages[0]) + len(tail) <= TELEGRAM_LIMIT:
            return pages[0] + tail
    # Each title is capped well below the limit, so one always fits: this is a last guard.
    return render_html(digest_answer(digest, 0))[0] + say(lang, Phrase.IN_LATEST)


def _not_yours(follow: Follow, lang: Lang) -> str:
    return say(lang, Phrase.NOT_YOURS, what=describe(follow, lang))


def _reply(kind: AnswerKind, text: str, lang: Lang = Lang.EN) -> Answer:
    return Answer(f"/{kind}", kind, text, lead=text, lang=lang)

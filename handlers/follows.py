"""What /follow, /unfollow and /following answer, who may change a follow, and what a pushed
notification or digest says."""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlite_utils import Database

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


FOLLOW_USAGE = (
    "Tell me whom or what to follow, for example:\n"
    "/follow Putin — new quotes by a speaker, however an article names them\n"
    "/follow grain deal — new articles with all these words\n"
    "I will send each new article here once."
)


def follow_reply(
    db: Database,
    chat_id: int,
    text: str,
    thread_id: int | None = None,
    asker: Asker = ANYONE,
) -> Answer:
    """/follow <speaker or words>: start following, or say how. In a forum, its news is
    told in the topic where the follow was (last) asked for."""
    if not text.strip():
        return _reply(FOLLOW, FOLLOW_USAGE)
    already = find_follow(db, chat_id, text)
    if already is not None:
        if already.thread_id != thread_id:
            if not may_change(asker, already):
                return _reply(FOLLOW, _not_yours(already))
            move_to_topic(db, already, thread_id)
            where = "in this topic" if thread_id is not None else "here"
            moved = f"This chat already follows {describe(already)}; its news now comes {where}."
            return _reply(FOLLOW, moved)
        return _reply(FOLLOW, f"This chat already follows {describe(already)}.")
    if len(follows_of(db, chat_id)) >= MAX_FOLLOWS:
        return _reply(
            FOLLOW, f"This chat already follows {MAX_FOLLOWS} things; /unfollow some first."
        )
    refusal = too_common(db, text)
    if refusal is not None:
        return _reply(FOLLOW, refusal)
    result = add_follow(db, chat_id, text, thread_id, created_by=asker.user_id)
    if result is None:
        return _reply(FOLLOW, "There are no words in that to follow.\n\n" + FOLLOW_USAGE)
    follow, created = result
    if not created:
        return _reply(FOLLOW, f"This chat already follows {describe(follow)}.")
    return _reply(
        FOLLOW,
        f"Following {describe(follow)}. I will send new articles here as they arrive "
        f"(not the ones I already have). /unfollow {follow.query} to stop.",
    )


def too_common(db: Database, text: str) -> str | None:
    """Why /follow `text` is refused as too common, in one line; None if it is not.

    Only words follows: a speaker is quoted in a few articles however common the name.
    """
    planned = planned_follow(db, text)
    if planned is None or planned[0] != FollowKind.WORDS:
        return None
    share = common_follow(db, planned[1])
    return None if share is None else common_refusal(share, several=len(planned[1].split()) > 1)


def common_refusal(share: WordShare, *, several: bool) -> str:
    """ "“the” is in 93% of articles; follow a name or rarer words." """
    advice = "follow a name or rarer words."
    word = f"“{share.word}”"
    if not share.common_by_count:  # a small store: the word is a stopword
        if several:
            return f"Every word of that is too common to follow; {advice}"
        return f"{word} is too common a word to follow; {advice}"
    articles = "recent articles" if share.sampled else "articles"
    if several:
        return (
            f"Every word of that is common ({word} is in {share.percent}% of {articles}); {advice}"
        )
    return f"{word} is in {share.percent}% of {articles}; {advice}"


def unfollow_reply(db: Database, chat_id: int, text: str, asker: Asker = ANYONE) -> Answer:
    """/unfollow <as listed>: stop following it (in a group: its admins, or who made it)."""
    if text.strip():
        follow = find_follow(db, chat_id, text)
        if follow is not None and not may_change(asker, follow):
            return _reply(FOLLOWING, _not_yours(follow))
        removed = remove_follow(db, chat_id, text)
        if removed is not None:
            return _reply(FOLLOWING, f"No longer following {describe(removed)}.")
        lead = f"This chat does not follow “{' '.join(text.split())}”."
    else:
        lead = "Which one? Send /unfollow and the name or words as listed."
    return _reply(FOLLOWING, f"{lead}\n\n{following_reply(db, chat_id).text}")


def following_reply(db: Database, chat_id: int) -> Answer:
    """/following: what this chat follows."""
    follows = follows_of(db, chat_id)
    if not follows:
        return _reply(FOLLOWING, "This chat follows nothing yet.\n\n" + FOLLOW_USAGE)
    lines = "\n".join(f"• {describe(follow)}" for follow in follows)
    return _reply(FOLLOWING, f"This chat follows:\n{lines}\n\n/unfollow <name or words> to stop.")


def describe(follow: Follow) -> str:
    """ "the speaker Putin" or "the words “grain deal”"."""
    if follow.kind == FollowKind.SPEAKER:
        return f"the speaker {follow.query}"
    return f"the words “{follow.query}”"


def notification_answer(note: Notification) -> Answer:
    """The message pushed to a chat: why it comes, then the sourced snippets."""
    if note.follow.kind == FollowKind.SPEAKER:
        lead = f"New: {note.follow.query} is quoted in an article."
    else:
        lead = f"New: an article with “{note.follow.query}”."
    lead += f" (/unfollow {note.follow.query} to stop)"
    article = ArticleRef(note.article_id, note.title, note.source, note.published, note.url)
    hits = tuple(
        Hit(
            article=article,
            snippet=snippet.text,
            score=100.0,
            quote=snippet.text if note.follow.kind == FollowKind.SPEAKER else None,
            speaker=snippet.speaker,
            role=snippet.role,
            kind=snippet.quote_kind,
            paragraph=snippet.paragraph or snippet.text,
            how=snippet.how,
            confidence=snippet.confidence,
        )
        for snippet in note.snippets
    )
    question = f"/follow {note.follow.query}"
    return Answer(question, NOTIFICATION, compose_text(lead, hits), hits, lead=lead)


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


def digest_answer(digest: Digest, listed: int) -> Answer:
    """Many new articles for one chat in one answer: why, then the newest `listed` titles."""
    # Speakers by name, words in marks: "(Putin, “grain deal”)".
    named = [f.query if f.kind == FollowKind.SPEAKER else f"“{f.query}”" for f in digest.follows]
    why = ", ".join(named[:3]) + (", …" if len(named) > 3 else "")
    lead = f"New: {count(len(digest.article_ids), 'article')} for what this chat follows ({why})."
    hits = tuple(
        Hit(ArticleRef(e.article_id, e.title, e.source, e.published, e.url), snippet="", score=0)
        for e in digest.entries[:listed]
    )
    return Answer("/following", NOTIFICATION, compose_text(lead, hits), hits, lead=lead)


def digest_message(digest: Digest) -> str:
    """The digest as one Telegram message (HTML): as many titles as fit, then how many more.

    One message for all, so a chat is told of a flood of articles once, not once each.
    """
    for listed in range(len(digest.entries), 0, -1):
        more = len(digest.article_ids) - listed
        tail = f"\n\nand {more} more: /latest" if more else ""
        pages = render_html(digest_answer(digest, listed))
        if len(pages) == 1 and len(pages[0]) + len(tail) <= TELEGRAM_LIMIT:
            return pages[0] + tail
    # Each title is capped well below the limit, so one always fits: this is a last guard.
    return render_html(digest_answer(digest, 0))[0] + "\n\nThey are in /latest"


def _not_yours(follow: Follow) -> str:
    return (
        f"Only the group's admins, or whoever followed it, can change {describe(follow)}. "
        "/following lists what this chat follows."
    )


def _reply(kind: AnswerKind, text: str) -> Answer:
    return Answer(f"/{kind}", kind, text, lead=text)

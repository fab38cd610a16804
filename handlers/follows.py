"""What /follow, /unfollow and /following answer, and what a pushed notification says."""

from __future__ import annotations

from dataclasses import replace

from sqlite_utils import Database

from handlers.records import Answer, AnswerKind, ArticleRef, Hit
from handlers.render import compose_text, render_html
from store.live.follows import (
    Follow,
    FollowKind,
    Notification,
    add_follow,
    find_follow,
    follows_of,
    move_to_topic,
    remove_follow,
)

FOLLOW, FOLLOWING, NOTIFICATION = AnswerKind.FOLLOW, AnswerKind.FOLLOWING, AnswerKind.NOTIFICATION
MAX_FOLLOWS = 50  # per chat: pushing is per follow, so one chat cannot make it unbounded

FOLLOW_USAGE = (
    "Tell me whom or what to follow, for example:\n"
    "/follow Putin — new quotes by a speaker, however an article names them\n"
    "/follow grain deal — new articles with all these words\n"
    "I will send each new article here once."
)


def follow_reply(db: Database, chat_id: int, text: str, thread_id: int | None = None) -> Answer:
    """/follow <speaker or words>: start following, or say how. In a forum, its news is
    told in the topic where the follow was (last) asked for."""
    if not text.strip():
        return _reply(FOLLOW, FOLLOW_USAGE)
    already = find_follow(db, chat_id, text)
    if already is not None:
        if already.thread_id != thread_id:
            move_to_topic(db, already, thread_id)
            where = "in this topic" if thread_id is not None else "here"
            moved = f"This chat already follows {describe(already)}; its news now comes {where}."
            return _reply(FOLLOW, moved)
        return _reply(FOLLOW, f"This chat already follows {describe(already)}.")
    if len(follows_of(db, chat_id)) >= MAX_FOLLOWS:
        return _reply(
            FOLLOW, f"This chat already follows {MAX_FOLLOWS} things; /unfollow some first."
        )
    result = add_follow(db, chat_id, text, thread_id)
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


def unfollow_reply(db: Database, chat_id: int, text: str) -> Answer:
    """/unfollow <as listed>: stop following it."""
    if text.strip():
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


def _reply(kind: AnswerKind, text: str) -> Answer:
    return Answer(f"/{kind}", kind, text, lead=text)

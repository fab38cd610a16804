"""Who may ask how often: a token bucket per user and per group chat, so one person flooding
the bot cannot take the answers, the CPU and the send slots everyone else is waiting for.

Plain and synchronous, with the clock passed in: the callbacks ask `QuestionBudget.admit`
before any work, and the tests drive it with a hand-set clock.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from handlers.phrases import Lang, Phrase, say

# A question longer than this is cut before it is answered: answering costs grow with its
# length (4,000 characters took 262 ms of the event loop), and no real question is this long.
MAX_QUESTION_CHARS = 500
# The English texts; `handlers.phrases` has them in Russian too (`cut_note`, `slow_down`).
CUT_NOTE = say(Lang.EN, Phrase.CUT_NOTE, limit=MAX_QUESTION_CHARS)
SLOW_DOWN = say(Lang.EN, Phrase.SLOW_DOWN)
# Where the notice cannot be a message: a "More" press is answered with a toast (at most 200
# characters), an inline query with a button above its (empty) results.
SLOW_DOWN_SHORT = say(Lang.EN, Phrase.SLOW_DOWN_SHORT)


def cut_note(lang: Lang) -> str:
    """What a cut question's answer starts with, in the asker's language."""
    return say(lang, Phrase.CUT_NOTE, limit=MAX_QUESTION_CHARS)


@dataclass(frozen=True)
class Rate:
    """How many questions may come at once (burst), and how fast the allowance comes back."""

    burst: float
    per_second: float


# A person reading the answers asks a few questions at once, then one every few seconds.
USER_RATE = Rate(burst=5, per_second=0.5)
# Telegram lets a bot send about 20 messages a minute into one group.
GROUP_RATE = Rate(burst=10, per_second=20 / 60)
# Inline queries come as the user types (a few per search, fewer where Telegram has the
# answer cached), so they have a bucket of their own, larger than the questions'.
INLINE_RATE = Rate(burst=10, per_second=1)
UNLIMITED = Rate(burst=math.inf, per_second=0)  # no budget at all (the benchmark's baseline)


@dataclass
class TokenBucket:
    """`rate.burst` tokens, refilled at `rate.per_second`; one taken per question."""

    rate: Rate
    updated: float  # the clock reading the tokens were counted at
    tokens: float = field(init=False)

    def __post_init__(self) -> None:
        self.tokens = self.rate.burst

    def available(self, now: float) -> float:
        """The tokens there are at `now` (a clock going backwards refills nothing)."""
        elapsed = max(0.0, now - self.updated)
        if self.tokens < self.rate.burst:  # inf + 0 * elapsed stays inf; never inf * 0
            self.tokens = min(self.rate.burst, self.tokens + elapsed * self.rate.per_second)
        self.updated = max(self.updated, now)
        return self.tokens

    def take(self, now: float) -> bool:
        """Take one token if there is one; whether there was."""
        if self.available(now) < 1:
            return False
        self.tokens -= 1
        return True


class Verdict(StrEnum):
    """What to do with one question."""

    ANSWER = "answer"
    SLOW_DOWN = "slow down"  # over budget, and not told yet in this burst: say so once
    DROP = "drop"  # over budget and told already: stay silent


class QuestionBudget:
    """A bucket per user and one per group chat; a question is answered when both have room.

    One "slow down" notice per burst: a bucket that refused is remembered as told until it
    lets a question through again.
    """

    def __init__(
        self,
        user: Rate = USER_RATE,
        group: Rate = GROUP_RATE,
        *,
        inline: Rate = INLINE_RATE,
        clock: Callable[[], float] = time.monotonic,
        keep: int = 10_000,
    ) -> None:
        self._rates = {"user": user, "chat": group, "inline": inline}
        self._clock = clock
        self._keep = keep  # buckets remembered; the longest unused are forgotten (full again)
        self._buckets: dict[tuple[str, int], TokenBucket] = {}
        self._told: set[tuple[str, int]] = set()

    def admit(self, user_id: int, chat_id: int, *, group: bool) -> Verdict:
        """Whether to answer a question user_id asked in chat_id (a group's, or a private one);
        a "More" press is one too."""
        keys = [("user", user_id)] + ([("chat", chat_id)] if group else [])
        return self._verdict(keys)

    def admit_inline(self, user_id: int) -> Verdict:
        """Whether to answer an inline query of user_id's (its own bucket, as it types)."""
        return self._verdict([("inline", user_id)])

    def _verdict(self, keys: list[tuple[str, int]]) -> Verdict:
        now = self._clock()
        buckets = {key: self._bucket(key, now) for key in keys}
        empty = [key for key, bucket in buckets.items() if bucket.available(now) < 1]
        if not empty:
            for key, bucket in buckets.items():
                bucket.take(now)
                self._told.discard(key)
            return Verdict.ANSWER
        if self._told.issuperset(empty):
            return Verdict.DROP
        self._told.update(empty)
        return Verdict.SLOW_DOWN

    def _bucket(self, key: tuple[str, int], now: float) -> TokenBucket:
        bucket = self._buckets.pop(key, None) or TokenBucket(self._rates[key[0]], now)
        self._buckets[key] = bucket  # re-inserted: the dict's order is least recently used first
        while len(self._buckets) > self._keep:
            forgotten = next(iter(self._buckets))
            del self._buckets[forgotten]
            self._told.discard(forgotten)
        return bucket


def bounded_question(question: str) -> tuple[str, bool]:
    """The question cut to what we answer, and whether it was cut."""
    if len(question) <= MAX_QUESTION_CHARS:
        return question, False
    return question[:MAX_QUESTION_CHARS].rstrip(), True

"""Load benchmark of the Telegram bot: the real Application against the fake Bot API on 127.0.0.1.

100 private chats ask 10 questions each (1,000 in all). Each chat asks its next question as soon
as the previous one is answered, like 100 people typing at once. Prints throughput, p50/p95
from the update being queued on the server to the reply arriving there, and checks that every
question got exactly one reply.

It runs twice: with Telegram's limits enforced by the bot's rate limiter (30 messages a second
overall, as in production, so this is the throughput to expect against Telegram), and with the
limiter off (what the bot itself can do). Each chat asks as fast as it is answered, which the
question budget would throttle as a flood (that is scripts/bench_flood.py's subject): here it
is off. Private chats, because Telegram allows only 20 messages a
minute per group: 1,000 group questions would measure that limit, not the bot.

    .venv/bin/python scripts/bench_bot.py [--chats 100] [--questions 10] [--db PATH] [--limits both|on|off]
"""

from __future__ import annotations

import argparse
import multiprocessing
import statistics
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlite_utils import Database
from telegram.ext import BaseRateLimiter

from bot.telegram.answers import APOLOGY
from bot.telegram.fairness import UNLIMITED, QuestionBudget
from bot.telegram.limiter import ChatRateLimiter
from bot.telegram.state import BotState
from store.db import open_db
from store.ingest.batch import store_article
from store.ingest.seeds import ensure_seeded
from store.models import Article
from tests.fake_bot_api import Call, FakeBotApi, RunningBot, private_chat

QUESTIONS = [
    "who said the ball is in the court of our Georgia neighbors?",
    "/quote Lavrov",
    "/latest 5",
    "/search diplomatic relations Georgia",
    "what did Petrova say about grain?",
    "/quote the harvest will be the biggest in a decade",
    "/stats",
    "who said we must find new buyers",
    "/help",
    "/search harvest storage silos",
]
SPEAKERS = ["Anna Petrova", "Ivan Sokolov", "Maria Orlova", "Pavel Dmitriev"]


@dataclass
class Result:
    label: str
    questions: int
    seconds: float
    latencies: list[float]
    replies: Counter[int]  # question message_id -> replies to it
    messages: int  # every message delivered, continuation parts included
    apologies: int

    def report(self) -> str:
        lat = sorted(self.latencies)
        p50 = statistics.median(lat) * 1000 if lat else float("nan")
        p95 = lat[int(0.95 * (len(lat) - 1))] * 1000 if lat else float("nan")
        exactly_one = sum(count == 1 for count in self.replies.values())
        ok = exactly_one == self.questions and self.apologies == 0
        return (
            f"{self.label}: {self.questions} questions in {self.seconds:.1f} s = "
            f"{self.questions / self.seconds:.0f} answers/s; update->reply p50 {p50:.0f} ms, "
            f"p95 {p95:.0f} ms; {exactly_one}/{self.questions} questions got exactly one reply "
            f"({self.messages} messages, {self.apologies} apologies) -> {'OK' if ok else 'FAIL'}"
        )


def build_db(path: str | None) -> Database:
    """The given database, or an in-memory one holding the harvest corpus."""
    if path:
        return open_db(path)
    db = open_db(":memory:")
    store_harvest(db)
    return db


def store_harvest(db: Database) -> None:
    """The seed plus 200 generated articles; scripts/bench_flood.py asks the same corpus."""
    ensure_seeded(db)
    for number in range(200):
        speaker = SPEAKERS[number % len(SPEAKERS)]
        store_article(
            db,
            Article(
                title=f"Harvest in region {number} is the biggest in a decade",
                paragraphs=(
                    f'"The harvest in region {number} will be the biggest in a decade, and we '
                    f'must find new buyers for the grain," {speaker}, the regional agriculture '
                    "minister, said on Monday.",
                    f"Storage is running short, officials said, and farmers in region {number} "
                    "asked for help with new silos before the autumn rains.",
                ),
                source="Bench Agency",
                published=f"2024-{number % 12 + 1:02d}-{number % 28 + 1:02d}",
                url=f"https://news.example.org/harvest/{number}",
            ),
        )


def run(
    db: Database, label: str, limiter: BaseRateLimiter[Any], chats: int, per_chat: int
) -> Result:
    """Ask chats x per_chat questions, each chat waiting for its answer before the next."""
    total = chats * per_chat
    replies: Counter[int] = Counter()
    latencies: list[float] = []
    asked = Counter[int]()
    lock = threading.Lock()
    finished = threading.Event()

    api = FakeBotApi()  # listening already; serving from api.start()

    def ask(chat_id: int) -> None:
        question = QUESTIONS[(chat_id + asked[chat_id]) % len(QUESTIONS)]
        asked[chat_id] += 1
        api.say(private_chat(chat_id), question)

    def on_reply(call: Call) -> None:
        question = call.get("reply_parameters", {}).get("message_id")
        if call.method != "sendMessage" or call.status != 200 or question is None:
            return  # a failed send, or the second part of a long reply
        with lock:
            replies[question] += 1
            if replies[question] > 1:
                return
            latencies.append(call.at - api.said_at[question])
            chat_id = int(call["chat_id"])
            if asked[chat_id] < per_chat:
                ask(chat_id)
            if len(latencies) == total:
                finished.set()

    api.on_call = on_reply
    # The bot runs in its own process, as in production: sharing a GIL with the fake server
    # would measure the two of them taking turns.
    fork = multiprocessing.get_context("fork")
    ready, stop = fork.Event(), fork.Event()
    bot = fork.Process(target=serve_bot, args=(api, db, limiter, ready, stop))
    bot.start()
    api.start()
    try:
        if not ready.wait(20):
            raise SystemExit("the bot did not start")
        start = time.perf_counter()
        with lock:
            for chat_id in range(10_000, 10_000 + chats):
                ask(chat_id)
        finished.wait(timeout=max(60.0, total / 10))
        seconds = time.perf_counter() - start
        time.sleep(1.0)  # anything sent twice would arrive now
    finally:
        stop.set()
        bot.join(20)
        api.close()
    sent = api.done("sendMessage")
    return Result(
        label,
        total,
        seconds,
        latencies,
        replies,
        len(sent),
        sum(call["text"] == APOLOGY for call in sent),
    )


def serve_bot(
    api: FakeBotApi, db: Database, limiter: BaseRateLimiter[Any], ready: Any, stop: Any
) -> None:
    """The bot process: poll the fake server until told to stop."""
    with RunningBot(api, db, rate_limiter=limiter, tune=no_budget):
        ready.set()
        stop.wait()


def no_budget(state: BotState) -> None:
    """Every question answered, however fast a chat asks."""
    state.budget = QuestionBudget(UNLIMITED, UNLIMITED)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--chats", type=int, default=100)
    parser.add_argument("--questions", type=int, default=10, help="per chat")
    parser.add_argument("--db", help="a newsbot database (default: seed + 200 generated articles)")
    parser.add_argument("--limits", choices=["both", "on", "off"], default="both")
    args = parser.parse_args()
    db = build_db(args.db)
    runs = []
    if args.limits in ("both", "on"):
        runs.append(("Telegram limits (30 msg/s)", ChatRateLimiter()))
    if args.limits in ("both", "off"):
        unlimited = ChatRateLimiter(overall_per_second=0, group_per_minute=0)
        runs.append(("no rate limit", unlimited))
    results = [run(db, label, limiter, args.chats, args.questions) for label, limiter in runs]
    for result in results:
        print(result.report())
    good = all(
        sum(n == 1 for n in r.replies.values()) == r.questions and r.apologies == 0 for r in results
    )
    return 0 if good else 1


if __name__ == "__main__":
    sys.exit(main())

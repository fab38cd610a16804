"""Flood benchmark: one user floods the bot while others ask as usual; how long do the others wait?

The real Application (in its own process) polls the fake Bot API on 127.0.0.1, which enforces
Telegram-like flood limits: per chat a burst of 3 messages, then 1 a second; 30 a second overall;
beyond them 429 Too Many Requests with retry_after. One user sends 500 questions in 2 s (every
tenth 4,000 characters long); meanwhile 20 other users each ask one question a second for 5 s.
Prints the other users' wait (question queued -> reply delivered) at p50/p95/max, and what the
flooder got.

It runs twice: the bot as it is (question budget per user and group, per-chat rate limiter,
answers in a worker thread), and the same bot with yesterday's behaviour as the baseline (no
budget, PTB's AIORateLimiter whose 429 pauses every chat, answers computed on the event loop).
A question not answered within --patience seconds counts as waiting that long.

    .venv/bin/python scripts/bench_flood.py [--flood 500] [--others 20] [--patience 60]
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import multiprocessing
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench_bot import store_harvest
from telegram.ext import AIORateLimiter, BaseRateLimiter

from bot.telegram.answers import APOLOGY
from bot.telegram.app import SEND_RETRIES
from bot.telegram.fairness import SLOW_DOWN, UNLIMITED, QuestionBudget
from bot.telegram.state import BotState
from store.db import open_db
from tests.fake_bot_api import Call, FaultyBotApi, FloodLimits, RunningBot, private_chat

FLOODER = 9_000
OTHERS_FROM = 10_000
OTHER_QUESTIONS = ["/quote Petrova", "who said we must find new buyers", "/stats", "/latest 2"]
FLOOD_QUESTIONS = [
    "who said the harvest will be the biggest in a decade",
    "/search harvest storage silos",
    "/quote the grain must find new buyers",
]
LONG_QUESTION = "who said " + " ".join(f"harvest{n} silos grain buyers" for n in range(150))


@dataclass
class Run:
    label: str
    waits: list[float] = field(default_factory=list)  # the other users' waits, seconds
    unanswered: int = 0
    flooder_replies: int = 0
    slow_downs: int = 0
    refused: int = 0  # 429s the fake answered
    apologies: int = 0
    repeated: int = 0  # questions that got more than one reply

    def p(self, share: float) -> float:
        waits = sorted(self.waits)
        return waits[min(len(waits) - 1, int(share * len(waits)))]

    def report(self) -> str:
        return (
            f"{self.label}: other users' wait p50 {statistics.median(self.waits) * 1000:.0f} ms, "
            f"p95 {self.p(0.95) * 1000:.0f} ms, max {max(self.waits) * 1000:.0f} ms "
            f"({len(self.waits)} questions, {self.unanswered} not answered in time, counted as "
            f"the patience); flooder got "
            f"{self.flooder_replies} replies ({self.slow_downs} 'slow down'); {self.refused} 429s, "
            f"{self.apologies} apologies, {self.repeated} questions answered twice"
        )


def build_db(path: Path) -> None:
    """bench_bot's harvest corpus, in a file (answers run on their own connections)."""
    db = open_db(path)
    store_harvest(db)
    db.close()


def as_today(state: BotState) -> None:
    """Nothing to change: the bot as built."""


def as_before(state: BotState) -> None:
    """The baseline: no question budget, answers computed on the event loop."""
    state.budget = QuestionBudget(UNLIMITED, UNLIMITED)
    state.answer_in_thread = False


def run(
    label: str,
    db_path: Path,
    limiter: BaseRateLimiter[Any] | None,
    tune: Callable[[BotState], None],
    args: argparse.Namespace,
) -> Run:
    api = FaultyBotApi(limits=FloodLimits(burst=3, per_chat=1.0, overall=30.0))
    result = Run(label)
    others: dict[int, float] = {}  # question message_id -> when it was queued
    replied: dict[int, int] = {}  # question message_id -> replies
    lock = threading.Lock()
    all_answered = threading.Event()

    def on_reply(call: Call) -> None:
        if call.method != "sendMessage" or call.status != 200:
            return
        question = call.get("reply_parameters", {}).get("message_id")
        if question is None:
            return
        with lock:
            replied[question] = replied.get(question, 0) + 1
            if question in others and replied[question] == 1:
                result.waits.append(call.at - others[question])
                if len(result.waits) == args.others * args.rounds:
                    all_answered.set()

    api.on_call = on_reply
    fork = multiprocessing.get_context("fork")
    ready, stop = fork.Event(), fork.Event()
    bot = fork.Process(target=serve_bot, args=(api, db_path, limiter, tune, ready, stop))
    bot.start()
    api.start()
    try:
        if not ready.wait(30):
            raise SystemExit("the bot did not start")
        flood = threading.Thread(target=ask_flood, args=(api, args.flood, args.seconds))
        flood.start()
        for round_number in range(args.rounds):  # the others: one question a second each
            for user in range(OTHERS_FROM, OTHERS_FROM + args.others):
                question = OTHER_QUESTIONS[(user + round_number) % len(OTHER_QUESTIONS)]
                message = say(api, user, question)
                with lock:
                    others[message["message_id"]] = api.said_at[message["message_id"]]
            time.sleep(1.0)
        flood.join()
        all_answered.wait(args.patience)
        time.sleep(1.0)  # anything sent twice would arrive now
    finally:
        stop.set()
        bot.join(12)
        if bot.is_alive():
            bot.kill()  # the baseline may still be working through the flood
            bot.join()
        api.close()
    now = time.perf_counter()
    with lock:
        waiting = [now - at for message_id, at in others.items() if message_id not in replied]
    result.unanswered = len(waiting)
    result.waits += [min(wait, args.patience) for wait in waiting]
    flooder = [c for c in api.done("sendMessage") if int(c["chat_id"]) == FLOODER]
    result.flooder_replies = len(flooder)
    result.slow_downs = sum(c["text"] == SLOW_DOWN for c in flooder)
    result.refused = sum(c.status == 429 for c in api.calls)
    result.apologies = sum(c["text"] == APOLOGY for c in api.done("sendMessage"))
    result.repeated = sum(count > 1 for count in replied.values())
    return result


def say(api: FaultyBotApi, user: int, text: str) -> dict[str, Any]:
    person = {"id": user, "is_bot": False, "first_name": f"Reader {user}"}
    return api.say(private_chat(user), text, user=person)


def ask_flood(api: FaultyBotApi, count: int, seconds: float) -> None:
    """count questions from one user, evenly over seconds."""
    start = time.perf_counter()
    for number in range(count):
        text = LONG_QUESTION if number % 10 == 9 else FLOOD_QUESTIONS[number % 3]
        say(api, FLOODER, text)
        pause = start + seconds * (number + 1) / count - time.perf_counter()
        if pause > 0:
            time.sleep(pause)


def serve_bot(
    api: FaultyBotApi,
    db_path: Path,
    limiter: BaseRateLimiter[Any] | None,
    tune: Callable[[BotState], None],
    ready: Any,
    stop: Any,
) -> None:
    """The bot process: poll the fake server until told to stop."""
    # Thousands of 429s in the baseline would fill the terminal; the counts say enough.
    logging.disable(logging.CRITICAL)
    db = open_db(db_path)
    # The baseline is still working through the flood when told to stop; the parent kills it.
    with contextlib.suppress(AssertionError), RunningBot(api, db, rate_limiter=limiter, tune=tune):
        ready.set()
        stop.wait()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--flood", type=int, default=500, help="questions from the flooder")
    parser.add_argument("--seconds", type=float, default=2.0, help="over how long")
    parser.add_argument("--others", type=int, default=20, help="other users")
    parser.add_argument("--rounds", type=int, default=5, help="questions per other user, 1/s")
    parser.add_argument("--patience", type=float, default=60.0, help="seconds a question waits")
    parser.add_argument("--only", choices=["today", "before"], help="run one of the two")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db_path = Path(folder) / "news.db"
        build_db(db_path)
        runs = []
        if args.only in (None, "today"):
            runs.append(run("today", db_path, None, as_today, args))
        if args.only in (None, "before"):
            baseline = AIORateLimiter(max_retries=SEND_RETRIES)
            runs.append(run("before (baseline)", db_path, baseline, as_before, args))
    for result in runs:
        print(result.report())
    if len(runs) == 2:
        today, before = runs
        print(
            f"ratio: the other users' p95 wait is {'at least ' if before.unanswered else ''}"
            f"{before.p(0.95) / today.p(0.95):.0f}x shorter "
            f"than the baseline's ({today.p(0.95) * 1000:.0f} ms vs {before.p(0.95) * 1000:.0f} ms;"
            f" target under 1000 ms -> {'OK' if today.p(0.95) < 1.0 else 'FAIL'})"
        )
    good = runs[0].label != "today" or (runs[0].p(0.95) < 1.0 and runs[0].unanswered == 0)
    return 0 if good and all(r.repeated == 0 for r in runs) else 1


if __name__ == "__main__":
    sys.exit(main())

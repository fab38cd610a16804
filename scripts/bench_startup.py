"""Start-up benchmark of the command line: how long `newsbot ask` takes from exec to answer.

Runs `python -c pass` (the interpreter alone), `newsbot ask` on an existing store holding the
bundled seeds, and `newsbot --version`, N times each in turn in this same run, and prints the
median seconds of each and its ratio to `python -c pass`: the ratio is what compares across
machines, the seconds only on this one.

    .venv/bin/python scripts/bench_startup.py [--runs 20] [--question "who said the ball"]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_SECONDS = 0.2  # the goal for `newsbot ask` on a freshly seeded store


def newsbot_command() -> list[str]:
    """The installed `newsbot` script beside this interpreter, else `python -m bot`."""
    script = Path(sys.executable).parent / "newsbot"
    return [str(script)] if script.is_file() else [sys.executable, "-m", "bot"]


def seconds(command: list[str], cwd: Path) -> float:
    """Wall-clock seconds of one run; a failing run stops the benchmark."""
    # Without NEWSBOT_DB, in a folder of its own: the store is the default newsbot.db there.
    env = {name: value for name, value in os.environ.items() if name != "NEWSBOT_DB"}
    start = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} exited {done.returncode}: {done.stderr.strip()}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20, help="runs of each command")
    parser.add_argument("--question", default="who said the ball", help="what `ask` asks")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        cwd = Path(folder)
        newsbot = newsbot_command()
        seconds([*newsbot, "stats"], cwd)  # creates and seeds the store, outside the timing
        commands = {
            "python -c pass": [sys.executable, "-c", "pass"],
            "newsbot ask": [*newsbot, "ask", args.question],
            "newsbot --version": [*newsbot, "--version"],
        }
        timings: dict[str, list[float]] = {label: [] for label in commands}
        for _ in range(args.runs):
            # Interleaved, so a slow moment of the machine costs every command alike.
            for label, command in commands.items():
                timings[label].append(seconds(command, cwd))
    medians = {label: statistics.median(runs) for label, runs in timings.items()}
    baseline = medians["python -c pass"]
    print(f"median of {args.runs} runs each ({' '.join(newsbot)}):")
    for label, median in medians.items():
        print(f"  {label:<20} {median:6.3f} s  {median / baseline:5.1f}× python -c pass")
    verdict = "within" if medians["newsbot ask"] < TARGET_SECONDS else "over"
    print(f"newsbot ask is {verdict} the {TARGET_SECONDS} s target")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

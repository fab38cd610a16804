# Two commands on a fresh machine: `make run` and `make test`. Both create .venv when missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test bench bench-ingest bench-quotes bench-quotes-ru bench-answers bench-bot bench-startup \
	bench-flood bench-concurrent bench-answers-ru clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,webhooks]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/newsbot run

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/pytest

bench: bench-ingest bench-quotes bench-answers bench-bot bench-startup bench-flood \
	bench-concurrent bench-answers-ru

bench-ingest: $(STAMP)
	$(BIN)/python scripts/bench_ingest.py

# English on PolNeAR (raw gold, then with the hand verdicts, from one extraction), then the
# Russian section on our own invented fixtures.
bench-quotes: $(STAMP)
	$(BIN)/python scripts/bench_adjudicated.py --with-raw
	$(BIN)/python scripts/bench_quotes_ru.py

bench-answers: $(STAMP)
	$(BIN)/python scripts/bench_answers.py

bench-bot: $(STAMP)
	$(BIN)/python scripts/bench_bot.py

bench-startup: $(STAMP)
	$(BIN)/python scripts/bench_startup.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache *.egg-info

bench-flood: $(STAMP)
	$(BIN)/python scripts/bench_flood.py

bench-concurrent: $(STAMP)
	$(BIN)/python scripts/bench_concurrent.py

# Russian quote extraction on our own invented fixtures (tests/fixtures/ru), not unseen news.
bench-quotes-ru: $(STAMP)
	$(BIN)/python scripts/bench_quotes_ru.py

# Russian questions at scale (scripts/bench_answers_ru.py): who-said p50/p95 and top-1
# beside a rapidfuzz scan, speaker and search questions, over inflected Cyrillic text.
bench-answers-ru: $(STAMP)
	$(BIN)/python scripts/bench_answers_ru.py

# frontmap — the two commands: `make demo` and `make test`.
# Everything runs in a local virtual environment (.venv) created from the project's own files.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SHARED ?= ../shared

.PHONY: demo test install install-test lint gazetteer boundaries bench eval clean

$(BIN)/activate:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/activate pyproject.toml
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

## make demo: set up, run frontmap on the bundled examples, write outputs/demo/
demo: install
	rm -rf outputs/demo
	$(BIN)/frontmap run data/examples --out outputs/demo
	@echo "Open the map: file://$(CURDIR)/outputs/demo/map.html"

## make test: set up with test dependencies, then run the test suite
test: install-test
	$(BIN)/ruff check src tests scripts
	$(BIN)/python -m pytest

lint: install-test
	$(BIN)/ruff check src tests scripts

## make gazetteer: rebuild data/gazetteer/ from the shared GeoNames/KATOTTG sources
gazetteer: install
	$(BIN)/python -m pip install --quiet -e '.[build]'
	$(BIN)/python scripts/build_gazetteer.py --shared $(SHARED)/data --out data/gazetteer

## make boundaries: rebuild data/boundaries/ from the shared geoBoundaries/Natural Earth files
boundaries: install
	$(BIN)/python scripts/build_boundaries.py

## make eval: score the public gold sets (needs ../shared)
eval: install
	$(BIN)/python scripts/eval_gold.py $(SHARED)/eval/seeds.jsonl --quiet
	$(BIN)/python scripts/eval_gold.py $(SHARED)/eval/dev.jsonl --quiet

## make bench: benchmarks on a generated corpus of 1k, 10k and 100k articles (see
## docs/benchmarks.md); results in bench/results/latest.json, compared with the previous run and
## bench/results/baseline.json. BENCH_ARGS="--quick" for 1k articles only.
bench: install-test
	$(BIN)/python bench/run.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) outputs/demo .pytest_cache .ruff_cache

# Policy Steward: `make run` to chat with the bot locally, `make test` to check everything.
# Both set up what they need (Python virtualenv, npm packages, Debian's chromium for tests).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
RUN_STAMP := $(VENV)/.run-installed
DEV_STAMP := $(VENV)/.dev-installed

.PHONY: run test lint typecheck pytest bench package clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(RUN_STAMP): requirements.txt | $(BIN)/python
	$(BIN)/pip install -q -r requirements.txt
	touch $@

$(DEV_STAMP): requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install -q -r requirements-dev.txt
	touch $@ $(RUN_STAMP)

run: $(RUN_STAMP)
	$(BIN)/python -m bot serve

lint: $(DEV_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(DEV_STAMP)
	$(BIN)/mypy

pytest: $(DEV_STAMP)
	$(BIN)/python -m pytest

test: lint typecheck pytest

bench: $(DEV_STAMP)
	$(BIN)/python -m bench.turns

# The Teams app package, build/appPackage.zip. Settings: see scripts/build_app_package.py.
package: $(RUN_STAMP)
	$(BIN)/python -m scripts.build_app_package

clean:
	rm -rf $(VENV) node_modules build test-artifacts .mypy_cache .ruff_cache

# Policy Steward: `make run` to chat with the bot locally, `make test` to check everything.
# Both set up what they need: the Python virtualenv from the pinned requirements, the pinned npm
# packages (the local Teams client, the browser driver, the card renderer) and Debian's chromium.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
RUN_STAMP := $(VENV)/.run-installed
DEV_STAMP := $(VENV)/.dev-installed
NODE_STAMP := node_modules/.installed
# Tools that only check the deployment files: checkov in its own virtualenv, and the Agents
# Toolkit CLI (with the Toolkit's YAML schemas) in its own npm folder, installed without install
# scripts (its keytar script downloads a binary that nothing here uses).
TOOLS_VENV := .venv-tools
TOOLS_STAMP := $(TOOLS_VENV)/.installed
DEPLOY_NODE := tools/deploy-check
DEPLOY_NODE_STAMP := $(DEPLOY_NODE)/node_modules/.installed
PYTEST_WORKERS ?= auto
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test setup lint typecheck pytest crossval fuzz bench package cards screens chromium clean report-pictures

# pip --no-compile: compiling every installed module up front (msgraph-sdk alone has ~16,000) took
# most of the install; Python compiles the few that are imported, once, on first use. npm
# --prefer-offline takes packages already in npm's cache without asking the registry again.
$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(RUN_STAMP): requirements.txt | $(BIN)/python
	$(BIN)/pip install -q --no-compile -r requirements.txt
	touch $@

$(DEV_STAMP): requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install -q --no-compile -r requirements-dev.txt
	touch $@ $(RUN_STAMP)

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --prefer-offline
	touch $@

$(TOOLS_STAMP): requirements-tools.txt
	$(PYTHON) -m venv $(TOOLS_VENV)
	$(TOOLS_VENV)/bin/pip install -q --no-compile -r requirements-tools.txt
	touch $@

$(DEPLOY_NODE_STAMP): $(DEPLOY_NODE)/package.json $(DEPLOY_NODE)/package-lock.json
	cd $(DEPLOY_NODE) && npm ci --no-audit --no-fund --ignore-scripts --prefer-offline
	touch $@

# Debian's chromium (and fonts) for the browser tests; browser downloads by npm tools can't work here.
chromium:
	@test -x /usr/bin/chromium || { $(SUDO) apt-get update -q && \
		$(SUDO) apt-get install -y -q chromium fonts-liberation fonts-noto-color-emoji; }

# The bot, then (where npm exists) the Agents Playground pointed at it. Ctrl-C stops both.
# AS=volunteer|staff|ceo|manager: be that person in the local Teams (default: Alex, every role).
run: $(RUN_STAMP)
	$(BIN)/python -m scripts.run_local $(if $(AS),--as $(AS))

lint: $(DEV_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(DEV_STAMP)
	$(BIN)/mypy

# On every core (pytest-xdist, PYTEST_WORKERS=auto); modules whose tests share a slow fixture go
# whole to one worker (tests/xdist_scheduling.py). The cross-validated floors are left to `make
# crossval`: five trainings and every development message routed once took about eleven minutes of
# both cores at the end of the latest round, more than `make test` itself.
pytest: $(DEV_STAMP) $(NODE_STAMP) $(TOOLS_STAMP) $(DEPLOY_NODE_STAMP) chromium
	$(BIN)/python -m pytest -n $(PYTEST_WORKERS) -m "not crossval"

# The cross-validated floors of every development set (tests/conversation/test_figures.py).
crossval: $(DEV_STAMP)
	$(BIN)/python -m pytest -q -m crossval tests/conversation/test_figures.py

# The four installs are independent, so they run side by side (about half the set-up time of a
# fresh clone on 2 cores); then the checks, one after another.
setup:
	$(MAKE) -j4 --output-sync=target $(DEV_STAMP) $(NODE_STAMP) $(TOOLS_STAMP) $(DEPLOY_NODE_STAMP)

test: setup lint typecheck pytest

# A longer random search by the property-based tests (FUZZ_EXAMPLES per test, 3000 by default).
# Failures are kept in tests/security/fuzz-found/ and replayed first next time.
fuzz: $(DEV_STAMP)
	POLICY_STEWARD_FUZZ=long $(BIN)/python -m pytest -q tests/security -k fuzz

bench: $(DEV_STAMP)
	$(BIN)/python -m bench.turns
	$(BIN)/python -m bench.answers
	$(BIN)/python -m bench.graph
	$(BIN)/python -m bench.approvals
	$(BIN)/python -m bench.reporters
	$(BIN)/python -m bench.outage
	$(BIN)/python -m bench.auth
	$(BIN)/python -m bench.bombs
	$(BIN)/python -m bench.slow_clients
	$(BIN)/python -m bench.report

package: $(DEV_STAMP)
	$(BIN)/python -m scripts.build_app_package

cards: $(DEV_STAMP) $(NODE_STAMP) chromium
	$(BIN)/python -m tests.cards.render docs/cards

screens: $(DEV_STAMP) $(NODE_STAMP) chromium
	E2E_SCREENS_DIR=docs/screens $(BIN)/python -m pytest -q -m e2e tests/e2e

# Pages of the demo Board report as pictures for the README: LibreOffice and poppler from Debian.
report-pictures: $(RUN_STAMP)
	@test -x /usr/bin/soffice -a -x /usr/bin/pdftoppm || { $(SUDO) apt-get update -q && \
		$(SUDO) apt-get install -y -q --no-install-recommends libreoffice-writer-nogui poppler-utils; }
	$(BIN)/python -m scripts.report_pictures

clean:
	rm -rf $(VENV) $(TOOLS_VENV) node_modules $(DEPLOY_NODE)/node_modules build test-artifacts devTools .mypy_cache .ruff_cache

"""The guard every test that draws cards in chromium shares."""

from __future__ import annotations

import pytest

from tests.e2e.harness import missing_requirements


@pytest.fixture(scope="session")
def card_renderer() -> None:
    """Fail, never skip, with the command that fixes it when Node.js, node_modules or chromium is
    missing: these checks run everywhere the suite runs, CI included."""
    problems = missing_requirements()
    if problems:
        pytest.fail("the card renderer cannot run: " + "; ".join(problems), pytrace=False)

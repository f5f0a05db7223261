"""Fixtures for the end-to-end tests: a bot, a Playground pointed at it, and a browser.

These tests run everywhere the suite runs, CI included: if Node.js, node_modules or chromium is
missing they fail with the command that fixes it, rather than skip.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.config import DEFAULT_ORG_FILE
from bot.org_file import load_org_config
from scripts.persona_org import persona_org_file
from scripts.personas import write_persona_config
from tests.e2e.harness import (
    BotProcess,
    Browser,
    PlaygroundProcess,
    missing_requirements,
    start_bot_process,
    start_playground_process,
)

HERE = Path(__file__).parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if HERE in Path(item.path).parents:
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def e2e_requirements() -> None:
    problems = missing_requirements()
    if problems:
        pytest.fail("end-to-end tests cannot run: " + "; ".join(problems), pytrace=False)


@pytest.fixture
def bot_process(
    e2e_requirements: None, tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[BotProcess]:
    """With a persona marker, the bot loads that persona's view of the organisation file, as
    `make run AS=…` does (for the CEO and the manager a copy; otherwise the file itself)."""
    marker = request.node.get_closest_marker("persona")
    org_file = None
    if marker is not None:
        org_file = persona_org_file(DEFAULT_ORG_FILE, marker.args[0], tmp_path / "persona")
    bot = start_bot_process(tmp_path, org_file=org_file)
    yield bot
    bot.child.stop()


@pytest.fixture
def playground(
    bot_process: BotProcess, tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[PlaygroundProcess]:
    """As Alex (every role), or as the persona a ``@pytest.mark.persona("staff")`` names."""
    marker = request.node.get_closest_marker("persona")
    config = None
    if marker is not None:
        org = load_org_config(DEFAULT_ORG_FILE)
        config = write_persona_config(org, marker.args[0], tmp_path / "persona")
    process = start_playground_process(bot_process, tmp_path, config)
    yield process
    process.child.stop()


@pytest.fixture
def browser(bot_process: BotProcess, playground: PlaygroundProcess) -> Browser:
    return Browser(bot_process, playground)

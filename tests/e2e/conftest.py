"""Fixtures for the end-to-end tests: a bot, a Playground pointed at it, and a browser.

These tests run everywhere the suite runs, CI included: if Node.js, node_modules or chromium is
missing they fail with the command that fixes it, rather than skip.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from scripts.run_local import persona_config
from tests.e2e.harness import (
    BotProcess,
    Browser,
    PlaygroundProcess,
    missing_requirements,
    start_bot_process,
    start_playground_process,
)

HERE = Path(__file__).parent
ROOT = HERE.parents[1]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if HERE in Path(item.path).parents:
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def e2e_requirements() -> None:
    problems = missing_requirements()
    if problems:
        pytest.fail("end-to-end tests cannot run: " + "; ".join(problems), pytrace=False)


@dataclass(frozen=True)
class PersonaView:
    """What a ``@pytest.mark.persona("staff")`` gives the story, as `make run AS=…` does: the
    organisation file the bot loads (for the CEO and the manager a copy in which that person holds
    only the view's roles; otherwise the file itself) and the Playground's configuration."""

    org_file: Path
    config: Path


@pytest.fixture
def persona_view(tmp_path: Path, request: pytest.FixtureRequest) -> PersonaView | None:
    """The marked persona's view, from `make run AS=…`'s own ``persona_config``; None for Alex."""
    marker = request.node.get_closest_marker("persona")
    if marker is None:
        return None
    config, _, org_file = persona_config(marker.args[0], tmp_path / "persona")
    assert config is not None  # a persona was named
    return PersonaView(org_file, config)


@pytest.fixture(scope="session")
def classifiers(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The conversation classifiers trained once, written as the bot writes them: every story's bot
    reads them at start-up, as a restarted bot does, instead of training them again."""
    from bot.answers.document import load_policy
    from bot.answers.index import PolicyIndex
    from bot.conversation import snapshot
    from bot.conversation.classifiers import learned_for

    index = PolicyIndex(load_policy(ROOT / "orgs" / "home-start-suffolk" / "policy.md"))
    path = tmp_path_factory.mktemp("classifiers") / "classifiers.bin"
    snapshot.save(learned_for(index), path, snapshot.fingerprint(index.document))
    return path


@pytest.fixture
def bot_process(
    e2e_requirements: None, tmp_path: Path, persona_view: PersonaView | None, classifiers: Path
) -> Iterator[BotProcess]:
    org_file = persona_view.org_file if persona_view is not None else None
    bot = start_bot_process(tmp_path, org_file=org_file, classifiers=classifiers)
    yield bot
    bot.child.stop()


@pytest.fixture
def playground(
    bot_process: BotProcess, tmp_path: Path, persona_view: PersonaView | None
) -> Iterator[PlaygroundProcess]:
    """As Alex (every role), or as the persona a ``@pytest.mark.persona("staff")`` names."""
    config = persona_view.config if persona_view is not None else None
    process = start_playground_process(bot_process, tmp_path, config)
    yield process
    process.child.stop()


@pytest.fixture
def browser(bot_process: BotProcess, playground: PlaygroundProcess) -> Browser:
    return Browser(bot_process, playground)

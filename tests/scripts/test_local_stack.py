"""Starting and watching the Playground: the habits scripts/local_stack.py works around."""

from __future__ import annotations

import json
import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from scripts import local_stack
from scripts.local_stack import (
    PLAYGROUND_PORTS,
    StartupError,
    bot_env,
    free_playground_port,
    node_modules_current,
    start_playground,
)
from tests.e2e.harness import missing_requirements


def write_tree(root: Path, locked: str, installed: str | None) -> None:
    lock = {"packages": {"": {}, "node_modules/pkg": {"version": locked}}}
    (root / "package-lock.json").write_text(json.dumps(lock))
    if installed is not None:
        (root / "node_modules" / "pkg").mkdir(parents=True)
        (root / "node_modules" / "pkg" / "package.json").write_text(json.dumps({"version": installed}))


@pytest.mark.parametrize(
    ("installed", "current"),
    [("1.2.3", True), ("1.2.4", False), (None, False)],
    ids=["same", "other", "none"],
)
def test_node_modules_must_match_the_lockfile(tmp_path: Path, installed: str | None, current: bool) -> None:
    write_tree(tmp_path, "1.2.3", installed)
    assert node_modules_current(tmp_path) is current


def test_the_local_bot_gets_no_microsoft_identity() -> None:
    env = bot_env({"MicrosoftAppId": "x", "BOT_APP_PASSWORD": "y", "HOME": "/h"}, BOT_DATA_DIR="/d")
    assert env == {"HOME": "/h", "BOT_DATA_DIR": "/d"}


def test_playground_ports_stay_clear_of_the_ephemeral_range() -> None:
    port = free_playground_port()
    assert port in PLAYGROUND_PORTS
    assert free_playground_port(port) == port


@pytest.fixture
def node_ready() -> None:
    problems = missing_requirements()
    if problems:
        pytest.fail("the Playground cannot run: " + "; ".join(problems), pytrace=False)


@pytest.fixture
def taken_port() -> Iterator[int]:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("", free_playground_port()))
        sock.listen()
        yield sock.getsockname()[1]


def test_the_port_the_playground_moved_to_is_the_one_reported(
    node_ready: None, tmp_path: Path, taken_port: int
) -> None:
    child, port = start_playground(
        9, taken_port, cwd=tmp_path, base_env=os.environ, log_file=tmp_path / "playground.log"
    )
    try:
        assert port != taken_port
        assert child.alive()
    finally:
        child.stop()


def test_an_invalid_config_is_caught_although_it_says_listening(
    node_ready: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "broken.yml"
    broken.write_text('version: "0.1.1"\n')
    monkeypatch.setattr(local_stack, "PLAYGROUND_CONFIG", broken)

    with pytest.raises(StartupError, match="must have required property 'tenantId'"):
        start_playground(
            9, free_playground_port(), cwd=tmp_path, base_env=os.environ, log_file=tmp_path / "pg.log"
        )

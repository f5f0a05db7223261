"""Fail the test run if anything reads the reference folder that sits beside our own checkouts.

A user's clone has nothing beside it, so a test that quietly reads that folder passes here
and fails for everyone else. ``.ci/run`` also tests a copy placed in an empty folder; this guard makes
the same mistake loud on a developer's machine, even where the read is caught and ignored.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import pytest

FORBIDDEN = Path(__file__).resolve().parents[2] / "shared"
_touched: list[str] = []
_installed = False


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if event not in ("open", "os.listdir", "os.scandir") or not args:
        return
    target = args[0]
    if not isinstance(target, (str, bytes, os.PathLike)):
        return
    path = os.path.abspath(os.fsdecode(target))
    if path == str(FORBIDDEN) or path.startswith(str(FORBIDDEN) + os.sep):
        _touched.append(path)
        raise PermissionError(f"tests may not read outside the repository: {path}")


def install() -> None:
    """Audit hooks cannot be removed, so this is installed once for the whole run."""
    global _installed
    if not _installed:
        sys.addaudithook(_audit)
        _installed = True


def touched() -> list[str]:
    return list(_touched)


# A pytest plugin (registered by tests/conftest.py): the guard covers the whole run and fails it.
# Under pytest-xdist each worker process has its own list; it hands it to the main process, whose
# verdict is the run's, and which hears from each worker as it finishes.
WORKER_OUTPUT_KEY = "stand_alone_touched"


def pytest_sessionstart(session: pytest.Session) -> None:
    install()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    worker_output: dict[str, Any] | None = getattr(session.config, "workeroutput", None)
    if worker_output is not None:
        worker_output[WORKER_OUTPUT_KEY] = touched()
        return
    if touched():
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
        print(f"\nTests read outside the repository: {sorted(set(touched()))}")


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: Any, error: object) -> None:
    """A pytest-xdist worker finished: add what it read outside the repository to the list here."""
    _touched.extend(getattr(node, "workeroutput", {}).get(WORKER_OUTPUT_KEY, []))

"""Temporary folders in memory (``/dev/shm``) when the machine has room there: a pytest plugin.

The local store commits with ``synchronous=FULL`` (every commit waits for the disk), and most
tests open one in ``tmp_path``; on a disk shared with other work those waits were half of the
suite's wall time. On tmpfs the same commits, with the same code, cost nothing. ``TMPDIR`` is set
for the whole run, so the bot, Node and chromium started by the tests use it too. Where
``/dev/shm`` is missing, small (a container's 64 MB default) or not writable, or ``TMPDIR`` is
already chosen, nothing changes.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

MEMORY = Path("/dev/shm")
NEEDED_BYTES = 2 * 1024**3  # a run writes under 100 MB; pytest keeps the last three runs' folders


def memory_temp_root(memory: Path = MEMORY, environ: dict[str, str] | None = None) -> Path | None:
    """``memory`` if temporary files should go there, else None (leave the default alone)."""
    env = os.environ if environ is None else environ
    if env.get("TMPDIR") or env.get("PYTEST_DEBUG_TEMPROOT"):
        return None
    try:
        if not memory.is_dir() or not os.access(memory, os.W_OK | os.X_OK):
            return None
        if shutil.disk_usage(memory).free < NEEDED_BYTES:
            return None
    except OSError:
        return None
    return memory


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config: pytest.Config) -> None:
    # pytest-xdist workers are given their folder by the main process, which has chosen already.
    if hasattr(config, "workerinput"):
        return
    root = memory_temp_root()
    if root is not None:
        os.environ["TMPDIR"] = str(root)
        tempfile.tempdir = None  # gettempdir() looks again, and pytest's base folder follows

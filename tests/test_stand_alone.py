"""The repository stands alone: nothing in it reads the folder beside it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests import stand_alone

REPO = Path(__file__).resolve().parents[1]


def test_reading_beside_the_repository_fails_loudly() -> None:
    with pytest.raises(PermissionError, match="outside the repository"):
        (stand_alone.FORBIDDEN / "schemas" / "README.md").open(encoding="utf-8")
    stand_alone._touched.clear()  # the deliberate read above must not fail the run


def test_no_tracked_file_names_the_folder_beside_it() -> None:
    """Code, tests, Makefile and scripts never point outside the clone."""
    tracked = subprocess.run(
        [
            "git",
            "ls-files",
            "*.py",
            "*.mjs",
            "*.js",
            "*.sh",
            "*.toml",
            "*.yml",
            "*.json",
            "Makefile",
            ".ci/*",
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    needle = "../" + "shared"
    offenders = [name for name in tracked if needle in (REPO / name).read_text(errors="replace")]
    assert offenders == []


def test_a_read_in_a_parallel_worker_fails_the_whole_run(tmp_path: Path) -> None:
    """With the suite spread over processes (pytest-xdist, as `make test` runs it), a read caught
    and ignored in a worker still fails the run: the worker hands its list to the main process."""
    (tmp_path / "conftest.py").write_text('pytest_plugins = ["tests.stand_alone"]\n')
    (tmp_path / "test_quiet_read.py").write_text(
        "import contextlib\n"
        "from tests import stand_alone\n\n\n"
        "def test_swallows_the_error() -> None:\n"
        "    with contextlib.suppress(PermissionError):\n"
        "        (stand_alone.FORBIDDEN / 'notes.md').open()\n"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-n",
            "2",
            "-p",
            "no:cacheprovider",
            "-p",
            "no:asyncio",
            str(tmp_path),
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == pytest.ExitCode.TESTS_FAILED, run.stdout + run.stderr
    assert "Tests read outside the repository" in run.stdout

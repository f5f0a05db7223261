"""The repository stands alone: nothing in it reads the folder beside it."""

from __future__ import annotations

import subprocess
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

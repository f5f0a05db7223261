"""Temporary folders go to memory only where the machine has room for them there."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

from tests import memory_temp
from tests.memory_temp import memory_temp_root


def test_a_writable_memory_folder_with_room_is_chosen(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(memory_temp, "NEEDED_BYTES", 1)
    assert memory_temp_root(tmp_path, environ={}) == tmp_path


def test_a_small_memory_folder_is_left_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(memory_temp, "NEEDED_BYTES", 1 << 62)
    assert memory_temp_root(tmp_path, environ={}) is None


def test_a_missing_memory_folder_or_a_chosen_tmpdir_changes_nothing(tmp_path: Path) -> None:
    assert memory_temp_root(tmp_path / "absent", environ={}) is None
    assert memory_temp_root(tmp_path, environ={"TMPDIR": "/var/tmp"}) is None
    assert memory_temp_root(tmp_path, environ={"PYTEST_DEBUG_TEMPROOT": "/var/tmp"}) is None


def test_this_runs_temporary_folders_are_where_the_plugin_said(tmp_path: Path) -> None:
    root = Path(tempfile.gettempdir()).resolve()
    assert tmp_path.resolve().is_relative_to(root)
    if os.environ.get("TMPDIR") == str(memory_temp.MEMORY):
        assert root == memory_temp.MEMORY

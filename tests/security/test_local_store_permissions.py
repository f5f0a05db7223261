"""The local store holds incident texts and drafts: only the bot's own user may read it."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from graph.sqlite.database import open_database


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def usual_umask() -> Iterator[None]:
    """The common default, under which files are created world-readable."""
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


@pytest.mark.usefixtures("usual_umask")
async def test_a_new_store_is_private_to_its_owner(tmp_path: Path) -> None:
    folder = tmp_path / "var" / "data"
    path = folder / "policy-steward.sqlite3"
    db = await open_database(path)
    try:
        await db.execute("CREATE TABLE t (x)")
        await db.execute("INSERT INTO t VALUES (1)")
        files = sorted(folder.iterdir())
        assert {f.name for f in files} >= {path.name, path.name + "-wal", path.name + "-shm"}
        assert mode(folder) == 0o700
        assert {f.name: mode(f) for f in files} == {f.name: 0o600 for f in files}
    finally:
        await db.close()


@pytest.mark.usefixtures("usual_umask")
async def test_an_existing_world_readable_store_is_made_private(tmp_path: Path) -> None:
    folder = tmp_path / "var"
    folder.mkdir(mode=0o755)
    path = folder / "policy-steward.sqlite3"
    db = await open_database(path)
    await db.close()
    for file in folder.iterdir():
        file.chmod(0o644)
    folder.chmod(0o755)
    db = await open_database(path)
    try:
        assert mode(folder) == 0o700
        assert all(mode(f) == 0o600 for f in folder.iterdir())
    finally:
        await db.close()


@pytest.mark.usefixtures("usual_umask")
async def test_a_shared_folder_is_left_as_it_is(tmp_path: Path) -> None:
    """A sticky, world-writable folder (like /tmp) is not the bot's to lock; its file still is."""
    folder = tmp_path / "shared"
    folder.mkdir()
    folder.chmod(0o1777)
    db = await open_database(folder / "policy-steward.sqlite3")
    try:
        assert mode(folder) == 0o1777
        assert mode(folder / "policy-steward.sqlite3") == 0o600
    finally:
        await db.close()

"""The copies of the local databases hold incident texts and drafts: on the share they are as
private as the databases themselves (folder 0700, files 0600), and so is a restored database."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

from graph.sqlite.backup import DataBackup


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_copies_and_restored_databases_are_private(tmp_path: Path) -> None:
    data, share = tmp_path / "data", tmp_path / "share"
    data.mkdir()
    with sqlite3.connect(data / "steward.sqlite3") as conn:
        conn.execute("CREATE TABLE note (text TEXT)")
    backup = DataBackup(data, share)
    try:
        assert backup.snapshot() == ["steward.sqlite3"]
    finally:
        backup.release()
    assert mode(share) == 0o700
    assert mode(share / "steward.sqlite3") == 0o600

    (data / "steward.sqlite3").unlink()
    assert DataBackup(data, share).restore() == ["steward.sqlite3"]
    assert mode(data / "steward.sqlite3") == 0o600

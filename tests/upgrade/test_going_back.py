"""Going back to the release before a migration needs the copy of the database made before it.

Once this release has opened a database it carries the new schema version, and the release
before refuses it rather than run on a schema it does not know (docs/deploy.md, "Upgrading, and
going back"). The copy kept before the upgrade still opens there, every sync notice in it.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from graph.sharepoint.incidents import INCIDENTS
from graph.sqlite import migrations
from graph.sqlite.database import open_database
from graph.sqlite.migrations import LATEST, NewerDatabase
from graph.stores import StoreConfig, open_mirrored_stores, open_stores

PREVIOUS = LATEST - 1  # the release before this one stopped at the schema before the last migration


def as_previous_release(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:PREVIOUS])
    monkeypatch.setattr(migrations, "LATEST", PREVIOUS)


async def test_the_previous_release_refuses_an_upgraded_database_but_opens_the_copy_made_before(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, kept = tmp_path / "policy-steward.sqlite3", tmp_path / "before-upgrade.sqlite3"
    with monkeypatch.context() as previous:
        as_previous_release(previous)
        await (await open_database(path)).close()
    connection = sqlite3.connect(path)
    with connection:
        connection.execute(
            "INSERT INTO sync_notices (list_name, key, fields, kept, at) VALUES (?, ?, ?, ?, ?)",
            (INCIDENTS.name, "k:INC-2026-0002", "Notes", "bot", 3.0),
        )
    connection.close()  # the last to close folds the write-ahead log into the file
    shutil.copyfile(path, kept)  # the copy made before deploying the new release

    async with open_mirrored_stores(path):  # the new release starts: the schema moves on
        pass

    as_previous_release(monkeypatch)  # going back
    with pytest.raises(NewerDatabase, match="restore a backup made by this one"):
        await open_database(path)
    async with open_mirrored_stores(kept) as stores:
        assert stores.outbox is not None
        [notice] = await stores.outbox.untold()
        assert (notice.key, notice.fields, notice.kept) == ("k:INC-2026-0002", ("Notes",), "bot")


async def test_a_release_refusing_a_newer_database_writes_no_copy_over_the_one_put_back(
    tmp_path: Path,
) -> None:
    """Going back, the older release may still find the upgraded file on its local disk while the
    copy made before the upgrade is already back on the share: stopping, it must not copy the file
    it refused over that copy."""
    local, share = tmp_path / "local", tmp_path / "share"
    local.mkdir()
    share.mkdir()
    with sqlite3.connect(local / "policy-steward.sqlite3") as upgraded:
        upgraded.execute(f"PRAGMA user_version = {LATEST + 1}")  # upgraded by a newer release
    upgraded.close()
    put_back = share / "policy-steward.sqlite3"
    put_back.write_bytes(b"the copy made before the upgrade")
    config = StoreConfig(local / "policy-steward.sqlite3", backup_dir=share)
    with pytest.raises(NewerDatabase):
        async with open_stores(config):
            pass
    assert put_back.read_bytes() == b"the copy made before the upgrade"

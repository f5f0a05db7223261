"""Where the bot's local data lives on Azure, and a restart drill proving nothing acknowledged is lost.

App Service wipes the instance's own disk when the container restarts and its only persistent
disk, /home, is a network share where SQLite locks badly. The bicep therefore sets
``BOT_DATA_DIR`` to the local disk and ``BOT_DATA_BACKUP_DIR`` to /home (graph/sqlite/backup.py).
The drill: SharePoint is down, a data breach is reported and acknowledged, its reminders are
booked, an approval request is sent; the container restarts with an empty data folder; SharePoint
comes back. The report and the request must reach SharePoint, every booked reminder must still be
there, and the reporter must still be known.
"""

from __future__ import annotations

import io
import shutil
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.clock import ManualClock
from bot.config import Settings
from bot.incidents.reporting import SYNC_NOTE
from bot.provisioning import run_provision
from graph.sqlite.backup import DataBackup
from tests.approvals.flow import request
from tests.builders import NESTOR, card_texts
from tests.builders import settle as settle_jobs
from tests.fakes.connector import FakeConnector
from tests.fakes.graph import FakeGraph
from tests.incidents.support import card_of, reference_in, report
from tests.incidents.test_sharepoint import APPROVALS, FAST, SITE_URL, ctx_of, references, running, settle


@pytest.fixture
async def fake() -> AsyncIterator[FakeGraph]:
    async with FakeGraph() as graph:
        graph.add_site(SITE_URL)
        yield graph


def on_instance(tmp_path: Path, fake: FakeGraph, instance: str, *, backup: bool = True) -> Settings:
    return Settings(
        _env_file=None,
        data_dir=tmp_path / instance / "tmp" / "policy-steward",  # the instance's own disk
        data_backup_dir=(tmp_path / "home" / "data") if backup else None,  # the persistent share
        storage="sharepoint",
        sharepoint_site_url=SITE_URL,
        graph_base_url=fake.base_url,
        graph_credential="static",
    )


async def acknowledged_while_sharepoint_is_down(
    settings: Settings, fake: FakeGraph, clock: ManualClock, connector: FakeConnector
) -> tuple[str, set[str]]:
    assert await run_provision(settings, out=io.StringIO(), err=io.StringIO(), timing=FAST) == 0
    async with running(settings, clock, connector) as teams:
        fake.down()
        card = card_of(await report(teams, "data_breach"))
        assert SYNC_NOTE in card_texts(card)  # acknowledged, with the honest note
        await request(teams, ctx_of(teams), connector)  # an approval request, sent to the CEO
        await settle_jobs(ctx_of(teams))  # the report's follow-up has booked its ICO reminders
        booked = {job.key for job in await ctx_of(teams).stores.jobs.pending()}
        assert booked  # the ICO reminders at least
    shutil.rmtree(settings.data_dir.parents[1])  # the container restarts: its disk is gone
    fake.up()
    return reference_in(card), booked


async def test_a_restart_that_wipes_the_data_folder_loses_nothing_acknowledged(
    tmp_path: Path, fake: FakeGraph, clock: ManualClock, connector: FakeConnector
) -> None:
    first = on_instance(tmp_path, fake, "instance-1")
    reference, booked = await acknowledged_while_sharepoint_is_down(first, fake, clock, connector)
    # The first instance could not release the site while Graph was down, as after a crash; the same
    # database, restored, takes it over once the holder has missed two renewals (time passes here).
    fake.edit_item("Policy Steward instance", "1", SeenAt="2026-01-01T00:00:00Z")
    async with running(on_instance(tmp_path, fake, "instance-2"), clock, connector) as teams:
        await settle(teams)
        assert references(fake) == [reference]
        assert [item["State"] for item in fake.items(APPROVALS)] == ["pending"]
        ctx = ctx_of(teams)
        assert booked <= {job.key for job in await ctx.stores.jobs.pending()}
        assert await ctx.stores.people.get(NESTOR.aad_object_id) is not None


async def test_without_the_copy_the_same_restart_loses_the_report(
    tmp_path: Path, fake: FakeGraph, clock: ManualClock, connector: FakeConnector
) -> None:
    """Why the setting exists: the local disk alone does not survive the drill."""
    first = on_instance(tmp_path, fake, "instance-1", backup=False)
    _, booked = await acknowledged_while_sharepoint_is_down(first, fake, clock, connector)
    second = on_instance(tmp_path, fake, "instance-2", backup=False)
    # The first instance could not release the site while Graph was down; a new database may take
    # it over once the holder has been silent for five minutes.
    fake.edit_item("Policy Steward instance", "1", SeenAt="2026-01-01T00:00:00Z")
    async with running(second, clock, connector) as teams:
        await settle(teams)
        assert references(fake) == []
        assert fake.items(APPROVALS) == []
        left = {job.key for job in await ctx_of(teams).stores.jobs.pending()}
        assert not booked <= left  # the ICO reminders are gone (review nudges are re-created)


def _write(path: Path, value: str) -> None:
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE IF NOT EXISTS t (v TEXT)")
        db.execute("INSERT INTO t VALUES (?)", (value,))
    db.close()


def _values(path: Path) -> list[str]:
    db = sqlite3.connect(path)
    try:
        return [row[0] for row in db.execute("SELECT v FROM t ORDER BY rowid")]
    finally:
        db.close()


def test_copies_only_what_changed_and_restores_only_what_is_missing(tmp_path: Path) -> None:
    data, home = tmp_path / "data", tmp_path / "home"
    data.mkdir()
    backup = DataBackup(data, home)
    _write(data / "a.sqlite3", "one")
    _write(data / "b.sqlite3", "one")
    assert backup.snapshot() == ["a.sqlite3", "b.sqlite3"]
    assert backup.snapshot() == []  # nothing changed
    _write(data / "a.sqlite3", "two")
    assert backup.snapshot() == ["a.sqlite3"]
    backup.release()

    (data / "a.sqlite3").unlink()
    Path(f"{data / 'a.sqlite3'}-wal").write_bytes(b"left behind by the old instance")
    _write(data / "b.sqlite3", "newer, kept")
    assert DataBackup(data, home).restore() == ["a.sqlite3"]
    assert _values(data / "a.sqlite3") == ["one", "two"]
    assert _values(data / "b.sqlite3") == ["one", "newer, kept"]
    assert not Path(f"{data / 'a.sqlite3'}-wal").exists()


def test_nothing_to_restore_on_a_first_start(tmp_path: Path) -> None:
    assert DataBackup(tmp_path / "data", tmp_path / "home").restore() == []
    assert (tmp_path / "data").is_dir()

"""Handing the SharePoint site from one Policy Steward process to another, against the loopback Graph.

A copy of the data folder started beside the original (a slot swap, a backup restored on a second
instance) carries the same database id, yet must not take the site from the live original. This
install restarted after a crash takes the site as soon as its previous process has stopped
renewing. A process that does not hold the site records nothing new, runs no scheduled work, and
catches up with what it recorded earlier once it holds the site again, without ever touching
another database's items, even ones with the same reference.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestClient, TestServer

from bot.app import Overrides, create_app
from bot.clock import ManualClock
from bot.config import Settings
from bot.dispatch import NOT_RECORDING
from bot.incidents.scope import ELSEWHERE
from graph.sharepoint.lease import INSTANCE, SILENT_AFTER, AnotherInstance
from tests.builders import ALEX, TeamsClient
from tests.fakes.connector import FakeConnector
from tests.fakes.graph import FakeGraph
from tests.incidents.support import SUMMARY, action_data, card_of, has_verb, message_of, reference_in, report
from tests.incidents.test_sharepoint import FAST, INCIDENTS, ctx_of, fake, provisioned, settle, sp_settings

__all__ = ["fake", "provisioned", "sp_settings"]  # fixtures

WATCHFUL = replace(FAST, site_check=0.02)  # a process that does not hold the site looks again at once


@asynccontextmanager
async def running(
    settings: Settings, clock: ManualClock, connector: FakeConnector
) -> AsyncIterator[TeamsClient]:
    app = create_app(settings, Overrides(clock=clock, sync_timing=WATCHFUL, run_scheduler=False))
    async with TestClient(TestServer(app, host="127.0.0.1", port=0)) as client:
        yield TeamsClient(client, connector)


def folder(settings: Settings, tmp_path: Path, name: str) -> Settings:
    return settings.model_copy(update={"data_dir": tmp_path / name})


def copy_data(source: Settings, target: Settings) -> None:
    """A consistent copy of the database, as a backup or a slot swap would carry it."""
    target.data_dir.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(source.database_path) as src, sqlite3.connect(target.database_path) as dst:
        src.backup(dst)


def lease(fake: FakeGraph) -> dict[str, Any]:
    [item] = fake.items(INSTANCE.name)
    return item


def seen_ago(fake: FakeGraph, seconds: float) -> None:
    """Make the holder look as if it last renewed ``seconds`` ago (time passing, without waiting)."""
    stamp = datetime.fromtimestamp(time.time() - seconds, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    for site in fake.sites.sites.values():
        for target in site.lists.values():
            if target.name == INSTANCE.name:
                for item_id in list(target.items):
                    fake.edit_item(INSTANCE.name, str(item_id), SeenAt=stamp)


async def until(fake: FakeGraph, condition: Callable[[], bool]) -> None:
    """Wait, request by request, until ``condition`` holds (the worker keeps asking Graph)."""
    async with asyncio.timeout(10):
        while not condition():
            await fake.wait_for(len(fake.requests) + 1)


def standing_down(teams: TeamsClient) -> bool:
    outbox = ctx_of(teams).stores.outbox
    return outbox is not None and outbox.held_elsewhere is not None


async def scheduled_work_runs(teams: TeamsClient) -> bool:
    """Whether a job due now is run (an unknown kind: running it just completes it)."""
    ctx = ctx_of(teams)
    await ctx.scheduler.schedule("drill", "drill.nothing", ctx.clock.now(), working_hours=False)
    await ctx.scheduler.run_due(ctx)
    return not [job for job in await ctx.scheduler.pending("drill") if job.key == "drill"]


async def test_a_copy_of_the_data_folder_beside_the_original_takes_nothing(
    provisioned: Settings, clock: ManualClock, connector: FakeConnector, tmp_path: Path, fake: FakeGraph
) -> None:
    original = folder(provisioned, tmp_path, "original")
    async with running(original, clock, connector) as first:
        await report(first, "complaint")
        await settle(first)
        holder = lease(fake)["Holder"]
        copy = folder(provisioned, tmp_path, "copy")
        copy_data(original, copy)
        async with running(copy, clock, connector) as second:
            assert lease(fake)["Holder"] == holder  # the original keeps the site
            assert standing_down(second)
            assert message_of(await report(second, "other")) == NOT_RECORDING
            assert not await scheduled_work_runs(second)
        await report(first, "other")
        await settle(first)
    assert sorted(i["Reference"] for i in fake.items(INCIDENTS)) == ["INC-2026-0001", "INC-2026-0002"]


async def test_a_clean_restart_of_the_same_data_folder_syncs_at_once(
    provisioned: Settings, clock: ManualClock, connector: FakeConnector, fake: FakeGraph
) -> None:
    async with running(provisioned, clock, connector) as before:
        await report(before, "complaint")
        await settle(before)
    async with running(provisioned, clock, connector) as after:
        assert not standing_down(after)  # the lease was released at shutdown
        await report(after, "other")
        await settle(after)
    assert len(fake.items(INCIDENTS)) == 2


async def test_a_crash_restart_takes_the_site_once_its_previous_process_is_silent(
    provisioned: Settings, clock: ManualClock, connector: FakeConnector, fake: FakeGraph
) -> None:
    async with running(provisioned, clock, connector) as before:
        fake.down()  # the report stays queued, and the lease cannot be released: as in a crash
        reference = reference_in(card_of(await report(before, "complaint")))
    fake.up()
    async with running(provisioned, clock, connector) as after:
        assert standing_down(after)  # it renewed a moment ago: it might still be running
        seen_ago(fake, SILENT_AFTER + 1)  # ... until it has missed two renewals
        await until(fake, lambda: not standing_down(after))
        await settle(after)
        assert [i["Reference"] for i in fake.items(INCIDENTS)] == [reference]
        assert await scheduled_work_runs(after)


async def test_a_silent_previous_process_is_taken_over_at_start_up(
    provisioned: Settings, clock: ManualClock, connector: FakeConnector, fake: FakeGraph
) -> None:
    async with running(provisioned, clock, connector) as before:
        fake.down()
        await report(before, "complaint")
    fake.up()
    seen_ago(fake, SILENT_AFTER + 1)
    async with running(provisioned, clock, connector) as after:
        assert not standing_down(after)
        await settle(after)
        assert len(fake.items(INCIDENTS)) == 1


async def test_a_process_that_loses_the_site_stops_then_catches_up_without_touching_the_others(
    provisioned: Settings,
    clock: ManualClock,
    connector: FakeConnector,
    tmp_path: Path,
    fake: FakeGraph,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO)
    async with running(folder(provisioned, tmp_path, "a"), clock, connector) as first:
        await report(first, "complaint")
        await settle(first)
        fake.down()  # the second starts while Graph is down: it cannot check the site yet
        async with running(folder(provisioned, tmp_path, "b"), clock, connector) as second:
            card = card_of(await report(second, "data_breach", summary="Second database's report"))
            assert reference_in(card) == "INC-2026-0001"  # numbered by its own database
            fake.up()
            await until(fake, lambda: standing_down(second))  # it finds the first holding the site
            assert "not recording or syncing" in caplog.text
            assert message_of(await report(second, "other")) == NOT_RECORDING
            assert not await scheduled_work_runs(second)
            await first.http.close()  # a clean shutdown releases the site
            await until(fake, lambda: not standing_down(second))
            await settle(second)
    items = sorted(fake.items(INCIDENTS), key=lambda i: i["Category"])
    assert [(i["Reference"], i["Category"]) for i in items] == [
        ("INC-2026-0001", "complaint"),
        ("INC-2026-0001", "data_breach"),
    ]
    assert items[0]["Summary"] == SUMMARY  # the first database's item, untouched
    assert items[0]["IdempotencyKey"] != items[1]["IdempotencyKey"]
    assert SUMMARY not in caplog.text
    assert "Second database's report" not in caplog.text


def drop_instance_list(fake: FakeGraph, *, role: str) -> None:
    """A site provisioned before the instance list existed, with the grant the bot runs with."""
    for site in fake.sites.sites.values():
        site.role = role
        for key in [k for k, found in site.lists.items() if found.name == INSTANCE.name]:
            del site.lists[key]


async def test_on_a_site_provisioned_before_the_instance_list_the_bot_makes_it_when_it_may(
    provisioned: Settings, clock: ManualClock, connector: FakeConnector, fake: FakeGraph
) -> None:
    drop_instance_list(fake, role="fullcontrol")
    async with running(provisioned, clock, connector) as teams:
        assert lease(fake)["Holder"]  # created and claimed at start-up
        await report(teams, "complaint")
        await settle(teams)
    assert len(fake.items(INCIDENTS)) == 1


async def test_with_a_write_grant_a_missing_instance_list_is_logged_and_syncing_goes_on(
    provisioned: Settings,
    clock: ManualClock,
    connector: FakeConnector,
    fake: FakeGraph,
    caplog: pytest.LogCaptureFixture,
) -> None:
    drop_instance_list(fake, role="write")
    async with running(provisioned, clock, connector) as teams:
        await report(teams, "complaint")
        await settle(teams)
    assert len(fake.items(INCIDENTS)) == 1
    assert "run `python -m bot provision` once with 'fullcontrol'" in caplog.text.lower()


async def test_an_incident_card_from_another_database_changes_nothing_here(
    provisioned: Settings, clock: ManualClock, connector: FakeConnector, tmp_path: Path
) -> None:
    async with running(folder(provisioned, tmp_path, "a"), clock, connector) as first:
        await report(first, "complaint")
        await settle(first)
    [old_card] = [p.card for p in connector.posted if p.card and has_verb(p.card, "incident.acknowledge")]
    old_press = action_data(old_card, "incident.acknowledge")
    assert old_press["reference"] == "INC-2026-0001"
    async with running(folder(provisioned, tmp_path, "b"), clock, connector) as second:
        await report(second, "other")  # this database's own INC-2026-0001
        await settle(second)
        answer = await second.click("incident.acknowledge", old_press, user=ALEX)
        assert message_of(answer) == ELSEWHERE
        incident = await ctx_of(second).stores.incidents.get("INC-2026-0001")
        assert incident is not None
        assert incident.acknowledged_at is None
        [new_card] = [
            p.card
            for p in connector.posted
            if p.card and has_verb(p.card, "incident.acknowledge") and p.card is not old_card
        ]
        answer = await second.click(
            "incident.acknowledge", action_data(new_card, "incident.acknowledge"), user=ALEX
        )
        incident = await ctx_of(second).stores.incidents.get("INC-2026-0001")
        assert incident is not None
        assert incident.acknowledged_at is not None


async def test_a_refused_instance_leaves_the_holders_copies_on_the_share_alone(
    provisioned: Settings, clock: ManualClock, connector: FakeConnector, tmp_path: Path
) -> None:
    share = tmp_path / "share"
    shared = {"data_backup_dir": share, "data_backup_seconds": 3600.0}  # copies only at shutdown here
    first_settings = folder(provisioned, tmp_path, "a").model_copy(update=shared)
    second_settings = folder(provisioned, tmp_path, "b").model_copy(update=shared)
    async with running(first_settings, clock, connector) as first:
        await report(first, "complaint")
        second = TestServer(create_app(second_settings, Overrides(clock=clock, sync_timing=WATCHFUL)))
        try:
            with pytest.raises(AnotherInstance):
                await second.start_server()
        finally:
            await second.close()
        assert not (share / provisioned.database_path.name).exists()  # its own database was not copied
        database_id = ctx_of(first).stores.database_id
    with sqlite3.connect(share / provisioned.database_path.name) as copy:
        [(kept,)] = copy.execute("SELECT value FROM meta WHERE key = 'database_id'").fetchall()
    assert kept == database_id

"""`python -m bot doctor` says who holds the SharePoint site, and when the bot here stands down.

A process that does not hold the site records nothing and syncs nothing; its log says so, and the
doctor must say it too, with how much waits here, and name a missing instance list with its fix.
"""

from __future__ import annotations

import socket
import time

from bot.config import Settings
from bot.storage import graph_lists
from graph.sharepoint.lease import INSTANCE, TTL, SiteLease
from graph.stores import open_mirrored_stores
from tests.builders import TENANT
from tests.deploy.test_doctor import doctor, fake, identity, line, provisioned, real_org, settings, site
from tests.fakes.graph_sites import Site
from tests.incidents.test_sharepoint import FAST

__all__ = ["fake", "identity", "provisioned", "real_org", "settings", "site"]  # fixtures

OTHER_DB = "fedcba9876543210fedcba9876543210"


async def held_by(settings: Settings, database_id: str, host: str) -> None:
    async with graph_lists(settings, TENANT, FAST) as lists:
        await SiteLease(lists, database_id, host=host).claim()


async def local_database(settings: Settings, waiting: int) -> str:
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    async with open_mirrored_stores(settings.database_path) as stores:
        assert stores.outbox is not None
        for n in range(waiting):
            await stores.outbox.enqueue("Policy Steward incidents", f"k{n}", "create", {})
        return stores.database_id


async def test_another_installation_holding_the_site_fails_the_check_with_what_waits_here(
    provisioned: Settings,
) -> None:
    await local_database(provisioned, waiting=2)
    await held_by(provisioned, OTHER_DB, "other-host")
    code, output = await doctor(provisioned)
    assert code == 1
    found = line(output, "One instance")
    assert found.startswith("FAILED")
    assert "another Policy Steward (on other-host" in found
    assert "2 change(s) here wait to reach SharePoint" in found
    assert "Run one instance per site" in output


async def test_a_copy_of_this_data_folder_holding_the_site_is_named_as_such(provisioned: Settings) -> None:
    database_id = await local_database(provisioned, waiting=0)
    await held_by(provisioned, database_id, "slot-host")
    found = line((await doctor(provisioned))[1], "One instance")
    assert found.startswith("FAILED")
    assert "a copy of this data folder" in found


async def test_held_by_the_bot_on_this_host_is_well(provisioned: Settings) -> None:
    database_id = await local_database(provisioned, waiting=0)
    await held_by(provisioned, database_id, socket.gethostname())
    code, output = await doctor(provisioned)
    assert code == 0, output
    assert line(output, "One instance").startswith("ok")


async def test_run_away_from_any_data_folder_it_only_says_who_holds_the_site(provisioned: Settings) -> None:
    await held_by(provisioned, OTHER_DB, "app-host")
    found = line((await doctor(provisioned))[1], "One instance")
    assert found.startswith("ok")
    assert "app-host" in found


async def test_a_missing_instance_list_is_named_with_its_fix(provisioned: Settings, site: Site) -> None:
    [name] = [key for key, found in site.lists.items() if found.name == INSTANCE.name]
    del site.lists[name]  # provisioned by an older release; the grant is 'write'
    code, output = await doctor(provisioned)
    assert code == 1
    found = line(output, "One instance")
    assert found.startswith("FAILED")
    assert "a second Policy Steward on this site would not be refused" in found
    assert "python -m bot provision" in output


async def test_a_site_nobody_holds_is_well_and_says_what_waits_here(provisioned: Settings) -> None:
    """Never held, released at a clean stop, or held by a process silent past the lease's
    time-out: the next bot to start takes the site, so nothing is wrong."""
    await local_database(provisioned, waiting=3)
    code, output = await doctor(provisioned)  # provisioned, no bot started yet
    assert code == 0, output
    found = line(output, "One instance")
    assert found.startswith("ok")
    assert "no Policy Steward holds the site now; the next to start takes it" in found
    assert "3 change(s) here wait to reach SharePoint" in found

    async with graph_lists(provisioned, TENANT, FAST) as lists:
        lease = SiteLease(lists, OTHER_DB, host="other-host")
        await lease.claim()
        await lease.release()  # a clean stop
    code, output = await doctor(provisioned)
    assert code == 0, output
    assert "no Policy Steward holds the site now" in line(output, "One instance")

    async with graph_lists(provisioned, TENANT, FAST) as lists:  # silent since before the time-out
        await SiteLease(lists, OTHER_DB, host="other-host", now=lambda: time.time() - TTL - 60).claim()
    code, output = await doctor(provisioned)
    assert code == 0, output
    found = line(output, "One instance")
    assert "no Policy Steward holds the site now" in found
    assert "other-host" not in found

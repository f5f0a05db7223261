"""Two Policy Stewards on one SharePoint site: the second is refused with a clear error.

A scale-out, a second slot or a redeploy overlap would otherwise have two databases numbering
references and copying items to the same lists. The running instance holds the site; a second
one does not start while it does, and starts at once after a clean shutdown.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from aiohttp.test_utils import TestServer

from bot.app import Overrides, create_app
from bot.clock import ManualClock
from bot.config import Settings
from graph.sharepoint.lease import AnotherInstance
from tests.fakes.connector import FakeConnector
from tests.fakes.graph import FakeGraph
from tests.incidents.test_sharepoint import FAST, fake, provisioned, running, sp_settings

__all__ = ["fake", "provisioned", "sp_settings"]  # fixtures


def elsewhere(settings: Settings, tmp_path: Path) -> Settings:
    """The same site, another server's data folder."""
    return settings.model_copy(update={"data_dir": tmp_path / "second"})


async def test_a_second_instance_on_the_same_site_is_refused(
    provisioned: Settings, clock: ManualClock, connector: FakeConnector, tmp_path: Path
) -> None:
    async with running(provisioned, clock, connector):
        second = create_app(elsewhere(provisioned, tmp_path), Overrides(clock=clock, sync_timing=FAST))
        server = TestServer(second, host="127.0.0.1", port=0)
        try:
            with pytest.raises(AnotherInstance, match="Run one instance per site"):
                await server.start_server()
        finally:
            await server.close()


async def test_after_a_clean_shutdown_the_next_instance_starts(
    provisioned: Settings, clock: ManualClock, connector: FakeConnector, tmp_path: Path, fake: FakeGraph
) -> None:
    async with running(provisioned, clock, connector):
        pass
    async with running(elsewhere(provisioned, tmp_path), clock, connector) as teams:
        assert await teams.say("help") in (200, 201)
    [lease] = fake.items("Policy Steward instance")
    assert lease["Holder"] == ""  # released again

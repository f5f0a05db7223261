"""The first start on Azure: the web app runs before its identity may use the site.

docs/deploy.md deploys the code (step 3) before granting the site and creating the lists from
the web app's SSH console (steps 4 to 6), so the bot must start and answer `/healthz` while
SharePoint refuses it or is down, or App Service would restart it in a loop and the SSH console
needed to create the lists would never be reachable.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiohttp.test_utils import TestClient, TestServer

from bot.app import Overrides, create_app
from bot.clock import ManualClock
from bot.config import Settings
from tests.fakes.graph import FakeGraph
from tests.incidents.test_sharepoint import FAST, SITE_URL


@pytest.fixture
async def fake() -> AsyncIterator[FakeGraph]:
    async with FakeGraph() as graph:
        yield graph


def sharepoint_settings(tmp_path: Path, fake: FakeGraph) -> Settings:
    return Settings(
        _env_file=None,
        data_dir=tmp_path,
        storage="sharepoint",
        sharepoint_site_url=SITE_URL,
        graph_base_url=fake.base_url,
        graph_credential="static",
    )


@pytest.mark.parametrize("site_state", ["no grant", "no lists", "graph down"])
async def test_the_bot_starts_and_answers_health_checks_before_sharepoint_is_ready(
    tmp_path: Path, fake: FakeGraph, clock: ManualClock, site_state: str
) -> None:
    if site_state == "no grant":
        fake.add_site(SITE_URL, role=None)
    elif site_state == "no lists":
        fake.add_site(SITE_URL, role="write")
    else:
        fake.add_site(SITE_URL)
        fake.down()
    app = create_app(sharepoint_settings(tmp_path, fake), Overrides(clock=clock, sync_timing=FAST))
    async with TestClient(TestServer(app, host="127.0.0.1", port=0)) as client:
        response = await client.get("/healthz")
        assert response.status == 200

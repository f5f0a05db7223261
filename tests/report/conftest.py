"""Board report tests drive the scheduler by hand: the app is built without its background loop."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiohttp.test_utils import TestClient, TestServer

from bot.app import Overrides, create_app
from bot.clock import ManualClock
from bot.config import Settings


@pytest.fixture
async def client(settings: Settings, clock: ManualClock) -> AsyncIterator[TestClient[Any, Any]]:
    app = create_app(settings, Overrides(clock=clock, run_scheduler=False))
    async with TestClient(TestServer(app, host="127.0.0.1", port=0)) as test_client:
        yield test_client

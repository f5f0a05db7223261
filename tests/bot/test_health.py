"""/healthz answers 200 from the start (the host's health check must not restart a bot whose
classifiers are still training) and says whether they have trained, so whoever starts the bot
(the Playground stories, an operator) can tell when a first message will not wait for them."""

from __future__ import annotations

import asyncio

from aiohttp.test_utils import TestClient, TestServer

from bot.app import CONTEXT, Overrides, create_app
from bot.clock import ManualClock
from bot.config import Settings
from bot.conversation.classifiers import start_training


async def test_health_says_ok_at_once_and_ready_once_the_classifiers_have_trained(
    settings: Settings, clock: ManualClock
) -> None:
    app = create_app(settings, Overrides(clock=clock))
    async with TestClient(TestServer(app, host="127.0.0.1", port=0)) as client:
        first = await client.get("/healthz")
        assert first.status == 200
        body = await first.json()
        assert body["status"] == "ok"
        assert body["conversation"] in {"training", "ready"}
        await asyncio.wrap_future(start_training(app[CONTEXT].policy))
        ready = await client.get("/healthz")
        assert ready.status == 200
        assert await ready.json() == {"status": "ok", "conversation": "ready"}

"""The test server, running the bot's app the way `python -m bot serve` does."""

from __future__ import annotations

from typing import Any

from aiohttp.test_utils import TestServer
from aiohttp.web_runner import BaseRunner

from bot.serve import BotRunner


class BotTestServer(TestServer):
    """aiohttp's ``TestServer`` on the bot's own runner (with its deadline for headers)."""

    async def _make_runner(self, **kwargs: Any) -> BaseRunner:
        return BotRunner(self.app, **kwargs)

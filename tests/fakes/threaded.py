"""A loopback aiohttp server on its own thread and event loop.

Some stand-ins are called by real library code that blocks the bot's event loop while it waits
(botframework-connector's token and key downloads use ``requests``); served from the same loop
they would deadlock, so they run here instead.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable

from aiohttp import web


class ThreadedServer:
    def __init__(self, name: str, add_routes: Callable[[web.Application], None]) -> None:
        self.name = name
        self.port = 0
        self._add_routes = add_routes
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._started = threading.Event()

    def start(self) -> None:
        self._thread = threading.Thread(target=self._serve, name=self.name, daemon=True)
        self._thread.start()
        if not self._started.wait(10):
            raise RuntimeError(f"the {self.name} did not start")

    def close(self) -> None:
        if self._loop and self._stop:
            self._loop.call_soon_threadsafe(self._stop.set)
        if self._thread:
            self._thread.join(10)

    def _serve(self) -> None:
        asyncio.run(self._main())

    async def _main(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        app = web.Application()
        self._add_routes(app)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        await web.TCPSite(runner, "127.0.0.1", 0).start()
        self.port = int(runner.addresses[0][1])
        self._started.set()
        try:
            await self._stop.wait()
        finally:
            await runner.cleanup()

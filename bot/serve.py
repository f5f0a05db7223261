"""The web server as `python -m bot serve` runs it: aiohttp's, plus a deadline for headers.

aiohttp bounds an idle kept-alive connection (75 s here) and the bot bounds a request body
(``BOT_READ_TIMEOUT_SECONDS``, bot/http.py), but nothing bounds the request line and headers:
a client that connects and sends nothing, or sends its headers a byte every few seconds
(slowloris), holds a connection until the keep-alive timer, and a few hundred such clients hold
the process's sockets. So each request gets ``BOT_HEADER_TIMEOUT_SECONDS`` from its first byte
(or, for a new connection, from the moment it opens) until its headers are complete; a client
that misses it gets 408 (or, if it sent nothing, no answer) and is disconnected.

aiohttp has no setting for this, and its protocol class is chosen by ``web.Server``, which the
runner builds. So the hook is three small subclasses, each overriding the method aiohttp's own
subclasses override: the protocol (``HeaderDeadline``), the server that makes one per
connection (``BotServer.__call__``) and the runner that makes the server
(``BotRunner._make_server``). Tests use the same runner (tests/serving.py).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from collections.abc import Callable
from typing import Any

from aiohttp import web
from aiohttp.web_protocol import RequestHandler
from aiohttp.web_request import BaseRequest

log = logging.getLogger(__name__)

HEADER_TIMEOUT = web.AppKey("header_timeout", float)
DEFAULT_HEADER_TIMEOUT = 10.0  # seconds; Teams sends its headers in one packet
TOO_SLOW = b"HTTP/1.1 408 Request Timeout\r\nConnection: close\r\nContent-Length: 0\r\n\r\n"


class HeaderDeadline(RequestHandler):
    """aiohttp's protocol, closing a connection whose request headers are not in on time.

    The deadline runs while the connection waits for a request's headers: from the moment a
    connection opens, and on a kept-alive connection from the first byte of each new request
    (so the 75 s keep-alive between requests still applies). It stops as soon as aiohttp has
    parsed a request's headers (or refused them with 400); the body has its own deadline.
    """

    __slots__ = ("_answered", "_header_timeout", "_started", "_timer")

    def __init__(self, manager: web.Server, *, header_timeout: float, **kwargs: Any) -> None:
        super().__init__(manager, **kwargs)
        self._header_timeout = header_timeout
        self._timer: asyncio.TimerHandle | None = None
        self._answered = 0  # responses finished; aiohttp counts the requests parsed
        self._started = False  # some of the awaited request has arrived

    @property
    def awaiting_headers(self) -> bool:
        """True while the deadline runs."""
        return self._timer is not None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        super().connection_made(transport)
        self._arm()

    def data_received(self, data: bytes) -> None:
        between_requests = self._request_count == self._answered
        parsed = self._request_count
        super().data_received(data)
        if self._request_count != parsed:
            self._disarm()
        elif data and between_requests:
            self._started = True
            if self._timer is None:
                self._arm()

    async def finish_response(
        self, request: BaseRequest, resp: web.StreamResponse, start_time: float | None
    ) -> tuple[web.StreamResponse, bool]:
        try:
            return await super().finish_response(request, resp, start_time)
        finally:
            self._answered += 1

    def connection_lost(self, exc: BaseException | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def _arm(self) -> None:
        self._timer = self._loop.call_later(self._header_timeout, self._expired)

    def _disarm(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        self._started = False

    def _expired(self) -> None:
        self._timer = None
        if self.transport is None:
            return
        if self._started:  # a request began: say why it ends (nothing of it is logged)
            log.info("request rejected", extra={"event": "rejected", "status": 408, "reason": "slow_headers"})
            self.transport.write(TOO_SLOW)
        self.force_close()  # the transport sends what is buffered, then closes


class BotServer(web.Server):
    """aiohttp's server with ``HeaderDeadline`` as the protocol for each connection."""

    def __init__(self, *args: Any, header_timeout: float, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.header_timeout = header_timeout

    def __call__(self) -> RequestHandler:
        return HeaderDeadline(self, loop=self._loop, header_timeout=self.header_timeout, **self._kwargs)


class BotRunner(web.AppRunner):
    """An ``AppRunner`` whose server is a ``BotServer``, with the app's ``HEADER_TIMEOUT``."""

    async def _make_server(self) -> web.Server:
        plain = await super()._make_server()  # starts the app and applies its handler_args
        return BotServer(
            plain.request_handler,
            request_factory=plain.request_factory,
            handler_cancellation=plain.handler_cancellation,
            loop=asyncio.get_running_loop(),
            header_timeout=self.app.get(HEADER_TIMEOUT, DEFAULT_HEADER_TIMEOUT),
            **plain._kwargs,
        )


def serve(app: web.Application, *, host: str, port: int, ready: Callable[[], None]) -> None:
    """Run ``app`` until SIGINT or SIGTERM, then stop it cleanly (as ``web.run_app`` would)."""
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_serve(app, host, port, ready))


async def _serve(app: web.Application, host: str, port: int, ready: Callable[[], None]) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):  # Windows: Ctrl+C still interrupts
            loop.add_signal_handler(signum, stop.set)
    runner = BotRunner(app, access_log=None)
    await runner.setup()
    try:
        await web.TCPSite(runner, host, port).start()
        ready()
        await stop.wait()
    finally:
        await runner.cleanup()  # closes connections, then the app's stores and tasks

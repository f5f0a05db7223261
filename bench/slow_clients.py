"""Other people's turns while 200 slowloris clients hold connections: `python -m bench.slow_clients`.

Two hundred clients connect (no token needed: this is before authentication) and send a
request's headers one byte every half second, never finishing them, from a thread of their own
so only the bot's event loop is measured. Meanwhile one person sends "help" one turn after
another. Printed, for the bot as `python -m bot serve` runs it (header deadline 2 s here,
`BOT_HEADER_TIMEOUT_SECONDS`) and for aiohttp's plain server (what the bot ran before): that
person's p50 and p99 latency, and what became of the slow connections: how many the server
closed, and when.
"""

from __future__ import annotations

import asyncio
import contextlib
import select
import socket
import statistics
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aiohttp.test_utils import TestClient, TestServer

from bench.bombs import help_turn
from bot.app import Overrides, create_app
from bot.config import Settings
from tests.builders import ALEX
from tests.fakes.connector import FakeConnector
from tests.serving import BotTestServer

SLOW_CLIENTS = 200
DEADLINE = 2.0  # seconds, the header deadline for this run (the default is 10)
WATCH = DEADLINE + 2.0  # how long the turns are measured, slow clients trickling throughout
TRICKLE = 0.5  # seconds between two bytes from a slow client
HEAD = b"POST /api/messages HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"


@dataclass
class Slowloris:
    """The slow clients, run from one thread: when each was opened and when the server closed it."""

    port: int
    opened: dict[socket.socket, float] = field(default_factory=dict)
    closed_after: list[float] = field(default_factory=list)
    stop: threading.Event = field(default_factory=threading.Event)
    ready: threading.Event = field(default_factory=threading.Event)

    def run(self) -> None:
        for _ in range(SLOW_CLIENTS):
            sock = socket.create_connection(("127.0.0.1", self.port))
            sock.setblocking(False)
            self.opened[sock] = time.monotonic()
        self.ready.set()
        sent = 0
        while self.opened and not self.stop.is_set():
            for sock in list(self.opened):
                with contextlib.suppress(BlockingIOError, OSError):
                    sock.send(HEAD[sent : sent + 1])
            sent += 1
            self._collect_closed(TRICKLE)
        for sock in self.opened:
            sock.close()

    def _collect_closed(self, wait: float) -> None:
        """Wait up to ``wait`` seconds, noting every connection the server has closed."""
        deadline = time.monotonic() + wait
        while self.opened and (left := deadline - time.monotonic()) > 0:
            readable, _, _ = select.select(list(self.opened), [], [], left)
            for sock in readable:
                with contextlib.suppress(OSError):
                    while sock.recv(4096):  # the 408, then EOF
                        pass
                self.closed_after.append(time.monotonic() - self.opened.pop(sock))
                sock.close()


async def turns(client: TestClient[Any, Any], connector: FakeConnector, seconds: float) -> list[float]:
    timings = []
    until = time.monotonic() + seconds
    while time.monotonic() < until:
        timings.append(await help_turn(client, connector))
    return timings


def p99(timings: list[float]) -> float:
    return statistics.quantiles(timings, n=100)[98]


async def measure(label: str, *, slow: bool, guarded: bool) -> None:
    connector = FakeConnector()
    await connector.start()
    connector.members[ALEX.aad_object_id] = ALEX.as_member()
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(
            _env_file=None, data_dir=Path(tmp), rate_limits={"turns": "off"}, header_timeout_seconds=DEADLINE
        )
        app = create_app(settings, Overrides())
        server = (BotTestServer if guarded else TestServer)(app, host="127.0.0.1", port=0)
        async with TestClient(server) as client:
            await turns(client, connector, 0.5)  # warm up
            loris = Slowloris(client.port or 0)
            thread = threading.Thread(target=loris.run)
            if slow:
                thread.start()
                await asyncio.to_thread(loris.ready.wait)
            timings = await turns(client, connector, WATCH)
            if slow:
                loris.stop.set()
                await asyncio.to_thread(thread.join)
    await connector.close()
    line = f"{label:<46} {len(timings):4} turns  p50 {statistics.median(timings) * 1000:6.1f} ms"
    line += f"  p99 {p99(timings) * 1000:6.1f} ms  worst {max(timings) * 1000:6.1f} ms"
    if slow:
        closed = sorted(loris.closed_after)
        when = f" after {closed[0]:.2f}-{closed[-1]:.2f} s" if closed else ""
        line += f"\n{'':<46} slow connections closed by the server within {WATCH:.0f} s: {len(closed)}{when}"
    print(line)


async def main() -> None:
    print(f"{SLOW_CLIENTS} slowloris clients, a header byte every {TRICKLE} s; header deadline {DEADLINE} s")
    await measure("no slow clients", slow=False, guarded=True)
    await measure("slow clients, header deadline (the bot)", slow=True, guarded=True)
    await measure("slow clients, aiohttp's plain server (before)", slow=True, guarded=False)


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))

"""Other people's turns while decompression bombs arrive: `python -m bench.bombs`.

Ten clients post a ~200 KB gzip body that inflates to 200 MB (no token needed: this happens
before authentication), from their own thread so only the bot's event loop is measured. Meanwhile
one person sends "help" 20 times, one after another. Printed: that person's median and worst
latency with no bombs, with the bot as configured (compressed bodies refused unread), and with
aiohttp's default of inflating request bodies as they arrive (what the bot did before).
"""

from __future__ import annotations

import asyncio
import socket
import statistics
import sys
import tempfile
import threading
import time
import zlib
from pathlib import Path

from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from bot.app import Overrides, create_app
from bot.config import Settings
from tests.builders import ALEX, message
from tests.fakes.connector import FakeConnector

BOMBS = 10


def bomb(inflated_mb: int) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = bytes(1 << 20)
    return b"".join(packer.compress(block) for _ in range(inflated_mb)) + packer.flush()


def send_bombs(port: int, body: bytes, started: threading.Event) -> None:
    """Raw sockets in a thread of their own: the sending costs the bot's loop nothing."""
    head = (
        f"POST /api/messages HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        f"Content-Encoding: gzip\r\nContent-Length: {len(body)}\r\n\r\n"
    ).encode()

    def one() -> None:
        with socket.create_connection(("127.0.0.1", port)) as sock:
            try:
                sock.sendall(head + body)
                sock.settimeout(30)
                sock.recv(200)
            except OSError:
                pass  # the server may close the connection before the whole body is sent

    threads = [threading.Thread(target=one) for _ in range(BOMBS)]
    for thread in threads:
        thread.start()
    started.set()
    for thread in threads:
        thread.join()


async def help_turn(client: TestClient[web.Request, web.Application], connector: FakeConnector) -> float:
    """Seconds for one person's "help" turn, answer read: what the other benchmarks watch."""
    body = message("help", user=ALEX, service_url=connector.url)
    started = time.perf_counter()
    response = await client.post("/api/messages", json=body)
    await response.read()
    return time.perf_counter() - started


async def turns(client: TestClient[web.Request, web.Application], connector: FakeConnector) -> list[float]:
    return [await help_turn(client, connector) for _ in range(20)]


async def measure(label: str, payload: bytes | None, *, inflate: bool) -> None:
    connector = FakeConnector()
    await connector.start()
    connector.members[ALEX.aad_object_id] = ALEX.as_member()
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(_env_file=None, data_dir=Path(tmp), rate_limits={"turns": "off"})
        app = create_app(settings, Overrides())
        if inflate:  # aiohttp's defaults: inflate as bytes arrive, drain refused bodies
            app._handler_args = {**(app._handler_args or {}), "auto_decompress": True, "lingering_time": 10.0}
        async with TestClient(TestServer(app, host="127.0.0.1", port=0)) as client:
            await turns(client, connector)  # warm up
            sender = None
            if payload is not None:
                started = threading.Event()
                port = client.port or 0
                sender = threading.Thread(target=send_bombs, args=(port, payload, started))
                sender.start()
                await asyncio.to_thread(started.wait)
            timings = await turns(client, connector)
            if sender is not None:
                await asyncio.to_thread(sender.join)
    await connector.close()
    print(f"{label:<44} p50 {statistics.median(timings) * 1000:7.1f} ms  worst {max(timings) * 1000:7.1f} ms")


async def main() -> None:
    payload = bomb(200)
    print(f"bomb: {len(payload) / 1024:.0f} KB of gzip inflating to 200 MB, {BOMBS} at once")
    await measure("no bombs", None, inflate=False)
    await measure("bombs, refused unread (the bot)", payload, inflate=False)
    await measure("bombs, inflated as they arrive (before)", payload, inflate=True)


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))

"""The request body before authentication: compressed bodies, decompression bombs, slow clients.

Teams sends activities uncompressed, so a compressed body is refused with 415 before a byte of
it is inflated: inflating on the event loop is what let one unauthenticated request stall every
conversation. The proof is structural (the server's decompressor is never called), with the
latency figure in ``bench/bombs.py``.
"""

from __future__ import annotations

import asyncio
import gzip
import json
import zlib
from typing import Any

import pytest
from aiohttp.compression_utils import ZLibDecompressor
from aiohttp.test_utils import TestClient

from bot.context import AppContext
from tests.builders import ALEX, TeamsClient, message
from tests.fakes.connector import FakeConnector


def bomb(inflated_bytes: int) -> bytes:
    """A gzip body of zeros: about a thousandth of the size it inflates to."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = bytes(1 << 20)
    parts = [packer.compress(block) for _ in range(inflated_bytes >> 20)]
    return b"".join(parts) + packer.flush()


@pytest.fixture
def inflations(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts every call to the HTTP server's decompressor (pure-Python and C parsers alike)."""
    calls: list[int] = []
    original = ZLibDecompressor.decompress_sync

    def counting(self: ZLibDecompressor, data: Any, max_length: int = 0, **kwargs: Any) -> bytes:
        calls.append(len(data))
        return original(self, data, max_length, **kwargs) if max_length else original(self, data)

    monkeypatch.setattr(ZLibDecompressor, "decompress_sync", counting)
    return calls


async def _post(client: TestClient[Any, Any], body: bytes, encoding: str) -> tuple[int, Any]:
    headers = {"Content-Type": "application/json", "Content-Encoding": encoding}
    response = await client.post("/api/messages", data=body, headers=headers)
    payload = await response.json() if response.content_type == "application/json" else None
    return response.status, payload


@pytest.mark.parametrize("encoding", ["gzip", "deflate", "br", "x-gzip", "GZIP", "gzip, identity"])
async def test_a_compressed_body_is_refused_without_being_inflated(
    encoding: str,
    client: TestClient[Any, Any],
    connector: FakeConnector,
    ctx: AppContext,
    inflations: list[int],
) -> None:
    body = gzip.compress(json.dumps(message("help", user=ALEX, service_url=connector.url)).encode())
    status, payload = await _post(client, body, encoding)
    assert status == 415
    assert payload == {"error": "Send the activity uncompressed."}
    assert inflations == []
    await ctx.tasks.drain()
    assert connector.calls == []


async def test_a_body_that_claims_gzip_but_is_not_is_a_4xx(
    client: TestClient[Any, Any], connector: FakeConnector
) -> None:
    status, _ = await _post(client, b"this is not gzip at all", "gzip")
    assert status == 415


async def test_decompression_bombs_are_never_inflated(
    teams: TeamsClient, client: TestClient[Any, Any], connector: FakeConnector, inflations: list[int]
) -> None:
    """Ten bombs (each inflating to 64 MB) and a person's message at the same time: every bomb
    is refused, nothing is inflated, and the message is answered."""
    payload = bomb(64 << 20)
    bombs = [asyncio.ensure_future(_post(client, payload, "gzip")) for _ in range(10)]
    assert await teams.say("help") == 201
    assert [status for status, _ in await asyncio.gather(*bombs)] == [415] * 10
    assert inflations == []
    assert connector.posted[-1].card is not None


async def test_identity_encoding_is_accepted(teams: TeamsClient, connector: FakeConnector) -> None:
    body = message("help", user=ALEX, service_url=connector.url)
    assert (await teams.post(body, headers={"Content-Encoding": "identity"}))[0] == 201


async def _raw(client: TestClient[Any, Any], head: bytes, body: bytes) -> bytes:
    """Send bytes as they are (a slow or broken client) and read the whole answer."""
    reader, writer = await asyncio.open_connection("127.0.0.1", client.port)
    try:
        writer.write(head + body)
        await writer.drain()
        async with asyncio.timeout(10):
            return await reader.read()  # the server closes the connection after answering
    finally:
        writer.close()


@pytest.fixture
async def impatient(settings: Any, clock: Any) -> Any:
    from aiohttp.test_utils import TestServer

    from bot.app import Overrides, create_app

    app = create_app(settings.model_copy(update={"read_timeout_seconds": 0.2}), Overrides(clock=clock))
    async with TestClient(TestServer(app, host="127.0.0.1", port=0)) as http:
        yield http


async def test_a_client_that_stops_sending_its_body_gets_408_and_is_disconnected(
    impatient: TestClient[Any, Any],
) -> None:
    head = (
        b"POST /api/messages HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        b"Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n"
    )
    answer = await _raw(impatient, head, b'{"type": "mess')
    assert answer.startswith(b"HTTP/1.1 408")
    assert b"took too long" in answer


async def test_a_broken_chunked_body_is_a_400(client: TestClient[Any, Any]) -> None:
    head = (
        b"POST /api/messages HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        b"Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
    )
    answer = await _raw(client, head, b'5\r\n{"ty\r\nzz\r\nnot a chunk\r\n0\r\n\r\n')
    status = int(answer.split(b" ", 2)[1])
    assert 400 <= status < 500, answer[:200]


@pytest.mark.parametrize(
    "request_head",
    [
        b"POST /api/messages HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Note: " + b"SECRETVALUE" * 900 + b"\r\n\r\n",
        b"POST /api/messages?q=" + b"SECRETVALUE" * 900 + b" HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
    ],
    ids=["header", "request line"],
)
async def test_an_oversized_header_is_logged_by_its_size_never_its_value(
    request_head: bytes, client: TestClient[Any, Any], json_log_lines: list[str]
) -> None:
    answer = await _raw(client, request_head, b"")
    assert answer.startswith(b"HTTP/1.")
    assert b" 400 " in answer.split(b"\r\n", 1)[0]
    assert not [line for line in json_log_lines if "SECRETVALUE" in line]
    [entry] = [json.loads(line) for line in json_log_lines if '"bad_http"' in line]
    assert entry["level"] == "INFO"
    assert entry["count"] >= 8190


def test_the_server_never_inflates_closes_refused_bodies_and_idle_connections(settings: Any) -> None:
    """What the timings in the README rest on: no inflation, no draining, 75 s keep-alive."""
    from bot.app import create_app

    app = create_app(settings)
    assert app._handler_args == {"auto_decompress": False, "lingering_time": 0.0, "keepalive_timeout": 75.0}

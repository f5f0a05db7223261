"""Slow clients before authentication: a request's headers must arrive within a deadline.

A client that opens a connection and sends nothing, or sends its request line and headers a
byte at a time (slowloris), holds a connection and its memory for as long as the server lets
it. The server gives every request `BOT_HEADER_TIMEOUT_SECONDS` from its first byte (or from
the connection opening) to the end of its headers; the body then has `BOT_READ_TIMEOUT_SECONDS`,
and a kept-alive connection may stay idle between requests for 75 s. These tests talk raw TCP
to the real server, run as `python -m bot serve` runs it, and await the close (EOF).
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestClient
from pydantic import ValidationError

from bot.app import Overrides, create_app
from bot.clock import ManualClock
from bot.config import Settings
from tests.bot.test_cli import free_port, start, wait_ready
from tests.serving import BotTestServer

DEADLINE = 0.3  # seconds for the headers in these tests
BODY_DEADLINE = 1.0  # longer, so a 408 from the body's deadline is told apart from the headers'
SAFETY = 10.0  # an overall bound on every read: without the deadline the server waits 75 s
HEAD = b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n"


@pytest.fixture
async def impatient(settings: Settings, clock: ManualClock) -> AsyncIterator[TestClient[Any, Any]]:
    quick = {"header_timeout_seconds": DEADLINE, "read_timeout_seconds": BODY_DEADLINE}
    app = create_app(settings.model_copy(update=quick), Overrides(clock=clock))
    async with TestClient(BotTestServer(app, host="127.0.0.1", port=0)) as http:
        yield http


async def _connect(http: TestClient[Any, Any]) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
    return await asyncio.open_connection("127.0.0.1", http.port)


async def _until_closed(reader: asyncio.StreamReader) -> tuple[bytes, float]:
    """Everything the server sends before it closes the connection, and how long that took."""
    started = time.monotonic()
    async with asyncio.timeout(SAFETY):
        answer = await reader.read()
    return answer, time.monotonic() - started


async def _response(reader: asyncio.StreamReader) -> bytes:
    """One response on a kept-alive connection (they all carry Content-Length)."""
    async with asyncio.timeout(SAFETY):
        head = await reader.readuntil(b"\r\n\r\n")
        length = next(
            int(line.split(b":", 1)[1])
            for line in head.split(b"\r\n")
            if line.lower().startswith(b"content-length:")
        )
        return head + await reader.readexactly(length)


def _connections(http: TestClient[Any, Any]) -> list[Any]:
    runner = http.server.runner
    assert runner is not None
    assert runner.server is not None
    return runner.server.connections


async def test_a_connection_that_sends_nothing_is_closed_at_the_deadline(
    impatient: TestClient[Any, Any],
) -> None:
    reader, writer = await _connect(impatient)
    try:
        answer, waited = await _until_closed(reader)
    finally:
        writer.close()
    assert answer == b""  # nothing was asked, so nothing is answered
    assert waited >= DEADLINE - 0.05


async def test_headers_sent_a_byte_at_a_time_are_cut_off_at_the_deadline(
    impatient: TestClient[Any, Any], json_log_lines: list[str]
) -> None:
    reader, writer = await _connect(impatient)

    async def trickle() -> None:  # a slowloris: one byte every 50 ms, never finishing
        with contextlib.suppress(ConnectionError):
            for byte in HEAD * 100:
                writer.write(bytes([byte]))
                await writer.drain()
                await asyncio.sleep(0.05)

    sender = asyncio.create_task(trickle())
    try:
        answer, waited = await _until_closed(reader)
    finally:
        sender.cancel()
        writer.close()
    assert answer.startswith(b"HTTP/1.1 408 ")
    assert b"Connection: close" in answer
    assert waited >= DEADLINE - 0.05
    assert [line for line in json_log_lines if '"slow_headers"' in line]
    assert not [line for line in json_log_lines if "healthz" in line]  # the size of nothing sent


async def test_headers_that_arrive_in_pieces_within_the_deadline_are_answered(
    impatient: TestClient[Any, Any],
) -> None:
    reader, writer = await _connect(impatient)
    try:
        pieces = (b"GET /heal", b"thz HTTP/1.1\r\nHo", b"st: 127.0.0.1\r\n", b"Connection: close\r\n\r\n")
        for piece in pieces:
            writer.write(piece)
            await writer.drain()
            await asyncio.sleep(DEADLINE / 20)  # a slow but honest client
        answer, _ = await _until_closed(reader)
    finally:
        writer.close()
    assert answer.startswith(b"HTTP/1.1 200 ")
    assert b'{"status": "ok", "conversation": ' in answer


async def test_once_the_headers_are_in_the_body_has_its_own_deadline(
    impatient: TestClient[Any, Any],
) -> None:
    """Headers on time, then a stalled body: the 408 comes from the body's (longer) deadline,
    so the headers' deadline stopped when the headers were complete."""
    reader, writer = await _connect(impatient)
    try:
        writer.write(
            b"POST /api/messages HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            b'Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"type": "mess'
        )
        await writer.drain()
        answer, waited = await _until_closed(reader)
    finally:
        writer.close()
    assert answer.startswith(b"HTTP/1.1 408 ")
    assert b"The request body took too long to arrive." in answer
    assert waited >= BODY_DEADLINE - 0.05


async def test_a_kept_alive_connection_may_idle_longer_than_the_header_deadline(
    impatient: TestClient[Any, Any],
) -> None:
    """Between requests the 75 s keep-alive applies, not the headers' deadline. Another
    connection that sends nothing is the clock: once it has been closed, the deadline has
    passed while the first one sat idle, and the first one still serves a request."""
    kept_reader, kept = await _connect(impatient)
    try:
        kept.write(HEAD + b"\r\n")
        assert (await _response(kept_reader)).startswith(b"HTTP/1.1 200 ")
        idle_since = time.monotonic()
        witness_reader, witness = await _connect(impatient)
        try:
            await _until_closed(witness_reader)
        finally:
            witness.close()
        assert time.monotonic() - idle_since >= DEADLINE - 0.05
        kept.write(HEAD + b"\r\n")
        assert (await _response(kept_reader)).startswith(b"HTTP/1.1 200 ")
        assert {handler.keepalive_timeout for handler in _connections(impatient)} == {75.0}
    finally:
        kept.close()


async def test_each_new_request_on_a_kept_alive_connection_has_the_deadline(
    impatient: TestClient[Any, Any],
) -> None:
    reader, writer = await _connect(impatient)
    try:
        writer.write(HEAD + b"\r\n")
        assert (await _response(reader)).startswith(b"HTTP/1.1 200 ")
        writer.write(HEAD)  # the second request's headers never finish
        await writer.drain()
        answer, waited = await _until_closed(reader)
    finally:
        writer.close()
    assert answer.startswith(b"HTTP/1.1 408 ")
    assert waited >= DEADLINE - 0.05


async def test_python_m_bot_serve_has_the_header_deadline(tmp_path: Path) -> None:
    """The production entry point runs the same server (not aiohttp's plain one)."""
    port = free_port()
    process = await start(tmp_path, "--port", str(port), env={"BOT_HEADER_TIMEOUT_SECONDS": str(DEADLINE)})
    try:
        await wait_ready(process)
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        try:
            writer.write(HEAD)
            await writer.drain()
            answer, _ = await _until_closed(reader)
        finally:
            writer.close()
        assert answer.startswith(b"HTTP/1.1 408 ")
    finally:
        process.terminate()
        await process.communicate()
    assert process.returncode == 0  # SIGTERM still stops the bot cleanly


@pytest.mark.parametrize("value", ["0", "-1", "601", "soon"])
def test_a_header_deadline_out_of_range_stops_start_up(value: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BOT_HEADER_TIMEOUT_SECONDS", value)
    with pytest.raises(ValidationError, match="BOT_HEADER_TIMEOUT_SECONDS"):
        Settings()


def test_the_header_deadline_is_read_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    assert Settings().header_timeout_seconds == 10.0
    monkeypatch.setenv("BOT_HEADER_TIMEOUT_SECONDS", "2.5")
    assert Settings().header_timeout_seconds == 2.5

"""`python -m bot serve` as scripts, containers and App Service start it."""

from __future__ import annotations

import asyncio
import json
import os
import socket
import sys
from pathlib import Path

import aiohttp
import pytest

from bot.config import PROJECT_ROOT


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def start(tmp_path: Path, *args: str, env: dict[str, str] | None = None) -> asyncio.subprocess.Process:
    environment = {**os.environ, "BOT_DATA_DIR": str(tmp_path), **(env or {})}
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "serve",
        *args,
        cwd=PROJECT_ROOT,
        env=environment,
        stderr=asyncio.subprocess.PIPE,
    )


async def wait_ready(process: asyncio.subprocess.Process) -> list[dict[str, str]]:
    """Read the bot's JSON log until it says it is listening."""
    assert process.stderr is not None
    seen: list[dict[str, str]] = []
    async with asyncio.timeout(30):
        while line := await process.stderr.readline():
            if line.startswith(b"{"):
                seen.append(json.loads(line))
                if seen[-1].get("event") == "ready":
                    return seen
    raise AssertionError(f"the bot exited before it was ready: {seen}")


async def healthz(port: int) -> dict[str, str]:
    async with (
        aiohttp.ClientSession() as session,
        session.get(f"http://127.0.0.1:{port}/healthz") as response,
    ):
        body: dict[str, str] = await response.json()
        return body


async def test_serve_with_port_flag(tmp_path: Path) -> None:
    port = free_port()
    process = await start(tmp_path, "--port", str(port))
    try:
        log = await wait_ready(process)
        assert (await healthz(port))["status"] == "ok"
    finally:
        process.terminate()
        await process.communicate()
    assert log[-1]["reason"] == f"http://127.0.0.1:{port}"


async def test_serve_with_port_variable(tmp_path: Path) -> None:
    port = free_port()
    process = await start(tmp_path, env={"PORT": str(port)})
    try:
        await wait_ready(process)
        assert (await healthz(port))["status"] == "ok"
    finally:
        process.terminate()
        await process.communicate()


async def test_refuses_to_expose_an_unauthenticated_bot(tmp_path: Path) -> None:
    process = await start(
        tmp_path, "--host", "0.0.0.0", "--port", str(free_port()), env={"MicrosoftAppId": ""}
    )
    _, stderr = await process.communicate()
    assert process.returncode == 2
    assert b"no Microsoft app id is configured" in stderr


def test_provision_without_a_site_says_which_setting_is_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from bot.cli import main

    monkeypatch.chdir(tmp_path)  # no .env here
    monkeypatch.delenv("BOT_SHAREPOINT_SITE_URL", raising=False)
    assert main(["provision"]) == 2
    assert "BOT_SHAREPOINT_SITE_URL" in capsys.readouterr().err

"""Shared fixtures: a real app over HTTP, the loopback connector, a controllable clock, and a
guard that fails any test which tries to reach beyond this machine."""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestClient

from bot.app import CONTEXT, Overrides, create_app
from bot.clock import ManualClock
from bot.config import Settings
from bot.context import AppContext
from tests.builders import TeamsClient
from tests.fakes.connector import FakeConnector
from tests.fakes.openid import OpenIdServer, SigningKey, StaticCredentialsFactory
from tests.serving import BotTestServer

# The guard against reading beside the repository watches the whole run (tests/stand_alone.py);
# temporary folders are in memory where there is room (tests/memory_temp.py); on several cores,
# modules that share a slow fixture go to one worker (tests/xdist_scheduling.py).
pytest_plugins = ["tests.stand_alone", "tests.memory_temp", "tests.xdist_scheduling"]

_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex


def _check_address(sock: socket.socket, address: Any) -> None:
    if sock.family == socket.AF_UNIX:
        return
    host = address[0] if isinstance(address, tuple) else address
    try:
        loopback = ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = host == "localhost"
    if not loopback:
        pytest.fail(f"a test tried to connect to {host}: only loopback is allowed")


def _guarded_connect(sock: socket.socket, address: Any) -> None:
    _check_address(sock, address)
    _real_connect(sock, address)


def _guarded_connect_ex(sock: socket.socket, address: Any) -> int:
    _check_address(sock, address)
    return _real_connect_ex(sock, address)


@pytest.fixture(autouse=True, scope="session")
def loopback_only() -> Iterator[None]:
    socket.socket.connect = _guarded_connect  # type: ignore[method-assign, assignment]
    socket.socket.connect_ex = _guarded_connect_ex  # type: ignore[method-assign, assignment]
    yield
    socket.socket.connect = _real_connect  # type: ignore[method-assign]
    socket.socket.connect_ex = _real_connect_ex  # type: ignore[method-assign]


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(_env_file=None, data_dir=tmp_path)


@pytest.fixture
def clock() -> ManualClock:
    # Tuesday 1 December 2026, 10:00 in London (GMT): inside working hours.
    return ManualClock(datetime(2026, 12, 1, 10, 0, tzinfo=UTC))


@pytest.fixture
async def connector() -> AsyncIterator[FakeConnector]:
    fake = FakeConnector()
    await fake.start()
    yield fake
    await fake.close()


@pytest.fixture
async def client(settings: Settings, clock: ManualClock) -> AsyncIterator[TestClient[Any, Any]]:
    # Jobs run only when a test says so (``settle``, ``run_due``): the app's own scheduler loop
    # would run them at moments decided by how busy the machine is, racing the assertions.
    app = create_app(settings, Overrides(clock=clock, run_scheduler=False))
    async with TestClient(BotTestServer(app, host="127.0.0.1", port=0)) as test_client:
        yield test_client


@pytest.fixture
def ctx(client: TestClient[Any, Any]) -> AppContext:
    context: AppContext = client.app[CONTEXT]
    return context


@pytest.fixture
def teams(client: TestClient[Any, Any], connector: FakeConnector) -> TeamsClient:
    return TeamsClient(client, connector)


# -- with an app id: real tokens from a loopback OpenID provider ---------------------------


@pytest.fixture(scope="session")
def signing_key() -> SigningKey:
    return SigningKey.generate("key-1")  # RSA generation is slow: once per session


@pytest.fixture
def openid(signing_key: SigningKey) -> Iterator[OpenIdServer]:
    from botframework.connector.auth import JwtTokenExtractor

    JwtTokenExtractor.metadataCache.clear()  # class-level: each test gets its own keys
    server = OpenIdServer(keys=[signing_key])
    server.start()
    yield server
    server.close()
    JwtTokenExtractor.metadataCache.clear()


@pytest.fixture
def secure_settings(settings: Settings, openid: OpenIdServer) -> Settings:
    return settings.model_copy(update={"app_id": openid.app_id, "bf_auth": openid.bf_auth()})


@pytest.fixture
async def secure_client(secure_settings: Settings, clock: ManualClock) -> AsyncIterator[TestClient[Any, Any]]:
    app = create_app(
        secure_settings,
        Overrides(clock=clock, credentials_factory=StaticCredentialsFactory(), run_scheduler=False),
    )
    async with TestClient(BotTestServer(app, host="127.0.0.1", port=0)) as test_client:
        yield test_client

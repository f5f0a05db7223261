"""What checking tokens and the inbound guards cost per request: `python -m bench.auth`.

Posts the same "help" turn N times, one at a time, to the real app with the loopback connector:
once in local mode (no tokens) and once with an app id and real RS256 tokens checked against the
loopback OpenID provider. Prints requests per second, the median and p95 latency, and how many
times the signing keys were downloaded (it should be once, at start-up).
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from aiohttp.test_utils import TestClient, TestServer
from botframework.connector.auth import JwtTokenExtractor

from bot.app import Overrides, create_app
from bot.config import Settings
from tests.builders import ALEX, message
from tests.fakes.connector import FakeConnector
from tests.fakes.openid import OpenIdServer, SigningKey, StaticCredentialsFactory


async def run(
    label: str, settings: Settings, overrides: Overrides, openid: OpenIdServer | None, n: int
) -> None:
    connector = FakeConnector()
    await connector.start()
    connector.members[ALEX.aad_object_id] = ALEX.as_member()
    async with TestClient(TestServer(create_app(settings, overrides), host="127.0.0.1", port=0)) as client:
        timings: list[float] = []
        for _ in range(n):
            headers = openid.bearer(service_url=connector.url) if openid else {}
            body: dict[str, Any] = message("help", user=ALEX, service_url=connector.url)
            started = time.perf_counter()
            response = await client.post("/api/messages", json=body, headers=headers)
            await response.read()
            timings.append(time.perf_counter() - started)
            assert response.status == 201, response.status
    await connector.close()
    total = sum(timings)
    p95 = statistics.quantiles(timings, n=20)[-1]
    fetched = f", key downloads {openid.metadata_requests}" if openid else ""
    print(
        f"{label:<22} {n / total:7.1f} req/s  p50 {statistics.median(timings) * 1000:5.1f} ms"
        f"  p95 {p95 * 1000:5.1f} ms{fetched}"
    )


async def main(n: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        base = Settings(_env_file=None, data_dir=Path(tmp) / "local", rate_limits={"turns": "off"})
        await run("local mode (no tokens)", base, Overrides(), None, n)
        openid = OpenIdServer(keys=[SigningKey.generate("key-1")])
        openid.start()
        try:
            secure = base.model_copy(
                update={
                    "data_dir": Path(tmp) / "secure",
                    "app_id": openid.app_id,
                    "bf_auth": openid.bf_auth(),
                }
            )
            await run(
                "RS256 tokens checked",
                secure,
                Overrides(credentials_factory=StaticCredentialsFactory()),
                openid,
                n,
            )
        finally:
            openid.close()
            JwtTokenExtractor.metadataCache.clear()


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 300))

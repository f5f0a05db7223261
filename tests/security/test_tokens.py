"""With an app id, every request must carry a valid Bot Framework token, checked for real.

Tokens are signed with the test's own RSA keys and validated by botbuilder against a loopback
OpenID provider. Every bad token gets 401, no turn runs and nothing is stored; a good one runs
the turn and the reply goes back with the bot's own outbound token.
"""

from __future__ import annotations

import asyncio
import base64
import json
from datetime import timedelta
from typing import Any

import pytest
from aiohttp.test_utils import TestClient
from botframework.connector.auth import JwtTokenExtractor

from bot.app import CONTEXT
from bot.context import AppContext
from bot.teams.openid_metadata import OffLoopOpenIdMetadata
from tests.builders import ALEX, message, settle
from tests.fakes.connector import FakeConnector
from tests.fakes.openid import OUTBOUND_TOKEN, OpenIdServer, SigningKey


@pytest.fixture(scope="module")
def rogue() -> SigningKey:
    """Same kid as the published key, different key pair."""
    return SigningKey.generate("key-1")


async def post(
    client: TestClient[Any, Any], connector: FakeConnector, headers: dict[str, str] | None
) -> tuple[int, Any]:
    body = message("help", user=ALEX, service_url=connector.url)
    response = await client.post("/api/messages", json=body, headers=headers or {})
    payload = await response.json() if response.content_type == "application/json" else None
    return response.status, payload


async def assert_nothing_happened(client: TestClient[Any, Any], connector: FakeConnector) -> None:
    ctx: AppContext = client.app[CONTEXT]
    await settle(ctx)
    assert connector.calls == []  # no reply, no member lookup: the turn never ran
    assert await ctx.stores.people.get(ALEX.aad_object_id) is None
    assert await ctx.stores.people.personal_chat(ALEX.aad_object_id) is None


async def test_a_valid_token_runs_the_turn(
    secure_client: TestClient[Any, Any], connector: FakeConnector, openid: OpenIdServer
) -> None:
    status, _ = await post(secure_client, connector, openid.bearer(service_url=connector.url))
    assert status == 201
    [reply] = connector.posted
    assert reply.authorization == f"Bearer {OUTBOUND_TOKEN}"
    ctx: AppContext = secure_client.app[CONTEXT]
    assert await ctx.stores.people.get(ALEX.aad_object_id) is not None


async def test_expiry_has_five_minutes_leeway(
    secure_client: TestClient[Any, Any], connector: FakeConnector, openid: OpenIdServer
) -> None:
    headers = openid.bearer(service_url=connector.url, expires_in=timedelta(minutes=-4))
    assert (await post(secure_client, connector, headers))[0] == 201


def bad_tokens(openid: OpenIdServer, service_url: str, rogue: SigningKey) -> dict[str, dict[str, str]]:
    def bearer(**kwargs: Any) -> dict[str, str]:
        kwargs.setdefault("service_url", service_url)
        return openid.bearer(**kwargs)

    valid = openid.token(service_url=service_url)
    return {
        "no Authorization header": {},
        "empty header": {"Authorization": ""},
        "Basic scheme": {"Authorization": "Basic dXNlcjpwYXNz"},
        "Bearer without a token": {"Authorization": "Bearer"},
        "lower-case bearer": {"Authorization": f"bearer {valid}"},
        "not a JWT": {"Authorization": "Bearer not-a-jwt"},
        "garbage segments": {"Authorization": "Bearer a.b.c"},
        "two spaces": {"Authorization": f"Bearer  {valid}"},
        "expired beyond the leeway": bearer(expires_in=timedelta(minutes=-6)),
        "not yet valid": bearer(not_before_in=timedelta(minutes=10)),
        "wrong audience": bearer(aud="another-bot"),
        "wrong issuer": bearer(iss="https://sts.windows.net/attacker/"),
        "signed by an unknown key": bearer(key=rogue),
        "unknown kid": bearer(key=rogue, kid="rogue-key"),
        "no kid": bearer(kid=""),
        "alg none": bearer(alg="none"),
        "HS256 with the public key as secret": bearer(alg="HS256"),
        "serviceurl claim differs": bearer(service_url="https://evil.example/"),
        "serviceurl claim missing": bearer(service_url=None),
        "no exp claim": bearer(expires_in=None),
        "tampered payload": {"Authorization": f"Bearer {_tamper(valid)}"},
    }


BAD_CASES = [
    "no Authorization header",
    "empty header",
    "Basic scheme",
    "Bearer without a token",
    "lower-case bearer",
    "not a JWT",
    "garbage segments",
    "two spaces",
    "expired beyond the leeway",
    "not yet valid",
    "wrong audience",
    "wrong issuer",
    "signed by an unknown key",
    "unknown kid",
    "no kid",
    "alg none",
    "HS256 with the public key as secret",
    "serviceurl claim differs",
    "serviceurl claim missing",
    "no exp claim",
    "tampered payload",
]


@pytest.mark.parametrize("case", BAD_CASES)
async def test_a_bad_token_is_refused_with_401(
    case: str,
    secure_client: TestClient[Any, Any],
    connector: FakeConnector,
    openid: OpenIdServer,
    rogue: SigningKey,
) -> None:
    headers = bad_tokens(openid, connector.url, rogue)[case]
    status, body = await post(secure_client, connector, headers)
    assert status == 401
    assert body == {"error": "Unauthorized."}
    await assert_nothing_happened(secure_client, connector)


async def test_endorsement_must_name_the_channel(
    secure_client: TestClient[Any, Any],
    connector: FakeConnector,
    openid: OpenIdServer,
    signing_key: SigningKey,
) -> None:
    """A key Bot Framework endorsed for another channel cannot sign a Teams activity."""
    skype_only = signing_key.with_kid("skype-key", endorsements=["skype"])
    openid.keys.append(skype_only)
    await _age_cache(secure_client, openid, timedelta(days=2))
    status, _ = await post(secure_client, connector, openid.bearer(service_url=connector.url, key=skype_only))
    assert status == 401
    await assert_nothing_happened(secure_client, connector)


async def test_keys_are_fetched_once_and_not_per_request(
    secure_client: TestClient[Any, Any], connector: FakeConnector, openid: OpenIdServer, rogue: SigningKey
) -> None:
    for _ in range(3):
        assert (await post(secure_client, connector, openid.bearer(service_url=connector.url)))[0] == 201
    for _ in range(3):  # an unknown kid refreshes at most once in five minutes, and start-up just did
        headers = openid.bearer(service_url=connector.url, key=rogue, kid="rogue-key")
        assert (await post(secure_client, connector, headers))[0] == 401
    assert openid.metadata_requests == 1


async def test_a_newly_published_key_is_accepted_once_five_minutes_have_passed(
    secure_client: TestClient[Any, Any], connector: FakeConnector, openid: OpenIdServer, rogue: SigningKey
) -> None:
    """As Microsoft.IdentityModel's ConfigurationManager does: an unknown kid asks for the keys
    again, at most once per five minutes (so a flood of made-up kids costs one download)."""
    new_key = rogue.with_kid("key-2")
    await _age_cache(secure_client, openid, timedelta(0))  # after the start-up fetch
    openid.keys.append(new_key)
    headers = openid.bearer(service_url=connector.url, key=new_key)
    assert (await post(secure_client, connector, headers))[0] == 401  # fetched a moment ago
    await _age_cache(secure_client, openid, timedelta(minutes=6))
    assert (await post(secure_client, connector, openid.bearer(service_url=connector.url, key=new_key)))[
        0
    ] == 201
    assert openid.metadata_requests == 2


async def test_a_withdrawn_key_stops_working_when_the_keys_are_next_fetched(
    secure_client: TestClient[Any, Any],
    connector: FakeConnector,
    openid: OpenIdServer,
    signing_key: SigningKey,
    rogue: SigningKey,
) -> None:
    """A rotation: key-2 is published and key-1 withdrawn. The first key-2 token fetches the
    keys again, and from then on key-1 tokens are refused."""
    new_key = rogue.with_kid("key-2")
    await _age_cache(secure_client, openid, timedelta(minutes=6))
    openid.keys[:] = [new_key]
    assert (await post(secure_client, connector, openid.bearer(service_url=connector.url, key=new_key)))[
        0
    ] == 201
    old = openid.bearer(service_url=connector.url, key=signing_key)
    assert (await post(secure_client, connector, old))[0] == 401


async def test_keys_are_fetched_again_after_twelve_hours(
    secure_client: TestClient[Any, Any],
    connector: FakeConnector,
    openid: OpenIdServer,
    signing_key: SigningKey,
) -> None:
    """Without any unknown kid, a withdrawn key works until the keys are fetched again: after
    twelve hours, Microsoft.IdentityModel's automatic refresh interval."""
    await _age_cache(secure_client, openid, timedelta(hours=11))
    openid.keys[:] = []
    headers = openid.bearer(service_url=connector.url, key=signing_key)
    assert (await post(secure_client, connector, headers))[0] == 201  # within twelve hours
    await _age_cache(secure_client, openid, timedelta(hours=2))
    headers = openid.bearer(service_url=connector.url, key=signing_key)
    assert (await post(secure_client, connector, headers))[0] == 401
    assert openid.metadata_requests == 2


async def test_a_slow_key_download_does_not_block_other_requests(
    secure_client: TestClient[Any, Any], connector: FakeConnector, openid: OpenIdServer
) -> None:
    await _age_cache(secure_client, openid, timedelta(days=2))
    openid.hold()
    openid.metadata_requested.clear()
    waiting = asyncio.ensure_future(post(secure_client, connector, openid.bearer(service_url=connector.url)))
    assert await asyncio.to_thread(openid.metadata_requested.wait, 30)
    async with asyncio.timeout(30):  # the event loop still answers while the download hangs (held)
        health = await secure_client.get("/healthz")
    assert health.status == 200
    assert not waiting.done()
    openid.release()
    assert (await waiting)[0] == 201


async def test_a_token_for_another_tenant_activity_is_still_refused(
    secure_client: TestClient[Any, Any], connector: FakeConnector, openid: OpenIdServer
) -> None:
    """A valid token does not let an activity from another organisation in."""
    body = message("help", user=ALEX, service_url=connector.url)
    body["channelData"] = {"tenant": {"id": "99999999-9999-4999-8999-999999999999"}}
    body["conversation"]["tenantId"] = "99999999-9999-4999-8999-999999999999"
    response = await secure_client.post(
        "/api/messages", json=body, headers=openid.bearer(service_url=connector.url)
    )
    assert response.status == 403
    await assert_nothing_happened(secure_client, connector)


def _entry(openid: OpenIdServer) -> OffLoopOpenIdMetadata:
    entry = JwtTokenExtractor.metadataCache[openid.metadata_url]
    assert isinstance(entry, OffLoopOpenIdMetadata)
    return entry


async def _age_cache(client: TestClient[Any, Any], openid: OpenIdServer, age: timedelta) -> None:
    """Pretend the keys were fetched ``age`` ago (botbuilder times them with the real clock)."""
    ctx: AppContext = client.app[CONTEXT]
    await settle(ctx)  # the start-up fetch has finished
    _entry(openid).last_updated -= age


def _tamper(token: str) -> str:
    """Change a claim the signature covers, keeping the original signature."""
    header, payload, signature = token.split(".")
    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    claims["serviceurl"] = "https://evil.example/"
    forged = base64.urlsafe_b64encode(json.dumps(claims).encode()).rstrip(b"=").decode()
    return f"{header}.{forged}.{signature}"

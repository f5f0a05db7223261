from __future__ import annotations

import aiohttp
import pytest

from graph.msgraph.client import (
    StaticTokenCredential,
    check_base_url,
    close_graph_client,
    make_credential,
    make_graph_client,
)
from graph.msgraph.errors import GraphConfigError, PermissionDenied
from graph.msgraph.transport import GraphTransport
from graph.sharepoint.lists import SharePointLists
from tests.fakes.graph import FakeGraph
from tests.graph.support import SITE_URL


async def test_static_credential_hands_out_its_token() -> None:
    async with StaticTokenCredential("t", now=lambda: 100.0) as credential:
        token = await credential.get_token("https://graph.microsoft.com/.default")
    assert (token.token, token.expires_on) == ("t", 3700)


@pytest.mark.parametrize(
    ("kind", "kwargs", "message"),
    [
        ("secret", {"tenant_id": "t"}, "tenant_id and client_id"),
        ("secret", {"tenant_id": "t", "client_id": "c"}, "client_secret"),
        ("certificate", {"tenant_id": "t", "client_id": "c"}, "certificate_path"),
        ("carrier-pigeon", {"tenant_id": "t", "client_id": "c"}, "unknown credential kind"),
    ],
)
def test_credential_config_errors_are_explicit(kind: str, kwargs: dict[str, str], message: str) -> None:
    with pytest.raises(GraphConfigError, match=message):
        make_credential(kind, **kwargs)  # type: ignore[arg-type]


async def test_credentials_are_async_azure_identity_ones() -> None:
    secret = make_credential("secret", tenant_id="t", client_id="c", client_secret="s")
    managed = make_credential("managed_identity", client_id="c")
    assert type(secret).__module__.startswith("azure.identity.aio")
    assert type(managed).__module__.startswith("azure.identity.aio")
    await secret.close()
    await managed.close()


def test_plain_http_only_on_loopback() -> None:
    assert check_base_url("http://127.0.0.1:8080/v1.0") == "127.0.0.1"
    assert check_base_url("https://graph.microsoft.com/v1.0") == "graph.microsoft.com"
    with pytest.raises(GraphConfigError, match="https"):
        check_base_url("http://graph-emulator:8080/v1.0")
    with pytest.raises(GraphConfigError, match="allowed_hosts"):
        make_graph_client(StaticTokenCredential(), allowed_hosts=[])


async def test_host_not_allowed_gets_no_token_and_a_clear_error(fake: FakeGraph) -> None:
    client = make_graph_client(
        StaticTokenCredential(), base_url=fake.base_url, allowed_hosts=["graph.microsoft.com"]
    )
    try:
        with pytest.raises(PermissionDenied, match="InvalidAuthenticationToken"):
            await SharePointLists(GraphTransport.of(client), SITE_URL).site_id()
    finally:
        await close_graph_client(client)


async def test_stand_in_requires_a_bearer_token(fake: FakeGraph) -> None:
    async with aiohttp.ClientSession() as http, http.get(f"{fake.base_url}/users") as response:
        body = await response.json()
    assert response.status == 401
    assert body["error"]["code"] == "InvalidAuthenticationToken"
    assert set(body["error"]["innerError"]) == {"date", "request-id", "client-request-id"}

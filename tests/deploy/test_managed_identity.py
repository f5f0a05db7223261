"""The bot on Azure with its user-assigned managed identity, against loopback stand-ins.

The environment is exactly the app settings infra/azure.bicep gives the Web App (the identity's
client id and tenant filled in), plus what App Service adds (``IDENTITY_ENDPOINT`` and
``IDENTITY_HEADER``, here the loopback :class:`IdentityEndpoint`), and three redirections to
the other stand-ins: Graph's base URL, the Bot Framework's token endpoints (loopback OpenID) and
the data folders. No credentials factory is injected: botframework-connector's own
``ManagedIdentityAppCredentials`` (through msal) and azure-identity's ``ManagedIdentityCredential``
fetch the tokens the connector and Graph then check.
"""

from __future__ import annotations

import io
import json
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestClient, TestServer

from bot.app import Overrides, create_app
from bot.clock import ManualClock
from bot.config import Settings
from bot.provisioning import run_provision
from tests.builders import ALEX, TENANT, TeamsClient
from tests.deploy.infra import PROJECT_ROOT, app_settings_for
from tests.fakes.connector import FakeConnector
from tests.fakes.graph import FakeGraph
from tests.fakes.identity import IdentityEndpoint
from tests.fakes.openid import OpenIdServer, SigningKey
from tests.incidents.support import card_of, reference_in, report
from tests.incidents.test_sharepoint import FAST, SITE_URL, references, settle

CLIENT_ID = "3f1b6a52-8c1e-4d0a-9a57-2b7d6c1e9f40"
BOT_FRAMEWORK = "https://api.botframework.com"
GRAPH = "https://graph.microsoft.com"


class SignedTeamsClient(TeamsClient):
    """Posts the way the Bot Framework Service does: with a signed token for our app id."""

    def __init__(self, http: TestClient[Any, Any], connector: FakeConnector, openid: OpenIdServer) -> None:
        super().__init__(http, connector)
        self.openid = openid

    async def post(self, body: Any, *, headers: dict[str, str] | None = None) -> tuple[int, Any]:
        signed = self.openid.bearer(service_url=self.connector.url)
        return await super().post(body, headers={**signed, **(headers or {})})


@pytest.fixture
def identity() -> Iterator[IdentityEndpoint]:
    endpoint = IdentityEndpoint(CLIENT_ID).start()
    yield endpoint
    endpoint.close()


@pytest.fixture
def bot_openid(signing_key: SigningKey) -> Iterator[OpenIdServer]:
    from botframework.connector.auth import JwtTokenExtractor

    JwtTokenExtractor.metadataCache.clear()
    server = OpenIdServer(keys=[signing_key], app_id=CLIENT_ID)
    server.start()
    yield server
    server.close()
    JwtTokenExtractor.metadataCache.clear()


@pytest.fixture
async def fake() -> AsyncIterator[FakeGraph]:
    async with FakeGraph() as graph:
        graph.add_site(SITE_URL)
        graph.accepted_tokens = {IdentityEndpoint.token_for(CLIENT_ID, GRAPH)}
        yield graph


def app_service_environment(
    tmp_path: Path, identity: IdentityEndpoint, fake: FakeGraph, openid: OpenIdServer
) -> dict[str, str]:
    env = app_settings_for(CLIENT_ID, TENANT, SITE_URL)
    env.update(identity.environment())
    env["BOT_GRAPH_BASE_URL"] = fake.base_url
    env["BOT_BF_AUTH"] = json.dumps(openid.bf_auth())
    env["BOT_DATA_DIR"] = str(tmp_path / "local")
    env["BOT_DATA_BACKUP_DIR"] = str(tmp_path / "home")
    return env


@pytest.fixture
def azure_settings(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    identity: IdentityEndpoint,
    fake: FakeGraph,
    bot_openid: OpenIdServer,
) -> Settings:
    from botframework.connector.auth import ManagedIdentityAppCredentials

    # msal's token cache is class-level: each test starts without tokens from the last one.
    cache = type(ManagedIdentityAppCredentials.global_token_cache)()
    monkeypatch.setattr(ManagedIdentityAppCredentials, "global_token_cache", cache)
    for name, value in app_service_environment(tmp_path, identity, fake, bot_openid).items():
        monkeypatch.setenv(name, value)
    monkeypatch.chdir(PROJECT_ROOT)  # the org file path is relative to the deployed code
    return Settings(_env_file=None)


def test_the_settings_are_the_managed_identity_ones(azure_settings: Settings) -> None:
    assert azure_settings.app_type == "UserAssignedMSI"
    assert azure_settings.app_id == azure_settings.graph_client_id == CLIENT_ID
    assert azure_settings.app_password.get_secret_value() == ""
    assert azure_settings.graph_credential == "managed_identity"
    assert azure_settings.storage == "sharepoint"
    assert azure_settings.port == 8000


async def test_the_bot_answers_and_writes_to_sharepoint_with_managed_identity_tokens(
    azure_settings: Settings,
    identity: IdentityEndpoint,
    fake: FakeGraph,
    bot_openid: OpenIdServer,
    connector: FakeConnector,
    clock: ManualClock,
) -> None:
    out, err = io.StringIO(), io.StringIO()
    assert await run_provision(azure_settings, out=out, err=err, timing=FAST) == 0, err.getvalue()

    app = create_app(azure_settings, Overrides(clock=clock, sync_timing=FAST))
    async with TestClient(TestServer(app, host="127.0.0.1", port=0)) as http:
        teams = SignedTeamsClient(http, connector, bot_openid)
        assert await teams.say("help", user=ALEX) == 201
        [reply] = connector.posted_to(ALEX.personal_chat)
        assert reply.authorization == f"Bearer {IdentityEndpoint.token_for(CLIENT_ID, BOT_FRAMEWORK)}"

        reference = reference_in(card_of(await report(teams, "complaint")))
        await settle(teams)
        assert references(fake) == [reference]

    assert set(identity.resources()) == {BOT_FRAMEWORK, GRAPH}
    assert all(r.header_ok and r.client_id == CLIENT_ID for r in identity.requests)
    assert not any(r.status == 401 for r in fake.requests)


def test_every_bot_setting_the_bicep_sets_is_one_the_bot_reads() -> None:
    """Unknown names are ignored by the settings loader, so a misspelt app setting would be silent."""
    from pydantic import AliasChoices

    known = set()
    for field in Settings.model_fields.values():
        alias = field.validation_alias
        if isinstance(alias, AliasChoices):
            known |= {str(choice) for choice in alias.choices}
    environment = app_settings_for(CLIENT_ID, TENANT, SITE_URL)
    ours = {name for name in environment if name.startswith(("BOT_", "Microsoft"))}
    assert ours, "no bot settings found in the bicep"
    assert ours <= known, sorted(ours - known)

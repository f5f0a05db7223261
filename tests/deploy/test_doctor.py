"""`python -m bot doctor` against the loopback identity endpoint and Graph: all well, and each failure.

The managed identity is real (msal and azure-identity ask the loopback App Service endpoint); so
are the Graph client and botbuilder's credential factory. Every failure must be named in plain
words with a fix, and only a run with no failure exits 0.
"""

from __future__ import annotations

import io
import json
import os
import shutil
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from bot.config import Settings
from bot.doctor import run_doctor
from bot.provisioning import run_provision
from tests.builders import TENANT
from tests.deploy.infra import PROJECT_ROOT
from tests.fakes.graph import FakeGraph
from tests.fakes.graph_sites import Site
from tests.fakes.identity import IdentityEndpoint
from tests.incidents.test_sharepoint import FAST, SITE_URL

CLIENT_ID = "3f1b6a52-8c1e-4d0a-9a57-2b7d6c1e9f40"
OTHER_ID = "9d0c6a11-4b7e-4f2a-8c3d-5e6f7a8b9c0d"
DOMAIN = "policysteward01.azurewebsites.net"
GRAPH_TOKEN = IdentityEndpoint.token_for(CLIENT_ID, "https://graph.microsoft.com")


@pytest.fixture
def identity(monkeypatch: pytest.MonkeyPatch) -> Iterator[IdentityEndpoint]:
    from botframework.connector.auth import ManagedIdentityAppCredentials

    cache = type(ManagedIdentityAppCredentials.global_token_cache)()
    monkeypatch.setattr(ManagedIdentityAppCredentials, "global_token_cache", cache)
    endpoint = IdentityEndpoint(CLIENT_ID).start()
    for name, value in endpoint.environment().items():
        monkeypatch.setenv(name, value)
    yield endpoint
    endpoint.close()


@pytest.fixture
async def fake() -> AsyncIterator[FakeGraph]:
    async with FakeGraph() as graph:
        graph.accepted_tokens = {GRAPH_TOKEN}
        yield graph


@pytest.fixture
def site(fake: FakeGraph) -> Site:
    return fake.add_site(SITE_URL)


@pytest.fixture
def real_org(tmp_path: Path) -> Path:
    """The demo organisation with its example people replaced by real-looking ones."""
    source = PROJECT_ROOT / "orgs" / "home-start-suffolk"
    target = tmp_path / "org"
    shutil.copytree(source, target)
    org = target / "org.toml"
    org.write_text(org.read_text().replace("00000000-0000-4000-8000-", "6b1f2c3d-1111-4222-8333-"))
    return org


@pytest.fixture
def settings(tmp_path: Path, fake: FakeGraph, real_org: Path) -> Settings:
    return Settings(
        _env_file=None,
        data_dir=tmp_path / "data",
        app_id=CLIENT_ID,
        app_type="UserAssignedMSI",
        app_tenant_id=TENANT,
        storage="sharepoint",
        sharepoint_site_url=SITE_URL,
        graph_base_url=fake.base_url,
        graph_credential="managed_identity",
        graph_client_id=CLIENT_ID,
        org_file=real_org,
    )


@pytest.fixture
async def provisioned(settings: Settings, site: Site, identity: IdentityEndpoint) -> Settings:
    err = io.StringIO()
    assert await run_provision(settings, out=io.StringIO(), err=err, timing=FAST) == 0, err.getvalue()
    site.role = "write"  # what the running bot keeps
    return settings


@pytest.fixture
def package(tmp_path: Path) -> Path:
    folder = tmp_path / "package"
    folder.mkdir()
    manifest = {"bots": [{"botId": CLIENT_ID}], "validDomains": [DOMAIN]}
    (folder / "manifest.json").write_text(json.dumps(manifest))
    return folder


async def doctor(settings: Settings, *, package: Path | None = None, **environ: str) -> tuple[int, str]:
    out = io.StringIO()
    identity = {k: v for k, v in os.environ.items() if k.startswith("IDENTITY_")}  # set by the fixture
    code = await run_doctor(settings, out=out, environ={**identity, **environ}, package=package, timing=FAST)
    return code, out.getvalue()


def line(output: str, check: str) -> str:
    """The first finding line (not a "Fix:" line) that mentions ``check``."""
    found = [
        text for text in output.splitlines() if text.startswith(("ok", "FAILED", "skipped")) and check in text
    ]
    assert found, output
    return found[0]


async def test_a_well_configured_deployment_passes_every_check(
    provisioned: Settings, package: Path, fake: FakeGraph, identity: IdentityEndpoint
) -> None:
    code, output = await doctor(provisioned, package=package, WEBSITE_HOSTNAME=DOMAIN)
    assert code == 0, output
    for check in ("Settings", "Organisation file", "Graph token", "SharePoint site", "Lists", "Writing",
                  "Bot Framework token", "App package"):  # fmt: skip
        assert line(output, check).startswith("ok"), output
    assert output.rstrip().endswith("All checks passed.")
    assert fake.items("Policy Steward markers") == []  # the test item was removed
    assert {r.resource for r in identity.requests} == {
        "https://graph.microsoft.com",
        "https://api.botframework.com",
    }


async def test_without_a_package_that_check_is_skipped_not_failed(provisioned: Settings) -> None:
    code, output = await doctor(provisioned)
    assert code == 0
    assert line(output, "App package").startswith("skipped")


@pytest.mark.parametrize(
    ("change", "said"),
    [
        ({"app_id": ""}, "MicrosoftAppId is empty"),
        ({"app_tenant_id": ""}, "MicrosoftAppTenantId is empty"),
        ({"storage": "sqlite"}, "BOT_STORAGE is not 'sharepoint'"),
        ({"sharepoint_site_url": ""}, "BOT_SHAREPOINT_SITE_URL is empty"),
        ({"graph_client_id": ""}, "BOT_GRAPH_CLIENT_ID is empty"),
    ],
)
async def test_each_missing_setting_is_named_and_the_network_checks_wait_for_it(
    settings: Settings, change: dict[str, str], said: str
) -> None:
    code, output = await doctor(settings.model_copy(update=change))
    assert code == 1
    assert line(output, said).startswith("FAILED")
    assert "Fix: " in output
    assert line(output, "Graph token").startswith("skipped")


async def test_on_app_service_a_missing_backup_folder_is_named(settings: Settings) -> None:
    code, output = await doctor(settings, WEBSITE_SITE_NAME="policysteward01")
    assert code == 1
    assert "BOT_DATA_BACKUP_DIR is empty" in output


async def test_the_demo_people_are_not_a_real_organisation(settings: Settings) -> None:
    demo = settings.model_copy(update={"org_file": PROJECT_ROOT / "orgs" / "home-start-suffolk" / "org.toml"})
    code, output = await doctor(demo)
    assert code == 1
    assert "still names the demo people" in line(output, "Organisation file")


async def test_an_org_file_for_another_tenant_is_named(settings: Settings) -> None:
    code, output = await doctor(settings.model_copy(update={"app_tenant_id": OTHER_ID}))
    assert code == 1
    assert "is not the bot's tenant" in line(output, "Organisation file")


async def test_an_identity_not_assigned_to_the_web_app_gets_no_tokens(
    settings: Settings, site: Site, identity: IdentityEndpoint
) -> None:
    wrong = settings.model_copy(update={"app_id": OTHER_ID, "graph_client_id": OTHER_ID})
    code, output = await doctor(wrong)
    assert code == 1
    assert line(output, "Graph token").startswith("FAILED")
    assert "BOT_GRAPH_CLIENT_ID" in output
    assert line(output, "SharePoint site").startswith("skipped")
    assert line(output, "Bot Framework token").startswith("FAILED")


async def test_off_azure_the_missing_identity_endpoint_is_named_without_waiting(
    settings: Settings, site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("IDENTITY_ENDPOINT", raising=False)
    code, output = await doctor(settings)
    assert code == 1
    assert "IDENTITY_ENDPOINT is not set" in line(output, "Graph token")
    assert "IDENTITY_ENDPOINT is not set" in line(output, "Bot Framework token")
    assert "SSH console" in output
    assert line(output, "SharePoint site").startswith("skipped")


async def test_a_wrong_bot_id_fails_only_the_bot_framework_token(
    provisioned: Settings, identity: IdentityEndpoint
) -> None:
    code, output = await doctor(provisioned.model_copy(update={"app_id": OTHER_ID}))
    assert code == 1
    assert line(output, "Graph token").startswith("ok")
    assert line(output, "Bot Framework token").startswith("FAILED")
    assert "cannot reply in Teams" in output


async def test_a_site_that_does_not_exist(
    settings: Settings, fake: FakeGraph, identity: IdentityEndpoint
) -> None:
    code, output = await doctor(settings)  # no site added
    assert code == 1
    assert "does not exist" in line(output, "SharePoint site")
    assert line(output, "Lists").startswith("skipped")


async def test_a_site_without_a_grant(settings: Settings, site: Site, identity: IdentityEndpoint) -> None:
    site.role = None
    code, output = await doctor(settings)
    assert code == 1
    assert "no permission on the site" in line(output, "SharePoint site")
    assert "'write'" in output


async def test_lists_not_provisioned(settings: Settings, site: Site, identity: IdentityEndpoint) -> None:
    code, output = await doctor(settings)
    assert code == 1
    assert "'Policy Steward incidents' is missing" in line(output, "Lists")
    assert "python -m bot provision" in output
    assert line(output, "Writing").startswith("skipped")


async def test_a_read_only_grant_cannot_write(provisioned: Settings, site: Site) -> None:
    site.role = "read"
    code, output = await doctor(provisioned)
    assert code == 1
    assert line(output, "Lists").startswith("ok")
    assert "not write" in line(output, "Writing")


@pytest.mark.parametrize(
    ("manifest", "said"),
    [
        ({"bots": [{"botId": OTHER_ID}], "validDomains": [DOMAIN]}, "is not MicrosoftAppId"),
        (
            {"bots": [{"botId": CLIENT_ID}], "validDomains": ["elsewhere.example.org"]},
            f"do not include {DOMAIN}",
        ),
        (None, "cannot read a manifest.json"),
    ],
)
async def test_a_package_that_does_not_match_the_deployment(
    provisioned: Settings, tmp_path: Path, manifest: dict[str, object] | None, said: str
) -> None:
    folder = tmp_path / "other-package"
    folder.mkdir()
    if manifest is not None:
        (folder / "manifest.json").write_text(json.dumps(manifest))
    code, output = await doctor(provisioned, package=folder, BOT_PUBLIC_DOMAIN=DOMAIN)
    assert code == 1
    assert said in line(output, "App package")


def test_the_command_line_runs_it(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from bot.cli import main

    monkeypatch.chdir(tmp_path)  # no .env here
    for name in ("MicrosoftAppId", "BOT_APP_ID", "BOT_STORAGE", "BOT_SHAREPOINT_SITE_URL"):
        monkeypatch.delenv(name, raising=False)
    assert main(["doctor"]) == 1
    output = capsys.readouterr().out
    assert "MicrosoftAppId is empty" in output
    assert output.rstrip().endswith("check(s) failed.")

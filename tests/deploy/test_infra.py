"""infra/*.bicep: what Azure gets, checked on the parsed files, and checkov's policy scan."""

from __future__ import annotations

import json
import subprocess
from typing import Any

from tests.deploy.infra import (
    BOT_BICEP,
    INFRA,
    MAIN_BICEP,
    PARAMETERS,
    TOOLS_VENV,
    app_settings,
    parse,
    reference,
    resource,
    tool,
)


def test_both_bicep_files_parse() -> None:
    assert set(parse(MAIN_BICEP)) >= {"parameters", "resources", "modules", "outputs"}
    assert parse(BOT_BICEP)["resources"]


def test_location_is_a_parameter_defaulting_to_uk_south_and_every_regional_resource_uses_it() -> None:
    tree = parse(MAIN_BICEP)
    assert tree["parameters"]["location"]["default"] == "uksouth"
    for name, res in tree["resources"].items():
        assert res["config"]["location"] == "location", f"{name} is not placed by the location parameter"


def test_the_parameters_file_gives_exactly_the_parameters_without_defaults() -> None:
    params = parse(MAIN_BICEP)["parameters"]
    required = {name for name, p in params.items() if p.get("default") is None}
    given = set(json.loads(PARAMETERS.read_text())["parameters"])
    assert given == required


def test_one_user_assigned_identity_and_no_secret_anywhere() -> None:
    main = parse(MAIN_BICEP)
    identities = [r for r in main["resources"].values() if r["type"].startswith("Microsoft.ManagedIdentity/")]
    assert [r["type"] for r in identities] == ["Microsoft.ManagedIdentity/userAssignedIdentities"]
    site = resource(main, "Microsoft.Web/sites")
    assert site["identity"]["type"] == "UserAssigned"
    assert list(site["identity"]["userAssignedIdentities"]) == ["'${identity.id}'"]
    text = (json.dumps(main) + json.dumps(parse(BOT_BICEP)) + PARAMETERS.read_text()).lower()
    for word in ("password", "secret", "secure", "connectionstring", "listkeys"):
        assert word not in text


def test_linux_b1_plan() -> None:
    plan = resource(parse(MAIN_BICEP), "Microsoft.Web/serverfarms")
    assert plan["sku"]["name"] == "webAppSKU"
    assert parse(MAIN_BICEP)["parameters"]["webAppSKU"]["default"] == "B1"
    assert plan["properties"]["reserved"] is True  # Linux
    assert "linux" in plan["kind"]


def test_web_app_runs_one_python_311_process_always_on_behind_https_and_tls_12() -> None:
    tree = parse(MAIN_BICEP)
    site = resource(tree, "Microsoft.Web/sites")
    config = site["properties"]["siteConfig"]
    assert tree["parameters"]["linuxFxVersion"]["default"] == "PYTHON|3.11"
    assert config["linuxFxVersion"] == "linuxFxVersion"
    assert config["alwaysOn"] is True
    assert config["appCommandLine"] == "python -m bot serve --host 0.0.0.0"
    assert config["healthCheckPath"] == "/healthz"
    assert config["minTlsVersion"] == "1.2"
    assert config["ftpsState"] == "Disabled"
    assert site["properties"]["httpsOnly"] is True
    assert reference(site["properties"]["serverFarmId"]) == "serverfarm.id"


def test_app_settings_make_the_bot_use_the_identity_and_sharepoint() -> None:
    settings = app_settings()
    assert settings["MicrosoftAppType"] == "UserAssignedMSI"
    assert settings["MicrosoftAppId"] == "identity.properties.clientId"
    assert settings["MicrosoftAppTenantId"] == "identity.properties.tenantId"
    assert settings["BOT_GRAPH_CREDENTIAL"] == "managed_identity"
    assert settings["BOT_GRAPH_CLIENT_ID"] == "identity.properties.clientId"
    assert settings["BOT_STORAGE"] == "sharepoint"
    assert settings["BOT_SHAREPOINT_SITE_URL"] == "sharePointSiteUrl"
    assert settings["SCM_DO_BUILD_DURING_DEPLOYMENT"] == "true"
    assert settings["BOT_PORT"] == settings["WEBSITES_PORT"]
    # Local SQLite on the instance's own disk, copied to the persistent share (README "Azure").
    assert settings["BOT_DATA_DIR"].startswith("/tmp/")
    assert settings["BOT_DATA_BACKUP_DIR"].startswith("/home/")


def test_azure_bot_is_global_f0_bound_to_the_same_identity_with_teams() -> None:
    main = parse(MAIN_BICEP)
    module: dict[str, Any] = next(iter(main["modules"].values()))
    assert module["detail"]["path"] == "./botRegistration/azurebot.bicep"
    params = {k: reference(v) for k, v in module["config"]["params"].items()}
    assert params["identityClientId"] == "identity.properties.clientId"
    assert params["identityResourceId"] == "identity.id"
    assert params["identityTenantId"] == "identity.properties.tenantId"
    assert params["botAppDomain"] == "webApp.properties.defaultHostName"

    bot_tree = parse(BOT_BICEP)
    bot = resource(bot_tree, "Microsoft.BotService/botServices")
    assert bot["kind"] == "azurebot"
    assert bot["location"] == "global"
    assert bot_tree["parameters"]["botServiceSku"]["default"] == "F0"
    props = bot["properties"]
    assert props["msaAppType"] == "UserAssignedMSI"
    assert props["msaAppId"] == "identityClientId"
    assert props["msaAppMSIResourceId"] == "identityResourceId"
    assert props["msaAppTenantId"] == "identityTenantId"
    assert props["endpoint"] == "https://${botAppDomain}/api/messages"
    channel = resource(bot_tree, "Microsoft.BotService/botServices/channels")
    assert channel["name"] == channel["properties"]["channelName"] == "MsTeamsChannel"
    assert channel["parent"] == "botService"
    # Every parameter the module declares without a default is passed.
    required = {n for n, p in bot_tree["parameters"].items() if p.get("default") is None}
    assert required <= set(params)


def test_the_four_outputs_the_toolkit_writes_to_the_environment() -> None:
    outputs = {name: reference(o["value"]) for name, o in parse(MAIN_BICEP)["outputs"].items()}
    assert outputs == {
        "BOT_AZURE_APP_SERVICE_RESOURCE_ID": "webApp.id",
        "BOT_DOMAIN": "webApp.properties.defaultHostName",
        "BOT_ID": "identity.properties.clientId",
        "BOT_TENANT_ID": "identity.properties.tenantId",
    }


def test_checkov_finds_nothing_beyond_the_documented_skips() -> None:
    checkov = tool(TOOLS_VENV / "bin" / "checkov", "run `make .venv-tools/.installed` (make test does)")
    result = subprocess.run(
        [str(checkov), "--config-file", str(INFRA / ".checkov.yaml"), "-d", str(INFRA), "-o", "json"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    report = json.loads(result.stdout)
    summary = report["summary"]
    failed = [(c["check_id"], c["resource"]) for c in report["results"]["failed_checks"]]
    assert failed == [], failed
    assert summary["passed"] >= 10  # it really scanned the files
    assert result.returncode == 0

"""The deployment files as data: the parsed bicep, its app settings, and where the checking tools live.

pycep-parser turns bicep into a JSON-like tree (there is no bicep compiler reachable offline).
In that tree a reference to a parameter or resource and a string literal look alike ("location"),
and an expression such as ``identity.properties.clientId`` is a nested ``property_accessor``;
:func:`reference` flattens those back to their dotted text so tests can compare them.
"""

from __future__ import annotations

import json
import os
import re
from functools import cache
from pathlib import Path
from typing import Any

PROJECT_ROOT = Path(__file__).resolve().parents[2]
INFRA = PROJECT_ROOT / "infra"
MAIN_BICEP = INFRA / "azure.bicep"
BOT_BICEP = INFRA / "botRegistration" / "azurebot.bicep"
PARAMETERS = INFRA / "azure.parameters.json"
TOOLKIT_YAML = PROJECT_ROOT / "m365agents.yml"
ENV_DEV = PROJECT_ROOT / "env" / ".env.dev"
DEPLOY_NODE = PROJECT_ROOT / "tools" / "deploy-check" / "node_modules"
TOOLS_VENV = PROJECT_ROOT / ".venv-tools"
PLACEHOLDER = re.compile(r"\$\{\{\s*([A-Za-z0-9_]+)\s*\}\}")


@cache
def parse(path: Path) -> dict[str, Any]:
    from pycep import BicepParser

    tree: dict[str, Any] = json.loads(json.dumps(BicepParser().parse(file_path=path), default=str))
    return tree


def reference(value: Any) -> Any:
    """``identity.properties.clientId`` for a property-accessor node; anything else unchanged."""
    if isinstance(value, dict) and "operator" in value:
        op = value["operator"]
        if op.get("type") == "property_accessor":
            a, b = op["operands"]["operand_1"], op["operands"]["operand_2"]
            return f"{reference(a)}.{reference(b)}"
    return value


def resource(tree: dict[str, Any], type_: str) -> dict[str, Any]:
    found = [r for r in tree["resources"].values() if r["type"] == type_]
    assert len(found) == 1, f"expected one {type_}, found {len(found)}"
    config: dict[str, Any] = found[0]["config"]
    return config


def app_settings() -> dict[str, Any]:
    """The Web App's app settings: literal strings, or the dotted reference they are set from."""
    site = resource(parse(MAIN_BICEP), "Microsoft.Web/sites")
    return {s["name"]: reference(s["value"]) for s in site["properties"]["siteConfig"]["appSettings"]}


def app_settings_for(identity_client_id: str, tenant_id: str, site_url: str) -> dict[str, str]:
    """The environment App Service gives the bot, with the identity's values filled in."""
    values = {
        "identity.properties.clientId": identity_client_id,
        "identity.properties.tenantId": tenant_id,
        "sharePointSiteUrl": site_url,
        "orgFile": str(parse(MAIN_BICEP)["parameters"]["orgFile"]["default"]),
    }
    out = {}
    for name, value in app_settings().items():
        out[name] = values.get(value, value) if isinstance(value, str) else value
        assert isinstance(out[name], str), f"app setting {name} has an unexpected expression: {value!r}"
    return out


def env_file(path: Path) -> dict[str, str]:
    pairs = {}
    for line in path.read_text().splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            key, _, value = line.partition("=")
            pairs[key.strip()] = value.strip()
    return pairs


def tool(path: Path, how: str) -> Path:
    """A checking tool installed by `make test`; a clear failure (not a skip) when it is missing."""
    if not path.exists():
        raise AssertionError(f"{path} is missing: {how}")
    return path


def node_env() -> dict[str, str]:
    """Node tools run offline: no host name but localhost resolves (tools/deploy-check/offline.cjs)."""
    offline = PROJECT_ROOT / "tools" / "deploy-check" / "offline.cjs"
    return {**os.environ, "NO_COLOR": "1", "FORCE_COLOR": "0", "NODE_OPTIONS": f'--require "{offline}"'}

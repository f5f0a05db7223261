"""The local Teams (.m365agentsplayground.yml) shows the people of the demo organisation file."""

from __future__ import annotations

import tomllib
from typing import Any

from scripts.local_stack import PLAYGROUND_CONFIG, ROOT

ORG_FILE = ROOT / "orgs" / "home-start-suffolk" / "org.toml"


def read_config(text: str | None = None) -> dict[str, Any]:
    """Read the YAML subset the file uses: top-level scalars and mappings, and lists of mappings
    (`users`); anything nested deeper (the team's channels) is skipped."""
    result: dict[str, Any] = {}
    section = ""
    if text is None:
        text = PLAYGROUND_CONFIG.read_text(encoding="utf-8")
    for raw in text.splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        indent = len(raw) - len(raw.lstrip())
        key, _, value = raw.strip().removeprefix("- ").partition(":")
        value = value.strip().strip('"')
        if indent == 0:
            section = key
            result[key] = value or {}
        elif indent == 2 and raw.lstrip().startswith("- "):
            result[section] = [*(result[section] or []), {key: value}]
        elif indent == 4 and isinstance(result[section], list):
            result[section][-1][key] = value
        elif indent == 2:
            result[section][key] = value
    return result


def org() -> dict[str, Any]:
    with ORG_FILE.open("rb") as handle:
        return tomllib.load(handle)


def test_the_playground_has_exactly_the_five_demo_people() -> None:
    config, people = read_config(), org()["people"]

    assert len(config["users"]) == 5
    assert [(u["name"], u["aadObjectId"], u["userPrincipleName"]) for u in config["users"]] == [
        (p["name"], p["aad_object_id"], p["upn"]) for p in people
    ]


def test_the_current_user_is_alex_who_can_walk_through_an_approval_alone() -> None:
    config, people = read_config(), org()["people"]
    alex = next(p for p in people if p["aad_object_id"] == config["currentUser"]["aadObjectId"])

    assert config["currentUser"]["name"] == alex["name"] == "Alex Wilber"
    assert config["currentUser"]["userPrincipleName"] == alex["upn"]
    assert {"ceo", "manager", "safeguarding_lead", "admin", "staff"} <= set(alex["roles"])


def test_tenant_bot_and_ids_suit_the_playground() -> None:
    config = read_config()
    ids = [config["currentUser"]["id"]] + [u["id"] for u in config["users"]]

    assert config["version"] == "0.1.1"
    assert config["tenantId"] == org()["organisation"]["tenant_id"]
    assert config["bot"]["name"] == "Policy Steward"
    assert len(set(ids)) == len(ids), "the Playground refuses repeated user ids"
    assert all(set(u) >= {"id", "name", "userPrincipleName", "aadObjectId", "email"} for u in config["users"])

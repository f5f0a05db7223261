"""The Teams manifest: valid against Microsoft's schema, and true to what the bot really does."""

from __future__ import annotations

import copy
import uuid
from dataclasses import dataclass, replace
from typing import Any

import pytest
from jsonschema import Draft4Validator

from bot.features import build_router
from bot.router import ALL_SCOPES, Router
from scripts.app_package import (
    DOMAIN,
    MAX_COMMANDS,
    SEMVER,
    PackageError,
    PackageValues,
    bare_domain,
    command_lists,
    load_template,
    render_manifest,
)
from tests.app_package.manifest_schema import manifest_errors, manifest_schema, manifest_validator_class

VALUES = PackageValues(
    teams_app_id="4f1d2c3b-8a7e-4b6c-9d5e-1f2a3b4c5d6e",
    bot_id="9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
    version="1.4.2",
    domain="policy-steward.azurewebsites.net",
    developer_name="Home-Start in Suffolk",
    website_url="https://www.example.org/policy-steward",
    privacy_url="https://www.example.org/privacy",
    terms_url="https://www.example.org/terms",
)


@dataclass(frozen=True)
class FakeCommand:
    name: str
    description: str = "Does a thing"
    scopes: tuple[str, ...] = ALL_SCOPES
    listed: bool = True


def commands_of(manifest: dict[str, Any]) -> list[dict[str, Any]]:
    lists: list[dict[str, Any]] = manifest["bots"][0]["commandLists"]
    return lists


@pytest.fixture
def router() -> Router:
    return build_router()


@pytest.fixture
def manifest(router: Router) -> dict[str, Any]:
    return render_manifest(load_template(), VALUES, router.commands)


def test_valid_against_the_schema_for_its_version(manifest: dict[str, Any]) -> None:
    assert tuple(map(int, manifest["manifestVersion"].split("."))) >= (1, 22)
    assert manifest_errors(manifest) == []


def test_schema_url_matches_the_manifest_version(manifest: dict[str, Any]) -> None:
    version = manifest["manifestVersion"]
    assert manifest["$schema"] == (
        f"https://developer.microsoft.com/json-schemas/teams/v{version}/MicrosoftTeams.schema.json"
    )


def test_wrong_manifest_version_is_caught(manifest: dict[str, Any]) -> None:
    """The ``const`` keyword is enforced: without the extension this passes silently."""
    wrong = {**manifest, "manifestVersion": "1.99"}
    version = manifest["manifestVersion"]
    assert manifest_errors(wrong, schema_version=version) == [f"$.manifestVersion: '{version}' was expected"]
    assert Draft4Validator(manifest_schema(version)).is_valid(wrong)


def test_if_then_is_enforced() -> None:
    schema = {
        "if": {"properties": {"type": {"enum": ["ApiKeyPluginVault"]}}},
        "then": {"required": ["referenceId"]},
    }
    validator = manifest_validator_class()(schema)
    assert not validator.is_valid({"type": "ApiKeyPluginVault"})
    assert validator.is_valid({"type": "ApiKeyPluginVault", "referenceId": "x"})


def test_the_manifest_is_also_valid_as_1_22_with_ten_commands(manifest: dict[str, Any]) -> None:
    """Tools that only know 1.22 accept it too, once the menus are cut to 1.22's ten commands."""
    older = copy.deepcopy(manifest)
    older["manifestVersion"] = "1.22"
    older["$schema"] = older["$schema"].replace("v1.30", "v1.22")
    for command_list in older["bots"][0]["commandLists"]:
        command_list["commands"] = command_list["commands"][:10]
    assert manifest_errors(older) == []


def test_command_limit_matches_the_schema(manifest: dict[str, Any]) -> None:
    schema = manifest_schema(manifest["manifestVersion"])
    command_list = schema["properties"]["bots"]["items"]["properties"]["commandLists"]["items"]
    assert command_list["properties"]["commands"]["maxItems"] == MAX_COMMANDS


def test_ids_are_guids(manifest: dict[str, Any]) -> None:
    for value in (manifest["id"], manifest["bots"][0]["botId"]):
        assert str(uuid.UUID(value)) == value.lower()


def test_version_is_semver(manifest: dict[str, Any]) -> None:
    assert SEMVER.match(manifest["version"])
    assert manifest["version"] == VALUES.version


def test_developer_urls_are_https(manifest: dict[str, Any]) -> None:
    urls = [manifest["developer"][key] for key in ("websiteUrl", "privacyUrl", "termsOfUseUrl")]
    assert urls == [VALUES.website_url, VALUES.privacy_url, VALUES.terms_url]
    assert all(url.startswith("https://") for url in urls)


def test_valid_domains_are_bare_host_names(manifest: dict[str, Any]) -> None:
    assert manifest["validDomains"] == [VALUES.domain]
    assert all(DOMAIN.match(d) and "/" not in d and ":" not in d for d in manifest["validDomains"])


def test_names_and_descriptions_differ(manifest: dict[str, Any]) -> None:
    assert manifest["name"]["short"] != manifest["name"]["full"]
    assert manifest["description"]["short"] != manifest["description"]["full"]


def test_bot_works_everywhere(manifest: dict[str, Any]) -> None:
    [bot] = manifest["bots"]
    assert bot["scopes"] == ["personal", "team", "groupChat"]
    assert bot["isNotificationOnly"] is False


def test_every_listed_command_has_a_handler(manifest: dict[str, Any], router: Router) -> None:
    for command_list in manifest["bots"][0]["commandLists"]:
        [scope] = command_list["scopes"]
        for entry in command_list["commands"]:
            command = router.find_command(entry["title"])
            assert command is not None, f"{entry['title']!r} is in the menu but no handler answers it"
            assert command.name == entry["title"]
            assert command.listed
            assert scope in command.scopes
            assert entry["description"] == command.description


def test_every_listed_router_command_is_in_the_menu(manifest: dict[str, Any], router: Router) -> None:
    menus = {
        cl["scopes"][0]: [c["title"] for c in cl["commands"]] for cl in manifest["bots"][0]["commandLists"]
    }
    for scope in ALL_SCOPES:
        expected = sorted(c.name for c in router.commands if c.listed and scope in c.scopes)
        assert menus.get(scope, []) == expected
        assert len(expected) <= MAX_COMMANDS


def test_commands_for_everyone_are_listed_while_there_is_room(router: Router) -> None:
    """A command anyone may use is hidden from the menu only when the menu is full."""
    for scope in ALL_SCOPES:
        in_scope = [c for c in router.commands if scope in c.scopes]
        listed = [c for c in in_scope if c.listed]
        hidden = [c.name for c in in_scope if not c.listed and not c.roles]
        assert not hidden or len(listed) == MAX_COMMANDS, f"{scope}: list {hidden} (the menu has room)"


def test_help_is_in_every_menu(manifest: dict[str, Any]) -> None:
    for command_list in manifest["bots"][0]["commandLists"]:
        assert "help" in [c["title"] for c in command_list["commands"]]


def test_too_many_listed_commands_fail_the_build() -> None:
    commands = [FakeCommand(f"command {n:02}") for n in range(MAX_COMMANDS + 1)]
    with pytest.raises(PackageError, match=f"Teams shows at most {MAX_COMMANDS}"):
        command_lists(commands)
    assert len(command_lists(commands[:MAX_COMMANDS])[0]["commands"]) == MAX_COMMANDS


def test_unlisted_and_out_of_scope_commands_stay_out() -> None:
    commands = [
        FakeCommand("help"),
        FakeCommand("secret", listed=False),
        FakeCommand("me", scopes=("personal",)),
    ]
    lists = {cl["scopes"][0]: [c["title"] for c in cl["commands"]] for cl in command_lists(commands)}
    assert lists == {"personal": ["help", "me"], "team": ["help"], "groupChat": ["help"]}


def test_listed_commands_need_a_description() -> None:
    with pytest.raises(PackageError, match="without a description"):
        command_lists([FakeCommand("help", description=" ")])


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"bot_id": "my-bot"}, "bot id 'my-bot' is not a GUID"),
        ({"teams_app_id": ""}, "Teams app id '' is not a GUID"),
        ({"version": "1.4"}, "not MAJOR.MINOR.PATCH"),
        ({"version": "1.4.2-beta"}, "not MAJOR.MINOR.PATCH"),
        ({"domain": "https://bot.example.org"}, "not a bare host name"),
        ({"privacy_url": "http://www.example.org/privacy"}, "privacy URL must start with https://"),
        ({"developer_name": "x" * 33}, "1 to 32 characters"),
    ],
)
def test_bad_values_are_refused(change: dict[str, str], message: str) -> None:
    with pytest.raises(PackageError, match=message):
        render_manifest(load_template(), replace(VALUES, **change), [])


def test_unknown_placeholder_is_refused() -> None:
    template = {**load_template(), "packageName": "${{PACKAGE_NAME}}"}
    with pytest.raises(PackageError, match="PACKAGE_NAME"):
        render_manifest(template, VALUES, [])


def test_template_has_no_placeholder_left_after_filling(manifest: dict[str, Any]) -> None:
    assert "${{" not in repr(manifest)


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("bot.example.org", "bot.example.org"),
        ("https://Bot.Example.org/api/messages", "bot.example.org"),
        ("abc123-3978.uks1.devtunnels.ms:443", "abc123-3978.uks1.devtunnels.ms"),
        ("  ", ""),
    ],
)
def test_bare_domain(given: str, expected: str) -> None:
    assert bare_domain(given) == expected

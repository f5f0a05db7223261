"""Turn the manifest template, the router's commands and the icons into a Teams app package.

``appPackage/manifest.template.json`` holds everything about the app that does not vary
between installations. What does vary (ids, version, domain, the charity's web pages) comes in
as :class:`PackageValues`, and the command menu is generated from the router, so the menu can
never offer a command the bot does not answer. The zip is reproducible: same inputs, same bytes.
"""

from __future__ import annotations

import json
import re
import zipfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

PROJECT_ROOT = Path(__file__).resolve().parents[1]
APP_PACKAGE = PROJECT_ROOT / "appPackage"
TEMPLATE = APP_PACKAGE / "manifest.template.json"
SCOPES = ("personal", "team", "groupChat")
MAX_COMMANDS = 12  # per command list, in manifest 1.30 (1.22 allowed 10)
GUID = re.compile(r"^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$")
SEMVER = re.compile(r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")
DOMAIN = re.compile(r"^(\*\.)?([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$")
_PLACEHOLDER = re.compile(r"\$\{\{([A-Z_]+)\}\}")
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


class PackageError(ValueError):
    """The package cannot be built as configured; the message says what to change."""


class ListedCommand(Protocol):
    """What the manifest needs from ``bot.router.Command``."""

    @property
    def name(self) -> str: ...
    @property
    def description(self) -> str: ...
    @property
    def scopes(self) -> tuple[str, ...]: ...
    @property
    def listed(self) -> bool: ...


@dataclass(frozen=True)
class PackageValues:
    teams_app_id: str  # the app's own id: must never change once people have installed it
    bot_id: str  # the Azure Bot / Entra app id the bot signs in with
    version: str
    domain: str  # bare host name, e.g. "policy-steward.azurewebsites.net"
    developer_name: str
    website_url: str
    privacy_url: str
    terms_url: str

    def placeholders(self) -> dict[str, str]:
        return {
            "TEAMS_APP_ID": self.teams_app_id,
            "BOT_ID": self.bot_id,
            "APP_VERSION": self.version,
            "BOT_DOMAIN": self.domain,
            "DEVELOPER_NAME": self.developer_name,
            "WEBSITE_URL": self.website_url,
            "PRIVACY_URL": self.privacy_url,
            "TERMS_URL": self.terms_url,
        }

    def check(self) -> None:
        for label, value in (("bot id", self.bot_id), ("Teams app id", self.teams_app_id)):
            if not GUID.match(value):
                raise PackageError(f"{label} {value!r} is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)")
        if not SEMVER.match(self.version):
            raise PackageError(f"version {self.version!r} is not MAJOR.MINOR.PATCH (like 1.4.0)")
        if not DOMAIN.match(self.domain):
            raise PackageError(f"domain {self.domain!r} is not a bare host name (like bot.example.org)")
        urls = {"website": self.website_url, "privacy": self.privacy_url, "terms": self.terms_url}
        for label, url in urls.items():
            if not url.startswith("https://"):
                raise PackageError(f"the {label} URL must start with https://, not {url!r}")
        if not 0 < len(self.developer_name) <= 32:
            raise PackageError(f"developer name {self.developer_name!r} must be 1 to 32 characters")


def bare_domain(value: str) -> str:
    """``https://Bot.Example.org/api/messages`` -> ``bot.example.org``: Teams wants host names only."""
    host = re.sub(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", "", value.strip())
    return host.split("/")[0].split(":")[0].lower()


def command_lists(commands: Iterable[ListedCommand]) -> list[dict[str, Any]]:
    """One list per scope, in name order, of the commands marked ``listed``."""
    chosen = sorted((c for c in commands if c.listed), key=lambda c: c.name)
    lists = []
    for scope in SCOPES:
        in_scope = [c for c in chosen if scope in c.scopes]
        if len(in_scope) > MAX_COMMANDS:
            names = ", ".join(c.name for c in in_scope)
            raise PackageError(
                f"{len(in_scope)} commands are listed for {scope} but Teams shows at most {MAX_COMMANDS}: "
                f"{names}. Register the less used ones with listed=False."
            )
        blank = [c.name for c in in_scope if not c.description.strip()]
        if blank:
            raise PackageError(f"commands without a description cannot be listed: {', '.join(blank)}")
        if in_scope:
            commands_out = [{"title": c.name, "description": c.description} for c in in_scope]
            lists.append({"scopes": [scope], "commands": commands_out})
    return lists


def render_manifest(
    template: Mapping[str, Any], values: PackageValues, commands: Iterable[ListedCommand]
) -> dict[str, Any]:
    values.check()
    manifest: dict[str, Any] = _fill(template, values.placeholders())
    for bot in manifest.get("bots", []):
        bot["commandLists"] = command_lists(commands)
    return manifest


def _fill(node: Any, values: Mapping[str, str]) -> Any:
    if isinstance(node, str):
        return _PLACEHOLDER.sub(lambda m: _value(m.group(1), values), node)
    if isinstance(node, list):
        return [_fill(item, values) for item in node]
    if isinstance(node, dict):
        return {key: _fill(item, values) for key, item in node.items()}
    return node


def _value(name: str, values: Mapping[str, str]) -> str:
    if name not in values:
        raise PackageError(f"the manifest template uses ${{{{{name}}}}}, which the build does not fill")
    return values[name]


def load_template(path: Path = TEMPLATE) -> dict[str, Any]:
    template: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return template


def manifest_bytes(manifest: Mapping[str, Any]) -> bytes:
    return (json.dumps(manifest, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def write_package(manifest: Mapping[str, Any], out: Path, *, icons_dir: Path = APP_PACKAGE) -> Path:
    """Write ``manifest.json`` and the icons it names at the top level of ``out``."""
    icons = sorted(set(manifest["icons"].values()))
    missing = [name for name in icons if not (icons_dir / name).is_file()]
    if missing:
        raise PackageError(f"icons named in the manifest are missing from {icons_dir}: {', '.join(missing)}")
    out.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        _add(archive, "manifest.json", manifest_bytes(manifest))
        for name in icons:
            _add(archive, name, (icons_dir / name).read_bytes())
    return out


def write_folder(manifest: Mapping[str, Any], folder: Path, *, icons_dir: Path = APP_PACKAGE) -> Path:
    """The same files as :func:`write_package`, unzipped (the Agents Toolkit zips them itself)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "manifest.json").write_bytes(manifest_bytes(manifest))
    for name in sorted(set(manifest["icons"].values())):
        (folder / name).write_bytes((icons_dir / name).read_bytes())
    return folder / "manifest.json"


def _add(archive: zipfile.ZipFile, name: str, data: bytes) -> None:
    """Fixed timestamps and permissions, so rebuilding an unchanged package gives the same bytes."""
    info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    archive.writestr(info, data)

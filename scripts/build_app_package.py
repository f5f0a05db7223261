"""Build the Teams app package: ``python -m scripts.build_app_package`` (or ``make package``).

Reads the same settings as the bot (environment and ``.env``), plus a few that only the
package needs:

- ``BOT_APP_ID`` / ``MicrosoftAppId``: the bot's Entra app id (a GUID), used as ``botId``.
- ``BOT_TEAMS_APP_ID``: the Teams app's own id; defaults to the bot id. Keep it fixed once the
  app is installed anywhere, or Teams treats the next upload as a different app.
- ``BOT_PACKAGE_VERSION``: MAJOR.MINOR.PATCH; defaults to the version in pyproject.toml.
  Raise it for every change to the package, or Teams will not offer the update.
- ``BOT_PUBLIC_DOMAIN``: the host name the bot is reached on (a scheme or path is stripped).
- ``BOT_WEBSITE_URL``, ``BOT_PRIVACY_URL``, ``BOT_TERMS_URL``: https pages about the app;
  they default to ``/``, ``/privacy`` and ``/terms`` on the public domain.

Without an app id or domain the package is a **demo** built with ``DEMO_APP_ID`` and
``DEMO_DOMAIN``: fine for checking the package and for the Agents Playground, useless for a real
tenant, because no bot answers to that id. ``--release`` refuses to build a demo package.
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from collections.abc import Sequence
from pathlib import Path

from pydantic import AliasChoices, Field

from bot.config import Settings
from bot.features import build_router
from bot.org_file import load_org_config
from scripts.app_package import (
    PROJECT_ROOT,
    PackageError,
    PackageValues,
    bare_domain,
    load_template,
    render_manifest,
    write_folder,
    write_package,
)

DEMO_APP_ID = "00000000-0000-4000-8000-000000000001"  # recognisably not a real Entra app id
DEMO_DOMAIN = "policy-steward.example.org"  # example.org is reserved for documentation
DEFAULT_OUT = PROJECT_ROOT / "build" / "appPackage.zip"


class PackageSettings(Settings):
    """The bot's settings plus the few only the package needs."""

    teams_app_id: str = Field("", validation_alias=AliasChoices("BOT_TEAMS_APP_ID", "TEAMS_APP_ID"))
    package_version: str = Field("", validation_alias=AliasChoices("BOT_PACKAGE_VERSION"))
    public_domain: str = Field("", validation_alias=AliasChoices("BOT_PUBLIC_DOMAIN"))
    website_url: str = Field("", validation_alias=AliasChoices("BOT_WEBSITE_URL"))
    privacy_url: str = Field("", validation_alias=AliasChoices("BOT_PRIVACY_URL"))
    terms_url: str = Field("", validation_alias=AliasChoices("BOT_TERMS_URL"))


def project_version(pyproject: Path = PROJECT_ROOT / "pyproject.toml") -> str:
    with pyproject.open("rb") as file:
        return str(tomllib.load(file)["project"]["version"])


def resolve(settings: PackageSettings) -> tuple[PackageValues, list[str]]:
    """The values to fill in, and the names of any that fell back to demo defaults."""
    demo = []
    bot_id = settings.app_id or DEMO_APP_ID
    if not settings.app_id:
        demo.append("app id (BOT_APP_ID / MicrosoftAppId)")
    domain = bare_domain(settings.public_domain) or DEMO_DOMAIN
    if not settings.public_domain:
        demo.append("public domain (BOT_PUBLIC_DOMAIN)")
    values = PackageValues(
        teams_app_id=settings.teams_app_id.strip() or bot_id,
        bot_id=bot_id,
        version=settings.package_version.strip() or project_version(),
        domain=domain,
        developer_name=load_org_config(settings.org_file).name,
        website_url=settings.website_url.strip() or f"https://{domain}/",
        privacy_url=settings.privacy_url.strip() or f"https://{domain}/privacy",
        terms_url=settings.terms_url.strip() or f"https://{domain}/terms",
    )
    return values, demo


def build(
    settings: PackageSettings, out: Path, *, release: bool = False, folder: Path | None = None
) -> tuple[Path, list[str]]:
    """Write the zip to ``out``, or (with ``folder``) its files unzipped, as the Agents Toolkit wants."""
    values, demo = resolve(settings)
    if release and demo:
        raise PackageError("a release package needs real values for: " + ", ".join(demo))
    manifest = render_manifest(load_template(), values, build_router().commands)
    if folder is not None:
        return write_folder(manifest, folder), demo
    return write_package(manifest, out), demo


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the Teams app package (manifest.json and icons).")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help=f"zip to write (default {DEFAULT_OUT})")
    parser.add_argument("--release", action="store_true", help="refuse demo ids and domains")
    parser.add_argument(
        "--folder", type=Path, help="write manifest.json and the icons unzipped into this folder"
    )
    args = parser.parse_args(argv)
    try:
        path, demo = build(PackageSettings(), args.out, release=args.release, folder=args.folder)
    except PackageError as error:
        print(f"Cannot build the app package: {error}", file=sys.stderr)
        return 1
    if demo:
        print("Demo package (not installable as a working bot); set: " + ", ".join(demo), file=sys.stderr)
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

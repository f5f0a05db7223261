"""`python -m bot doctor`: checks a configured deployment end to end and says, in plain words,
what is wrong and how to fix it.

Run it where the bot runs (on App Service: the web app's SSH console), because a managed
identity only hands out tokens there. Each check builds on the ones before it, so a check whose
prerequisite failed is reported as skipped rather than failing with a confusing second error.
The exit code is 0 only when no check failed. The doctor changes nothing, except one item it
writes to a list to prove it can, and removes again.
"""

from __future__ import annotations

import asyncio
import json
import uuid
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, TextIO

from bot.config import Settings
from bot.doctor_site import CHECK, check_site_lease
from bot.org import OrgConfig, OrgConfigError, Role
from bot.org_file import load_org_config
from bot.storage import graph_access, graph_lists
from graph.msgraph.client import GRAPH_SCOPES
from graph.msgraph.errors import GraphConfigError, NotFound, PermissionDenied, StoreError
from graph.stores import SyncTiming

DEMO_ID_PREFIX = "00000000-0000-4000-8000-"  # the example people shipped with the demo organisation
DEPLOY_GUIDE = "docs/deploy.md"
PATIENCE = 30.0  # seconds for any one network check
Status = Literal["ok", "FAILED", "skipped"]


@dataclass(frozen=True)
class Finding:
    check: str
    status: Status
    detail: str
    fix: str = ""


@dataclass
class Report:
    findings: list[Finding] = field(default_factory=list)

    def ok(self, check: str, detail: str) -> None:
        self.findings.append(Finding(check, "ok", detail))

    def failed(self, check: str, detail: str, fix: str) -> None:
        self.findings.append(Finding(check, "FAILED", detail, fix))

    def skipped(self, check: str, detail: str) -> None:
        self.findings.append(Finding(check, "skipped", detail))

    @property
    def passed(self) -> bool:
        return all(f.status != "FAILED" for f in self.findings)

    def write(self, out: TextIO) -> None:
        for f in self.findings:
            print(f"{f.status:<8} {f.check}: {f.detail}", file=out)
            if f.fix:
                print(f"{'':<8} Fix: {f.fix}", file=out)
        failed = sum(f.status == "FAILED" for f in self.findings)
        print("All checks passed." if not failed else f"{failed} check(s) failed.", file=out)


async def run_doctor(
    settings: Settings,
    *,
    out: TextIO,
    environ: Mapping[str, str],
    package: Path | None = None,
    timing: SyncTiming | None = None,
) -> int:
    report = Report()
    settings_ok = check_settings(settings, environ, report)
    org = check_org(settings, report)
    timing = timing or SyncTiming(base_delay=0.5, max_delay=2.0, sdk_retry_delay=1.0, sdk_max_retries=1)
    if settings_ok and org is not None and not _identity_missing(settings, environ, report):
        await check_graph(settings, org, report, timing)
        await check_bot_framework(settings, report)
    elif settings_ok and org is not None:
        for check in ("SharePoint site", "Lists", "Writing", CHECK):
            report.skipped(check, "needs a Graph token")
    else:
        for check in ("Graph token", "SharePoint site", "Lists", "Writing", CHECK, "Bot Framework token"):
            report.skipped(check, "needs the settings and organisation file above")
    check_package(settings, environ, package, report)
    report.write(out)
    return 0 if report.passed else 1


def check_settings(settings: Settings, environ: Mapping[str, str], report: Report) -> bool:
    problems: list[tuple[str, str]] = []
    if not settings.app_id:
        problems.append(
            (
                "MicrosoftAppId is empty, so the bot runs in local mode and Teams cannot reach it.",
                "Set MicrosoftAppId to the bot's id (BOT_ID in env/.env.dev after `atk provision`).",
            )
        )
    elif settings.app_type == "UserAssignedMSI" and not settings.app_tenant_id:
        problems.append(
            (
                "MicrosoftAppTenantId is empty; a managed identity bot needs its tenant.",
                "Set MicrosoftAppTenantId to BOT_TENANT_ID from env/.env.dev.",
            )
        )
    elif settings.app_type != "UserAssignedMSI" and not settings.app_password.get_secret_value():
        problems.append(
            (
                f"MicrosoftAppType is {settings.app_type} but MicrosoftAppPassword is empty.",
                "Use the managed identity (MicrosoftAppType=UserAssignedMSI) or set the secret.",
            )
        )
    if settings.storage != "sharepoint":
        problems.append(
            (
                "BOT_STORAGE is not 'sharepoint', so every record stays on this server only.",
                "Set BOT_STORAGE=sharepoint.",
            )
        )
    if not settings.sharepoint_site_url:
        problems.append(
            (
                "BOT_SHAREPOINT_SITE_URL is empty.",
                "Set it to the site, e.g. https://contoso.sharepoint.com/sites/policy-steward.",
            )
        )
    if settings.graph_credential == "managed_identity" and not settings.graph_client_id:
        problems.append(
            (
                "BOT_GRAPH_CLIENT_ID is empty, so Graph would be asked as a system identity.",
                "Set BOT_GRAPH_CLIENT_ID to the managed identity's client id (BOT_ID).",
            )
        )
    if environ.get("WEBSITE_SITE_NAME") and settings.data_backup_dir is None:
        problems.append(
            (
                "On App Service the data folder is wiped on restart and BOT_DATA_BACKUP_DIR is empty.",
                "Set BOT_DATA_BACKUP_DIR=/home/data/policy-steward (see docs/deploy.md).",
            )
        )
    for detail, fix in problems:
        report.failed("Settings", detail, fix)
    if not problems:
        kind = "managed identity" if settings.app_type == "UserAssignedMSI" else settings.app_type
        report.ok("Settings", f"bot id {settings.app_id} ({kind}), lists on {settings.sharepoint_site_url}")
    return not problems


def check_org(settings: Settings, report: Report) -> OrgConfig | None:
    check = "Organisation file"
    try:
        org = load_org_config(settings.org_file)
    except OrgConfigError as exc:
        report.failed(check, str(exc), "Correct the file at the line named.")
        return None
    if settings.app_tenant_id and org.tenant_id != settings.app_tenant_id:
        report.failed(
            check,
            f"its tenant_id {org.tenant_id} is not the bot's tenant {settings.app_tenant_id}.",
            "Put your Microsoft 365 tenant id in the organisation file.",
        )
        return None
    people = {m for role in Role for m in org.holders(role)}
    demo = sorted(m.upn or m.aad_object_id for m in people if m.aad_object_id.startswith(DEMO_ID_PREFIX))
    if demo:
        report.failed(
            check,
            f"it still names the demo people ({', '.join(demo[:3])}…).",
            f"Fill in your own people and roles ({DEPLOY_GUIDE}, organisation file).",
        )
        return None
    missing = [org.title(role) for role in (Role.CEO, Role.MANAGER) if not org.holders(role)]
    if missing:
        report.failed(check, f"nobody holds: {', '.join(missing)}.", "Name who holds each role.")
        return None
    report.ok(check, f"{org.name}, {len(people)} people with roles")
    return org


def _identity_missing(settings: Settings, environ: Mapping[str, str], report: Report) -> bool:
    """A managed identity answers only inside Azure: say so rather than wait on a probe that hangs."""
    uses_identity = settings.app_type == "UserAssignedMSI" or settings.graph_credential == "managed_identity"
    if not uses_identity or environ.get("IDENTITY_ENDPOINT") or environ.get("MSI_ENDPOINT"):
        return False
    detail = "IDENTITY_ENDPOINT is not set, so there is no managed identity here."
    fix = "Run the doctor in the web app's SSH console (Azure portal), where the identity works."
    report.failed("Graph token", detail, fix)
    report.failed("Bot Framework token", detail, fix)
    return True


async def check_graph(settings: Settings, org: OrgConfig, report: Report, timing: SyncTiming) -> None:
    if not await _graph_token(settings, org, report):
        for check in ("SharePoint site", "Lists", "Writing", CHECK):
            report.skipped(check, "needs a Graph token")
        return
    async with graph_lists(settings, org.tenant_id, timing) as lists:
        try:
            site = await asyncio.wait_for(lists.site_id(), PATIENCE)
        except (GraphConfigError, NotFound):
            report.failed(
                "SharePoint site",
                f"{settings.sharepoint_site_url} does not exist.",
                "Check BOT_SHAREPOINT_SITE_URL (copy it from the browser's address bar).",
            )
            site = ""
        except PermissionDenied:
            report.failed(
                "SharePoint site",
                "the bot's identity has no permission on the site.",
                f"Grant it 'write' on this site ({DEPLOY_GUIDE}, step 5).",
            )
            site = ""
        except (StoreError, TimeoutError) as exc:
            report.failed(
                "SharePoint site",
                f"Microsoft Graph did not answer ({type(exc).__name__}).",
                "Try again in a few minutes.",
            )
            site = ""
        if not site:
            for check in ("Lists", "Writing", CHECK):
                report.skipped(check, "needs the site")
            return
        report.ok("SharePoint site", f"reachable ({settings.sharepoint_site_url})")
        if await _lists(lists, report):
            await _write_and_remove(lists, report)
        else:
            report.skipped("Writing", "needs the lists")
        await check_site_lease(lists, settings.database_path, report)


async def _graph_token(settings: Settings, org: OrgConfig, report: Report) -> bool:
    check = "Graph token"
    credential = graph_access(settings, org.tenant_id).make_credential()
    try:
        await asyncio.wait_for(credential.get_token(*GRAPH_SCOPES), PATIENCE)
    except Exception as exc:
        report.failed(
            check,
            f"the {settings.graph_credential} credential got no token ({_first_line(exc)}).",
            "Check that BOT_GRAPH_CLIENT_ID is the client id of the identity assigned to this web app.",
        )
        return False
    finally:
        await credential.close()
    report.ok(check, f"obtained with the {settings.graph_credential.replace('_', ' ')} credential")
    return True


async def _lists(lists: Any, report: Report) -> bool:
    from graph.sharepoint.schemas import all_schemas

    problems = []
    for schema in all_schemas():
        result = await lists.check_list(schema)
        if result is None:
            problems.append(f"'{schema.name}' is missing")
            continue
        for what, names in (
            ("lacks columns", result.added_columns),
            ("has columns of another type", result.mismatched),
            ("lacks indexes on", result.indexed_columns),
        ):
            if names:
                problems.append(f"'{schema.name}' {what} {', '.join(names)}")
    if problems:
        report.failed(
            "Lists",
            "; ".join(problems) + ".",
            f"Run `python -m bot provision` with 'fullcontrol' on the site ({DEPLOY_GUIDE}, step 6).",
        )
        return False
    report.ok("Lists", f"all {len(all_schemas())} lists have the right columns")
    return True


async def _write_and_remove(lists: Any, report: Report) -> None:
    from graph.sharepoint.leavers import MARKERS_LIST

    key = f"doctor:{uuid.uuid4()}"
    try:
        item = await lists.create_item(MARKERS_LIST.name, {}, key)
        await lists.delete_item(MARKERS_LIST.name, item.id)
        left = await lists.find_by_key(MARKERS_LIST.name, key)
    except PermissionDenied:
        report.failed(
            "Writing",
            "the bot's identity can read the lists but not write to them.",
            f"Grant it 'write' on the site ({DEPLOY_GUIDE}, step 5).",
        )
        return
    except StoreError as exc:
        report.failed(
            "Writing",
            f"Microsoft Graph refused a test item ({type(exc).__name__}).",
            "Try again in a few minutes.",
        )
        return
    if left is not None:
        report.failed(
            "Writing",
            f"a test item could not be removed from '{MARKERS_LIST.name}'.",
            "Delete the item whose key starts with 'doctor:' from that list by hand.",
        )
        return
    report.ok("Writing", f"wrote and removed a test item in '{MARKERS_LIST.name}'")


async def check_bot_framework(settings: Settings, report: Report) -> None:
    from bot.teams.adapter import fetch_bot_framework_token

    try:
        await asyncio.wait_for(fetch_bot_framework_token(settings), PATIENCE)
    except Exception as exc:
        report.failed(
            "Bot Framework token",
            f"none could be obtained ({_first_line(exc)}); the bot cannot reply in Teams.",
            "Check MicrosoftAppId is the client id of the identity assigned "
            "to this web app, and that the Azure Bot uses the same identity.",
        )
        return
    report.ok("Bot Framework token", "obtained: the bot can reply in Teams")


def check_package(
    settings: Settings, environ: Mapping[str, str], package: Path | None, report: Report
) -> None:
    check = "App package"
    if package is None:
        report.skipped(check, "give --package build/appPackage.dev.zip to compare it with these settings")
        return
    try:
        manifest = _manifest(package)
    except (OSError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        report.failed(
            check,
            f"cannot read a manifest.json in {package} ({type(exc).__name__}).",
            "Build it with `make package` or `atk provision`.",
        )
        return
    bot_ids = [str(b.get("botId", "")) for b in manifest.get("bots", [])]
    if settings.app_id not in bot_ids:
        report.failed(
            check,
            f"its bot id {', '.join(bot_ids) or '(none)'} is not MicrosoftAppId {settings.app_id}.",
            "Rebuild the package with the deployed bot id and upload it again.",
        )
        return
    domain = environ.get("BOT_PUBLIC_DOMAIN") or environ.get("WEBSITE_HOSTNAME") or ""
    domains = [str(d) for d in manifest.get("validDomains", [])]
    if domain and domain not in domains:
        report.failed(
            check,
            f"its domains {', '.join(domains) or '(none)'} do not include {domain}.",
            "Rebuild the package with BOT_PUBLIC_DOMAIN set to the web app's domain.",
        )
        return
    report.ok(check, f"bot id matches{f' and {domain} is a valid domain' if domain else ''}")


def _manifest(package: Path) -> dict[str, Any]:
    if package.is_dir():
        text = (package / "manifest.json").read_text(encoding="utf-8")
    else:
        with zipfile.ZipFile(package) as archive:
            text = archive.read("manifest.json").decode("utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0][:200]}" if text else type(exc).__name__

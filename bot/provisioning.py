"""`python -m bot provision`: create the SharePoint lists the bot writes to, or bring them up to date.

Safe to re-run. It needs more than the running bot: a Sites.Selected ``write`` grant cannot
create lists or columns, so run it once with ``fullcontrol`` (or as an admin) and then run the
bot with ``write``. Every failure is explained in terms of what to change, never a traceback.
"""

from __future__ import annotations

from typing import TextIO

from bot.config import Settings
from bot.org import OrgConfigError
from bot.org_file import load_org_config
from bot.storage import graph_lists
from graph.msgraph.errors import GraphConfigError, NotFound, PermissionDenied, StoreError
from graph.sharepoint.provision import provision
from graph.sharepoint.schemas import all_schemas
from graph.stores import SyncTiming


async def run_provision(
    settings: Settings, *, out: TextIO, err: TextIO, timing: SyncTiming | None = None
) -> int:
    if not settings.sharepoint_site_url:
        print("Set BOT_SHAREPOINT_SITE_URL to the SharePoint site (https://<tenant>.sharepoint.com/sites/<name>).",
              file=err)  # fmt: skip
        return 2
    try:
        org = load_org_config(settings.org_file)
        async with graph_lists(settings, org.tenant_id, timing or SyncTiming()) as lists:
            report = await provision(lists, all_schemas())
    except OrgConfigError as exc:
        print(f"Cannot read the organisation file: {exc}", file=err)
        return 2
    except PermissionDenied as exc:
        print(f"Permission missing: {exc}", file=err)
        return 3
    except (GraphConfigError, NotFound) as exc:
        print(f"SharePoint is not set up as configured: {exc}", file=err)
        return 2
    except StoreError as exc:
        print(f"Microsoft Graph could not be used just now ({type(exc).__name__}); try again.", file=err)
        return 1
    for line in report.lines():
        print(line, file=out)
    if report.mismatched:
        print(
            "Some columns exist with another type and were left alone: " + ", ".join(report.mismatched),
            file=err,
        )
        return 1
    return 0

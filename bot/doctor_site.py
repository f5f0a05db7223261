"""The doctor's "One instance" check: who holds the SharePoint site, and whether the bot here is
standing down because another process holds it (see ``graph/sharepoint/lease.py``).

A process that does not hold the site records nothing new and syncs nothing, and only its log
says so; this check says it where the administrator looks. It reads the lease item and, when
this machine has a data folder, the local database (read-only): its id and how many changes
wait to reach SharePoint.
"""

from __future__ import annotations

import asyncio
import socket
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from graph.msgraph.errors import NotFound, StoreError
from graph.sharepoint.lease import INSTANCE, KEY, stopped

if TYPE_CHECKING:
    from bot.doctor import Report

CHECK = "One instance"
PATIENCE = 30.0


@dataclass(frozen=True)
class LocalData:
    database_id: str
    waiting: int  # changes not yet in SharePoint


def local_data(path: Path) -> LocalData | None:
    """This machine's database, read without writing; None when there is none here."""
    if not path.exists():
        return None
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
            row = db.execute("SELECT value FROM meta WHERE key = 'database_id'").fetchone()
            waiting = db.execute("SELECT count(*) FROM outbox WHERE state = 'pending'").fetchone()[0]
    except sqlite3.Error:
        return None
    return LocalData(str(row[0]) if row else "", int(waiting))


async def check_site_lease(lists: Any, database_path: Path, report: Report, *, host: str = "") -> None:
    host = host or socket.gethostname()
    try:
        item = await asyncio.wait_for(lists.find_by_key(INSTANCE.name, KEY), PATIENCE)
    except NotFound:
        report.failed(
            CHECK,
            f"the '{INSTANCE.name}' list is missing, so a second Policy Steward on this site would not be "
            "refused. The bot creates it at start-up only with a 'fullcontrol' grant, never with 'write'.",
            "Run `python -m bot provision` once with 'fullcontrol' on the site (docs/deploy.md, step 6).",
        )
        return
    except (StoreError, TimeoutError) as exc:
        report.failed(
            CHECK, f"Microsoft Graph did not answer ({type(exc).__name__}).", "Try again in a few minutes."
        )
        return
    local = local_data(database_path)
    waiting = f"; {local.waiting} change(s) here wait to reach SharePoint" if local and local.waiting else ""
    fields = item.fields if item is not None else {}
    holder_host, seen_at = str(fields.get("Host") or "an unknown host"), str(fields.get("SeenAt") or "")
    same_data = local is not None and fields.get("DatabaseId") == local.database_id
    if stopped(fields, time.time(), same_data=same_data):
        report.ok(CHECK, f"no Policy Steward holds the site now; the next to start takes it{waiting}")
    elif holder_host == host:
        report.ok(CHECK, f"held by the bot on this host (renewed {seen_at}){waiting}")
    elif local is None:
        report.ok(CHECK, f"held by the Policy Steward on {holder_host} (renewed {seen_at})")
    else:
        copy = ", which uses a copy of this data folder" if same_data else ""
        report.failed(
            CHECK,
            f"another Policy Steward (on {holder_host}, renewed {seen_at}{copy}) holds this site, so the bot "
            f"here records nothing new, runs no scheduled work and syncs nothing{waiting}.",
            "Run one instance per site: one App Service instance, no second slot on this site. The bot "
            "here resumes by itself, and sends what it holds, once the other one stops.",
        )

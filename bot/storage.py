"""Which stores the bot runs on, chosen by ``settings.storage``.

``sqlite`` (the default, and what ``make run`` uses): everything in one local SQLite file.
``sharepoint``: the lists on ``settings.sharepoint_site_url`` are the system of record, each
store placed by what it must survive:

- incidents and approvals (what people are told is "logged"): written to the local file first,
  so nothing waits on Graph and nothing is lost while it is down, then copied to SharePoint by
  an outbox worker;
- the register of official accounts, review cycles and leavers (the manager's records, read by
  the Board and the annual review): read and written directly in SharePoint;
- people and their chats, scheduled jobs and the anonymous questions log: local, because every
  message touches them and policy answers must not stop when Graph does. Each has a tested
  SharePoint implementation (``graph/sharepoint_*.py``) for a deployment that needs them shared.

The lists are created by ``python -m bot provision``.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Callable, Coroutine
from contextlib import asynccontextmanager
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from bot.config import Settings
from graph.msgraph.errors import StoreError
from graph.sharepoint.lease import AnotherInstance
from graph.sharepoint.lists import SharePointLists
from graph.stores import Stores, open_local_stores, open_mirrored_stores

if TYPE_CHECKING:
    from azure.core.credentials_async import AsyncTokenCredential

    from graph.msgraph.transport import GraphTransport
    from graph.sharepoint.lease import SiteLease
    from graph.sync.outbox import Outbox

log = logging.getLogger(__name__)
STARTUP_PATIENCE = 5.0  # seconds for checking the SharePoint lists at start-up

Service = tuple[str, Callable[[], Coroutine[Any, Any, None]]]


@dataclass(frozen=True)
class SyncTiming:
    """How fast Graph failures are retried; tests shrink the delays, production keeps these."""

    base_delay: float = 1.0
    max_delay: float = 300.0
    sdk_retry_delay: float = 3.0
    sdk_max_retries: int = 3
    grace: float = 1.0  # how long a reporter's card waits to see the record reach SharePoint
    site_check: float = 5.0  # how often a process that does not hold the site looks again


def graph_credential(settings: Settings, tenant_id: str) -> AsyncTokenCredential:
    """The credential the settings describe for Microsoft Graph (the caller closes it)."""
    from graph.msgraph.client import make_credential

    return make_credential(
        settings.graph_credential,
        tenant_id=settings.app_tenant_id or tenant_id,
        client_id=settings.graph_client_id or None,
        client_secret=settings.graph_client_secret.get_secret_value() or None,
        certificate_path=settings.graph_certificate_path or None,
    )


@asynccontextmanager
async def graph_transport(
    settings: Settings, tenant_id: str, timing: SyncTiming
) -> AsyncIterator[GraphTransport]:
    """Microsoft Graph through the client and credential the settings describe."""
    from graph.msgraph.client import close_graph_client, make_graph_client
    from graph.msgraph.transport import GraphTransport

    credential = graph_credential(settings, tenant_id)
    client = make_graph_client(
        credential,
        base_url=settings.graph_base_url,
        retry_delay=timing.sdk_retry_delay,
        max_retries=timing.sdk_max_retries,
    )
    try:
        yield GraphTransport.of(client)
    finally:
        await close_graph_client(client)
        await credential.close()


@asynccontextmanager
async def graph_lists(
    settings: Settings, tenant_id: str, timing: SyncTiming
) -> AsyncIterator[SharePointLists]:
    """SharePoint lists on the configured site, through the Graph client the settings describe."""
    async with graph_transport(settings, tenant_id, timing) as transport:
        yield SharePointLists(
            transport, settings.sharepoint_site_url, base_delay=timing.base_delay, max_delay=timing.max_delay
        )


@asynccontextmanager
async def open_stores(
    settings: Settings, tenant_id: str, timing: SyncTiming | None = None
) -> AsyncIterator[tuple[Stores, tuple[Service, ...]]]:
    """The stores, and the background services they need (SharePoint sync, copies of the data).

    With ``BOT_DATA_BACKUP_DIR`` the local databases are restored from their copies before they
    are opened, copied while the bot runs, and copied a last time after they are closed.
    """
    if settings.data_backup_dir is None:
        async with _open_stores(settings, tenant_id, timing) as opened:
            yield opened
        return
    from bot.data_backup import DataBackup

    backup = DataBackup(settings.data_dir, settings.data_backup_dir, interval=settings.data_backup_seconds)
    await asyncio.to_thread(backup.restore)
    try:
        async with _open_stores(settings, tenant_id, timing) as (stores, services):
            backup.paused = lambda: stores.outbox is not None and stores.outbox.held_elsewhere is not None
            yield stores, (*services, ("data-backup", backup.run))
    except AnotherInstance:  # refused at start-up: the copies on the share are the holder's
        backup.paused = lambda: True
        raise
    finally:
        await backup.close()


@asynccontextmanager
async def _open_stores(
    settings: Settings, tenant_id: str, timing: SyncTiming | None = None
) -> AsyncIterator[tuple[Stores, tuple[Service, ...]]]:
    if settings.storage != "sharepoint":
        async with open_local_stores(settings.database_path) as stores:
            yield stores, ()
        return
    from graph.sharepoint.lease import SiteLease
    from graph.sqlite.migrations import database_id
    from graph.sync.worker import SyncWorker

    timing = timing or SyncTiming()
    settings.data_dir.mkdir(parents=True, exist_ok=True)  # a fresh instance's disk has no folder yet
    async with (
        graph_lists(settings, tenant_id, timing) as lists,
        open_mirrored_stores(settings.database_path, grace=timing.grace) as stores,
    ):
        assert stores.outbox is not None
        lease = SiteLease(lists, await database_id(stores.db), on_change=_stand_down(stores.outbox))
        await _claim_site(lease)
        worker = SyncWorker(
            stores.outbox,
            lists,
            base_delay=timing.base_delay,
            max_delay=timing.max_delay,
            lease=lease,
            site_check=timing.site_check,
        )
        try:
            yield await _with_manager_records(stores, lists), (("sharepoint-sync", worker.run),)
        finally:
            with contextlib.suppress(Exception):
                async with asyncio.timeout(STARTUP_PATIENCE):
                    await lease.release()


async def _claim_site(lease: SiteLease) -> None:
    """Refuse to start beside another instance on the same site; if Graph is down, start anyway
    (the sync worker claims the site before it writes anything). A holder with this very
    database may be this install before a crash, so start, standing down until it is silent."""
    try:
        async with asyncio.timeout(STARTUP_PATIENCE):
            await lease.claim()
    except AnotherInstance as exc:
        if not exc.same_data:
            raise
    except Exception:
        log.warning("site lease not checked at start-up", extra={"event": "lease_deferred"})


def _stand_down(outbox: Outbox) -> Callable[[AnotherInstance | None], None]:
    """While another process holds the site, record nothing new and say so in the log."""

    def changed(elsewhere: AnotherInstance | None) -> None:
        outbox.held_elsewhere = elsewhere
        if elsewhere is not None:
            log.error("not recording or syncing: %s", elsewhere, extra={"event": "site_held_elsewhere"})
        else:
            log.warning("site held again: recording and syncing resume", extra={"event": "site_held"})

    return changed


async def _with_manager_records(stores: Stores, lists: SharePointLists) -> Stores:
    """The register, reviews and leavers straight on their SharePoint lists (checked to exist)."""
    from graph.sharepoint.leavers import SharePointLeaverStore
    from graph.sharepoint.register import SharePointRegisterStore
    from graph.sharepoint.reviews import SharePointReviewStore

    register, reviews = SharePointRegisterStore(lists), SharePointReviewStore(lists)
    leavers = SharePointLeaverStore(lists)
    try:
        async with asyncio.timeout(STARTUP_PATIENCE):
            for store in (register, reviews, leavers):
                await store.create_schema()
    except (StoreError, TimeoutError) as exc:
        # Start anyway: before the site is granted and provisioned (a first deployment) or while
        # Graph is down, the bot must still answer, and `python -m bot doctor` says what is wrong.
        reason = type(exc).__name__
        log.warning("SharePoint lists not ready", extra={"event": "startup_deferred", "reason": reason})
    return replace(stores, register=register, reviews=reviews, leavers=leavers)

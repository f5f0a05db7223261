"""Every store the bot uses, opened together and closed together: ``open_stores`` is the one
place where they are assembled, for both modes.

Local mode (``StoreConfig.site_url`` empty): everything in one SQLite file. SharePoint mode: the
lists on the site are the system of record, each store placed by what it must survive:

- incidents and approvals (what people are told is "logged"): written to the local file first,
  so nothing waits on Graph and nothing is lost while it is down, then copied to SharePoint by
  the outbox worker, queued in the same transaction as each record;
- the register of official accounts, review cycles and leavers (the manager's records, read by
  the Board and the annual review): read and written directly in SharePoint;
- people and their chats, scheduled jobs and the anonymous questions log: local, because every
  message touches them and policy answers must not stop when Graph does.

One Microsoft Graph client is built here (when SharePoint or the directory needs it), shared by
everything that talks to Graph while the bot runs, and closed after the stores.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncIterator, Callable, Coroutine
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from graph.msgraph.client import GraphAccess, open_graph
from graph.msgraph.errors import StoreError
from graph.records.approvals import ApprovalStore
from graph.records.incidents import AuditLog, IncidentStore
from graph.records.jobs import JobStore
from graph.records.leavers import LeaverStore
from graph.records.people import PeopleStore
from graph.records.questions import QuestionLog
from graph.records.register import RegisterStore
from graph.records.reviews import ReviewStore
from graph.sharepoint.lease import AnotherInstance, SiteLease
from graph.sharepoint.lists import SharePointLists
from graph.sqlite.approvals import SqliteApprovalStore
from graph.sqlite.database import Database, open_database
from graph.sqlite.incidents import SqliteIncidentStore
from graph.sqlite.jobs import SqliteJobStore
from graph.sqlite.leavers import SqliteLeaverStore
from graph.sqlite.migrations import database_id
from graph.sqlite.people import SqlitePeopleStore
from graph.sqlite.questions import SqliteQuestionLog
from graph.sqlite.register import SqliteRegisterStore
from graph.sqlite.reviews import SqliteReviewStore
from graph.sync.copies import APPROVAL_COPIES, INCIDENT_COPIES, Copier
from graph.sync.mirror import Mirror, SyncStatus
from graph.sync.outbox import Outbox
from graph.sync.worker import SyncWorker

if TYPE_CHECKING:
    from graph.msgraph.transport import GraphTransport

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


@dataclass(frozen=True)
class StoreConfig:
    """Where the stores live; built from the bot's settings by ``bot.storage.store_config``."""

    database_path: Path
    site_url: str = ""  # SharePoint mode when set
    graph: GraphAccess | None = None  # Microsoft Graph, for SharePoint mode or the directory
    timing: SyncTiming = field(default_factory=SyncTiming)
    backup_dir: Path | None = None  # copies of the local databases (graph.sqlite.backup)
    backup_seconds: float = 2.0


@dataclass(frozen=True)
class Stores:
    db: Database
    people: PeopleStore
    jobs: JobStore
    questions: QuestionLog
    approvals: ApprovalStore
    # nudges: the register of official accounts, review cycles, leavers
    register: RegisterStore
    reviews: ReviewStore
    leavers: LeaverStore
    incidents: IncidentStore
    incident_audit: AuditLog
    database_id: str = ""  # this database's own random id (graph.sqlite.migrations.database_id)
    sync: SyncState | None = None  # set when records are copied to SharePoint
    outbox: Outbox | None = None  # what the SharePoint sync worker drains
    graph: GraphTransport | None = None  # the one Graph client, when SharePoint or the directory needs it
    lists: SharePointLists | None = None  # the SharePoint site, in SharePoint mode

    @property
    def card_scope(self) -> str:
        """What approval and incident buttons carry so a card pressed where another
        installation answers changes nothing there: the start of this database's id."""
        return self.database_id[:12]


class SyncState(Protocol):
    async def behind(self) -> bool:
        """True when the latest writes have not reached SharePoint yet."""
        ...

    async def drained(self) -> None:
        """Return once every write has reached SharePoint (or failed for good)."""
        ...


@asynccontextmanager
async def open_stores(config: StoreConfig) -> AsyncIterator[tuple[Stores, tuple[Service, ...]]]:
    """The stores, and the background services they need (SharePoint sync, copies of the data).

    With ``backup_dir`` the local databases are restored from their copies before they are
    opened, copied while the bot runs, and copied a last time after they are closed.
    """
    services: list[Service] = []
    async with AsyncExitStack() as stack:
        if config.backup_dir is not None:
            from graph.sqlite.backup import DataBackup

            folder = config.database_path.parent
            backup = DataBackup(folder, config.backup_dir, interval=config.backup_seconds)
            await asyncio.to_thread(backup.restore)
            # No copy until the database has opened: one refused as a newer release's must not be
            # copied over the older copy put back on the share to go back to this release.
            backup.paused = lambda: True
            stack.push_async_callback(backup.close)  # after the stores are closed
            services.append(("data-backup", backup.run))
        else:
            backup = None
        graph = None
        if config.graph is not None:
            timing = config.timing
            graph = await stack.enter_async_context(
                open_graph(
                    config.graph, retry_delay=timing.sdk_retry_delay, max_retries=timing.sdk_max_retries
                )
            )
        if not config.site_url:
            stores = await stack.enter_async_context(open_local_stores(config.database_path))
            if backup is not None:
                backup.paused = lambda: False
            yield replace(stores, graph=graph), tuple(services)
            return
        if graph is None:
            raise ValueError("SharePoint mode needs Graph access")
        config.database_path.parent.mkdir(parents=True, exist_ok=True)  # a fresh instance's disk
        # Refused at start-up (AnotherInstance), it copies nothing: the copies are the holder's.
        stores, worker = await stack.enter_async_context(_sharepoint(config, graph))
        if backup is not None:  # nor does a process standing down write any (see ``_stand_down``)
            backup.paused = lambda: held_elsewhere(stores)
        yield stores, (*services, ("sharepoint-sync", worker))


@asynccontextmanager
async def open_local_stores(path: Path | str) -> AsyncIterator[Stores]:
    db = await open_database(path)
    try:
        yield replace(_local(db), database_id=await database_id(db))
    finally:
        await db.close()


@asynccontextmanager
async def open_mirrored_stores(
    path: Path | str, *, grace: float = 1.0, now: Callable[[], float] = time.time
) -> AsyncIterator[Stores]:
    """The local stores, with incidents and approvals also copied to SharePoint via the outbox.

    Copies are queued in the same transaction as each record; anything written before (local
    mode, or an older release) is handed over here, before use.
    """
    db = await open_database(path)
    try:
        outbox = Outbox(db, now=now)
        own_id = await database_id(db)
        mirror = Mirror(db, outbox, own_id)
        incident_copier, approval_copier = Copier(mirror, INCIDENT_COPIES), Copier(mirror, APPROVAL_COPIES)
        incidents = SqliteIncidentStore(db, on_change=incident_copier)
        approvals = SqliteApprovalStore(db, on_change=approval_copier)
        await incident_copier.reconcile(incidents)
        await approval_copier.reconcile(approvals)
        yield replace(
            _local(db),
            incidents=incidents,
            incident_audit=incidents.audit,
            approvals=approvals,
            database_id=own_id,
            sync=SyncStatus(outbox, grace=grace),
            outbox=outbox,
        )
    finally:
        await db.close()


@asynccontextmanager
async def _sharepoint(
    config: StoreConfig, graph: GraphTransport
) -> AsyncIterator[tuple[Stores, Callable[[], Coroutine[Any, Any, None]]]]:
    """The stores of SharePoint mode, and the sync worker that copies to the site."""
    timing = config.timing
    lists = SharePointLists(graph, config.site_url, base_delay=timing.base_delay, max_delay=timing.max_delay)
    async with open_mirrored_stores(config.database_path, grace=timing.grace) as stores:
        assert stores.outbox is not None
        lease = SiteLease(lists, stores.database_id, on_change=_stand_down(stores.outbox))
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
            stores = replace(await _with_manager_records(stores, lists), graph=graph, lists=lists)
            yield stores, worker.run
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


def held_elsewhere(stores: Stores) -> bool:
    """Another process holds the SharePoint site: this one records, schedules and copies nothing."""
    return stores.outbox is not None and stores.outbox.held_elsewhere is not None


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


def _local(db: Database) -> Stores:
    incidents = SqliteIncidentStore(db)
    return Stores(
        db=db,
        people=SqlitePeopleStore(db),
        jobs=SqliteJobStore(db),
        questions=SqliteQuestionLog(db),
        approvals=SqliteApprovalStore(db),
        register=SqliteRegisterStore(db),
        reviews=SqliteReviewStore(db),
        leavers=SqliteLeaverStore(db),
        incidents=incidents,
        incident_audit=incidents.audit,
    )

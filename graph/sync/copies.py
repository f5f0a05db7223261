"""What each mirrored store copies to SharePoint, and the one copier that does it.

A mirrored store (incidents, approvals) calls its :class:`Copier` as its ``on_change`` inside the
transaction that stored a change, so the record and its copies for SharePoint commit together.
At start-up :meth:`Copier.reconcile` hands over every record never handed over (written before
SharePoint was switched on, or by a release that queued copies outside the transaction).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from graph.records.approvals import ApprovalRequest
from graph.records.approvals import AuditEntry as ApprovalAudit
from graph.records.incidents import AuditEntry as IncidentAudit
from graph.records.incidents import Incident
from graph.sharepoint import approvals, incidents
from graph.sharepoint.schema import ListSchema
from graph.sqlite.approvals import SqliteApprovalStore
from graph.sqlite.incidents import SqliteIncidentStore
from graph.sync.mirror import Mirror


class Transactional(Protocol):
    def transaction(self) -> AbstractAsyncContextManager[Any]: ...


S = TypeVar("S", bound=Transactional)
R = TypeVar("R")
E = TypeVar("E")


@dataclass(frozen=True)
class Copies(Generic[S, R, E]):
    """One mirrored store's lists, and how its records and audit entries become their items."""

    records: ListSchema
    audit: ListSchema
    get: Callable[[S, str], Awaitable[R | None]]
    entries: Callable[[S, str], Awaitable[list[E]]]
    ids: Callable[[S], Awaitable[list[str]]]  # every record's id, oldest first
    natural_key: Callable[[str], str]  # a record's id as its list's natural key
    fields: Callable[[R], dict[str, Any]]
    audit_fields: Callable[[E], dict[str, Any]]
    audit_key: Callable[[E], str]


class Copier(Generic[S, R, E]):
    """A mirrored store's ``on_change``: queues the record and its audit trail for SharePoint."""

    def __init__(self, mirror: Mirror, copies: Copies[S, R, E]) -> None:
        self._mirror = mirror
        self._copies = copies

    async def __call__(self, store: S, record_id: str) -> None:
        copies = self._copies
        record = await copies.get(store, record_id)
        if record is None:
            return
        await self._mirror.copy(copies.records, copies.natural_key(record_id), copies.fields(record))
        for entry in await copies.entries(store, record_id):
            await self._mirror.append(copies.audit, copies.audit_key(entry), copies.audit_fields(entry))

    async def reconcile(self, store: S) -> int:
        """Hand over every record never handed over; returns how many there were."""
        copies = self._copies
        done = await self._mirror.handed_over(copies.records.name)
        missing = [i for i in await copies.ids(store) if copies.natural_key(i) not in done]
        for record_id in missing:
            async with store.transaction():
                await self(store, record_id)
        return len(missing)


async def _incident_entries(store: SqliteIncidentStore, reference: str) -> list[IncidentAudit]:
    return await store.audit.entries(reference)


INCIDENT_COPIES: Copies[SqliteIncidentStore, Incident, IncidentAudit] = Copies(
    records=incidents.INCIDENTS,
    audit=incidents.INCIDENT_AUDIT,
    get=SqliteIncidentStore.get,
    entries=_incident_entries,
    ids=SqliteIncidentStore.references,
    natural_key=lambda reference: reference,
    fields=incidents.incident_fields,
    audit_fields=incidents.audit_fields,
    audit_key=incidents.audit_key,
)
APPROVAL_COPIES: Copies[SqliteApprovalStore, ApprovalRequest, ApprovalAudit] = Copies(
    records=approvals.APPROVALS,
    audit=approvals.APPROVAL_AUDIT,
    get=SqliteApprovalStore.get,
    entries=SqliteApprovalStore.history,
    ids=SqliteApprovalStore.ids,
    natural_key=lambda request_id: f"A-{request_id}",
    fields=approvals.request_fields,
    audit_fields=approvals.audit_fields,
    audit_key=approvals.audit_key,
)

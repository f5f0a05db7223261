"""With SharePoint as the system of record: write locally first, then copy through the outbox.

A report is committed to SQLite before anyone is told it is logged, whatever Graph is doing;
the outbox (its own SQLite connection, committed) then carries the incident and its audit
entries to SharePoint, where each item's idempotency key stops a retried create making a
duplicate. The version last handed to the outbox is recorded after the hand-over, so if the
process dies in between, :meth:`IncidentMirror.reconcile` at start-up hands it over again
(creates and audit entries are idempotent per key; updates carry the whole latest record).
"""

from __future__ import annotations

import asyncio
import contextlib
from datetime import datetime

from graph.incidents import Assessment, AuditEntry, Incident, Recorded, Report
from graph.outbox import Outbox
from graph.sharepoint_incidents import (
    INCIDENT_AUDIT,
    INCIDENTS,
    audit_fields,
    audit_key,
    incident_fields,
    present,
)
from graph.sqlite_incidents import SqliteIncidentStore

_FIXED = ("Title", "Reference", "Year", "Number")


class IncidentMirror:
    """An :class:`IncidentStore` (``audit``: its :class:`AuditLog`) that also fills the outbox."""

    def __init__(self, local: SqliteIncidentStore, outbox: Outbox, *, grace: float = 1.0) -> None:
        self._local = local
        self._outbox = outbox
        self._grace = grace
        self._lock = asyncio.Lock()  # one hand-over at a time, so the latest record always goes last
        self.audit = MirroredAuditLog(self)

    async def create(self, report: Report, assessment: Assessment, *, key: str) -> Recorded:
        recorded = await self._local.create(report, assessment, key=key)
        await self.push(recorded.incident.reference)
        return recorded

    async def get(self, reference: str) -> Incident | None:
        return await self._local.get(reference)

    async def update(self, incident: Incident, audit: AuditEntry) -> Incident:
        stored = await self._local.update(incident, audit)
        await self.push(stored.reference)
        return stored

    async def list_open(self) -> list[Incident]:
        return await self._local.list_open()

    async def reported_between(self, start: datetime, end: datetime) -> list[Incident]:
        return await self._local.reported_between(start, end)

    async def push(self, reference: str) -> None:
        """Hand the latest record of ``reference`` and its new audit entries to the outbox."""
        async with self._lock:
            incident = await self._local.get(reference)
            synced = await self._local.synced_version(reference)
            if incident is None or synced >= incident.version:
                return
            fields = incident_fields(incident)
            if synced == 0:
                await self._outbox.enqueue(INCIDENTS.name, reference, "create", present(fields))
            if synced > 0 or incident.version > 1:
                changed = {k: v for k, v in fields.items() if k not in _FIXED}
                await self._outbox.enqueue(INCIDENTS.name, reference, "update", changed)
            for entry in await self._local.audit.entries(reference):
                if entry.version > synced:
                    await self._enqueue_audit(entry)
            await self._local.mark_synced(reference, incident.version)

    async def _enqueue_audit(self, entry: AuditEntry) -> None:
        await self._outbox.enqueue(
            INCIDENT_AUDIT.name, audit_key(entry), "create", present(audit_fields(entry))
        )

    async def reconcile(self) -> int:
        """Hand over whatever a crash left behind; returns how many incidents that was."""
        references = await self._local.unsynced()
        for reference in references:
            await self.push(reference)
        return len(references)

    async def drained(self) -> None:
        """Return once nothing is waiting to go to SharePoint (tests and shutdown use it)."""
        await self._outbox.wait_drained()

    async def behind(self) -> bool:
        """True when what was just written has not reached SharePoint yet (Graph down or slow)."""
        if any(e.last_error for e in await self._outbox.entries("pending")):  # Graph failed lately
            return True
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(self._grace):
                await self._outbox.wait_drained()
                return False
        return True


class MirroredAuditLog:
    def __init__(self, mirror: IncidentMirror) -> None:
        self._mirror = mirror

    async def append(self, entry: AuditEntry) -> None:
        await self._mirror._local.audit.append(entry)
        await self._mirror._enqueue_audit(entry)

    async def entries(self, reference: str) -> list[AuditEntry]:
        return await self._mirror._local.audit.entries(reference)

"""Incidents and their audit trail, copied to their SharePoint lists through the outbox.

:class:`IncidentCopier` is the local incident store's ``on_change``: it runs inside the store's
transaction, so a report and its copy for SharePoint commit together. At start-up
:meth:`IncidentCopier.reconcile` hands over any incident that has never been handed over (written
before SharePoint was switched on, or by a release that queued copies outside the transaction).
"""

from __future__ import annotations

from graph.sharepoint.incidents import INCIDENT_AUDIT, INCIDENTS, audit_fields, audit_key, incident_fields
from graph.sqlite.incidents import SqliteIncidentStore
from graph.sync.mirror import Mirror


class IncidentCopier:
    def __init__(self, mirror: Mirror) -> None:
        self._mirror = mirror

    async def __call__(self, store: SqliteIncidentStore, reference: str) -> None:
        incident = await store.get(reference)
        if incident is None:
            return
        await self._mirror.copy(INCIDENTS, reference, incident_fields(incident))
        for entry in await store.audit.entries(reference):
            await self._mirror.append(INCIDENT_AUDIT, audit_key(entry), audit_fields(entry))

    async def reconcile(self, store: SqliteIncidentStore) -> int:
        """Hand over every incident never handed over; returns how many there were."""
        done = await self._mirror.handed_over(INCIDENTS.name)
        missing = [r for r in await store.references() if r not in done]
        for reference in missing:
            async with store.transaction():
                await self(store, reference)
        return len(missing)

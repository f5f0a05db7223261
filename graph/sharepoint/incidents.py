"""The incident log in SharePoint lists: incidents, their audit trail, and per-year counters.

Columns have proper types and the ones we filter on are indexed (SharePoint refuses filters on
unindexed columns of big lists). References are numbered per year from a counter item that is
only ever advanced with ``If-Match``, so two reports at once never share a number; a number
taken by a report that then failed is skipped, never reused. An incident is updated only if
its ``Version`` column still holds the version that was read, and with the item's eTag, so
a concurrent change surfaces as :class:`VersionConflict` instead of being overwritten.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime
from typing import Any

from graph.msgraph.errors import Conflict
from graph.records.incident_codec import audit_from_row, audit_row, incident_from_row, incident_row
from graph.records.incidents import (
    Assessment,
    AuditEntry,
    Category,
    Incident,
    Recorded,
    Report,
    Severity,
    Status,
    VersionConflict,
    format_reference,
)
from graph.sharepoint.lists import ListItem, SharePointLists
from graph.sharepoint.schema import IDEMPOTENCY_COLUMN, Column, ListSchema, fields_eq

# codec name -> (SharePoint column). Order is the list's column order.
_INCIDENT_COLUMNS: tuple[tuple[str, Column], ...] = (
    ("reference", Column("Reference", "text", indexed=True, required=True)),
    ("year", Column("Year", "number", indexed=True)),
    ("number", Column("Number", "number")),
    ("version", Column("Version", "number")),
    ("status", Column("Status", "choice", indexed=True, choices=tuple(s.value for s in Status))),
    ("category", Column("Category", "choice", indexed=True, choices=tuple(c.value for c in Category))),
    ("reporter_id", Column("ReporterId", "text")),
    ("reporter_name", Column("ReporterName", "text")),
    ("reported_at", Column("ReportedAt", "dateTime", indexed=True)),
    ("platform", Column("Platform", "text")),
    ("happened_at", Column("HappenedAt", "dateTime")),
    ("aware_at", Column("AwareAt", "dateTime")),
    ("summary", Column("Summary", "text", multiline=True)),
    ("link", Column("Link", "text", multiline=True)),
    ("affected", Column("Affected", "text")),
    ("content_removed", Column("ContentRemoved", "boolean")),
    ("reported_to_platform", Column("ReportedToPlatform", "boolean")),
    ("actions_taken", Column("ActionsTaken", "text", multiline=True)),
    ("harms", Column("Harms", "text")),
    ("crime_suspected", Column("CrimeSuspected", "boolean")),
    ("routes", Column("ReportingRoutes", "text")),
    ("ico_deadline", Column("IcoDeadline", "dateTime", indexed=True)),
    ("runbook", Column("Runbook", "text")),
    ("support_offered", Column("SupportOffered", "boolean")),
    ("severity", Column("Severity", "choice", choices=tuple(s.value for s in Severity), editable=True)),
    ("owner_id", Column("OwnerId", "text")),
    ("owner_name", Column("OwnerName", "text", editable=True)),
    ("acknowledged_by", Column("AcknowledgedBy", "text")),
    ("acknowledged_at", Column("AcknowledgedAt", "dateTime")),
    ("decisions", Column("Decisions", "text", multiline=True)),
    ("ticks", Column("RunbookTicks", "text", multiline=True)),
    ("notes", Column("Notes", "text", multiline=True, editable=True)),
    ("support_requested", Column("SupportRequested", "boolean")),
    ("outcome", Column("Outcome", "text", multiline=True)),
    ("closed_by", Column("ClosedBy", "text")),
    ("closed_at", Column("ClosedAt", "dateTime")),
)
_AUDIT_COLUMNS: tuple[tuple[str, Column], ...] = (
    ("reference", Column("Reference", "text", indexed=True, required=True)),
    ("version", Column("Version", "number")),
    ("at", Column("At", "dateTime")),
    ("actor_id", Column("ActorId", "text")),
    ("actor_name", Column("ActorName", "text")),
    ("action", Column("Action", "text")),
    ("detail", Column("Detail", "text")),
)

INCIDENTS = ListSchema(
    "Policy Steward incidents",
    tuple(c for _, c in _INCIDENT_COLUMNS),
    "Policy Steward incident log. Safeguarding concerns hold only category, time, reporter, reference.",
)
INCIDENT_AUDIT = ListSchema(
    "Policy Steward incident audit",
    tuple(c for _, c in _AUDIT_COLUMNS),
    "Every change to an incident; append-only.",
)
INCIDENT_COUNTERS = ListSchema(
    "Policy Steward incident counters",
    (Column("Year", "number", indexed=True), Column("Last", "number")),
    "The last incident number used in each year.",
)
INCIDENT_LISTS = (INCIDENTS, INCIDENT_AUDIT, INCIDENT_COUNTERS)
SCHEMAS = INCIDENT_LISTS  # gathered by graph.sharepoint.schemas.all_schemas
_BY_NAME = {codec: column.name for codec, column in _INCIDENT_COLUMNS}
_AUDIT_BY_NAME = {codec: column.name for codec, column in _AUDIT_COLUMNS}
_CHOICES = {"severity"}


def _to_fields(row: Mapping[str, Any], names: Mapping[str, str], title: str) -> dict[str, Any]:
    fields: dict[str, Any] = {"Title": title}
    for codec, value in row.items():
        fields[names[codec]] = None if codec in _CHOICES and not value else value
    return fields


def _from_fields(fields: Mapping[str, Any], names: Mapping[str, str]) -> dict[str, Any]:
    return {codec: fields.get(column) for codec, column in names.items()}


def present(fields: Mapping[str, Any]) -> dict[str, Any]:
    """A new item's fields without the empty ones (``None``): they start empty anyway."""
    return {name: value for name, value in fields.items() if value is not None}


def incident_fields(incident: Incident) -> dict[str, Any]:
    """The list item's fields for ``incident`` (the idempotency key is added by the caller)."""
    return _to_fields(incident_row(incident), _BY_NAME, incident.reference)


def incident_from_fields(fields: Mapping[str, Any]) -> Incident:
    return incident_from_row(_from_fields(fields, _BY_NAME))


def audit_fields(entry: AuditEntry) -> dict[str, Any]:
    return _to_fields(audit_row(entry), _AUDIT_BY_NAME, f"{entry.reference} {entry.action}")


def audit_key(entry: AuditEntry) -> str:
    return f"{entry.reference}:{entry.version}:{entry.action}:{audit_row(entry)['at']}"


class SharePointIncidentStore:
    """Implements :class:`graph.records.incidents.IncidentStore` directly on SharePoint lists."""

    def __init__(self, lists: SharePointLists, *, attempts: int = 40) -> None:
        self._lists = lists
        self._attempts = attempts
        self.audit = SharePointAuditLog(lists)

    async def create(self, report: Report, assessment: Assessment, *, key: str) -> Recorded:
        existing = await self._lists.find_by_key(INCIDENTS.name, key)
        if existing is not None:
            return Recorded(incident_from_fields(existing.fields), created=False)
        year = report.reported_at.year
        incident = Incident(format_reference(year, await self._next_number(year)), report, assessment)
        await self._lists.create_item(INCIDENTS.name, present(incident_fields(incident)), key)
        await self.audit.append(
            AuditEntry(
                incident.reference,
                1,
                report.reported_at,
                report.reporter_id,
                report.reporter_name,
                "reported",
            )
        )
        return Recorded(incident, created=True)

    async def _next_number(self, year: int) -> int:
        for _ in range(self._attempts):
            counter = await self._counter(year)
            number = int(counter.fields.get("Last") or 0) + 1
            try:
                await self._lists.update_fields(
                    INCIDENT_COUNTERS.name, counter.id, {"Last": number}, counter.etag
                )
            except Conflict:
                continue  # someone else took a number first: read again
            return number
        raise VersionConflict(f"INC-{year}")

    async def _counter(self, year: int) -> ListItem:
        key = f"year-{year}"
        found = await self._lists.query(INCIDENT_COUNTERS.name, filter=fields_eq({IDEMPOTENCY_COLUMN: key}))
        if not found:
            fields = {"Title": str(year), "Year": year, "Last": 0}
            await self._lists.create_item(INCIDENT_COUNTERS.name, fields, key, check_existing=True)
            found = await self._lists.query(
                INCIDENT_COUNTERS.name, filter=fields_eq({IDEMPOTENCY_COLUMN: key})
            )
        return min(found, key=lambda item: int(item.id))  # two created at once: the first one counts

    async def _item(self, reference: str) -> ListItem | None:
        items = await self._lists.query(INCIDENTS.name, filter=fields_eq({"Reference": reference}), limit=1)
        return items[0] if items else None

    async def get(self, reference: str) -> Incident | None:
        item = await self._item(reference)
        return incident_from_fields(item.fields) if item else None

    async def update(self, incident: Incident, audit: AuditEntry) -> Incident:
        item = await self._item(incident.reference)
        if item is None or int(item.fields.get("Version") or 0) != incident.version:
            raise VersionConflict(incident.reference)
        stored = replace(incident, version=incident.version + 1)
        fields = incident_fields(stored)
        for fixed in ("Title", "Reference", "Year", "Number"):
            fields.pop(fixed)
        try:
            await self._lists.update_fields(INCIDENTS.name, item.id, fields, item.etag)
        except Conflict as exc:
            raise VersionConflict(incident.reference) from exc
        await self.audit.append(replace(audit, version=stored.version))
        return stored

    async def list_open(self) -> list[Incident]:
        items = await self._lists.query(INCIDENTS.name, filter=f"fields/Status ne '{Status.CLOSED.value}'")
        return sorted((incident_from_fields(i.fields) for i in items), key=lambda i: i.report.reported_at)

    async def reported_between(self, start: datetime, end: datetime) -> list[Incident]:
        # A charity logs tens of incidents a year: reading them all beats indexing another column.
        items = await self._lists.query(INCIDENTS.name)
        found = (incident_from_fields(i.fields) for i in items)
        return sorted(
            (i for i in found if start <= i.report.reported_at < end), key=lambda i: i.report.reported_at
        )


class SharePointAuditLog:
    def __init__(self, lists: SharePointLists) -> None:
        self._lists = lists

    async def append(self, entry: AuditEntry) -> None:
        await self._lists.create_item(INCIDENT_AUDIT.name, present(audit_fields(entry)), audit_key(entry))

    async def entries(self, reference: str) -> list[AuditEntry]:
        items = await self._lists.query(INCIDENT_AUDIT.name, filter=fields_eq({"Reference": reference}))
        ordered = sorted(items, key=lambda item: (int(item.fields.get("Version") or 0), int(item.id)))
        return [audit_from_row(_from_fields(item.fields, _AUDIT_BY_NAME)) for item in ordered]

"""The incident log's SharePoint lists, filled from the local store by the outbox (graph.sync).

The incident store itself is the local one (``graph.sqlite.incidents``): SharePoint gets a copy of
every incident and every audit entry. Columns have proper types and the ones people filter on are
indexed (SharePoint refuses filters on unindexed columns of big lists). The columns people may
edit in SharePoint are marked ``editable``; the sync merges those field by field.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from graph.records.incident_codec import audit_row, incident_row
from graph.records.incidents import (
    AuditEntry,
    Category,
    Incident,
    Severity,
    Status,
)
from graph.sharepoint.schema import Column, ListSchema

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
    reference="Reference",
)
INCIDENT_AUDIT = ListSchema(
    "Policy Steward incident audit",
    tuple(c for _, c in _AUDIT_COLUMNS),
    "Every change to an incident; append-only.",
)
INCIDENT_LISTS = (INCIDENTS, INCIDENT_AUDIT)
SCHEMAS = INCIDENT_LISTS  # gathered by graph.sharepoint.schemas.all_schemas
_BY_NAME = {codec: column.name for codec, column in _INCIDENT_COLUMNS}
_AUDIT_BY_NAME = {codec: column.name for codec, column in _AUDIT_COLUMNS}
_CHOICES = {"severity"}


def _to_fields(row: Mapping[str, Any], names: Mapping[str, str], title: str) -> dict[str, Any]:
    fields: dict[str, Any] = {"Title": title}
    for codec, value in row.items():
        fields[names[codec]] = None if codec in _CHOICES and not value else value
    return fields


def incident_fields(incident: Incident) -> dict[str, Any]:
    """The list item's fields for ``incident`` (the idempotency key is added by the caller)."""
    return _to_fields(incident_row(incident), _BY_NAME, incident.reference)


def audit_fields(entry: AuditEntry) -> dict[str, Any]:
    return _to_fields(audit_row(entry), _AUDIT_BY_NAME, f"{entry.reference} {entry.action}")


def audit_key(entry: AuditEntry) -> str:
    return f"{entry.reference}:{entry.version}:{entry.action}:{audit_row(entry)['at']}"

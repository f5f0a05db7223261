"""Approval requests in SharePoint: the approvals list and its audit list, fed by the outbox
(``graph.sync.copies``).

The local store stays the one that decides (its conditional write picks the first decision);
SharePoint gets a copy of every request and every audit entry, so the charity's record lives
on its own site. Like incidents, the copy is queued in the transaction that stores the change.
"""

from __future__ import annotations

from typing import Any

from graph.records.approvals import ApprovalRequest, ApprovalState, AuditAction, AuditEntry
from graph.records.times import graph_time
from graph.sharepoint.schema import Column, ListSchema

APPROVALS = ListSchema(
    "Policy Steward approvals",
    (
        Column("Reference", "text", indexed=True, required=True),
        Column("State", "choice", indexed=True, choices=tuple(s.value for s in ApprovalState)),
        Column("Kind", "choice", choices=("announcement", "crisis", "other")),
        Column("Platforms", "text"),
        Column("PostText", "text", multiline=True),
        Column("Links", "text", multiline=True),
        Column("PublishAt", "dateTime"),
        Column("Urgency", "choice", choices=("normal", "urgent")),
        Column("NonDigital", "choice", choices=("yes", "not_needed", "not_yet")),
        Column("Revision", "number"),
        Column("RequesterId", "text"),
        Column("RequesterName", "text"),
        Column("CreatedAt", "dateTime", indexed=True),
        Column("UpdatedAt", "dateTime"),
        Column("DecisionOutcome", "text"),
        Column("DecisionBy", "text"),
        Column("DecisionAt", "dateTime"),
        Column("DecisionComment", "text", multiline=True),
        Column("CeoUnavailable", "boolean"),
    ),
    "Policy Steward approval requests (policy §2.3).",
    reference="Reference",  # … numbered by the database: a repeat is told (graph/sync/worker.py)
)
APPROVAL_AUDIT = ListSchema(
    "Policy Steward approval audit",
    (
        Column("Reference", "text", indexed=True, required=True),
        Column("At", "dateTime"),
        Column("ActorId", "text"),
        Column("ActorName", "text"),
        Column("Action", "choice", choices=tuple(a.value for a in AuditAction)),
        Column("Comment", "text", multiline=True),
        Column("Revision", "number"),
    ),
    "Everything that happened to each approval request; append-only.",
)
APPROVAL_LISTS = (APPROVALS, APPROVAL_AUDIT)
SCHEMAS = APPROVAL_LISTS  # gathered by graph.sharepoint.schemas.all_schemas


def request_fields(request: ApprovalRequest) -> dict[str, Any]:
    draft, decision = request.draft, request.decision
    return {
        "Title": request.draft.title[:255],
        "Reference": request.reference,
        "State": request.state.value,
        "Kind": draft.kind if draft.kind in ("announcement", "crisis", "other") else "other",
        "Platforms": ",".join(draft.platforms),
        "PostText": draft.text,
        "Links": draft.links,
        "PublishAt": graph_time(draft.publish_at),
        "Urgency": draft.urgency if draft.urgency in ("normal", "urgent") else "normal",
        "NonDigital": draft.non_digital if draft.non_digital in ("yes", "not_needed", "not_yet") else None,
        "Revision": request.revision,
        "RequesterId": request.requester.aad_object_id,
        "RequesterName": request.requester.name,
        "CreatedAt": graph_time(request.created_at),
        "UpdatedAt": graph_time(request.updated_at),
        "DecisionOutcome": decision.outcome.value if decision else "",
        "DecisionBy": decision.by.name if decision else "",
        "DecisionAt": graph_time(decision.at) if decision else None,
        "DecisionComment": decision.comment if decision else "",
        "CeoUnavailable": request.ceo_unavailable,
    }


def audit_fields(entry: AuditEntry) -> dict[str, Any]:
    return {
        "Title": f"A-{entry.request_id} {entry.action.value}",
        "Reference": f"A-{entry.request_id}",
        "At": graph_time(entry.at),
        "ActorId": entry.actor.aad_object_id,
        "ActorName": entry.actor.name,
        "Action": entry.action.value,
        "Comment": entry.comment,
        "Revision": entry.revision,
    }


def audit_key(entry: AuditEntry) -> str:
    return f"A-{entry.request_id}:{entry.revision}:{entry.action.value}:{graph_time(entry.at)}"

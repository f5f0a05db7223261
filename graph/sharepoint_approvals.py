"""Approval requests in SharePoint: the approvals list and its audit list, fed by the outbox.

The local store stays the one that decides (its conditional write picks the first decision);
SharePoint gets a copy of every request and every audit entry, so the charity's record lives
on its own site. Like the incident mirror, a write is committed locally before it is handed to
the outbox, and the latest stored request is what is sent, so copies never arrive out of order.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from typing import Any

from graph.approvals import Actor as ApprovalActor
from graph.approvals import (
    ApprovalRequest,
    ApprovalState,
    ApprovalStore,
    AuditAction,
    AuditEntry,
    CardCopy,
    Draft,
    Revision,
)
from graph.outbox import Outbox
from graph.schema import Column, ListSchema
from graph.sharepoint_incidents import present


def _ts(value: datetime | None) -> str | None:
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ") if value else None


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
SCHEMAS = APPROVAL_LISTS  # gathered by graph.sharepoint_schemas.all_schemas


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
        "PublishAt": _ts(draft.publish_at),
        "Urgency": draft.urgency if draft.urgency in ("normal", "urgent") else "normal",
        "NonDigital": draft.non_digital if draft.non_digital in ("yes", "not_needed", "not_yet") else None,
        "Revision": request.revision,
        "RequesterId": request.requester.aad_object_id,
        "RequesterName": request.requester.name,
        "CreatedAt": _ts(request.created_at),
        "UpdatedAt": _ts(request.updated_at),
        "DecisionOutcome": decision.outcome.value if decision else "",
        "DecisionBy": decision.by.name if decision else "",
        "DecisionAt": _ts(decision.at) if decision else None,
        "DecisionComment": decision.comment if decision else "",
        "CeoUnavailable": request.ceo_unavailable,
    }


def audit_fields(entry: AuditEntry) -> dict[str, Any]:
    return {
        "Title": f"A-{entry.request_id} {entry.action.value}",
        "Reference": f"A-{entry.request_id}",
        "At": _ts(entry.at),
        "ActorId": entry.actor.aad_object_id,
        "ActorName": entry.actor.name,
        "Action": entry.action.value,
        "Comment": entry.comment,
        "Revision": entry.revision,
    }


def audit_key(entry: AuditEntry) -> str:
    return f"A-{entry.request_id}:{entry.revision}:{entry.action.value}:{_ts(entry.at)}"


class ApprovalMirror:
    """An :class:`ApprovalStore` over the local one that copies requests and audit to SharePoint."""

    def __init__(self, local: ApprovalStore, outbox: Outbox) -> None:
        self._local = local
        self._outbox = outbox
        self._lock = asyncio.Lock()

    async def _push(self, request_id: str, entries: list[AuditEntry], *, new: bool) -> None:
        async with self._lock:
            latest = await self._local.get(request_id)
            if latest is None:
                return
            fields = present(request_fields(latest)) if new else request_fields(latest)
            await self._outbox.enqueue(
                APPROVALS.name, latest.reference, "create" if new else "update", fields
            )
            for entry in entries:
                await self._enqueue_audit(entry)

    async def _enqueue_audit(self, entry: AuditEntry) -> None:
        await self._outbox.enqueue(
            APPROVAL_AUDIT.name, audit_key(entry), "create", present(audit_fields(entry))
        )

    async def create(
        self, form_token: str, requester: ApprovalActor, draft: Draft, at: datetime
    ) -> tuple[ApprovalRequest, bool]:
        request, created = await self._local.create(form_token, requester, draft, at)
        if created:
            history = await self._local.history(request.id)
            await self._push(request.id, history, new=True)
        return request, created

    async def get(self, request_id: str) -> ApprovalRequest | None:
        return await self._local.get(request_id)

    async def save(self, request: ApprovalRequest, entry: AuditEntry) -> ApprovalRequest | None:
        saved = await self._local.save(request, entry)
        if saved is not None:
            await self._push(saved.id, [entry], new=False)
        return saved

    async def record(self, entry: AuditEntry) -> None:
        await self._local.record(entry)
        await self._enqueue_audit(entry)

    async def history(self, request_id: str) -> list[AuditEntry]:
        return await self._local.history(request_id)

    async def revisions(self, request_id: str) -> list[Revision]:
        return await self._local.revisions(request_id)

    async def of_requester(self, aad_object_id: str, limit: int = 20) -> list[ApprovalRequest]:
        return await self._local.of_requester(aad_object_id, limit)

    async def pending(self, limit: int = 50) -> list[ApprovalRequest]:
        return await self._local.pending(limit)

    async def created_between(self, start: datetime, end: datetime) -> list[ApprovalRequest]:
        return await self._local.created_between(start, end)

    async def add_copy(self, request_id: str, copy: CardCopy) -> None:
        await self._local.add_copy(request_id, copy)

    async def copies(self, request_id: str) -> list[CardCopy]:
        return await self._local.copies(request_id)

    async def save_form(self, form_token: str, copy: CardCopy) -> None:
        await self._local.save_form(form_token, copy)

    async def form(self, form_token: str) -> CardCopy | None:
        return await self._local.form(form_token)

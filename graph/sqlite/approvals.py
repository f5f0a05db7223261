"""Approval requests in the local SQLite store.

Every change is one SQL statement: triggers copy it into the revision history and the audit
trail inside the same statement, and further triggers refuse to edit or delete audit entries.
With SharePoint, ``on_change`` queues the copies inside the same transaction, so a request can
never be stored without also being on its way to SharePoint. "First
decision wins" is the ``WHERE version = ?`` of ``save``: of twenty concurrent decisions exactly
one matches, whatever the number of processes.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from contextlib import AbstractAsyncContextManager
from datetime import datetime
from typing import Any

import aiosqlite

from graph.records.approvals import (
    Actor,
    ApprovalRequest,
    ApprovalState,
    AuditAction,
    AuditEntry,
    CardCopy,
    Decision,
    Draft,
    Outcome,
    Revision,
)
from graph.records.times import sortable_time
from graph.sqlite.database import Database
from graph.sqlite.migrations import migrate

_COLUMNS = """id, form_token, requester_aad, requester_name, state, draft, revision, created_at,
              updated_at, decision, ceo_unavailable, version"""


def _time(value: str) -> datetime:
    return datetime.fromisoformat(value)


def _draft_json(draft: Draft) -> str:
    return json.dumps(
        {
            "kind": draft.kind,
            "title": draft.title,
            "platforms": list(draft.platforms),
            "text": draft.text,
            "links": draft.links,
            "publish_at": sortable_time(draft.publish_at) if draft.publish_at else None,
            "urgency": draft.urgency,
            "non_digital": draft.non_digital,
        }
    )


def _draft(raw: str) -> Draft:
    data = json.loads(raw)
    return Draft(
        kind=data["kind"],
        title=data["title"],
        platforms=tuple(data["platforms"]),
        text=data["text"],
        links=data["links"],
        publish_at=_time(data["publish_at"]) if data["publish_at"] else None,
        urgency=data["urgency"],
        non_digital=data["non_digital"],
    )


def _decision_json(decision: Decision | None) -> str | None:
    if decision is None:
        return None
    return json.dumps(
        {
            "outcome": decision.outcome.value,
            "by_aad": decision.by.aad_object_id,
            "by_name": decision.by.name,
            "at": sortable_time(decision.at),
            "comment": decision.comment,
            "revision": decision.revision,
        }
    )


def _decision(raw: str | None) -> Decision | None:
    if not raw:
        return None
    data = json.loads(raw)
    return Decision(
        outcome=Outcome(data["outcome"]),
        by=Actor(data["by_aad"], data["by_name"]),
        at=_time(data["at"]),
        comment=data["comment"],
        revision=data["revision"],
    )


def _request(row: aiosqlite.Row) -> ApprovalRequest:
    return ApprovalRequest(
        id=str(row["id"]),
        form_token=row["form_token"],
        requester=Actor(row["requester_aad"], row["requester_name"]),
        state=ApprovalState(row["state"]),
        draft=_draft(row["draft"]),
        revision=row["revision"],
        created_at=_time(row["created_at"]),
        updated_at=_time(row["updated_at"]),
        decision=_decision(row["decision"]),
        ceo_unavailable=bool(row["ceo_unavailable"]),
        etag=str(row["version"]),
    )


def _row_id(request_id: str) -> int | None:
    """Ids come back from cards, so anything that is not a plain positive number is unknown."""
    return int(request_id) if request_id.isdecimal() and len(request_id) < 19 else None


OnChange = Callable[["SqliteApprovalStore", str], Awaitable[None]]


class SqliteApprovalStore:
    def __init__(self, db: Database, *, on_change: OnChange | None = None) -> None:
        self._db = db
        self._on_change = on_change

    async def _changed(self, request_id: str) -> None:
        if self._on_change is not None:
            await self._on_change(self, request_id)

    async def create_schema(self) -> None:
        """The tables come with the database (:mod:`graph.sqlite.migrations`); this checks it is current."""
        await migrate(self._db)

    async def create(
        self, form_token: str, requester: Actor, draft: Draft, at: datetime
    ) -> tuple[ApprovalRequest, bool]:
        async with self._db.transaction():
            return await self._create(form_token, requester, draft, at)

    async def _create(
        self, form_token: str, requester: Actor, draft: Draft, at: datetime
    ) -> tuple[ApprovalRequest, bool]:
        cursor = await self._db.execute(
            """INSERT INTO approval_requests (form_token, requester_aad, requester_name, state, draft,
                 revision, created_at, updated_at, change_actor_aad, change_actor_name, change_action)
               VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?) ON CONFLICT (form_token) DO NOTHING""",
            (
                form_token,
                requester.aad_object_id,
                requester.name,
                ApprovalState.PENDING.value,
                _draft_json(draft),
                sortable_time(at),
                sortable_time(at),
                requester.aad_object_id,
                requester.name,
                AuditAction.SUBMITTED.value,
            ),
        )
        created = cursor.rowcount == 1
        found = await self._one(
            "SELECT " + _COLUMNS + " FROM approval_requests WHERE form_token = ?", form_token
        )
        assert found is not None  # inserted just now, or by the earlier submission of this form
        if created:
            await self._changed(found.id)
        return found, created

    async def get(self, request_id: str) -> ApprovalRequest | None:
        row_id = _row_id(request_id)
        if row_id is None:
            return None
        return await self._one("SELECT " + _COLUMNS + " FROM approval_requests WHERE id = ?", row_id)

    async def save(self, request: ApprovalRequest, entry: AuditEntry) -> ApprovalRequest | None:
        row_id = _row_id(request.id)
        if row_id is None or not request.etag.isdecimal():
            return None
        async with self._db.transaction():
            return await self._save(row_id, request, entry)

    async def _save(self, row_id: int, request: ApprovalRequest, entry: AuditEntry) -> ApprovalRequest | None:
        cursor = await self._db.execute(
            """UPDATE approval_requests SET state = ?, draft = ?, revision = ?, updated_at = ?,
                 decision = ?, ceo_unavailable = ?, version = version + 1, change_actor_aad = ?,
                 change_actor_name = ?, change_action = ?, change_comment = ?
               WHERE id = ? AND version = ?""",
            (
                request.state.value,
                _draft_json(request.draft),
                request.revision,
                sortable_time(entry.at),
                _decision_json(request.decision),
                int(request.ceo_unavailable),
                entry.actor.aad_object_id,
                entry.actor.name,
                entry.action.value,
                entry.comment,
                row_id,
                int(request.etag),
            ),
        )
        if cursor.rowcount != 1:
            return None
        await self._changed(request.id)
        return await self.get(request.id)

    async def record(self, entry: AuditEntry) -> None:
        async with self._db.transaction():
            await self._record(entry)
            await self._changed(entry.request_id)

    async def _record(self, entry: AuditEntry) -> None:
        await self._db.execute(
            """INSERT INTO approval_audit (request_id, at, actor_aad, actor_name, action, comment, revision)
               VALUES (?, ?, ?, ?, ?, ?, ?)""",
            (
                int(entry.request_id),
                sortable_time(entry.at),
                entry.actor.aad_object_id,
                entry.actor.name,
                entry.action.value,
                entry.comment,
                entry.revision,
            ),
        )

    async def history(self, request_id: str) -> list[AuditEntry]:
        rows = await self._all(
            """SELECT at, actor_aad, actor_name, action, comment, revision FROM approval_audit
               WHERE request_id = ? ORDER BY seq""",
            _row_id(request_id),
        )
        return [
            AuditEntry(
                request_id=request_id,
                at=_time(r["at"]),
                actor=Actor(r["actor_aad"], r["actor_name"]),
                action=AuditAction(r["action"]),
                comment=r["comment"],
                revision=r["revision"],
            )
            for r in rows
        ]

    async def revisions(self, request_id: str) -> list[Revision]:
        rows = await self._all(
            "SELECT * FROM approval_revisions WHERE request_id = ? ORDER BY number", _row_id(request_id)
        )
        return [
            Revision(r["number"], _draft(r["draft"]), Actor(r["by_aad"], r["by_name"]), _time(r["at"]))
            for r in rows
        ]

    async def of_requester(self, aad_object_id: str, limit: int = 20) -> list[ApprovalRequest]:
        rows = await self._all(
            "SELECT " + _COLUMNS + " FROM approval_requests WHERE requester_aad = ? ORDER BY id DESC LIMIT ?",
            aad_object_id,
            limit,
        )
        return [_request(r) for r in rows]

    async def pending(self, limit: int = 50) -> list[ApprovalRequest]:
        rows = await self._all(
            "SELECT " + _COLUMNS + " FROM approval_requests WHERE state = ? ORDER BY id LIMIT ?",
            ApprovalState.PENDING.value,
            limit,
        )
        return [_request(r) for r in rows]

    async def created_between(self, start: datetime, end: datetime) -> list[ApprovalRequest]:
        rows = await self._all("SELECT " + _COLUMNS + " FROM approval_requests ORDER BY id")
        found = (_request(r) for r in rows)
        return [r for r in found if start <= r.created_at < end]

    async def add_copy(self, request_id: str, copy: CardCopy) -> None:
        await self._db.execute(
            """INSERT INTO approval_copies (request_id, aad_object_id, conversation_id, activity_id, audience)
               VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
            (int(request_id), copy.aad_object_id, copy.conversation_id, copy.activity_id, copy.audience),
        )

    async def copies(self, request_id: str) -> list[CardCopy]:
        rows = await self._all(
            """SELECT aad_object_id, conversation_id, activity_id, audience FROM approval_copies
               WHERE request_id = ? ORDER BY rowid""",
            _row_id(request_id),
        )
        return [
            CardCopy(r["aad_object_id"], r["conversation_id"], r["activity_id"], r["audience"]) for r in rows
        ]

    async def save_form(self, form_token: str, copy: CardCopy) -> None:
        await self._db.execute(
            """INSERT INTO approval_forms (form_token, aad_object_id, conversation_id, activity_id)
               VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING""",
            (form_token, copy.aad_object_id, copy.conversation_id, copy.activity_id),
        )

    async def form(self, form_token: str) -> CardCopy | None:
        rows = await self._all(
            "SELECT aad_object_id, conversation_id, activity_id FROM approval_forms WHERE form_token = ?",
            form_token,
        )
        if not rows:
            return None
        row = rows[0]
        return CardCopy(row["aad_object_id"], row["conversation_id"], row["activity_id"], "requester")

    async def _one(self, sql: str, *params: Any) -> ApprovalRequest | None:
        rows = await self._all(sql, *params)
        return _request(rows[0]) if rows else None

    async def _all(self, sql: str, *params: Any) -> list[aiosqlite.Row]:
        async with self._db.execute(sql, params) as cursor:
            return list(await cursor.fetchall())

    def transaction(self) -> AbstractAsyncContextManager[Database]:
        return self._db.transaction()

    async def ids(self) -> list[str]:
        """Every request's id, oldest first (the mirror checks each has been handed over)."""
        return [str(r["id"]) for r in await self._all("SELECT id FROM approval_requests ORDER BY id")]

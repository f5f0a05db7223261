"""Approval requests in the local SQLite store.

Every write is one SQL statement, so it is atomic even though all stores share one connection:
triggers copy each change of a request into the revision history and the audit trail inside
the same statement, and further triggers refuse to edit or delete audit entries. "First
decision wins" is the ``WHERE version = ?`` of ``save``: of twenty concurrent decisions exactly
one matches, whatever the number of processes.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import aiosqlite

from graph.approvals import (
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

_SCHEMA = """
CREATE TABLE IF NOT EXISTS approval_requests (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    form_token TEXT NOT NULL UNIQUE,
    requester_aad TEXT NOT NULL,
    requester_name TEXT NOT NULL,
    state TEXT NOT NULL,
    draft TEXT NOT NULL,
    revision INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    decision TEXT,
    ceo_unavailable INTEGER NOT NULL DEFAULT 0,
    version INTEGER NOT NULL DEFAULT 1,
    -- the change that produced this version; the triggers below copy it into the audit trail
    change_actor_aad TEXT NOT NULL,
    change_actor_name TEXT NOT NULL,
    change_action TEXT NOT NULL,
    change_comment TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS approval_requests_requester ON approval_requests (requester_aad, id);
CREATE INDEX IF NOT EXISTS approval_requests_state ON approval_requests (state, id);
CREATE TABLE IF NOT EXISTS approval_revisions (
    request_id INTEGER NOT NULL REFERENCES approval_requests (id),
    number INTEGER NOT NULL,
    draft TEXT NOT NULL,
    by_aad TEXT NOT NULL,
    by_name TEXT NOT NULL,
    at TEXT NOT NULL,
    PRIMARY KEY (request_id, number)
);
CREATE TABLE IF NOT EXISTS approval_audit (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    request_id INTEGER NOT NULL REFERENCES approval_requests (id),
    at TEXT NOT NULL,
    actor_aad TEXT NOT NULL,
    actor_name TEXT NOT NULL,
    action TEXT NOT NULL,
    comment TEXT NOT NULL DEFAULT '',
    revision INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS approval_audit_request ON approval_audit (request_id, seq);
CREATE TABLE IF NOT EXISTS approval_copies (
    request_id INTEGER NOT NULL REFERENCES approval_requests (id),
    aad_object_id TEXT NOT NULL,
    conversation_id TEXT NOT NULL,
    activity_id TEXT NOT NULL,
    audience TEXT NOT NULL,
    PRIMARY KEY (request_id, conversation_id, activity_id)
);
CREATE TABLE IF NOT EXISTS approval_forms (
    form_token TEXT PRIMARY KEY,
    aad_object_id TEXT NOT NULL,
    conversation_id TEXT NOT NULL,
    activity_id TEXT NOT NULL
);
CREATE TRIGGER IF NOT EXISTS approval_created AFTER INSERT ON approval_requests BEGIN
    INSERT INTO approval_revisions VALUES (
        NEW.id, NEW.revision, NEW.draft, NEW.change_actor_aad, NEW.change_actor_name, NEW.updated_at);
    INSERT INTO approval_audit (request_id, at, actor_aad, actor_name, action, comment, revision)
    VALUES (NEW.id, NEW.updated_at, NEW.change_actor_aad, NEW.change_actor_name, NEW.change_action,
            NEW.change_comment, NEW.revision);
END;
CREATE TRIGGER IF NOT EXISTS approval_changed AFTER UPDATE ON approval_requests BEGIN
    INSERT INTO approval_revisions
    SELECT NEW.id, NEW.revision, NEW.draft, NEW.change_actor_aad, NEW.change_actor_name, NEW.updated_at
    WHERE NEW.revision > OLD.revision;
    INSERT INTO approval_audit (request_id, at, actor_aad, actor_name, action, comment, revision)
    VALUES (NEW.id, NEW.updated_at, NEW.change_actor_aad, NEW.change_actor_name, NEW.change_action,
            NEW.change_comment, NEW.revision);
END;
CREATE TRIGGER IF NOT EXISTS approval_audit_no_update BEFORE UPDATE ON approval_audit BEGIN
    SELECT RAISE(ABORT, 'the approval audit trail is append-only');
END;
CREATE TRIGGER IF NOT EXISTS approval_audit_no_delete BEFORE DELETE ON approval_audit BEGIN
    SELECT RAISE(ABORT, 'the approval audit trail is append-only');
END;
"""

_COLUMNS = """id, form_token, requester_aad, requester_name, state, draft, revision, created_at,
              updated_at, decision, ceo_unavailable, version"""


def _ts(value: datetime) -> str:
    """Fixed-width UTC text, so SQLite's string comparison orders times correctly."""
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


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
            "publish_at": _ts(draft.publish_at) if draft.publish_at else None,
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
            "at": _ts(decision.at),
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


class SqliteApprovalStore:
    def __init__(self, db: aiosqlite.Connection) -> None:
        self._db = db

    async def create_schema(self) -> None:
        await self._db.executescript(_SCHEMA)

    async def create(
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
                _ts(at),
                _ts(at),
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
        cursor = await self._db.execute(
            """UPDATE approval_requests SET state = ?, draft = ?, revision = ?, updated_at = ?,
                 decision = ?, ceo_unavailable = ?, version = version + 1, change_actor_aad = ?,
                 change_actor_name = ?, change_action = ?, change_comment = ?
               WHERE id = ? AND version = ?""",
            (
                request.state.value,
                _draft_json(request.draft),
                request.revision,
                _ts(entry.at),
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
        return await self.get(request.id)

    async def record(self, entry: AuditEntry) -> None:
        await self._db.execute(
            """INSERT INTO approval_audit (request_id, at, actor_aad, actor_name, action, comment, revision)
               VALUES (?, ?, ?, ?, ?, ?, ?)""",
            (
                int(entry.request_id),
                _ts(entry.at),
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

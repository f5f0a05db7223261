"""Scheduled jobs in a SharePoint list, for when several bot instances share one store.

The claim is a conditional write: the item's eTag is sent as ``If-Match``, so when two
instances try to claim the same due job, SharePoint accepts one write and answers the other
with 412, and the nudge goes out once. A claim that was never completed expires, as in SQLite.
Times are stored as fixed-width UTC text, so they compare as strings.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from graph.msgraph.errors import Conflict
from graph.records.jobs import Job
from graph.records.times import sortable_time
from graph.sharepoint.lists import ListItem, SharePointLists
from graph.sharepoint.schema import Column, ListSchema, fields_eq

JOBS_LIST = ListSchema(
    "Policy Steward jobs",
    (
        Column("Kind", "text"),
        Column("DueAt", "text"),
        Column("JobStatus", "choice", indexed=True, choices=("pending", "done", "cancelled")),
        Column("Payload", "text", multiline=True),
        Column("ClaimedBy", "text"),
        Column("ClaimedUntil", "text"),
        Column("Attempts", "number"),
    ),
    description="Reminders and nudges the bot will send (one row per occurrence).",
)

SCHEMAS = (JOBS_LIST,)


def _job(item: ListItem) -> Job:
    f = item.fields
    return Job(
        key=str(item.key),
        kind=str(f.get("Kind", "")),
        due_at=datetime.fromisoformat(str(f["DueAt"])),
        payload=json.loads(str(f.get("Payload") or "{}")),
        attempts=int(f.get("Attempts") or 0),
    )


def _free(item: ListItem, now: datetime) -> bool:
    until = item.fields.get("ClaimedUntil") or ""
    return not until or str(until) < sortable_time(now)


class SharePointJobStore:
    def __init__(self, lists: SharePointLists) -> None:
        self._lists = lists
        self._name = JOBS_LIST.name

    async def create_schema(self) -> None:
        await self._lists.ensure_list(JOBS_LIST)

    async def _pending_items(self) -> list[ListItem]:
        return await self._lists.query(self._name, filter=fields_eq({"JobStatus": "pending"}))

    async def put(self, job: Job) -> None:
        fields: dict[str, Any] = {
            "Kind": job.kind,
            "DueAt": sortable_time(job.due_at),
            "Payload": json.dumps(dict(job.payload)),
        }
        for _ in range(3):
            found = await self._lists.find_by_key(self._name, job.key)
            if found is None:
                new = {**fields, "JobStatus": "pending", "Attempts": 0, "ClaimedBy": "", "ClaimedUntil": ""}
                await self._lists.create_item(self._name, new, job.key, check_existing=True)
                return
            status = found.fields.get("JobStatus")
            if status == "done":
                return
            if status == "cancelled":
                fields |= {"JobStatus": "pending", "ClaimedUntil": ""}
            try:
                await self._lists.update_fields(self._name, found.id, fields, found.etag)
                return
            except Conflict:
                continue  # someone claimed or moved it meanwhile: look again

    async def _set(self, key: str, fields: dict[str, Any], *, only_pending: bool = True) -> bool:
        for _ in range(3):
            found = await self._lists.find_by_key(self._name, key)
            if found is None or (only_pending and found.fields.get("JobStatus") != "pending"):
                return False
            try:
                await self._lists.update_fields(self._name, found.id, fields, found.etag)
                return True
            except Conflict:
                continue
        return False

    async def cancel(self, key: str) -> bool:
        return await self._set(key, {"JobStatus": "cancelled"})

    async def get(self, key: str) -> Job | None:
        found = await self._lists.find_by_key(self._name, key)
        return _job(found) if found and found.fields.get("JobStatus") == "pending" else None

    async def due(self, now: datetime, limit: int = 50) -> list[Job]:
        items = [
            i
            for i in await self._pending_items()
            if str(i.fields["DueAt"]) <= sortable_time(now) and _free(i, now)
        ]
        return [_job(i) for i in sorted(items, key=lambda i: str(i.fields["DueAt"]))[:limit]]

    async def claim(self, key: str, owner: str, now: datetime, until: datetime) -> bool:
        """One attempt, no retry on 412: a changed eTag means another instance got there first."""
        found = await self._lists.find_by_key(self._name, key)
        if found is None or found.fields.get("JobStatus") != "pending" or not _free(found, now):
            return False
        attempts = int(found.fields.get("Attempts") or 0) + 1
        fields = {"ClaimedBy": owner, "ClaimedUntil": sortable_time(until), "Attempts": attempts}
        try:
            await self._lists.update_fields(self._name, found.id, fields, found.etag)
        except Conflict:
            return False
        return True

    async def complete(self, key: str, now: datetime) -> None:
        await self._set(key, {"JobStatus": "done", "ClaimedUntil": ""}, only_pending=False)

    async def retry(self, key: str, at: datetime) -> None:
        await self._set(key, {"DueAt": sortable_time(at), "ClaimedBy": "", "ClaimedUntil": ""})

    async def next_due(self) -> datetime | None:
        times = [
            max(str(i.fields["DueAt"]), str(i.fields.get("ClaimedUntil") or ""))
            for i in await self._pending_items()
        ]
        return datetime.fromisoformat(min(times)) if times else None

    async def pending(self, kind_prefix: str = "") -> list[Job]:
        jobs = [_job(i) for i in await self._pending_items()]
        return sorted((j for j in jobs if j.kind.startswith(kind_prefix)), key=lambda j: j.due_at)

"""Leavers, their checklists and the detection markers in SharePoint lists.

A leaver's id is its item id. Each checklist item is its own item whose idempotency key
names the leaver, resource and task, so a tick finds it with one indexed lookup. Ticking,
closing and telling the CEO are eTag-conditional writes that only fill an empty field, so
the first tick is the one kept and the CEO hears about a leaver once, however many
instances or people act at the same moment.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from graph.records.leavers import ChecklistItem, Leaver, LeaverSource, NewLeaver, Task
from graph.sharepoint.lists import ListItem, SharePointLists
from graph.sharepoint.schema import Column, ListSchema, fields_eq
from graph.sharepoint.values import (
    create,
    create_once,
    get_by_id,
    number,
    read_day,
    read_time,
    sp_time,
    text,
    update_if,
    with_key,
)
from graph.sqlite.values import day_or_none

LEAVERS_LIST = ListSchema(
    "Policy Steward leavers",
    (
        Column("Email", "text", indexed=True),
        Column("PersonName", "text"),
        Column("Aad", "text", indexed=True),
        Column("Source", "choice", choices=tuple(s.value for s in LeaverSource)),
        Column("Reason", "text", multiline=True),
        Column("RecordedBy", "text"),
        Column("RecordedAt", "dateTime"),
        Column("LeaveDate", "text"),
        Column("ClosedAt", "dateTime"),
        Column("CeoToldAt", "dateTime"),
    ),
    description="People who left, and when their access to the official accounts was closed (§2.6).",
)

CHECKLIST_LIST = ListSchema(
    "Policy Steward leaver checklist",
    (
        Column("LeaverId", "number", indexed=True),
        Column("Resource", "text"),
        Column("Task", "choice", choices=tuple(t.value for t in Task)),
        Column("DoneBy", "text"),
        Column("DoneAt", "dateTime"),
    ),
    description="For each leaver and account: role removed, shared password changed, recovery checked.",
)

MARKERS_LIST = ListSchema(
    "Policy Steward markers",
    (Column("Value", "text", multiline=True),),
    description="Small saved state between runs, e.g. where leaver detection got to.",
)

SCHEMAS = (LEAVERS_LIST, CHECKLIST_LIST, MARKERS_LIST)


def _leaver(item: ListItem) -> Leaver:
    f = item.fields
    recorded_at = read_time(f.get("RecordedAt"))
    assert recorded_at is not None
    return Leaver(
        id=number(item),
        email=text(f.get("Email")),
        name=text(f.get("PersonName")),
        aad=text(f.get("Aad")),
        source=LeaverSource(text(f.get("Source"))),
        reason=text(f.get("Reason")),
        recorded_by=text(f.get("RecordedBy")),
        recorded_at=recorded_at,
        leave_date=read_day(f.get("LeaveDate")),
        closed_at=read_time(f.get("ClosedAt")),
        ceo_told_at=read_time(f.get("CeoToldAt")),
    )


def _checklist_item(item: ListItem) -> ChecklistItem:
    f = item.fields
    return ChecklistItem(
        leaver_id=int(f.get("LeaverId") or 0),
        resource=text(f.get("Resource")),
        task=Task(text(f.get("Task"))),
        done_by=text(f.get("DoneBy")),
        done_at=read_time(f.get("DoneAt")),
    )


def _item_key(leaver_id: int, resource: str, task: Task) -> str:
    return f"leaver:{leaver_id}:{task.value}:{resource}"


def _fill(name: str, fields: dict[str, Any]) -> Callable[[ListItem], dict[str, Any] | None]:
    """A change for :func:`update_if` that only writes while ``name`` is still empty."""
    return lambda item: None if item.fields.get(name) else fields


class SharePointLeaverStore:
    def __init__(self, lists: SharePointLists) -> None:
        self._lists = lists
        self._leavers = LEAVERS_LIST.name
        self._checklist = CHECKLIST_LIST.name
        self._markers = MARKERS_LIST.name

    async def create_schema(self) -> None:
        for schema in SCHEMAS:
            await self._lists.ensure_list(schema)

    async def add(self, new: NewLeaver, items: Sequence[tuple[str, Task]], by: str, at: datetime) -> Leaver:
        fields = {
            "Email": new.email.lower(),
            "PersonName": new.name,
            "Aad": new.aad,
            "Source": new.source.value,
            "Reason": new.reason,
            "RecordedBy": by,
            "RecordedAt": sp_time(at),
            "LeaveDate": day_or_none(new.leave_date),
            "ClosedAt": None if items else sp_time(at),
        }
        created = await create(self._lists, self._leavers, fields, f"leaver:{uuid.uuid4().hex}")
        leaver_id = number(created)
        for resource, task in dict.fromkeys(items):
            key = _item_key(leaver_id, resource, task)
            item_fields = {"LeaverId": leaver_id, "Resource": resource, "Task": task.value}
            await create(self._lists, self._checklist, item_fields, key)
        return _leaver(created)

    async def find(self, email: str = "", aad: str = "") -> Leaver | None:
        found: list[ListItem] = []
        if email:
            found += await self._lists.query(self._leavers, filter=fields_eq({"Email": email.lower()}))
        if aad:
            found += await self._lists.query(self._leavers, filter=fields_eq({"Aad": aad}))
        latest = max(found, key=number, default=None)
        return _leaver(latest) if latest else None

    async def get(self, leaver_id: int) -> Leaver | None:
        found = await get_by_id(self._lists, self._leavers, leaver_id)
        return _leaver(found) if found else None

    async def items(self, leaver_id: int) -> list[ChecklistItem]:
        found = await self._lists.query(self._checklist, filter=fields_eq({"LeaverId": leaver_id}))
        return [_checklist_item(i) for i in sorted(found, key=number)]

    async def tick(self, leaver_id: int, resource: str, task: Task, by: str, at: datetime) -> bool:
        key = _item_key(leaver_id, resource, task)
        done = await update_if(
            self._lists,
            self._checklist,
            lambda: with_key(self._lists, self._checklist, key),
            _fill("DoneAt", {"DoneBy": by, "DoneAt": sp_time(at)}),
        )
        return done is not None

    async def _fill_leaver(self, leaver_id: int, name: str, at: datetime) -> bool:
        done = await update_if(
            self._lists,
            self._leavers,
            lambda: get_by_id(self._lists, self._leavers, leaver_id),
            _fill(name, {name: sp_time(at)}),
        )
        return done is not None

    async def close(self, leaver_id: int, at: datetime) -> bool:
        return await self._fill_leaver(leaver_id, "ClosedAt", at)

    async def mark_ceo_told(self, leaver_id: int, at: datetime) -> bool:
        return await self._fill_leaver(leaver_id, "CeoToldAt", at)

    async def all(self, *, open_only: bool = False) -> list[Leaver]:
        leavers = [_leaver(i) for i in sorted(await self._lists.query(self._leavers), key=number)]
        return [x for x in leavers if x.open] if open_only else leavers

    async def get_marker(self, name: str) -> str | None:
        found = await with_key(self._lists, self._markers, name)
        return text(found.fields.get("Value")) if found else None

    async def set_marker(self, name: str, value: str) -> None:
        _, created = await create_once(self._lists, self._markers, name, {"Value": value})
        if not created:
            await update_if(
                self._lists,
                self._markers,
                lambda: with_key(self._lists, self._markers, name),
                lambda item: {"Value": value},
            )

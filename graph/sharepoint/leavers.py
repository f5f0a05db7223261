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

from graph.records.leavers import ITEM_ROWS, LEAVER_ROWS, ChecklistItem, Leaver, LeaverSource, NewLeaver, Task
from graph.sharepoint.lists import ListItem, SharePointLists
from graph.sharepoint.schema import Column, ListSchema, fields_eq
from graph.sharepoint.values import (
    Columns,
    columns_of,
    create,
    create_once,
    get_by_id,
    number,
    text,
    to_fields,
    to_row,
    update_if,
    with_key,
)

# Codec names (graph.records.leavers.LEAVER_ROWS) and their columns; the id is the item's id.
LEAVER_COLUMNS: Columns = (
    ("email", Column("Email", "text", indexed=True)),
    ("name", Column("PersonName", "text")),
    ("aad", Column("Aad", "text", indexed=True)),
    ("source", Column("Source", "choice", choices=tuple(s.value for s in LeaverSource))),
    ("reason", Column("Reason", "text", multiline=True)),
    ("recorded_by", Column("RecordedBy", "text")),
    ("recorded_at", Column("RecordedAt", "dateTime")),
    ("leave_date", Column("LeaveDate", "text")),
    ("closed_at", Column("ClosedAt", "dateTime")),
    ("ceo_told_at", Column("CeoToldAt", "dateTime")),
)
# Codec names (graph.records.leavers.ITEM_ROWS) and their columns.
ITEM_COLUMNS: Columns = (
    ("leaver_id", Column("LeaverId", "number", indexed=True)),
    ("resource", Column("Resource", "text")),
    ("task", Column("Task", "choice", choices=tuple(t.value for t in Task))),
    ("done_by", Column("DoneBy", "text")),
    ("done_at", Column("DoneAt", "dateTime")),
)
LEAVERS_LIST = ListSchema(
    "Policy Steward leavers",
    columns_of(LEAVER_COLUMNS),
    description="People who left, and when their access to the official accounts was closed (§2.6).",
)
CHECKLIST_LIST = ListSchema(
    "Policy Steward leaver checklist",
    columns_of(ITEM_COLUMNS),
    description="For each leaver and account: role removed, shared password changed, recovery checked.",
)
MARKERS_LIST = ListSchema(
    "Policy Steward markers",
    (Column("Value", "text", multiline=True),),
    description="Small saved state between runs, e.g. where leaver detection got to.",
)

SCHEMAS = (LEAVERS_LIST, CHECKLIST_LIST, MARKERS_LIST)


def _leaver(item: ListItem) -> Leaver:
    return LEAVER_ROWS.record(to_row(LEAVER_COLUMNS, item, id=number(item)))


def _checklist_item(item: ListItem) -> ChecklistItem:
    return ITEM_ROWS.record(to_row(ITEM_COLUMNS, item))


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
        fields = to_fields(LEAVER_COLUMNS, LEAVER_ROWS.row(new.recorded(by, at, closed=not items)))
        created = await create(self._lists, self._leavers, fields, f"leaver:{uuid.uuid4().hex}")
        leaver_id = number(created)
        for resource, task in dict.fromkeys(items):
            key = _item_key(leaver_id, resource, task)
            item_fields = to_fields(ITEM_COLUMNS, ITEM_ROWS.row(ChecklistItem(leaver_id, resource, task)))
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
            _fill("DoneAt", to_fields(ITEM_COLUMNS, {"done_by": by, "done_at": at})),
        )
        return done is not None

    async def _fill_leaver(self, leaver_id: int, name: str, at: datetime) -> bool:
        fields = to_fields(LEAVER_COLUMNS, {name: at})
        [column] = fields
        done = await update_if(
            self._lists,
            self._leavers,
            lambda: get_by_id(self._lists, self._leavers, leaver_id),
            _fill(column, fields),
        )
        return done is not None

    async def close(self, leaver_id: int, at: datetime) -> bool:
        return await self._fill_leaver(leaver_id, "closed_at", at)

    async def mark_ceo_told(self, leaver_id: int, at: datetime) -> bool:
        return await self._fill_leaver(leaver_id, "ceo_told_at", at)

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

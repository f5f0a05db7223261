"""Review cycles and their records in SharePoint lists.

A cycle's key ("policy", "risk:facebook") is its item's idempotency key, so seeding at
start-up is :func:`graph.sharepoint.values.create_once` and two instances starting together
seed one cycle. ``update(expected_due=)`` is an eTag-conditional write of a cycle whose due
date was checked on the same read: two people pressing Done on one nudge advance it once.
Records are only ever added; their id is the item id, so "oldest first" is id order.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from graph.records.codec import parse_day
from graph.records.reviews import (
    CYCLE_ROWS,
    RECORD_ROWS,
    Cadence,
    ReviewAction,
    ReviewCycle,
    ReviewEntry,
    ReviewKind,
    ReviewRecord,
)
from graph.sharepoint.lists import ListItem, SharePointLists
from graph.sharepoint.schema import Column, ListSchema, fields_eq
from graph.sharepoint.values import (
    Columns,
    columns_of,
    create,
    create_once,
    number,
    to_fields,
    to_row,
    update_if,
    with_key,
)

# Codec names (graph.records.reviews.CYCLE_ROWS) and their columns; the key is the item's key.
CYCLE_COLUMNS: Columns = (
    ("kind", Column("Kind", "choice", choices=tuple(k.value for k in ReviewKind))),
    ("title", Column("CycleTitle", "text")),
    ("cadence", Column("Cadence", "choice", choices=tuple(c.value for c in Cadence))),
    ("next_due", Column("NextDue", "text")),
    ("snoozed_until", Column("SnoozedUntil", "text")),
    ("active", Column("Active", "boolean")),
)
# Codec names (graph.records.reviews.RECORD_ROWS) and their columns; the id is the item's id.
RECORD_COLUMNS: Columns = (
    ("cycle_key", Column("CycleKey", "text", indexed=True)),
    ("action", Column("Action", "choice", choices=tuple(a.value for a in ReviewAction))),
    ("due", Column("Due", "text")),
    ("by_name", Column("ByName", "text")),
    ("by_aad", Column("ByAad", "text")),
    ("at", Column("At", "dateTime")),
    ("note", Column("Note", "text", multiline=True)),
    ("until", Column("Until", "text")),
)
CYCLES_LIST = ListSchema(
    "Policy Steward review cycles",
    columns_of(CYCLE_COLUMNS),
    description="What is reviewed and when it is next due (§2.1, §2.3, §2.6).",
)
RECORDS_LIST = ListSchema(
    "Policy Steward review records",
    columns_of(RECORD_COLUMNS),
    description="Every review done or snoozed, by whom and when: evidence for the annual review.",
)

SCHEMAS = (CYCLES_LIST, RECORDS_LIST)


def _cycle_fields(cycle: ReviewCycle) -> dict[str, Any]:
    """What an update may change: everything but the kind."""
    fields = to_fields(CYCLE_COLUMNS, CYCLE_ROWS.row(cycle))
    del fields["Kind"]
    return fields


def _cycle(item: ListItem) -> ReviewCycle:
    return CYCLE_ROWS.record(to_row(CYCLE_COLUMNS, item, key=item.key))


def _record(item: ListItem) -> ReviewRecord:
    return RECORD_ROWS.record(to_row(RECORD_COLUMNS, item, id=number(item)))


class SharePointReviewStore:
    def __init__(self, lists: SharePointLists) -> None:
        self._lists = lists
        self._cycles = CYCLES_LIST.name
        self._records = RECORDS_LIST.name

    async def create_schema(self) -> None:
        for schema in SCHEMAS:
            await self._lists.ensure_list(schema)

    async def ensure(self, cycle: ReviewCycle) -> ReviewCycle:
        fields = to_fields(CYCLE_COLUMNS, CYCLE_ROWS.row(cycle))
        stored, _ = await create_once(self._lists, self._cycles, cycle.key, fields)
        return _cycle(stored)

    async def get(self, key: str) -> ReviewCycle | None:
        found = await with_key(self._lists, self._cycles, key)
        return _cycle(found) if found else None

    async def cycles(self) -> list[ReviewCycle]:
        every = {}
        for item in sorted(await self._lists.query(self._cycles), key=number, reverse=True):
            every[item.key] = _cycle(item)  # the oldest copy of a key wins, as in with_key
        active = (c for c in every.values() if c.active)
        return sorted(active, key=lambda c: (c.next_due, c.key))

    async def update(self, cycle: ReviewCycle, *, expected_due: date | None = None) -> bool:
        def change(item: ListItem) -> dict[str, Any] | None:
            if expected_due is not None and parse_day(item.fields.get("NextDue")) != expected_due:
                return None
            return _cycle_fields(cycle)

        done = await update_if(
            self._lists, self._cycles, lambda: with_key(self._lists, self._cycles, cycle.key), change
        )
        return done is not None

    async def record(self, entry: ReviewEntry) -> ReviewRecord:
        fields = to_fields(RECORD_COLUMNS, RECORD_ROWS.row(entry.numbered(0)))
        created = await create(self._lists, self._records, fields, f"review:{uuid.uuid4().hex}")
        return _record(created)

    async def records(self, cycle_key: str | None = None) -> list[ReviewRecord]:
        condition = fields_eq({"CycleKey": cycle_key}) if cycle_key is not None else None
        items = await self._lists.query(self._records, filter=condition)
        return [_record(i) for i in sorted(items, key=number)]

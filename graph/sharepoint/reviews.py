"""Review cycles and their records in SharePoint lists.

A cycle's key ("policy", "risk:facebook") is its item's idempotency key, so seeding at
start-up is :func:`graph.sharepoint.values.create_once` and two instances starting together
seed one cycle. ``update(expected_due=)`` is an eTag-conditional write of a cycle whose due
date was checked on the same read: two people pressing Done on one nudge advance it once.
Records are only ever added; their id is the item id, so "oldest first" is id order.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from graph.records.reviews import Cadence, ReviewAction, ReviewCycle, ReviewKind, ReviewRecord
from graph.sharepoint.lists import ListItem, SharePointLists
from graph.sharepoint.schema import Column, ListSchema, fields_eq
from graph.sharepoint.values import (
    create,
    create_once,
    number,
    read_day,
    read_time,
    sp_time,
    text,
    update_if,
    with_key,
)
from graph.sqlite.values import day_or_none

CYCLES_LIST = ListSchema(
    "Policy Steward review cycles",
    (
        Column("Kind", "choice", choices=tuple(k.value for k in ReviewKind)),
        Column("CycleTitle", "text"),
        Column("Cadence", "choice", choices=tuple(c.value for c in Cadence)),
        Column("NextDue", "text"),
        Column("SnoozedUntil", "text"),
        Column("Active", "boolean"),
    ),
    description="What is reviewed and when it is next due (§2.1, §2.3, §2.6).",
)

RECORDS_LIST = ListSchema(
    "Policy Steward review records",
    (
        Column("CycleKey", "text", indexed=True),
        Column("Action", "choice", choices=tuple(a.value for a in ReviewAction)),
        Column("Due", "text"),
        Column("ByName", "text"),
        Column("ByAad", "text"),
        Column("At", "dateTime"),
        Column("Note", "text", multiline=True),
        Column("Until", "text"),
    ),
    description="Every review done or snoozed, by whom and when: evidence for the annual review.",
)

SCHEMAS = (CYCLES_LIST, RECORDS_LIST)


def _cycle_fields(cycle: ReviewCycle) -> dict[str, Any]:
    return {
        "CycleTitle": cycle.title,
        "Cadence": cycle.cadence.value,
        "NextDue": cycle.next_due.isoformat(),
        "SnoozedUntil": day_or_none(cycle.snoozed_until),
        "Active": cycle.active,
    }


def _cycle(item: ListItem) -> ReviewCycle:
    f = item.fields
    next_due = read_day(f.get("NextDue"))
    assert next_due is not None
    return ReviewCycle(
        key=text(item.key),
        kind=ReviewKind(text(f.get("Kind"))),
        title=text(f.get("CycleTitle")),
        cadence=Cadence(text(f.get("Cadence"))),
        next_due=next_due,
        snoozed_until=read_day(f.get("SnoozedUntil")),
        active=bool(f.get("Active")),
    )


def _record(item: ListItem) -> ReviewRecord:
    f = item.fields
    due, at = read_day(f.get("Due")), read_time(f.get("At"))
    assert due is not None
    assert at is not None
    return ReviewRecord(
        id=number(item),
        cycle_key=text(f.get("CycleKey")),
        action=ReviewAction(text(f.get("Action"))),
        due=due,
        by_name=text(f.get("ByName")),
        by_aad=text(f.get("ByAad")),
        at=at,
        note=text(f.get("Note")),
        until=read_day(f.get("Until")),
    )


class SharePointReviewStore:
    def __init__(self, lists: SharePointLists) -> None:
        self._lists = lists
        self._cycles = CYCLES_LIST.name
        self._records = RECORDS_LIST.name

    async def create_schema(self) -> None:
        for schema in SCHEMAS:
            await self._lists.ensure_list(schema)

    async def ensure(self, cycle: ReviewCycle) -> ReviewCycle:
        fields = {"Kind": cycle.kind.value, **_cycle_fields(cycle)}
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
            if expected_due is not None and read_day(item.fields.get("NextDue")) != expected_due:
                return None
            return _cycle_fields(cycle)

        done = await update_if(
            self._lists, self._cycles, lambda: with_key(self._lists, self._cycles, cycle.key), change
        )
        return done is not None

    async def record(
        self,
        cycle_key: str,
        action: ReviewAction,
        due: date,
        by_name: str,
        by_aad: str,
        at: datetime,
        *,
        note: str = "",
        until: date | None = None,
    ) -> ReviewRecord:
        fields = {
            "CycleKey": cycle_key,
            "Action": action.value,
            "Due": due.isoformat(),
            "ByName": by_name,
            "ByAad": by_aad,
            "At": sp_time(at),
            "Note": note,
            "Until": day_or_none(until),
        }
        created = await create(self._lists, self._records, fields, f"review:{uuid.uuid4().hex}")
        return _record(created)

    async def records(self, cycle_key: str | None = None) -> list[ReviewRecord]:
        condition = fields_eq({"CycleKey": cycle_key}) if cycle_key is not None else None
        items = await self._lists.query(self._records, filter=condition)
        return [_record(i) for i in sorted(items, key=number)]

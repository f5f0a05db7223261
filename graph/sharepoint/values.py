"""What the SharePoint stores share: how values are written, and writes that only one caller wins.

Instants go into dateTime columns as UTC to the second, which is all SharePoint keeps.
Calendar dates (a due date, a training date) go into text columns as ``YYYY-MM-DD``: a
date-only dateTime column is stored as midnight in the site's time zone and read back in
UTC, so in summer 1 July would come back as 30 June 23:00.

SharePoint has no unique constraint we can rely on and no transactions, so "first wins"
is built from two things it does have. A conditional update sends the eTag it read and
re-reads on 412 (:func:`update_if`). A create that must happen once (a welcome, a seeded
cycle) creates its item and then looks the key up again: the item with the lowest id wins
(:func:`create_once`). Whoever created the later item is sure to see the earlier one, so
exactly one caller is told it won. The loser deletes its copy; should that fail, the copy
stays behind and every read ignores it.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Mapping
from datetime import date, datetime
from typing import Any

from graph.msgraph.errors import Conflict, NotFound, StoreError
from graph.records.times import graph_time
from graph.sharepoint.lists import ListItem, SharePointLists
from graph.sharepoint.schema import IDEMPOTENCY_COLUMN, Column, fields_eq

UPDATE_ATTEMPTS = 5
log = logging.getLogger(__name__)

# A list's columns by the names of its record's codec (``graph.records.codec``), in list order.
Columns = tuple[tuple[str, Column], ...]


def columns_of(columns: Columns) -> tuple[Column, ...]:
    """The list's columns, for its :class:`graph.sharepoint.schema.ListSchema`."""
    return tuple(column for _, column in columns)


def to_fields(columns: Columns, row: Mapping[str, Any]) -> dict[str, Any]:
    """A codec row (or part of one) as list fields: times in whole seconds (``graph_time``),
    dates as text. Names the list has no column for (the item's id or key) are left out."""
    names = dict(columns)
    fields: dict[str, Any] = {}
    for name, value in row.items():
        if name not in names:
            continue
        if isinstance(value, datetime):
            value = graph_time(value)
        elif isinstance(value, date):
            value = value.isoformat()
        fields[names[name].name] = value
    return fields


def to_row(columns: Columns, item: ListItem, **extra: Any) -> dict[str, Any]:
    """A list item as a codec row, with ``extra`` values the list keeps outside its columns."""
    return {name: item.fields.get(column.name) for name, column in columns} | extra


def text(value: Any) -> str:
    return "" if value is None else str(value)


def number(item: ListItem) -> int:
    """The item's id as the int the Protocols hand out (SharePoint ids count up from 1)."""
    return int(item.id)


async def get_by_id(lists: SharePointLists, list_name: str, item_id: int) -> ListItem | None:
    if item_id <= 0:
        return None
    try:
        return await lists.get_item(list_name, str(item_id))
    except NotFound:
        return None


async def with_key(lists: SharePointLists, list_name: str, key: str) -> ListItem | None:
    """The first item created with ``key``; any later copy lost a :func:`create_once` race."""
    items = await lists.query(list_name, filter=fields_eq({IDEMPOTENCY_COLUMN: key}))
    return min(items, key=number, default=None)


async def create(lists: SharePointLists, list_name: str, fields: Mapping[str, Any], key: str) -> ListItem:
    """Create an item, leaving out empty values: a new item's fields start empty anyway."""
    present = {name: value for name, value in fields.items() if value is not None}
    return await lists.create_item(list_name, present, key)


async def create_once(
    lists: SharePointLists, list_name: str, key: str, fields: Mapping[str, Any]
) -> tuple[ListItem, bool]:
    """Create the item for ``key`` unless it exists; returns the winning item and whether we won."""
    found = await with_key(lists, list_name, key)
    if found is not None:
        return found, False
    ours = await create(lists, list_name, fields, key)
    winner = await with_key(lists, list_name, key)
    if winner is None:  # not visible yet: ours is the only one we know of
        return ours, True
    if winner.id != ours.id:
        await _drop(lists, list_name, ours)
    return winner, winner.id == ours.id


async def _drop(lists: SharePointLists, list_name: str, loser: ListItem) -> None:
    """Tidy away the copy that lost a race; if that fails, reads ignore it anyway."""
    try:
        await lists.delete_item(list_name, loser.id)
    except StoreError as exc:
        log.warning(
            "duplicate item left in place",
            extra={"event": "sharepoint.duplicate_left", "reason": type(exc).__name__, "list": list_name},
        )


async def update_if(
    lists: SharePointLists,
    list_name: str,
    read: Callable[[], Awaitable[ListItem | None]],
    change: Callable[[ListItem], Mapping[str, Any] | None],
) -> ListItem | None:
    """Write ``change(item)`` only onto the item it was computed from.

    ``change`` returns None when the write should not happen (already done, moved on);
    after a 412 the item is read again and ``change`` asked again. None means no write.
    """
    for _ in range(UPDATE_ATTEMPTS):
        item = await read()
        fields = change(item) if item is not None else None
        if item is None or fields is None:
            return None
        try:
            return await lists.update_fields(list_name, item.id, fields, item.etag)
        except Conflict:
            continue
    raise Conflict(f"{list_name}: item kept changing while updating", status=412)

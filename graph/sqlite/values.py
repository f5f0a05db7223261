"""How dates and times are written in the local SQLite store, shared by the feature stores."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from graph.records.times import sortable_time
from graph.sqlite.database import Database


def day_or_none(value: date | None) -> str | None:
    return value.isoformat() if value else None


def stored(row: Mapping[str, Any]) -> dict[str, Any]:
    """A codec row (``graph.records.codec``) as SQLite values: times as ``sortable_time``,
    dates as ``YYYY-MM-DD``, booleans as 0 or 1."""
    values: dict[str, Any] = {}
    for name, value in row.items():
        if isinstance(value, datetime):
            value = sortable_time(value)
        elif isinstance(value, date):
            value = value.isoformat()
        elif isinstance(value, bool):
            value = int(value)
        values[name] = value
    return values


async def insert(db: Database, table: str, row: Mapping[str, Any], *, conflict: str = "") -> int:
    """Insert a codec row into ``table`` (whose columns are the row's names); returns the rowid."""
    values = stored(row)
    columns = ", ".join(values)
    marks = ", ".join("?" for _ in values)
    cursor = await db.execute(
        f"INSERT INTO {table} ({columns}) VALUES ({marks}) {conflict}", tuple(values.values())
    )
    return int(cursor.lastrowid or 0)

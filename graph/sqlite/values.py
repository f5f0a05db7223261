"""How dates and times are written in the local SQLite store, shared by the feature stores."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import Any

from graph.sqlite.database import Database


def ts(value: datetime) -> str:
    """Fixed-width UTC text, so SQLite's string comparison orders times correctly."""
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def day_or_none(value: date | None) -> str | None:
    return value.isoformat() if value else None


def parse_ts(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def parse_day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def stored(row: Mapping[str, Any]) -> dict[str, Any]:
    """A codec row (``graph.records.codec``) as SQLite values: times as :func:`ts`, dates as
    ``YYYY-MM-DD``, booleans as 0 or 1."""
    values: dict[str, Any] = {}
    for name, value in row.items():
        if isinstance(value, datetime):
            value = ts(value)
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

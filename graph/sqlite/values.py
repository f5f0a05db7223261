"""How dates and times are written in the local SQLite store, shared by the feature stores."""

from __future__ import annotations

from datetime import UTC, date, datetime


def ts(value: datetime) -> str:
    """Fixed-width UTC text, so SQLite's string comparison orders times correctly."""
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def day_or_none(value: date | None) -> str | None:
    return value.isoformat() if value else None


def parse_ts(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def parse_day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None

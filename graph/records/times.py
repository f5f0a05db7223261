"""UTC times as text: the one place they are formatted and read back.

Two precisions, each for a reason:

- :func:`graph_time`, whole seconds (``2026-07-01T09:30:15Z``): what SharePoint dateTime columns
  and Microsoft Graph keep. Writing fractions would read back different from what was written.
  Incident rows use it in both stores, so a row is the same wherever it is kept.
- :func:`sortable_time`, microseconds at a fixed width (``2026-07-01T09:30:15.250000Z``): the
  other SQLite stores compare times as text (jobs falling due, the latest chat, audit order), and
  every row they hold was written at this width; a second width would sort wrongly beside them.

A naive time is taken to be UTC already.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, overload


def _utc(value: datetime) -> datetime:
    return value.astimezone(UTC) if value.tzinfo else value.replace(tzinfo=UTC)


@overload
def graph_time(value: datetime) -> str: ...
@overload
def graph_time(value: None) -> None: ...
@overload
def graph_time(value: datetime | None) -> str | None: ...
def graph_time(value: datetime | None) -> str | None:
    """Whole seconds, for SharePoint and Graph (and incident rows); None stays None."""
    return _utc(value).strftime("%Y-%m-%dT%H:%M:%SZ") if value else None


@overload
def sortable_time(value: datetime) -> str: ...
@overload
def sortable_time(value: None) -> None: ...
@overload
def sortable_time(value: datetime | None) -> str | None: ...
def sortable_time(value: datetime | None) -> str | None:
    """Microseconds at a fixed width, for the SQLite stores' text comparisons; None stays None."""
    return _utc(value).strftime("%Y-%m-%dT%H:%M:%S.%fZ") if value else None


def parse_time(value: Any) -> datetime | None:
    """A stored or received time (either precision, ``Z`` or an offset) as an aware UTC time."""
    if value in (None, ""):
        return None
    parsed = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return _utc(parsed)

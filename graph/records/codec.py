"""A record as a flat row of plain values, the one mapping both stores use.

The SQLite stores keep a record in a table whose columns are the record's field names; the
SharePoint stores keep it in a list whose columns are named by a table next to the list
(``graph.sharepoint.values.Columns``). Both go through one :class:`RowCodec` per record, so the
two backends cannot drift apart and the contract tests check both against the same records.

A row holds text, whole numbers, booleans, dates and times, and enum values as their text;
each backend then writes dates and times its own way (``graph.sqlite.values``,
``graph.sharepoint.values``). Reading accepts what either backend gives back.
"""

from __future__ import annotations

import dataclasses
import enum
import types
import typing
from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import Any, Generic, Protocol, TypeVar

from graph.records.times import parse_time

R = TypeVar("R")
Row = dict[str, Any]


class Stored(Protocol):
    """A row as a backend hands it back: a dict, or a database row read by column name."""

    def keys(self) -> Iterable[str]: ...

    def __getitem__(self, key: str, /) -> Any: ...


def parse_day(value: Any) -> date | None:
    """A stored calendar date (``YYYY-MM-DD``, or a time whose date part is meant)."""
    return date.fromisoformat(str(value)[:10]) if value else None


def _reader(kind: Any) -> Callable[[Any], Any]:
    """How a stored value of one field's type is read back; an optional field reads empty as None."""
    if isinstance(kind, types.UnionType) or typing.get_origin(kind) is typing.Union:
        [inner] = [k for k in typing.get_args(kind) if k is not type(None)]
        read = _reader(inner)
        return lambda value: None if value in (None, "") else read(value)
    if kind is datetime:
        return _required(parse_time)
    if kind is date:
        return _required(parse_day)
    if kind is bool:
        return bool
    if kind is int:
        return lambda value: int(value or 0)
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        enum_type = kind
        return lambda value: enum_type(str(value))
    if kind is str:
        return lambda value: "" if value is None else str(value)
    raise TypeError(f"no row value for {kind!r}")


def _required(parse: Callable[[Any], Any]) -> Callable[[Any], Any]:
    def read(value: Any) -> Any:
        parsed = parse(value)
        if parsed is None:
            raise ValueError("a stored record lacks a required date or time")
        return parsed

    return read


class RowCodec(Generic[R]):
    """One record type (a frozen dataclass of plain fields) to and from a row."""

    def __init__(self, record_type: type[R]) -> None:
        hints = typing.get_type_hints(record_type)
        self._type = record_type
        self.names = tuple(f.name for f in dataclasses.fields(record_type))  # type: ignore[arg-type]
        self._readers = {name: _reader(hints[name]) for name in self.names}

    def row(self, record: R) -> Row:
        """The record's fields as plain values: enums by their value, dates and times as they are."""
        row: Row = {}
        for name in self.names:
            value = getattr(record, name)
            row[name] = value.value if isinstance(value, enum.Enum) else value
        return row

    def record(self, row: Stored) -> R:
        """The record a stored row holds; a field the row lacks is read as empty."""
        names = row.keys()  # a database row iterates over its values, not its names
        given = {name: row[name] for name in names}
        values = {name: read(given.get(name)) for name, read in self._readers.items()}
        return self._type(**values)

"""SharePoint list definitions, shared by provisioning, the stores and the stand-in.

A schema is plain data so feature modules can declare their lists without importing the
SDK. Every list gets an indexed ``IdempotencyKey`` column: a create retried after a
timeout looks its key up first, and SharePoint only filters cheaply on indexed columns.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from cards.sanitise import formula_safe

ColumnType = Literal["text", "choice", "dateTime", "number", "boolean"]

IDEMPOTENCY_COLUMN = "IdempotencyKey"
_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]{0,63}$")
_RESERVED = frozenset({"ID", "Id", "Title", "Created", "Modified", "Author", "Editor", "ContentType"})


@dataclass(frozen=True)
class Column:
    """One list column. ``name`` is SharePoint's internal name and never changes."""

    name: str
    type: ColumnType
    indexed: bool = False
    required: bool = False
    choices: tuple[str, ...] = ()
    display_name: str | None = None
    multiline: bool = False  # "multiple lines of text": no 255-character limit, never indexed
    editable: bool = False  # people may change it in SharePoint; the bot never writes over their edit

    def __post_init__(self) -> None:
        if not _NAME.match(self.name) or self.name in _RESERVED:
            raise ValueError(f"column name {self.name!r} must be a plain identifier, not a built-in")
        if (self.type == "choice") != bool(self.choices):
            raise ValueError(f"column {self.name!r}: choices go with type 'choice' and only there")
        if self.multiline and (self.type != "text" or self.indexed):
            raise ValueError(f"column {self.name!r}: only an unindexed text column can be multi-line")

    def to_graph(self) -> dict[str, Any]:
        """The columnDefinition body Graph expects when creating this column."""
        facet: dict[str, Any] = {"choices": list(self.choices)} if self.type == "choice" else {}
        if self.multiline:
            facet["allowMultipleLines"] = True
        body: dict[str, Any] = {
            "name": self.name,
            "displayName": self.display_name or self.name,
            self.type: facet,
            "indexed": self.indexed,
        }
        if self.required:
            body["required"] = True
        return body


IDEMPOTENCY_KEY = Column(IDEMPOTENCY_COLUMN, "text", indexed=True)


@dataclass(frozen=True)
class ListSchema:
    """A SharePoint list: its display name (how we address it) and its own columns."""

    name: str
    columns: tuple[Column, ...] = field(default_factory=tuple)
    description: str = ""
    # The indexed column holding the record's own reference (INC-2026-0001), one item per record:
    # a new item sharing it with another is reported to the manager (see graph/sync/worker.py).
    reference: str = ""

    def __post_init__(self) -> None:
        names = [c.name for c in self.columns]
        if len(set(names)) != len(names):
            raise ValueError(f"list {self.name!r} has duplicate column names")
        if IDEMPOTENCY_COLUMN in names:
            raise ValueError(f"list {self.name!r}: {IDEMPOTENCY_COLUMN} is added automatically")

    @property
    def all_columns(self) -> tuple[Column, ...]:
        return (*self.columns, IDEMPOTENCY_KEY)

    @property
    def editable(self) -> frozenset[str]:
        """Columns people may edit in SharePoint (see the README: "Editing in SharePoint")."""
        return frozenset(c.name for c in self.columns if c.editable)

    def column(self, name: str) -> Column | None:
        return next((c for c in self.all_columns if c.name == name), None)

    def to_graph(self) -> dict[str, Any]:
        """The body for ``POST /sites/{id}/lists``."""
        body: dict[str, Any] = {
            "displayName": self.name,
            "columns": [c.to_graph() for c in self.all_columns],
            "list": {"template": "genericList"},
        }
        if self.description:
            body["description"] = self.description
        return body


def column_type_of(definition: Mapping[str, Any]) -> str | None:
    """Which of our column types a Graph columnDefinition has, if any."""
    return next((t for t in ("text", "choice", "dateTime", "number", "boolean") if t in definition), None)


def odata_literal(value: object) -> str:
    """An OData literal for a ``$filter``; quotes in text are doubled, never dropped."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    return "'" + str(value).replace("'", "''") + "'"


def fields_eq(conditions: Mapping[str, object]) -> str:
    """``fields/A eq 'x' and fields/B eq 1`` for a list-item ``$filter``."""
    for name in conditions:
        if not _NAME.match(name):
            raise ValueError(f"not a column name: {name!r}")
    # Text is compared as stored, i.e. made safe for spreadsheets (see graph.sharepoint.lists).
    safe = {name: formula_safe(v) if isinstance(v, str) else v for name, v in conditions.items()}
    return " and ".join(f"fields/{name} eq {odata_literal(v)}" for name, v in safe.items())

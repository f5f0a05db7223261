"""Copying local records to SharePoint lists: one implementation for every mirrored store.

A store calls its copier inside the transaction that writes the record, so the record and what
must reach SharePoint commit together (a crash can lose neither alone). For each item the fields
last handed over are remembered, so an update carries only what changed here, with the values it
replaces as its ``base``: fields people edited in SharePoint that the bot did not touch are never
sent back over theirs, and a field both sides changed is settled field by field by the sync worker.

Idempotency keys start with the database's own id, so two installations writing to one site can
never mistake each other's items for their own, followed by a random id made when the item is first
handed over and kept in ``mirror_state`` with the record: a copy of the database restored from a
backup a few seconds old carries the same database id and may number a new report with a reference
the original already used, and that report must get an item of its own rather than find the
original's. The reference stays last, so a key still names its record. Items created before keys
were random keep the key they were created with (``<database id>:<reference>``, or the first
release's plain key).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import uuid
from collections.abc import Mapping
from typing import Any

from graph.sharepoint.schema import ListSchema
from graph.sqlite.database import Database
from graph.sync.outbox import Outbox


def present(fields: Mapping[str, Any]) -> dict[str, Any]:
    """A new item's fields without the empty ones (``None``): they start empty anyway."""
    return {name: value for name, value in fields.items() if value is not None}


class Mirror:
    """Hands records to the outbox; call it inside the transaction that wrote them."""

    def __init__(self, db: Database, outbox: Outbox, database_id: str) -> None:
        self._db = db
        self._outbox = outbox
        self._database_id = database_id

    async def copy(self, schema: ListSchema, natural_key: str, fields: Mapping[str, Any]) -> None:
        """Create the item, or update the fields that changed since the last copy."""
        key, last, queued = await self._state(schema.name, natural_key)
        if last is None:
            if queued:  # handed over by the first release
                await self._outbox.enqueue(schema.name, key, "update", dict(fields))
            else:
                await self._outbox.enqueue(schema.name, key, "create", present(fields))
        else:
            changed = {name: value for name, value in fields.items() if last.get(name) != value}
            if not changed:
                return
            base = {name: last.get(name) for name in changed}
            await self._outbox.enqueue(schema.name, key, "update", changed, base=base)
        await self._remember(schema.name, natural_key, key, fields)

    async def append(self, schema: ListSchema, natural_key: str, fields: Mapping[str, Any]) -> None:
        """Create an item that never changes (an audit entry); once per key, however often called."""
        key, last, _ = await self._state(schema.name, natural_key)
        if last is not None:
            return
        await self._outbox.enqueue(schema.name, key, "create", present(fields))
        await self._remember(schema.name, natural_key, key, {})

    async def handed_over(self, list_name: str) -> set[str]:
        """Natural keys of ``list_name`` already handed to the outbox."""
        async with self._db.execute(
            "SELECT natural_key FROM mirror_state WHERE list_name = ?", (list_name,)
        ) as cursor:
            return {str(row[0]) for row in await cursor.fetchall()}

    async def _state(self, list_name: str, natural_key: str) -> tuple[str, dict[str, Any] | None, bool]:
        """The item's key, the fields last handed over (None if never), and whether a create was
        queued under that key before the fields were remembered (by a release before keys were random)."""
        async with self._db.execute(
            "SELECT key, fields FROM mirror_state WHERE list_name = ? AND natural_key = ?",
            (list_name, natural_key),
        ) as cursor:
            row = await cursor.fetchone()
        if row is not None:
            return str(row[0]), json.loads(row[1]), False
        earlier = await self._outbox.created_under(
            list_name, (natural_key, f"{self._database_id}:{natural_key}")
        )
        if earlier is not None:
            return earlier, None, True
        return f"{self._database_id}:{uuid.uuid4().hex}:{natural_key}", None, False

    async def _remember(self, list_name: str, natural_key: str, key: str, fields: Mapping[str, Any]) -> None:
        await self._db.execute(
            """INSERT INTO mirror_state (list_name, natural_key, key, fields) VALUES (?, ?, ?, ?)
               ON CONFLICT (list_name, natural_key) DO UPDATE SET fields = excluded.fields""",
            (list_name, natural_key, key, json.dumps(dict(fields), separators=(",", ":"))),
        )


class SyncStatus:
    """How far SharePoint is behind the local store (the reporter's "will reach SharePoint" note)."""

    def __init__(self, outbox: Outbox, *, grace: float = 1.0) -> None:
        self._outbox = outbox
        self._grace = grace

    async def drained(self) -> None:
        """Return once nothing is waiting to go to SharePoint (tests and shutdown use it)."""
        await self._outbox.wait_drained()

    async def behind(self) -> bool:
        """True when what was just written has not reached SharePoint yet (Graph down or slow)."""
        if await self._outbox.failing():  # Graph failed lately
            return True
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(self._grace):
                await self._outbox.wait_drained()
                return False
        return True

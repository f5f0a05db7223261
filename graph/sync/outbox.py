"""A durable outbox: writes are committed locally first, then pushed to SharePoint.

A report must never be lost because Graph was slow, throttling or down, and a person must
not be told "logged" before it is on disk. The outbox is a table of the local database, so a
store calls ``enqueue`` inside the transaction that writes the record: both commit, or neither
(WAL, ``synchronous=FULL``). :class:`graph.sync.worker.SyncWorker` drains the queue.
Every row records its attempts *before* the request goes out, so after a crash or restart
the next attempt knows it must look the idempotency key up instead of creating blindly.
Synced rows keep their bookkeeping but drop their field values: the local store already
holds the record, and a second copy of private text helps nobody.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from graph.sharepoint.lease import AnotherInstance
from graph.sqlite.database import Database, open_database

Op = Literal["create", "update"]
State = Literal["pending", "done", "failed", "conflict"]


_COLUMNS = "seq, list_name, key, op, fields, base, state, attempts, next_at, remote_id, last_error"

# An entry waits for every earlier pending entry with the same key (an update after its create).
_DUE = f"""
SELECT {_COLUMNS} FROM outbox AS o
WHERE o.state = 'pending' AND o.next_at <= ? AND NOT EXISTS (
    SELECT 1 FROM outbox AS p
    WHERE p.list_name = o.list_name AND p.key = o.key AND p.seq < o.seq AND p.state = 'pending')
ORDER BY o.seq LIMIT ?
"""


@dataclass(frozen=True)
class OutboxEntry:
    seq: int
    list_name: str
    key: str
    op: Op
    fields: Mapping[str, Any]
    base: Mapping[str, Any] | None
    state: State
    attempts: int
    next_at: float
    remote_id: str | None
    last_error: str | None


@dataclass(frozen=True)
class SyncNotice:
    """Fields of one item changed both here and in SharePoint; ``kept`` says whose value stayed.

    With ``kept`` "duplicate", a new item shares its reference with another item of the list
    (a database restored from an older copy, or started afresh, numbered a report again);
    ``fields`` are then the links to the new item and to the others.
    """

    seq: int
    list_name: str
    key: str
    fields: tuple[str, ...]
    kept: str  # "sharepoint" (a field people edit there), "bot" (a field the bot keeps), "duplicate"

    @property
    def reference(self) -> str:
        """The record's own reference: a key ends with it (``<database id>:<record id>:<reference>``)."""
        return self.key.rsplit(":", 1)[-1]


class Outbox:
    """The queue itself; one process owns the database file."""

    def __init__(self, db: Database, *, now: Callable[[], float] = time.time, owns_db: bool = False) -> None:
        self._db = db
        self._now = now
        self._owns_db = owns_db
        self._drained = asyncio.Condition()
        self.changed = asyncio.Event()
        self.noticed = asyncio.Event()  # a field was changed on both sides (see ``notice``)
        # Set while another process holds the SharePoint site: nothing new is queued (the record
        # and its copy roll back together), because this process could not deliver it.
        self.held_elsewhere: AnotherInstance | None = None

    @classmethod
    async def open(cls, path: str, *, now: Callable[[], float] = time.time) -> Outbox:
        """An outbox on its own database file (tools and tests); the bot shares its store's."""
        return cls(await open_database(path), now=now, owns_db=True)

    async def close(self) -> None:
        if self._owns_db:
            await self._db.close()

    async def enqueue(
        self,
        list_name: str,
        key: str,
        op: Op,
        fields: Mapping[str, Any],
        *,
        base: Mapping[str, Any] | None = None,
    ) -> int:
        """Queue a write (inside the caller's transaction, if any); returns its sequence number.

        A second ``create`` with the same list and key is the same write and returns the
        first one's number. ``base`` (updates only) holds the values the writer saw, so a
        field someone else has changed meanwhile is reported as a conflict, not overwritten.
        :class:`AnotherInstance` while another process holds the site (``held_elsewhere``).
        """
        if (elsewhere := self.held_elsewhere) is not None:
            raise AnotherInstance(elsewhere.host, elsewhere.seen_at, same_data=elsewhere.same_data)
        now = self._now()
        cursor = await self._db.execute(
            "INSERT INTO outbox (list_name, key, op, fields, base, next_at, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            (list_name, key, op, _dump(fields), _dump(base) if base is not None else None, now, now),
        )
        if cursor.rowcount == 1 and cursor.lastrowid is not None:
            self.changed.set()
            return cursor.lastrowid
        row = await self._one(
            "SELECT seq FROM outbox WHERE list_name = ? AND key = ? AND op = 'create'", (list_name, key)
        )
        return int(row[0])

    async def pending_count(self) -> int:
        return await self._count_pending()

    async def wait_drained(self) -> None:
        """Return once nothing is pending (sent, failed or in conflict)."""
        async with self._drained:
            while await self._count_pending():
                await self._drained.wait()

    async def due(self, limit: int = 20) -> list[OutboxEntry]:
        async with self._db.execute(_DUE, (self._now(), limit)) as cursor:
            return [_entry(row) for row in await cursor.fetchall()]

    async def next_wake(self) -> float | None:
        row = await self._one("SELECT MIN(next_at) FROM outbox WHERE state = 'pending'", ())
        return float(row[0]) if row[0] is not None else None

    async def begin_attempt(self, seq: int) -> None:
        """Count the attempt durably before sending, so a restart knows it may have landed."""
        await self._db.execute("UPDATE outbox SET attempts = attempts + 1 WHERE seq = ?", (seq,))

    async def reschedule(self, seq: int, delay: float, error: str) -> None:
        await self._db.execute(
            "UPDATE outbox SET next_at = ?, last_error = ? WHERE seq = ? AND state = 'pending'",
            (self._now() + delay, error, seq),
        )

    async def due_now(self, *, prefix: str) -> None:
        """Make pending entries whose last failure starts with ``prefix`` due at once."""
        await self._db.execute(
            "UPDATE outbox SET next_at = ? WHERE state = 'pending' AND next_at > ? AND last_error LIKE ?",
            (self._now(), self._now(), prefix + "%"),
        )

    async def finish(
        self, seq: int, state: State, *, remote_id: str | None = None, error: str | None = None
    ) -> bool:
        """Leave the pending state exactly once; False if the entry had already left it."""
        cursor = await self._db.execute(
            "UPDATE outbox SET state = ?, remote_id = COALESCE(?, remote_id), last_error = ?, done_at = ?,"
            " fields = CASE WHEN ? = 'done' THEN '{}' ELSE fields END,"
            " base = CASE WHEN ? = 'done' THEN NULL ELSE base END"
            " WHERE seq = ? AND state = 'pending'",
            (state, remote_id, error, self._now(), state, state, seq),
        )
        if cursor.rowcount != 1:
            return False
        async with self._drained:
            self._drained.notify_all()
        return True

    async def notice(self, list_name: str, key: str, fields: list[str], kept: str) -> None:
        """Record that ``fields`` were changed both here and in SharePoint, and whose value stayed."""
        await self._db.execute(
            "INSERT INTO sync_notices (list_name, key, fields, kept, at) VALUES (?, ?, ?, ?, ?)",
            (list_name, key, ",".join(sorted(fields)), kept, self._now()),
        )
        self.noticed.set()

    async def same_reference(self, list_name: str, key: str, links: list[str]) -> None:
        """Record, once per item, that the item created for ``key`` shares its reference with the
        items behind ``links[1:]`` (``links[0]`` is its own)."""
        cursor = await self._db.execute(
            "INSERT INTO sync_notices (list_name, key, fields, kept, at)"
            " SELECT ?, ?, ?, 'duplicate', ? WHERE NOT EXISTS (SELECT 1 FROM sync_notices"
            " WHERE list_name = ? AND key = ? AND kept = 'duplicate')",
            (list_name, key, ",".join(links), self._now(), list_name, key),
        )
        if cursor.rowcount > 0:
            self.noticed.set()

    async def untold(self) -> list[SyncNotice]:
        async with self._db.execute(
            "SELECT seq, list_name, key, fields, kept FROM sync_notices WHERE told_at IS NULL ORDER BY seq"
        ) as cursor:
            rows = await cursor.fetchall()
        return [SyncNotice(r[0], r[1], r[2], tuple(str(r[3]).split(",")), r[4]) for r in rows]

    async def told(self, seq: int) -> None:
        await self._db.execute("UPDATE sync_notices SET told_at = ? WHERE seq = ?", (self._now(), seq))
        async with self._drained:
            self._drained.notify_all()

    async def wait_told(self) -> None:
        """Return once every notice has been passed on (tests use it instead of sleeping)."""
        async with self._drained:
            while await self.untold():
                await self._drained.wait()

    async def created_under(self, list_name: str, keys: Sequence[str]) -> str | None:
        """The first of ``keys`` a create was queued under, in one query (None if none was)."""
        marks = ", ".join("?" * len(keys))
        async with self._db.execute(
            f"SELECT DISTINCT key FROM outbox WHERE list_name = ? AND op = 'create' AND key IN ({marks})",
            (list_name, *keys),
        ) as cursor:
            found = {str(row[0]) for row in await cursor.fetchall()}
        return next((key for key in keys if key in found), None)

    async def failing(self) -> bool:
        """Some entry still waiting failed its last attempt (Graph down or refusing lately)."""
        row = await self._one("SELECT 1 FROM outbox WHERE state = 'pending' AND last_error <> '' LIMIT 1", ())
        return row is not None

    async def remote_id_for(self, list_name: str, key: str) -> str | None:
        row = await self._one(
            "SELECT remote_id FROM outbox"
            " WHERE list_name = ? AND key = ? AND op = 'create' AND state = 'done'",
            (list_name, key),
        )
        return str(row[0]) if row and row[0] is not None else None

    async def entries(self, state: State | None = None) -> list[OutboxEntry]:
        where, args = ("WHERE state = ?", (state,)) if state else ("", ())
        async with self._db.execute(f"SELECT {_COLUMNS} FROM outbox {where} ORDER BY seq", args) as cursor:
            return [_entry(row) for row in await cursor.fetchall()]

    async def _count_pending(self) -> int:
        row = await self._one("SELECT COUNT(*) FROM outbox WHERE state = 'pending'", ())
        return int(row[0])

    async def _one(self, sql: str, args: tuple[Any, ...]) -> Any:
        async with self._db.execute(sql, args) as cursor:
            return await cursor.fetchone()


def _dump(value: Mapping[str, Any]) -> str:
    return json.dumps(dict(value), separators=(",", ":"), ensure_ascii=False)


def _entry(row: Any) -> OutboxEntry:
    seq, list_name, key, op, fields, base, state, attempts, next_at, remote_id, last_error = row
    return OutboxEntry(
        seq,
        list_name,
        key,
        op,
        json.loads(fields),
        json.loads(base) if base else None,
        state,
        attempts,
        next_at,
        remote_id,
        last_error,
    )

"""Ordered, numbered changes to the local database's schema, recorded in ``PRAGMA user_version``.

Incidents and approvals are stored locally first in every mode, so an install's database holds
records that must survive every upgrade. Each migration runs once, in its own transaction
together with the new version number: a crash part-way leaves the previous version intact and the
next start simply runs it again. A database written by a newer release is refused rather than
guessed at. Migrations are never edited once released; a change is a new one at the end.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import aiosqlite

from graph.records.times import parse_time, sortable_time
from graph.sqlite.schema_v1 import V1

if TYPE_CHECKING:
    from graph.sqlite.database import Database

log = logging.getLogger(__name__)

OLD_OUTBOX = "sharepoint-outbox.sqlite3"  # where the first release kept the SharePoint outbox

V2 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO meta (key, value) VALUES ('database_id', lower(hex(randomblob(16))));
CREATE TABLE outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    list_name TEXT NOT NULL,
    key TEXT NOT NULL,
    op TEXT NOT NULL CHECK (op IN ('create', 'update')),
    fields TEXT NOT NULL,
    base TEXT,
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'done', 'failed', 'conflict')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_at REAL NOT NULL,
    remote_id TEXT,
    last_error TEXT,
    created_at REAL NOT NULL,
    done_at REAL
);
CREATE UNIQUE INDEX outbox_create_once ON outbox (list_name, key) WHERE op = 'create';
CREATE INDEX outbox_pending ON outbox (state, next_at);
CREATE TABLE mirror_state (
    list_name TEXT NOT NULL,
    natural_key TEXT NOT NULL,
    key TEXT NOT NULL,
    fields TEXT NOT NULL,
    PRIMARY KEY (list_name, natural_key)
);
CREATE TABLE sync_notices (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    list_name TEXT NOT NULL,
    key TEXT NOT NULL,
    fields TEXT NOT NULL,
    kept TEXT NOT NULL CHECK (kept IN ('sharepoint', 'bot')),
    at REAL NOT NULL,
    told_at REAL
);
"""

# SQLite cannot change a CHECK constraint in place: the table is rebuilt, every notice kept.
V6 = """
CREATE TABLE sync_notices_v6 (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    list_name TEXT NOT NULL,
    key TEXT NOT NULL,
    fields TEXT NOT NULL,
    kept TEXT NOT NULL CHECK (kept IN ('sharepoint', 'bot', 'duplicate')),
    at REAL NOT NULL,
    told_at REAL
);
INSERT INTO sync_notices_v6 (seq, list_name, key, fields, kept, at, told_at)
    SELECT seq, list_name, key, fields, kept, at, told_at FROM sync_notices;
DROP TABLE sync_notices;
ALTER TABLE sync_notices_v6 RENAME TO sync_notices;
"""

_OUTBOX_COLUMNS = (
    "seq, list_name, key, op, fields, base, state, attempts, next_at, remote_id, last_error, created_at,"
    " done_at"
)


@dataclass(frozen=True)
class Migration:
    version: int
    what: str
    sql: str
    then: Callable[[Database], Awaitable[None]] | None = None  # data moved in the same transaction
    after: Callable[[Database], None] | None = None  # tidying once that transaction has committed


async def _import_old_outbox(db: Database) -> None:
    """Bring the first release's separate outbox file into this database, entries and all."""
    old = Path(db.path).parent / OLD_OUTBOX
    if db.path == ":memory:" or not old.exists():
        return
    async with aiosqlite.connect(old) as source:
        try:
            async with source.execute(f"SELECT {_OUTBOX_COLUMNS} FROM outbox ORDER BY seq") as cursor:
                rows = list(await cursor.fetchall())
        except sqlite3.OperationalError:
            return  # an empty file: nothing was ever queued
    for row in rows:
        await db.execute(f"INSERT INTO outbox ({_OUTBOX_COLUMNS}) VALUES ({', '.join('?' * 13)})", tuple(row))
    log.info("outbox entries imported", extra={"event": "outbox_imported", "count": len(rows)})


def _remove_old_outbox(db: Database) -> None:
    """Its entries are in this database now; a second copy of private text helps nobody."""
    if db.path == ":memory:":
        return
    for suffix in ("", "-wal", "-shm"):
        (Path(db.path).parent / (OLD_OUTBOX + suffix)).unlink(missing_ok=True)


async def _questions_in_utc(db: Database) -> None:
    """Question times were written in whatever offset they came with, so text comparison (retention,
    a report's period) could put a summer question an hour out; rewrite them as sortable UTC."""
    async with db.execute("SELECT id, asked_at, feedback_at FROM policy_questions") as cursor:
        rows = list(await cursor.fetchall())
    for question_id, asked_at, feedback_at in rows:
        await db.execute(
            "UPDATE policy_questions SET asked_at = ?, feedback_at = ? WHERE id = ?",
            (sortable_time(parse_time(asked_at)), sortable_time(parse_time(feedback_at)), question_id),
        )


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "the first release's tables", V1),
    Migration(
        2,
        "the SharePoint outbox moves into this database; the database gets an id",
        V2,
        then=_import_old_outbox,
        after=_remove_old_outbox,
    ),
    Migration(
        3,
        "the questions log keeps what was missing from an unhelpful answer",
        "ALTER TABLE policy_questions ADD COLUMN missing TEXT NOT NULL DEFAULT '';",
    ),
    Migration(
        4,
        "the first release's marks of incidents copied to SharePoint go: the outbox keeps that now",
        "DROP TABLE IF EXISTS incident_sync;",
    ),
    Migration(5, "question times are rewritten as sortable UTC text", "", then=_questions_in_utc),
    Migration(6, "a sync notice can say two SharePoint items share a reference", V6),
)
LATEST = MIGRATIONS[-1].version


class NewerDatabase(RuntimeError):
    """The database was written by a newer release; running older code on it could lose data."""


def statements(script: str) -> list[str]:
    """Split a script into complete statements (trigger bodies hold semicolons of their own)."""
    found, pending = [], ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            if pending.strip():
                found.append(pending.strip())
            pending = ""
    if pending.strip():
        raise ValueError("a migration ends with an incomplete statement")
    return found


async def schema_version(db: Database) -> int:
    async with db.execute("PRAGMA user_version") as cursor:
        row = await cursor.fetchone()
    return int(row[0]) if row else 0


async def migrate(db: Database) -> int:
    """Apply every migration the database has not had yet; returns the version it is now at."""
    current = await schema_version(db)
    if current > LATEST:
        raise NewerDatabase(
            f"{db.path} was written by a newer Policy Steward (schema {current}; this one knows up to "
            f"{LATEST}). Run the newer release, or restore a backup made by this one."
        )
    for migration in MIGRATIONS[current:]:
        async with db.transaction():
            for statement in statements(migration.sql):
                await db.execute(statement)
            if migration.then is not None:
                await migration.then(db)
            await db.execute(f"PRAGMA user_version = {migration.version}")
        if migration.after is not None:
            migration.after(db)
        log.info("database upgraded", extra={"event": "schema_migrated", "reason": f"{migration.version}"})
    return LATEST


async def database_id(db: Database) -> str:
    """This database's own id, made at random when it was created: two installs never share it,
    though a copy of the data folder carries it too (see graph/sharepoint/lease.py)."""
    async with db.execute("SELECT value FROM meta WHERE key = 'database_id'") as cursor:
        row = await cursor.fetchone()
    assert row is not None, "the database is migrated when it is opened"
    return str(row[0])

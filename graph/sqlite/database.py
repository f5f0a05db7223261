"""The embedded local store: one SQLite file, one connection, one statement at a time.

Every store shares one connection, and every statement runs to completion (its rows read, its
cursor closed) under one lock before the next starts. A read can therefore never be left open
while another store's write runs on the same connection, which is what made SQLite upgrade a
read to a write mid-flight and answer "database is locked" at once, without waiting, under load.
Work that must commit together runs in ``transaction()``: ``BEGIN IMMEDIATE`` takes the write
lock up front, and every statement the same task issues meanwhile (through any store) joins it.

WAL mode with synchronous=FULL means a commit that has returned is on disk, which is what lets
the bot tell someone "your report is logged" and keep that promise across a crash. The busy
timeout only matters for another process on the same file (``python -m bot`` commands).

The file holds incident texts and drafts, so it and its folder are private to the bot's user
(0600 and 0700, whatever the umask), including SQLite's ``-wal`` and ``-shm`` companions.
"""

from __future__ import annotations

import asyncio
import os
import stat
from collections.abc import AsyncIterator, Generator, Iterable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiosqlite

BUSY_TIMEOUT_MS = 10_000
Row = aiosqlite.Row


@dataclass
class Cursor:
    """What a finished statement left: its rows, how many rows it changed, the new row id."""

    rows: list[Row] = field(default_factory=list)
    rowcount: int = -1
    lastrowid: int | None = None

    async def fetchone(self) -> Row | None:
        return self.rows[0] if self.rows else None

    async def fetchall(self) -> list[Row]:
        return list(self.rows)

    async def __aenter__(self) -> Cursor:
        return self

    async def __aexit__(self, *exc: object) -> None:
        return None


class _Statement:
    """``await db.execute(...)`` for writes, ``async with db.execute(...) as cursor`` for reads."""

    def __init__(self, db: Database, sql: str, params: Sequence[Any]) -> None:
        self._db, self._sql, self._params = db, sql, params
        self._done: Cursor | None = None

    def __await__(self) -> Generator[Any, None, Cursor]:
        return self._run().__await__()

    async def _run(self) -> Cursor:
        if self._done is None:
            self._done = await self._db._run(self._sql, self._params)
        return self._done

    async def __aenter__(self) -> Cursor:
        return await self._run()

    async def __aexit__(self, *exc: object) -> None:
        return None


class Database:
    """One SQLite connection shared by every local store; see the module docstring."""

    def __init__(self, connection: aiosqlite.Connection, path: str) -> None:
        self._conn = connection
        self.path = path
        self._lock = asyncio.Lock()
        self._owner: asyncio.Task[Any] | None = None  # the task inside transaction(), if any

    def execute(self, sql: str, params: Sequence[Any] = ()) -> _Statement:
        return _Statement(self, sql, params)

    async def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        async with self._turn():
            await self._conn.executemany(sql, rows)

    async def executescript(self, script: str) -> None:
        async with self._turn():
            await self._conn.executescript(script)

    async def commit(self) -> None:
        """Nothing to do: every statement commits on its own or with its transaction."""

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[Database]:
        """Statements this task runs inside commit together, or not at all."""
        if self._owner is asyncio.current_task():
            yield self  # already inside one: it commits with the outer transaction
            return
        async with self._lock:
            self._owner = asyncio.current_task()
            try:
                await self._conn.execute("BEGIN IMMEDIATE")
                try:
                    yield self
                except BaseException:
                    await self._conn.execute("ROLLBACK")
                    raise
                await self._conn.execute("COMMIT")
            finally:
                self._owner = None

    async def close(self) -> None:
        await self._conn.close()

    @asynccontextmanager
    async def _turn(self) -> AsyncIterator[None]:
        if self._owner is not None and self._owner is asyncio.current_task():
            yield
            return
        async with self._lock:
            yield

    async def _run(self, sql: str, params: Sequence[Any]) -> Cursor:
        async with self._turn():
            cursor = await self._conn.execute(sql, params)
            try:
                rows = list(await cursor.fetchall())
                return Cursor(rows, cursor.rowcount, cursor.lastrowid)
            finally:
                await cursor.close()


async def open_database(path: Path | str) -> Database:
    """Open (creating if needed) the database at ``path`` and bring its schema up to date."""
    from graph.sqlite.migrations import migrate

    if str(path) != ":memory:":
        make_private(Path(path))
    connection = await aiosqlite.connect(str(path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    connection.row_factory = aiosqlite.Row
    await connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    await connection.execute("PRAGMA journal_mode=WAL")
    if str(path) != ":memory:":
        make_private(Path(path))  # the -wal and -shm files exist from here on
    await connection.execute("PRAGMA synchronous=FULL")
    await connection.execute("PRAGMA foreign_keys=ON")
    db = Database(connection, str(path))
    try:
        await migrate(db)
    except BaseException:
        await connection.close()
        raise
    return db


PRIVATE_FILE, PRIVATE_FOLDER = 0o600, 0o700
_COMPANIONS = ("", "-wal", "-shm", "-journal")


def make_private(path: Path) -> None:
    """Create ``path``'s folder 0700 and the file 0600, and tighten them if they exist.

    A folder someone else owns, or a shared sticky one such as /tmp, is left alone: it is not
    the bot's to lock. SQLite gives its ``-wal`` and ``-shm`` files the database file's mode,
    and they are checked too.
    """
    folder = path.parent
    folder.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
    info = folder.stat()
    if info.st_uid == os.getuid() and not info.st_mode & stat.S_ISVTX:
        folder.chmod(PRIVATE_FOLDER)
    os.close(os.open(path, os.O_CREAT | os.O_WRONLY, PRIVATE_FILE))
    for suffix in _COMPANIONS:
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            companion.chmod(PRIVATE_FILE)

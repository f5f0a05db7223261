"""The embedded local store: one SQLite file, opened once per process.

WAL mode with synchronous=FULL means a commit that has returned is on disk, which is what lets
the bot tell someone "your report is logged" and keep that promise across a crash.
"""

from __future__ import annotations

from pathlib import Path

import aiosqlite


async def open_database(path: Path | str) -> aiosqlite.Connection:
    if str(path) != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    db = await aiosqlite.connect(str(path), isolation_level=None)
    db.row_factory = aiosqlite.Row
    await db.execute("PRAGMA journal_mode=WAL")
    await db.execute("PRAGMA synchronous=FULL")
    await db.execute("PRAGMA foreign_keys=ON")
    await db.execute("PRAGMA busy_timeout=5000")
    return db

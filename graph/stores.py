"""Every store the bot uses, opened together at start-up and closed together at shutdown."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

import aiosqlite

from graph.database import open_database
from graph.people import PeopleStore
from graph.sqlite_people import SqlitePeopleStore


@dataclass(frozen=True)
class Stores:
    db: aiosqlite.Connection
    people: PeopleStore


@asynccontextmanager
async def open_local_stores(path: Path | str) -> AsyncIterator[Stores]:
    db = await open_database(path)
    try:
        people = SqlitePeopleStore(db)
        await people.create_schema()
        yield Stores(db=db, people=people)
    finally:
        await db.close()

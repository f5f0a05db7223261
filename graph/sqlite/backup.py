"""Keeps the local SQLite files through a restart that wipes the data folder (Azure App Service).

On App Service the only persistent disk is ``/home``, a network share on which SQLite's file
locking is unreliable; the instance's own disk locks properly but is wiped whenever the
container restarts (a redeploy, a setting change, platform maintenance). So the databases stay
on the local disk (``BOT_DATA_DIR``) and, with ``BOT_DATA_BACKUP_DIR`` set, a consistent copy of
each is written there whenever it changed: SQLite's online backup into memory, then one plain
file write, fsync and atomic rename, so the share never sees SQLite locking. At start-up a
database missing from the data folder is restored from its copy before anything opens it; at
shutdown a last copy is written after every writer has stopped.

A restart therefore loses nothing; a crash of the instance (no shutdown) can lose what changed
in the last ``BOT_DATA_BACKUP_SECONDS``, minus what already reached SharePoint.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from graph.sqlite.database import make_private

log = logging.getLogger(__name__)
SUFFIX = ".sqlite3"


@dataclass
class DataBackup:
    data_dir: Path
    backup_dir: Path
    interval: float = 2.0
    # True while another process holds the SharePoint site: its copies on the shared folder are
    # the ones to keep, so this process writes none (see ``bot.storage``).
    paused: Callable[[], bool] = field(default=lambda: False)
    _seen: dict[str, tuple[sqlite3.Connection, int]] = field(default_factory=dict, init=False)

    def restore(self) -> list[str]:
        """Copy back every database the data folder lacks; returns their names."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
        restored = []
        for copy in sorted(self.backup_dir.glob(f"*{SUFFIX}")) if self.backup_dir.is_dir() else []:
            target = self.data_dir / copy.name
            if target.exists():
                continue  # the same instance restarted: its own file is at least as new
            for leftover in (Path(f"{target}-wal"), Path(f"{target}-shm"), Path(f"{target}-journal")):
                leftover.unlink(missing_ok=True)  # without their database they would corrupt the copy
            partial = target.with_name(target.name + ".restoring")
            make_private(partial)
            shutil.copyfile(copy, partial)
            os.replace(partial, target)
            restored.append(copy.name)
        if restored:
            log.info("local data restored", extra={"event": "data_restored", "reason": ",".join(restored)})
        return restored

    def snapshot(self) -> list[str]:
        """Copy every database that changed since the last copy; returns their names."""
        if self.paused():
            return []
        self.backup_dir.mkdir(parents=True, exist_ok=True)
        copied = []
        for path in sorted(self.data_dir.glob(f"*{SUFFIX}")):
            conn, last = self._seen.get(path.name) or (sqlite3.connect(path, check_same_thread=False), -1)
            version = conn.execute("PRAGMA data_version").fetchone()[0]
            if path.name in self._seen and version == last:
                continue
            self._write(conn, self.backup_dir / path.name)
            self._seen[path.name] = (conn, version)
            copied.append(path.name)
        return copied

    @staticmethod
    def _write(source: sqlite3.Connection, target: Path) -> None:
        memory = sqlite3.connect(":memory:")
        try:
            source.backup(memory)  # a consistent snapshot, even while the bot writes
            data = memory.serialize()
        finally:
            memory.close()
        partial = target.with_name(target.name + ".partial")
        make_private(partial)  # the copies hold what the databases hold
        with partial.open("wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(partial, target)

    async def run(self) -> None:
        """Copy what changed every ``interval`` seconds, for as long as the bot runs."""
        while True:
            await asyncio.sleep(self.interval)
            try:
                await asyncio.to_thread(self.snapshot)
            except Exception:  # the share may be briefly unavailable; the next pass retries
                log.warning("local data copy failed", exc_info=True, extra={"event": "data_backup_failed"})

    async def close(self) -> None:
        """The last copy, once nothing writes any more, then release the read connections."""
        try:
            await asyncio.to_thread(self.snapshot)
        finally:
            self.release()

    def release(self) -> None:
        for conn, _ in self._seen.values():
            with contextlib.suppress(sqlite3.Error):
                conn.close()
        self._seen.clear()

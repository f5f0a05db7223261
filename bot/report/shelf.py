"""Where finished reports are kept, and the link the card gives.

Locally (no app id) a report is saved under the data directory in a folder named by a random
token and served by the bot on its loopback address at ``/reports/<token>/<file>``: only
someone on this machine who was given the card's link can open it, and the token cannot be
guessed. With an app id set and SQLite storage the file stays on the server and the card gives
its path for an administrator. SharePoint mode uploads it to the site's document library.
"""

from __future__ import annotations

import asyncio
import re
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

REPORTS_DIR = "reports"
_TOKEN = re.compile(r"^[A-Za-z0-9_-]{16,64}$")
_NAME = re.compile(r"^board-report-[0-9-]+to-[0-9-]+\.docx$")


@dataclass(frozen=True)
class Kept:
    link: str  # what the card links to
    where: str  # said to people: "the reports folder on the bot's server", "SharePoint"
    ready: bool  # False: recorded locally, upload still to come
    token: str = ""  # the local copy: reports/<token>/<filename> under the data directory
    filename: str = ""


class ReportShelf(Protocol):
    async def keep(self, filename: str, content: bytes) -> Kept: ...


class LocalShelf:
    def __init__(self, data_dir: Path, public_base: str | None) -> None:
        """``public_base``: the bot's loopback URL when it serves reports itself, else None."""
        self._root = data_dir / REPORTS_DIR
        self._base = public_base

    async def keep(self, filename: str, content: bytes) -> Kept:
        token = secrets.token_urlsafe(24)
        path = self._root / token / filename
        await asyncio.to_thread(_write, path, content)
        if self._base:
            link = f"{self._base}/{REPORTS_DIR}/{token}/{filename}"
            return Kept(link, "the bot's reports folder", True, token, filename)
        where = f"the reports folder on the bot's server ({path.parent})"
        return Kept(path.resolve().as_uri(), where, True, token, filename)

    def find(self, token: str, filename: str) -> Path | None:
        """The stored report for a link, or None for anything that is not one (no path tricks)."""
        if not _TOKEN.match(token) or not _NAME.match(filename):
            return None
        path = self._root / token / filename
        return path if path.is_file() else None


def _write(path: Path, content: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".part")
    temporary.write_bytes(content)
    temporary.replace(path)

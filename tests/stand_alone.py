"""Fail the test run if anything reads the reference folder that sits beside our own checkouts.

A user's clone has nothing beside it, so a test that quietly reads that folder passes here
and fails for everyone else. ``.ci/run`` also tests a copy placed in an empty folder; this guard makes
the same mistake loud on a developer's machine, even where the read is caught and ignored.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

FORBIDDEN = Path(__file__).resolve().parents[2] / "shared"
_touched: list[str] = []
_installed = False


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if event not in ("open", "os.listdir", "os.scandir") or not args:
        return
    target = args[0]
    if not isinstance(target, (str, bytes, os.PathLike)):
        return
    path = os.path.abspath(os.fsdecode(target))
    if path == str(FORBIDDEN) or path.startswith(str(FORBIDDEN) + os.sep):
        _touched.append(path)
        raise PermissionError(f"tests may not read outside the repository: {path}")


def install() -> None:
    """Audit hooks cannot be removed, so this is installed once for the whole run."""
    global _installed
    if not _installed:
        sys.addaudithook(_audit)
        _installed = True


def touched() -> list[str]:
    return list(_touched)

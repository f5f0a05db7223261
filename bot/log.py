"""JSON-lines logging, configured once by the process entry point.

Log lines carry ids (activity, conversation, user object id, card verb), never what people
wrote: incident reports are about children and families. Ids are bound per turn through
context variables, so every line a turn writes can be correlated without passing them around.
"""

from __future__ import annotations

import contextvars
import json
import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

_FIELDS = ("activity_id", "conversation_id", "aad_id", "verb")
_LINE_BREAKS = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})
_context: contextvars.ContextVar[dict[str, str]] = contextvars.ContextVar("log_context", default={})  # noqa: B039


@contextmanager
def bound(**fields: str | None) -> Iterator[None]:
    """Attach ids to every log line written inside the block (and tasks it starts)."""
    merged = {**_context.get(), **{k: v for k, v in fields.items() if v}}
    token = _context.set(merged)
    try:
        yield
    finally:
        _context.reset(token)


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        entry.update({k: v for k, v in _context.get().items() if k in _FIELDS})
        for key in ("event", "status", "reason", "count", "reference"):
            if key in record.__dict__:
                entry[key] = record.__dict__[key]
        if record.exc_info:
            entry["error"] = self.formatException(record.exc_info)
        # json.dumps escapes CR/LF, so nothing a user sends can forge a second log line; the
        # Unicode line breaks it leaves alone (which str.splitlines and many viewers honour) are
        # escaped too.
        return json.dumps(entry, ensure_ascii=False, default=str).translate(_LINE_BREAKS)


# These log request bodies or SQL parameters (incident text) at DEBUG: quiet whatever the level.
QUIET_LOGGERS = (
    "msrest",
    "botbuilder",
    "botframework",
    "azure",
    "httpx",
    "httpcore",
    "msal",
    "aiosqlite",
    "kiota",
)


def configure_logging(level: str = "INFO") -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    for noisy in QUIET_LOGGERS:
        logging.getLogger(noisy).setLevel(logging.WARNING)
    # msrest warns on every Teams message about channelData fields it doesn't model.
    logging.getLogger("msrest.serialization").setLevel(logging.ERROR)

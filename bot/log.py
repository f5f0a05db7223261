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


def json_line(value: Any) -> str:
    """``value`` as JSON on exactly one line, for logs and the command line's ``--json``.

    json.dumps escapes CR and LF; U+2028, U+2029 and U+0085 are line breaks too for
    str.splitlines and many viewers, so they are escaped as well.
    """
    return json.dumps(value, ensure_ascii=False, default=str).translate(_LINE_BREAKS)


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
        return json_line(entry)


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


class HttpParserErrors(logging.Filter):
    """aiohttp logs a request its parser refuses (a header or request line over 8 KB, a bad
    chunk) as an ERROR whose message quotes the start of the offending bytes: a cookie, a token
    or an incident text someone pasted into a URL. The record keeps only what happened and how
    big the line was, at INFO (it is the client's mistake, not ours)."""

    def filter(self, record: logging.LogRecord) -> bool:
        from aiohttp.http_exceptions import BadHttpMessage, LineTooLong

        error = record.exc_info[1] if record.exc_info else None
        if not isinstance(error, BadHttpMessage):
            return True
        # A line that is too long is only known to be longer than the limit the parser stopped at.
        limit = error.args[1] if isinstance(error, LineTooLong) and len(error.args) > 1 else 0
        record.msg, record.args = "request refused by the HTTP parser", ()
        record.exc_info, record.exc_text = None, None
        record.levelno, record.levelname = logging.INFO, "INFO"
        record.__dict__.update(event="bad_http", status=400, reason=type(error).__name__)
        record.__dict__["count"] = int(limit) if str(limit).isdecimal() else 0
        return True


def guard_server_log() -> None:
    """Install :class:`HttpParserErrors` on aiohttp's server logger (once)."""
    server = logging.getLogger("aiohttp.server")
    if not any(isinstance(f, HttpParserErrors) for f in server.filters):
        server.addFilter(HttpParserErrors())

"""Errors the rest of the bot sees from any store, whatever sits behind it.

Callers decide what to do from the kind of failure (try later, re-read, fix the
configuration), never from HTTP status codes or SDK exception types, so the SQLite and
SharePoint stores can be swapped without touching feature code. Messages carry Graph's
error code and a hint, never the fields that were being written: those can hold incident
details about children and families.
"""

from __future__ import annotations


class StoreError(Exception):
    """Base for every store failure; ``status`` and ``code`` are kept for diagnostics."""

    def __init__(self, message: str, *, status: int | None = None, code: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code


class NotFound(StoreError):
    """The site, list or item does not exist (or is invisible to this app)."""


class Conflict(StoreError):
    """Someone else changed the item first (eTag mismatch) or the name is taken."""


class BadRequest(StoreError):
    """The request can never succeed as sent; retrying will not help."""


class PermissionDenied(StoreError):
    """The app's token lacks a role or the site grant it needs."""


class GraphConfigError(StoreError):
    """Configuration points at something unusable (site URL, credential kind, host)."""


class Unavailable(StoreError):
    """Temporarily unable to reach or use the service; worth retrying later.

    ``retry_after`` is the server's own hint in seconds when it gave one. ``ambiguous``
    is true when the request may have been applied before the failure (timeout, dropped
    connection, gateway error), so a create must be looked up before it is sent again.
    """

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        code: str | None = None,
        retry_after: float | None = None,
        ambiguous: bool = True,
    ) -> None:
        super().__init__(message, status=status, code=code)
        self.retry_after = retry_after
        self.ambiguous = ambiguous

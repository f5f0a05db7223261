"""Signals that someone has left, read from Entra ID through Graph.

A leaver's drafts, approvals and nudges must be handed over, so the bot needs to notice
accounts that were disabled, deleted or have a leave date. All calls need the application
permission User.Read.All (``employeeLeaveDateTime`` also User-LifeCycleInfo.Read.All).
The caller stores the delta link between rounds; this module holds no state.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from graph.msgraph.transport import GraphTransport
from graph.records.times import graph_time, parse_time

USER_FIELDS = ("id", "userPrincipalName", "displayName", "accountEnabled", "employeeLeaveDateTime")


@dataclass(frozen=True)
class DirectoryUser:
    id: str
    user_principal_name: str | None
    display_name: str | None
    account_enabled: bool | None
    leave_date: datetime | None = None
    deleted_at: datetime | None = None


@dataclass(frozen=True)
class Removed:
    """A user gone from the delta: ``reason`` is "changed" (soft-deleted, restorable) or "deleted"."""

    id: str
    reason: str


@dataclass(frozen=True)
class DeltaResult:
    changed: tuple[DirectoryUser, ...]
    removed: tuple[Removed, ...]
    delta_link: str


class Directory:
    def __init__(self, transport: GraphTransport) -> None:
        self._t = transport

    async def disabled_users(self) -> list[DirectoryUser]:
        query = {"$filter": "accountEnabled eq false", "$select": ",".join(USER_FIELDS)}
        return [_user(raw) for raw in await self._all(self._t.url("/users", query))]

    async def deleted_users(self) -> list[DirectoryUser]:
        """Soft-deleted users (restorable for 30 days); the type cast segment is required."""
        query = {"$select": ",".join((*USER_FIELDS, "deletedDateTime")), "$top": "999"}
        url = self._t.url("/directory/deletedItems/microsoft.graph.user", query)
        return [_user(raw) for raw in await self._all(url)]

    async def leaving_by(self, when: datetime) -> list[DirectoryUser]:
        """Users whose ``employeeLeaveDateTime`` is at or before ``when``."""
        query = {
            "$filter": f"employeeLeaveDateTime le {graph_time(when)}",
            "$select": ",".join(USER_FIELDS),
            "$count": "true",
        }
        raw = await self._all(self._t.url("/users", query), {"ConsistencyLevel": "eventual"})
        return [_user(r) for r in raw]

    async def users_delta(self, delta_link: str | None = None) -> DeltaResult:
        """One delta round: every user the first time, then only changes since ``delta_link``."""
        url: str | None = delta_link or self._t.url("/users/delta", {"$select": ",".join(USER_FIELDS)})
        changed: list[DirectoryUser] = []
        removed: list[Removed] = []
        final = ""
        while url:
            page = (await self._t.send("GET", url)).body
            for raw in page.get("value", []):
                if "@removed" in raw:
                    removed.append(Removed(str(raw["id"]), str(raw["@removed"].get("reason", ""))))
                else:
                    changed.append(_user(raw))
            url = page.get("@odata.nextLink")
            final = page.get("@odata.deltaLink", final)
        return DeltaResult(tuple(changed), tuple(removed), final)

    async def _all(self, url: str, headers: Mapping[str, str] | None = None) -> Sequence[Mapping[str, Any]]:
        items: list[Mapping[str, Any]] = []
        next_url: str | None = url
        while next_url:
            page = (await self._t.send("GET", next_url, headers=headers)).body
            items.extend(page.get("value", []))
            next_url = page.get("@odata.nextLink")
        return items


def _user(raw: Mapping[str, Any]) -> DirectoryUser:
    return DirectoryUser(
        id=str(raw["id"]),
        user_principal_name=raw.get("userPrincipalName"),
        display_name=raw.get("displayName"),
        account_enabled=raw.get("accountEnabled"),
        leave_date=_parse(raw.get("employeeLeaveDateTime")),
        deleted_at=_parse(raw.get("deletedDateTime")),
    )


def _parse(value: Any) -> datetime | None:
    return parse_time(value) if isinstance(value, str) else None

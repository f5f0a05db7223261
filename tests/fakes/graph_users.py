"""In-memory Entra ID users for the Graph stand-in: list, delta and deleted items.

Delta follows Graph's contract: the first round returns every user and a deltaLink, later
rounds return only what changed since, and a soft-deleted user comes back as
``{"id": …, "@removed": {"reason": "changed"}}`` (``"deleted"`` once purged).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from tests.fakes.graph_odata import GraphFault, decode_token, encode_token, now_iso, parse_filter

_PROPS = ("id", "userPrincipalName", "displayName", "accountEnabled", "employeeLeaveDateTime")


@dataclass
class User:
    id: str
    userPrincipalName: str
    displayName: str
    accountEnabled: bool = True
    employeeLeaveDateTime: str | None = None
    deletedDateTime: str | None = None
    purged: bool = False
    version: int = 0

    def to_json(self, select: list[str] | None) -> dict[str, Any]:
        props = select or list(_PROPS)
        body = {p: getattr(self, p, None) for p in ("id", *props)}
        if self.deletedDateTime:
            body["deletedDateTime"] = self.deletedDateTime
        return body


class UsersState:
    def __init__(self) -> None:
        self.users: dict[str, User] = {}
        self.version = 0

    def _touch(self, user: User) -> None:
        self.version += 1
        user.version = self.version

    def add(self, user_id: str, upn: str, name: str = "", **props: Any) -> User:
        user = User(user_id, upn, name or upn.split("@")[0], **props)
        self.users[user_id] = user
        self._touch(user)
        return user

    def update(self, user_id: str, **props: Any) -> None:
        user = self.users[user_id]
        for name, value in props.items():
            setattr(user, name, value)
        self._touch(user)

    def delete(self, user_id: str, *, purge: bool = False) -> None:
        user = self.users[user_id]
        user.deletedDateTime = user.deletedDateTime or now_iso()
        user.purged = purge
        self._touch(user)

    def list_users(self, query: Mapping[str, str], headers: Mapping[str, str]) -> dict[str, Any]:
        conditions = parse_filter(query["$filter"]) if "$filter" in query else []
        advanced = any(c.op == "ne" for c in conditions)
        if advanced and (headers.get("ConsistencyLevel") != "eventual" or query.get("$count") != "true"):
            raise GraphFault(400, "Request_UnsupportedQuery", "Unsupported query without ConsistencyLevel")
        select = query["$select"].split(",") if "$select" in query else None
        live = [u for u in self.users.values() if u.deletedDateTime is None]
        found = [u for u in live if all(c.matches(getattr(u, c.name, None)) for c in conditions)]
        return {"value": [u.to_json(select) for u in found]}

    def deleted(self, query: Mapping[str, str]) -> dict[str, Any]:
        select = query["$select"].split(",") if "$select" in query else None
        gone = [u for u in self.users.values() if u.deletedDateTime and not u.purged]
        return {"value": [u.to_json(select) for u in gone]}

    def delta(self, query: Mapping[str, str], link_base: str) -> dict[str, Any]:
        if "$deltatoken" in query:
            state = decode_token(query["$deltatoken"])
            since, select = int(state["v"]), state.get("select")
        else:
            since, select = 0, (query["$select"].split(",") if "$select" in query else None)
        changed = [u for u in self.users.values() if u.version > since]
        value: list[dict[str, Any]] = []
        for user in sorted(changed, key=lambda u: u.version):
            if user.deletedDateTime is None:
                value.append(user.to_json(select))
            elif since:
                reason = "deleted" if user.purged else "changed"
                value.append({"id": user.id, "@removed": {"reason": reason}})
        token = encode_token({"v": self.version, "select": select})
        return {"value": value, "@odata.deltaLink": link_base + "?" + urlencode({"$deltatoken": token})}

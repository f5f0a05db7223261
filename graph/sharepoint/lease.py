"""One running Policy Steward per SharePoint site: a lease item in the site's instance list.

Two instances on one site (a scale-out, a second slot, a redeploy overlap) would each number
their own references and run their own scheduled work, so the second is refused. The lease is one
list item: who holds it (a random id per process) and when it was last renewed. An instance
claims it at start-up and the sync worker renews it before writing; a holder not seen for
``ttl`` seconds (a crash) is taken over, and a clean shutdown releases it at once. A holder with
this instance's own database (the same install restarted, its data folder restored) is taken
over at once: it cannot be running beside us with our records. Claims are eTag-conditional
updates, so two instances starting together cannot both win.
"""

from __future__ import annotations

import socket
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime

from graph.msgraph.errors import Conflict
from graph.sharepoint.lists import SharePointLists
from graph.sharepoint.schema import Column, ListSchema

INSTANCE = ListSchema(
    "Policy Steward instance",
    (
        Column("Holder", "text"),
        Column("Host", "text"),
        Column("DatabaseId", "text"),
        Column("SeenAt", "dateTime"),
    ),
    "Which running Policy Steward uses this site; one at a time.",
)
SCHEMAS = (INSTANCE,)
KEY = "site-lease"
TTL = 300.0  # seconds without renewal after which a holder is taken to have stopped


class AnotherInstance(RuntimeError):
    """Another Policy Steward is using the site; this one must not run against it."""

    def __init__(self, host: str, seen_at: str) -> None:
        super().__init__(
            f"Another Policy Steward (on {host or 'an unknown host'}, last seen {seen_at or 'just now'}) is "
            "using this SharePoint site. Run one instance per site: set the App Service to one instance and "
            "no second slot on the same site. If that instance has stopped, this one can start once it "
            f"has been silent for {TTL / 60:.0f} minutes."
        )


def _stamp(value: float) -> str:
    return datetime.fromtimestamp(value, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _seconds(value: object) -> float:
    try:
        return datetime.fromisoformat(str(value).replace("Z", "+00:00")).timestamp()
    except ValueError:
        return 0.0


class SiteLease:
    def __init__(
        self,
        lists: SharePointLists,
        database_id: str,
        *,
        now: Callable[[], float] = time.time,
        ttl: float = TTL,
        host: str | None = None,
    ) -> None:
        self._lists = lists
        self._database_id = database_id
        self._now = now
        self._ttl = ttl
        self._host = host if host is not None else socket.gethostname()
        self.holder = uuid.uuid4().hex  # this process
        self.renewed_at: float | None = None

    async def claim(self) -> None:
        """Hold the lease (or renew it); :class:`AnotherInstance` if someone else holds it."""
        for _ in range(3):
            item = await self._lists.find_by_key(INSTANCE.name, KEY)
            mine = {
                "Holder": self.holder,
                "Host": self._host,
                "DatabaseId": self._database_id,
                "SeenAt": _stamp(self._now()),
            }
            if item is None:
                item = await self._lists.create_item(
                    INSTANCE.name, {"Title": "lease", **mine}, KEY, check_existing=True
                )
                if item.fields.get("Holder") == self.holder:
                    self.renewed_at = self._now()
                    return
                continue  # someone else created it at the same moment: look again
            holder = str(item.fields.get("Holder") or "")
            seen = _seconds(item.fields.get("SeenAt"))
            same_data = item.fields.get("DatabaseId") == self._database_id  # this install, restarted
            if holder not in ("", self.holder) and not same_data and self._now() - seen < self._ttl:
                raise AnotherInstance(
                    str(item.fields.get("Host") or ""), str(item.fields.get("SeenAt") or "")
                )
            try:
                await self._lists.update_fields(INSTANCE.name, item.id, mine, item.etag)
            except Conflict:
                continue  # changed while we looked: look again
            self.renewed_at = self._now()
            return
        raise AnotherInstance("", "")

    async def release(self) -> None:
        """Give the lease up (a clean shutdown), so the next instance can start at once."""
        item = await self._lists.find_by_key(INSTANCE.name, KEY)
        if item is not None and item.fields.get("Holder") == self.holder:
            await self._lists.update_fields(INSTANCE.name, item.id, {"Holder": ""}, item.etag)
        self.renewed_at = None

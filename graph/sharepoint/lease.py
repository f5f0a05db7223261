"""One running Policy Steward per SharePoint site: a lease item in the site's instance list.

Two instances on one site (a scale-out, a second slot, a redeploy overlap) would each number
their own references and run their own scheduled work, so only one may hold the site. The lease
is one list item: who holds it (a random id per process), on which host, with which database,
and when it was last renewed. The holder renews it every minute, busy or idle; a clean shutdown
releases it, so the next instance takes it at once.

A holder that is not renewing any more is taken over: one with another database after ``ttl``
(five minutes) of silence, one with this very database (the same install restarted after a
crash, or a copy of its data folder) after ``silent_after`` (two and a half minutes), which is
long enough to see a live holder renew twice. A copy of the data folder running beside the
original (a slot swap, a backup restored on a second instance) therefore never takes the site
from it, although both carry the same database id. Claims are eTag-conditional updates, so two
instances starting together cannot both win.
"""

from __future__ import annotations

import asyncio
import socket
import time
import uuid
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any

from graph.msgraph.errors import Conflict, NotFound, PermissionDenied
from graph.records.times import graph_time, parse_time
from graph.sharepoint.lists import ListItem, SharePointLists
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
TTL = 300.0  # seconds without renewal after which a holder with another database has stopped
RENEW_EVERY = 60.0  # how often the holder renews, whether or not it has anything to write
SILENT_AFTER = 150.0  # a holder with this database that missed two renewals has stopped
HOLD_FOR = 120.0  # the holder writes only this long after its last renewal, inside SILENT_AFTER


class AnotherInstance(RuntimeError):
    """Another Policy Steward is using the site; this one must not write to it."""

    def __init__(self, host: str, seen_at: str, *, same_data: bool = False) -> None:
        self.host, self.seen_at, self.same_data = host, seen_at, same_data
        where = f"on {host or 'an unknown host'}, last seen {seen_at or 'just now'}"
        if same_data:
            super().__init__(
                f"Another process with this installation's data ({where}) is using this SharePoint "
                "site: a copy of the data folder, or this install before a crash. This one records "
                f"and syncs nothing until that one has been silent for {SILENT_AFTER / 60:.1f} minutes. "
                "Run one instance per site."
            )
            return
        super().__init__(
            f"Another Policy Steward ({where}) is using this SharePoint site. Run one instance per "
            "site: set the App Service to one instance and no second slot on the same site. If "
            f"that instance has stopped, this one can start once it has been silent for {TTL / 60:.0f} "
            "minutes."
        )


class NoInstanceList(NotFound):
    """The site has no instance list (provisioned by an older release) and this identity may not
    create one: a Sites.Selected ``write`` grant creates items, never lists."""

    def __init__(self) -> None:
        super().__init__(
            f"The '{INSTANCE.name}' list is missing from the SharePoint site and this identity may not "
            "create lists (its grant is 'write'), so a second instance on this site would not be refused. "
            "Run `python -m bot provision` once with 'fullcontrol' on the site.",
            status=403,
        )


def seconds(value: object) -> float:
    """A ``SeenAt`` stamp as seconds since the epoch (0 when missing or unreadable: long silent)."""
    try:
        when = parse_time(value)
    except (TypeError, ValueError):
        return 0.0
    return when.timestamp() if when else 0.0


def stopped(fields: Mapping[str, Any], now: float, *, same_data: bool, ttl: float = TTL) -> bool:
    """The lease item names no holder, or one silent longer than a live holder ever is:
    ``SILENT_AFTER`` for one with this database, ``ttl`` for any other."""
    silent = now - seconds(fields.get("SeenAt"))
    return not fields.get("Holder") or silent >= (SILENT_AFTER if same_data else ttl)


class SiteLease:
    """This process's claim on the site; ``elsewhere`` says who held it at the last look."""

    def __init__(
        self,
        lists: SharePointLists,
        database_id: str,
        *,
        now: Callable[[], float] = time.time,
        ttl: float = TTL,
        host: str | None = None,
        on_change: Callable[[AnotherInstance | None], None] | None = None,
    ) -> None:
        self._lists = lists
        self._database_id = database_id
        self._now = now
        self._ttl = ttl
        self._host = host if host is not None else socket.gethostname()
        self._on_change = on_change
        self.holder = uuid.uuid4().hex  # this process
        self.renewed_at: float | None = None
        self.elsewhere: AnotherInstance | None = None  # set while another process holds the site
        self.changed = asyncio.Event()  # set whenever ``elsewhere`` changes (tests wait on it)

    async def claim(self) -> None:
        """Hold the lease (or renew it); :class:`AnotherInstance` if someone else holds it."""
        try:
            await self._claim()
        except AnotherInstance as exc:
            self.renewed_at = None
            self._note(exc)
            raise
        self._note(None)

    def _note(self, elsewhere: AnotherInstance | None) -> None:
        was, self.elsewhere = self.elsewhere, elsewhere
        if (was is None) != (elsewhere is None):
            self.changed.set()
            if self._on_change is not None:
                self._on_change(elsewhere)

    async def _claim(self) -> None:
        for _ in range(3):
            item = await self._find()
            mine = {
                "Holder": self.holder,
                "Host": self._host,
                "DatabaseId": self._database_id,
                "SeenAt": graph_time(datetime.fromtimestamp(self._now(), UTC)),
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
            same_data = item.fields.get("DatabaseId") == self._database_id
            held = not stopped(item.fields, self._now(), same_data=same_data, ttl=self._ttl)
            if held and holder != self.holder:
                raise AnotherInstance(
                    str(item.fields.get("Host") or ""),
                    str(item.fields.get("SeenAt") or ""),
                    same_data=same_data,
                )
            try:
                await self._lists.update_fields(INSTANCE.name, item.id, mine, item.etag)
            except Conflict:
                continue  # changed while we looked: look again
            self.renewed_at = self._now()
            return
        raise AnotherInstance("", "")

    async def _find(self) -> ListItem | None:
        """The lease item; on a site provisioned before the instance list existed, the list is
        created first (a ``fullcontrol`` grant allows it; ``write`` does not: NoInstanceList)."""
        try:
            return await self._lists.find_by_key(INSTANCE.name, KEY)
        except NotFound:
            try:
                await self._lists.ensure_list(INSTANCE)
            except PermissionDenied:
                raise NoInstanceList() from None
            return await self._lists.find_by_key(INSTANCE.name, KEY)

    async def release(self) -> None:
        """Give the lease up (a clean shutdown), so the next instance can start at once."""
        item = await self._lists.find_by_key(INSTANCE.name, KEY)
        if item is not None and item.fields.get("Holder") == self.holder:
            await self._lists.update_fields(INSTANCE.name, item.id, {"Holder": ""}, item.etag)
        self.renewed_at = None

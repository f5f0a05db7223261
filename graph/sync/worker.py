"""The background worker that drains the outbox into SharePoint lists.

Failures are sorted by what helps: Graph unavailable or throttling → wait (Retry-After if
given, else exponential backoff with jitter) and hold *every* entry, not just the one that
failed, so a 429 storm is not answered with more requests; an item that keeps changing under
us (412 after 412) → try again later; a request Graph will never accept → ``failed``; anything
else (permissions, a list not provisioned yet) → retry slowly, since fixing the configuration
fixes it.

An update is merged field by field with what is in SharePoint: it carries only the fields that
changed here, with the values they replace (``base``). A field someone also changed in
SharePoint keeps their value if people may edit it there (``ListSchema.editable``) and takes the
bot's otherwise; either way the outbox records a notice, which the bot passes to the manager.
Logs carry sequence numbers, list names and error kinds, never field values.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import time
from collections.abc import Awaitable, Callable, Collection, Mapping, Sequence
from typing import Any, Protocol

from graph.msgraph.errors import BadRequest, Conflict, NotFound, StoreError, Unavailable
from graph.sharepoint.lease import HOLD_FOR, RENEW_EVERY, AnotherInstance, SiteLease
from graph.sharepoint.lists import ListItem, backoff_delay
from graph.sharepoint.schema import IDEMPOTENCY_COLUMN, fields_eq
from graph.sync.outbox import Outbox, OutboxEntry, State

log = logging.getLogger(__name__)

Sleep = Callable[[float], Awaitable[None]]


class ListWriter(Protocol):
    """What the worker needs from a list store (``SharePointLists`` or a test double)."""

    async def create_item(
        self, list_name: str, fields: Mapping[str, Any], key: str, *, check_existing: bool = False
    ) -> ListItem: ...

    async def find_by_key(self, list_name: str, key: str) -> ListItem | None: ...

    async def query(
        self, list_name: str, *, filter: str | None = None, select: Sequence[str] | None = None
    ) -> list[ListItem]: ...

    async def get_item(self, list_name: str, item_id: str) -> ListItem: ...

    async def update_fields(
        self, list_name: str, item_id: str, fields: Mapping[str, Any], etag: str
    ) -> ListItem: ...

    async def probe(self) -> None:
        """One cheap request; raises :class:`StoreError` while Graph is unreachable."""
        ...


class SyncWorker:
    def __init__(
        self,
        outbox: Outbox,
        lists: ListWriter,
        *,
        now: Callable[[], float] = time.time,
        sleep: Sleep = asyncio.sleep,
        rng: Callable[[], float] = random.random,
        base_delay: float = 1.0,
        max_delay: float = 300.0,
        update_attempts: int = 3,
        editable: Mapping[str, Collection[str]] | None = None,
        references: Mapping[str, str] | None = None,
        outage_cap: float = 30.0,
        probe_every: float = 5.0,
        parallel: int = 4,
        lease: SiteLease | None = None,
        renew_every: float = RENEW_EVERY,
        site_check: float = 5.0,
    ) -> None:
        self._outbox = outbox
        self._lists = lists
        self._now = now
        self._sleep = sleep
        self._rng = rng
        self._base_delay = base_delay
        self._max_delay = max_delay
        self._update_attempts = update_attempts
        self._editable = editable if editable is not None else _editable_columns()
        self._references = references if references is not None else _reference_columns()
        self._outage_cap = outage_cap
        self._probe_every = probe_every
        self._parallel = max(1, parallel)
        self._lease = lease  # with it, nothing is written unless this process holds the site
        self._renew_every = renew_every
        self._site_check = site_check  # how often a process that does not hold the site looks again
        self._outages = 0  # failed rounds in a row while Graph is unreachable
        self._hold_until = 0.0
        self._probing = False  # holding for an outage (not a Retry-After): probe to resume early
        self._task: asyncio.Task[None] | None = None

    def start(self) -> asyncio.Task[None]:
        if self._task is None or self._task.done():
            self._task = asyncio.create_task(self.run(), name="outbox-sync")
        return self._task

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    async def run(self) -> None:
        """Drain forever: send what is due, then sleep until the next retry or a new entry."""
        while True:
            self._outbox.changed.clear()
            if not await self._hold_site():
                await self._sleep(self._site_check)
                continue
            if await self.run_once():
                continue
            if self._probing and self._now() < self._hold_until:
                await self._sleep(min(self._probe_every, self._hold_until - self._now()))
                await self._probe()
                continue
            wake = await self._outbox.next_wake()
            if wake is not None:
                wake = max(wake, self._hold_until)
            if self._lease is not None and self._lease.renewed_at is not None:  # renew even when idle
                renew = self._lease.renewed_at + self._renew_every
                wake = renew if wake is None else min(wake, renew)
            await self._idle(None if wake is None else max(0.0, wake - self._now()))

    async def run_once(self, limit: int = 20) -> int:
        """Send the entries due now, oldest first; stop early if Graph asks us to wait."""
        if self._now() < self._hold_until:
            return 0
        done = 0
        entries = await self._outbox.due(limit)
        while entries:
            # One at a time while Graph is failing (no storm of doomed requests), several once it works.
            size = 1 if self._outages else self._parallel
            chunk, entries = entries[:size], entries[size:]
            results = await asyncio.gather(*(self._process(entry) for entry in chunk))
            done += sum(results)
            if not all(results):
                break
        return done

    async def _hold_site(self) -> bool:
        """Renew the site lease when due; False (and nothing written) while it cannot be held."""
        lease = self._lease
        if lease is None or (
            lease.renewed_at is not None and self._now() - lease.renewed_at < self._renew_every
        ):
            return True
        try:
            await lease.claim()
        except AnotherInstance:
            return False  # the lease said so once, when it changed hands (see ``SiteLease``)
        except NotFound as exc:  # no instance list, and no right to create it: sync without the check
            log.error("site lease not checked: %s", exc)
            lease.renewed_at = self._now()
            return True
        except StoreError as exc:
            log.warning("site lease not renewed: %s", _describe(exc))
            return lease.renewed_at is not None and self._now() - lease.renewed_at < HOLD_FOR
        return True

    async def _probe(self) -> None:
        """A cheap request while holding for an outage: if it works, resume now, not at the hold's end."""
        try:
            await self._lists.probe()
        except StoreError:
            return
        log.info("Graph reachable again after %d failed rounds; resuming", self._outages)
        self._hold_until, self._probing, self._outages = 0.0, False, 0
        await self._outbox.due_now(prefix=Unavailable.__name__)

    async def _idle(self, delay: float | None) -> None:
        waiters: set[asyncio.Future[Any]] = {asyncio.ensure_future(self._outbox.changed.wait())}
        if delay is not None:
            waiters.add(asyncio.ensure_future(self._sleep(delay)))
        try:
            await asyncio.wait(waiters, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for waiter in waiters:
                waiter.cancel()

    async def _process(self, entry: OutboxEntry) -> bool:
        """Try one entry; False means hold everything for a while."""
        await self._outbox.begin_attempt(entry.seq)
        attempt = entry.attempts + 1
        try:
            remote_id = await (self._create(entry) if entry.op == "create" else self._update(entry))
        except Unavailable as exc:
            # Backoff grows with the outage, not with the entry's own history, and stays short:
            # a probe every few seconds notices Graph's return (unless it said when to come back).
            self._outages += 1
            delay = backoff_delay(
                self._outages, exc.retry_after, self._base_delay, self._outage_cap, self._rng
            )
            self._hold_until = max(self._hold_until, self._now() + delay)
            self._probing = exc.retry_after is None
            await self._retry_later(entry, delay, exc)
            return False
        except Conflict as exc:  # the item kept changing under us: try again later, never drop it
            await self._retry_later(
                entry, backoff_delay(attempt, None, self._base_delay, self._max_delay, self._rng), exc
            )
        except BadRequest as exc:
            await self._give_up(entry, "failed", exc)
        except NotFound as exc:
            if entry.op == "update":
                await self._give_up(entry, "failed", exc)
            else:
                await self._retry_later(entry, self._max_delay, exc)
        except StoreError as exc:
            await self._retry_later(entry, self._max_delay, exc)
        except Exception as exc:  # a bug must not stop syncing for everyone; keep the entry
            log.error(
                "outbox %d: unexpected %s; retrying in %.0fs", entry.seq, type(exc).__name__, self._max_delay
            )
            await self._outbox.reschedule(entry.seq, self._max_delay, f"{type(exc).__name__}")
        else:
            self._outages = 0
            if await self._outbox.finish(entry.seq, "done", remote_id=remote_id):
                log.info(
                    "outbox %d synced: %s %s (attempt %d)", entry.seq, entry.op, entry.list_name, attempt
                )
        return True

    async def _create(self, entry: OutboxEntry) -> str:
        item = await self._lists.create_item(
            entry.list_name, entry.fields, entry.key, check_existing=entry.attempts > 0
        )
        column = self._references.get(entry.list_name)
        if column and entry.fields.get(column):
            await self._same_reference(entry, item, column)
        return item.id

    async def _same_reference(self, entry: OutboxEntry, item: ListItem, column: str) -> None:
        """Note other items with this item's reference: a database restored from an older copy
        (or one started afresh on the site) numbers its next record with a reference already
        here. Each keeps its own item (their keys differ); the manager is told, once, where both
        are. A failure here retries the entry, whose create then finds its item, so the check is
        never skipped."""
        filter = fields_eq({column: entry.fields[column]})
        try:
            # Only the keys tell the items apart: the other incidents' contents are not fetched.
            found = await self._lists.query(entry.list_name, filter=filter, select=[IDEMPOTENCY_COLUMN])
        except BadRequest as exc:  # the column lost its index in a big list: the item still stands
            log.warning("outbox %d: references not compared: %s", entry.seq, _describe(exc))
            return
        others = [i for i in found if i.key != entry.key]
        if others:
            links = [_link(i) for i in (item, *others)]
            await self._outbox.same_reference(entry.list_name, entry.key, links)
            log.warning("outbox %d: %s has another item with its reference", entry.seq, entry.list_name)

    async def _update(self, entry: OutboxEntry) -> str:
        item_id = entry.remote_id or await self._outbox.remote_id_for(entry.list_name, entry.key)
        if item_id is None:
            found = await self._lists.find_by_key(entry.list_name, entry.key)
            if found is None:
                raise NotFound(f"no item with key {entry.key} in {entry.list_name}")
            item_id = found.id
        editable = self._editable.get(entry.list_name, ())
        for _ in range(self._update_attempts):
            current = await self._lists.get_item(entry.list_name, item_id)
            clashes = _clashes(current.fields, entry.fields, entry.base)
            theirs = {name for name in clashes if name in editable}
            patch = {k: v for k, v in entry.fields.items() if k not in theirs}
            try:
                if any(current.fields.get(k) != v for k, v in patch.items()):
                    await self._lists.update_fields(entry.list_name, item_id, patch, current.etag)
            except Conflict:
                log.info("outbox %d: item changed while updating; re-reading", entry.seq)
                continue
            if theirs:
                await self._outbox.notice(entry.list_name, entry.key, sorted(theirs), "sharepoint")
            if clashes - theirs:
                await self._outbox.notice(entry.list_name, entry.key, sorted(clashes - theirs), "bot")
            return item_id
        raise Conflict(f"item {item_id} kept changing", status=412)

    async def _retry_later(self, entry: OutboxEntry, delay: float, exc: StoreError) -> None:
        log.warning("outbox %d: %s; retrying in %.1fs", entry.seq, _describe(exc), delay)
        await self._outbox.reschedule(entry.seq, delay, _describe(exc))

    async def _give_up(self, entry: OutboxEntry, state: State, exc: StoreError) -> None:
        log.warning("outbox %d: %s; marked %s", entry.seq, _describe(exc), state)
        await self._outbox.finish(entry.seq, state, error=_describe(exc))


def _clashes(
    current: Mapping[str, Any], wanted: Mapping[str, Any], base: Mapping[str, Any] | None
) -> set[str]:
    """Fields another writer changed since ``base`` to something other than ours."""
    if base is None:
        return set()
    return {
        name
        for name, value in wanted.items()
        if name in base and current.get(name) != base[name] and current.get(name) != value
    }


def _editable_columns() -> dict[str, frozenset[str]]:
    from graph.sharepoint.schemas import all_schemas

    return {schema.name: schema.editable for schema in all_schemas()}


def _reference_columns() -> dict[str, str]:
    from graph.sharepoint.schemas import all_schemas

    return {schema.name: schema.reference for schema in all_schemas() if schema.reference}


def _link(item: ListItem) -> str:
    return item.web_url or f"item {item.id}"


def _describe(exc: StoreError) -> str:
    """Error kind, status and Graph code only: messages may quote what was written."""
    return f"{type(exc).__name__} status={exc.status} code={exc.code or '-'}"

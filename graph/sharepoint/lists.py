"""SharePoint lists as a store: raw list-item JSON through the Graph SDK's adapter.

Reads go through the SDK retry handler. Creates and field updates switch it off and retry
here instead, because the handler re-sends a POST after a 503/504 that the server may
already have committed. A create that failed ambiguously looks its idempotency key up
before it is sent again; an update that failed ambiguously re-reads the item, so a retry
never writes twice and never reports our own write as someone else's conflict.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlsplit

from cards.sanitise import as_written, formula_safe
from graph.msgraph.errors import Conflict, GraphConfigError, NotFound, PermissionDenied, Unavailable
from graph.msgraph.transport import GraphTransport
from graph.sharepoint.schema import IDEMPOTENCY_COLUMN, ListSchema, column_type_of, fields_eq

PREFER_NON_INDEXED = "HonorNonIndexedQueriesWarningMayFailRandomly"
Sleep = Callable[[float], Awaitable[None]]


@dataclass(frozen=True)
class ListItem:
    id: str
    etag: str
    fields: Mapping[str, Any]
    web_url: str = ""  # where the item opens in SharePoint, when Graph said

    @property
    def key(self) -> str | None:
        value = self.fields.get(IDEMPOTENCY_COLUMN)
        return str(value) if value is not None else None


@dataclass(frozen=True)
class EnsureResult:
    """What ``ensure_list`` did; ``mismatched`` columns exist with another type and are left alone."""

    name: str
    created: bool
    added_columns: tuple[str, ...] = ()
    indexed_columns: tuple[str, ...] = ()
    mismatched: tuple[str, ...] = ()


def site_path(site_url: str) -> str:
    """``https://host/sites/ops`` → ``/sites/host:/sites/ops:`` (Graph's get-site-by-path)."""
    parts = urlsplit(site_url)
    if parts.scheme != "https" or not parts.hostname:
        raise GraphConfigError(f"SharePoint site URL must look like https://host/sites/name: {site_url!r}")
    path = parts.path.rstrip("/")
    return f"/sites/{parts.hostname}:{quote(path)}:" if path else f"/sites/{parts.hostname}"


class SharePointLists:
    """Lists on one SharePoint site, addressed by display name."""

    def __init__(
        self,
        transport: GraphTransport,
        site_url: str,
        *,
        write_attempts: int = 4,
        base_delay: float = 0.5,
        max_delay: float = 30.0,
        sleep: Sleep = asyncio.sleep,
        rng: Callable[[], float] = random.random,
    ) -> None:
        self._t = transport
        self._site_url = site_url
        self._site_path = site_path(site_url)
        self._attempts = max(1, write_attempts)
        self._base_delay = base_delay
        self._max_delay = max_delay
        self._sleep = sleep
        self._rng = rng
        self._site_id: str | None = None
        self._list_ids: dict[str, str] = {}

    async def site_id(self) -> str:
        if self._site_id is None:
            try:
                response = await self._t.send("GET", self._t.url(self._site_path, {"$select": "id"}))
            except NotFound as exc:
                raise GraphConfigError(f"SharePoint site not found: {self._site_url}", status=404) from exc
            except PermissionDenied as exc:
                raise PermissionDenied(
                    f"no access to {self._site_url}: grant the app Sites.Selected on this site ({exc})",
                    status=exc.status,
                ) from exc
            self._site_id = str(response.body["id"])
        return self._site_id

    async def probe(self) -> None:
        """One request that fails while Graph or the site is unreachable (the sync worker's probe)."""
        await self._t.send("GET", self._t.url(self._site_path, {"$select": "id"}), sdk_retry=False)

    async def list_id(self, name: str) -> str:
        if name not in self._list_ids:
            body = await self._get_list(name)
            if body is None:
                raise NotFound(f"list {name!r} does not exist; run provisioning", status=404)
            self._list_ids[name] = str(body["id"])
        return self._list_ids[name]

    async def ensure_list(self, schema: ListSchema) -> EnsureResult:
        """Create the list, or add its missing columns; safe to run again and again."""
        existing = await self._get_list(schema.name)
        if existing is None:
            sid = await self.site_id()
            try:
                created = await self._t.send(
                    "POST", self._t.url(f"/sites/{sid}/lists"), body=schema.to_graph()
                )
            except PermissionDenied as exc:
                raise PermissionDenied(
                    f"cannot create list {schema.name!r}: Sites.Selected 'write' cannot create lists; "
                    f"grant 'fullcontrol' or provision as an admin ({exc})",
                    status=exc.status,
                ) from exc
            self._list_ids[schema.name] = str(created.body["id"])
            return EnsureResult(
                schema.name, created=True, added_columns=tuple(c.name for c in schema.all_columns)
            )
        self._list_ids[schema.name] = str(existing["id"])
        return await self._ensure_columns(schema)

    async def _ensure_columns(self, schema: ListSchema) -> EnsureResult:
        base = await self._list_path(schema.name)
        response = await self._t.send("GET", self._t.url(f"{base}/columns"))
        have = {str(c.get("name")): c for c in response.body.get("value", [])}
        added, indexed, mismatched = [], [], []
        for column in schema.all_columns:
            current = have.get(column.name)
            if current is None:
                await self._t.send("POST", self._t.url(f"{base}/columns"), body=column.to_graph())
                added.append(column.name)
            elif column_type_of(current) != column.type:
                mismatched.append(column.name)
            elif column.indexed and not current.get("indexed"):
                url = self._t.url(f"{base}/columns/{current['id']}")
                await self._t.send("PATCH", url, body={"indexed": True})
                indexed.append(column.name)
        return EnsureResult(schema.name, False, tuple(added), tuple(indexed), tuple(mismatched))

    async def check_list(self, schema: ListSchema) -> EnsureResult | None:
        """What :meth:`ensure_list` would change, changing nothing; None when the list is missing.

        ``added_columns`` are the missing columns, ``indexed`` those lacking their index.
        """
        existing = await self._get_list(schema.name)
        if existing is None:
            return None
        self._list_ids[schema.name] = str(existing["id"])
        base = await self._list_path(schema.name)
        response = await self._t.send("GET", self._t.url(f"{base}/columns"))
        have = {str(c.get("name")): c for c in response.body.get("value", [])}
        columns = schema.all_columns
        missing = [c.name for c in columns if c.name not in have]
        present = [c for c in columns if c.name in have]
        wrong = [c.name for c in present if column_type_of(have[c.name]) != c.type]
        unindexed = [c.name for c in present if c.indexed and not have[c.name].get("indexed")]
        return EnsureResult(schema.name, False, tuple(missing), tuple(unindexed), tuple(wrong))

    async def create_item(
        self, list_name: str, fields: Mapping[str, Any], key: str, *, check_existing: bool = False
    ) -> ListItem:
        """Create an item carrying ``key``; never creates a second item for the same key.

        ``check_existing`` says an earlier attempt (perhaps before a restart) may have landed.
        """
        url = self._t.url(f"{await self._list_path(list_name)}/items")
        body = {"fields": {**_stored(fields), IDEMPOTENCY_COLUMN: key}}
        maybe_exists = check_existing
        for attempt in range(1, self._attempts + 1):
            try:
                if maybe_exists and (found := await self.find_by_key(list_name, key)) is not None:
                    return found
                response = await self._t.send("POST", url, body=body, sdk_retry=False)
                return _item(response.body)
            except Unavailable as exc:
                maybe_exists = maybe_exists or exc.ambiguous
                await self._backoff(attempt, exc)
        raise AssertionError("unreachable")

    async def find_by_key(self, list_name: str, key: str) -> ListItem | None:
        items = await self.query(list_name, filter=fields_eq({IDEMPOTENCY_COLUMN: key}), top=2, limit=1)
        return items[0] if items else None

    async def get_item(self, list_name: str, item_id: str) -> ListItem:
        path = f"{await self._list_path(list_name)}/items/{quote(item_id)}"
        response = await self._t.send("GET", self._t.url(path, {"$expand": "fields"}))
        return _item(response.body)

    async def update_fields(
        self, list_name: str, item_id: str, fields: Mapping[str, Any], etag: str
    ) -> ListItem:
        """Set ``fields`` if the item still has ``etag``; :class:`Conflict` if it changed."""
        url = self._t.url(f"{await self._list_path(list_name)}/items/{quote(item_id)}/fields")
        for attempt in range(1, self._attempts + 1):
            try:
                response = await self._t.send(
                    "PATCH", url, body=_stored(fields), headers={"If-Match": etag}, sdk_retry=False
                )
                body = response.body
                return ListItem(item_id, str(body.get("@odata.etag", "")), _written(body))
            except Unavailable as exc:
                if exc.ambiguous:
                    current = await self.get_item(list_name, item_id)
                    if all(_same(current.fields.get(k), v) for k, v in fields.items()):
                        return current
                    if current.etag != etag:
                        raise Conflict(f"item {item_id} changed while updating", status=412) from exc
                await self._backoff(attempt, exc)
        raise AssertionError("unreachable")

    async def delete_item(self, list_name: str, item_id: str) -> bool:
        """Delete an item; False if it was already gone, so deleting twice is harmless."""
        url = self._t.url(f"{await self._list_path(list_name)}/items/{quote(item_id)}")
        try:
            await self._t.send("DELETE", url)
        except NotFound:
            return False
        return True

    async def query(
        self,
        list_name: str,
        *,
        filter: str | None = None,
        select: Sequence[str] | None = None,
        top: int | None = None,
        limit: int | None = None,
        allow_unindexed: bool = False,
    ) -> list[ListItem]:
        """Items matching ``filter`` (see :func:`graph.sharepoint.schema.fields_eq`), following every page.

        ``allow_unindexed`` sends the Prefer header that lets SharePoint filter on columns
        without an index; it may fail on big lists, so only small admin lists should use it.
        """
        expand = f"fields($select={','.join(select)})" if select else "fields"
        params = {"$expand": expand}
        if filter:
            params["$filter"] = filter
        if top:
            params["$top"] = str(top)
        headers = {"Prefer": PREFER_NON_INDEXED} if allow_unindexed else None
        url: str | None = self._t.url(f"{await self._list_path(list_name)}/items", params)
        items: list[ListItem] = []
        while url and (limit is None or len(items) < limit):
            page = (await self._t.send("GET", url, headers=headers)).body
            items.extend(_item(raw) for raw in page.get("value", []))
            url = page.get("@odata.nextLink")
        return items if limit is None else items[:limit]

    async def _list_path(self, name: str) -> str:
        return f"/sites/{await self.site_id()}/lists/{await self.list_id(name)}"

    async def _get_list(self, name: str) -> dict[str, Any] | None:
        sid = await self.site_id()
        try:
            response = await self._t.send("GET", self._t.url(f"/sites/{sid}/lists/{quote(name)}"))
        except NotFound:
            return None
        body: dict[str, Any] = response.body
        return body

    async def _backoff(self, attempt: int, exc: Unavailable) -> None:
        if attempt >= self._attempts:
            raise exc
        await self._sleep(
            backoff_delay(attempt, exc.retry_after, self._base_delay, self._max_delay, self._rng)
        )


def backoff_delay(
    attempt: int, retry_after: float | None, base: float, cap: float, rng: Callable[[], float]
) -> float:
    """Retry-After when the server gave one, else exponential backoff with full jitter."""
    if retry_after is not None:
        return min(retry_after, cap)
    return float(rng() * min(cap, base * 2.0 ** min(attempt - 1, 32)))  # no overflow after many tries


def _item(raw: Mapping[str, Any]) -> ListItem:
    fields = raw.get("fields") or {}
    etag = str(raw.get("eTag") or fields.get("@odata.etag", ""))
    return ListItem(str(raw["id"]), etag, _written(fields), str(raw.get("webUrl") or ""))


def _stored(fields: Mapping[str, Any]) -> dict[str, Any]:
    """Text made safe for SharePoint's "Export to Excel/CSV" (see cards.sanitise.formula_safe)."""
    return {name: formula_safe(v) if isinstance(v, str) else v for name, v in fields.items()}


def _written(fields: Mapping[str, Any]) -> dict[str, Any]:
    return {name: as_written(v) if isinstance(v, str) else v for name, v in fields.items()}


def _same(current: Any, wanted: Any) -> bool:
    if current == wanted:
        return True
    return isinstance(current, str) and isinstance(wanted, str) and current.rstrip("Z") == wanted.rstrip("Z")

"""A loopback Microsoft Graph for tests and the benchmark: SharePoint lists, users, and uploads
to the site's document library (``graph_drive.py``).

The real ``GraphServiceClient`` talks to it over HTTP on 127.0.0.1, so auth headers,
middleware, retries and our JSON all run for real. Faults are injected in-process
(``inject``, ``drop_after_commit``, ``hang``, ``down``), every request is logged, and
``wait_for`` lets a test await the N-th matching request instead of sleeping.
"""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from aiohttp import web

from tests.fakes.graph_drive import DriveState
from tests.fakes.graph_odata import GraphFault
from tests.fakes.graph_sites import ROLES_WRITE, Site, SitesState, find_item, item_json, need_role
from tests.fakes.graph_users import UsersState

Reply = tuple[int, Any]


@dataclass
class Fault:
    kind: str  # "status" | "drop" | "hang" | "reset" | "hook"
    count: int | None
    match: str = ""
    method: str | None = None
    status: int = 503
    retry_after: float | None = None
    code: str = ""
    after_commit: bool = False
    hook: Callable[[FakeGraph], None] | None = None

    def applies(self, method: str, path: str) -> bool:
        return (self.method is None or self.method == method) and self.match in path


@dataclass(frozen=True)
class LoggedRequest:
    method: str
    path: str
    query: Mapping[str, str]
    headers: Mapping[str, str]
    status: int
    outcome: str  # "ok", "fault", "dropped", "hung"


class FakeGraph:
    """Graph v1.0 on ``http://127.0.0.1:<port>/v1.0``; see the module docstring."""

    def __init__(self, *, page_size: int = 200) -> None:
        self.sites = SitesState(page_size)
        self.users = UsersState()
        self.drive = DriveState()
        self.requests: list[LoggedRequest] = []
        self.accepted_tokens: set[str] | None = None  # None: any bearer token is taken
        self._faults: list[Fault] = []
        self._down: Fault | None = None
        self._changed = asyncio.Condition()
        self._release = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self._port = 0

    # --- lifecycle ---------------------------------------------------------------------

    async def start(self) -> FakeGraph:
        app = web.Application()
        app.router.add_route("*", "/v1.0/{tail:.*}", self._handle)
        app.router.add_route("*", "/_upload/{session}", self._handle_upload)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self._port = self._runner.addresses[0][1]
        return self

    async def close(self) -> None:
        self._release.set()
        if self._runner is not None:
            await self._runner.cleanup()

    async def __aenter__(self) -> FakeGraph:
        return await self.start()

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._port}/v1.0"

    def add_site(self, url: str, *, role: str | None = "fullcontrol") -> Site:
        """Add a site; ``role`` is the app's Sites.Selected grant (None: no grant)."""
        return self.sites.add_site(url, role)

    def edit_item(self, list_name: str, item_id: str, **fields: Any) -> None:
        """Change an item as another SharePoint user would (new eTag)."""
        for site in self.sites.sites.values():
            for target in site.lists.values():
                if target.name == list_name:
                    item = find_item(target, item_id)
                    item.fields.update(fields)
                    item.version += 1
                    return
        raise KeyError(list_name)

    def items(self, list_name: str) -> list[dict[str, Any]]:
        """All items' fields in a list, across sites (for assertions)."""
        return [
            dict(item.fields)
            for site in self.sites.sites.values()
            for target in site.lists.values()
            if target.name == list_name
            for item in target.items.values()
        ]

    # --- fault injection ---------------------------------------------------------------

    def inject(
        self,
        status: int,
        *,
        retry_after: float | None = None,
        count: int | None = 1,
        match: str = "",
        method: str | None = None,
        code: str = "",
    ) -> None:
        """Answer the next ``count`` matching requests with an error (None: until cleared)."""
        self._faults.append(Fault("status", count, match, method, status, retry_after, code))

    def drop_after_commit(
        self, count: int = 1, *, match: str = "/items", method: str | None = "POST"
    ) -> None:
        """Apply the request, then cut the connection before any response is sent."""
        self._faults.append(Fault("drop", count, match, method, after_commit=True))

    def hang(
        self, count: int = 1, *, match: str = "", method: str | None = None, after_commit: bool = True
    ) -> None:
        """Never answer (until ``close``/``release``); the client's own timeout must fire."""
        self._faults.append(Fault("hang", count, match, method, after_commit=after_commit))

    def on_next(
        self, hook: Callable[[FakeGraph], None], *, match: str = "", method: str | None = None
    ) -> None:
        """Run ``hook`` just before the next matching request is served (a concurrent editor)."""
        self._faults.append(Fault("hook", 1, match, method, hook=hook))

    def down(self, *, status: int = 503, reset: bool = False, retry_after: float | None = None) -> None:
        """Fail everything until ``up``: an error status, or a reset connection."""
        self._down = Fault("reset" if reset else "status", None, status=status, retry_after=retry_after)

    def up(self) -> None:
        self._down = None

    def release(self) -> None:
        self._release.set()

    def will_hang(self, method: str, path: str) -> bool:
        """Would a request like this hang? (So a test can give only that one a short timeout.)"""
        return any(f.kind == "hang" and f.applies(method, path) for f in self._faults)

    def clear_faults(self) -> None:
        self._faults.clear()
        self._down = None

    # --- observation -------------------------------------------------------------------

    def count(self, method: str | None = None, match: str = "", *, outcome: str | None = None) -> int:
        return sum(
            1
            for r in self.requests
            if (method is None or r.method == method)
            and match in r.path
            and (outcome is None or r.outcome == outcome)
        )

    async def wait_for(
        self, n: int, method: str | None = None, match: str = "", *, outcome: str | None = None
    ) -> None:
        """Return once ``n`` matching requests have been received."""
        async with self._changed:
            await self._changed.wait_for(lambda: self.count(method, match, outcome=outcome) >= n)

    async def _log(self, request: web.Request, path: str, status: int, outcome: str) -> None:
        keep = ("Prefer", "If-Match", "Retry-Attempt", "ConsistencyLevel")
        headers = {k: request.headers[k] for k in keep if k in request.headers}
        self.requests.append(
            LoggedRequest(request.method, path, dict(request.query), headers, status, outcome)
        )
        async with self._changed:
            self._changed.notify_all()

    # --- serving -----------------------------------------------------------------------

    def _take(self, method: str, path: str, *, after_commit: bool) -> Fault | None:
        if not after_commit and self._down is not None:
            return self._down
        for fault in self._faults:
            if fault.after_commit == after_commit and fault.applies(method, path):
                if fault.count is not None:
                    fault.count -= 1
                    if fault.count <= 0:
                        self._faults.remove(fault)
                return fault
        return None

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        path = "/" + request.match_info["tail"]
        method = request.method
        while (fault := self._take(method, path, after_commit=False)) is not None and fault.kind == "hook":
            assert fault.hook is not None
            fault.hook(self)
        if fault is not None:
            return await self._before_fault(request, path, fault)
        status, body = await self._serve(request, path)
        after = self._take(method, path, after_commit=True) if status < 400 else None
        if after is not None:
            await self._log(request, path, status, "dropped" if after.kind == "drop" else "hung")
            if after.kind == "hang":
                await self._release.wait()
            if request.transport is not None:
                request.transport.abort()
            return web.Response(status=status)
        await self._log(request, path, status, "ok")
        if body is None:
            return web.Response(status=status)
        return web.json_response(body, status=status)

    async def _before_fault(self, request: web.Request, path: str, fault: Fault) -> web.StreamResponse:
        if fault.kind in ("reset", "hang", "drop"):
            await self._log(request, path, 0, "hung" if fault.kind == "hang" else "dropped")
            if fault.kind == "hang":
                await self._release.wait()
            if request.transport is not None:
                request.transport.abort()
            return web.Response(status=503)
        codes = {429: "TooManyRequests", 503: "serviceNotAvailable", 504: "gatewayTimeout"}
        error = GraphFault(
            fault.status, fault.code or codes.get(fault.status, "generalException"), "Injected"
        )
        if fault.retry_after is not None:
            error.headers["Retry-After"] = str(int(fault.retry_after))
        await self._log(request, path, fault.status, "fault")
        return web.json_response(error.body(), status=error.status, headers=error.headers)

    async def _serve(self, request: web.Request, path: str) -> Reply:
        try:
            authorization = request.headers.get("Authorization", "")
            if not authorization.startswith("Bearer "):
                raise GraphFault(401, "InvalidAuthenticationToken", "Access token is empty.")
            if self.accepted_tokens is not None and authorization[7:] not in self.accepted_tokens:
                raise GraphFault(401, "InvalidAuthenticationToken", "Access token validation failure.")
            raw = await request.read()
            if "/drive/" in path:
                return self._drive_route(request, path, raw)
            body = json.loads(raw) if raw else None
            return self._route(request, path, body)
        except GraphFault as fault:
            return fault.status, fault.body()
        except ValueError:
            return 400, GraphFault(400, "BadRequest", "Unable to read JSON request payload.").body()

    def _drive_route(self, request: web.Request, path: str, raw: bytes) -> Reply:
        match = re.fullmatch(r"/sites/([^/]+)(.*)", path)
        if match is None:
            raise GraphFault(400, "BadRequest", f"Resource not found for the segment '{path}'.")
        site, rest = self.sites.resolve(match[1], match[2])
        need_role(site, ROLES_WRITE)
        site_url = f"https://{site.hostname}{site.path}"
        upload_base = f"http://127.0.0.1:{self._port}/_upload"
        return self.drive.route(site.id, site_url, rest, request.method, request.query, raw, upload_base)

    async def _handle_upload(self, request: web.Request) -> web.StreamResponse:
        """An upload session's pre-authenticated URL (outside /v1.0, like the real one)."""
        path = f"/_upload/{request.match_info['session']}"
        fault = self._take(request.method, path, after_commit=False)
        if fault is not None:
            return await self._before_fault(request, path, fault)
        raw = await request.read()
        try:
            if request.method == "PUT":
                status, body = self.drive.put_range(request.match_info["session"], request.headers, raw)
            elif request.method == "DELETE":
                status, body = self.drive.cancel(request.match_info["session"])
            else:
                raise GraphFault(405, "BadRequest", f"{request.method} is not supported here")
        except GraphFault as error:
            status, body = error.status, error.body()
        await self._log(request, path, status, "ok")
        return web.Response(status=status) if body is None else web.json_response(body, status=status)

    def _route(self, request: web.Request, path: str, body: Any) -> Reply:
        method, query = request.method, request.query
        if path == "/users" and method == "GET":
            return 200, self.users.list_users(query, request.headers)
        if path == "/users/delta" and method == "GET":
            return 200, self.users.delta(query, f"{self.base_url}/users/delta")
        if path == "/directory/deletedItems/microsoft.graph.user" and method == "GET":
            return 200, self.users.deleted(query)
        match = re.fullmatch(r"/sites/([^/]+)(.*)", path)
        if match is None:
            raise GraphFault(400, "BadRequest", f"Resource not found for the segment '{path}'.")
        site, rest = self.sites.resolve(match[1], match[2])
        return self._site_route(request, site, rest, body)

    def _site_route(self, request: web.Request, site: Site, rest: str, body: Any) -> Reply:
        method, query, state = request.method, request.query, self.sites
        if rest == "" and method == "GET":
            return 200, {"id": site.id, "name": site.path.rsplit("/", 1)[-1], "webUrl": site.path}
        if rest == "/lists" and method == "POST":
            return 201, state.create_list(site, body or {}).to_json()
        if rest == "/lists" and method == "GET":
            return 200, {"value": [x.to_json() for x in site.lists.values()]}
        match = re.fullmatch(r"/lists/([^/]+)(?:/(columns|items)(?:/([^/]+))?(/fields)?)?", rest)
        if match is None:
            raise GraphFault(400, "BadRequest", f"Resource not found for the segment '{rest}'.")
        target = site.find_list(match[1])
        kind, sub, fields = match[2], match[3], match[4]
        if kind is None and method == "GET":
            return 200, target.to_json()
        if kind == "columns" and sub is None and method == "GET":
            return 200, {"value": [c.to_json() for c in target.columns.values()]}
        if kind == "columns" and sub is None and method == "POST":
            return 201, state.add_column(site, target, body or {}).to_json()
        if kind == "columns" and sub and method == "PATCH":
            return 200, state.patch_column(site, target, sub, body or {}).to_json()
        if kind == "items" and sub is None and method == "POST":
            return 201, item_json(state.create_item(site, target, body or {}))
        if kind == "items" and sub is None and method == "GET":
            next_base = f"{self.base_url}/sites/{site.id}/lists/{target.id}/items"
            return 200, state.list_items(target, query, request.headers.get("Prefer", ""), next_base)
        if kind == "items" and sub and not fields and method == "GET":
            return 200, item_json(find_item(target, sub), "$expand" in query)
        if kind == "items" and sub and not fields and method == "DELETE":
            target.items.pop(find_item(target, sub).id)
            return 204, None
        if kind == "items" and sub and fields and method == "PATCH":
            item = state.patch_fields(site, target, sub, body or {}, request.headers.get("If-Match"))
            return 200, item.all_fields()
        raise GraphFault(405, "BadRequest", f"{method} is not supported here")

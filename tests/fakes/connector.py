"""A loopback Bot Connector: the Teams service the bot talks back to, on 127.0.0.1.

It implements the Bot Framework REST routes the bot calls (v3 conversations, activities,
members), records every call, and lets a test await the next N calls instead of sleeping.
Shapes follow the published Bot Connector API: ``ResourceResponse`` ``{"id": ...}`` for sends
and updates, ``ConversationResourceResponse`` for new conversations, ``TeamsChannelAccount``
for members, and errors as ``{"error": {"code", "message"}}`` with the codes Teams documents
("Status codes from bot conversational APIs"): 403 ``ConversationBlockedByUser`` /
``BotNotInConversationRoster`` / ``BotDisabledByAdmin``, 404 ``ConversationNotFound``, 429
``Throttled`` with ``Retry-After``, 5xx ``ServiceError``. Faults are injected per call or as an
outage that lasts until ``restore()``, including connections dropped without an answer.
"""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web
from aiohttp.test_utils import TestServer


@dataclass(frozen=True)
class Call:
    method: str
    path: str
    conversation_id: str
    activity_id: str | None
    body: Any
    authorization: str | None

    @property
    def kind(self) -> str:
        """ "send", "reply", "update", "delete", "create" or "members"."""
        if "/members" in self.path:
            return "members"
        if self.method == "POST" and self.path.rstrip("/").endswith("/v3/conversations"):
            return "create"
        if self.method == "PUT":
            return "update"
        if self.method == "DELETE":
            return "delete"
        return "reply" if self.activity_id else "send"

    @property
    def card(self) -> dict[str, Any] | None:
        """The Adaptive Card in a posted activity, if any."""
        for attachment in (self.body or {}).get("attachments") or []:
            if attachment.get("contentType") == "application/vnd.microsoft.card.adaptive":
                content: dict[str, Any] = attachment["content"]
                return content
        return None

    @property
    def text(self) -> str:
        return str((self.body or {}).get("text") or "")


DROP = 0  # a "status" that closes the connection without answering (Teams unreachable)


@dataclass
class Fault:
    status: int
    code: str
    retry_after: int | None
    when: Callable[[Call], bool]
    remaining: int | None  # None: until restore()


@dataclass
class Member:
    teams_id: str
    aad_object_id: str
    name: str
    upn: str
    tenant_id: str = ""


@dataclass
class FakeConnector:
    members: dict[str, Member] = field(default_factory=dict)
    not_installed: set[str] = field(default_factory=set)  # aad ids: creating a chat gives 403
    calls: list[Call] = field(default_factory=list)
    _condition: asyncio.Condition = field(default_factory=asyncio.Condition)
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    refused: list[Call] = field(default_factory=list)  # calls answered with an injected fault
    _faults: list[Fault] = field(default_factory=list)
    _server: TestServer | None = None

    async def start(self) -> str:
        app = web.Application()
        app.router.add_post("/v3/conversations", self._create)
        app.router.add_route("*", "/v3/conversations/{cid:[^/]+}/activities", self._activity)
        app.router.add_route("*", "/v3/conversations/{cid:[^/]+}/activities/{aid:[^/]+}", self._activity)
        app.router.add_get("/v3/conversations/{cid:[^/]+}/members", self._members)
        app.router.add_get("/v3/conversations/{cid:[^/]+}/members/{uid:[^/]+}", self._member)
        app.router.add_get("/v3/conversations/{cid:[^/]+}/pagedmembers", self._paged)
        self._server = TestServer(app, host="127.0.0.1", port=0)
        await self._server.start_server()
        return self.url

    async def close(self) -> None:
        if self._server:
            await self._server.close()

    async def drop_idle_connections(self) -> None:
        """Close every kept-alive connection, as a load balancer does after an idle spell."""
        assert self._server is not None
        assert self._server.runner is not None
        server = self._server.runner.server
        assert server is not None
        for handler in list(server.connections):
            if handler.transport is not None:
                handler.transport.close()
        await asyncio.sleep(0)  # let the loop run the closes it scheduled

    @property
    def url(self) -> str:
        assert self._server is not None
        return str(self._server.make_url("/")).rstrip("/") + "/"

    def fail_next(
        self,
        status: int,
        when: Callable[[Call], bool] = lambda call: True,
        *,
        code: str = "ServiceError",
        retry_after: int | None = None,
    ) -> None:
        """Answer the next matching call with ``status`` and ``code`` (e.g. 403
        ConversationBlockedByUser)."""
        self._faults.append(Fault(status, code, retry_after, when, 1))

    def outage(
        self,
        status: int = 503,
        when: Callable[[Call], bool] = lambda call: True,
        *,
        code: str = "ServiceError",
        retry_after: int | None = None,
    ) -> None:
        """Answer every matching call with ``status`` until ``restore()``; ``DROP`` closes the
        connection instead, as when Teams cannot be reached at all."""
        self._faults.append(Fault(status, code, retry_after, when, None))

    def restore(self) -> None:
        self._faults.clear()

    # -- what tests read ---------------------------------------------------------------

    def of_kind(self, *kinds: str) -> list[Call]:
        return [c for c in self.calls if c.kind in kinds]

    @property
    def posted(self) -> list[Call]:
        """Every message the bot sent (new messages and replies)."""
        return self.of_kind("send", "reply")

    @property
    def updates(self) -> list[Call]:
        return self.of_kind("update")

    def posted_to(self, conversation_id: str) -> list[Call]:
        return [c for c in self.posted if c.conversation_id == conversation_id]

    async def wait_for(self, count: int, *kinds: str, within: float = 10.0) -> list[Call]:
        """Wait until at least ``count`` calls of the given kinds (default: posts) were made."""
        wanted = kinds or ("send", "reply")

        def enough() -> bool:
            return len(self.of_kind(*wanted)) >= count

        async with asyncio.timeout(within), self._condition:
            await self._condition.wait_for(enough)
        return self.of_kind(*wanted)

    # -- routes --------------------------------------------------------------------------

    async def _record(self, request: web.Request, body: Any) -> tuple[Call, web.Response | None]:
        call = Call(
            method=request.method,
            path=request.path,
            conversation_id=request.match_info.get("cid", ""),
            activity_id=request.match_info.get("aid"),
            body=body,
            authorization=request.headers.get("Authorization"),
        )
        fault = next((f for f in self._faults if f.when(call)), None)
        if fault is None:
            async with self._condition:
                self.calls.append(call)
                self._condition.notify_all()
            return call, None
        if fault.remaining is not None:
            fault.remaining -= 1
            if fault.remaining <= 0:
                self._faults.remove(fault)
        self.refused.append(call)
        if fault.status == DROP:
            assert request.transport is not None
            request.transport.abort()  # the client sees the connection closed with no answer
            raise ConnectionResetError("dropped by the fake connector")
        return call, _error(fault.status, fault.code, retry_after=fault.retry_after)

    async def _create(self, request: web.Request) -> web.Response:
        body = await request.json()
        _call, failure = await self._record(request, body)
        if failure:
            return failure
        member_ids = {m.get("aadObjectId") or m.get("id") for m in body.get("members") or []}
        if member_ids & self.not_installed:
            return _error(403, "BotNotInConversationRoster")
        conversation_id = f"a:chat-{next(self._ids)}"
        return web.json_response(
            {"id": conversation_id, "activityId": None, "serviceUrl": self.url}, status=201
        )

    async def _activity(self, request: web.Request) -> web.Response:
        body = await request.json() if request.method in ("POST", "PUT") else None
        call, failure = await self._record(request, body)
        if failure:
            return failure
        if request.method == "DELETE":
            return web.Response(status=200)
        activity_id = call.activity_id if request.method == "PUT" else f"activity-{next(self._ids)}"
        return web.json_response({"id": activity_id}, status=200 if request.method == "PUT" else 201)

    def _account(self, member: Member) -> dict[str, Any]:
        return {
            "id": member.teams_id,
            "name": member.name,
            "aadObjectId": member.aad_object_id,
            "userPrincipalName": member.upn,
            "email": member.upn,
            "tenantId": member.tenant_id,
            "userRole": "user",
        }

    async def _members(self, request: web.Request) -> web.Response:
        await self._record(request, None)
        return web.json_response([self._account(m) for m in self.members.values()])

    async def _member(self, request: web.Request) -> web.Response:
        await self._record(request, None)
        wanted = request.match_info["uid"]
        for member in self.members.values():
            if wanted in (member.teams_id, member.aad_object_id):
                return web.json_response(self._account(member))
        return _error(404, "MemberNotFoundInConversation")

    async def _paged(self, request: web.Request) -> web.Response:
        await self._record(request, None)
        return web.json_response({"members": [self._account(m) for m in self.members.values()]})


def _error(status: int, code: str = "ServiceError", *, retry_after: int | None = None) -> web.Response:
    headers = {"Retry-After": str(retry_after)} if retry_after is not None else None
    return web.json_response(
        {"error": {"code": code, "message": f"fake connector answered {status}"}},
        status=status,
        headers=headers,
    )

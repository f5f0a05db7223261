"""HTTP: turns requests into activities for botbuilder, and nothing else.

Everything here happens before authentication, so it must be cheap and bounded for anyone on
the internet: the body is read with a deadline, never inflated (Teams does not compress, and a
decompression bomb inflated on the event loop would stall every conversation), and every
problem with it is a 4xx.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from aiohttp import web
from botbuilder.integration.aiohttp import CloudAdapter
from botbuilder.schema import Activity

from bot.inbound import Rejected, parse_activity
from bot.teams.bot import PolicyStewardBot
from bot.teams.botbuilder_fixes import invoke_body_json

log = logging.getLogger(__name__)


class MessagesEndpoint:
    def __init__(
        self,
        adapter: CloudAdapter,
        bot: PolicyStewardBot,
        *,
        tenant_id: str,
        loopback_only: bool,
        read_timeout: float = 30.0,
    ) -> None:
        self._adapter = adapter
        self._bot = bot
        self._tenant_id = tenant_id
        self._loopback_only = loopback_only
        self._read_timeout = read_timeout

    async def post(self, request: web.Request) -> web.StreamResponse:
        if compressed(request):
            return _refuse_unread(415, "Send the activity uncompressed.")
        try:
            async with asyncio.timeout(self._read_timeout):
                body = await request.read()
        except TimeoutError:
            log.info("request rejected", extra={"event": "rejected", "status": 408, "reason": "slow_body"})
            return _refuse_unread(408, "The request body took too long to arrive.")
        try:
            raw = parse_activity(
                body, request.content_type, tenant_id=self._tenant_id, loopback_only=self._loopback_only
            )
            activity = _deserialise(raw)
        except Rejected as rejected:
            log.info("request rejected", extra={"event": "rejected", "status": rejected.status})
            return web.json_response({"error": rejected.reason}, status=rejected.status)
        auth_header = request.headers.get("Authorization", "")
        try:
            invoke_response = await self._adapter.process_activity(auth_header, activity, self._bot.on_turn)
        except PermissionError:
            return web.json_response({"error": "Unauthorized."}, status=401)
        if invoke_response is None:
            return web.Response(status=201)
        return web.json_response(invoke_body_json(invoke_response.body), status=invoke_response.status)


def compressed(request: web.Request) -> bool:
    encoding = request.headers.get("Content-Encoding", "").strip().lower()
    return encoding not in ("", "identity")


def _refuse_unread(status: int, reason: str) -> web.StreamResponse:
    """Answer without reading the rest of the body, and close the connection after it."""
    log.info("request rejected", extra={"event": "rejected", "status": status})
    response = web.json_response({"error": reason}, status=status)
    response.force_close()
    return response


def _deserialise(raw: dict[str, Any]) -> Activity:
    try:
        return Activity().deserialize(raw)
    except Exception:  # msrest raises DeserializationError and assorted others on odd shapes
        raise Rejected(400, "The activity could not be read.") from None


@web.middleware
async def error_middleware(request: web.Request, handler: Any) -> web.StreamResponse:
    """Last line of defence: a clear 4xx for client mistakes, a logged 500 for ours."""
    try:
        response: web.StreamResponse = await handler(request)
        return response
    except web.HTTPRequestEntityTooLarge:
        return web.json_response({"error": "The request is too large."}, status=413)
    except web.HTTPException as exc:
        if exc.status >= 400:
            return web.json_response({"error": exc.reason}, status=exc.status)
        raise
    except Exception:
        log.exception("request failed", extra={"event": "http_error"})
        return web.json_response({"error": "Internal error."}, status=500)

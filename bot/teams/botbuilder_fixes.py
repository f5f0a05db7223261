"""Fixes for measured defects of botbuilder-python 4.17.1 (archived upstream, no releases).

Each fix is small, named after the defect, and has a test in tests/teams/test_botbuilder_fixes.py
or tests/teams/test_performance_fixes.py that fails without it. Delete a fix only when its test
shows the defect gone.

1. Every ``adaptiveCard/action`` invoke answered HTTP 500: ``ActivityHandler._create_invoke_response``
   serialises the body, then the adapter serialises it again ("'dict' object has no attribute
   'is_xml_model'"). :class:`SerialiseInvokeResponseOnce` leaves serialising to the adapter.
2. A missing, expired, wrongly signed or ``alg: none`` token answered 500, because only
   ``PermissionError`` becomes 401. :class:`RejectBadTokensAs401` turns every failure of the
   authentication step (and only of that step) into ``PermissionError``.
3. msrest's ``ClientRetryPolicy.__init__`` scans a 500-item list for each of 999 status codes,
   twice per turn (about 4.5 ms of CPU each). :func:`make_retry_policy_safe_codes_a_set` makes the
   list a frozenset, which keeps the same codes and costs microseconds.
4. ``AdaptiveCardInvokeResponse`` declares ``value`` as a dict, but a Universal Action answered
   with a message carries a string, so msrest cannot serialise it (every such answer was a 500;
   so was botbuilder's own 400 for a malformed action, whose value is an exception object).
   :func:`invoke_body_json` writes those bodies as JSON itself.
5. msrest serialises an Adaptive Card (already plain JSON) key by key on every send, about 2 ms
   of CPU for a help card. Cards are wrapped in :class:`ReadyJson`, which
   :func:`let_msrest_pass_ready_json` lets through untouched.
6. A new user-token client (a full msrest pipeline, about 1 ms) is built on every turn although
   the bot never asks for user tokens. :class:`RejectBadTokensAs401` keeps one per app id.
7. A new connector client (another msrest pipeline, its configuration read afresh, and a new HTTP
   connection for every reply) is built on every turn too. :class:`RejectBadTokensAs401` keeps one
   per app id, service URL and audience while in use (one idle for a minute is built afresh); its
   credentials ask MSAL for a token on every request, and MSAL renews an expiring one, so a kept
   client never sends a stale token.
"""

from __future__ import annotations

import logging
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from botbuilder.core import InvokeResponse, serializer_helper
from botbuilder.schema import AdaptiveCardInvokeResponse
from botframework.connector.auth import BotFrameworkAuthentication

log = logging.getLogger(__name__)


class SerialiseInvokeResponseOnce:
    """Mix into an ActivityHandler (before it in the bases) so invoke bodies are serialised once."""

    @staticmethod
    def _create_invoke_response(body: object = None) -> InvokeResponse:
        return InvokeResponse(status=200, body=body)


class RejectBadTokensAs401(BotFrameworkAuthentication):  # type: ignore[misc]
    """Wraps the real authentication so every way a token can be bad ends as HTTP 401."""

    def __init__(
        self,
        inner: BotFrameworkAuthentication,
        *,
        require_token: bool,
        now: Callable[[], float] = time.monotonic,
    ) -> None:
        self._inner = inner
        self._require_token = require_token
        self._user_token_clients: dict[str, Any] = {}
        self._connector_clients = _KeptConnectorClients(now)

    async def authenticate_request(self, activity: Any, auth_header: str) -> Any:
        if self._require_token and not _is_bearer(auth_header):
            raise PermissionError("missing or malformed Authorization header")
        try:
            result = await self._inner.authenticate_request(activity, auth_header)
        except PermissionError:
            raise
        except Exception as exc:  # jwt, IndexError, bare Exception: all mean "not authenticated"
            log.info("token rejected", extra={"reason": type(exc).__name__})
            raise PermissionError("invalid token") from exc
        if self._require_token and not _expires(result):
            # PyJWT checks ``exp`` only when it is present: a token without one never expires.
            log.info("token rejected", extra={"reason": "no_exp"})
            raise PermissionError("token without an expiry")
        factory = getattr(result, "connector_factory", None)
        if factory is not None:
            result.connector_factory = self._connector_clients.factory(factory, result.claims_identity)
        return result

    # Everything else is delegated unchanged.
    async def authenticate_streaming_request(self, auth_header: str, channel_id_header: str) -> Any:
        return await self._inner.authenticate_streaming_request(auth_header, channel_id_header)

    def create_connector_factory(self, claims_identity: Any) -> Any:
        """Proactive messages (nudges, card updates) reuse the clients turns built (fix 7)."""
        inner = self._inner.create_connector_factory(claims_identity)
        return self._connector_clients.factory(inner, claims_identity)

    async def create_user_token_client(self, claims_identity: Any) -> Any:
        """One per app id (fix 6): the client holds only the app's id, credentials and endpoint."""
        app_id = _app_id(claims_identity)
        if app_id not in self._user_token_clients:
            self._user_token_clients[app_id] = await self._inner.create_user_token_client(claims_identity)
        return self._user_token_clients[app_id]

    def create_bot_framework_client(self) -> Any:
        return self._inner.create_bot_framework_client()

    def get_originating_audience(self) -> str:
        return str(self._inner.get_originating_audience())

    async def authenticate_channel_request(self, auth_header: str) -> Any:
        return await self._inner.authenticate_channel_request(auth_header)


def _app_id(claims_identity: Any) -> str:
    from botframework.connector.auth import JwtTokenValidation

    return str(JwtTokenValidation.get_app_id_from_claims(claims_identity.claims) or "")


class _KeptConnectorClients:
    """The connector clients built so far (fix 7), the least recently used dropped past a bound.

    A bot in one tenant meets one or two service URLs; the bound only stops the store growing.
    A client idle for a minute is built afresh, with new connections: Azure's load balancers drop
    a connection idle for four minutes without telling either end, and a reply sent on one would
    wait out msrest's 100-second timeout.
    """

    LIMIT = 64
    IDLE_SECONDS = 60.0

    def __init__(self, now: Callable[[], float]) -> None:
        self._now = now
        self._clients: OrderedDict[tuple[str, str, str | None], tuple[Any, float]] = OrderedDict()

    def factory(self, inner: Any, claims_identity: Any) -> _ReusingConnectorFactory:
        return _ReusingConnectorFactory(self, inner, _app_id(claims_identity))

    async def get(self, key: tuple[str, str, str | None], inner: Any) -> Any:
        now = self._now()
        kept = self._clients.get(key)
        if kept is not None and now - kept[1] <= self.IDLE_SECONDS:
            client = kept[0]
        else:
            _, service_url, audience = key
            client = await inner.create(service_url, audience)
        self._clients[key] = (client, now)
        self._clients.move_to_end(key)
        if len(self._clients) > self.LIMIT:
            self._clients.popitem(last=False)
        return client


class _ReusingConnectorFactory:
    """Stands in for botbuilder's ``ConnectorFactory``, whose one method is ``create``."""

    def __init__(self, kept: _KeptConnectorClients, inner: Any, app_id: str) -> None:
        self._kept = kept
        self._inner = inner
        self._app_id = app_id

    async def create(self, service_url: str, audience: str | None = None) -> Any:
        return await self._kept.get((self._app_id, service_url, audience), self._inner)


def _expires(result: Any) -> bool:
    """Whether the checked token (its claims are in the authenticate result) has an ``exp``."""
    claims = getattr(getattr(result, "claims_identity", None), "claims", None) or {}
    expiry = claims.get("exp") if isinstance(claims, dict) else None
    return isinstance(expiry, int | float) and not isinstance(expiry, bool)


def _is_bearer(header: str | None) -> bool:
    if not header:
        return False
    scheme, _, token = header.partition(" ")
    return scheme.lower() == "bearer" and token.count(".") == 2


def make_retry_policy_safe_codes_a_set() -> None:
    """Idempotent; called once at start-up by the composition root."""
    from msrest.universal_http.requests import ClientRetryPolicy

    codes: object = ClientRetryPolicy.safe_codes
    if not isinstance(codes, frozenset):
        ClientRetryPolicy.safe_codes = frozenset(ClientRetryPolicy.safe_codes)  # type: ignore[assignment]


def invoke_body_json(body: object) -> Any:
    """The JSON for an invoke response body, whatever botbuilder or our handlers put in it."""
    if isinstance(body, AdaptiveCardInvokeResponse):
        value = body.value
        if isinstance(value, BaseException):  # botbuilder's error responses carry (code, message)
            value = {"code": str(value.args[0]), "message": str(value.args[-1])} if value.args else {}
        return {"statusCode": int(body.status_code or 200), "type": body.type, "value": value}
    if body is None or isinstance(body, dict | list | str | int | float | bool):
        return body
    return serializer_helper(body)


class ReadyJson(dict[str, Any]):
    """A JSON object (an Adaptive Card) that msrest may send as it is (fix 5)."""


def let_msrest_pass_ready_json() -> None:
    """Idempotent; called once at start-up by the composition root."""
    from msrest.serialization import Serializer

    original: Any = Serializer.serialize_object
    if getattr(original, "passes_ready_json", False):
        return

    def serialize_object(self: Any, attr: Any, **kwargs: Any) -> Any:
        if type(attr) is ReadyJson:
            return attr
        return original(self, attr, **kwargs)

    serialize_object.passes_ready_json = True  # type: ignore[attr-defined]
    setattr(Serializer, "serialize_object", serialize_object)  # noqa: B010 (patching a class)

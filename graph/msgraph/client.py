"""Build the Microsoft Graph client: credential, auth provider, adapter, base URL.

Everything that decides *who* we are and *where* Graph lives is chosen here from plain
arguments, so tests and the benchmark can point the real ``GraphServiceClient`` at the
loopback stand-in and production can use a managed identity. msgraph is imported inside
the functions: importing it costs about 0.2 s and 20 MB, which the SQLite-only setup and
most tests should not pay.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import urlsplit

from azure.core.credentials import AccessToken

from graph.msgraph.errors import GraphConfigError

if TYPE_CHECKING:
    from azure.core.credentials_async import AsyncTokenCredential

    from graph.msgraph.transport import GraphTransport

CredentialKind = Literal["managed_identity", "certificate", "secret", "static"]

GRAPH_BASE_URL = "https://graph.microsoft.com/v1.0"
GRAPH_SCOPES = ("https://graph.microsoft.com/.default",)
LOOPBACK_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})


class StaticTokenCredential:
    """An offline async credential handing out a fixed bearer token.

    Only for the loopback stand-in and the benchmark: it never talks to Entra ID.
    """

    def __init__(
        self, token: str = "loopback-token", *, lifetime: int = 3600, now: Callable[[], float] = time.time
    ) -> None:
        self._token = token
        self._lifetime = lifetime
        self._now = now

    async def get_token(
        self,
        *scopes: str,
        claims: str | None = None,
        tenant_id: str | None = None,
        enable_cae: bool = False,
        **kwargs: Any,
    ) -> AccessToken:
        return AccessToken(self._token, int(self._now()) + self._lifetime)

    async def close(self) -> None:
        return None

    async def __aenter__(self) -> StaticTokenCredential:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        return None


def make_credential(
    kind: CredentialKind,
    *,
    tenant_id: str | None = None,
    client_id: str | None = None,
    client_secret: str | None = None,
    certificate_path: str | None = None,
) -> AsyncTokenCredential:
    """Return an ``azure.identity.aio`` credential (token refresh must not block the loop).

    ``managed_identity`` takes an optional ``client_id`` for a user-assigned identity;
    ``certificate`` and ``secret`` need the tenant and the app registration's client id.
    """
    if kind == "static":
        return StaticTokenCredential()
    from azure.identity import aio

    if kind == "managed_identity":
        return (
            aio.ManagedIdentityCredential(client_id=client_id)
            if client_id
            else aio.ManagedIdentityCredential()
        )
    if not tenant_id or not client_id:
        raise GraphConfigError(f"credential kind {kind!r} needs tenant_id and client_id")
    if kind == "certificate":
        if not certificate_path:
            raise GraphConfigError("credential kind 'certificate' needs certificate_path")
        return aio.CertificateCredential(tenant_id, client_id, certificate_path)
    if kind == "secret":
        if not client_secret:
            raise GraphConfigError("credential kind 'secret' needs client_secret")
        return aio.ClientSecretCredential(tenant_id, client_id, client_secret)
    raise GraphConfigError(f"unknown credential kind {kind!r}")


def check_base_url(base_url: str) -> str:
    """Refuse plain http except on loopback, as the SDK's auth provider does, but up front."""
    parts = urlsplit(base_url)
    host = parts.hostname or ""
    if parts.scheme == "https" and host:
        return host
    if parts.scheme == "http" and host in LOOPBACK_HOSTS:
        return host
    raise GraphConfigError(f"Graph base URL must be https (plain http only on loopback): {base_url!r}")


def make_graph_client(
    credential: Any,
    *,
    base_url: str = GRAPH_BASE_URL,
    allowed_hosts: Sequence[str] | None = None,
    scopes: Sequence[str] = GRAPH_SCOPES,
    timeout: float = 100.0,
    retry_delay: float = 3.0,
    max_retries: int = 3,
    http: Literal["aiohttp", "httpx"] = "aiohttp",
) -> Any:
    """Return a ``GraphServiceClient`` whose adapter sends every request to ``base_url``.

    The default Graph middleware stays (redirects, retries of 429/503/504, telemetry).
    ``allowed_hosts`` defaults to the base URL's host: the auth provider silently sends
    no token to any other host, so a mismatch would surface as a puzzling 401.
    ``retry_delay``/``max_retries`` set the SDK retry handler's defaults (tests use 0).
    ``http="aiohttp"`` sends through :class:`graph.msgraph.http_transport.AiohttpTransport`
    (same middleware, a third of the CPU); ``"httpx"`` keeps the SDK's own transport.
    """
    host = check_base_url(base_url)
    hosts = list(allowed_hosts) if allowed_hosts is not None else [host]
    if not hosts:
        raise GraphConfigError("allowed_hosts must name the Graph host; an empty list allows every host")
    import httpx
    from kiota_authentication_azure.azure_identity_authentication_provider import (
        AzureIdentityAuthenticationProvider,
    )
    from kiota_http.middleware.options import RetryHandlerOption
    from msgraph.graph_request_adapter import GraphRequestAdapter
    from msgraph.graph_request_adapter import options as sdk_options
    from msgraph.graph_service_client import GraphServiceClient
    from msgraph_core import GraphClientFactory

    auth = AzureIdentityAuthenticationProvider(credential, scopes=list(scopes), allowed_hosts=hosts)
    options = dict(sdk_options)
    options[RetryHandlerOption.get_key()] = RetryHandlerOption(delay=retry_delay, max_retries=max_retries)
    limits = httpx.Timeout(timeout, connect=min(timeout, 30.0))
    if http == "aiohttp":
        from graph.msgraph.http_transport import AiohttpTransport

        session = httpx.AsyncClient(timeout=limits, transport=AiohttpTransport())
    else:
        session = httpx.AsyncClient(timeout=limits)
    client = GraphClientFactory.create_with_default_middleware(client=session, options=options)
    adapter = GraphRequestAdapter(auth, client=client)
    adapter.base_url = base_url.rstrip("/")
    return GraphServiceClient(request_adapter=adapter)


async def close_graph_client(client: Any) -> None:
    """Close the connection pool behind a client made by :func:`make_graph_client`.

    msgraph-core wraps httpx's transport in ``AsyncGraphTransport``, which does not pass
    ``aclose`` on, so closing the httpx client alone leaks its sockets.
    """
    http = getattr(client.request_adapter, "_http_client", None)
    if http is None:
        return
    inner = getattr(getattr(http, "_transport", None), "transport", None)
    await http.aclose()
    if inner is not None:
        await inner.aclose()


@dataclass(frozen=True)
class GraphAccess:
    """Who the bot is to Microsoft Graph and where Graph is, as the settings describe it."""

    credential: CredentialKind = "managed_identity"
    tenant_id: str | None = None
    client_id: str | None = None
    client_secret: str | None = None
    certificate_path: str | None = None
    base_url: str = GRAPH_BASE_URL

    def make_credential(self) -> AsyncTokenCredential:
        """The credential (the caller closes it)."""
        return make_credential(
            self.credential,
            tenant_id=self.tenant_id,
            client_id=self.client_id,
            client_secret=self.client_secret,
            certificate_path=self.certificate_path,
        )


@asynccontextmanager
async def open_graph(
    access: GraphAccess, *, retry_delay: float = 3.0, max_retries: int = 3
) -> AsyncIterator[GraphTransport]:
    """One Graph client and its credential, closed together when the block ends."""
    from graph.msgraph.transport import GraphTransport

    credential = access.make_credential()
    try:
        client = make_graph_client(
            credential, base_url=access.base_url, retry_delay=retry_delay, max_retries=max_retries
        )
        try:
            yield GraphTransport.of(client)
        finally:
            await close_graph_client(client)
    finally:
        await credential.close()

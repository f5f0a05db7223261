"""A loopback stand-in for Azure App Service's managed-identity endpoint.

App Service gives each web app ``IDENTITY_ENDPOINT`` (a local URL) and ``IDENTITY_HEADER`` (a
secret it rotates); a process asks ``GET {IDENTITY_ENDPOINT}?api-version=2019-08-01&resource=…
&client_id=…`` with the header ``X-IDENTITY-HEADER`` and gets an access token for ``resource``
(learn.microsoft.com/azure/app-service/overview-managed-identity, "REST endpoint reference").
msal (used by botframework-connector) and azure-identity both speak this protocol, so the real
code of each fetches tokens from here.

Like :mod:`tests.fakes.openid` it runs on its own thread and loop: botframework-connector asks
for its token with a blocking ``requests.get`` from the bot's event loop.
Tokens are ``mi:<client id>:<resource>``, so a test can tell which identity asked for what.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from aiohttp import web

from tests.fakes.threaded import ThreadedServer

API_VERSION = "2019-08-01"


@dataclass(frozen=True)
class TokenRequest:
    resource: str
    client_id: str
    header_ok: bool
    status: int


@dataclass
class IdentityEndpoint:
    client_id: str
    header: str = "loopback-identity-header"
    requests: list[TokenRequest] = field(default_factory=list)
    refuse_with: tuple[int, str] | None = None  # (status, message) for every request
    _server: ThreadedServer | None = None

    def start(self) -> IdentityEndpoint:
        self._server = ThreadedServer("identity endpoint", self._routes)
        self._server.start()
        return self

    def close(self) -> None:
        if self._server:
            self._server.close()

    @property
    def url(self) -> str:
        port = self._server.port if self._server else 0
        return f"http://127.0.0.1:{port}/msi/token"

    def environment(self) -> dict[str, str]:
        """What App Service puts in the web app's environment."""
        return {"IDENTITY_ENDPOINT": self.url, "IDENTITY_HEADER": self.header}

    @staticmethod
    def token_for(client_id: str, resource: str) -> str:
        return f"mi:{client_id}:{resource}"

    def resources(self) -> list[str]:
        return [r.resource for r in self.requests if r.status == 200]

    def _routes(self, app: web.Application) -> None:
        app.router.add_get("/msi/token", self._token)

    async def _token(self, request: web.Request) -> web.Response:
        query = request.query
        resource = query.get("resource", "")
        client_id = query.get("client_id", "")
        header_ok = request.headers.get("X-IDENTITY-HEADER") == self.header
        status, body = self._answer(query.get("api-version", ""), resource, client_id, header_ok)
        self.requests.append(TokenRequest(resource, client_id, header_ok, status))
        return web.json_response(body, status=status)

    def _answer(
        self, version: str, resource: str, client_id: str, header_ok: bool
    ) -> tuple[int, dict[str, object]]:
        if not header_ok:
            return 401, {"statusCode": 401, "message": "The X-IDENTITY-HEADER is missing or wrong."}
        if version != API_VERSION or not resource:
            return 400, {"statusCode": 400, "message": "api-version and resource are required."}
        if self.refuse_with is not None:
            status, message = self.refuse_with
            return status, {"statusCode": status, "message": message}
        if client_id != self.client_id:
            message = "No User Assigned or Delegated Managed Identity found for specified ClientId."
            return 400, {"statusCode": 400, "message": message}
        return 200, {
            "access_token": self.token_for(client_id, resource),
            "expires_on": str(int(time.time()) + 86400),
            "resource": resource,
            "token_type": "Bearer",
            "client_id": client_id,
        }

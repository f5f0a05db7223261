"""A loopback OpenID provider for Bot Framework tokens, and a helper that mints them.

The server publishes an OpenID metadata document and a JWKS (with Bot Framework's
``endorsements``) on 127.0.0.1; :meth:`OpenIdServer.token` signs tokens with the test's own
RSA keys, or deliberately wrong ones. :meth:`OpenIdServer.bf_auth` gives the settings that
point botbuilder's ``ConfigurationBotFrameworkAuthentication`` at it (all seven keys: an unset
one does not fall back to the public cloud, it stays ``None``).

It runs on its own thread and event loop: botbuilder's stock key download is a blocking
``requests.get``, which would deadlock against a server sharing the test's loop, and a test can
hold the download open (:meth:`hold`) to show that the bot's loop keeps serving meanwhile.

Token times are real wall-clock times: PyJWT checks ``exp``/``nbf`` against ``time.time()``.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import json
import threading
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

import jwt
from aiohttp import web
from botframework.connector.auth import AppCredentials, ServiceClientCredentialsFactory
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from jwt.algorithms import RSAAlgorithm

from tests.fakes.threaded import ThreadedServer

APP_ID = "5c1f0c2e-0000-4a4a-9b9b-000000000abc"
ISSUER = "https://api.botframework.com"
OUTBOUND_TOKEN = "local-outbound-token"


@dataclass(frozen=True)
class SigningKey:
    kid: str
    private_key: rsa.RSAPrivateKey
    endorsements: tuple[str, ...] = ("msteams",)

    @classmethod
    def generate(cls, kid: str, endorsements: Iterable[str] = ("msteams",)) -> SigningKey:
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        return cls(kid, key, tuple(endorsements))

    def with_kid(self, kid: str, endorsements: Iterable[str] | None = None) -> SigningKey:
        chosen = self.endorsements if endorsements is None else tuple(endorsements)
        return SigningKey(kid, self.private_key, chosen)

    def jwk(self) -> dict[str, Any]:
        public: dict[str, Any] = RSAAlgorithm.to_jwk(self.private_key.public_key(), as_dict=True)
        return {**public, "kid": self.kid, "use": "sig", "endorsements": list(self.endorsements)}

    def public_pem(self) -> bytes:
        return self.private_key.public_key().public_bytes(Encoding.PEM, PublicFormat.SubjectPublicKeyInfo)


@dataclass
class OpenIdServer:
    keys: list[SigningKey]
    issuer: str = ISSUER
    app_id: str = APP_ID
    metadata_requests: int = 0
    key_requests: int = 0
    _server: ThreadedServer | None = None
    _gate: threading.Event = field(default_factory=lambda: _opened())
    metadata_requested: threading.Event = field(default_factory=threading.Event)

    # -- lifetime ---------------------------------------------------------------------

    def start(self) -> None:
        self._server = ThreadedServer("OpenID server", self._routes)
        self._server.start()

    def close(self) -> None:
        self._gate.set()
        if self._server:
            self._server.close()

    def hold(self) -> None:
        """Keep the next metadata downloads waiting until :meth:`release`."""
        self._gate.clear()

    def release(self) -> None:
        self._gate.set()

    @property
    def base_url(self) -> str:
        port = self._server.port if self._server else 0
        return f"http://127.0.0.1:{port}"

    @property
    def metadata_url(self) -> str:
        return f"{self.base_url}/v1/.well-known/openidconfiguration"

    def bf_auth(self) -> dict[str, str]:
        return {
            "TO_BOT_FROM_CHANNEL_OPENID_METADATA_URL": self.metadata_url,
            "TO_BOT_FROM_CHANNEL_TOKEN_ISSUER": self.issuer,
            "TO_BOT_FROM_EMULATOR_OPENID_METADATA_URL": self.metadata_url,
            "TO_CHANNEL_FROM_BOT_LOGIN_URL": f"{self.base_url}/login",
            "TO_CHANNEL_FROM_BOT_OAUTH_SCOPE": "https://api.botframework.com",
            "OAUTH_URL": f"{self.base_url}/oauth",
            "CALLER_ID": "urn:botframework:azure",
        }

    # -- tokens -----------------------------------------------------------------------

    def token(
        self,
        *,
        service_url: str | None,
        aud: str | None = None,
        iss: str | None = None,
        expires_in: timedelta | None = timedelta(hours=1),
        not_before_in: timedelta = timedelta(minutes=-5),
        key: SigningKey | None = None,
        kid: str | None = None,
        alg: str = "RS256",
        extra: Mapping[str, Any] | None = None,
    ) -> str:
        """A Bot Framework channel token; every argument can be made wrong on purpose
        (``expires_in=None``: no ``exp`` claim at all)."""
        now = int(time.time())
        claims: dict[str, Any] = {
            "iss": iss or self.issuer,
            "aud": aud or self.app_id,
            "iat": now + int(not_before_in.total_seconds()),
            "nbf": now + int(not_before_in.total_seconds()),
            **({"exp": now + int(expires_in.total_seconds())} if expires_in is not None else {}),
            **({"serviceurl": service_url} if service_url is not None else {}),
            **(extra or {}),
        }
        signer = key or self.keys[0]
        headers = {"kid": kid if kid is not None else signer.kid, "typ": "JWT"}
        if alg == "none":
            return _unsigned(claims, headers)
        if alg.startswith("HS"):  # the key-confusion attack: the public key used as an HMAC secret
            return _hmac_signed(claims, headers, alg, signer.public_pem())
        return jwt.encode(claims, signer.private_key, algorithm=alg, headers=headers)

    def bearer(self, **kwargs: Any) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token(**kwargs)}"}

    # -- the server thread ------------------------------------------------------------

    def _routes(self, app: web.Application) -> None:
        app.router.add_get("/v1/.well-known/openidconfiguration", self._metadata)
        app.router.add_get("/v1/.well-known/keys", self._jwks)

    async def _metadata(self, request: web.Request) -> web.Response:
        self.metadata_requests += 1
        self.metadata_requested.set()
        await asyncio.get_running_loop().run_in_executor(None, self._gate.wait, 10)
        return web.json_response(
            {
                "issuer": self.issuer,
                "authorization_endpoint": f"{self.base_url}/login",
                "jwks_uri": f"{self.base_url}/v1/.well-known/keys",
                "id_token_signing_alg_values_supported": ["RS256"],
                "token_endpoint_auth_methods_supported": ["private_key_jwt"],
            }
        )

    async def _jwks(self, request: web.Request) -> web.Response:
        self.key_requests += 1
        return web.json_response({"keys": [key.jwk() for key in self.keys]})


class StaticCredentialsFactory(ServiceClientCredentialsFactory):  # type: ignore[misc]
    """Outbound credentials without a login: the connector sees ``Bearer local-outbound-token``."""

    def __init__(self, app_id: str = APP_ID) -> None:
        self._app_id = app_id

    async def is_valid_app_id(self, app_id: str) -> bool:
        return app_id == self._app_id

    async def is_authentication_disabled(self) -> bool:
        return False

    async def create_credentials(
        self, app_id: str, oauth_scope: str, login_endpoint: str, validate_authority: bool
    ) -> AppCredentials:
        return _StaticCredentials(app_id, oauth_scope=oauth_scope)


class _StaticCredentials(AppCredentials):  # type: ignore[misc]
    def get_access_token(self, force_refresh: bool = False) -> str:
        return OUTBOUND_TOKEN


def _opened() -> threading.Event:
    event = threading.Event()
    event.set()
    return event


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _segments(claims: Mapping[str, Any], headers: Mapping[str, Any], alg: str) -> str:
    header = json.dumps({**headers, "alg": alg}, separators=(",", ":")).encode()
    payload = json.dumps(claims, separators=(",", ":")).encode()
    return f"{_b64(header)}.{_b64(payload)}"


def _unsigned(claims: Mapping[str, Any], headers: Mapping[str, Any]) -> str:
    return _segments(claims, headers, "none") + "."


def _hmac_signed(claims: Mapping[str, Any], headers: Mapping[str, Any], alg: str, secret: bytes) -> str:
    digest = {"HS256": hashlib.sha256, "HS384": hashlib.sha384, "HS512": hashlib.sha512}[alg]
    signing_input = _segments(claims, headers, alg)
    signature = hmac.new(secret, signing_input.encode(), digest).digest()
    return f"{signing_input}.{_b64(signature)}"

"""Token signing keys, fetched off the event loop and kept warm.

botbuilder 4.17.1 validates every inbound token against the keys of an OpenID metadata
document, which it downloads with blocking ``requests.get`` (no timeout) from inside the event
loop: the first request after start-up, and one a day after that, would freeze every other
conversation for as long as the download takes, or for ever if the endpoint hangs. A token with
an unknown ``kid`` raises ``IndexError`` before the "refresh on unknown key" branch is reached,
so a key rotation is only noticed after a day.

:class:`OffLoopOpenIdMetadata` replaces botbuilder's per-URL cache entry (same interface, so
``JwtTokenExtractor`` uses it unchanged). It downloads in a worker thread with a timeout, lets
concurrent requests share one download, and :func:`prewarm` fetches the keys at start-up so no
request waits for them. Rotation follows Microsoft.IdentityModel's ``ConfigurationManager``
(what Microsoft's own token validators use): the keys are fetched again after 12 hours
(``DefaultAutomaticRefreshInterval``), and a token with an unknown ``kid`` asks for them again
at most once per 5 minutes (``DefaultRefreshInterval``); an unknown ``kid`` after that is
answered with ``None`` and the token refused as 401. Each download replaces the whole key set,
so a key withdrawn from the published set stops working at the next download.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta
from typing import Any

import requests
from botframework.connector.auth import AuthenticationConstants
from botframework.connector.auth.jwt_token_extractor import (
    JwtTokenExtractor,
    _OpenIdConfig,
    _OpenIdMetadata,
)
from jwt.algorithms import RSAAlgorithm

log = logging.getLogger(__name__)

FETCH_TIMEOUT_SECONDS = 10.0
REFRESH_AFTER = timedelta(hours=12)  # ConfigurationManager.DefaultAutomaticRefreshInterval
REFRESH_ON_UNKNOWN_KEY_AFTER = timedelta(minutes=5)  # ConfigurationManager.DefaultRefreshInterval
_METADATA_KEYS = ("TO_BOT_FROM_CHANNEL_OPENID_METADATA_URL", "TO_BOT_FROM_EMULATOR_OPENID_METADATA_URL")


class OffLoopOpenIdMetadata(_OpenIdMetadata):  # type: ignore[misc]
    def __init__(self, url: str) -> None:
        super().__init__(url)
        self._lock = asyncio.Lock()
        self.fetches = 0

    async def get(self, key_id: str | None) -> _OpenIdConfig | None:
        if self._older_than(REFRESH_AFTER):
            await self._refresh_if_older_than(REFRESH_AFTER)
        key = self._find(key_id)
        if key is None and self._older_than(REFRESH_ON_UNKNOWN_KEY_AFTER):
            await self._refresh_if_older_than(REFRESH_ON_UNKNOWN_KEY_AFTER)
            key = self._find(key_id)
        return key

    async def _refresh(self) -> None:
        keys = await asyncio.to_thread(fetch_signing_keys, self.url)
        self.fetches += 1
        self.keys = keys
        self.last_updated = datetime.now()

    async def _refresh_if_older_than(self, age: timedelta) -> None:
        async with self._lock:  # one download however many requests are waiting for it
            if self._older_than(age):
                await self._refresh()

    def _older_than(self, age: timedelta) -> bool:
        updated: datetime = self.last_updated
        return updated < datetime.now() - age

    def _find(self, key_id: str | None) -> _OpenIdConfig | None:
        for key in self.keys:
            if isinstance(key, dict) and key.get("kid") == key_id and key_id:
                public_key = RSAAlgorithm.from_jwk(json.dumps(key))
                return _OpenIdConfig(public_key, key.get("endorsements", []))
        return None


def fetch_signing_keys(metadata_url: str) -> list[dict[str, Any]]:
    """Blocking: call only from a worker thread."""
    response = requests.get(metadata_url, timeout=FETCH_TIMEOUT_SECONDS)
    response.raise_for_status()
    jwks_uri = response.json()["jwks_uri"]
    keys_response = requests.get(jwks_uri, timeout=FETCH_TIMEOUT_SECONDS)
    keys_response.raise_for_status()
    keys = keys_response.json()["keys"]
    if not isinstance(keys, list):
        raise ValueError("the key set has no list of keys")
    return keys


def metadata_urls(bf_auth: Mapping[str, str]) -> tuple[str, ...]:
    """The metadata documents inbound tokens are checked against, with these auth settings."""
    overrides = {key.upper(): value for key, value in bf_auth.items()}
    defaults = (
        AuthenticationConstants.TO_BOT_FROM_CHANNEL_OPENID_METADATA_URL,
        AuthenticationConstants.TO_BOT_FROM_EMULATOR_OPENID_METADATA_URL,
    )
    if any(overrides.get(key) for key in _METADATA_KEYS):
        return tuple(dict.fromkeys(overrides[key] for key in _METADATA_KEYS if overrides.get(key)))
    return defaults


def install(urls: Iterable[str]) -> list[OffLoopOpenIdMetadata]:
    """Put an off-loop cache entry in botbuilder's class-level cache for each URL (idempotent)."""
    installed = []
    for url in urls:
        current = JwtTokenExtractor.metadataCache.get(url)
        if not isinstance(current, OffLoopOpenIdMetadata):
            current = OffLoopOpenIdMetadata(url)
            JwtTokenExtractor.metadataCache[url] = current
        installed.append(current)
    return installed


async def prewarm(entries: Iterable[OffLoopOpenIdMetadata]) -> None:
    """Fetch the keys before the first request needs them; a failure is retried on demand."""
    for entry in entries:
        try:
            await entry._refresh_if_older_than(REFRESH_AFTER)
        except Exception as exc:
            log.warning(
                "could not fetch token signing keys at start-up",
                extra={"event": "openid_prewarm_failed", "reason": type(exc).__name__},
            )

"""Token signing keys: which documents, fetched off the loop, and a failed start-up fetch."""

from __future__ import annotations

import json
import logging

import pytest
import requests
from botframework.connector.auth import AuthenticationConstants, JwtTokenExtractor

from bot.teams import openid_metadata
from tests.fakes.openid import OpenIdServer


def test_public_cloud_documents_by_default() -> None:
    assert openid_metadata.metadata_urls({}) == (
        AuthenticationConstants.TO_BOT_FROM_CHANNEL_OPENID_METADATA_URL,
        AuthenticationConstants.TO_BOT_FROM_EMULATOR_OPENID_METADATA_URL,
    )


def test_overridden_documents_once_each() -> None:
    bf_auth = {
        "to_bot_from_channel_openid_metadata_url": "http://127.0.0.1:1/meta",
        "TO_BOT_FROM_EMULATOR_OPENID_METADATA_URL": "http://127.0.0.1:1/meta",
    }
    assert openid_metadata.metadata_urls(bf_auth) == ("http://127.0.0.1:1/meta",)


def test_install_is_idempotent() -> None:
    url = "http://127.0.0.1:1/install-test"
    try:
        [first] = openid_metadata.install([url])
        [again] = openid_metadata.install([url])
        assert first is again
        assert JwtTokenExtractor.get_open_id_metadata(url) is first
    finally:
        JwtTokenExtractor.metadataCache.pop(url, None)


async def test_prewarm_fetches_in_a_worker_thread(openid: OpenIdServer) -> None:
    [entry] = openid_metadata.install([openid.metadata_url])
    await openid_metadata.prewarm([entry])
    assert entry.fetches == 1
    assert openid.metadata_requests == 1
    assert (await entry.get("key-1")) is not None
    assert (await entry.get("no-such-key")) is None  # no IndexError, and no second download
    assert openid.metadata_requests == 1


async def test_a_failed_prewarm_is_a_warning_and_is_retried_on_demand(
    caplog: pytest.LogCaptureFixture,
) -> None:
    url = "http://127.0.0.1:9/unreachable"  # discard port: nothing listens
    try:
        [entry] = openid_metadata.install([url])
        with caplog.at_level(logging.WARNING):
            await openid_metadata.prewarm([entry])
        [record] = caplog.records
        assert record.levelno == logging.WARNING
        assert getattr(record, "event", None) == "openid_prewarm_failed"
        with pytest.raises(requests.ConnectionError):  # the next request tries again (then 401)
            await entry.get("key-1")
    finally:
        JwtTokenExtractor.metadataCache.pop(url, None)


def test_keys_are_read_from_the_documents(openid: OpenIdServer) -> None:
    keys = openid_metadata.fetch_signing_keys(openid.metadata_url)
    assert [key["kid"] for key in keys] == ["key-1"]
    assert json.dumps(keys)  # plain JSON, as botbuilder expects

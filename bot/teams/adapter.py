"""Builds botbuilder's CloudAdapter from our settings, with the 4.17.1 fixes applied."""

from __future__ import annotations

import logging
from typing import Any

from botbuilder.core import TurnContext
from botbuilder.integration.aiohttp import CloudAdapter, ConfigurationBotFrameworkAuthentication
from botframework.connector.auth import ServiceClientCredentialsFactory

from bot.config import Settings
from bot.dispatch import APOLOGY
from bot.teams import openid_metadata
from bot.teams.botbuilder_fixes import (
    RejectBadTokensAs401,
    let_msrest_pass_ready_json,
    make_retry_policy_safe_codes_a_set,
)

log = logging.getLogger(__name__)


class BotFrameworkConfig:
    """The attribute-style configuration object botbuilder reads with ``getattr``."""

    def __init__(self, settings: Settings) -> None:
        self.APP_ID = settings.app_id
        self.APP_PASSWORD = settings.app_password.get_secret_value()
        # Without an app id there is nothing to authenticate; MultiTenant is botbuilder's
        # "authentication disabled" mode. With one, the configured type is used as is.
        self.APP_TYPE = settings.app_type if settings.app_id else "MultiTenant"
        self.APP_TENANTID = settings.app_tenant_id
        for key, value in settings.bf_auth.items():
            setattr(self, key.upper(), value)

    def __repr__(self) -> str:  # never show the password
        return f"BotFrameworkConfig(APP_ID={self.APP_ID!r}, APP_TYPE={self.APP_TYPE!r})"


def build_adapter(
    settings: Settings, *, credentials_factory: ServiceClientCredentialsFactory | None = None
) -> CloudAdapter:
    make_retry_policy_safe_codes_a_set()
    let_msrest_pass_ready_json()
    if settings.authenticated:
        openid_metadata.install(openid_metadata.metadata_urls(settings.bf_auth))
    auth = ConfigurationBotFrameworkAuthentication(
        BotFrameworkConfig(settings), credentials_factory=credentials_factory
    )
    adapter = CloudAdapter(RejectBadTokensAs401(auth, require_token=settings.authenticated))
    adapter.on_turn_error = _on_turn_error
    return adapter


async def fetch_bot_framework_token(settings: Settings) -> str:
    """A token from the configured Bot Framework credential, as every reply to Teams needs one.

    Uses botbuilder's own credential factory (managed identity, or app id and secret), so a
    failure here is the failure replies would meet. The credential asks with a blocking call,
    so it runs in a worker thread.
    """
    import asyncio

    from botbuilder.integration.aiohttp import ConfigurationServiceClientCredentialFactory
    from botframework.connector.auth import AuthenticationConstants

    factory = ConfigurationServiceClientCredentialFactory(BotFrameworkConfig(settings))
    scope = settings.bf_auth.get(
        "TO_CHANNEL_FROM_BOT_OAUTH_SCOPE", AuthenticationConstants.TO_CHANNEL_FROM_BOT_OAUTH_SCOPE
    )
    tenant = settings.app_tenant_id or "botframework.com"
    login = settings.bf_auth.get(
        "TO_CHANNEL_FROM_BOT_LOGIN_URL", AuthenticationConstants.TO_CHANNEL_FROM_BOT_LOGIN_URL_PREFIX + tenant
    )
    credentials = await factory.create_credentials(settings.app_id, scope, login, True)
    token = await asyncio.to_thread(credentials.get_access_token)
    if not token:
        raise RuntimeError("the credential returned no token")
    return str(token)


async def prewarm_token_keys(settings: Settings) -> None:
    """Fetch the token signing keys (in a worker thread) before the first request needs them."""
    if settings.authenticated:
        entries = openid_metadata.install(openid_metadata.metadata_urls(settings.bf_auth))
        await openid_metadata.prewarm(entries)


async def _on_turn_error(turn_context: TurnContext, error: Exception) -> None:
    activity: Any = turn_context.activity
    log.error(
        "turn failed",
        exc_info=error,
        extra={"event": "turn_error", "reason": type(error).__name__},
    )
    if activity.type == "message":
        try:
            await turn_context.send_activity(APOLOGY)
        except Exception:  # the connector itself may be what failed
            log.warning("could not send the apology", extra={"event": "apology_failed"})

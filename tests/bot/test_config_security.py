"""Security-related settings read from the environment."""

from __future__ import annotations

import pytest

from bot.config import Settings


def test_bot_framework_overrides_and_rate_limits_come_as_json(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BOT_BF_AUTH", '{"TO_BOT_FROM_CHANNEL_TOKEN_ISSUER": "https://issuer.example"}')
    monkeypatch.setenv("BOT_RATE_LIMITS", '{"turns": "30/minute", "incident.report": "off"}')
    settings = Settings(_env_file=None)
    assert settings.bf_auth == {"TO_BOT_FROM_CHANNEL_TOKEN_ISSUER": "https://issuer.example"}
    assert settings.rate_limits == {"turns": "30/minute", "incident.report": "off"}

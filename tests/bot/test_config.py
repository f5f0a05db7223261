"""Settings: Bot Framework names work, secrets stay secret, and no unauthenticated bot is exposed."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from bot.config import Settings, UnsafeBindError, check_bind


def test_bot_framework_names_are_accepted(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MicrosoftAppId", "11111111-2222-3333-4444-555555555555")
    monkeypatch.setenv("MicrosoftAppPassword", "s3cret-value")
    monkeypatch.setenv("MicrosoftAppType", "SingleTenant")
    monkeypatch.setenv("MicrosoftAppTenantId", "tenant-guid")
    settings = Settings(_env_file=None)
    assert settings.app_id == "11111111-2222-3333-4444-555555555555"
    assert settings.authenticated
    assert "s3cret-value" not in repr(settings)
    assert "s3cret-value" not in str(settings.model_dump())


def test_port_from_platform_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PORT", "8080")
    assert Settings(_env_file=None).port == 8080


def test_validation_errors_do_not_echo_values(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BOT_PORT", "not-a-port-s3cret")
    with pytest.raises(ValidationError, match="BOT_PORT") as raised:
        Settings(_env_file=None)
    assert "s3cret" not in str(raised.value)


def test_unauthenticated_bot_only_on_loopback() -> None:
    check_bind(Settings(_env_file=None, host="127.0.0.1"))
    with pytest.raises(UnsafeBindError, match="no Microsoft app id"):
        check_bind(Settings(_env_file=None, host="0.0.0.0"))
    check_bind(Settings(_env_file=None, host="0.0.0.0", app_id="11111111-2222-3333-4444-555555555555"))

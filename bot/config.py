"""Settings for one running bot, read once at start-up from the environment and `.env`.

Every setting has a `BOT_` name; the Bot Framework's own names (`MicrosoftAppId`,
`MicrosoftAppPassword`, `MicrosoftAppType`, `MicrosoftAppTenantId`) work too, so an Azure Bot
created from the portal or the Agents Toolkit can be pointed at this code unchanged. Secrets are
`SecretStr`, so they never appear in a log line, a repr or a validation error.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from bot.limits import check_names, parse_rate

PROJECT_ROOT = Path(__file__).resolve().parents[1]
CLASSIFIER_SNAPSHOT = "conversation-classifiers.bin"  # in the data (or backup) folder
DEFAULT_ORG_FILE = PROJECT_ROOT / "orgs" / "home-start-suffolk" / "org.toml"
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})


def _env(*names: str) -> AliasChoices:
    return AliasChoices(*names)


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="BOT_",
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
        populate_by_name=True,
        hide_input_in_errors=True,
    )

    # Bot Framework identity. Empty app id = local mode: no tokens, loopback only.
    app_id: str = Field("", validation_alias=_env("BOT_APP_ID", "MicrosoftAppId"))
    app_password: SecretStr = Field(
        SecretStr(""), validation_alias=_env("BOT_APP_PASSWORD", "MicrosoftAppPassword")
    )
    app_type: Literal["MultiTenant", "SingleTenant", "UserAssignedMSI"] = Field(
        "SingleTenant", validation_alias=_env("BOT_APP_TYPE", "MicrosoftAppType")
    )
    app_tenant_id: str = Field("", validation_alias=_env("BOT_APP_TENANT_ID", "MicrosoftAppTenantId"))
    # Overrides for the Bot Framework authentication endpoints (sovereign clouds, tests).
    bf_auth: dict[str, str] = Field(default_factory=dict, validation_alias=_env("BOT_BF_AUTH"))

    host: str = Field("127.0.0.1", validation_alias=_env("BOT_HOST"))
    port: int = Field(3978, ge=0, le=65535, validation_alias=_env("BOT_PORT", "PORT"))

    org_file: Path = Field(DEFAULT_ORG_FILE, validation_alias=_env("BOT_ORG_FILE"))
    data_dir: Path = Field(Path("var"), validation_alias=_env("BOT_DATA_DIR"))
    storage: Literal["sqlite", "sharepoint"] = Field("sqlite", validation_alias=_env("BOT_STORAGE"))
    # A persistent folder for copies of the local databases, where the data folder is wiped on
    # restart (App Service: data on the local disk, copies on /home; see graph/sqlite/backup.py).
    data_backup_dir: Path | None = Field(None, validation_alias=_env("BOT_DATA_BACKUP_DIR"))
    data_backup_seconds: float = Field(2.0, gt=0, le=3600, validation_alias=_env("BOT_DATA_BACKUP_SECONDS"))

    # SharePoint through Microsoft Graph (only when storage = "sharepoint").
    sharepoint_site_url: str = Field("", validation_alias=_env("BOT_SHAREPOINT_SITE_URL"))
    graph_base_url: str = Field(
        "https://graph.microsoft.com/v1.0", validation_alias=_env("BOT_GRAPH_BASE_URL")
    )
    graph_credential: Literal["managed_identity", "certificate", "secret", "static"] = Field(
        "managed_identity", validation_alias=_env("BOT_GRAPH_CREDENTIAL")
    )
    graph_client_id: str = Field("", validation_alias=_env("BOT_GRAPH_CLIENT_ID"))
    graph_client_secret: SecretStr = Field(SecretStr(""), validation_alias=_env("BOT_GRAPH_CLIENT_SECRET"))
    graph_certificate_path: str = Field("", validation_alias=_env("BOT_GRAPH_CERTIFICATE_PATH"))
    graph_static_token: SecretStr = Field(SecretStr(""), validation_alias=_env("BOT_GRAPH_STATIC_TOKEN"))

    # Leavers noticed in Entra ID through Graph (User.Read.All; off in the local setup).
    leaver_detection: bool = Field(False, validation_alias=_env("BOT_LEAVER_DETECTION"))
    leaver_detection_minutes: int = Field(60, ge=5, validation_alias=_env("BOT_LEAVER_DETECTION_MINUTES"))

    # Incident log: may bot administrators change incidents, as well as the manager and the CEO?
    incident_admins_may_change: bool = Field(False, validation_alias=_env("BOT_INCIDENT_ADMINS_MAY_CHANGE"))

    # How long the anonymous policy questions log keeps a question (one annual review, plus a month).
    questions_keep_months: int = Field(13, ge=1, le=120, validation_alias=_env("BOT_QUESTIONS_KEEP_MONTHS"))

    log_level: str = Field("INFO", validation_alias=_env("BOT_LOG_LEVEL"))
    max_body_bytes: int = Field(1_000_000, ge=1024, validation_alias=_env("BOT_MAX_BODY_BYTES"))
    # How long a client may take to send a request body before it gets 408 and is disconnected.
    read_timeout_seconds: float = Field(30.0, gt=0, le=600, validation_alias=_env("BOT_READ_TIMEOUT_SECONDS"))
    # How long a client may take to send a request's line and headers before it is disconnected.
    header_timeout_seconds: float = Field(
        10.0, gt=0, le=600, validation_alias=_env("BOT_HEADER_TIMEOUT_SECONDS")
    )
    # Per-person rate limits by name, e.g. {"turns": "60/minute", "incident.report": "off"}.
    rate_limits: dict[str, str] = Field(default_factory=dict, validation_alias=_env("BOT_RATE_LIMITS"))

    @field_validator("app_id", "app_tenant_id", "host", mode="after")
    @classmethod
    def _strip(cls, value: str) -> str:
        return value.strip()

    @field_validator("rate_limits", mode="after")
    @classmethod
    def _rates(cls, value: dict[str, str]) -> dict[str, str]:
        check_names(value)  # a typo must stop start-up, not leave the limit at its default
        for rate in value.values():
            parse_rate(rate)  # refuse a typo at start-up, not on the first report
        return value

    @property
    def authenticated(self) -> bool:
        """True when the bot has a Microsoft app id, so every inbound request must carry a token."""
        return bool(self.app_id)

    @property
    def database_path(self) -> Path:
        return self.data_dir / "policy-steward.sqlite3"

    @property
    def classifier_snapshot(self) -> Path:
        """The trained conversation classifiers, kept where a restart does not wipe them (the
        backup folder when there is one) so the next start reads them instead of retraining."""
        return (self.data_backup_dir or self.data_dir) / CLASSIFIER_SNAPSHOT


class UnsafeBindError(RuntimeError):
    """Raised when a bot without an app id is asked to listen beyond this machine."""


def check_bind(settings: Settings) -> None:
    """Refuse to expose an unauthenticated bot to the network.

    Without an app id botbuilder accepts every request without a token, so anyone who can reach
    the port could post as anyone. That is fine on loopback for local testing and nowhere else.
    """
    if not settings.authenticated and settings.host not in LOOPBACK_HOSTS:
        raise UnsafeBindError(
            f"Refusing to listen on {settings.host}: no Microsoft app id is configured, so requests "
            "would not be authenticated. Set MicrosoftAppId/MicrosoftAppPassword (see README), "
            "or listen on 127.0.0.1."
        )

"""The typed shape of an inbound activity, checked before anything else reads it.

botbuilder and our own code read fields such as ``channelData.tenant.id`` or ``from.name`` and
assume their types; a list where a string belongs used to surface as a 500 from deep inside a
handler. Every field the bot reads is declared here, strictly (no coercion: ``7`` is not a
name), so a request that does not fit gets a 400 naming the field, before authentication,
storage or botbuilder see it. Fields the bot does not read are let through untouched.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

KNOWN_TYPES = frozenset(
    {
        "message",
        "invoke",
        "conversationUpdate",
        "installationUpdate",
        "messageReaction",
        "messageUpdate",
        "messageDelete",
        "event",
        "typing",
        "endOfConversation",
        "contactRelationUpdate",
        "deleteUserData",
    }
)
MAX_REASON = 80


class _Part(BaseModel):
    model_config = ConfigDict(strict=True, extra="allow", frozen=True, populate_by_name=True)


class Account(_Part):
    id: str = Field(min_length=1)
    name: str | None = None
    aadObjectId: str | None = None
    role: str | None = None


class Conversation(_Part):
    id: str = Field(min_length=1)
    conversationType: str | None = None
    tenantId: str | None = None
    isGroup: bool | None = None
    name: str | None = None


class Named(_Part):
    """A tenant, team, channel or meeting in ``channelData``: botbuilder reads id and name."""

    id: str | None = None
    name: str | None = None


class ChannelData(_Part):
    tenant: Named | None = None
    team: Named | None = None
    channel: Named | None = None
    meeting: Named | None = None
    settings: dict[str, Any] | None = None
    notification: dict[str, Any] | None = None
    eventType: str | None = None


class Envelope(_Part):
    type: str
    id: str | None = None
    text: str | None = None
    name: str | None = None
    replyToId: str | None = None
    channelId: str | None = None
    serviceUrl: str | None = None
    sender: Account = Field(alias="from")
    conversation: Conversation
    recipient: Account
    channelData: ChannelData | None = None
    entities: list[dict[str, Any]] | None = None
    attachments: list[dict[str, Any]] | None = None
    membersAdded: list[Account] | None = None
    membersRemoved: list[Account] | None = None
    value: Any = None

    @field_validator("type")
    @classmethod
    def _known(cls, value: str) -> str:
        if value not in KNOWN_TYPES:
            raise ValueError("unknown activity type")
        return value

    @property
    def tenants(self) -> set[str]:
        """Every tenant the activity names; Teams names one, in two places."""
        channel_tenant = self.channelData.tenant if self.channelData else None
        named = (channel_tenant.id if channel_tenant else None, self.conversation.tenantId)
        return {value for value in named if value is not None}


class EnvelopeError(ValueError):
    """The activity does not fit :class:`Envelope`; ``reason`` is short and names the field."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def read_envelope(activity: dict[str, Any]) -> Envelope:
    try:
        return Envelope.model_validate(activity)
    except ValidationError as exc:
        raise EnvelopeError(_reason(exc)) from None


def _reason(exc: ValidationError) -> str:
    first = exc.errors(include_url=False, include_input=False, include_context=False)[0]
    where = ".".join(str(part) for part in first["loc"])[:40] or "the activity"
    if first["type"] == "missing":
        reason = f"The activity has no {where}."
    elif first["loc"] == ("type",) and first["type"] == "value_error":
        reason = "Unknown activity type."
    elif first["type"] == "string_too_short":
        reason = f"{where} is empty."
    else:
        reason = f"{where} has the wrong type."
    return reason[:MAX_REASON]

"""Checks on a raw request body before botbuilder sees it.

botbuilder assumes well-formed input and answers anything else with a 500; people (and
attackers) send anything. Each rule here gives a short reason and a 4xx instead, and nothing
is stored for a request that fails them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from bot.config import LOOPBACK_HOSTS

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
MAX_DEPTH = 32
# Invokes the bot answers. botbuilder answers others with 501, and a malformed card action with
# a body it cannot serialise (a 500), so both are refused here with a clear 400.
HANDLED_INVOKES = frozenset({"adaptiveCard/action"})
TEAMS_CHANNEL_DATA_OBJECTS = ("tenant", "team", "channel", "meeting", "settings", "notification")


@dataclass(frozen=True)
class Rejected(Exception):
    status: int
    reason: str


def parse_activity(body: bytes, content_type: str, *, tenant_id: str, loopback_only: bool) -> dict[str, Any]:
    if content_type != "application/json":
        raise Rejected(415, "Send the activity as application/json.")
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise Rejected(400, "The body is not valid UTF-8.") from None
    try:
        activity = json.loads(text)
    except (json.JSONDecodeError, RecursionError):
        raise Rejected(400, "The body is not valid JSON.") from None
    if not isinstance(activity, dict):
        raise Rejected(400, "The body must be a JSON object (an activity).")
    if _depth(activity) > MAX_DEPTH:
        raise Rejected(400, "The activity is nested too deeply.")
    _check_shape(activity)
    if activity["type"] == "invoke":
        _check_invoke(activity)
    _check_channel(activity, tenant_id=tenant_id, loopback_only=loopback_only)
    return activity


def _check_shape(activity: Mapping[str, Any]) -> None:
    kind = activity.get("type")
    if not isinstance(kind, str) or not kind:
        raise Rejected(400, "The activity has no type.")
    if kind not in KNOWN_TYPES:
        raise Rejected(400, f"Unknown activity type {kind[:40]!r}.")
    for key in ("from", "conversation", "recipient"):
        account = activity.get(key)
        if not isinstance(account, dict) or not isinstance(account.get("id"), str) or not account["id"]:
            raise Rejected(400, f"The activity has no {key}.id.")
    for key in ("id", "text", "replyToId", "name", "channelId", "serviceUrl"):
        if key in activity and activity[key] is not None and not isinstance(activity[key], str):
            raise Rejected(400, f"{key} must be a string.")
    for key in ("entities", "attachments", "membersAdded", "membersRemoved"):
        if key in activity and activity[key] is not None and not isinstance(activity[key], list):
            raise Rejected(400, f"{key} must be a list.")
    if "channelData" in activity and not isinstance(activity["channelData"], dict | None):
        raise Rejected(400, "channelData must be an object.")
    channel_data = activity.get("channelData") or {}
    _check_objects(channel_data, "channelData", TEAMS_CHANNEL_DATA_OBJECTS)
    if not isinstance(channel_data.get("eventType"), str | None):
        raise Rejected(400, "channelData.eventType must be a string.")


def _check_objects(parent: Mapping[str, Any], where: str, keys: Iterable[str]) -> None:
    """botbuilder deserialises these into its own classes and fails on anything but an object."""
    for key in keys:
        if parent.get(key) is not None and not isinstance(parent[key], dict):
            raise Rejected(400, f"{where}.{key} must be an object.")


def _check_invoke(activity: Mapping[str, Any]) -> None:
    if activity.get("name") not in HANDLED_INVOKES:
        raise Rejected(400, "This kind of invoke is not supported.")
    value = activity.get("value")
    action = value.get("action") if isinstance(value, dict) else None
    if not isinstance(action, dict) or action.get("type") != "Action.Execute":
        raise Rejected(400, "The card action could not be read.")


def _check_channel(activity: Mapping[str, Any], *, tenant_id: str, loopback_only: bool) -> None:
    if activity.get("channelId") != "msteams":
        raise Rejected(400, "Only Microsoft Teams activities are accepted.")
    service_url = activity.get("serviceUrl")
    if not isinstance(service_url, str) or not service_url:
        raise Rejected(400, "The activity has no serviceUrl.")
    parts = urlsplit(service_url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise Rejected(400, "serviceUrl must be an http(s) URL.")
    if loopback_only and parts.hostname not in LOOPBACK_HOSTS:
        # Without authentication anyone could make the bot post to any URL (SSRF).
        raise Rejected(403, "Without an app id, only a local Teams client may talk to this bot.")
    if tenants_of(activity) != {tenant_id}:
        raise Rejected(403, "This bot serves one organisation only.")


def tenants_of(activity: Mapping[str, Any]) -> set[str]:
    """Every tenant the activity names; Teams names one, in two places."""
    channel_data = activity.get("channelData")
    tenant = channel_data.get("tenant") if isinstance(channel_data, dict) else None
    conversation = activity.get("conversation")
    named = (
        tenant.get("id") if isinstance(tenant, dict) else None,
        conversation.get("tenantId") if isinstance(conversation, dict) else None,
    )
    return {value for value in named if value is not None}


def tenant_of(activity: Mapping[str, Any]) -> str:
    channel_data = activity.get("channelData")
    if isinstance(channel_data, dict) and isinstance(channel_data.get("tenant"), dict):
        tenant = channel_data["tenant"].get("id")
        if isinstance(tenant, str):
            return tenant
    conversation = activity.get("conversation")
    tenant = conversation.get("tenantId") if isinstance(conversation, dict) else None
    return tenant if isinstance(tenant, str) else ""


def _depth(value: Any) -> int:
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, level = stack.pop()
        deepest = max(deepest, level)
        if deepest > MAX_DEPTH:
            return deepest
        if isinstance(item, dict):
            stack.extend((v, level + 1) for v in item.values())
        elif isinstance(item, list):
            stack.extend((v, level + 1) for v in item)
    return deepest

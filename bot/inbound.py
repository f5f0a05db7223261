"""Checks on a raw request body before botbuilder sees it.

botbuilder assumes well-formed input and answers anything else with a 500; people (and
attackers) send anything. Each rule here gives a short reason and a 4xx instead, and nothing
is stored for a request that fails them. The order matters: bytes, then JSON, then the typed
envelope (:mod:`bot.envelope`), and only then anything that reads a field.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from bot.envelope import Envelope, EnvelopeError, read_envelope
from bot.service_url import RefusedServiceUrl, checked_service_url

MAX_DEPTH = 32
MAX_INT_DIGITS = 30  # no field of an activity is a number this long; Python refuses > 4,300
# Invokes the bot answers. botbuilder answers others with 501, and a malformed card action with
# a body it cannot serialise (a 500), so both are refused here with a clear 400.
HANDLED_INVOKES = frozenset({"adaptiveCard/action"})
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


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
        activity = json.loads(text, parse_int=_bounded_int)
    except (ValueError, RecursionError):  # JSONDecodeError is a ValueError, as is a huge number
        raise Rejected(400, "The body is not valid JSON.") from None
    if not isinstance(activity, dict):
        raise Rejected(400, "The body must be a JSON object (an activity).")
    if _depth(activity) > MAX_DEPTH:
        raise Rejected(400, "The activity is nested too deeply.")
    activity = _text_only_whole_characters(activity)
    try:
        envelope = read_envelope(activity)
    except EnvelopeError as error:
        raise Rejected(400, error.reason) from None
    if envelope.type == "invoke":
        _check_invoke(envelope)
    _check_channel(envelope, tenant_id=tenant_id, loopback_only=loopback_only)
    return activity


def _bounded_int(digits: str) -> int:
    if len(digits.lstrip("-")) > MAX_INT_DIGITS:
        raise ValueError("number too long")
    return int(digits)


def _check_invoke(envelope: Envelope) -> None:
    if envelope.name not in HANDLED_INVOKES:
        raise Rejected(400, "This kind of invoke is not supported.")
    value = envelope.value
    action = value.get("action") if isinstance(value, dict) else None
    if not isinstance(action, dict) or action.get("type") != "Action.Execute":
        raise Rejected(400, "The card action could not be read.")


def _check_channel(envelope: Envelope, *, tenant_id: str, loopback_only: bool) -> None:
    if envelope.channelId != "msteams":
        raise Rejected(400, "Only Microsoft Teams activities are accepted.")
    if not envelope.serviceUrl:
        raise Rejected(400, "The activity has no serviceUrl.")
    try:
        checked_service_url(envelope.serviceUrl, loopback_only=loopback_only)
    except RefusedServiceUrl as refused:
        raise Rejected(403 if loopback_only else 400, str(refused)) from None
    if envelope.tenants != {tenant_id}:
        raise Rejected(403, "This bot serves one organisation only.")


def _text_only_whole_characters(activity: dict[str, Any]) -> dict[str, Any]:
    cleaned: dict[str, Any] = _without_lone_surrogates(activity)
    return cleaned


def _without_lone_surrogates(value: Any) -> Any:
    """JSON may escape half a surrogate pair (``"\\ud800"``); such a string cannot be encoded,
    so every later write or send of it would fail. Each one becomes U+FFFD on the way in."""
    if isinstance(value, str):
        return _LONE_SURROGATE.sub("\ufffd", value) if _LONE_SURROGATE.search(value) else value
    if isinstance(value, dict):
        return {_without_lone_surrogates(k): _without_lone_surrogates(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_without_lone_surrogates(item) for item in value]
    return value


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

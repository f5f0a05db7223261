"""Hostile requests and hostile content: short 4xx reasons, never a 500, nothing stored, and
whatever people type shown as typed."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest
from aiohttp.test_utils import TestClient

from bot.context import AppContext
from bot.dispatch import UNKNOWN_BUTTON
from bot.messaging import Unreachable
from tests.builders import (
    ALEX,
    LEE,
    OUTSIDER,
    TENANT,
    TeamsClient,
    User,
    activity,
    card_texts,
    invoke,
    message,
    settle,
)
from tests.fakes.connector import FakeConnector

Body = tuple[bytes, str]


def _activity(connector: FakeConnector, **changes: Any) -> dict[str, Any]:
    body = message("help", user=ALEX, service_url=connector.url)
    for key, value in changes.items():
        if value is None:
            body.pop(key, None)
        else:
            body[key] = value
    return body


def _json(value: Any) -> Body:
    return json.dumps(value).encode(), "application/json"


def _nested(depth: int) -> bytes:
    return b'{"type": "message", "value": ' + b"[" * depth + b"]" * depth + b"}"


BAD_REQUESTS: dict[str, Callable[[FakeConnector], Body]] = {
    "not JSON": lambda c: (b"{this is not json", "application/json"),
    "empty body": lambda c: (b"", "application/json"),
    "a JSON list": lambda c: _json([_activity(c)]),
    "wrong content type": lambda c: (json.dumps(_activity(c)).encode(), "text/plain"),
    "form encoded": lambda c: (b"type=message&text=help", "application/x-www-form-urlencoded"),
    "no type": lambda c: _json(_activity(c, type=None)),
    "unknown type": lambda c: _json(_activity(c, type="payment")),
    "type not a string": lambda c: _json(_activity(c, type=["message"])),
    "no from": lambda c: _json(_activity(c, **{"from": None})),
    "from without id": lambda c: _json(_activity(c, **{"from": {"name": "Alex"}})),
    "no conversation": lambda c: _json(_activity(c, conversation=None)),
    "conversation a string": lambda c: _json(_activity(c, conversation="a:personal")),
    "not Teams": lambda c: _json(_activity(c, channelId="webchat")),
    "no serviceUrl": lambda c: _json(_activity(c, serviceUrl=None)),
    "text not a string": lambda c: _json(_activity(c, text={"$ne": ""})),
    "unreadable timestamp": lambda c: _json(_activity(c, timestamp="yesterday")),
    "tenant not an object": lambda c: _json(_activity(c, channelData={"tenant": "ours"})),
    "over 1 MB": lambda c: _json(_activity(c, text="x" * 1_100_000)),
    "nested 40 deep": lambda c: (_nested(40), "application/json"),
    "nested 100,000 deep": lambda c: (_nested(100_000), "application/json"),
    "invalid UTF-8": lambda c: (b'{"type": "message", "text": "\xff\xfe\xc3\x28"}', "application/json"),
    "UTF-16": lambda c: (json.dumps(_activity(c)).encode("utf-16"), "application/json"),
    "invoke of another kind": lambda c: _json(_activity(c, type="invoke", name="task/fetch", value={})),
    "card action without value": lambda c: _json(_activity(c, type="invoke", name="adaptiveCard/action")),
    "card action not Execute": lambda c: _json(
        _activity(c, type="invoke", name="adaptiveCard/action", value={"action": {"type": "Action.Submit"}})
    ),
    "tenant id a list": lambda c: _json(_activity(c, channelData={"tenant": {"id": [TENANT]}})),
    "tenant id an object": lambda c: _json(_activity(c, channelData={"tenant": {"id": {"id": TENANT}}})),
    "conversation tenant id a list": lambda c: _json(
        _activity(c, conversation={"id": "a:1", "conversationType": "personal", "tenantId": [TENANT]})
    ),
    "sender name a number": lambda c: _json(_activity(c, **{"from": {"id": "29:x", "name": 7}})),
    "aadObjectId a list": lambda c: _json(_activity(c, **{"from": {"id": "29:x", "aadObjectId": ["a"]}})),
    "conversationType an object": lambda c: _json(
        _activity(c, conversation={"id": "a:1", "conversationType": {}, "tenantId": TENANT})
    ),
    "integer of 5,000 digits": lambda c: (
        json.dumps(_activity(c)).replace('"help"', "1" * 5000).encode(),
        "application/json",
    ),
    "integer of 31 digits": lambda c: (
        json.dumps(_activity(c, value={"n": 0})).replace('{"n": 0}', "1" * 31).encode(),
        "application/json",
    ),
    "integer of 5,000 digits in the value": lambda c: (
        json.dumps(_activity(c, value={"n": 0})).replace('{"n": 0}', "1" * 5000).encode(),
        "application/json",
    ),
}


async def assert_nothing_stored(ctx: AppContext, connector: FakeConnector, user: User = ALEX) -> None:
    await settle(ctx)
    assert connector.calls == []
    assert await ctx.stores.people.get(user.aad_object_id) is None
    assert await ctx.stores.people.latest_chat() is None


@pytest.mark.parametrize("case", BAD_REQUESTS)
async def test_a_bad_request_gets_a_short_4xx_reason_and_nothing_is_stored(
    case: str, client: TestClient[Any, Any], connector: FakeConnector, ctx: AppContext
) -> None:
    data, content_type = BAD_REQUESTS[case](connector)
    response = await client.post(
        "/api/messages", data=io.BytesIO(data), headers={"Content-Type": content_type}
    )
    assert 400 <= response.status < 500
    reason = (await response.json())["error"]
    assert 0 < len(reason) <= 80
    await assert_nothing_stored(ctx, connector)


async def test_only_post_is_accepted(client: TestClient[Any, Any]) -> None:
    response = await client.get("/api/messages")
    assert response.status == 405


# -- who may talk to the bot, and where it may answer -----------------------------------


async def test_another_tenant_is_refused(
    teams: TeamsClient, ctx: AppContext, connector: FakeConnector
) -> None:
    status, body = await teams.post(message("help", user=OUTSIDER, service_url=connector.url))
    assert status == 403
    assert body == {"error": "This bot serves one organisation only."}
    await assert_nothing_stored(ctx, connector, OUTSIDER)


@pytest.mark.parametrize(
    ("channel_tenant", "conversation_tenant"),
    [(TENANT, "99999999-9999-4999-8999-999999999999"), ("99999999-9999-4999-8999-999999999999", TENANT)],
)
async def test_an_activity_naming_two_tenants_is_refused(
    channel_tenant: str, conversation_tenant: str, teams: TeamsClient, connector: FakeConnector
) -> None:
    body = message("help", user=ALEX, service_url=connector.url)
    body["channelData"]["tenant"]["id"] = channel_tenant
    body["conversation"]["tenantId"] = conversation_tenant
    assert (await teams.post(body))[0] == 403


@pytest.mark.parametrize(
    "service_url",
    [
        "https://evil.example/",
        "http://localhost@evil.example/",
        "http://127.0.0.1.evil.example/",
        "http://0.0.0.0:3978/",
        "http://169.254.169.254/latest/meta-data/",
        "http://10.0.0.1/",
        "file:///etc/passwd",
        "gopher://127.0.0.1/",
        "http://evil.example\\@127.0.0.1/",
        "http://evil.example\\.127.0.0.1/",
        "http://127.0.0.1\\@evil.example/",
        "http://127.0.0.1:1\\@evil.example/",
        "http://evil.example%2f@127.0.0.1/",
        "http://user:pass@127.0.0.1/",
        "http://@127.0.0.1/",
        "http://127.0.0.1 @evil.example/",
        "http://127.0.0.1\t.evil.example/",
        "http://127.0.0.1/\r\nHost: evil.example",
        "http://127.0.0.1:99999/",
        "http://127.0.0.1/?next=https://evil.example/",
        "http://127.0.0.1#@evil.example/",
        "http://１２７.0.0.1/",
        "HTTP://127.0.0.1/",
    ],
)
async def test_without_an_app_id_only_loopback_service_urls_are_answered(
    service_url: str, teams: TeamsClient, ctx: AppContext, connector: FakeConnector
) -> None:
    """Unauthenticated, a request could otherwise make the bot post anywhere (SSRF)."""
    status, _ = await teams.post(message("help", user=ALEX, service_url=service_url))
    assert status in (400, 403)
    await assert_nothing_stored(ctx, connector)


async def test_proactive_messages_go_to_the_stored_service_url(
    teams: TeamsClient, ctx: AppContext, connector: FakeConnector
) -> None:
    await teams.say("help", user=LEE)
    await ctx.messenger.send_text(LEE.aad_object_id, "A reminder")
    assert [call.conversation_id for call in connector.posted] == [LEE.personal_chat] * 2


async def test_a_stored_address_the_guard_refuses_is_never_posted_to(
    teams: TeamsClient, ctx: AppContext, connector: FakeConnector
) -> None:
    """An address stored before the guard existed (or by a bug) is checked again before use."""
    await teams.say("help", user=LEE)
    stored = await ctx.stores.people.personal_chat(LEE.aad_object_id)
    assert stored is not None
    bypass = connector.url.replace("http://", "http://evil.example\\@")
    await ctx.stores.people.save_personal_chat(LEE.aad_object_id, replace(stored, service_url=bypass))
    before = len(connector.calls)
    with pytest.raises(Unreachable):
        await ctx.messenger.send_text(LEE.aad_object_id, "A reminder")
    assert len(connector.calls) == before


# -- what people type -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "raw", "shown"),
    [
        ("<b>Mallory</b> Smith", "<b>", r"Hi \<b\>Mallory\</b\>!"),
        ("**Mallory** Smith", "**Mallory**", r"Hi \*\*Mallory\*\*!"),
        ("${user.secret} Smith", "${", r"Hi \$\{user.secret\}!"),
        ("[Mal](https://evil.example) Smith", "[Mal](", r"Hi \[Mal\](https://evil.example)!"),
        ("Mal\u202elory Smith", "\u202e", "Hi Mallory!"),
        ("Mal\u200blory\u2066 Smith", "\u200b", "Hi Mallory!"),
    ],
)
async def test_names_are_shown_as_typed_never_interpreted(
    name: str, raw: str, shown: str, teams: TeamsClient, connector: FakeConnector
) -> None:
    body = activity("installationUpdate", user=ALEX, service_url=connector.url, action="add")
    body["from"]["name"] = name
    assert (await teams.post(body))[0] == 201
    texts = card_texts(connector.posted[-1].card)  # the welcome card greets them by first name
    assert raw not in texts
    assert shown in texts


async def test_a_lone_surrogate_in_a_name_or_text_does_not_break_that_persons_turns(
    teams: TeamsClient, ctx: AppContext, connector: FakeConnector
) -> None:
    """JSON can carry half a surrogate pair; it used to fail every write and send for them."""
    for text in ("help", "help \ud800", "what about \udfff facebook?"):
        body = message(text, user=ALEX, service_url=connector.url)
        body["from"]["name"] = "Alex \ud83d Wilber"
        assert (await teams.post(body))[0] == 201
    await ctx.tasks.drain()
    assert len(connector.posted) == 3
    stored = await ctx.stores.people.get(ALEX.aad_object_id)
    assert stored is not None
    assert stored.name == "Alex \ufffd Wilber"


async def test_a_10000_character_message_is_refused_with_a_message(
    teams: TeamsClient, connector: FakeConnector
) -> None:
    assert await teams.say("help " + "x" * 9995) == 201
    [reply] = connector.posted
    assert reply.text == (
        "Your message is 10,000 characters long; the most I can take is 4,000. "
        "Please shorten it and send it again."
    )


async def test_crlf_and_control_characters_cannot_forge_log_lines(
    teams: TeamsClient, connector: FakeConnector, json_log_lines: list[str]
) -> None:
    forged = 'x"}\r\n{"level": "ERROR", "message": "forged"}\x1b[2J\u2028'
    body = invoke(forged, {"comment": forged}, user=ALEX, service_url=connector.url)
    body["id"] = forged
    status, _ = await teams.post(body)
    assert status == 200
    assert json_log_lines
    for line in json_log_lines:
        assert "\n" not in line
        assert "\r" not in line
        assert "\u2028" not in line
        entry = json.loads(line)
        assert entry["message"] != "forged"
    assert any(json.loads(line).get("activity_id") == forged for line in json_log_lines)


# -- tampered card presses ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("verb", "data", "answer"),
    [
        ("approval.approve.everything", {}, UNKNOWN_BUTTON),
        ("", {}, UNKNOWN_BUTTON),
        ("HELP.RUN", {"command": "help"}, UNKNOWN_BUTTON),
        ("help.run", {"command": "no such command"}, "That shortcut is no longer available."),
        ("help.run", {"command": {"$gt": ""}}, "That shortcut is no longer available."),
        ("help.run", {"command": "help " * 1000}, "That shortcut is no longer available."),
    ],
)
async def test_a_tampered_card_press_gets_a_clear_message_and_changes_nothing(
    verb: str, data: dict[str, Any], answer: str, teams: TeamsClient, connector: FakeConnector
) -> None:
    body = await teams.click(verb, data)
    assert body["type"] == "application/vnd.microsoft.activity.message"
    assert body["value"].startswith(answer)
    assert connector.posted == []

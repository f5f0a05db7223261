"""Each botbuilder 4.17.1 fix in bot/teams/botbuilder_fixes.py, with a test that fails without it."""

from __future__ import annotations

from datetime import timedelta
from http import HTTPStatus
from typing import Any

import pytest
from aiohttp.test_utils import TestClient
from azure.core.exceptions import SerializationError
from botbuilder.core import ActivityHandler, serializer_helper
from botbuilder.schema import AdaptiveCardInvokeResponse

from bot.app import CONTEXT, ENDPOINT
from bot.config import Settings
from bot.context import AppContext
from bot.teams.adapter import build_adapter
from bot.teams.bot import CARD_TYPE, MESSAGE_TYPE, PolicyStewardBot
from bot.teams.botbuilder_fixes import RejectBadTokensAs401, invoke_body_json
from bot.turn import CardAction, CardReply, Turn
from cards.common import card, text
from tests.builders import ALEX, TeamsClient, invoke, message
from tests.fakes.connector import FakeConnector
from tests.fakes.openid import OpenIdServer

PING_CARD = card([text("pong")], fallback_text="pong")


async def _pong(turn: Turn, ctx: AppContext, action: CardAction) -> CardReply:
    return CardReply.show(PING_CARD)


async def _say(turn: Turn, ctx: AppContext, action: CardAction) -> CardReply:
    return CardReply.say("Done.")


# -- 1. adaptiveCard/action invokes answered 500 ----------------------------------------


def test_stock_invoke_response_is_serialised_twice_and_fails() -> None:
    body = AdaptiveCardInvokeResponse(status_code=200, type=CARD_TYPE, value=PING_CARD)
    stock = ActivityHandler._create_invoke_response(body)
    with pytest.raises(AttributeError, match="is_xml_model"):
        serializer_helper(stock.body)  # what CloudAdapter does with it next
    ours = PolicyStewardBot._create_invoke_response(body)
    assert serializer_helper(ours.body)["value"] == PING_CARD


async def test_a_universal_action_answers_200_with_the_card(teams: TeamsClient, ctx: AppContext) -> None:
    ctx.router.action("test.ping", _pong)
    body = await teams.click("test.ping")
    assert body == {"statusCode": 200, "type": CARD_TYPE, "value": PING_CARD}


async def test_without_the_fix_an_invoke_answered_with_a_message_fails(
    teams: TeamsClient, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx.router.action("test.say", _say)
    assert (await teams.click("test.say"))["value"] == "Done."
    stock = staticmethod(ActivityHandler._create_invoke_response)
    monkeypatch.setattr(PolicyStewardBot, "_create_invoke_response", stock)
    status, _ = await teams.post(invoke("test.say", user=ALEX, service_url=teams.connector.url))
    assert status >= 500


# -- 2. bad tokens answered 500 ---------------------------------------------------------

STOCK_500_CASES: dict[str, dict[str, Any]] = {
    "expired": {"expires_in": timedelta(hours=-1)},
    "alg none": {"alg": "none"},
    "unknown kid": {"kid": "no-such-key"},
}


@pytest.mark.parametrize("case", STOCK_500_CASES)
async def test_bad_tokens_are_401_with_the_wrapper_and_500_without(
    case: str, secure_client: TestClient[Any, Any], connector: FakeConnector, openid: OpenIdServer
) -> None:
    async def status() -> int:
        body = message("help", user=ALEX, service_url=connector.url)
        headers = openid.bearer(service_url=connector.url, **STOCK_500_CASES[case])
        response = await secure_client.post("/api/messages", json=body, headers=headers)
        return response.status

    assert await status() == 401
    adapter = secure_client.app[ENDPOINT]._adapter
    wrapper = adapter.bot_framework_authentication
    assert isinstance(wrapper, RejectBadTokensAs401)
    adapter.bot_framework_authentication = wrapper._inner
    assert await status() == 500
    assert connector.calls == []  # refused either way: the defect is the status code
    ctx: AppContext = secure_client.app[CONTEXT]
    assert await ctx.stores.people.get(ALEX.aad_object_id) is None


# -- 3. ClientRetryPolicy's safe_codes list ---------------------------------------------


def test_retry_policy_codes_become_a_set_and_stay_the_same(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from msrest.universal_http.requests import ClientRetryPolicy

    stock_codes = [i for i in range(500) if i != 408] + [501, 505]  # msrest 0.7.1's class attribute
    stock_retried = [i for i in range(999) if i not in stock_codes]
    monkeypatch.setattr(ClientRetryPolicy, "safe_codes", list(stock_codes))  # as if never fixed
    build_adapter(settings)
    codes: object = ClientRetryPolicy.safe_codes
    assert isinstance(codes, frozenset)
    assert codes == frozenset(stock_codes)
    assert ClientRetryPolicy().policy.status_forcelist == stock_retried  # type: ignore[no-untyped-call]


async def test_the_running_app_has_the_set(client: TestClient[Any, Any]) -> None:
    from msrest.universal_http.requests import ClientRetryPolicy

    codes: object = ClientRetryPolicy.safe_codes
    assert isinstance(codes, frozenset)


# -- 4. invoke answers msrest cannot serialise ------------------------------------------


def test_a_message_answer_cannot_be_serialised_by_msrest_but_is_by_us() -> None:
    body = AdaptiveCardInvokeResponse(status_code=200, type=MESSAGE_TYPE, value="Done.")
    with pytest.raises(SerializationError):
        serializer_helper(body)
    assert invoke_body_json(body) == {"statusCode": 200, "type": MESSAGE_TYPE, "value": "Done."}


def test_botbuilders_own_error_answer_becomes_json() -> None:
    error = ActivityHandler()._create_adaptive_card_invoke_error_response(
        HTTPStatus.BAD_REQUEST, "BadRequest", "Missing value property"
    )
    assert invoke_body_json(error) == {
        "statusCode": 400,
        "type": "application/vnd.microsoft.error",
        "value": {"code": "BadRequest", "message": "Missing value property"},
    }


async def test_a_universal_action_answered_with_a_message_is_200(teams: TeamsClient, ctx: AppContext) -> None:
    ctx.router.action("test.say", _say)
    assert await teams.click("test.say") == {"statusCode": 200, "type": MESSAGE_TYPE, "value": "Done."}

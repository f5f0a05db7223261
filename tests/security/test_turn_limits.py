"""The per-person turn limit: a flood of messages or presses is answered once, politely, and
the limit follows the person across chats, not the chat."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta

import pytest
from aiohttp.test_utils import TestClient, TestServer

from bot.app import Overrides, create_app
from bot.clock import ManualClock
from bot.config import Settings
from tests.builders import ALEX, LEE, TeamsClient
from tests.fakes.connector import FakeConnector


@pytest.fixture
async def limited(
    settings: Settings, clock: ManualClock, connector: FakeConnector
) -> AsyncIterator[TeamsClient]:
    limited_settings = settings.model_copy(update={"rate_limits": {"turns": "3/minute"}})
    app = create_app(limited_settings, Overrides(clock=clock, run_scheduler=False))
    async with TestClient(TestServer(app, host="127.0.0.1", port=0)) as http:
        yield TeamsClient(http, connector)


async def test_a_flood_of_messages_is_answered_once_politely(
    limited: TeamsClient, connector: FakeConnector, clock: ManualClock
) -> None:
    for _ in range(6):
        assert await limited.say("help") == 201
    texts = [call.text for call in connector.posted]
    assert len(texts) == 4  # three help cards, one polite refusal, then silence
    assert texts[3].startswith("You've sent a lot of messages in a short time")
    assert "try again in a minute" in texts[3]
    await clock.advance(timedelta(minutes=1))
    await limited.say("help")
    assert connector.posted[-1].card is not None


async def test_a_limited_card_press_is_told_on_the_card(
    limited: TeamsClient, connector: FakeConnector
) -> None:
    for _ in range(3):
        await limited.say("help")
    body = await limited.click("help.run", {"command": "help"})
    assert body["value"].startswith("You've sent a lot of messages")


async def test_limits_are_per_person(limited: TeamsClient, connector: FakeConnector) -> None:
    for _ in range(4):
        await limited.say("help", user=ALEX)
    await limited.say("help", user=LEE)
    assert connector.posted_to(LEE.personal_chat)[-1].card is not None


async def test_limits_count_from_the_person_not_the_chat(
    limited: TeamsClient, connector: FakeConnector
) -> None:
    for chat in ("personal", "groupChat", "channel"):
        await limited.say("help", chat=chat, mention=True)
    await limited.say("help", chat="groupChat", mention=True)
    assert connector.posted[-1].text.startswith("You've sent a lot of messages")

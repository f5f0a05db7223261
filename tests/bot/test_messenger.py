"""Proactive messages: to people who talked to the bot, and to people who never did."""

from __future__ import annotations

import pytest

from bot.context import AppContext
from bot.messaging import Unreachable
from cards.common import card, text
from tests.builders import ALEX, MEGAN, TeamsClient
from tests.fakes.connector import FakeConnector

CARD = card([text("Please look at this")], fallback_text="Please look at this")


async def test_sends_into_a_known_personal_chat(
    teams: TeamsClient, connector: FakeConnector, ctx: AppContext
) -> None:
    await teams.say("help", user=MEGAN)
    delivered = await ctx.messenger.send_card(MEGAN.aad_object_id, CARD)
    assert delivered.conversation_id == MEGAN.personal_chat
    assert connector.posted[-1].card == CARD
    assert connector.of_kind("create") == []


async def test_opens_a_chat_with_someone_new(
    teams: TeamsClient, connector: FakeConnector, ctx: AppContext
) -> None:
    await teams.say("help", user=ALEX)  # Teams has told the bot where it is
    delivered = await ctx.messenger.send_card(MEGAN.aad_object_id, CARD)
    [create] = connector.of_kind("create")
    assert create.body["members"][0]["aadObjectId"] == MEGAN.aad_object_id
    assert create.body["channelData"]["tenant"]["id"] == ALEX.tenant_id
    assert connector.posted[-1].conversation_id == delivered.conversation_id
    # the new chat is remembered: the next message reuses it
    await ctx.messenger.send_text(MEGAN.aad_object_id, "again")
    assert len(connector.of_kind("create")) == 1


async def test_updates_a_card_in_place(teams: TeamsClient, connector: FakeConnector, ctx: AppContext) -> None:
    await teams.say("help", user=MEGAN)
    delivered = await ctx.messenger.send_card(MEGAN.aad_object_id, CARD)
    changed = card([text("Done")], fallback_text="Done")
    await ctx.messenger.update_card(delivered, changed)
    [update] = connector.updates
    assert update.activity_id == delivered.activity_id
    assert update.card == changed


async def test_not_installed_is_reported_plainly(
    teams: TeamsClient, connector: FakeConnector, ctx: AppContext
) -> None:
    await teams.say("help", user=ALEX)
    connector.not_installed.add(MEGAN.aad_object_id)
    with pytest.raises(Unreachable, match="not installed"):
        await ctx.messenger.send_card(MEGAN.aad_object_id, CARD)


async def test_nobody_seen_yet_is_reported_plainly(ctx: AppContext) -> None:
    with pytest.raises(Unreachable, match="nobody has used"):
        await ctx.messenger.send_card(MEGAN.aad_object_id, CARD)

"""Proactive messages: to people who talked to the bot, and to people who never did; and which
failures mean "this person can't be reached" (only the codes Teams documents for that) and
which mean "Teams is not taking messages just now" (retried later)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.context import AppContext
from bot.messaging import TeamsUnavailable, Unreachable
from bot.teams.messenger import not_delivered
from cards.common import card, text
from tests.builders import ALEX, MEGAN, TeamsClient
from tests.fakes.connector import DROP, FakeConnector

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


# The documented "Status codes from bot conversational APIs": the bot was blocked, uninstalled or
# disabled for this person, or their chat no longer exists.
GONE = [
    (403, "ConversationBlockedByUser"),
    (403, "BotDisabledByAdmin"),
    (403, "BotNotInConversationRoster"),
    (403, "ForbiddenOperationException"),
    (403, "MessageWritesBlocked"),
    (404, "ConversationNotFound"),
]
# Throttling, Teams down or failing, a connection dropped, and a 403 that is not about the person.
OUTAGES = [
    (429, "Throttled"),
    (412, "PreconditionFailed"),
    (500, "ServiceError"),
    (502, "ServiceError"),
    (503, "ServiceError"),
    (504, "GatewayTimeout"),
    (403, "InvalidBotApiHost"),
    (DROP, ""),
]


@pytest.mark.parametrize(("status", "code"), GONE)
async def test_only_the_documented_codes_mean_unreachable(
    teams: TeamsClient, connector: FakeConnector, ctx: AppContext, status: int, code: str
) -> None:
    await teams.say("help", user=MEGAN)
    connector.fail_next(status, code=code)
    with pytest.raises(Unreachable):
        await ctx.messenger.send_card(MEGAN.aad_object_id, CARD)


@pytest.mark.parametrize(("status", "code"), OUTAGES)
async def test_an_outage_is_not_taken_for_an_unreachable_person(
    teams: TeamsClient, connector: FakeConnector, ctx: AppContext, status: int, code: str
) -> None:
    await teams.say("help", user=MEGAN)
    connector.outage(status, code=code)
    with pytest.raises(TeamsUnavailable) as raised:
        await ctx.messenger.send_card(MEGAN.aad_object_id, CARD)
    assert not isinstance(raised.value, Unreachable)
    with pytest.raises(TeamsUnavailable):
        await ctx.messenger.send_text(ALEX.aad_object_id, "a new chat cannot be opened either")


async def test_throttling_carries_the_retry_after(
    teams: TeamsClient, connector: FakeConnector, ctx: AppContext
) -> None:
    await teams.say("help", user=MEGAN)
    connector.fail_next(429, code="Throttled", retry_after=7)
    with pytest.raises(TeamsUnavailable) as raised:
        await ctx.messenger.send_card(MEGAN.aad_object_id, CARD)
    assert raised.value.retry_after == timedelta(seconds=7)
    assert raised.value.status == 429


def test_timeouts_and_connection_errors_are_outages() -> None:
    for error in (TimeoutError(), TimeoutError(), ConnectionRefusedError(), OSError("unreachable")):
        failure = not_delivered(error)
        assert isinstance(failure, TeamsUnavailable)
        assert not isinstance(failure, Unreachable)

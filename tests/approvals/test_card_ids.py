"""Approval cards name their request with an id no other installation can have.

A card posted by one Policy Steward and pressed where another (with its own database) answers
must not decide whichever local request happens to have the same number.
"""

from __future__ import annotations

from bot.context import AppContext
from cards.verbs import ApprovalVerb
from tests.approvals.flow import approver_cards, data_of, request
from tests.builders import ALEX, TeamsClient, card_texts, settle
from tests.fakes.connector import FakeConnector


async def test_card_data_carries_this_databases_id(
    teams: TeamsClient, ctx: AppContext, connector: FakeConnector
) -> None:
    await teams.say("help", user=ALEX)
    await request(teams, ctx, connector)
    [card] = approver_cards(connector, ALEX.personal_chat)
    request_id = data_of(card.card, ApprovalVerb.APPROVE)["request_id"]
    assert request_id == f"{ctx.stores.database_id[:12]}.1"


async def test_a_card_from_another_installation_changes_nothing(
    teams: TeamsClient, ctx: AppContext, connector: FakeConnector
) -> None:
    await teams.say("help", user=ALEX)
    await request(teams, ctx, connector)
    [card] = approver_cards(connector, ALEX.personal_chat)
    data = data_of(card.card, ApprovalVerb.APPROVE)
    foreign = {**data, "request_id": "0123456789ab.1"}
    answer = await teams.click(ApprovalVerb.APPROVE, foreign, user=ALEX)
    await settle(ctx)
    assert "another Policy Steward" in card_texts(answer.get("value")) + str(answer.get("value"))
    found = await ctx.stores.approvals.get("1")
    assert found is not None
    assert found.state.value == "pending"

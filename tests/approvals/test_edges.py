"""The hard cases: concurrent clicks, refresh invokes, tampered card data, people out of reach."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from bot.approvals.service import UNKNOWN
from bot.context import AppContext
from cards.verbs import ApprovalVerb
from graph.records.approvals import ApprovalState, AuditAction
from tests.approvals.flow import FORM, approver_cards, card_of, data_of, open_form, request, verbs
from tests.builders import ALEX, MEGAN, NESTOR, STRANGER, TeamsClient, card_texts, settle
from tests.fakes.connector import FakeConnector


async def _asked(teams: TeamsClient, ctx: AppContext, connector: FakeConnector) -> dict[str, Any]:
    await teams.say("help", user=ALEX)
    await request(teams, ctx, connector)
    [asked] = approver_cards(connector, ALEX.personal_chat)
    return data_of(asked.card, ApprovalVerb.APPROVE)


async def test_twenty_simultaneous_clicks_give_one_decision(
    teams: TeamsClient, ctx: AppContext, connector: FakeConnector
) -> None:
    decision = await _asked(teams, ctx, connector)
    clicks = [
        teams.click(verb, {**decision, "comment": f"click {n}"}, user=ALEX if n % 2 else MEGAN)
        for n, verb in enumerate([ApprovalVerb.APPROVE, ApprovalVerb.REJECT] * 10)
    ]
    answers = [card_texts(card_of(body)) for body in await asyncio.gather(*clicks)]
    assert sum("You approved" in a or "You rejected" in a for a in answers) == 1
    assert sum("Already" in a for a in answers) == 19
    [req] = await ctx.stores.approvals.of_requester(NESTOR.aad_object_id)
    decided = [e for e in await ctx.stores.approvals.history(req.id) if e.action is not AuditAction.SUBMITTED]
    assert len(decided) == 1
    await settle(ctx)
    assert sum("was approved" in c.text or "was rejected" in c.text for c in connector.posted) == 1


async def test_a_replayed_decision_changes_nothing(
    teams: TeamsClient, ctx: AppContext, connector: FakeConnector
) -> None:
    decision = await _asked(teams, ctx, connector)
    await teams.click(ApprovalVerb.APPROVE, decision, user=ALEX)
    replay = card_of(await teams.click(ApprovalVerb.REJECT, {**decision, "comment": "No"}, user=MEGAN))
    assert "Already approved by Alex Wilber on Tue 1 Dec 2026, 10:00" in card_texts(replay)
    assert verbs(replay) == []
    [req] = await ctx.stores.approvals.of_requester(NESTOR.aad_object_id)
    assert req.state is ApprovalState.APPROVED
    assert len(await ctx.stores.approvals.history(req.id)) == 2


async def test_automatic_refresh_gets_a_card_and_nothing_else(
    teams: TeamsClient, ctx: AppContext, connector: FakeConnector
) -> None:
    decision = await _asked(teams, ctx, connector)
    posted, updated = len(connector.posted), len(connector.updates)
    ask = {"request_id": decision["request_id"], "view": "approver"}
    mine = card_of(await teams.click(ApprovalVerb.VIEW, ask, user=ALEX, trigger="automatic"))
    assert ApprovalVerb.APPROVE in verbs(mine)
    theirs = await teams.click(ApprovalVerb.VIEW, ask, user=STRANGER, trigger="automatic")
    assert theirs["value"] == UNKNOWN  # someone else's request: not even that it exists
    requester = card_of(
        await teams.click(ApprovalVerb.VIEW, {**ask, "view": "requester"}, user=NESTOR, trigger="automatic")
    )
    assert verbs(requester) == [ApprovalVerb.CANCEL]
    # A decision verb arriving as an automatic refresh is answered with the view, not acted on.
    sneaky = card_of(await teams.click(ApprovalVerb.APPROVE, decision, user=ALEX, trigger="automatic"))
    assert ApprovalVerb.APPROVE in verbs(sneaky)
    await settle(ctx)
    assert (len(connector.posted), len(connector.updates)) == (posted, updated)
    [req] = await ctx.stores.approvals.pending()
    assert req.state is ApprovalState.PENDING


async def test_open_as_an_automatic_refresh_only_redraws_and_posts_nothing(
    teams: TeamsClient, ctx: AppContext, connector: FakeConnector
) -> None:
    decision = await _asked(teams, ctx, connector)
    posted = len(connector.posted)
    ask = {"request_id": decision["request_id"], "view": "approver"}
    view = card_of(await teams.click(ApprovalVerb.VIEW, ask, user=ALEX, trigger="automatic"))
    opened = card_of(await teams.click(ApprovalVerb.OPEN, ask, user=ALEX, trigger="automatic"))
    assert opened == view
    theirs = await teams.click(ApprovalVerb.OPEN, ask, user=STRANGER, trigger="automatic")
    assert theirs["value"] == UNKNOWN
    [req] = await ctx.stores.approvals.pending()
    assert len(connector.posted) == posted
    assert [c.aad_object_id for c in await ctx.stores.approvals.copies(req.id)].count(ALEX.aad_object_id) == 1


@pytest.mark.parametrize(
    ("verb", "data", "expected"),
    [
        (ApprovalVerb.APPROVE, {"request_id": "999", "revision": 1}, "can't find that approval request"),
        (ApprovalVerb.APPROVE, {"revision": 1}, "doesn't say which request"),
        (ApprovalVerb.APPROVE, {"request_id": ["1"], "revision": 1}, "doesn't say which request"),
        (ApprovalVerb.CANCEL, {"request_id": "1' OR 1=1 --"}, "can't find that approval request"),
        (ApprovalVerb.VIEW, {"request_id": "0"}, "can't find that approval request"),
        (ApprovalVerb.SUBMIT, {"title": "No token"}, "can no longer be sent"),
        ("approval.nope", {"request_id": "1"}, "no longer in use"),
    ],
)
async def test_tampered_card_data_gets_a_clear_message(
    teams: TeamsClient,
    ctx: AppContext,
    connector: FakeConnector,
    verb: str,
    data: dict[str, Any],
    expected: str,
) -> None:
    await _asked(teams, ctx, connector)
    before = await ctx.stores.approvals.history("1")
    body = await teams.click(verb, data, user=ALEX)
    assert body["type"] == "application/vnd.microsoft.activity.message"
    assert expected in body["value"]
    assert await ctx.stores.approvals.history("1") == before


async def test_a_wrong_or_missing_revision_changes_nothing(
    teams: TeamsClient, ctx: AppContext, connector: FakeConnector
) -> None:
    decision = await _asked(teams, ctx, connector)
    for revision in ("abc", None, 7, True):
        body = card_of(await teams.click(ApprovalVerb.APPROVE, {**decision, "revision": revision}, user=ALEX))
        assert "read it again before deciding" in card_texts(body)
    [req] = await ctx.stores.approvals.pending()
    assert req.state is ApprovalState.PENDING


async def test_someone_without_a_role_cannot_request(teams: TeamsClient, connector: FakeConnector) -> None:
    await teams.say("request approval", user=STRANGER)
    assert "Only staff and trustees can" in connector.posted[-1].text
    token = await open_form(teams, connector)
    body = await teams.click(ApprovalVerb.SUBMIT, {**token, **FORM}, user=STRANGER)
    assert "Only staff and trustees can" in body["value"]


async def test_an_unreachable_ceo_is_reported_and_the_board_asked_at_once(
    teams: TeamsClient, ctx: AppContext, connector: FakeConnector
) -> None:
    connector.not_installed.add(ALEX.aad_object_id)  # Alex never opened a chat with the bot
    await request(teams, ctx, connector)
    told = [c.text for c in connector.posted_to(NESTOR.personal_chat) if c.text]
    assert any("Alex Wilber (CEO): Policy Steward is not installed for them" in t for t in told)
    assert any("offered it to the Board approvers: Megan Bowen" in t for t in told)
    created = [c for c in connector.of_kind("create")]
    assert len(created) == 2  # tried for Alex, then opened Megan's chat
    megan_chat = [c for c in connector.posted if c.conversation_id not in (NESTOR.personal_chat,)]
    assert any(c.card and ApprovalVerb.APPROVE in verbs(c.card) for c in megan_chat)
    assert any("has not decided in time" in card_texts(c.card) for c in megan_chat if c.card)
    [req] = await ctx.stores.approvals.pending()
    actions = [e.action for e in await ctx.stores.approvals.history(req.id)]
    assert actions == [AuditAction.SUBMITTED, AuditAction.NOT_REACHED, AuditAction.OFFERED_TO_BOARD]


async def test_a_refused_send_is_reported_with_its_reason(
    teams: TeamsClient, ctx: AppContext, connector: FakeConnector
) -> None:
    await teams.say("help", user=ALEX)
    connector.fail_next(
        403, lambda call: call.conversation_id == ALEX.personal_chat, code="ConversationBlockedByUser"
    )
    await request(teams, ctx, connector)
    told = [c.text for c in connector.posted_to(NESTOR.personal_chat) if c.text]
    assert any("couldn't send A-1" in t and "Alex Wilber (CEO)" in t and "not installed" in t for t in told)

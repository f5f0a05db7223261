"""The approval flow over HTTP, as Teams drives it: request, ask, decide, every copy updated."""

from __future__ import annotations

from bot.context import AppContext
from cards.verbs import ApprovalVerb
from graph.records.approvals import ApprovalState, AuditAction
from tests.approvals.flow import FORM, approver_cards, card_of, data_of, open_form, request, verbs
from tests.builders import ALEX, MEGAN, NESTOR, STRANGER, TeamsClient, card_texts, settle
from tests.fakes.connector import FakeConnector


async def test_request_is_approved_by_the_ceo_and_every_copy_changes(
    teams: TeamsClient, ctx: AppContext, connector: FakeConnector
) -> None:
    await teams.say("help", user=ALEX)  # Alex has a 1:1 chat with the bot
    mine = await request(teams, ctx, connector)
    assert "Sent for approval to Alex Wilber" in card_texts(mine)
    assert verbs(mine) == [ApprovalVerb.CANCEL]
    [asked] = approver_cards(connector, ALEX.personal_chat)
    assert "New family group in Ipswich" in card_texts(asked.card)
    assert asked.card is not None
    assert asked.card["refresh"]["userIds"]
    assert approver_cards(connector, MEGAN.personal_chat) == []  # the Board only at the fallback

    decision = data_of(asked.card, ApprovalVerb.APPROVE)
    refused = await teams.click(ApprovalVerb.APPROVE, decision, user=STRANGER)
    assert "Only the CEO or a Board approver can decide on requests" in refused["value"]  # not the request
    before = len(connector.updates)

    done = card_of(await teams.click(ApprovalVerb.APPROVE, {**decision, "comment": "Lovely"}, user=ALEX))
    assert "You approved this request" in card_texts(done)
    await settle(ctx)
    updated = {(c.conversation_id, c.activity_id) for c in connector.updates[before:]}
    assert {chat for chat, _ in updated} == {NESTOR.personal_chat, ALEX.personal_chat}  # form and card
    assert len(updated) == 2
    assert all("Approved by Alex Wilber" in card_texts(c.card) for c in connector.updates[before:])
    told = connector.posted_to(NESTOR.personal_chat)[-1].text
    assert "approved by Alex Wilber" in told
    assert "Lovely" in told
    [approved] = await ctx.stores.approvals.of_requester(NESTOR.aad_object_id)
    assert approved.state is ApprovalState.APPROVED
    history = [e.action for e in await ctx.stores.approvals.history(approved.id)]
    assert history == [AuditAction.SUBMITTED, AuditAction.APPROVED]


async def test_one_person_with_every_role_requests_and_approves(
    teams: TeamsClient, ctx: AppContext, connector: FakeConnector
) -> None:
    """The Playground walk-through: Alex (CEO and staff) asks, approves, and both cards change."""
    mine = await request(teams, ctx, connector, user=ALEX, kind="crisis")
    assert ApprovalVerb.CANCEL in verbs(mine)
    [asked] = approver_cards(connector, ALEX.personal_chat)
    assert asked.card is not None
    before = len(connector.updates)
    body = await teams.click(ApprovalVerb.APPROVE, data_of(asked.card, ApprovalVerb.APPROVE), user=ALEX)
    assert "You approved" in card_texts(card_of(body))
    await settle(ctx)
    changed = connector.updates[before:]
    assert len({c.activity_id for c in changed}) == 2
    assert all(c.conversation_id == ALEX.personal_chat for c in changed)
    assert all(verbs(c.card) == [] for c in changed)


async def test_submitting_the_same_form_twice_creates_one_request(
    teams: TeamsClient, ctx: AppContext, connector: FakeConnector
) -> None:
    await teams.say("help", user=ALEX)
    token = await open_form(teams, connector)
    first = await teams.click(ApprovalVerb.SUBMIT, {**token, **FORM}, user=NESTOR)
    again = await teams.click(ApprovalVerb.SUBMIT, {**token, **FORM}, user=NESTOR)
    await settle(ctx)
    assert "Sent for approval" in card_texts(card_of(first))
    assert "nothing new was sent" in card_texts(card_of(again))
    assert len(await ctx.stores.approvals.of_requester(NESTOR.aad_object_id)) == 1
    assert len(approver_cards(connector, ALEX.personal_chat)) == 1
    stolen = await teams.click(ApprovalVerb.SUBMIT, {**token, **FORM}, user=ALEX)
    assert "can no longer be sent" in stolen["value"]


async def test_mistakes_are_shown_on_the_form(teams: TeamsClient, connector: FakeConnector) -> None:
    token = await open_form(teams, connector)
    body = await teams.click(
        ApprovalVerb.SUBMIT, {**token, **FORM, "title": "", "publish_date": "2026-11-01"}, user=NESTOR
    )
    form = card_of(body)
    texts = card_texts(form)
    assert "Please fix 2 things below." in texts
    assert "Give the post a short title." in texts
    assert "already passed" in texts
    assert "We are opening a new group" in texts  # what was typed is kept
    assert data_of(form, ApprovalVerb.SUBMIT) == token


async def test_request_changes_then_resubmit_then_approve(
    teams: TeamsClient, ctx: AppContext, connector: FakeConnector
) -> None:
    await teams.say("help", user=ALEX)
    await request(teams, ctx, connector)
    [asked] = approver_cards(connector, ALEX.personal_chat)
    assert asked.card is not None
    decision = data_of(asked.card, ApprovalVerb.CHANGES)
    needs_comment = card_of(await teams.click(ApprovalVerb.CHANGES, decision, user=ALEX))
    assert "Add a comment" in card_texts(needs_comment)
    sent_back = await teams.click(ApprovalVerb.CHANGES, {**decision, "comment": "Say which day"}, user=ALEX)
    assert "You sent back this request" in card_texts(card_of(sent_back))
    await settle(ctx)
    assert "Say which day" in connector.posted_to(NESTOR.personal_chat)[-1].text
    requester_copy = [c for c in connector.updates if c.conversation_id == NESTOR.personal_chat][-1]
    edit = data_of(requester_copy.card, ApprovalVerb.EDIT)

    form = card_of(await teams.click(ApprovalVerb.EDIT, edit, user=NESTOR))
    assert "Edit and resubmit A-1" in card_texts(form)
    assert "Alex Wilber asked for changes: “Say which day”" in card_texts(form)  # what it answers
    again = data_of(form, ApprovalVerb.RESUBMIT)
    other = await teams.click(ApprovalVerb.RESUBMIT, {**again, **FORM}, user=MEGAN)
    assert "Only Nestor Wilke" in other["value"]
    text = "We are opening a new group for families on Tuesdays at 10am."
    resent = card_of(await teams.click(ApprovalVerb.RESUBMIT, {**again, **FORM, "text": text}, user=NESTOR))
    assert "Version 2 sent" in card_texts(resent)
    assert "Version 1: Changes requested by Alex Wilber" in card_texts(resent)  # history stays in view
    assert "Say which day" in card_texts(resent)
    await settle(ctx)
    assert "version 2" in connector.posted_to(ALEX.personal_chat)[-1].text

    stale = await teams.click(ApprovalVerb.APPROVE, decision, user=ALEX)  # the version-1 button data
    assert "now version 2" in card_texts(card_of(stale))
    current = {**decision, "revision": 2}
    assert "You approved" in card_texts(card_of(await teams.click(ApprovalVerb.APPROVE, current, user=ALEX)))
    [req] = await ctx.stores.approvals.of_requester(NESTOR.aad_object_id)
    assert [r.draft.text for r in await ctx.stores.approvals.revisions(req.id)] == [FORM["text"], text]
    assert [e.action for e in await ctx.stores.approvals.history(req.id)] == [
        AuditAction.SUBMITTED,
        AuditAction.CHANGES_REQUESTED,
        AuditAction.RESUBMITTED,
        AuditAction.APPROVED,
    ]


async def test_the_requester_can_cancel_while_pending(
    teams: TeamsClient, ctx: AppContext, connector: FakeConnector
) -> None:
    await teams.say("help", user=ALEX)
    mine = await request(teams, ctx, connector)
    cancel = data_of(mine, ApprovalVerb.CANCEL)
    refused = await teams.click(ApprovalVerb.CANCEL, cancel, user=MEGAN)
    assert "Only Nestor Wilke" in refused["value"]
    before = len(connector.updates)
    done = card_of(await teams.click(ApprovalVerb.CANCEL, cancel, user=NESTOR))
    assert "You cancelled this request" in card_texts(done)
    await settle(ctx)
    chats = {c.conversation_id for c in connector.updates[before:]}
    assert chats == {NESTOR.personal_chat, ALEX.personal_chat}
    [asked] = approver_cards(connector, ALEX.personal_chat)
    assert asked.card is not None
    decision = data_of(asked.card, ApprovalVerb.APPROVE)
    late = card_of(await teams.click(ApprovalVerb.APPROVE, decision, user=ALEX))
    assert "Nestor Wilke cancelled this request" in card_texts(late)
    assert await ctx.scheduler.pending("approval.remind") == []
    assert await ctx.scheduler.pending("approval.fallback") == []


async def test_lists_show_requests_and_what_waits(
    teams: TeamsClient, ctx: AppContext, connector: FakeConnector
) -> None:
    await teams.say("my requests", user=NESTOR)
    assert "not asked for any approvals yet" in card_texts(connector.posted[-1].card)
    await request(teams, ctx, connector)
    await teams.say("my requests", user=NESTOR)
    assert "A-1: New family group in Ipswich" in card_texts(connector.posted[-1].card)
    await teams.say("pending approvals", user=NESTOR)
    assert "Only the CEO or a Board approver" in connector.posted[-1].text
    await teams.say("pending approvals", user=MEGAN)
    listed = connector.posted[-1].card
    assert "Waiting for a decision" in card_texts(listed)
    opened = await teams.click(ApprovalVerb.OPEN, data_of(listed, ApprovalVerb.OPEN), user=MEGAN)
    assert opened["value"] == "Here is A-1."
    posted = connector.posted_to(MEGAN.personal_chat)[-1].card
    assert ApprovalVerb.APPROVE in verbs(posted)
    [req] = await ctx.stores.approvals.pending()
    assert any(c.aad_object_id == MEGAN.aad_object_id for c in await ctx.stores.approvals.copies(req.id))


async def test_the_submit_fallback_decides_like_the_universal_action(
    teams: TeamsClient, ctx: AppContext, connector: FakeConnector
) -> None:
    """Clients without Universal Actions send the Action.Submit fallback as a message."""
    await teams.say("help", user=ALEX)
    await request(teams, ctx, connector)
    [asked] = approver_cards(connector, ALEX.personal_chat)
    assert asked.card is not None
    status = await teams.submit(ApprovalVerb.APPROVE, data_of(asked.card, ApprovalVerb.APPROVE), user=ALEX)
    assert status == 201
    await settle(ctx)
    [req] = await ctx.stores.approvals.of_requester(NESTOR.aad_object_id)
    assert req.state is ApprovalState.APPROVED
    assert "approved by Alex Wilber" in connector.posted_to(NESTOR.personal_chat)[-1].text


async def test_lists_refresh_to_what_stands_now(
    teams: TeamsClient, ctx: AppContext, connector: FakeConnector
) -> None:
    await teams.say("help", user=ALEX)
    await request(teams, ctx, connector)
    await teams.say("my requests", user=NESTOR)
    listed = connector.posted[-1].card
    assert listed is not None
    assert listed["refresh"]["action"]["verb"] == ApprovalVerb.LIST_MINE
    assert "Waiting for a decision" in card_texts(listed)
    [asked] = approver_cards(connector, ALEX.personal_chat)
    assert asked.card is not None
    await teams.click(ApprovalVerb.APPROVE, data_of(asked.card, ApprovalVerb.APPROVE), user=ALEX)
    refreshed = await teams.click(ApprovalVerb.LIST_MINE, {}, user=NESTOR)
    assert "Approved" in card_texts(card_of(refreshed))
    assert "Waiting for a decision" not in card_texts(card_of(refreshed))
    await teams.say("pending approvals", user=ALEX)
    assert connector.posted[-1].card["refresh"]["action"]["verb"] == ApprovalVerb.LIST_PENDING  # type: ignore[index]
    assert "Nothing is waiting" in card_texts(
        card_of(await teams.click(ApprovalVerb.LIST_PENDING, {}, user=ALEX))
    )

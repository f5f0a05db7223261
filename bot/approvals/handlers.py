"""Approvals in Teams: the commands, the card buttons and the scheduled jobs, registered once."""

from __future__ import annotations

import uuid

from bot.approvals import jobs, rules, service
from bot.approvals.views import APPROVER, REQUESTER, card_for, form_choices, summarise, summary_of
from bot.context import AppContext
from bot.dispatch import roles_of
from bot.org import APPROVER_ROLES
from bot.router import ActionHandler, Router, view_only
from bot.turn import CardAction, CardReply, ChatKind, Turn
from cards.approvals import request_form, request_list
from cards.common import Card
from cards.verbs import ApprovalVerb
from graph.records.approvals import CardCopy, Outcome
from graph.records.people import Person


def register(router: Router) -> None:
    router.on_startup(service.recover)
    router.command(
        "request approval",
        request_approval,
        description="Ask the CEO or Board to sign off an announcement or crisis response",
        aliases=("new approval", "ask for approval", "approval request"),
        roles=rules.REQUESTER_ROLES,
        button="Request approval",
    )
    router.command(
        "my requests",
        my_requests,
        description="Your approval requests and where they stand",
        aliases=("my approvals",),
        roles=rules.REQUESTER_ROLES,
    )
    router.command(
        "pending approvals",
        pending_approvals,
        description="What waits for your sign-off",
        aliases=("approvals", "to approve"),
        roles=APPROVER_ROLES,
    )
    answers: dict[ApprovalVerb, ActionHandler] = {
        ApprovalVerb.SUBMIT: _on(service.submit),
        ApprovalVerb.RESUBMIT: _on(service.resubmit),
        ApprovalVerb.VIEW: _on(service.view),
        ApprovalVerb.CANCEL: _on(service.cancel),
        ApprovalVerb.EDIT: _on(service.edit),
        ApprovalVerb.APPROVE: _decide(Outcome.APPROVED),
        ApprovalVerb.REJECT: _decide(Outcome.REJECTED),
        ApprovalVerb.CHANGES: _decide(Outcome.CHANGES_REQUESTED),
        ApprovalVerb.OPEN: view_only(open_request, _view),  # a refresh posts no new card
    }
    # Filing needs a requester role (checked centrally). Deciding is checked by the approvals
    # service itself, so a non-approver is told who can decide on the card they pressed.
    filing = {ApprovalVerb.SUBMIT, ApprovalVerb.RESUBMIT}
    for verb, handler in answers.items():
        router.action(verb, handler, roles=rules.REQUESTER_ROLES if verb in filing else ())
    router.action(ApprovalVerb.LIST_MINE, refresh_mine, roles=rules.REQUESTER_ROLES)
    router.action(ApprovalVerb.LIST_PENDING, refresh_pending, roles=APPROVER_ROLES)
    router.job(service.SYNC, jobs.sync)
    router.job(service.REMIND, jobs.remind)
    router.job(service.FALLBACK, jobs.fallback)


def _on(answer: service.Answer) -> ActionHandler:
    async def handler(turn: Turn, ctx: AppContext, action: CardAction) -> CardReply:
        return await answer(ctx, turn.person, action)

    return view_only(handler, _view)  # refresh: the card only, no change


async def _view(turn: Turn, ctx: AppContext, action: CardAction) -> CardReply:
    return await service.view(ctx, turn.person, action)


def _decide(outcome: Outcome) -> ActionHandler:
    async def answer(ctx: AppContext, person: Person, action: CardAction) -> CardReply:
        return await service.decide(ctx, person, action, outcome)

    return _on(answer)


async def request_approval(turn: Turn, ctx: AppContext) -> None:
    token = uuid.uuid4().hex
    activity_id = await turn.send_card(request_form(form_choices(ctx.org), token=token))
    if activity_id and turn.chat_kind is ChatKind.PERSONAL:
        copy = CardCopy(turn.person.aad_object_id, turn.conversation_id, activity_id, REQUESTER)
        await ctx.stores.approvals.save_form(token, copy)


async def _mine(ctx: AppContext, person: Person) -> Card:
    found = await ctx.stores.approvals.of_requester(person.aad_object_id)
    rows = [summarise(r, ctx.org, scope=ctx.stores.card_scope) for r in found]
    empty = "You have not asked for any approvals yet. Type request approval to start one."
    return request_list(
        "Your approval requests", rows, empty=empty, open_as=REQUESTER, refresh_verb=ApprovalVerb.LIST_MINE
    )


async def _pending(ctx: AppContext) -> Card:
    scope = ctx.stores.card_scope
    rows = [summarise(r, ctx.org, scope=scope) for r in await ctx.stores.approvals.pending()]
    empty = "Nothing is waiting for a decision."
    return request_list(
        "Waiting for a decision", rows, empty=empty, open_as=APPROVER, refresh_verb=ApprovalVerb.LIST_PENDING
    )


async def my_requests(turn: Turn, ctx: AppContext) -> None:
    await turn.send_card(await _mine(ctx, turn.person))


async def pending_approvals(turn: Turn, ctx: AppContext) -> None:
    await turn.send_card(await _pending(ctx))


async def refresh_mine(turn: Turn, ctx: AppContext, action: CardAction) -> CardReply:
    return CardReply.show(await _mine(ctx, turn.person))


async def refresh_pending(turn: Turn, ctx: AppContext, action: CardAction) -> CardReply:
    return CardReply.show(await _pending(ctx))


async def open_request(turn: Turn, ctx: AppContext, action: CardAction) -> CardReply:
    """Post a request's card from a list, tracked like every other copy so it stays current."""
    found = await service.load(ctx, action, turn.person)  # only its requester and the approvers
    if isinstance(found, str):
        return CardReply.say(found)
    roles = roles_of(ctx, turn.person)
    is_requester = found.requester.aad_object_id == turn.person.aad_object_id
    wanted = action.data.get("view")
    may_approve = rules.may_decide(roles)
    audience = APPROVER if may_approve and (wanted == APPROVER or not is_requester) else REQUESTER
    summary = await summary_of(ctx, found)
    card = card_for(summary, found, viewer_aad=turn.person.aad_object_id, roles=roles, audience=audience)
    activity_id = await turn.send_card(card)
    if activity_id and turn.chat_kind is ChatKind.PERSONAL:
        copy = CardCopy(turn.person.aad_object_id, turn.conversation_id, activity_id, audience)
        await ctx.stores.approvals.add_copy(found.id, copy)
    return CardReply.say(f"Here is {found.reference}.")

"""Answering presses on approval cards: submit, decide, cancel, edit, resubmit, view.

Every answer is the card the presser should now see, or a short message when the card data
makes no sense (unknown request, someone else's request); nothing is changed in that case.
State changes go through one conditional ``save``; the slow work that follows (posting to
approvers, updating every copy, telling the requester) runs as durable scheduler jobs, so an
acknowledged request is never lost to a restart. See :mod:`bot.approvals.jobs`.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from bot.approvals import history, rules, states
from bot.approvals.views import APPROVER, REQUESTER, card_for, card_id, form_choices, local_id, summary_of
from bot.context import AppContext
from bot.dispatch import only_for, roles_of
from bot.org import APPROVER_ROLES
from bot.refusals import refusal
from bot.turn import CardAction, CardReply
from cards.approvals import approver_card, request_form
from graph.records.approvals import Actor, ApprovalRequest, ApprovalState, AuditAction, Outcome
from graph.records.people import Person

log = logging.getLogger(__name__)

Answer = Callable[[AppContext, Person, CardAction], Awaitable[CardReply]]

SYSTEM = Actor("policy-steward", "Policy Steward")
SYNC, REMIND, FALLBACK = "approval.sync", "approval.remind", "approval.fallback"
REQUEST_LIMIT = "approval.request"
MISSING = (
    "That card doesn't say which request it is for, so nothing was changed. "
    "Type my requests or pending approvals to find it."
)
ELSEWHERE = (
    "This card was sent by another Policy Steward installation, so nothing was changed here. "
    "Type my requests or pending approvals to find the request."
)
UNKNOWN = "I can't find that approval request, so nothing was changed. Type my requests to see yours."
EXPIRED_FORM = "This form can no longer be sent. Type request approval to start a new one."
BUSY = (
    "Someone else changed this request just now, so nothing was recorded. What you typed is kept: "
    "please try again in a moment."
)
_YOU = {Outcome.APPROVED: "approved", Outcome.REJECTED: "rejected", Outcome.CHANGES_REQUESTED: "sent back"}


def actor(person: Person) -> Actor:
    return Actor(person.aad_object_id, person.name or "Someone")


async def load(
    ctx: AppContext, action: CardAction, person: Person, *, hidden: str = UNKNOWN
) -> ApprovalRequest | str:
    """The request a card is about, or what to tell the person when the data is wrong.

    Request ids can be guessed, so a request the person may not see (:func:`rules.may_see`) and
    one that does not exist are both answered with ``hidden``, which says nothing about either.
    """
    carried = action.data.get("request_id")
    if not isinstance(carried, str) or not carried:
        return MISSING
    request_id = local_id(ctx, carried)
    if request_id is None:
        log.info("approval card from elsewhere", extra={"event": "refused", "reason": "other_installation"})
        return ELSEWHERE
    found = await ctx.stores.approvals.get(request_id)
    if found is None:
        return hidden
    if not rules.may_see(found.requester.aad_object_id, person.aad_object_id, roles_of(ctx, person)):
        log.info("approval hidden", extra={"event": "refused", "reason": "not_entitled"})
        return hidden
    return found


async def show(
    ctx: AppContext,
    request: ApprovalRequest,
    person: Person,
    *,
    audience: str,
    notice: str = "",
    comment: str = "",
) -> CardReply:
    summary = await summary_of(ctx, request)
    roles = roles_of(ctx, person)
    card = card_for(
        summary,
        request,
        viewer_aad=person.aad_object_id,
        roles=roles,
        audience=audience,
        notice=notice,
        comment=comment,
    )
    return CardReply.show(card)


def audience_of(action: CardAction, default: str) -> str:
    view = action.data.get("view")
    return view if view in (REQUESTER, APPROVER, "shared") else default


# --- requester ------------------------------------------------------------------------------


async def submit(ctx: AppContext, person: Person, action: CardAction) -> CardReply:
    roles = roles_of(ctx, person)
    if not rules.may_request(roles):
        return CardReply.say(only_for(ctx, rules.REQUESTER_ROLES, person))
    token = action.data.get("form_token")
    if not rules.valid_token(token):
        return CardReply.say(EXPIRED_FORM)
    assert isinstance(token, str)
    result = rules.validate_form(action.data, ctx.org.platforms, ctx.org.timezone, ctx.clock.now())
    if result.draft is None:
        form = request_form(form_choices(ctx.org), token=token, values=result.values, errors=result.errors)
        return CardReply.show(form)
    verdict = ctx.limits.check(REQUEST_LIMIT, person.aad_object_id)
    if not verdict.allowed:
        log.info("rate limited", extra={"event": "rate_limited", "reason": REQUEST_LIMIT})
        return CardReply.say(verdict.message)
    store = ctx.stores.approvals
    request, created = await store.create(token, actor(person), result.draft, ctx.clock.now())
    if created:
        ctx.limits.hit(REQUEST_LIMIT, person.aad_object_id)
    if request.requester.aad_object_id != person.aad_object_id:
        return CardReply.say(EXPIRED_FORM)
    if not created:
        if await never_asked(ctx, request):  # stored, then the process stopped before asking anyone
            await follow_up(ctx, request, "submitted")
            return await show(ctx, request, person, audience=REQUESTER, notice=sent_notice(ctx, request))
        notice = (
            f"Already sent on {rules.uk_time(request.created_at, ctx.org.timezone)}; nothing new was sent."
        )
        return await show(ctx, request, person, audience=REQUESTER, notice=notice)
    log.info("approval requested", extra={"event": "approval_requested", "reference": request.reference})
    form_copy = await store.form(token)
    if form_copy is not None and form_copy.aad_object_id == person.aad_object_id:
        await store.add_copy(request.id, form_copy)
    await follow_up(ctx, request, "submitted")
    return await show(ctx, request, person, audience=REQUESTER, notice=sent_notice(ctx, request))


async def never_asked(ctx: AppContext, request: ApprovalRequest) -> bool:
    """A first submission, unchanged since, with no approver asked, reported unreachable or queued.

    The request is committed before its follow-up work is queued, so a crash in between leaves
    exactly this; queueing it again is safe because every job has a key per occurrence.
    """
    if request.state is not ApprovalState.PENDING or request.revision != 1 or request.etag != "1":
        return False
    if await ctx.stores.jobs.get(f"{SYNC}:{request.id}:{request.etag}") is not None:
        return False
    store = ctx.stores.approvals
    if any(c.audience == APPROVER for c in await store.copies(request.id)):
        return False
    return not any(e.action is AuditAction.NOT_REACHED for e in await store.history(request.id))


async def recover(ctx: AppContext) -> None:
    """At start-up: ask the approvers of any request a crash left unasked."""
    for request in await ctx.stores.approvals.pending(limit=500):
        if await never_asked(ctx, request):
            log.warning(
                "approval follow-up recovered",
                extra={"event": "approval_recovered", "reference": request.reference},
            )
            await follow_up(ctx, request, "submitted")


def sent_notice(ctx: AppContext, request: ApprovalRequest) -> str:
    asked = rules.approvers(ctx.org, include_board=request.ceo_unavailable)
    names = ", ".join(m.name for m in asked) or "nobody (no approver is configured)"
    return f"Sent for approval to {names}. I'll message you when there is a decision."


async def cancel(ctx: AppContext, person: Person, action: CardAction) -> CardReply:
    found = await load(ctx, action, person)
    if isinstance(found, str):
        return CardReply.say(found)
    if found.requester.aad_object_id != person.aad_object_id:
        return CardReply.say(f"Only {found.requester.name}, who asked for {found.reference}, can cancel it.")
    if found.state not in (ApprovalState.PENDING, ApprovalState.CHANGES_REQUESTED):
        return await show(
            ctx, found, person, audience=REQUESTER, notice=states.already_done(found, ctx.org.timezone)
        )
    saved = await ctx.stores.approvals.save(*states.cancel(found, actor(person), ctx.clock.now()))
    if saved is None:
        return await _lost_race(ctx, await _latest(ctx, found), person, REQUESTER)
    await follow_up(ctx, saved, "cancelled", previous=found)
    return await show(ctx, saved, person, audience=REQUESTER, notice="You cancelled this request.")


async def edit(ctx: AppContext, person: Person, action: CardAction) -> CardReply:
    found = await load(ctx, action, person)
    if isinstance(found, str):
        return CardReply.say(found)
    if found.requester.aad_object_id != person.aad_object_id:
        return CardReply.say(f"Only {found.requester.name}, who asked for {found.reference}, can change it.")
    if found.state is not ApprovalState.CHANGES_REQUESTED:
        return await show(
            ctx, found, person, audience=REQUESTER, notice=states.already_done(found, ctx.org.timezone)
        )
    return CardReply.show(await _edit_form(ctx, found, rules.draft_values(found.draft, ctx.org.timezone)))


async def _edit_form(
    ctx: AppContext,
    request: ApprovalRequest,
    values: dict[str, str],
    errors: dict[str, str] | None = None,
    *,
    notice: str = "",
) -> dict[str, Any]:
    """The form to resubmit, above it every request for changes, the one being answered first."""
    asked = history.change_requests(await ctx.stores.approvals.history(request.id), ctx.org)
    return request_form(
        form_choices(ctx.org),
        token=request.form_token,
        values=values,
        errors=errors,
        request_id=card_id(ctx, request.id),
        reference=request.reference,
        revision=request.revision,
        answering=asked,
        notice=notice,
    )


async def resubmit(ctx: AppContext, person: Person, action: CardAction) -> CardReply:
    found = await load(ctx, action, person)
    if isinstance(found, str):
        return CardReply.say(found)
    if found.requester.aad_object_id != person.aad_object_id:
        return CardReply.say(f"Only {found.requester.name}, who asked for {found.reference}, can change it.")
    if found.state is not ApprovalState.CHANGES_REQUESTED or _revision(action) != found.revision:
        return await show(
            ctx, found, person, audience=REQUESTER, notice=states.already_done(found, ctx.org.timezone)
        )
    result = rules.validate_form(action.data, ctx.org.platforms, ctx.org.timezone, ctx.clock.now())
    if result.draft is None:
        return CardReply.show(await _edit_form(ctx, found, dict(result.values), dict(result.errors)))
    saved = await ctx.stores.approvals.save(
        *states.resubmit(found, result.draft, actor(person), ctx.clock.now())
    )
    if saved is None:
        latest = await _latest(ctx, found)
        if latest.state is ApprovalState.CHANGES_REQUESTED and latest.revision == found.revision:
            return CardReply.show(await _edit_form(ctx, latest, dict(result.values), notice=BUSY))
        return await _lost_race(ctx, latest, person, REQUESTER)
    await follow_up(ctx, saved, "resubmitted", previous=found)
    notice = f"Version {saved.revision} sent. " + sent_notice(ctx, saved)
    return await show(ctx, saved, person, audience=REQUESTER, notice=notice)


# --- approvers ------------------------------------------------------------------------------


async def decide(ctx: AppContext, person: Person, action: CardAction, outcome: Outcome) -> CardReply:
    roles = roles_of(ctx, person)
    not_approver = refusal(
        ctx.org, APPROVER_ROLES, roles, action="decide on requests", instead="nothing was changed"
    )
    # Someone who may not decide is told who can, whether or not the request exists.
    hidden = UNKNOWN if rules.may_decide(roles) else not_approver
    found = await load(ctx, action, person, hidden=hidden)
    if isinstance(found, str):
        return CardReply.say(found)
    if not rules.may_decide(roles_of(ctx, person)):
        log.info("approval refused", extra={"event": "refused", "reference": found.reference})
        notice = refusal(
            ctx.org,
            APPROVER_ROLES,
            roles_of(ctx, person),
            action="decide on requests",
            instead="nothing was changed, and they have this request on their own card",
        )
        return await show(ctx, found, person, audience="shared", notice=notice)
    if found.state is not ApprovalState.PENDING:
        return await show(
            ctx, found, person, audience=APPROVER, notice=states.already_done(found, ctx.org.timezone)
        )
    comment = action.text("comment", limit=2 * rules.COMMENT_MAX)  # a long one comes back whole
    if _revision(action) != found.revision:
        notice = (
            f"This request was changed (now version {found.revision}). Please read it again before deciding."
        )
        return await show(ctx, found, person, audience=APPROVER, notice=notice, comment=comment)
    problem = rules.check_comment(comment, required=outcome is not Outcome.APPROVED)
    if problem:
        return CardReply.show(approver_card(await summary_of(ctx, found), error=problem, comment=comment))
    saved = await ctx.stores.approvals.save(
        *states.decide(found, outcome, actor(person), comment, ctx.clock.now())
    )
    if saved is None:
        latest = await _latest(ctx, found)
        if latest.state is ApprovalState.PENDING and latest.revision == found.revision:
            return await show(ctx, latest, person, audience=APPROVER, notice=BUSY, comment=comment)
        return await _lost_race(ctx, latest, person, APPROVER)
    log.info("approval decided", extra={"event": "approval_decided", "reason": outcome.value})
    await follow_up(ctx, saved, "decided", previous=found)
    notice = f"You {_YOU[outcome]} this request. I've let {found.requester.name} know."
    return await show(ctx, saved, person, audience=APPROVER, notice=notice)


async def view(ctx: AppContext, person: Person, action: CardAction) -> CardReply:
    """A refresh (automatic or from the menu): this person's own view, nothing else."""
    found = await load(ctx, action, person)
    if isinstance(found, str):
        return CardReply.say(found)
    return await show(ctx, found, person, audience=audience_of(action, "shared"))


async def _latest(ctx: AppContext, request: ApprovalRequest) -> ApprovalRequest:
    """The request as stored now, after a save lost to someone else's write."""
    return await ctx.stores.approvals.get(request.id) or request


async def _lost_race(ctx: AppContext, latest: ApprovalRequest, person: Person, audience: str) -> CardReply:
    """Someone else wrote first: show ``latest`` (read once by the caller), record nothing."""
    return await show(
        ctx, latest, person, audience=audience, notice=states.already_done(latest, ctx.org.timezone)
    )


def _revision(action: CardAction) -> int | None:
    value = action.data.get("revision")
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    return int(value) if isinstance(value, str) and value.isdecimal() and len(value) < 6 else None


# --- what happens next ----------------------------------------------------------------------


async def follow_up(
    ctx: AppContext, request: ApprovalRequest, event: str, *, previous: ApprovalRequest | None = None
) -> None:
    """Queue the durable work after a change: one sync job per stored version, plus deadlines."""
    if previous is not None:
        for kind in (REMIND, FALLBACK):
            await ctx.scheduler.cancel(job_key(kind, previous))
    payload = {"request_id": request.id, "event": event}
    await ctx.scheduler.schedule(
        f"{SYNC}:{request.id}:{request.etag}", SYNC, ctx.clock.now(), payload, working_hours=False
    )
    if event in ("submitted", "resubmitted"):
        # From when the change was stored, not now: queueing again after a crash moves nothing.
        reminder, fallback = rules.deadlines(
            request.updated_at, request.draft.kind, ctx.org.approvals, ctx.org.working_hours, ctx.org.timezone
        )
        body = {"request_id": request.id, "revision": request.revision}
        await ctx.scheduler.schedule(job_key(REMIND, request), REMIND, reminder, body)
        if not request.ceo_unavailable:
            await ctx.scheduler.schedule(job_key(FALLBACK, request), FALLBACK, fallback, body)


def job_key(kind: str, request: ApprovalRequest) -> str:
    return f"{kind}:{request.id}:{request.revision}"

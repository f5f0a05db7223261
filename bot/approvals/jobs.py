"""The durable half of approvals: posting to approvers, updating every copy, reminders, the Board.

Each runs as a scheduler job with a key per occurrence (``approval.sync:<id>:<version>``,
``approval.remind:<id>:<revision>``), so after a restart due work still runs and work that
ran is never repeated. Someone Teams says cannot be reached (blocked or uninstalled the bot) is
recorded and reported to the requester instead of failing the job. When Teams itself is down or
throttling, the job fails and the scheduler retries it with backoff: nothing is recorded and
the Board is not asked early. A retry skips what already happened (approvers who hold a card,
reminders recorded as sent), so nobody gets a second copy.
"""

from __future__ import annotations

import logging

from bot.approvals import rules, states
from bot.approvals.service import FALLBACK, SYSTEM, follow_up, job_key
from bot.approvals.views import APPROVER, card_for, summary_of
from bot.context import AppContext
from bot.messaging import Delivered, Unreachable
from bot.org import Member, Role
from bot.recipients import NOT_SEEN, aad_of
from cards.approvals import RequestSummary
from cards.common import user_text
from graph.records.approvals import Actor, ApprovalRequest, ApprovalState, AuditAction, AuditEntry, CardCopy
from graph.records.jobs import Job

log = logging.getLogger(__name__)


async def _request(job: Job, ctx: AppContext) -> ApprovalRequest | None:
    request_id = job.payload.get("request_id")
    request = await ctx.stores.approvals.get(str(request_id)) if request_id else None
    if request is None:
        log.warning("approval job for an unknown request", extra={"event": "job_skipped", "reason": job.kind})
    return request


async def sync(job: Job, ctx: AppContext) -> None:
    """After a change: update every copy, ask who must be asked, tell the requester."""
    request = await _request(job, ctx)
    if request is None:
        return
    event = str(job.payload.get("event", ""))
    if event != "submitted":
        await update_copies(ctx, request)
    if event in ("submitted", "resubmitted", "offered") and request.state is ApprovalState.PENDING:
        await ask(ctx, request, revised=event == "resubmitted")
    if event == "decided":
        await tell_requester(ctx, request, states.outcome_message(request, ctx.org.timezone))
    if event == "offered":
        board = ", ".join(m.name for m in ctx.org.holders(Role.BOARD))
        await tell_requester(
            ctx,
            request,
            f"The {ctx.org.title(Role.CEO)} has not decided on {request.reference} "
            f"“{user_text(request.draft.title)}” yet, so I've offered it to the Board approvers: {board}.",
        )


async def update_copies(ctx: AppContext, request: ApprovalRequest) -> None:
    summary = await summary_of(ctx, request)
    for copy in await ctx.stores.approvals.copies(request.id):
        roles = ctx.org.roles_of(copy.aad_object_id)
        card = card_for(summary, request, viewer_aad=copy.aad_object_id, roles=roles, audience=copy.audience)
        delivered = Delivered(copy.aad_object_id, copy.conversation_id, copy.activity_id)
        try:
            await ctx.messenger.update_card(delivered, card)
        except Unreachable:
            log.warning(
                "approval card not updated", extra={"event": "update_failed", "reference": request.reference}
            )


async def ask(ctx: AppContext, request: ApprovalRequest, *, revised: bool) -> None:
    """Post the approval card to each approver who has none yet; nudge the others on a revision."""
    store = ctx.stores.approvals
    have = {c.aad_object_id for c in await store.copies(request.id) if c.audience == APPROVER}
    missed = {
        e.actor.name
        for e in await store.history(request.id)
        if e.action is AuditAction.NOT_REACHED and e.revision == request.revision
    }
    summary = await summary_of(ctx, request)
    failed: list[str] = []
    reached_ceo = False
    for member in rules.approvers(ctx.org, include_board=request.ceo_unavailable):
        if member.name in missed:
            continue  # already reported for this version; asking again would only repeat that
        reason = await _ask_one(ctx, request, summary, member, have, revised=revised)
        if reason is None:
            reached_ceo = reached_ceo or Role.CEO in member.roles
            continue
        title = ", ".join(ctx.org.title(r) for r in (Role.CEO, Role.BOARD) if r in member.roles)
        failed.append(f"{member.name} ({title}): {reason}")
        await store.record(
            AuditEntry(
                request.id,
                ctx.clock.now(),
                Actor(member.aad_object_id, member.name),  # who could not be reached
                AuditAction.NOT_REACHED,
                reason,
                request.revision,
            )
        )
    if failed:
        lines = "\n\n".join(f"- {line}" for line in failed)
        await tell_requester(
            ctx, request, f"I couldn't send {request.reference} to everyone who decides:\n\n{lines}"
        )
    if not reached_ceo and not request.ceo_unavailable and ctx.org.holders(Role.BOARD):
        # Nobody holding the CEO role can be reached: go to the Board now, not after the deadline.
        body = {"request_id": request.id, "revision": request.revision}
        await ctx.scheduler.schedule(
            job_key(FALLBACK, request), FALLBACK, ctx.clock.now(), body, working_hours=False
        )


async def _ask_one(
    ctx: AppContext,
    request: ApprovalRequest,
    summary: RequestSummary,
    member: Member,
    have: set[str],
    *,
    revised: bool,
) -> str | None:
    """Returns why ``member`` could not be reached, or None."""
    aad = await aad_of(ctx, member)
    if not aad:
        return NOT_SEEN
    try:
        if aad in have:
            if revised:
                await ctx.messenger.send_text(aad, _revised_text(request))
            return None
        card = card_for(summary, request, viewer_aad=aad, roles=member.roles, audience=APPROVER)
        delivered = await ctx.messenger.send_card(aad, card)
    except Unreachable as exc:
        return exc.reason
    await ctx.stores.approvals.add_copy(
        request.id, CardCopy(aad, delivered.conversation_id, delivered.activity_id, APPROVER)
    )
    return None


def _revised_text(request: ApprovalRequest) -> str:
    return (
        f"{user_text(request.requester.name)} sent version {request.revision} of {request.reference} "
        f"“{user_text(request.draft.title)}”. The approval card above now shows it."
    )


async def tell_requester(ctx: AppContext, request: ApprovalRequest, message: str) -> None:
    if not message:
        return
    try:
        await ctx.messenger.send_text(request.requester.aad_object_id, message)
    except Unreachable:
        log.warning("requester not told", extra={"event": "send_failed", "reference": request.reference})


async def remind(job: Job, ctx: AppContext) -> None:
    """One reminder per revision to everyone holding an approver card, never twice.

    Each approver's reminder is recorded once it was sent: a Teams outage leaves the job to be
    retried (only those not reminded yet are sent to), and the audit never claims a reminder
    that did not go out. A crash between sending and recording can repeat one reminder.
    """
    request = await _request(job, ctx)
    if request is None or not _still_waiting(job, request):
        return
    store = ctx.stores.approvals
    reminded = {
        e.actor.aad_object_id
        for e in await store.history(request.id)
        if e.action is AuditAction.REMINDED and e.revision == request.revision
    }
    text = (
        f"⏰ Reminder: {request.reference} “{user_text(request.draft.title)}” from "
        f"{user_text(request.requester.name)} is waiting for your decision (sent "
        f"{rules.uk_time(request.created_at, ctx.org.timezone)}). "
        "Use the card above, or type pending approvals."
    )
    owners = {c.aad_object_id for c in await store.copies(request.id) if c.audience == APPROVER}
    for aad in sorted(owners - reminded):
        try:
            await ctx.messenger.send_text(aad, text)
        except Unreachable:
            log.warning("reminder not sent", extra={"event": "send_failed", "reference": request.reference})
            continue
        member = ctx.org.member(aad_object_id=aad)
        who = Actor(aad, member.name if member else "")
        await store.record(
            AuditEntry(request.id, ctx.clock.now(), who, AuditAction.REMINDED, "", request.revision)
        )


async def fallback(job: Job, ctx: AppContext) -> None:
    """The CEO has not decided in time: offer the request to the Board approvers as well."""
    request = await _request(job, ctx)
    if request is None or not _still_waiting(job, request) or request.ceo_unavailable:
        return
    if not ctx.org.holders(Role.BOARD):
        log.warning("no Board approver configured", extra={"event": "fallback_skipped"})
        return
    saved = await ctx.stores.approvals.save(*states.offer_to_board(request, SYSTEM, ctx.clock.now()))
    if saved is not None:  # None: a decision arrived at the same moment, which wins
        await follow_up(ctx, saved, "offered")


def _still_waiting(job: Job, request: ApprovalRequest) -> bool:
    return request.state is ApprovalState.PENDING and job.payload.get("revision") == request.revision

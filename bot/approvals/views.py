"""Which card each person sees for a request: approvers can decide, the requester can cancel or
edit, everyone else reads. One function decides it for the invoke answer, the automatic refresh
and the in-place update of every copy, so no path can show someone buttons they may not use.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from bot.approvals import history, rules
from bot.approvals.states import STATE_TITLES
from bot.context import AppContext
from bot.org import OrgConfig, Role
from cards.approval_history import HistoryEntry
from cards.approvals import FormChoices, RequestSummary, approver_card, status_card
from cards.common import Card
from graph.records.approvals import ApprovalRequest, ApprovalState, Outcome

REQUESTER, APPROVER, SHARED = "requester", "approver", "shared"
_DECIDED = {
    Outcome.APPROVED: "Approved",
    Outcome.REJECTED: "Rejected",
    Outcome.CHANGES_REQUESTED: "Changes requested",
}


def form_choices(org: OrgConfig) -> FormChoices:
    return FormChoices(
        kinds=rules.KINDS,
        platforms=[(p.name, p.key) for p in org.platforms],
        urgencies=rules.URGENCIES,
        non_digital=rules.NON_DIGITAL,
    )


def card_id(ctx: AppContext, request_id: str) -> str:
    """The id a card carries: this database's id and the request's number, so a card pressed
    where another installation answers can never name one of its requests."""
    return f"{ctx.stores.card_scope}.{request_id}"


def local_id(ctx: AppContext, carried: str) -> str | None:
    """The request number in a card's id; None if the card came from another installation.
    Cards sent before ids were scoped carry the bare number, which is taken as ours."""
    scope, dot, number = carried.rpartition(".")
    if not dot:
        return carried
    return number if scope == ctx.stores.card_scope else None


def summarise(
    request: ApprovalRequest,
    org: OrgConfig,
    refresh_ids: tuple[str, ...] = (),
    *,
    scope: str = "",
    trail: tuple[HistoryEntry, ...] = (),
    revised_at: datetime | None = None,
) -> RequestSummary:
    draft, tz = request.draft, org.timezone
    names = {p.key: p.name for p in org.platforms}
    platforms = [names.get(key, key) for key in draft.platforms]
    decision = request.decision
    decided = ""
    if decision is not None and request.state is not ApprovalState.PENDING:
        decided = f"{_DECIDED[decision.outcome]} by {decision.by.name} on {rules.uk_time(decision.at, tz)}"
    elif decision is not None:  # resubmitted: the comment it answers stays in view on every copy
        when = rules.uk_time(decision.at, tz)
        decided = f"Version {decision.revision}: {_DECIDED[decision.outcome]} by {decision.by.name} on {when}"
    comment = decision.comment if decision is not None else ""
    if request.state is ApprovalState.CANCELLED:
        decided = f"Cancelled by {request.requester.name} on {rules.uk_time(request.updated_at, tz)}"
        comment = ""  # an earlier decision's comment is in the history, not under the cancellation
    note = ""
    if request.ceo_unavailable and request.state is ApprovalState.PENDING:
        note = f"The {org.title(Role.CEO)} has not decided in time, so the Board approvers were asked too."
    return RequestSummary(
        request_id=f"{scope}.{request.id}" if scope else request.id,
        reference=request.reference,
        revision=request.revision,
        state=request.state.value,
        state_title=STATE_TITLES[request.state],
        kind_title=dict((v, t) for t, v in rules.KINDS).get(draft.kind, draft.kind),
        title=draft.title,
        requester=request.requester.name,
        submitted=rules.uk_time(request.created_at, tz),
        platforms=", ".join(platforms),
        text=draft.text,
        links=tuple(draft.links.split()),
        publish=f"{rules.uk_time(draft.publish_at, tz)} (UK time)"
        if draft.publish_at
        else "As soon as approved",
        urgency=dict((v, t) for t, v in rules.URGENCIES).get(draft.urgency, draft.urgency),
        non_digital=dict((v, t) for t, v in rules.NON_DIGITAL).get(draft.non_digital, draft.non_digital),
        non_digital_missing=draft.non_digital == "not_yet" and not request.state.final,
        decision=decided,
        comment=comment,
        note=note,
        refresh_ids=refresh_ids,
        history=trail,
        revised=rules.uk_time(revised_at, tz) if revised_at else "",
    )


async def refresh_ids(ctx: AppContext, request: ApprovalRequest) -> tuple[str, ...]:
    """Teams ids of everyone who should get their own view: requester, approvers, card holders."""
    aad_ids = [request.requester.aad_object_id]
    aad_ids += [m.aad_object_id for m in rules.approvers(ctx.org, include_board=True) if m.aad_object_id]
    aad_ids += [c.aad_object_id for c in await ctx.stores.approvals.copies(request.id)]
    found: list[str] = []
    for aad in dict.fromkeys(aad_ids):
        person = await ctx.stores.people.get(aad)
        if person is not None and person.teams_id:
            found.append(person.teams_id)
    return tuple(found)


async def summary_of(ctx: AppContext, request: ApprovalRequest) -> RequestSummary:
    """What every copy of the card shows, history included (from the store's audit trail)."""
    store = ctx.stores.approvals
    revisions = await store.revisions(request.id)
    trail = history.history(request, await store.history(request.id), revisions, ctx.org)
    ids = await refresh_ids(ctx, request)
    revised_at = revisions[-1].at if revisions and revisions[-1].number > 1 else None
    scope = ctx.stores.card_scope
    return summarise(request, ctx.org, ids, scope=scope, trail=trail, revised_at=revised_at)


def card_for(
    summary: RequestSummary,
    request: ApprovalRequest,
    *,
    viewer_aad: str,
    roles: frozenset[Role],
    audience: str,
    notice: str = "",
    comment: str = "",
) -> Card:
    """The card ``viewer_aad`` should see on a copy meant for ``audience`` (an approver's with
    ``comment`` as typed).

    Someone who is both requester and approver (the demo's Alex) sees the requester's view on
    the requester's copy and can decide on the approver's copy.
    """
    summary = replace(summary, view=audience)
    pending = request.state is ApprovalState.PENDING
    is_requester = viewer_aad == request.requester.aad_object_id
    if pending and rules.may_decide(roles) and (audience != REQUESTER or not is_requester):
        return approver_card(summary, notice=notice, comment=comment)
    if is_requester and audience != APPROVER:
        return status_card(
            summary,
            notice=notice,
            can_cancel=pending or request.state is ApprovalState.CHANGES_REQUESTED,
            can_edit=request.state is ApprovalState.CHANGES_REQUESTED,
        )
    return status_card(summary, notice=notice)

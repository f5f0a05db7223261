"""How a request moves between states, and how its state is put into words.

Each transition is a pure function returning the new request and the audit entry that
explains it; the service writes both with one conditional ``save``.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo

from bot.approvals.rules import uk_time
from cards.common import user_text
from graph.records.approvals import (
    Actor,
    ApprovalRequest,
    ApprovalState,
    AuditAction,
    AuditEntry,
    Decision,
    Draft,
    Outcome,
)

Change = tuple[ApprovalRequest, AuditEntry]

_OUTCOME_STATE = {
    Outcome.APPROVED: ApprovalState.APPROVED,
    Outcome.REJECTED: ApprovalState.REJECTED,
    Outcome.CHANGES_REQUESTED: ApprovalState.CHANGES_REQUESTED,
}
_OUTCOME_AUDIT = {
    Outcome.APPROVED: AuditAction.APPROVED,
    Outcome.REJECTED: AuditAction.REJECTED,
    Outcome.CHANGES_REQUESTED: AuditAction.CHANGES_REQUESTED,
}
STATE_TITLES = {
    ApprovalState.PENDING: "Waiting for a decision",
    ApprovalState.CHANGES_REQUESTED: "Changes requested",
    ApprovalState.APPROVED: "Approved",
    ApprovalState.REJECTED: "Rejected",
    ApprovalState.CANCELLED: "Cancelled",
}
_PAST = {
    Outcome.APPROVED: "approved",
    Outcome.REJECTED: "rejected",
    Outcome.CHANGES_REQUESTED: "sent back for changes",
}


def decide(request: ApprovalRequest, outcome: Outcome, by: Actor, comment: str, at: datetime) -> Change:
    decision = Decision(outcome, by, at, comment, request.revision)
    new = replace(request, state=_OUTCOME_STATE[outcome], decision=decision, updated_at=at)
    return new, AuditEntry(request.id, at, by, _OUTCOME_AUDIT[outcome], comment, request.revision)


def cancel(request: ApprovalRequest, by: Actor, at: datetime) -> Change:
    new = replace(request, state=ApprovalState.CANCELLED, updated_at=at)
    return new, AuditEntry(request.id, at, by, AuditAction.CANCELLED, "", request.revision)


def resubmit(request: ApprovalRequest, draft: Draft, by: Actor, at: datetime) -> Change:
    revision = request.revision + 1
    new = replace(request, state=ApprovalState.PENDING, draft=draft, revision=revision, updated_at=at)
    return new, AuditEntry(request.id, at, by, AuditAction.RESUBMITTED, "", revision)


def offer_to_board(request: ApprovalRequest, system: Actor, at: datetime) -> Change:
    new = replace(request, ceo_unavailable=True, updated_at=at)
    entry = AuditEntry(
        request.id, at, system, AuditAction.OFFERED_TO_BOARD, "CEO unavailable", request.revision
    )
    return new, entry


def already_done(request: ApprovalRequest, tz: ZoneInfo) -> str:
    """What someone clicking a card that has moved on is told; nothing is recorded."""
    decision = request.decision
    if request.state is ApprovalState.CANCELLED:
        return f"{request.requester.name} cancelled this request on {uk_time(request.updated_at, tz)}."
    if decision is not None and request.state is not ApprovalState.PENDING:
        return f"Already {_PAST[decision.outcome]} by {decision.by.name} on {uk_time(decision.at, tz)}."
    return "This request has changed since this card was sent."


def outcome_message(request: ApprovalRequest, tz: ZoneInfo) -> str:
    """The 1:1 message the requester gets when an approver decides."""
    decision = request.decision
    if decision is None:
        return ""
    icon = {Outcome.APPROVED: "✅", Outcome.REJECTED: "⛔", Outcome.CHANGES_REQUESTED: "✏️"}[decision.outcome]
    what = f"{icon} {request.reference} “{user_text(request.draft.title)}” was {_PAST[decision.outcome]}"
    lines = [f"{what} by {user_text(decision.by.name)} on {uk_time(decision.at, tz)}."]
    if decision.comment:
        lines.append(f"Comment: {user_text(decision.comment)}")
    if decision.outcome is Outcome.CHANGES_REQUESTED:
        lines.append("Open the request card above, choose Edit and resubmit, and send the new version.")
    if decision.outcome is Outcome.APPROVED and request.draft.non_digital == "not_yet":
        lines.append("Remember to arrange the non-digital version (print or phone) before publishing.")
    return "\n\n".join(lines)

"""A request's audit trail put into words for its cards: the history and the comments answered.

Built from what the store already keeps and never edits (``history`` and ``revisions``), so
every copy of a card, the automatic refresh and the edit form tell the same story. Reminders
and people not reached are left out: they say nothing about the request itself, and the
requester is told about them in their own messages.

Earlier drafts are not repeated on the card; each resubmission says which fields changed
("Changed since version 1: draft text."). A draft can be 4,000 characters, so a few versions in
full would pass the size Teams accepts for a card; the full text of every version stays in the
approvals record.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.approvals.rules import uk_time
from bot.org import OrgConfig, Role
from cards.approval_history import ChangeRequest, HistoryEntry
from graph.records.approvals import ApprovalRequest, ApprovalState, AuditAction, AuditEntry, Draft, Revision

_WHAT = {
    AuditAction.SUBMITTED: "sent",
    AuditAction.RESUBMITTED: "sent",
    AuditAction.APPROVED: "approved",
    AuditAction.REJECTED: "rejected",
    AuditAction.CHANGES_REQUESTED: "changes requested",
    AuditAction.CANCELLED: "cancelled",
}
_FIELDS = (
    ("kind", "kind"),
    ("title", "title"),
    ("platforms", "platforms"),
    ("text", "draft text"),
    ("links", "links"),
    ("publish_at", "publish time"),
    ("urgency", "urgency"),
    ("non_digital", "non-digital version"),
)
_DECISIONS = (AuditAction.APPROVED, AuditAction.REJECTED, AuditAction.CHANGES_REQUESTED)
# Sent once and decided once: the banner and "Sent" already say it all.
MIN_ENTRIES = 3


def changed_fields(before: Draft, after: Draft) -> str:
    names = [name for field, name in _FIELDS if getattr(before, field) != getattr(after, field)]
    return ", ".join(names)


def _banner_shows(request: ApprovalRequest, entry: AuditEntry) -> bool:
    """Whether the card's banner already shows this entry's comment (the latest decision's)."""
    decision = request.decision
    if decision is None or request.state is ApprovalState.CANCELLED:
        return False
    return (
        entry.action in _DECISIONS
        and entry.action.value == decision.outcome.value
        and entry.revision == decision.revision
        and entry.at == decision.at
    )


def history(
    request: ApprovalRequest, trail: Sequence[AuditEntry], revisions: Sequence[Revision], org: OrgConfig
) -> tuple[HistoryEntry, ...]:
    """Each version and what was decided on it, newest first; empty when the card says it all."""
    drafts = {r.number: r.draft for r in revisions}
    found: list[HistoryEntry] = []
    for entry in trail:
        when = uk_time(entry.at, org.timezone)
        if entry.action is AuditAction.OFFERED_TO_BOARD:
            offered = f"offered to the Board approvers (the {org.title(Role.CEO)} had not decided)"
            found.append(HistoryEntry(entry.revision, offered, "", when))
            continue
        what = _WHAT.get(entry.action)
        if what is None:  # reminders and people not reached
            continue
        changed = ""
        if entry.action is AuditAction.RESUBMITTED:
            before, after = drafts.get(entry.revision - 1), drafts.get(entry.revision)
            if before is not None and after is not None:
                fields = changed_fields(before, after)
                since = f"since version {entry.revision - 1}"
                changed = f"Changed {since}: {fields}." if fields else f"Nothing changed {since}."
        comment = "" if _banner_shows(request, entry) else entry.comment
        found.append(HistoryEntry(entry.revision, what, entry.actor.name, when, comment, changed))
    if len(found) < MIN_ENTRIES:
        return ()
    return tuple(reversed(found))


def change_requests(trail: Sequence[AuditEntry], org: OrgConfig) -> tuple[ChangeRequest, ...]:
    """Every request for changes, newest (the one being answered) first."""
    asked = [
        ChangeRequest(e.revision, e.actor.name, uk_time(e.at, org.timezone), e.comment)
        for e in trail
        if e.action is AuditAction.CHANGES_REQUESTED
    ]
    return tuple(reversed(asked))

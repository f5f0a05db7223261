"""Approval cards in every state: the form, the approver's card, each outcome, and the lists."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

from bot.approvals import history, rules, states
from bot.approvals.views import APPROVER, REQUESTER, SHARED, card_for, form_choices, summarise
from bot.config import DEFAULT_ORG_FILE
from bot.org import OrgConfig, Role
from bot.org_file import load_org_config
from cards.approval_history import HistoryEntry
from cards.approvals import request_form, request_list
from graph.records.approvals import (
    Actor,
    ApprovalRequest,
    ApprovalState,
    AuditAction,
    AuditEntry,
    Draft,
    Outcome,
    Revision,
)

AT = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)
NESTOR = Actor("00000000-0000-4000-8000-000000000003", "Nestor Wilke")
ALEX = Actor("00000000-0000-4000-8000-000000000001", "Alex Wilber")
LEE = Actor("00000000-0000-4000-8000-000000000004", "Lee Gu")
IDS = ("29:nestor.wilke", "29:alex.wilber", "29:megan.bowen")
TOKEN = "0f3c2d1e9a8b4c7d"
REQUEST = ApprovalRequest(
    id="7",
    form_token=TOKEN,
    requester=NESTOR,
    state=ApprovalState.PENDING,
    draft=Draft(
        kind="announcement",
        title="New family group in Ipswich",
        platforms=("facebook", "website"),
        text="We are opening a new group for families on Tuesdays.\n\nCome and say hello!",
        links="https://example.org/news",
        publish_at=AT + timedelta(days=2),
        urgency="normal",
        non_digital="yes",
    ),
    revision=1,
    created_at=AT,
    updated_at=AT,
    etag="1",
)
CEO = frozenset({Role.CEO, Role.STAFF})
SENT = "Sent for approval to Alex Wilber. I'll message you when there is a decision."


def _view(
    org: OrgConfig,
    request: ApprovalRequest,
    viewer: Actor,
    roles: frozenset[Role],
    audience: str,
    notice: str = "",
    trail: tuple[HistoryEntry, ...] = (),
    revised_at: datetime | None = None,
) -> dict[str, Any]:
    summary = summarise(request, org, IDS, trail=trail, revised_at=revised_at)
    return card_for(
        summary, request, viewer_aad=viewer.aad_object_id, roles=roles, audience=audience, notice=notice
    )


def _decided(outcome: Outcome, comment: str) -> ApprovalRequest:
    return states.decide(REQUEST, outcome, ALEX, comment, AT + timedelta(hours=1))[0]


class Story:
    """A request going back and forth, kept as the store keeps it: audit trail and revisions."""

    def __init__(self) -> None:
        self.request = REQUEST
        self.trail = [AuditEntry(REQUEST.id, AT, NESTOR, AuditAction.SUBMITTED, "", 1)]
        self.revisions = [Revision(1, REQUEST.draft, NESTOR, AT)]
        self.at = AT

    def decide(self, outcome: Outcome, comment: str) -> Story:
        self.at += timedelta(hours=1)
        self.request, entry = states.decide(self.request, outcome, ALEX, comment, self.at)
        self.trail.append(entry)
        return self

    def resubmit(self, **changes: Any) -> Story:
        self.at += timedelta(hours=1)
        draft = replace(self.request.draft, **changes)
        self.request, entry = states.resubmit(self.request, draft, NESTOR, self.at)
        self.trail.append(entry)
        self.revisions.append(Revision(self.request.revision, draft, NESTOR, self.at))
        return self

    def entries(self, org: OrgConfig) -> tuple[HistoryEntry, ...]:
        return history.history(self.request, self.trail, self.revisions, org)

    def view(self, org: OrgConfig, viewer: Actor, roles: frozenset[Role], audience: str) -> dict[str, Any]:
        """The card as :func:`bot.approvals.views.summary_of` would give it for this story."""
        revised_at = self.revisions[-1].at if len(self.revisions) > 1 else None
        return _view(
            org, self.request, viewer, roles, audience, trail=self.entries(org), revised_at=revised_at
        )


def _two_rounds() -> Story:
    return (
        Story()
        .decide(Outcome.CHANGES_REQUESTED, "Please say which day.")
        .resubmit(text="We are opening a new group for families on Tuesdays at 10am.")
        .decide(Outcome.CHANGES_REQUESTED, "Thanks. Say where it meets, too.")
        .resubmit(
            title="New family group in Ipswich library",
            text="We are opening a new group for families on Tuesdays at 10am, in Ipswich library.",
        )
    )


def _history_examples(org: OrgConfig) -> list[tuple[str, dict[str, Any]]]:
    pending = _two_rounds()
    approved = Story().decide(Outcome.CHANGES_REQUESTED, "Please say which day.")
    approved = approved.resubmit(text="We are opening a new group on Tuesdays.").decide(
        Outcome.APPROVED, "Lovely, go ahead."
    )
    answered = (
        Story()
        .decide(Outcome.CHANGES_REQUESTED, "Please say which day.")
        .resubmit(text="We are opening a new group for families on Tuesdays at 10am.")
    )
    answered = answered.decide(Outcome.CHANGES_REQUESTED, "Thanks. Say where it meets, too.")
    return [
        (
            "form-resubmit-second-changes",
            request_form(
                form_choices(org),
                token=TOKEN,
                values=rules.draft_values(answered.request.draft, org.timezone),
                request_id="7",
                reference="A-7",
                revision=answered.request.revision,
                answering=history.change_requests(answered.trail, org),
            ),
        ),
        (
            "approver-version-3-history",
            pending.view(org, ALEX, CEO, APPROVER),
        ),
        (
            "requester-approved-after-changes",
            approved.view(org, NESTOR, frozenset({Role.STAFF}), REQUESTER),
        ),
    ]


def examples() -> list[tuple[str, dict[str, Any]]]:
    org = load_org_config(DEFAULT_ORG_FILE)
    choices = form_choices(org)
    changes = _decided(Outcome.CHANGES_REQUESTED, "Please say which day.")
    revised = replace(REQUEST, revision=2, ceo_unavailable=True)
    not_yet = replace(REQUEST, draft=replace(REQUEST.draft, non_digital="not_yet", publish_at=None))
    typed = replace(REQUEST, draft=replace(REQUEST.draft, title="New family group in *Ipswich* <b>"))
    cancelled = states.cancel(REQUEST, NESTOR, AT + timedelta(minutes=5))[0]
    errors = {"title": "Give the post a short title.", "publish_date": "That time has already passed."}
    form_errors_values = {
        "kind": "crisis",
        "text": "Our page was hacked overnight; please ignore any posts from yesterday evening.",
        "publish_date": "2026-11-30",
        "publish_time": "09:00",
    }
    rows = [summarise(r, org) for r in (REQUEST, changes, cancelled)]
    return [
        ("form", request_form(choices, token=TOKEN)),
        (
            "form-errors",
            request_form(choices, token=TOKEN, values=form_errors_values, errors=errors),
        ),
        (
            "form-resubmit",
            request_form(
                choices, token=TOKEN, values={"title": "Edited"}, request_id="7", reference="A-7", revision=1
            ),
        ),
        ("approver", _view(org, REQUEST, ALEX, CEO, APPROVER)),
        ("approver-revised-board", _view(org, revised, ALEX, frozenset({Role.BOARD}), APPROVER)),
        ("approver-typed-markup", _view(org, typed, ALEX, CEO, APPROVER)),
        ("approver-no-digital-version", _view(org, not_yet, ALEX, CEO, APPROVER)),
        ("requester-pending", _view(org, REQUEST, NESTOR, frozenset({Role.STAFF}), REQUESTER, SENT)),
        ("requester-changes", _view(org, changes, NESTOR, frozenset({Role.STAFF}), REQUESTER)),
        (
            "not-an-approver",
            _view(
                org,
                REQUEST,
                LEE,
                frozenset({Role.VOLUNTEER}),
                SHARED,
                "Only the CEO or a Board approver can decide on requests; nothing was changed.",
            ),
        ),
        ("approved", _view(org, _decided(Outcome.APPROVED, "Lovely, go ahead."), ALEX, CEO, APPROVER)),
        ("rejected", _view(org, _decided(Outcome.REJECTED, "Not now."), NESTOR, frozenset(), REQUESTER)),
        ("cancelled", _view(org, cancelled, ALEX, CEO, APPROVER)),
        ("my-requests", request_list("Your approval requests", rows, empty="None yet.", open_as=REQUESTER)),
        (
            "my-requests-empty",
            request_list("Your approval requests", [], empty="None yet.", open_as=REQUESTER),
        ),
        (
            "pending",
            request_list("Waiting for a decision", rows[:1], empty="Nothing waits.", open_as=APPROVER),
        ),
        *_history_examples(org),
    ]

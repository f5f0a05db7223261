"""Who may change an incident, and the rules each change checks (pure functions)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.incidents import changes
from bot.incidents.changes import Actor, Refused, editor_roles, may_change
from bot.org import Role
from graph.records.incidents import Assessment, Category, Incident, Report, Route, Status, Step

NOW = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)
ALEX = Actor("aad-alex", "Alex Wilber")


def incident(category: Category = Category.COMPLAINT, **plan: object) -> Incident:
    details = {} if category is Category.SAFEGUARDING else {"summary": "x"}
    report = Report(category, "aad-lee", "Lee Gu", NOW, **details)  # type: ignore[arg-type]
    return Incident("INC-2026-0001", report, Assessment(**plan))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("roles", "category", "admins", "allowed"),
    [
        ({Role.MANAGER}, Category.COMPLAINT, False, True),
        ({Role.CEO}, Category.DATA_BREACH, False, True),
        ({Role.SAFEGUARDING_LEAD}, Category.COMPLAINT, False, False),
        ({Role.SAFEGUARDING_LEAD}, Category.SAFEGUARDING, False, True),
        ({Role.MANAGER}, Category.SAFEGUARDING, False, True),
        ({Role.ADMIN}, Category.COMPLAINT, False, False),
        ({Role.ADMIN}, Category.COMPLAINT, True, True),
        ({Role.STAFF, Role.TRUSTEE, Role.BOARD, Role.VOLUNTEER}, Category.CRISIS, True, False),
        (set(), Category.OTHER, False, False),
    ],
)
def test_who_may_change(roles: set[Role], category: Category, admins: bool, allowed: bool) -> None:
    assert may_change(frozenset(roles), category, admins=admins) is allowed
    assert (bool(frozenset(roles) & editor_roles(category, admins=admins))) is allowed


def test_any_action_on_a_new_incident_acknowledges_it() -> None:
    changed = changes.add_update(incident(), "Called them", ALEX, NOW).incident
    assert changed.status is Status.ACKNOWLEDGED
    assert changed.acknowledged_by == "Alex Wilber"
    with pytest.raises(Refused, match="already acknowledged"):
        changes.acknowledge(changed, ALEX, NOW)


def test_a_closed_incident_takes_no_more_changes() -> None:
    closed = changes.close(incident(), "Done", ALEX, NOW).incident
    with pytest.raises(Refused, match="already closed"):
        changes.add_update(closed, "more", ALEX, NOW)


def test_closing_needs_every_required_decision() -> None:
    inc = incident(routes=(Route.ICO, Route.POLICE))
    with pytest.raises(Refused, match="the ICO and the police"):
        changes.close(inc, "Done", ALEX, NOW)
    inc = changes.record_decision(
        inc, Route.ICO, reported=True, reported_on=NOW, reported_by="", reason="", actor=ALEX, now=NOW
    ).incident
    inc = changes.record_decision(
        inc,
        Route.POLICE,
        reported=False,
        reported_on=None,
        reported_by="",
        reason="No crime",
        actor=ALEX,
        now=NOW,
    ).incident
    closed = changes.close(inc, "Done", ALEX, NOW)
    assert closed.incident.status is Status.CLOSED
    assert inc.decision(Route.ICO) is not None
    assert inc.decision(Route.ICO).reported_by == "Alex Wilber"  # type: ignore[union-attr]


def test_a_decision_cannot_be_dated_in_the_future() -> None:
    with pytest.raises(Refused, match="future"):
        changes.record_decision(
            incident(),
            Route.ICO,
            reported=True,
            reported_on=NOW + timedelta(days=1),
            reported_by="Alex",
            reason="",
            actor=ALEX,
            now=NOW,
        )


def test_audit_details_never_carry_typed_text() -> None:
    change = changes.add_update(incident(), "The Smith family called", ALEX, NOW)
    entry = change.audit(ALEX, NOW)
    assert "Smith" not in entry.detail
    assert entry.version == 2
    decision = changes.record_decision(
        incident(),
        Route.POLICE,
        reported=False,
        reported_on=None,
        reported_by="",
        reason="Smith",
        actor=ALEX,
        now=NOW,
    )
    assert "Smith" not in decision.detail


def test_safeguarding_closes_with_the_fixed_outcome_only() -> None:
    closed = changes.close(incident(Category.SAFEGUARDING), "The child told me …", ALEX, NOW).incident
    assert closed.outcome == "Handled under the safeguarding procedure"
    with pytest.raises(Refused, match="keep no notes"):
        changes.record_support(incident(Category.SAFEGUARDING), "x", ALEX, NOW)


def test_runbook_steps_outside_the_runbook_are_refused() -> None:
    with pytest.raises(Refused, match="not part"):
        changes.tick(incident(runbook=(Step.PAUSE_POSTS,)), Step.PASSWORDS, ALEX, NOW)


def test_only_the_reporter_asks_for_support_once() -> None:
    inc = incident(Category.ONLINE_ABUSE, support_offered=True)
    with pytest.raises(changes.Unknown):
        changes.request_support(inc, ALEX)
    asked = changes.request_support(inc, Actor("aad-lee", "Lee Gu")).incident
    with pytest.raises(Refused, match="already asked"):
        changes.request_support(asked, Actor("aad-lee", "Lee Gu"))

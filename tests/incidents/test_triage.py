"""Triage rules, category by category, and the questions that add reporting routes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.incidents.triage import (
    ICO_FLAG,
    POLICE_FLAG,
    RULES,
    SAFER_INTERNET,
    SERIOUS_FLAG,
    Triage,
    asks_questions,
    triage,
)
from bot.org import Role
from graph.records.incidents import Category, Harm, Report, Route, Step

NOW = datetime(2026, 12, 4, 15, 30, tzinfo=UTC)  # a Friday afternoon
CONTACT = "the Designated Safeguarding Lead on 01234 567890"
PROCEDURE = "Safeguarding and Protecting Children policy"


def report(category: Category, **details: object) -> Report:
    if category is Category.SAFEGUARDING:
        return Report(category, "aad", "Lee Gu", NOW)
    return Report(category, "aad", "Lee Gu", NOW, summary="x", **details)  # type: ignore[arg-type]


def run(category: Category, **details: object) -> Triage:
    return triage(report(category, **details), contact=CONTACT, procedure=PROCEDURE)


# category: (who must know, runbook, support offered, routes with no extra answers)
EXPECTED = {
    Category.POLICY_BREACH: ({Role.MANAGER}, (), False, ()),
    Category.ONLINE_ABUSE: ({Role.MANAGER}, (), True, ()),
    Category.HACKED_ACCOUNT: (
        {Role.MANAGER, Role.CEO},
        (Step.RECOVER, Step.PASSWORDS, Step.PAUSE_POSTS, Step.STOP_SHARING, Step.TELL_CEO),
        False,
        (),
    ),
    Category.HARMFUL_CONTENT: ({Role.MANAGER}, (), False, ()),
    Category.COMPLAINT: ({Role.MANAGER}, (), False, ()),
    Category.DATA_BREACH: ({Role.MANAGER, Role.CEO}, (), False, (Route.ICO,)),
    Category.SAFEGUARDING: ({Role.SAFEGUARDING_LEAD}, (), False, ()),
    Category.CRISIS: (
        {Role.MANAGER, Role.CEO},
        (Step.COMMS_PLAN, Step.PAUSE_POSTS, Step.STOP_SHARING, Step.TELL_CEO),
        False,
        (),
    ),
    Category.OTHER: ({Role.MANAGER}, (), False, ()),
}


def test_every_category_has_a_rule_and_an_expectation() -> None:
    assert set(RULES) == set(Category) == set(EXPECTED)


@pytest.mark.parametrize("category", list(Category))
def test_category_table(category: Category) -> None:
    notify, runbook, support, routes = EXPECTED[category]
    result = run(category)
    assert result.notify == notify
    assert result.assessment.runbook == runbook
    assert result.assessment.support_offered is support
    assert result.assessment.routes == routes
    assert result.reporter_steps, "the reporter always gets next steps"
    assert all(step.strip() for step in result.reporter_steps)


@pytest.mark.parametrize("category", list(Category))
def test_the_ico_clock_runs_only_for_data_breaches(category: Category) -> None:
    result = run(category)
    assert (result.assessment.ico_deadline is not None) is (category is Category.DATA_BREACH)
    assert (ICO_FLAG in result.flags) is (category is Category.DATA_BREACH)


def test_ico_deadline_is_72_hours_from_awareness_over_a_weekend() -> None:
    aware = datetime(2026, 12, 4, 16, 0, tzinfo=UTC)  # Friday 16:00
    result = run(Category.DATA_BREACH, aware_at=aware)
    assert result.assessment.ico_deadline == datetime(2026, 12, 7, 16, 0, tzinfo=UTC)  # Monday 16:00
    assert "ICO" in " ".join(result.reporter_steps)


def test_ico_deadline_falls_back_to_the_report_time() -> None:
    assert run(Category.DATA_BREACH).assessment.ico_deadline == NOW + timedelta(hours=72)


def test_safeguarding_sends_the_reporter_to_the_procedure_and_the_lead() -> None:
    result = run(Category.SAFEGUARDING)
    steps = " ".join(result.reporter_steps)
    assert PROCEDURE in steps
    assert CONTACT in steps
    assert "999" in steps
    assert result.flags == ()
    assert not asks_questions(Category.SAFEGUARDING)


@pytest.mark.parametrize("category", [c for c in Category if c is not Category.SAFEGUARDING])
def test_other_categories_ask_the_serious_incident_questions(category: Category) -> None:
    assert asks_questions(category)


@pytest.mark.parametrize("harm", list(Harm))
def test_any_serious_harm_flags_the_commission_and_hsuk_and_tells_the_ceo(harm: Harm) -> None:
    result = run(Category.COMPLAINT, harms=frozenset({harm}))
    assert SERIOUS_FLAG in result.flags
    assert result.flags == (SERIOUS_FLAG,)
    assert SERIOUS_FLAG == "May need reporting to the Charity Commission and HSUK."
    assert result.assessment.routes == (Route.CHARITY_COMMISSION, Route.HSUK)
    assert Role.CEO in result.notify
    assert Role.MANAGER in result.notify


def test_no_harm_no_commission_flag() -> None:
    assert SERIOUS_FLAG not in run(Category.COMPLAINT).flags


def test_a_suspected_crime_adds_the_police() -> None:
    result = run(Category.ONLINE_ABUSE, crime_suspected=True)
    assert result.flags == (POLICE_FLAG,)
    assert result.assessment.routes == (Route.POLICE,)
    assert "999" in " ".join(result.reporter_steps)


def test_everything_at_once_keeps_each_route_once() -> None:
    result = run(Category.DATA_BREACH, harms=frozenset(Harm), crime_suspected=True)
    assert result.assessment.routes == (Route.ICO, Route.CHARITY_COMMISSION, Route.HSUK, Route.POLICE)
    assert result.flags == (ICO_FLAG, SERIOUS_FLAG, POLICE_FLAG)
    assert len(set(result.reporter_steps)) == len(result.reporter_steps)


def test_harmful_content_is_removed_and_reported_to_the_safer_internet_centre() -> None:
    steps = " ".join(run(Category.HARMFUL_CONTENT).reporter_steps)
    assert SAFER_INTERNET == "https://saferinternet.org.uk/online-issue/reporting"
    assert SAFER_INTERNET in steps
    assert "delete" in steps
    assert "Report it to the platform" in steps


def test_online_abuse_promises_support() -> None:
    result = run(Category.ONLINE_ABUSE)
    assert "support" in " ".join(result.reporter_steps)
    assert any("support" in s for s in result.manager_steps)


@pytest.mark.parametrize("category", [Category.HACKED_ACCOUNT, Category.CRISIS])
def test_runbooks_pause_posts_stop_sharing_and_tell_the_ceo(category: Category) -> None:
    runbook = run(category).assessment.runbook
    assert {Step.PAUSE_POSTS, Step.STOP_SHARING, Step.TELL_CEO} <= set(runbook)


def test_only_a_hacked_account_changes_passwords_and_recovers() -> None:
    assert Step.PASSWORDS in run(Category.HACKED_ACCOUNT).assessment.runbook
    assert Step.RECOVER in run(Category.HACKED_ACCOUNT).assessment.runbook
    assert Step.PASSWORDS not in run(Category.CRISIS).assessment.runbook

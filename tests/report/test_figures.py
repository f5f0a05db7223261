"""Every figure of the Board report against the value worked out by hand from the fixtures."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from bot.report.figures import ICO_MET, ICO_MISSED, ICO_RUNNING, compute, working_days_between
from bot.report.records import Period
from bot.report.status import Rag, statuses
from tests.report import fixtures
from tests.report.fixtures import utc


def test_incident_counts_by_category_and_month() -> None:
    i = compute(fixtures.records()).incidents
    assert i.total == 5
    assert i.safeguarding == 1
    assert dict(i.by_category) == {
        "Confidentiality or personal-data breach": 3,
        "Online abuse or an abusive message aimed at our people": 1,
        "Safeguarding concern about a child or adult at risk": 1,
    }
    assert i.by_month == (
        ("Jan 2026", 1),
        ("Feb 2026", 1),
        ("Mar 2026", 2),
        ("Apr 2026", 0),
        ("May 2026", 0),
        ("Jun 2026", 1),
    )


def test_median_times_to_acknowledge_and_close() -> None:
    i = compute(fixtures.records()).incidents
    assert i.median_hours_to_acknowledge == 5.0  # 2, 4, 6, 24 hours
    assert i.median_hours_to_close == 120.0  # 48, 120, 240 hours


def test_ico_clock_met_missed_running() -> None:
    i = compute(fixtures.records()).incidents
    assert [(c.reference, c.outcome) for c in i.ico] == [
        ("INC-2026-0001", ICO_MET),  # reported to the ICO at 47 h, though recorded later
        ("INC-2026-0002", ICO_MISSED),  # "not reported" decided at 87 h
        ("INC-2026-0003", ICO_RUNNING),  # 25 h in when the report was built
    ]
    assert (i.ico_count(ICO_MET), i.ico_count(ICO_MISSED), i.ico_count(ICO_RUNNING)) == (1, 1, 1)
    overdue = compute(replace(fixtures.records(), as_of=utc(2026, 7, 2, 9))).incidents
    assert overdue.ico[2].outcome == ICO_MISSED  # the deadline itself counts as missed


def test_reporting_decisions_include_decisions_not_to_report() -> None:
    decisions = compute(fixtures.records()).incidents.decisions
    assert [(d.reference, d.route, d.reported, d.reason) for d in decisions] == [
        ("INC-2026-0001", "the ICO", True, ""),
        ("INC-2026-0002", "the ICO", False, "No risk to anyone's rights"),
        ("INC-2026-0005", "the police", False, "Not a crime"),
    ]


def test_open_incidents_and_their_age_safeguarding_only_counted() -> None:
    i = compute(fixtures.records()).incidents
    assert [(o.reference, o.age_days) for o in i.still_open] == [
        ("INC-2025-0009", 212),
        ("INC-2026-0002", 149),
        ("INC-2026-0003", 2),
    ]
    assert i.open_safeguarding == 1


def test_approval_figures() -> None:
    a = compute(fixtures.records()).approvals
    assert a.total == 4
    assert a.by_kind == (("High-profile announcements", 2), ("Crisis responses", 1), ("Other", 1))
    assert a.median_hours_to_decision == 6.0  # first decisions at 4, 6 and 24 hours
    assert a.reminded == 2
    assert a.to_board == 1
    assert a.without_non_digital == 1
    assert dict(a.outcomes) == {"Approved": 2, "Pending": 1, "Rejected": 1}


def test_reviews_on_time_late_overdue_in_uk_time() -> None:
    rows = {r.kind: r for r in compute(fixtures.records()).oversight.reviews}
    moderation = rows["Content moderation reviews"]
    # 30 Jan on time; 3 Mar late; 23:30 UTC on 31 March is 00:30 BST on 1 April: late.
    assert (moderation.on_time, moderation.late, moderation.overdue) == (1, 2, 1)
    risk = rows["Platform risk assessments"]
    assert (risk.on_time, risk.late, risk.overdue) == (1, 0, 0)  # overdue, but snoozed
    assert (rows["Annual policy review"].overdue, rows["Private group risk assessments"].on_time) == (0, 0)


def test_register_of_official_accounts() -> None:
    o = compute(fixtures.records()).oversight
    facebook, instagram = o.register
    assert (facebook.resource, facebook.holders, facebook.recovery_holders) == ("Facebook", 2, 2)
    assert (facebook.untrained, facebook.not_reviewed_for_a_year) == (1, 1)
    assert (instagram.holders, instagram.recovery_holders, instagram.untrained) == (1, 0, 0)
    assert o.short_of_recovery == 1


def test_leavers_working_days_across_bank_holidays_and_the_clock_change() -> None:
    o = compute(fixtures.records()).oversight
    # Leavers are numbered in the order recorded: 27 Mar, 1 May, 1 Jun (no access), 26 Jun.
    # The first: 30, 31 Mar, 1, 2 and 7 Apr (Good Friday, Easter Monday skipped; the last tick
    # was 23:30 UTC on 6 April, which is 00:30 on 7 April in UK time).
    first, same_day, no_access, outstanding = o.leavers
    assert (first.working_days, first.recorded_on) == (5, date(2026, 3, 27))
    assert same_day.working_days == 0
    assert (no_access.platforms, no_access.working_days, no_access.outstanding) == (0, None, 0)
    assert (outstanding.working_days, outstanding.outstanding) == (None, 1)
    assert o.leavers_outstanding == 1
    assert o.median_leaver_working_days == 2.5


def test_working_days_count_only_working_days_after_the_start() -> None:
    records = fixtures.records()
    assert working_days_between(date(2026, 4, 2), date(2026, 4, 7), records) == 1  # Fri, Sat, Sun, Mon off
    assert working_days_between(date(2026, 5, 1), date(2026, 5, 1), records) == 0


def test_question_figures_grouped_by_topic_and_section() -> None:
    q = compute(fixtures.records()).questions
    assert (q.asked, q.answered, q.not_covered, q.unhelpful) == (5, 2, 3, 1)
    assert dict(q.topics) == {
        "Photos, video and consent": 1,
        "Work matters outside this policy": 1,
        "How often or when to post": 1,
        "Something else": 1,
    }
    assert q.sections == (("§2.7", 2, 1), ("§2.3", 1, 1))


def test_each_area_has_a_status_with_its_rules() -> None:
    found = {s.area: s for s in statuses(compute(fixtures.records()))}
    assert found["Incidents"].rag is Rag.RED  # an ICO clock missed
    assert found["Approvals"].rag is Rag.RED  # approved without a non-digital version
    assert found["Oversight"].rag is Rag.RED  # moderation review overdue
    assert found["Questions"].rag is Rag.AMBER  # 4 of 5 need attention
    for status in found.values():
        assert [rag for rag, _ in status.rules] == [Rag.RED, Rag.AMBER, Rag.GREEN]
        assert all(rule for _, rule in status.rules)


def test_an_empty_period_gives_zeros_and_green() -> None:
    empty = replace(
        fixtures.records(),
        period=Period(date(2026, 8, 1), date(2026, 8, 31)),
        incidents=(),
        open_incidents=(),
        approvals=(),
        review_records=(),
        cycles=(),
        grants=(),
        resources=(),
        leavers=(),
        questions=(),
    )
    figures = compute(empty)
    assert figures.incidents.total == 0
    assert figures.incidents.median_hours_to_acknowledge is None
    assert figures.incidents.by_month == (("Aug 2026", 0),)
    assert {s.rag for s in statuses(figures)} == {Rag.GREEN}


def test_the_bots_own_calendar_gives_the_same_working_days() -> None:
    """The rule the bot uses (the organisation file's weekdays and bank holidays) agrees."""
    from bot.config import DEFAULT_ORG_FILE
    from bot.org_file import load_org_config
    from bot.report.records import working_day_rule

    rule = working_day_rule(load_org_config(DEFAULT_ORG_FILE))
    assert [rule(d) for d in sorted(fixtures.BANK_HOLIDAYS)] == [False] * 4
    records = replace(fixtures.records(), is_working_day=rule)
    assert [le.working_days for le in compute(records).oversight.leavers] == [5, 0, None, None]

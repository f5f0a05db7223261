"""The pure approval rules: form validation, UK time, who decides, when to chase."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from bot.approvals import rules
from bot.config import DEFAULT_ORG_FILE
from bot.org import ApprovalTimings, OrgConfig, OrgConfigError, Role
from bot.org_file import load_org_config

LONDON = ZoneInfo("Europe/London")
NOW = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)  # Tuesday


@pytest.fixture(scope="module")
def org() -> OrgConfig:
    return load_org_config(DEFAULT_ORG_FILE)


def form(**changes: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "kind": "announcement",
        "title": "New group in Ipswich",
        "platforms": "facebook,website",
        "text": "We are opening a new group.",
        "links": "https://example.org/a https://example.org/b",
        "publish_date": "2026-12-03",
        "publish_time": "10:30",
        "urgency": "normal",
        "non_digital": "yes",
    }
    return {**base, **changes}


def test_a_complete_form_gives_a_draft(org: OrgConfig) -> None:
    result = rules.validate_form(form(), org.platforms, LONDON, NOW)
    assert result.errors == {}
    assert result.draft is not None
    assert result.draft.platforms == ("facebook", "website")
    assert result.draft.links == "https://example.org/a\nhttps://example.org/b"
    assert result.draft.publish_at == datetime(2026, 12, 3, 10, 30, tzinfo=UTC)  # GMT in December


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"kind": ""}, "kind"),
        ({"kind": "party"}, "kind"),
        ({"title": "   "}, "title"),
        ({"title": "x" * 121}, "title"),
        ({"platforms": ""}, "platforms"),
        ({"platforms": "facebook,myspace"}, "platforms"),
        ({"text": ""}, "text"),
        ({"text": "x" * 4001}, "text"),
        ({"links": "javascript:alert(1)"}, "links"),
        ({"links": " ".join(f"https://e.org/{n}" for n in range(11))}, "links"),
        ({"publish_date": "2026-11-30"}, "publish_date"),
        ({"publish_date": "", "publish_time": "10:00"}, "publish_date"),
        ({"publish_date": "tomorrow"}, "publish_date"),
        ({"urgency": 3}, "urgency"),
        ({"non_digital": None}, "non_digital"),
        ({"title": ["not", "text"]}, "title"),
    ],
)
def test_each_mistake_is_reported_on_its_field(org: OrgConfig, changes: dict[str, Any], field: str) -> None:
    result = rules.validate_form(form(**changes), org.platforms, LONDON, NOW)
    assert result.draft is None
    assert list(result.errors) == [field]


def test_no_publish_date_means_when_approved(org: OrgConfig) -> None:
    result = rules.validate_form(form(publish_date="", publish_time=""), org.platforms, LONDON, NOW)
    assert result.draft is not None
    assert result.draft.publish_at is None


def test_uk_summer_time_is_applied() -> None:
    assert rules.parse_uk_time("2027-07-01", "09:00", LONDON) == datetime(2027, 7, 1, 8, 0, tzinfo=UTC)
    assert rules.parse_uk_time("2027-07-01", "", LONDON) == datetime(2027, 7, 1, 8, 0, tzinfo=UTC)
    assert rules.parse_uk_time("2027-07-01", "09:00:00", LONDON) == datetime(2027, 7, 1, 8, 0, tzinfo=UTC)


def test_a_draft_round_trips_through_the_form(org: OrgConfig) -> None:
    draft = rules.validate_form(form(), org.platforms, LONDON, NOW).draft
    assert draft is not None
    again = rules.validate_form(rules.draft_values(draft, LONDON), org.platforms, LONDON, NOW).draft
    assert again == draft


def test_who_may_request_and_decide() -> None:
    assert rules.may_request(frozenset({Role.STAFF}))
    assert rules.may_request(frozenset({Role.TRUSTEE}))
    assert not rules.may_request(frozenset({Role.VOLUNTEER}))
    assert not rules.may_request(frozenset())
    assert rules.may_decide(frozenset({Role.CEO}))
    assert rules.may_decide(frozenset({Role.BOARD}))
    assert not rules.may_decide(frozenset({Role.MANAGER, Role.ADMIN, Role.STAFF}))


def test_the_ceo_is_asked_first_and_the_board_at_the_fallback(org: OrgConfig) -> None:
    assert [m.name for m in rules.approvers(org, include_board=False)] == ["Alex Wilber"]
    assert [m.name for m in rules.approvers(org, include_board=True)] == ["Alex Wilber", "Megan Bowen"]


@pytest.mark.parametrize(
    ("token", "ok"),
    [("0123456789abcdef", True), ("short", False), ("x" * 65, False), ("a b c d e f g", False), (7, False)],
)
def test_form_tokens(token: Any, ok: bool) -> None:
    assert rules.valid_token(token) is ok


def test_comments_are_needed_to_reject_or_ask_for_changes() -> None:
    assert rules.check_comment("", required=True)
    assert rules.check_comment("", required=False) is None
    assert rules.check_comment("x" * 1001, required=False)


def _deadlines(org: OrgConfig, created: datetime, kind: str) -> tuple[datetime, datetime]:
    return rules.deadlines(created, kind, org.approvals, org.working_hours, org.timezone)


def test_crisis_deadlines_in_working_hours(org: OrgConfig) -> None:
    assert _deadlines(org, NOW, "crisis") == (NOW + timedelta(hours=2), NOW + timedelta(hours=4))


def test_announcement_deadlines(org: OrgConfig) -> None:
    assert _deadlines(org, NOW, "announcement") == (NOW + timedelta(days=1), NOW + timedelta(days=2))


def test_a_friday_evening_crisis_is_chased_on_monday_morning(org: OrgConfig) -> None:
    friday = datetime(2026, 12, 4, 16, 30, tzinfo=UTC)
    monday_nine = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
    assert _deadlines(org, friday, "crisis") == (monday_nine, monday_nine + timedelta(hours=2))


def test_a_friday_evening_announcement_goes_to_the_board_a_day_later(org: OrgConfig) -> None:
    friday = datetime(2026, 12, 4, 16, 30, tzinfo=UTC)
    monday_nine = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
    assert _deadlines(org, friday, "announcement") == (monday_nine, monday_nine + timedelta(days=1))


def test_working_time_skips_nights(org: OrgConfig) -> None:
    late = datetime(2026, 12, 1, 16, 0, tzinfo=UTC)
    assert rules.add_working_time(late, timedelta(hours=2), org.working_hours, LONDON) == datetime(
        2026, 12, 2, 10, 0, tzinfo=UTC
    )


def test_uk_time_reads_naturally() -> None:
    assert rules.uk_time(datetime(2027, 7, 1, 8, 5, tzinfo=UTC), LONDON) == "Thu 1 Jul 2027, 09:05"


def test_the_org_file_configures_timings(tmp_path: Path) -> None:
    text = DEFAULT_ORG_FILE.read_text(encoding="utf-8")
    custom = text.replace("crisis = 2, announcement = 24", "crisis = 1, announcement = 8")
    path = tmp_path / "org.toml"
    path.write_text(custom.replace('policy = "policy.md"', f'policy = "{DEFAULT_ORG_FILE.parent}/policy.md"'))
    timings = load_org_config(path).approvals
    assert timings.reminder_after("crisis") == timedelta(hours=1)
    assert timings.fallback_after("announcement") == timedelta(hours=48)
    assert ApprovalTimings().reminder_after("unknown") == timedelta(hours=24)


@pytest.mark.parametrize(
    "table",
    [
        "[approvals]\nreminder_hours = { crisis = -1 }",
        "[approvals]\nreminder_hours = { party = 2 }",
        "[approvals]\nfallback_hours = { crisis = 1 }",
        '[approvals]\nboard_at_once = "yes"',
    ],
)
def test_mistakes_in_the_approvals_table_are_named(tmp_path: Path, table: str) -> None:
    text = DEFAULT_ORG_FILE.read_text(encoding="utf-8")
    start = text.index("[approvals]")
    end = text.index("[[platforms]]")
    path = tmp_path / "org.toml"
    path.write_text(text[:start] + table + "\n\n" + text[end:])
    with pytest.raises(OrgConfigError, match="approvals"):
        load_org_config(path)

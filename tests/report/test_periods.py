"""The periods on the card and the scheduled packs, worked out from UK dates."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.org import OrgConfigError
from bot.org_file import load_org_config
from bot.report.periods import PeriodError, choose, custom, last_quarter, next_quarter_start, since_review
from tests.builders import ALEX
from tests.orgs import write_org


@pytest.mark.parametrize(
    ("today", "first", "last", "label"),
    [
        (date(2026, 1, 1), date(2025, 10, 1), date(2025, 12, 31), "Q4 2025"),
        (date(2026, 5, 20), date(2026, 1, 1), date(2026, 3, 31), "Q1 2026"),
        (date(2026, 12, 1), date(2026, 7, 1), date(2026, 9, 30), "Q3 2026"),
    ],
)
def test_last_quarter(today: date, first: date, last: date, label: str) -> None:
    period = last_quarter(today)
    assert (period.start, period.end, period.label) == (first, last, label)


def test_next_quarter_start() -> None:
    assert next_quarter_start(date(2026, 12, 31)) == date(2027, 1, 1)
    assert next_quarter_start(date(2026, 4, 1)) == date(2026, 7, 1)


def test_since_review_and_this_year() -> None:
    today = date(2026, 12, 1)
    assert since_review(today, date(2026, 3, 31)).start == date(2026, 4, 1)
    assert since_review(today, None).start == date(2025, 12, 1)
    this_year = choose("this_year", today, last_review=None)
    assert (this_year.start, this_year.end) == (date(2026, 1, 1), today)


def test_custom_periods_end_today_at_the_latest() -> None:
    today = date(2026, 12, 1)
    assert custom("2026-11-01", "2027-02-01", today).end == today
    for start, end, problem in (
        ("", "", "Choose both dates"),
        ("2027-01-01", "2027-02-01", "starts in the future"),
        ("2020-01-01", "2026-01-01", "three years or less"),
    ):
        with pytest.raises(PeriodError, match=problem):
            custom(start, end, today)
    with pytest.raises(PeriodError, match="Choose a period"):
        choose("next_decade", today, last_review=None)


def test_quarterly_reports_are_off_unless_the_organisation_file_says_so(tmp_path: Path) -> None:
    path = write_org(tmp_path, [(ALEX, ["manager"], False)])
    assert not load_org_config(path).quarterly_report
    path.write_text(path.read_text().replace("quarterly = false", "quarterly = true"))
    assert load_org_config(path).quarterly_report
    path.write_text(path.read_text().replace("quarterly = true", 'quarterly = "yes"'))
    with pytest.raises(OrgConfigError, match=r"line \d+: board_report.quarterly must be true or false"):
        load_org_config(path)

"""Figures against independent computations over many generated records (fixed seed).

Working days are checked against numpy's business-day counter, a separate implementation of
the same rule; medians and counts against the values the records were generated from.
"""

from __future__ import annotations

import statistics
from dataclasses import replace
from datetime import date, timedelta

import numpy as np
from hypothesis import example, given, settings
from hypothesis import strategies as st

from bot.report.figures import compute, working_days_between
from graph.records.incidents import Category, Incident, Report
from tests.report import fixtures

EASY = settings(max_examples=200, derandomize=True, deadline=None)
DAYS = st.dates(min_value=date(2025, 1, 1), max_value=date(2027, 12, 31))


@EASY
@given(start=DAYS, length=st.integers(0, 60))
@example(start=date(2026, 3, 27), length=11)  # across Good Friday, Easter Monday and BST
def test_working_days_match_numpys_business_day_count(start: date, length: int) -> None:
    end = start + timedelta(days=length)
    expected = int(
        np.busday_count(
            start + timedelta(days=1),
            end + timedelta(days=1),
            weekmask="1111100",
            holidays=sorted(fixtures.BANK_HOLIDAYS),
        )
    )
    assert working_days_between(start, end, fixtures.records()) == expected


@EASY
@given(
    incidents=st.lists(
        st.tuples(st.integers(0, 180 * 24), st.integers(1, 96), st.sampled_from(list(Category))),
        max_size=25,
    )
)
def test_counts_and_medians_match_what_was_recorded(incidents: list[tuple[int, int, Category]]) -> None:
    start = fixtures.utc(2026, 1, 1)
    made = []
    for n, (hours, ack_after, category) in enumerate(incidents, start=1):
        at = start + timedelta(hours=hours)
        report = Report(category, "aad", "x", at)
        made.append(Incident(f"INC-2026-{n:04d}", report, acknowledged_at=at + timedelta(hours=ack_after)))
    figures = compute(replace(fixtures.records(), incidents=tuple(made))).incidents
    assert figures.total == len(incidents)
    assert sum(n for _, n in figures.by_month) == len(incidents)
    assert figures.safeguarding == sum(1 for *_, c in incidents if c is Category.SAFEGUARDING)
    expected = statistics.median(a for _, a, _ in incidents) if incidents else None
    assert figures.median_hours_to_acknowledge == expected

"""Board report cards: choosing the period, being built, ready, and not uploaded yet."""

from __future__ import annotations

from typing import Any

from cards.report import building_card, period_card, report_card

HEADLINE = [
    ("Incidents reported", "7 (of which safeguarding concerns: 1)"),
    ("ICO 72-hour clock", "2 met, 0 missed"),
    ("Approval requests", "5, median time to decision 3.5 hours"),
]
STATUSES = [
    ("Incidents", "Amber", "1 incident(s) still open."),
    ("Questions", "Green", "None of the amber or red conditions applies."),
]
TITLE = "Q3 2026 (1 July 2026 to 30 September 2026)"


def examples() -> list[tuple[str, dict[str, Any]]]:
    link = "http://127.0.0.1:3978/reports/token/board-report-2026-07-01-to-2026-09-30.docx"
    return [
        ("period", period_card()),
        ("period-error", period_card(error="The end date is before the start date.", choice="custom")),
        ("building", building_card(TITLE)),
        ("ready", report_card(TITLE, HEADLINE, STATUSES, link=link, where="SharePoint", ready=True)),
        (
            "not-uploaded-yet",
            report_card(TITLE, HEADLINE, STATUSES, link=link, where="SharePoint", ready=False),
        ),
    ]

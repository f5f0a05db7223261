"""From records to a finished report: figures, statuses, charts and the Word document.

``build`` is synchronous and CPU-bound (charts, zip), so the bot runs it in a worker thread
(``asyncio.to_thread``) and the event loop keeps answering while a report is made.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.org import OrgConfig, Role
from bot.report.charts import charts
from bot.report.document import build_document, headline
from bot.report.figures import Figures, compute
from bot.report.records import Period, Records
from bot.report.status import AreaStatus, statuses

# The office holders the policy itself names may appear by name; everyone else by role.
NAMED_OFFICES = (Role.CEO, Role.MANAGER, Role.SAFEGUARDING_LEAD)


@dataclass(frozen=True)
class BuiltReport:
    period: Period
    figures: Figures
    statuses: tuple[AreaStatus, ...]
    headline: tuple[tuple[str, str], ...]
    docx: bytes
    filename: str


def report_filename(period: Period) -> str:
    return f"board-report-{period.start.isoformat()}-to-{period.end.isoformat()}.docx"


def build(records: Records, org: OrgConfig, *, built_at: datetime) -> BuiltReport:
    figures = compute(records)
    found = statuses(figures)
    document = build_document(
        organisation=org.name,
        policy_title=org.policy_title,
        period=records.period,
        built_at=built_at.astimezone(org.timezone),
        figures=figures,
        statuses=found,
        charts=charts(figures),
        office_holders=[(org.title(role), m.name) for role in NAMED_OFFICES for m in org.holders(role)],
    )
    return BuiltReport(
        records.period, figures, found, headline(figures), document, report_filename(records.period)
    )

"""The Board report as a Word document (python-docx), built for trustees who read and annotate.

Accessible by construction: real heading styles (a navigation pane and screen readers see the
structure), every table with a header row that repeats on each page, alt text on every chart
(python-docx has no API for it, so ``descr`` is set on the picture's ``wp:docPr``), and the
red/amber/green status always written as a word beside the rule behind it, never colour alone.
python-docx is imported inside ``build_document``: only building a report pays for it.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from bot.report.charts import Chart
from bot.report.figures import ICO_MET, ICO_MISSED, ICO_RUNNING, Figures, LeaverRow
from bot.report.records import Period
from bot.report.status import AreaStatus, Rag

if TYPE_CHECKING:
    from docx.document import Document

RAG_FILL = {Rag.RED: "F4C7C3", Rag.AMBER: "FCE8B2", Rag.GREEN: "B7E1CD"}  # light fills: black text reads


def hours(value: float | None) -> str:
    if value is None:
        return "none recorded"
    return f"{value:.1f} hours" if value < 48 else f"{value / 24:.1f} days"


def headline(figures: Figures) -> tuple[tuple[str, str], ...]:
    """The at-a-glance figures, also shown on the Teams card."""
    i, a, o, q = figures.incidents, figures.approvals, figures.oversight, figures.questions
    return (
        ("Incidents reported", f"{i.total} (of which safeguarding concerns: {i.safeguarding})"),
        ("Still open", str(len(i.still_open) + i.open_safeguarding)),
        ("ICO 72-hour clock", f"{i.ico_count(ICO_MET)} met, {i.ico_count(ICO_MISSED)} missed"),
        ("Median time to acknowledge", hours(i.median_hours_to_acknowledge)),
        ("Approval requests", f"{a.total}, median time to decision {hours(a.median_hours_to_decision)}"),
        ("Reviews overdue", str(o.overdue_reviews)),
        ("Leavers with access still to remove", str(o.leavers_outstanding)),
        ("Questions the policy did not cover", f"{q.not_covered} of {q.asked}"),
    )


def build_document(
    *,
    organisation: str,
    policy_title: str,
    period: Period,
    built_at: datetime,
    figures: Figures,
    statuses: Sequence[AreaStatus],
    charts: Sequence[Chart],
    office_holders: Sequence[tuple[str, str]] = (),
) -> bytes:
    from docx import Document as new_document

    doc = new_document()
    doc.core_properties.title = f"{organisation}: {policy_title}, Board report"
    doc.core_properties.subject = period.title
    doc.add_heading(f"{policy_title}: Board report", level=0)
    doc.add_paragraph(
        f"{organisation}. {period.title}. Built on {built_at:%-d %B %Y at %H:%M} (UK time) from the records "
        "Policy Steward keeps. People appear by role; safeguarding concerns are counted, never described."
    )
    by_title = {c.title: c for c in charts}
    _at_a_glance(doc, figures, statuses)
    _incidents(doc, figures, by_title, built_at)
    _approvals(doc, figures, by_title)
    _oversight(doc, figures)
    _questions(doc, figures)
    _method(doc, office_holders)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def table(doc: Document, header: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    """A table whose first row is a real header row, repeated at the top of every page."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    grid = doc.add_table(rows=1, cols=len(header))
    grid.style = "Table Grid"
    head = grid.rows[0]
    for cell, text in zip(head.cells, header, strict=True):
        cell.paragraphs[0].add_run(text).bold = True
    properties = head._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    properties.append(repeat)
    for row in rows:
        added = grid.add_row()
        added._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))  # a row never breaks over pages
        for cell, value in zip(added.cells, row, strict=True):
            cell.text = str(value)


def picture(doc: Document, chart: Chart) -> None:
    """The chart with its alt text in ``descr`` (what Word's "Alt Text" pane edits)."""
    from docx.shared import Inches

    shape = doc.add_picture(io.BytesIO(chart.png), width=Inches(6))
    properties = shape._inline.docPr
    properties.set("descr", chart.alt_text)
    properties.set("title", chart.title)


def _shade(cell: object, fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)  # type: ignore[attr-defined]


def _at_a_glance(doc: Document, figures: Figures, statuses: Sequence[AreaStatus]) -> None:
    doc.add_heading("At a glance", level=1)
    table(doc, ("Figure", "Value"), headline(figures))
    doc.add_heading("Status of each area", level=2)
    doc.add_paragraph(
        "Each status is written as a word; the colour only repeats it. The rules are below the table."
    )
    table(doc, ("Area", "Status", "Why"), [(s.area, s.rag.value, s.because) for s in statuses])
    rows = doc.tables[-1].rows[1:]
    for row, status in zip(rows, statuses, strict=True):
        _shade(row.cells[1], RAG_FILL[status.rag])
    doc.add_heading("The rule behind each colour", level=2)
    table(
        doc,
        ("Area", "Red when", "Amber when", "Green when"),
        [(s.area, *(rule for _, rule in s.rules)) for s in statuses],
    )


def _incidents(doc: Document, figures: Figures, charts: dict[str, Chart], built_at: datetime) -> None:
    i = figures.incidents
    doc.add_heading("Incidents", level=1)
    doc.add_paragraph(
        f"{i.total} incidents were reported in the period, {i.safeguarding} of them safeguarding concerns, "
        "which are handled under the safeguarding procedure and only counted here. Median time from report "
        f"to acknowledgement: {hours(i.median_hours_to_acknowledge)}; "
        f"to closure: {hours(i.median_hours_to_close)}."
    )
    doc.add_heading("By category", level=2)
    table(doc, ("Category", "Incidents"), i.by_category or [("None reported", 0)])
    if chart := charts.get("Incidents by category"):
        picture(doc, chart)
    doc.add_heading("By month", level=2)
    picture(doc, charts["Incidents reported each month"])
    table(doc, ("Month", "Incidents"), i.by_month)
    doc.add_heading("ICO 72-hour clock for personal-data breaches", level=2)
    doc.add_paragraph(
        "Met: the ICO was told, or the decision not to report was recorded, within 72 hours of the "
        "charity becoming aware. Missed: neither happened in time. Running: the 72 hours are not over yet. "
        "Times are UK time."
    )
    label = {ICO_MET: "Met", ICO_MISSED: "Missed", ICO_RUNNING: "Running"}
    table(
        doc,
        ("Incident", "Deadline", "Decided", "Clock"),
        [
            (
                c.reference,
                _uk(c.deadline, built_at),
                _uk(c.decided_at, built_at) if c.decided_at else "not yet",
                label[c.outcome],
            )
            for c in i.ico
        ]
        or [("None in the period", "", "", "")],
    )
    doc.add_heading("Reporting decisions", level=2)
    doc.add_paragraph(
        "Every decision recorded on whether to report, including decisions not to, with the reason given."
    )
    table(
        doc,
        ("Incident", "To", "Decision", "Reason recorded", "Recorded on"),
        [
            (
                d.reference,
                d.route,
                "Reported" if d.reported else "Not reported",
                d.reason or "",
                f"{d.recorded_on:%-d %b %Y}",
            )
            for d in i.decisions
        ]
        or [("None in the period", "", "", "", "")],
    )
    doc.add_heading("Still open", level=2)
    doc.add_paragraph(f"Open safeguarding concerns (counted only): {i.open_safeguarding}.")
    table(
        doc,
        ("Incident", "Category", "Open for (days)"),
        [(o.reference, o.category, o.age_days) for o in i.still_open] or [("None", "", "")],
    )


def _uk(moment: datetime, built_at: datetime) -> str:
    """A time in the report's own zone (``built_at`` is UK time), as trustees read times."""
    return f"{moment.astimezone(built_at.tzinfo):%-d %b %Y %H:%M}"


def _approvals(doc: Document, figures: Figures, charts: dict[str, Chart]) -> None:
    a = figures.approvals
    doc.add_heading("Approvals", level=1)
    table(
        doc,
        ("Figure", "Value"),
        [
            *a.by_kind,
            ("Median time to the first decision", hours(a.median_hours_to_decision)),
            ("Needed a reminder", a.reminded),
            ("Went to the Board because the CEO was unavailable", a.to_board),
            ("Approved without a non-digital version arranged", a.without_non_digital),
            *[(f"Now {label.lower()}", n) for label, n in a.outcomes],
        ],
    )
    picture(doc, charts["Approval requests by kind"])


def _oversight(doc: Document, figures: Figures) -> None:
    o = figures.oversight
    doc.add_heading("Oversight", level=1)
    doc.add_heading("Reviews", level=2)
    doc.add_paragraph(
        "Done on time: marked done on or before its due date. Overdue: past due now and not snoozed."
    )
    table(
        doc,
        ("Review", "Done on time", "Done late", "Overdue now"),
        [(r.kind, r.on_time, r.late, r.overdue) for r in o.reviews],
    )
    doc.add_heading("Register of official accounts", level=2)
    table(
        doc,
        ("Account", "People with access", "Can recover it", "No training date", "Not reviewed for a year"),
        [
            (r.resource, r.holders, r.recovery_holders, r.untrained, r.not_reviewed_for_a_year)
            for r in o.register
        ]
        or [("No accounts in the register", "", "", "", "")],
    )
    doc.add_heading("Leavers", level=2)
    doc.add_paragraph(
        "Working days from the leaving date (or the day the leaver was recorded) until their role was "
        "removed on every platform; weekends and bank holidays do not count. Median: "
        f"{'none' if o.median_leaver_working_days is None else o.median_leaver_working_days} working days."
    )
    table(
        doc,
        ("Leaver", "Recorded on", "Platforms", "Working days to remove access", "Items still to do"),
        [
            (
                f"Leaver {le.number}",
                f"{le.recorded_on:%-d %b %Y}",
                le.platforms,
                _removal(le),
                le.outstanding,
            )
            for le in o.leavers
        ]
        or [("None in the period", "", "", "", "")],
    )


def _removal(leaver: LeaverRow) -> str:
    if not leaver.platforms:
        return "no access to remove"
    return "not yet" if leaver.working_days is None else str(leaver.working_days)


def _questions(doc: Document, figures: Figures) -> None:
    q = figures.questions
    doc.add_heading("Questions about the policy", level=1)
    doc.add_paragraph(
        f"{q.asked} questions were asked; the policy answered {q.answered}, did not cover {q.not_covered}, "
        f"and {q.unhelpful} answers were marked unhelpful. Questions are grouped by topic; their wording is "
        "not copied here."
    )
    doc.add_heading("Not covered or unhelpful, by topic", level=2)
    table(doc, ("Topic", "Questions"), q.topics or [("None", 0)])
    doc.add_heading("Policy sections people were pointed to", level=2)
    table(doc, ("Section", "Answers", "Marked unhelpful"), q.sections or [("None", 0, 0)])


def _method(doc: Document, office_holders: Sequence[tuple[str, str]]) -> None:
    doc.add_heading("How these figures are worked out", level=1)
    for text in (
        "Times are UK time; a period runs from midnight at the start of its first day to midnight at the end "
        "of its last.",
        "Medians are the middle value of those recorded (the average of the middle two when even).",
        "Incidents, approvals and leavers count when they were reported, submitted or recorded in the "
        "period; what is open, overdue or how old is as of the moment the report was built.",
    ):
        doc.add_paragraph(text, style="List Bullet")
    if office_holders:
        doc.add_heading("Office holders named by the policy", level=2)
        table(doc, ("Role", "Name"), office_holders)

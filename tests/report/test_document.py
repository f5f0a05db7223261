"""The Word document: it opens, is accessible, and holds none of the records' free text."""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn

from bot.org_file import load_org_config
from bot.report.build import BuiltReport, build
from tests.report import fixtures

ORG_FILE = Path(__file__).resolve().parents[2] / "orgs" / "home-start-suffolk" / "org.toml"


@pytest.fixture(scope="module")
def report() -> BuiltReport:
    return build(fixtures.records(), load_org_config(ORG_FILE), built_at=datetime(2026, 7, 1, 10, tzinfo=UTC))


def test_no_free_text_family_details_or_question_wording_anywhere(report: BuiltReport) -> None:
    with zipfile.ZipFile(io.BytesIO(report.docx)) as archive:
        parts = {name: archive.read(name).decode("utf-8", "replace") for name in archive.namelist()}
    everything = "\n".join(parts.values())
    for marker in fixtures.MARKERS:
        assert marker not in everything, marker
    assert "MARKER" not in everything
    assert "child was named" not in everything


def test_it_opens_with_real_headings(report: BuiltReport) -> None:
    doc = Document(io.BytesIO(report.docx))
    headings = [
        (p.style.name, p.text)
        for p in doc.paragraphs
        if p.style is not None and p.style.name.startswith(("Heading", "Title"))
    ]
    assert headings[0] == ("Title", "Digital/Social Media policy and procedure: Board report")
    for section in ("At a glance", "Incidents", "Approvals", "Oversight", "Questions about the policy"):
        assert ("Heading 1", section) in headings
    assert ("Heading 2", "ICO 72-hour clock for personal-data breaches") in headings
    assert doc.core_properties.title.startswith("Home-Start in Suffolk")


def test_every_table_has_a_repeating_bold_header_row(report: BuiltReport) -> None:
    doc = Document(io.BytesIO(report.docx))
    assert len(doc.tables) >= 12
    for grid in doc.tables:
        first = grid.rows[0]
        properties = first._tr.trPr
        assert properties is not None
        header = properties.find(qn("w:tblHeader"))
        assert header is not None
        assert header.get(qn("w:val")) == "true"
        assert all(run.bold for cell in first.cells for run in cell.paragraphs[0].runs)


def test_one_image_per_chart_each_with_alt_text(report: BuiltReport) -> None:
    doc = Document(io.BytesIO(report.docx))
    shapes = list(doc.inline_shapes)
    assert len(shapes) == 3  # by month, by category, approvals by kind
    for shape in shapes:
        properties = shape._inline.docPr
        assert properties.get("descr", "").startswith("Bar chart, ")
        assert properties.get("title")
    by_month = next(s for s in shapes if s._inline.docPr.get("title") == "Incidents reported each month")
    assert "Mar 2026: 2" in by_month._inline.docPr.get("descr")


def test_status_is_written_as_a_word_with_the_rule_behind_each_colour(report: BuiltReport) -> None:
    doc = Document(io.BytesIO(report.docx))
    status = next(t for t in doc.tables if [c.text for c in t.rows[0].cells] == ["Area", "Status", "Why"])
    assert [row.cells[1].text for row in status.rows[1:]] == ["Red", "Red", "Red", "Amber"]
    rules = next(t for t in doc.tables if t.rows[0].cells[1].text == "Red when")
    assert [c.text for c in rules.rows[0].cells] == ["Area", "Red when", "Amber when", "Green when"]
    assert "ICO 72-hour clock was missed" in rules.rows[1].cells[1].text


def test_the_figures_in_the_document_are_the_computed_ones(report: BuiltReport) -> None:
    doc = Document(io.BytesIO(report.docx))
    glance = {row.cells[0].text: row.cells[1].text for row in doc.tables[0].rows[1:]}
    assert glance["Incidents reported"] == "5 (of which safeguarding concerns: 1)"
    assert glance["ICO 72-hour clock"] == "1 met, 1 missed"
    assert glance["Median time to acknowledge"] == "5.0 hours"
    assert glance["Approval requests"] == "4, median time to decision 6.0 hours"
    assert dict(report.headline) == glance
    leavers = next(t for t in doc.tables if t.rows[0].cells[0].text == "Leaver")
    assert [r.cells[3].text for r in leavers.rows[1:]] == ["5", "0", "no access to remove", "not yet"]

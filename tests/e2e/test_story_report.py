"""The manager asks for the Board report in the real local Teams client.

Two incidents of last quarter are in the bot's store; Alex Wilber (the manager and the CEO)
types `board report`, keeps "Last quarter", presses Build, and gets the card with the figures,
each area's status and the link to the Word document, which the bot serves on loopback.
"""

from __future__ import annotations

import asyncio
import re
import urllib.request
from datetime import UTC, date, datetime, timedelta

import pytest

from bot.report.periods import last_quarter
from graph.records.incidents import Assessment, Category, Report
from graph.stores import open_local_stores
from tests.e2e.harness import Browser, click, screens_dir, screenshot, send, wait_card
from tests.e2e.stories import open_chat_as, waited_cards

pytestmark = pytest.mark.e2e


async def _two_incidents_last_quarter(path: str) -> None:
    quarter = last_quarter(date.today())
    async with open_local_stores(path) as stores:
        for n, category in enumerate((Category.ONLINE_ABUSE, Category.SAFEGUARDING)):
            at = datetime.combine(quarter.start + timedelta(days=10 + n), datetime.min.time(), UTC)
            details = {} if category is Category.SAFEGUARDING else {"summary": "A made-up abusive comment"}
            report = Report(category, "aad-story", "Story reporter", at, **details)  # type: ignore[arg-type]
            await stores.incidents.create(report, Assessment(), key=f"story-{n}")


def test_the_manager_gets_the_board_report_for_last_quarter(browser: Browser) -> None:
    asyncio.run(_two_incidents_last_quarter(str(browser.bot.data_dir / "policy-steward.sqlite3")))
    screens = screens_dir()
    steps = [
        *open_chat_as(hide_log=False),
        send("board report"),
        wait_card("Which period?"),
        screenshot(screens / "story-report-1-period.png", of="card"),
        click("Build the report"),
        wait_card("Building the report for"),
        wait_card("open the Board report"),
        screenshot(screens / "story-report-2-ready.png", of="card"),
    ]
    result = browser.run("story-report", steps, viewport=(1400, 1600))

    cards = waited_cards(result)
    period, building, ready = cards[1:]
    assert "Last quarter" in period
    assert last_quarter(date.today()).label in building
    assert "2 (of which safeguarding concerns: 1)" in ready
    assert "Incidents" in ready
    assert re.search(r"\b(Red|Amber|Green): ", ready)
    assert result["pageErrors"] == []
    reports = list((browser.bot.data_dir / "reports").glob("*/board-report-*.docx"))
    assert len(reports) == 1
    token = reports[0].parent.name
    with urllib.request.urlopen(f"{browser.bot.url}/reports/{token}/{reports[0].name}") as response:
        assert response.status == 200
        assert response.read() == reports[0].read_bytes()

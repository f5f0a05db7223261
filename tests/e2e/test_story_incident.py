"""A staff member reports online abuse, in the real local Teams client.

The reporter gets a reference and what to do next at once; the Fundraising & Partnerships
Manager gets the incident in a 1:1 card. Alex Wilber, the Playground's current user, holds both
roles, so both cards arrive in his chat, and he acknowledges the incident as the manager.
"""

from __future__ import annotations

import pytest

from tests.e2e.harness import Browser, click, hide_log_panel, screens_dir, screenshot, wait_card
from tests.e2e.stories import open_chat_as, report_incident_form, waited_cards

pytestmark = pytest.mark.e2e

ABUSE = "Online abuse or an abusive message aimed at our people"
WHAT = "A comment on our post called one of our volunteers names and said they should be ashamed."
REFERENCE = "INC-2026-0001"


def test_a_staff_member_reports_online_abuse(browser: Browser) -> None:
    screens = screens_dir()
    steps = [
        *open_chat_as(hide_log=False),  # hidden below, once the manager's card is in
        *report_incident_form(ABUSE, "Facebook", WHAT),
        screenshot(screens / "story-incident-1-form.png", of="card"),
        click("Submit report"),
        wait_card(f"Incident logged: {REFERENCE}"),  # the reporter's answer, in place of the form
        wait_card("Acknowledge"),  # the manager's card: Alex is the manager too
        hide_log_panel(),
        screenshot(screens / "story-incident-2-reported.png"),
        click("Acknowledge"),
        wait_card("Acknowledged"),
    ]
    result = browser.run("story-incident", steps, viewport=(1400, 1800))

    cards = waited_cards(result)
    reporter, manager, acknowledged = cards[-3:]
    assert "What to do next" in reporter
    assert "Don't reply to the person sending it." in reporter
    assert "Fundraising & Partnerships Manager has been told." in reporter
    assert WHAT not in reporter  # the reporter's card does not repeat the report
    assert f"{REFERENCE}: {ABUSE}" in manager
    assert WHAT in manager
    assert "Facebook" in manager
    assert "Alex Wilber" in acknowledged
    assert result["pageErrors"] == []

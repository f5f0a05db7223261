"""The manager's slip on the incident card keeps his choice, in the real local Teams client.

Alex Wilber holds every role: he reports a complaint, then, as the manager, chooses Nestor as
owner and presses "Set severity" before choosing a severity. The form comes back on a card of its
own with Nestor still chosen and "Choose a severity." under its field; he presses "Assign owner"
without choosing again, and Nestor is the owner.
"""

from __future__ import annotations

import pytest

from tests.e2e.harness import Browser, click, fill, screens_dir, screenshot, wait_card, wait_cards
from tests.e2e.stories import first_waited_cards, open_chat_as, report_incident_form, waited_cards

pytestmark = pytest.mark.e2e

COMPLAINT = "Complaint or public criticism"
WHAT = "A parent complained under our summer fair post that the date changed twice."
REFERENCE = "INC-2026-0001"


def test_the_manager_keeps_his_choice_after_a_slip(browser: Browser) -> None:
    screens = screens_dir()
    steps = [
        *open_chat_as(),
        *report_incident_form(COMPLAINT, "Facebook", WHAT),
        click("Submit report"),
        wait_card(f"Incident logged: {REFERENCE}"),
        wait_card("Severity and owner"),  # the manager's card
        click("Severity and owner"),
        fill("Owner", "Nestor Wilke"),
        click("Set severity"),  # no severity chosen yet
        wait_cards("Nothing has been recorded yet", 1),
        screenshot(screens / "story-follow-1-slip.png", of="card"),
        click("Assign owner"),  # Nestor is still chosen: nothing to do again
        wait_card("Owner assigned."),
    ]
    result = browser.run("story-follow", steps, viewport=(1400, 1400))

    [slip] = first_waited_cards(result)
    assigned = waited_cards(result)[-1]
    assert f"{REFERENCE}: severity and owner" in slip
    assert "Choose a severity." in slip
    assert "Nestor Wilke" in assigned.split("Owner", 1)[1]
    assert result["pageErrors"] == []

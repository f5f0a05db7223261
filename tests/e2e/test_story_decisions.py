"""The manager records the ICO decision and closes a data breach in one go, in the local Teams client.

Alex Wilber holds every role, so he reports the breach and then follows it as the manager. He
forgets the reason the first time: the form comes back with his choice and the outcome as he
typed them and the problem under its field, so he adds only the reason and presses again.
"""

from __future__ import annotations

import pytest

from tests.e2e.harness import Browser, choose, click, fill, screens_dir, screenshot, wait_card, wait_cards
from tests.e2e.stories import first_waited_cards, open_chat_as, report_incident_form, waited_cards

pytestmark = pytest.mark.e2e

BREACH = "Confidentiality or personal-data breach"
WHAT = "A list of two families' phone numbers was emailed to the wrong volunteer."
OUTCOME = "The volunteer deleted the email and confirmed it in writing."
REFERENCE = "INC-2026-0001"


def test_the_manager_closes_a_breach_after_one_slip(browser: Browser) -> None:
    screens = screens_dir()
    steps = [
        *open_chat_as(),
        *report_incident_form(BREACH, "Somewhere else (email, phone, in person)", WHAT),
        click("Submit report"),
        wait_card(f"Incident logged: {REFERENCE}"),
        wait_card("Decisions and close"),  # the manager's card
        click("Decisions and close"),
        choose("Not reported"),  # the ICO's decision, the first on the form
        fill("Outcome (to close)", OUTCOME),
        click("Record and close"),
        # The form, as typed, with the problem, in place of the card (its open section counted
        # as a card of its own, so look at every card, not only new ones).
        wait_cards("Nothing has been recorded yet", 1),
        screenshot(screens / "story-decisions-1-slip.png", of="card"),
        fill("The ICO: why not reported", "Two families' numbers, one volunteer, deleted at once"),
        click("Record and close"),
        wait_card("Decision recorded and closed."),
    ]
    result = browser.run("story-decisions", steps, viewport=(1400, 1800))

    [slip] = first_waited_cards(result)
    closed = waited_cards(result)[-1]
    assert "Please write why it was not reported to the ICO." in slip
    assert f"Outcome: {OUTCOME}" in closed  # kept from the first press: not typed again
    assert "The ICO: not reported, because" in closed
    assert result["pageErrors"] == []

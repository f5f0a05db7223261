"""The CEO decides on a sign-off from the list of what is waiting, in the real local Teams client.

Alex Wilber in the CEO's view (`make run AS=ceo`) holds the CEO's roles but not the manager's.
He asks for sign-off of a post himself (a CEO is staff too), so a request is waiting; `pending
approvals`, the approvers' own command, lists it; he opens it and approves it on the card, and
the card changes to the decision.
"""

from __future__ import annotations

import pytest

from tests.e2e.harness import Browser, click, screens_dir, screenshot, send, wait_card, wait_cards
from tests.e2e.stories import approval_request_form, first_waited_cards, open_chat_as, waited_cards

pytestmark = [pytest.mark.e2e, pytest.mark.persona("ceo")]

TITLE = "Annual general meeting reminder"
DRAFT = "Our AGM is on Thursday 10 December at 6pm: everyone is welcome."


def test_the_ceo_approves_a_waiting_request(browser: Browser) -> None:
    screens = screens_dir()
    steps = [
        *open_chat_as("Hi Alex!"),
        *approval_request_form(TITLE, ["LinkedIn"], DRAFT),
        click("Send for approval"),
        wait_card("Request changes"),  # the approver's card: Alex is the CEO
        send("pending approvals"),
        wait_card(TITLE),  # the list of what is waiting for a decision
        screenshot(screens / "story-ceo-1-pending.png", of="card"),
        click("Open"),
        wait_card("Request changes"),
        click("Approve"),
        wait_cards("Approved by Alex Wilber", 2),
        screenshot(screens / "story-ceo-2-approved.png"),
    ]
    result = browser.run("story-ceo", steps, viewport=(1400, 1400))

    welcome, _, _, pending, opened = waited_cards(result)
    approved = first_waited_cards(result)
    assert "decide on posts sent to you for sign-off" in welcome
    assert "CEO" in welcome
    assert "Fundraising & Partnerships Manager" not in welcome  # the manager's roles are not his here
    assert "Waiting for a decision" in pending
    assert "Open" in pending
    assert DRAFT in opened
    for card in approved:
        assert TITLE in card
        assert "Waiting for a decision" not in card
        assert "Reject" not in card  # the decision is made: its buttons are gone
    assert result["pageErrors"] == []

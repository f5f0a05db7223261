"""A request is approved on its card, in the real local Teams client.

Alex Wilber, the Playground's current user, holds every role: he files the request as staff and
decides it as the CEO, so his chat holds both the requester's card and the approver's card. The
Playground notes under such cards that it cannot show user-specific views; each copy is still
updated in place, which is what this story checks.
"""

from __future__ import annotations

import pytest

from tests.e2e.harness import (
    Browser,
    click,
    hide_log_panel,
    screens_dir,
    screenshot,
    wait_card,
    wait_cards,
    wait_text,
)
from tests.e2e.stories import approval_request_form, open_chat_as

pytestmark = pytest.mark.e2e

TITLE = "Summer picnic for families in Ipswich"
DRAFT = "Join us for our summer picnic in Christchurch Park on Saturday 18 July, 11am to 2pm."


def test_a_request_is_approved_on_its_card(browser: Browser) -> None:
    screens = screens_dir()
    steps = [
        *open_chat_as(hide_log=False),  # hidden below, once the approver's card is in
        *approval_request_form(TITLE, ["Facebook", "Instagram"], DRAFT),
        screenshot(screens / "story-approval-1-form.png", of="card"),
        click("Send for approval"),
        wait_card("Request changes"),  # Alex's approver card: he is the CEO
        hide_log_panel(),
        screenshot(screens / "story-approval-2-approver.png"),
        click("Approve"),
        wait_cards("Approved by Alex Wilber", 2),  # the requester's card and the approver's card
        wait_text("was approved by Alex Wilber"),  # and a message to the requester
        screenshot(screens / "story-approval-3-approved.png"),
    ]
    result = browser.run("story-approval", steps, viewport=(1400, 1400))

    texts = {step["do"]: step for step in result["steps"]}
    requester, approver = texts["waitCards"]["texts"]
    for card in (requester, approver):
        assert TITLE in card
        assert "Facebook, Instagram" in card
        assert "Waiting for a decision" not in card
    assert "Cancel request" not in requester  # nothing left to cancel
    assert "Reject" not in approver  # the buttons are gone: the decision is made
    assert "Summer picnic" in texts["waitText"]["text"]
    assert result["pageErrors"] == []

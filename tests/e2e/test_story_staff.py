"""A staff member's day in the real local Teams client: ask for sign-off, follow it, cancel it.

Nestor Wilke is a staff member in the organisation file, not an approver: he sends a request,
sees it wait for the CEO, lists it under `my requests`, and cancels it, which asks first.
"""

from __future__ import annotations

import pytest

from tests.e2e.harness import Browser, click, screens_dir, screenshot, send, wait_card, wait_cards
from tests.e2e.stories import approval_request_form, first_waited_cards, open_chat_as, waited_cards

pytestmark = [pytest.mark.e2e, pytest.mark.persona("staff")]

TITLE = "Volunteer week thank-you post"
DRAFT = "Thank you to every one of our volunteers this Volunteers' Week!"


def test_a_staff_member_asks_for_sign_off_and_cancels(browser: Browser) -> None:
    screens = screens_dir()
    steps = [
        *open_chat_as("Hi Nestor!"),
        *approval_request_form(TITLE, ["Facebook"], DRAFT),
        click("Send for approval"),
        wait_card("Waiting for a decision"),  # Nestor's own copy; the CEO's goes to the CEO
        screenshot(screens / "story-staff-1-waiting.png"),
        click("Cancel request"),  # asks first
        wait_card("can't be reopened"),
        screenshot(screens / "story-staff-2-confirm.png", of="card"),
        click("Yes, cancel it"),
        wait_cards("Cancelled by Nestor Wilke", 1),  # the card, replaced in place
        send("my requests"),
        wait_card(TITLE),
    ]
    result = browser.run("story-staff", steps, viewport=(1400, 1400))

    welcome, _, waiting, confirm, listed = waited_cards(result)
    [cancelled] = first_waited_cards(result)
    assert "get sign-off for posts that need it" in welcome
    assert "decide on posts" not in welcome  # not an approver
    assert "Approve" not in waiting
    assert "Yes, cancel it" in confirm
    assert "Cancel request" not in cancelled
    assert "Cancelled" in listed
    assert result["pageErrors"] == []

"""The Fundraising & Partnerships Manager asks for sign-off, in the real local Teams client.

Alex Wilber in the manager's view (`make run AS=manager`) approves nothing: his welcome does not
offer decisions, and a post he sends for sign-off goes to the CEO of that view, Megan Bowen (the
Board approver, who takes the CEO's role there), not to himself.
"""

from __future__ import annotations

import pytest

from tests.e2e.harness import Browser, click, screens_dir, screenshot, wait_card, wait_text
from tests.e2e.stories import approval_request_form, open_chat_as, waited_cards, waited_texts

pytestmark = [pytest.mark.e2e, pytest.mark.persona("manager")]

TITLE = "Christmas appeal launch"
DRAFT = "This Christmas, help a Suffolk family through a hard winter: give what you can."


def test_the_manager_sends_a_post_for_sign_off_to_the_ceo(browser: Browser) -> None:
    screens = screens_dir()
    steps = [
        *open_chat_as("Hi Alex!"),
        *approval_request_form(TITLE, ["Facebook"], DRAFT),
        click("Send for approval"),
        wait_card("Waiting for a decision"),  # his own copy, with no decision buttons
        wait_text("Sent for approval to"),
        screenshot(screens / "story-manager-1-sent.png"),
    ]
    result = browser.run("story-manager", steps, viewport=(1400, 1400))

    welcome, _, waiting = waited_cards(result)
    [sent] = waited_texts(result)
    assert "Fundraising & Partnerships Manager" in welcome
    assert "decide on posts" not in welcome
    assert "keep the register of accounts" in welcome
    assert "Approve" not in waiting
    assert "Cancel request" in waiting
    assert "Sent for approval to Megan Bowen." in sent
    assert result["pageErrors"] == []

"""A volunteer's day in the real local Teams client: the bot offers them only what they can do.

Lee Gu is a volunteer in the organisation file. Their welcome promises no sign-off; asking for
approval gets one sentence saying who can and what Lee can do instead; `my incidents` lists only
their own reports; asking for the open incidents, which staff can't see either, points Lee to
their coordinator alone.
"""

from __future__ import annotations

import pytest

from tests.e2e.harness import Browser, screens_dir, screenshot, send, wait_card, wait_text
from tests.e2e.stories import open_chat_as

pytestmark = [pytest.mark.e2e, pytest.mark.persona("volunteer")]


def test_a_volunteer_is_offered_only_what_they_can_do(browser: Browser) -> None:
    screens = screens_dir()
    steps = [
        *open_chat_as("Hi Lee!"),
        screenshot(screens / "story-volunteer-1-welcome.png"),
        send("request approval"),
        wait_text("Only staff and trustees can"),
        send("my incidents"),
        wait_card("Your incident reports"),
        screenshot(screens / "story-volunteer-2-refused.png"),
        send("open incidents"),  # staff can't either: the coordinator passes it on
        wait_text("ask your coordinator to pass it on"),
    ]
    result = browser.run("story-volunteer", steps)

    texts = [step.get("text", "") for step in result["steps"]]
    welcome = next(t for t in texts if "Hi Lee!" in t)
    assert "sign-off" not in welcome
    assert "report a problem online" in welcome
    assert "Volunteer" in welcome
    refused = next(t for t in texts if "Only staff and trustees can" in t)
    assert "ask your coordinator or a staff member" in refused
    assert any("You haven't reported any incidents" in t for t in texts)
    passed_on = next(t for t in texts if "pass it on" in t)
    assert "staff member" not in passed_on
    assert result["pageErrors"] == []

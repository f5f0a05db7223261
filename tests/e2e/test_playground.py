"""Policy Steward in the real Microsoft 365 Agents Playground, driven like a person would."""

from __future__ import annotations

import pytest

from tests.e2e.harness import Browser, open_page, screens_dir, screenshot, send, wait_card

pytestmark = pytest.mark.e2e


def test_help_shows_the_help_card(browser: Browser) -> None:
    shot = screens_dir() / "playground-help.png"

    result = browser.run(
        "playground-help", [open_page(), send("help"), wait_card("Policy Steward"), screenshot(shot)]
    )

    assert "Policy Steward" in result["steps"][2]["text"]
    assert shot.stat().st_size > 0
    assert not result["pageErrors"]

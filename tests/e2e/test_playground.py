"""Policy Steward in the real Microsoft 365 Agents Playground, driven like a person would."""

from __future__ import annotations

import pytest

from tests.e2e.harness import Browser, hide_log_panel, open_page, screens_dir, screenshot, send, wait_card

pytestmark = pytest.mark.e2e


def test_help_shows_the_help_card(browser: Browser) -> None:
    shot = screens_dir() / "playground-help.png"

    result = browser.run(
        "playground-help",
        [
            open_page(),
            wait_card("Policy Steward"),  # the welcome card, sent when the chat opens
            send("help"),
            wait_card("Policy Steward"),
            hide_log_panel(),
            screenshot(shot),
        ],
        viewport=(1400, 1100),  # the whole help card in the picture
    )

    help_card = result["steps"][3]["text"]
    assert "How I can help" in help_card
    assert "request approval" in help_card
    assert shot.stat().st_size > 0
    assert result["pageErrors"] == []

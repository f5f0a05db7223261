"""People write about what is happening, in their own words, in the real local Teams client.

A volunteer describes a child with bruises: the safeguarding card comes first, naming the
safeguarding lead, and its button logs the concern. "Our instagram has been hacked" gets the
policy's passage and "Report it", which opens the form with the kind of incident chosen. "Thanks"
gets a short, kind reply rather than a refusal.
"""

from __future__ import annotations

import pytest

from tests.e2e.harness import Browser, click, screens_dir, screenshot, send, wait_card, wait_text
from tests.e2e.stories import open_chat_as, waited_cards, waited_texts

pytestmark = pytest.mark.e2e

BRUISES = "a mum I visit posted a photo of her child with bruises on facebook, what should I do"
HACKED = "our instagram has been hacked, it's posting crypto adverts"


def test_a_child_at_risk_a_hacked_account_and_thanks(browser: Browser) -> None:
    screens = screens_dir()
    steps = [
        *open_chat_as(),
        send(BRUISES),
        wait_card("This sounds like a safeguarding concern"),
        screenshot(screens / "story-conversation-1-safeguarding.png", of="card"),
        click("Report a safeguarding concern"),
        wait_card("Safeguarding concern logged: INC-2026-0001"),
        send(HACKED),
        wait_card("Report it"),
        screenshot(screens / "story-conversation-2-report-it.png", of="card"),
        click("Report it"),
        wait_card("Submit report"),  # the form, with the kind of incident already chosen
        screenshot(screens / "story-conversation-3-form.png", of="card"),
        send("thanks"),
        wait_text("You're welcome"),
    ]
    result = browser.run("story-conversation", steps, viewport=(1400, 1800))

    cards = waited_cards(result)
    safeguarding, logged, offer, form = cards[1:]
    assert "Alex Wilber" in safeguarding  # the named safeguarding lead, from the organisation file
    assert "01632 960 111" in safeguarding
    assert "999" in safeguarding
    assert "bruises" not in safeguarding  # nothing of the concern is repeated
    assert "INC-2026-0001" in logged
    assert "§2.5" in offer
    assert "emergency recovery plan" in offer
    assert "Hacked or compromised account" in form
    texts = waited_texts(result)
    assert texts[-1].startswith("You're welcome")
    assert result["pageErrors"] == []

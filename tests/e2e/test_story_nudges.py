"""The manager keeps the register, closes a leaver's access and ticks off a review, in the real
local Teams client.

Alex Wilber, the Playground's current user, is the manager, the CEO and an admin. He grants
Nestor access to Facebook from the register card, records Nestor as a leaver and ticks an item
on the checklist, then asks for every nudge at once (`demo nudges`, instead of waiting weeks for
them; their review cards are samples whose buttons record nothing), opens the real review from
`reviews`, marks it done, and finds it in the record that `reviews` shows.
"""

from __future__ import annotations

import pytest

from tests.e2e.harness import (
    Browser,
    choose,
    click,
    fill,
    screens_dir,
    screenshot,
    send,
    wait_card,
)
from tests.e2e.stories import open_chat_as, waited_cards

pytestmark = pytest.mark.e2e

NESTOR = "Nestor Wilke"
NESTOR_EMAIL = "nestor.wilke@homestartsuffolk.example"
REVIEW = "Content review and moderation"
CHECKED = "Looked through last month's posts and comments; nothing to take down."


def test_the_manager_keeps_the_register_and_ticks_off_nudges(browser: Browser) -> None:
    screens = screens_dir()
    steps = [
        *open_chat_as(hide_log=False),
        send("register"),
        wait_card("Register of official accounts"),
        click("Grant access"),
        wait_card("Grant access to an official account"),  # the form, in place of the register
        fill("Platform or group", "Facebook"),
        fill("Person", NESTOR),
        fill("Access level", "Admin (full control)"),
        fill("Trained on", "2026-11-20"),
        choose("Holds a recovery method (email, phone or backup admin)"),
        screenshot(screens / "story-nudges-1-grant.png", of="card"),
        click("Save"),
        wait_card("Access granted"),
        click("Show the register"),
        wait_card(f"{NESTOR} ({NESTOR_EMAIL}): Admin, trained"),  # a register line, not the receipt
        screenshot(screens / "story-nudges-2-register.png", of="card"),
        send(f"leaver {NESTOR_EMAIL}"),
        wait_card(f"Leaver: {NESTOR}"),
        click("Done"),  # the first item: remove their role on Facebook
        wait_card("✓ Remove their role or page access (Alex Wilber"),
        screenshot(screens / "story-nudges-3-leaver.png", of="card"),
        send("demo nudges"),
        wait_card("Still to do: 2 of 3 left"),  # the leaver reminder, the demo's last nudge
        wait_card(REVIEW),
        click("Done"),  # a demo sample: it says what Done does and records nothing
        wait_card("nothing was recorded"),
        send("reviews"),
        wait_card("Reviews"),
        click("Open"),  # the first listed, the content review
        wait_card("What did you check?"),
        fill("What did you check?", CHECKED),
        screenshot(screens / "story-nudges-4-review.png", of="card"),
        click("Done"),
        wait_card(f"✅ {REVIEW}: done"),
        send("reviews"),
        wait_card(f"{REVIEW}: done by Alex Wilber"),  # the record at the foot of the reviews card
        screenshot(screens / "story-nudges-5-record.png", of="card"),
    ]
    result = browser.run("story-nudges", steps, viewport=(1400, 1800))

    cards = waited_cards(result)
    register, leaver, ticked, reminder, _, demo, listed, nudge, done, record = cards[4:]
    assert "This was a demo card" in demo
    assert REVIEW in listed
    assert "Admin, trained Fri 20 November 2026 · holds recovery. Granted by Alex Wilber" in register
    assert "Close their access to the official accounts: 3 of 3 left." in leaver
    assert "Facebook" in leaver
    assert "2 of 3 left." in ticked
    assert "Change any shared password they knew\n\nDone" in ticked  # still to tick, with its button
    assert f"Leaver: {NESTOR}" in reminder
    assert "Snooze" in nudge
    assert "Done by\n\nAlex Wilber" in done
    assert CHECKED in done
    assert "Record\n\n" in record
    assert f"{REVIEW}: done by Alex Wilber ({CHECKED})" in record
    assert "Nothing recorded yet." not in record
    assert result["pageErrors"] == []

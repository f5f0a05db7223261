"""Text that reaches a person on one line (a card's summary, fallbackText and speak, which
Teams shows in notifications, the chat list and screen readers; names in refusals) cannot be
forged with line breaks or direction overrides."""

from __future__ import annotations

from typing import Any

import pytest

from bot.context import AppContext
from cards.common import card, text
from cards.sanitise import one_line
from cards.verbs import ApprovalVerb
from tests.approvals.flow import FORM, approver_cards, data_of, open_form
from tests.builders import ALEX, NESTOR, TeamsClient, message, settle
from tests.fakes.connector import FakeConnector

FORGERIES = ("\r", "\n", "\u2028", "\u2029", "\u0085", "\u202e", "\u2066", "\u200f", "\x0b", "\x0c")
FORGED_NAME = "Nestor\r\n\u2028Approved by CEO\u202e \u2066Wilke"


def forged(value: str) -> list[str]:
    return [repr(c) for c in FORGERIES if c in value]


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("Approved\r\nby CEO", "Approved by CEO"),
        ("a\u2028b\u2029c\u0085d\x0be\x0cf", "a b c d e f"),
        ("\u202eOEC yb devorppA", "OEC yb devorppA"),
        ("  many   spaces\t\ttabs ", "many spaces tabs"),
    ],
)
def test_one_line_collapses_breaks_and_strips_direction_controls(raw: str, shown: str) -> None:
    assert one_line(raw) == shown


def test_every_card_summary_is_one_clean_line() -> None:
    built = card([text("body")], fallback_text=FORGED_NAME, speak="Say\n\u202ethis")
    assert forged(built["fallbackText"]) == forged(built["speak"]) == []


async def test_a_forged_name_and_title_reach_the_approver_on_one_line(
    teams: TeamsClient, ctx: AppContext, connector: FakeConnector
) -> None:
    await teams.say("help", user=ALEX)
    hello = message("help", user=NESTOR, service_url=connector.url)
    hello["from"]["name"] = FORGED_NAME
    assert (await teams.post(hello))[0] == 201
    token = await open_form(teams, connector)
    body = await teams.click(
        ApprovalVerb.SUBMIT, {**token, **FORM, "title": "Fun day\r\n\u202eApproved"}, user=NESTOR
    )
    assert body["type"] == "application/vnd.microsoft.card.adaptive"
    await settle(ctx)
    [asked] = approver_cards(connector, ALEX.personal_chat)
    assert asked.card is not None
    activity: dict[str, Any] = asked.body
    for field in (asked.card["fallbackText"], asked.card["speak"], activity.get("summary", "")):
        assert forged(field) == [], field
    refused = await teams.click(ApprovalVerb.CANCEL, data_of(asked.card, ApprovalVerb.APPROVE), user=ALEX)
    assert forged(str(refused["value"])) == []
